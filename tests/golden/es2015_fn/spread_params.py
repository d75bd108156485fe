# ajgi_tx compiled es2015_fn/spread_params.js (compiler 13, runtime ABI 87a98a01216a2eb0)
_ajgi_ensure(_ajgi_realm, ('g',))


def _ajgi_main(this):
    global f, list
    _ajgi_declare_globals(_ajgi_G, ('list', 'f'))

    def f(this, a=_ajgi_undef, b=_ajgi_undef, *_ajgi_rest):
        if _ajgi_flag[0]:
            _ajgi_preempt()
        if b is _ajgi_undef:
            b = a + 1.0 if _ajgi_type(a) is _ajgi_float else _ajgi_add(a, 1.0)
        rest = _ajgi_array_of(_ajgi_rest)
        return g(_ajgi_undef, *_ajgi_spread_args(rest, 'rest'), b)
    f = _ajgi_fn(f, 'f', 1.0, _ajgi_realm, 0, 59)
    list = _ajgi_arr(_ajgi_AP, [1.0, *_ajgi_spread(f(_ajgi_undef, 2.0),
        'f(2)')])
    return _ajgi_undef
