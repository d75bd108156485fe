# ajgi_tx compiled operators/numeric_local.js (compiler 22, runtime ABI 60ef35e50ba23df8, source sha256 3143165eaa7602ed)
def _ajgi_main(this):
    global f
    _ajgi_declare_globals(_ajgi_G, ('f',))

    def f(this, n=_ajgi_undef, *_ajgi_rest):
        _ajgi_pf_n = _ajgi_type(n) is _ajgi_float
        if _ajgi_flag[0]:
            _ajgi_preempt()
        t = i = _ajgi_undef
        t = 0.0
        i = 0.0
        while True:
            if not (i < n if _ajgi_pf_n else _ajgi_lt(i, n)):
                break
            if _ajgi_flag[0]:
                _ajgi_preempt()
            t = _ajgi_t1 % 7.0 if (_ajgi_t1 := t + i * i) > 0.0 else _ajgi_mod(
                _ajgi_t1, 7.0)
            i = i + 1.0
        return t
    f = _ajgi_fn(f, 'f', 1.0, _ajgi_realm, 0, 87)

    def _ajgi_k_f(n):
        if _ajgi_flag[0]:
            _ajgi_preempt()
        t = i = _ajgi_undef
        t = 0.0
        i = 0.0
        while True:
            if not i < n:
                break
            if _ajgi_flag[0]:
                _ajgi_preempt()
            t = _ajgi_t1 % 7.0 if (_ajgi_t1 := t + i * i) > 0.0 else _ajgi_mod(
                _ajgi_t1, 7.0)
            i = i + 1.0
        return t
    _ajgi_kf_f = f
    return _ajgi_undef
