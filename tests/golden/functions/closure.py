# ajgi_tx compiled functions/closure.js (compiler 22, runtime ABI 60ef35e50ba23df8, source sha256 4b35b7263d962d71)
def _ajgi_main(this):
    global counter
    _ajgi_declare_globals(_ajgi_G, ('counter',))

    def counter(this, *_ajgi_rest):
        if _ajgi_flag[0]:
            _ajgi_preempt()
        n = _ajgi_undef
        n = 0.0

        def _ajgi_f1(this, *_ajgi_rest):
            nonlocal n
            if _ajgi_flag[0]:
                _ajgi_preempt()
            return (n := n + 1.0)
        _ajgi_f1 = _ajgi_fn(_ajgi_f1, '', 0.0, _ajgi_realm, 47, 74)
        return _ajgi_f1
    counter = _ajgi_fn(counter, 'counter', 0.0, _ajgi_realm, 0, 77)
    return _ajgi_undef
