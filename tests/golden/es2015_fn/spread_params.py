# ajgi_tx compiled es2015_fn/spread_params.js (compiler 22, runtime ABI 60ef35e50ba23df8, source sha256 be1102a722266dc4)
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
        return g(_ajgi_undef, *(_ajgi_t2 if _ajgi_type((_ajgi_t1 := rest)) is
            _ajgi_JSArray and _ajgi_t1.proto is
            _ajgi_pristine_ArrayIteration and (_ajgi_t2 := _ajgi_t1.elems)
             is not None and _ajgi_HOLE not in _ajgi_t2 else
            _ajgi_spread_args(_ajgi_t1, 'rest')), b)
    f = _ajgi_fn(f, 'f', 1.0, _ajgi_realm, 0, 59)
    list = _ajgi_arr(_ajgi_AP, [1.0, *(_ajgi_t2 if _ajgi_type((_ajgi_t1 :=
        f(_ajgi_undef, 2.0))) is _ajgi_JSArray and _ajgi_t1.proto is
        _ajgi_pristine_ArrayIteration and (_ajgi_t2 := _ajgi_t1.elems) is not
        None and _ajgi_HOLE not in _ajgi_t2 else _ajgi_spread(_ajgi_t1,
        'f(2)'))])
    return _ajgi_undef
