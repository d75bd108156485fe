# ajgi_tx compiled let/shapes.js (compiler 22, runtime ABI 60ef35e50ba23df8, source sha256 f9d8c57a7bf9f07b)
def _ajgi_main(this):
    global assignConst, captured, dead, plain
    _ajgi_declare_globals(_ajgi_G, ('plain', 'captured', 'dead', 'assignConst')
        )
    K = _ajgi_tdz

    def plain(this, n=_ajgi_undef, *_ajgi_rest):
        _ajgi_pf_n = _ajgi_type(n) is _ajgi_float
        if _ajgi_flag[0]:
            _ajgi_preempt()
        s = 0.0
        i = 0.0
        while True:
            if not (i < n if _ajgi_pf_n else _ajgi_lt(i, n)):
                break
            if _ajgi_flag[0]:
                _ajgi_preempt()
            s += i
            i = i + 1.0
        return s
    plain = _ajgi_fn(plain, 'plain', 1.0, _ajgi_realm, 66, 229)

    def _ajgi_k_plain(n):
        if _ajgi_flag[0]:
            _ajgi_preempt()
        s = 0.0
        i = 0.0
        while True:
            if not i < n:
                break
            if _ajgi_flag[0]:
                _ajgi_preempt()
            s += i
            i = i + 1.0
        return s
    _ajgi_kf_plain = plain

    def captured(this, *_ajgi_rest):
        if _ajgi_flag[0]:
            _ajgi_preempt()
        fs = _ajgi_undef
        fs = _ajgi_arr(_ajgi_AP, [])
        i = [_ajgi_undef]
        i[0] = 0.0
        _ajgi_t4 = True
        while True:
            i = [i[0]]
            if _ajgi_t4:
                _ajgi_t4 = False
            else:
                i[0] = i[0] + 1.0
            if not i[0] < 3.0:
                break
            if _ajgi_flag[0]:
                _ajgi_preempt()

            def _ajgi_f1(this, *_ajgi_rest, i=i):
                if _ajgi_flag[0]:
                    _ajgi_preempt()
                return i[0]
            _ajgi_f1 = _ajgi_fn(_ajgi_f1, '', 0.0, _ajgi_realm, 364, 389)
            _ajgi_t3.append(_ajgi_f1
                ) if fs.proto is _ajgi_plain_ArrayPrototype and (not fs.
                props or 'push' not in fs.props) and (_ajgi_t3 := fs.elems
                ) is not None and fs.extensible and fs.length_writable and _ajgi_len(
                _ajgi_t3) < _ajgi_arrmax else (_ajgi_Array_push1 if fs.
                proto is _ajgi_pristine_ArrayPrototype and (not fs.props or
                'push' not in fs.props) else _ajgi_t1 if ((_ajgi_t2 :=
                _ajgi_type(fs)) is _ajgi_JSObject or _ajgi_t2 is
                _ajgi_Function) and _ajgi_type((_ajgi_t1 := fs.props.get(
                'push', _ajgi_MISSING_AS_ACCESSOR))) is not _ajgi_Accessor else
                _ajgi_getn(fs, 'push'))(fs, _ajgi_f1)
        return fs
    captured = _ajgi_fn(captured, 'captured', 0.0, _ajgi_realm, 230, 414)

    def dead(this, *_ajgi_rest):
        if _ajgi_flag[0]:
            _ajgi_preempt()
        late = _ajgi_tdz

        def f(this, *_ajgi_rest):
            if _ajgi_flag[0]:
                _ajgi_preempt()
            return late if late is not _ajgi_tdz else _ajgi_tdz_error('late')
        f = _ajgi_fn(f, 'f', 0.0, _ajgi_realm, 538, 567)
        f(_ajgi_undef)
        late = 1.0
        return late
        return _ajgi_undef
    dead = _ajgi_fn(dead, 'dead', 0.0, _ajgi_realm, 415, 569)

    def assignConst(this, *_ajgi_rest):
        nonlocal K
        if _ajgi_flag[0]:
            _ajgi_preempt()
        _ajgi_const_assign(K, 'K', 2.0)
        return _ajgi_undef
    assignConst = _ajgi_fn(assignConst, 'assignConst', 0.0, _ajgi_realm, 
        583, 616)
    K = 1.0
    return _ajgi_undef
