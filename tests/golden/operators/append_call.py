# ajgi_tx compiled operators/append_call.js (compiler 22, runtime ABI 60ef35e50ba23df8, source sha256 96cc313b834b7106)
_ajgi_ensure(_ajgi_realm, ('String',))


def _ajgi_main(this):
    global build
    _ajgi_declare_globals(_ajgi_G, ('build',))

    def build(this, n=_ajgi_undef, f=_ajgi_undef, *_ajgi_rest):
        if _ajgi_flag[0]:
            _ajgi_preempt()
        s = i = _ajgi_undef
        s = ''
        i = 0
        _ajgi_t7 = _ajgi_range(0, _ajgi_lt_bound(n)) if _ajgi_type(n
            ) is _ajgi_float else _ajgi_count_range(0, n)
        for i in _ajgi_t7:
            if _ajgi_flag[0]:
                _ajgi_preempt()
            if String is _ajgi_pristine_String:
                s += _ajgi_CHARS[97 + i % 26]
            else:
                _ajgi_t3 = (_ajgi_t1 if ((_ajgi_t2 := _ajgi_type(String)) is
                    _ajgi_JSObject or _ajgi_t2 is _ajgi_Function) and 
                    _ajgi_type((_ajgi_t1 := String.props.get('fromCharCode',
                    _ajgi_MISSING_AS_ACCESSOR))) is not _ajgi_Accessor else
                    _ajgi_getn(String, 'fromCharCode'))(String, 97.0 +
                    _ajgi_FLOATS[i % 26])
                if _ajgi_type(_ajgi_t3) is _ajgi_str:
                    s += _ajgi_t3
                    if _ajgi_len(s) > _ajgi_strmax:
                        _ajgi_strlong()
                else:
                    s = _ajgi_t4 if _ajgi_len((_ajgi_t4 := s + (_ajgi_t3 if
                        _ajgi_type(_ajgi_t3) is _ajgi_str else _ajgi_catstr
                        (_ajgi_t3)))) <= _ajgi_strmax else _ajgi_strlong()
            _ajgi_t5 = f(_ajgi_undef, s)
            if _ajgi_type(_ajgi_t5) is _ajgi_str:
                s += _ajgi_t5
                if _ajgi_len(s) > _ajgi_strmax:
                    _ajgi_strlong()
            else:
                s = _ajgi_t6 if _ajgi_len((_ajgi_t6 := s + (_ajgi_t5 if 
                    _ajgi_type(_ajgi_t5) is _ajgi_str else _ajgi_catstr(
                    _ajgi_t5)))) <= _ajgi_strmax else _ajgi_strlong()
        else:
            i = _ajgi_t7.stop
        return s
    build = _ajgi_fn(build, 'build', 2.0, _ajgi_realm, 0, 160)
    return _ajgi_undef
