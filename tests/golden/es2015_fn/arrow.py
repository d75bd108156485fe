# ajgi_tx compiled es2015_fn/arrow.js (compiler 22, runtime ABI 60ef35e50ba23df8, source sha256 b6fc9b0b2079076d)
def _ajgi_main(this):
    global f
    _ajgi_declare_globals(_ajgi_G, ('f',))

    def _ajgi_f1(_ajgi_this, x=_ajgi_undef, *_ajgi_rest):
        if _ajgi_flag[0]:
            _ajgi_preempt()
        return x + 1.0 if _ajgi_type(x) is _ajgi_float else _ajgi_add(x, 1.0)
    _ajgi_f1 = _ajgi_arrow(_ajgi_f1, 'f', 1.0, _ajgi_realm, 8, 20)
    f = _ajgi_f1
    return _ajgi_undef
