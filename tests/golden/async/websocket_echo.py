# ajgi_tx compiled async/websocket_echo.js (compiler 2)
async def _ajgi_main(this):
    global double, m, reply
    _ajgi_declare_globals(_ajgi_G, ('m', 'reply', 'double'))

    async def reply(this, m=_ajgi_undef, *_ajgi_rest):
        if _ajgi_flag[0]:
            await _ajgi_apreempt()
        await _ajgi_getn(websocket, 'send')(websocket, 'echo: ' + m if 
            _ajgi_type(m) is _ajgi_str else _ajgi_add('echo: ', m))
        return _ajgi_undef
    reply = _ajgi_fn(reply, 'reply', 1.0, _ajgi_realm, 25, 76)

    def double(this, x=_ajgi_undef, *_ajgi_rest):
        if _ajgi_flag[0]:
            _ajgi_preempt()
        return x * 2.0 if _ajgi_type(x) is _ajgi_float else _ajgi_mul(x, 2.0)
    double = _ajgi_fn(double, 'double', 1.0, _ajgi_realm, 77, 113)
    requirelib(_ajgi_undef, 'websocket')
    if (_ajgi_t1 := await _ajgi_getn(websocket, 'upgrade')(websocket, 10.0)
        ) and _ajgi_t1 == _ajgi_t1:
        m = await _ajgi_getn(websocket, 'read')(websocket)
        await _ajgi_t2 if _ajgi_type((_ajgi_t2 := reply(_ajgi_undef, m))
            ) is _ajgi_Coro else _ajgi_t2
        await _ajgi_getn(websocket, 'close')(websocket)
    return _ajgi_undef
