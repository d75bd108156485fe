# ajgi_tx compiled calls/regexp_literals.js (compiler 22, runtime ABI 60ef35e50ba23df8, source sha256 1708178f4ff70755)
def _ajgi_main(this):
    global count
    _ajgi_declare_globals(_ajgi_G, ('count',))

    def count(this, lines=_ajgi_undef, *_ajgi_rest):
        if _ajgi_flag[0]:
            _ajgi_preempt()
        re = m = n = _ajgi_undef
        re = _ajgi_regexp(_ajgi_realm, 'id=(\\d+) (\\w+)?', 'g')
        n = 0.0
        while True:
            if not not (m := (_ajgi_RegExp_exec_unboxed[2] if re.proto is
                _ajgi_pristine_RegExpPrototype and (not re.props or 'exec'
                 not in re.props) else _ajgi_t1 if ((_ajgi_t2 := _ajgi_type
                (re)) is _ajgi_JSObject or _ajgi_t2 is _ajgi_Function) and 
                _ajgi_type((_ajgi_t1 := re.props.get('exec',
                _ajgi_MISSING_AS_ACCESSOR))) is not _ajgi_Accessor else
                _ajgi_getn(re, 'exec'))(re, lines)) is _ajgi_null:
                break
            if _ajgi_flag[0]:
                _ajgi_preempt()
            if (_ajgi_t8 := (_ajgi_regexp_literal_test if 
                _ajgi_pristine_RegExpPrototype is not None and (_ajgi_t3 :=
                (_ajgi_realm, ('^\\d{3}$', ''))) else _ajgi_getn((_ajgi_t3 :=
                _ajgi_regexp(_ajgi_realm, '^\\d{3}$', '')), 'test'))(
                _ajgi_t3, (_ajgi_undef if (_ajgi_t7 := m[1]) is None else
                _ajgi_t7) if _ajgi_type(m) is _ajgi_Match else _ajgi_t5 if 
                (_ajgi_t6 := _ajgi_type(m)) is _ajgi_JSArray and (_ajgi_t4 :=
                m.elems) is not None and _ajgi_len(_ajgi_t4) > 1 and (
                _ajgi_t5 := _ajgi_t4[1]) is not _ajgi_HOLE else m[1] if 
                _ajgi_t6 is _ajgi_str and _ajgi_len(m) > 1 else _ajgi_getm(
                m, 1.0))) and _ajgi_t8 == _ajgi_t8:
                n += 1.0 if ((_ajgi_undef if (_ajgi_t12 := m[2]) is None else
                    _ajgi_t12) if _ajgi_type(m) is _ajgi_Match else 
                    _ajgi_t10 if (_ajgi_t11 := _ajgi_type(m)) is
                    _ajgi_JSArray and (_ajgi_t9 := m.elems) is not None and
                    _ajgi_len(_ajgi_t9) > 2 and (_ajgi_t10 := _ajgi_t9[2])
                     is not _ajgi_HOLE else m[2] if _ajgi_t11 is _ajgi_str and
                    _ajgi_len(m) > 2 else _ajgi_getm(m, 2.0)
                    ) is _ajgi_undef else 2.0
        return n
    count = _ajgi_fn(count, 'count', 1.0, _ajgi_realm, 80, 279)
    return _ajgi_undef
