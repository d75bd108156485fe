# ajgi_tx compiled loops/constant_tests.js (compiler 22, runtime ABI 60ef35e50ba23df8, source sha256 48c25ff3ad7eff9d)
def _ajgi_main(this):
    global poll
    _ajgi_declare_globals(_ajgi_G, ('poll',))

    def poll(this, next=_ajgi_undef, *_ajgi_rest):
        if _ajgi_flag[0]:
            _ajgi_preempt()
        n = m = _ajgi_undef
        n = 0.0
        while True:
            if _ajgi_flag[0]:
                _ajgi_preempt()
            m = next(_ajgi_undef)
            if m is _ajgi_null:
                break
            n += _ajgi_div(m, 2.0)
        while True:
            if _ajgi_flag[0]:
                _ajgi_preempt()
            n = n + 1.0
            if (_ajgi_t1 := n % 3.0 if n > 0.0 else _ajgi_mod(n, 3.0)
                ) and _ajgi_t1 == _ajgi_t1:
                continue
            break
        while True:
            if _ajgi_flag[0]:
                _ajgi_preempt()
            if n > 10.0:
                return n
            n = n * 2.0 + _ajgi_div(0.0, 0.0)
        return _ajgi_undef
    poll = _ajgi_fn(poll, 'poll', 1.0, _ajgi_realm, 154, 456)
    return _ajgi_undef
