# ajgi_tx compiled dynamic/eval_with.js (compiler 22, runtime ABI 60ef35e50ba23df8, source sha256 c36d0f662720245b)
_ajgi_ensure(_ajgi_realm, ('*',))


def _ajgi_main(this):
    _ajgi_declare_globals(_ajgi_G, ('f',))

    async def f(this, *_ajgi_args):
        if _ajgi_flag[0]:
            await _ajgi_apreempt()
        this = _ajgi_sloppy_this(this)
        o = _ajgi_args[0] if _ajgi_len(_ajgi_args) > 0 else _ajgi_undef
        s = _ajgi_args[1] if _ajgi_len(_ajgi_args) > 1 else _ajgi_undef
        _ajgi_env1 = _ajgi_Env(_ajgi_undef_env, {'o': o, 's': s})
        _ajgi_env1.vars['arguments'] = _ajgi_arguments(_ajgi_args, f,
            _ajgi_realm)
        _ajgi_env1_w1 = _ajgi_ObjectEnv(_ajgi_with_object(_ajgi_dget(
            _ajgi_env1, 'o')), _ajgi_env1)
        return _ajgi_t2 + _ajgi_t3 if (_ajgi_t4 := _ajgi_type((_ajgi_t2 := 
            await _ajgi_t1 if _ajgi_type((_ajgi_t1 := _ajgi_deval(
            _ajgi_env1_w1, this, False, _ajgi_dget(_ajgi_env1_w1, 's')))) is
            _ajgi_Coro else _ajgi_t1))) is _ajgi_type((_ajgi_t3 :=
            _ajgi_dget(_ajgi_env1_w1, 'x'))) and _ajgi_t4 is _ajgi_float else (
            _ajgi_t5 if _ajgi_len((_ajgi_t5 := _ajgi_t2 + _ajgi_t3)) <=
            _ajgi_strmax else _ajgi_strlong()
            ) if _ajgi_t4 is _ajgi_str is _ajgi_type(_ajgi_t3) else _ajgi_add(
            _ajgi_t2, _ajgi_t3)
        return _ajgi_undef
    _ajgi_gput(_ajgi_G, 'f', _ajgi_fn(f, 'f', 2.0, _ajgi_realm, 0, 53))
    return _ajgi_undef
