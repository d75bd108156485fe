# ajgi_tx compiled loops/for_continue.js (compiler 22, runtime ABI 60ef35e50ba23df8, source sha256 0ee586e018039ac2)
def _ajgi_main(this):
    global i, s
    _ajgi_declare_globals(_ajgi_G, ('s', 'i'))
    s = 0.0
    i = 0.0
    _ajgi_t4 = True
    while True:
        if _ajgi_t4:
            _ajgi_t4 = False
        else:
            i = i + 1.0 if _ajgi_type(i) is _ajgi_float else _ajgi_inc(i)
        if not (i < 10.0 if _ajgi_type(i) is _ajgi_float else _ajgi_lt(i, 10.0)
            ):
            break
        if _ajgi_flag[0]:
            _ajgi_preempt()
        if (_ajgi_t1 := i % 2.0 if _ajgi_type(i) is _ajgi_float and i > 0.0
             else _ajgi_mod(i, 2.0)) and _ajgi_t1 == _ajgi_t1:
            continue
        s = s + i if (_ajgi_t2 := _ajgi_type(s)) is _ajgi_type(i
            ) and _ajgi_t2 is _ajgi_float else (_ajgi_t3 if _ajgi_len((
            _ajgi_t3 := s + i)) <= _ajgi_strmax else _ajgi_strlong()
            ) if _ajgi_t2 is _ajgi_str is _ajgi_type(i) else _ajgi_add(s, i)
    return _ajgi_undef
