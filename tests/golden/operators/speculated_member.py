# ajgi_tx compiled operators/speculated_member.js (compiler 22, runtime ABI 60ef35e50ba23df8, source sha256 0f5046d7ca53b86d)
_ajgi_ensure(_ajgi_realm, ('total',))


def _ajgi_main(this):
    global step
    _ajgi_declare_globals(_ajgi_G, ('step',))

    def step(this, p=_ajgi_undef, counts=_ajgi_undef, key=_ajgi_undef, *
        _ajgi_rest):
        if _ajgi_flag[0]:
            _ajgi_preempt()
        this = _ajgi_sloppy_this(this)
        if _ajgi_type(p) is _ajgi_JSObject and not p.special and _ajgi_type((
            _ajgi_t17 := (_ajgi_t20 := p.props).get('x'))
            ) is _ajgi_float and _ajgi_type((_ajgi_t18 := _ajgi_t20.get('y'))
            ) is _ajgi_float:
            _ajgi_t20['x'] = _ajgi_t19 % 10007.0 if (_ajgi_t19 := _ajgi_t17 +
                _ajgi_t18) > 0.0 else _ajgi_mod(_ajgi_t19, 10007.0)
        else:
            _ajgi_t15 = p
            _ajgi_t16 = _ajgi_t14 % 10007.0 if _ajgi_type((_ajgi_t14 := 
                _ajgi_t10 + _ajgi_t11 if (_ajgi_t12 := _ajgi_type((
                _ajgi_t10 := _ajgi_t6 if ((_ajgi_t7 := _ajgi_type(p)) is
                _ajgi_JSObject or _ajgi_t7 is _ajgi_Function) and 
                _ajgi_type((_ajgi_t6 := p.props.get('x',
                _ajgi_MISSING_AS_ACCESSOR))) is not _ajgi_Accessor else
                _ajgi_getn(p, 'x')))) is _ajgi_type((_ajgi_t11 := _ajgi_t8 if
                ((_ajgi_t9 := _ajgi_type(p)) is _ajgi_JSObject or _ajgi_t9 is
                _ajgi_Function) and _ajgi_type((_ajgi_t8 := p.props.get('y',
                _ajgi_MISSING_AS_ACCESSOR))) is not _ajgi_Accessor else
                _ajgi_getn(p, 'y'))) and _ajgi_t12 is _ajgi_float else (
                _ajgi_t13 if _ajgi_len((_ajgi_t13 := _ajgi_t10 + _ajgi_t11)
                ) <= _ajgi_strmax else _ajgi_strlong()) if _ajgi_t12 is
                _ajgi_str is _ajgi_type(_ajgi_t11) else _ajgi_add(_ajgi_t10,
                _ajgi_t11))) is _ajgi_float and _ajgi_t14 > 0.0 else _ajgi_mod(
                _ajgi_t14, 10007.0)
            if (_ajgi_type(_ajgi_t15) is _ajgi_JSObject and not _ajgi_t15.
                special and 'x' in _ajgi_t15.props):
                _ajgi_t15.props['x'] = _ajgi_t16
            else:
                _ajgi_putn(_ajgi_t15, 'x', _ajgi_t16)
        if _ajgi_type(counts) is _ajgi_JSObject and _ajgi_type(key
            ) is _ajgi_str and not counts.special and _ajgi_type((_ajgi_t31 :=
            counts.props.get(key))) is _ajgi_float:
            counts.props[key] = (_ajgi_t31 if _ajgi_t31 and _ajgi_t31 ==
                _ajgi_t31 else 0.0) + 1.0
        else:
            _ajgi_t28 = counts
            _ajgi_t30 = (_ajgi_t24 := key if _ajgi_type(key) is _ajgi_str and
                counts is not _ajgi_undef and counts is not _ajgi_null else
                _ajgi_ckey(counts, key))
            _ajgi_t29 = _ajgi_t27 + 1.0 if _ajgi_type((_ajgi_t27 := 
                _ajgi_t26 if (_ajgi_t26 := _ajgi_t25 if _ajgi_type(counts) is
                _ajgi_JSObject and _ajgi_type(key) is _ajgi_str and 
                _ajgi_type((_ajgi_t25 := counts.props.get(key,
                _ajgi_MISSING_AS_ACCESSOR))) is not _ajgi_Accessor else
                _ajgi_getm(counts, key)) and _ajgi_t26 == _ajgi_t26 else 0.0)
                ) is _ajgi_float else _ajgi_add(_ajgi_t27, 1.0)
            if (_ajgi_type(_ajgi_t28) is _ajgi_JSObject and not _ajgi_t28.
                special and _ajgi_t30 in _ajgi_t28.props):
                _ajgi_t28.props[_ajgi_t30] = _ajgi_t29
            else:
                _ajgi_putm(_ajgi_t28, _ajgi_t30, _ajgi_t29)
        if (_ajgi_type(p) is _ajgi_JSObject and _ajgi_type(this) is
            _ajgi_JSObject and not p.special and not this.special and 
            _ajgi_type((_ajgi_t32 := (_ajgi_t47 := p.props).get('n'))) is
            _ajgi_float and _ajgi_type((_ajgi_t34 := this.props.get('total'
            ))) is _ajgi_float and _ajgi_type((_ajgi_t35 := _ajgi_t47.get(
            'x'))) is _ajgi_float):
            _ajgi_t47['n'] = _ajgi_t33 = _ajgi_t32 + 1.0
            this.props['total'] = _ajgi_t36 = _ajgi_t34 + _ajgi_t35 * 2.0
        else:
            if _ajgi_type(p
                ) is _ajgi_JSObject and not p.special and _ajgi_type((
                _ajgi_t37 := p.props.get('n'))) is _ajgi_float:
                p.props['n'] = _ajgi_t37 + 1.0
            else:
                _ajgi_preinc_n(p, 'n', False)
            if _ajgi_type(this) is _ajgi_JSObject and _ajgi_type(p
                ) is _ajgi_JSObject and not this.special and _ajgi_type((
                _ajgi_t45 := this.props.get('total'))
                ) is _ajgi_float and _ajgi_type((_ajgi_t46 := p.props.get('x'))
                ) is _ajgi_float:
                this.props['total'] = _ajgi_t45 + _ajgi_t46 * 2.0
            else:
                _ajgi_t43 = this
                _ajgi_t44 = _ajgi_t42 + (_ajgi_t40 * 2.0 if _ajgi_type(p) is
                    _ajgi_JSObject and _ajgi_type((_ajgi_t40 := p.props.get
                    ('x'))) is _ajgi_float else _ajgi_t41 * 2.0 if 
                    _ajgi_type((_ajgi_t41 := _ajgi_t38 if ((_ajgi_t39 :=
                    _ajgi_type(p)) is _ajgi_JSObject or _ajgi_t39 is
                    _ajgi_Function) and _ajgi_type((_ajgi_t38 := p.props.
                    get('x', _ajgi_MISSING_AS_ACCESSOR))) is not
                    _ajgi_Accessor else _ajgi_getn(p, 'x'))) is _ajgi_float
                     else _ajgi_mul(_ajgi_t41, 2.0)) if _ajgi_type((
                    _ajgi_t42 := _ajgi_getn(this, 'total'))
                    ) is _ajgi_float else _ajgi_add(_ajgi_t42, _ajgi_t40 * 
                    2.0 if _ajgi_type(p) is _ajgi_JSObject and _ajgi_type((
                    _ajgi_t40 := p.props.get('x'))) is _ajgi_float else 
                    _ajgi_t41 * 2.0 if _ajgi_type((_ajgi_t41 := _ajgi_t38 if
                    ((_ajgi_t39 := _ajgi_type(p)) is _ajgi_JSObject or 
                    _ajgi_t39 is _ajgi_Function) and _ajgi_type((_ajgi_t38 :=
                    p.props.get('x', _ajgi_MISSING_AS_ACCESSOR))) is not
                    _ajgi_Accessor else _ajgi_getn(p, 'x'))) is _ajgi_float
                     else _ajgi_mul(_ajgi_t41, 2.0))
                if (_ajgi_type(_ajgi_t43) is _ajgi_JSObject and not
                    _ajgi_t43.special and 'total' in _ajgi_t43.props):
                    _ajgi_t43.props['total'] = _ajgi_t44
                else:
                    _ajgi_putn(_ajgi_t43, 'total', _ajgi_t44)
        _ajgi_t50 = p
        _ajgi_t51 = _ajgi_t48 if ((_ajgi_t49 := _ajgi_type(p)) is
            _ajgi_JSObject or _ajgi_t49 is _ajgi_Function) and _ajgi_type((
            _ajgi_t48 := p.props.get('x', _ajgi_MISSING_AS_ACCESSOR))
            ) is not _ajgi_Accessor else _ajgi_getn(p, 'x')
        if (_ajgi_type(_ajgi_t50) is _ajgi_JSObject and not _ajgi_t50.
            special and 'label' in _ajgi_t50.props):
            _ajgi_t50.props['label'] = _ajgi_t51
        else:
            _ajgi_putn(_ajgi_t50, 'label', _ajgi_t51)
        return _ajgi_undef
    step = _ajgi_fn(step, 'step', 3.0, _ajgi_realm, 0, 163)
    return _ajgi_undef
