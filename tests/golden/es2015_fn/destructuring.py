# ajgi_tx compiled es2015_fn/destructuring.js (compiler 22, runtime ABI 60ef35e50ba23df8, source sha256 7945077f595f5c54)
_ajgi_ensure(_ajgi_realm, ('obj',))


def _ajgi_main(this):
    global a, b
    _ajgi_declare_globals(_ajgi_G, ('a', 'b'))
    _ajgi_t1 = obj
    if _ajgi_t1 is _ajgi_undef or _ajgi_t1 is _ajgi_null:
        _ajgi_coercible(_ajgi_t1, 'a', 'obj')
    a = _ajgi_t2 if ((_ajgi_t3 := _ajgi_type(_ajgi_t1)) is _ajgi_JSObject or
        _ajgi_t3 is _ajgi_Function) and _ajgi_type((_ajgi_t2 := _ajgi_t1.
        props.get('a', _ajgi_MISSING_AS_ACCESSOR))
        ) is not _ajgi_Accessor else _ajgi_getn(_ajgi_t1, 'a')
    b = _ajgi_t4 if ((_ajgi_t5 := _ajgi_type(_ajgi_t1)) is _ajgi_JSObject or
        _ajgi_t5 is _ajgi_Function) and _ajgi_type((_ajgi_t4 := _ajgi_t1.
        props.get('b', _ajgi_MISSING_AS_ACCESSOR))
        ) is not _ajgi_Accessor else _ajgi_getn(_ajgi_t1, 'b')
    return _ajgi_undef
