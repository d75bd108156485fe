# ajgi_tx compiled loops/labeled.js (compiler 22, runtime ABI 60ef35e50ba23df8, source sha256 cc11cd75ea873d1c)
def _ajgi_main(this):
    global i, j
    _ajgi_jmp = 0
    _ajgi_declare_globals(_ajgi_G, ('i', 'j'))
    i = 0.0
    _ajgi_t1 = True
    while True:
        if _ajgi_t1:
            _ajgi_t1 = False
        else:
            i = i + 1.0 if _ajgi_type(i) is _ajgi_float else _ajgi_inc(i)
        if not (i < 3.0 if _ajgi_type(i) is _ajgi_float else _ajgi_lt(i, 3.0)):
            break
        if _ajgi_flag[0]:
            _ajgi_preempt()
        j = 0.0
        while True:
            if not (j < 3.0 if _ajgi_type(j) is _ajgi_float else _ajgi_lt(j,
                3.0)):
                break
            if _ajgi_flag[0]:
                _ajgi_preempt()
            if _ajgi_leq(j, 1.0):
                _ajgi_jmp = 1
                break
            j = j + 1.0 if _ajgi_type(j) is _ajgi_float else _ajgi_inc(j)
        if _ajgi_jmp == 1:
            _ajgi_jmp = 0
            continue
    return _ajgi_undef
