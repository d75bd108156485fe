# ajgi_tx compiled operators/compound_member.js (compiler 22, runtime ABI 60ef35e50ba23df8, source sha256 73d261525bacfcde)
def _ajgi_main(this):
    global o
    _ajgi_declare_globals(_ajgi_G, ('o',))
    o = _ajgi_obj(_ajgi_OP, {'n': 1.0})
    _ajgi_t2 = o
    _ajgi_t3 = _ajgi_t1 + 2.0 if _ajgi_type((_ajgi_t1 := _ajgi_getn(o, 'n'))
        ) is _ajgi_float else _ajgi_add(_ajgi_t1, 2.0)
    if _ajgi_type(_ajgi_t2
        ) is _ajgi_JSObject and not _ajgi_t2.special and 'n' in _ajgi_t2.props:
        _ajgi_t2.props['n'] = _ajgi_t3
    else:
        _ajgi_putn(_ajgi_t2, 'n', _ajgi_t3)
    _ajgi_t4 = o
    _ajgi_t5 = _ajgi_postinc_n(o, 'n', False)
    if _ajgi_type(_ajgi_t4
        ) is _ajgi_JSObject and not _ajgi_t4.special and 'k1' in _ajgi_t4.props:
        _ajgi_t4.props['k1'] = _ajgi_t5
    else:
        _ajgi_putm(_ajgi_t4, 'k1', _ajgi_t5)
    return _ajgi_undef
