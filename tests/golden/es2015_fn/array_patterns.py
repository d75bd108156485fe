# ajgi_tx compiled es2015_fn/array_patterns.js (compiler 22, runtime ABI 60ef35e50ba23df8, source sha256 6d1d767f3976cd40)
def _ajgi_main(this):
    global pair, swap
    _ajgi_declare_globals(_ajgi_G, ('pair', 'swap'))

    def pair(this, p=_ajgi_undef, *_ajgi_rest):
        if _ajgi_flag[0]:
            _ajgi_preempt()
        x = y = _ajgi_undef
        if (_ajgi_type(p) is _ajgi_JSArray and p.proto is
            _ajgi_pristine_ArrayIteration and _ajgi_len((_ajgi_t1 := p.
            elems or ())) >= 3 and (_ajgi_t2 := _ajgi_t1[0]) is not
            _ajgi_HOLE and (_ajgi_t3 := _ajgi_t1[2]) is not _ajgi_HOLE):
            x = _ajgi_t2
            _ajgi_t6 = _ajgi_t3
            if _ajgi_t6 is _ajgi_undef:
                _ajgi_t6 = 0.0
            y = _ajgi_t6
        else:
            _ajgi_t4 = _ajgi_iter_open(p, 'p')
            try:
                x = _ajgi_iter_next(_ajgi_t4)
                _ajgi_iter_skip(_ajgi_t4)
                _ajgi_t5 = _ajgi_iter_next(_ajgi_t4)
                if _ajgi_t5 is _ajgi_undef:
                    _ajgi_t5 = 0.0
                y = _ajgi_t5
            except _ajgi_Exception:
                _ajgi_iter_close_thrown(_ajgi_t4)
                raise
            _ajgi_iter_finish(_ajgi_t4)
        return x + y if (_ajgi_t7 := _ajgi_type(x)) is _ajgi_type(y
            ) and _ajgi_t7 is _ajgi_float else (_ajgi_t8 if _ajgi_len((
            _ajgi_t8 := x + y)) <= _ajgi_strmax else _ajgi_strlong()
            ) if _ajgi_t7 is _ajgi_str is _ajgi_type(y) else _ajgi_add(x, y)
    pair = _ajgi_fn(pair, 'pair', 1.0, _ajgi_realm, 0, 56)

    def swap(this, a=_ajgi_undef, b=_ajgi_undef, *_ajgi_rest):
        if _ajgi_flag[0]:
            _ajgi_preempt()
        if _ajgi_pristine_ArrayIteration is not None:
            a, b = b, a
        else:
            _ajgi_t1 = _ajgi_iter_open(_ajgi_arr(_ajgi_AP, [b, a]), '[b, a]')
            try:
                a = _ajgi_iter_next(_ajgi_t1)
                b = _ajgi_iter_next(_ajgi_t1)
            except _ajgi_Exception:
                _ajgi_iter_close_thrown(_ajgi_t1)
                raise
            _ajgi_iter_finish(_ajgi_t1)
        return a
    swap = _ajgi_fn(swap, 'swap', 2.0, _ajgi_realm, 57, 107)
    return _ajgi_undef
