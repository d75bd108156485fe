# ajgi_tx compiled loops/switch.js (compiler 22, runtime ABI 60ef35e50ba23df8, source sha256 9b786395869c46c4)
def _ajgi_main(this):
    global sw
    _ajgi_declare_globals(_ajgi_G, ('sw',))

    def sw(this, x=_ajgi_undef, *_ajgi_rest):
        if _ajgi_flag[0]:
            _ajgi_preempt()
        _ajgi_t1 = x
        if _ajgi_type(_ajgi_t1) is _ajgi_float and _ajgi_t1 == 1.0:
            _ajgi_t2 = 0
        elif _ajgi_type(_ajgi_t1) is _ajgi_float and _ajgi_t1 == 2.0:
            _ajgi_t2 = 2
        else:
            _ajgi_t2 = 1
        while True:
            if _ajgi_t2 <= 0:
                return 'a'
            if _ajgi_t2 <= 1:
                x = 0.0
            if _ajgi_t2 <= 2:
                return 'b'
            break
        return _ajgi_undef
    sw = _ajgi_fn(sw, 'sw', 1.0, _ajgi_realm, 0, 89)
    return _ajgi_undef
