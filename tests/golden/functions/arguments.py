# ajgi_tx compiled functions/arguments.js (compiler 22, runtime ABI 60ef35e50ba23df8, source sha256 df0d16aaf025b2dc)
def _ajgi_main(this):
    global f
    _ajgi_declare_globals(_ajgi_G, ('f',))

    def f(this, *_ajgi_args):
        if _ajgi_flag[0]:
            _ajgi_preempt()
        a = _ajgi_args[0] if _ajgi_len(_ajgi_args) > 0 else _ajgi_undef

        def _ajgi_set0(_ajgi_v):
            nonlocal a
            a = _ajgi_v
        arguments = _ajgi_arguments(_ajgi_args, f, _ajgi_realm, (lambda : a
            ,), (_ajgi_set0,))
        _ajgi_t1 = arguments
        _ajgi_t2 = 2.0
        if _ajgi_type(_ajgi_t1
            ) is _ajgi_JSObject and not _ajgi_t1.special and 0.0 in _ajgi_t1.props:
            _ajgi_t1.props[0.0] = _ajgi_t2
        else:
            _ajgi_putm(_ajgi_t1, 0.0, _ajgi_t2)
        return a
    f = _ajgi_fn(f, 'f', 1.0, _ajgi_realm, 0, 45)
    return _ajgi_undef
