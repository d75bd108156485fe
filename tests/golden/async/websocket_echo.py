# ajgi_tx compiled async/websocket_echo.js (compiler 22, runtime ABI 60ef35e50ba23df8, source sha256 84a924942d243fd9)
_ajgi_ensure(_ajgi_realm, ('requirelib', 'websocket'))


async def _ajgi_main(this):
    global double, m, reply
    _ajgi_declare_globals(_ajgi_G, ('m', 'reply', 'double'))

    async def reply(this, m=_ajgi_undef, *_ajgi_rest):
        if _ajgi_flag[0]:
            await _ajgi_apreempt()
        await (_ajgi_t1 if ((_ajgi_t2 := _ajgi_type(websocket)) is
            _ajgi_JSObject or _ajgi_t2 is _ajgi_Function) and _ajgi_type((
            _ajgi_t1 := websocket.props.get('send',
            _ajgi_MISSING_AS_ACCESSOR))) is not _ajgi_Accessor else
            _ajgi_getn(websocket, 'send'))(websocket, 'echo: ' + (m if 
            _ajgi_type(m) is _ajgi_str else _ajgi_catstr(m)))
        return _ajgi_undef
    reply = _ajgi_fn(reply, 'reply', 1.0, _ajgi_realm, 25, 76)

    def double(this, x=_ajgi_undef, *_ajgi_rest):
        if _ajgi_flag[0]:
            _ajgi_preempt()
        return x * 2.0 if _ajgi_type(x) is _ajgi_float else _ajgi_mul(x, 2.0)
    double = _ajgi_fn(double, 'double', 1.0, _ajgi_realm, 77, 113)

    def _ajgi_k_double(x):
        if _ajgi_flag[0]:
            _ajgi_preempt()
        return x * 2.0
    _ajgi_kf_double = double
    requirelib(_ajgi_undef, 'websocket')
    if (_ajgi_t3 := await (_ajgi_t1 if ((_ajgi_t2 := _ajgi_type(websocket)) is
        _ajgi_JSObject or _ajgi_t2 is _ajgi_Function) and _ajgi_type((
        _ajgi_t1 := websocket.props.get('upgrade',
        _ajgi_MISSING_AS_ACCESSOR))) is not _ajgi_Accessor else _ajgi_getn(
        websocket, 'upgrade'))(websocket, 10.0)) and _ajgi_t3 == _ajgi_t3:
        m = await (_ajgi_t4 if ((_ajgi_t5 := _ajgi_type(websocket)) is
            _ajgi_JSObject or _ajgi_t5 is _ajgi_Function) and _ajgi_type((
            _ajgi_t4 := websocket.props.get('read',
            _ajgi_MISSING_AS_ACCESSOR))) is not _ajgi_Accessor else
            _ajgi_getn(websocket, 'read'))(websocket)
        await _ajgi_t6 if _ajgi_type((_ajgi_t6 := reply(_ajgi_undef, m))
            ) is _ajgi_Coro else _ajgi_t6
        await (_ajgi_t7 if ((_ajgi_t8 := _ajgi_type(websocket)) is
            _ajgi_JSObject or _ajgi_t8 is _ajgi_Function) and _ajgi_type((
            _ajgi_t7 := websocket.props.get('close',
            _ajgi_MISSING_AS_ACCESSOR))) is not _ajgi_Accessor else
            _ajgi_getn(websocket, 'close'))(websocket)
    return _ajgi_undef
