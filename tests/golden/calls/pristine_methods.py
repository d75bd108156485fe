# ajgi_tx compiled calls/pristine_methods.js (compiler 22, runtime ABI 60ef35e50ba23df8, source sha256 5ce6d88c7b09ef1e)
_ajgi_ensure(_ajgi_realm, ('String',))


def _ajgi_main(this):
    global f
    _ajgi_declare_globals(_ajgi_G, ('f',))

    def f(this, a=_ajgi_undef, s=_ajgi_undef, re=_ajgi_undef, *_ajgi_rest):
        if _ajgi_flag[0]:
            _ajgi_preempt()
        (_ajgi_Array_push1 if _ajgi_type(a) is _ajgi_JSArray and a.proto is
            _ajgi_pristine_ArrayPrototype and (not a.props or 'push' not in
            a.props) else _ajgi_t1 if ((_ajgi_t2 := _ajgi_type(a)) is
            _ajgi_JSObject or _ajgi_t2 is _ajgi_Function) and _ajgi_type((
            _ajgi_t1 := a.props.get('push', _ajgi_MISSING_AS_ACCESSOR))) is not
            _ajgi_Accessor else _ajgi_getn(a, 'push'))(a, (
            _ajgi_String_fromCharCode if String is _ajgi_pristine_String else
            _ajgi_t3 if ((_ajgi_t4 := _ajgi_type(String)) is _ajgi_JSObject or
            _ajgi_t4 is _ajgi_Function) and _ajgi_type((_ajgi_t3 := String.
            props.get('fromCharCode', _ajgi_MISSING_AS_ACCESSOR))) is not
            _ajgi_Accessor else _ajgi_getn(String, 'fromCharCode'))(String,
            65.0 + _ajgi_t9 if _ajgi_type((_ajgi_t9 := _ajgi_float(
            _ajgi_len(_ajgi_t6)) if (_ajgi_t5 := _ajgi_type(a)) is
            _ajgi_JSArray and (_ajgi_t6 := a.elems) is not None else 
            _ajgi_float(_ajgi_len(a)) if _ajgi_t5 is _ajgi_str else 
            _ajgi_t7 if ((_ajgi_t8 := _ajgi_type(a)) is _ajgi_JSObject or 
            _ajgi_t8 is _ajgi_Function) and _ajgi_type((_ajgi_t7 := a.props
            .get('length', _ajgi_MISSING_AS_ACCESSOR))) is not
            _ajgi_Accessor else _ajgi_getn(a, 'length'))) is _ajgi_float else
            _ajgi_add(65.0, _ajgi_t9)))
        return (_ajgi_Array_join if _ajgi_type(a) is _ajgi_JSArray and a.
            proto is _ajgi_pristine_ArrayPrototype and (not a.props or 
            'join' not in a.props) else _ajgi_t15 if ((_ajgi_t16 :=
            _ajgi_type(a)) is _ajgi_JSObject or _ajgi_t16 is _ajgi_Function
            ) and _ajgi_type((_ajgi_t15 := a.props.get('join',
            _ajgi_MISSING_AS_ACCESSOR))) is not _ajgi_Accessor else
            _ajgi_getn(a, 'join'))(a, '') if (_ajgi_t14 := (
            _ajgi_RegExp_test if _ajgi_type(re) is _ajgi_JSInternal and re.
            proto is _ajgi_pristine_RegExpPrototype and (not re.props or 
            'test' not in re.props) else _ajgi_t10 if ((_ajgi_t11 :=
            _ajgi_type(re)) is _ajgi_JSObject or _ajgi_t11 is
            _ajgi_Function) and _ajgi_type((_ajgi_t10 := re.props.get(
            'test', _ajgi_MISSING_AS_ACCESSOR))) is not _ajgi_Accessor else
            _ajgi_getn(re, 'test'))(re, (_ajgi_String_charAt if _ajgi_type(
            s) is _ajgi_str and _ajgi_pristine_StringPrototype is not None else
            _ajgi_t12 if ((_ajgi_t13 := _ajgi_type(s)) is _ajgi_JSObject or
            _ajgi_t13 is _ajgi_Function) and _ajgi_type((_ajgi_t12 := s.
            props.get('charAt', _ajgi_MISSING_AS_ACCESSOR))) is not
            _ajgi_Accessor else _ajgi_getn(s, 'charAt'))(s, 0.0))
            ) and _ajgi_t14 == _ajgi_t14 else ((_ajgi_String_indexOf if 
            _ajgi_type(s) is _ajgi_str else _ajgi_Array_indexOf) if 
            _ajgi_type(s) is _ajgi_str and _ajgi_pristine_StringPrototype
             is not None or _ajgi_type(s) is _ajgi_JSArray and s.proto is
            _ajgi_pristine_ArrayPrototype and (not s.props or 'indexOf' not in
            s.props) else _ajgi_t17 if ((_ajgi_t18 := _ajgi_type(s)) is
            _ajgi_JSObject or _ajgi_t18 is _ajgi_Function) and _ajgi_type((
            _ajgi_t17 := s.props.get('indexOf', _ajgi_MISSING_AS_ACCESSOR))
            ) is not _ajgi_Accessor else _ajgi_getn(s, 'indexOf'))(s, 'x')
    f = _ajgi_fn(f, 'f', 3.0, _ajgi_realm, 70, 205)
    return _ajgi_undef
