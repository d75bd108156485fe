# ajgi_tx compiled operators/speculated_member.js (compiler 15, runtime ABI 97763247e4c3254f)
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
            _ajgi_t12 := p.props.get('x', _ajgi_MISSING_AS_ACCESSOR))
            ) is _ajgi_float and _ajgi_type((_ajgi_t13 := p.props.get('y',
            _ajgi_MISSING_AS_ACCESSOR))) is _ajgi_float:
            p.props['x'] = _ajgi_t14 % 10007.0 if (_ajgi_t14 := _ajgi_t12 +
                _ajgi_t13) > 0.0 else _ajgi_mod(_ajgi_t14, 10007.0)
        else:
            _ajgi_t10 = p
            _ajgi_t11 = _ajgi_t9 % 10007.0 if _ajgi_type((_ajgi_t9 := 
                _ajgi_t5 + _ajgi_t6 if (_ajgi_t7 := _ajgi_type((_ajgi_t5 :=
                _ajgi_t1 if ((_ajgi_t2 := _ajgi_type(p)) is _ajgi_JSObject or
                _ajgi_t2 is _ajgi_Function) and _ajgi_type((_ajgi_t1 := p.
                props.get('x', _ajgi_MISSING_AS_ACCESSOR))) is not
                _ajgi_Accessor else _ajgi_getn(p, 'x')))) is _ajgi_type((
                _ajgi_t6 := _ajgi_t3 if ((_ajgi_t4 := _ajgi_type(p)) is
                _ajgi_JSObject or _ajgi_t4 is _ajgi_Function) and 
                _ajgi_type((_ajgi_t3 := p.props.get('y',
                _ajgi_MISSING_AS_ACCESSOR))) is not _ajgi_Accessor else
                _ajgi_getn(p, 'y'))) and _ajgi_t7 is _ajgi_float else (
                _ajgi_t8 if _ajgi_len((_ajgi_t8 := _ajgi_t5 + _ajgi_t6)) <=
                _ajgi_strmax else _ajgi_strlong()) if _ajgi_t7 is _ajgi_str is
                _ajgi_type(_ajgi_t6) else _ajgi_add(_ajgi_t5, _ajgi_t6))
                ) is _ajgi_float and _ajgi_t9 > 0.0 else _ajgi_mod(_ajgi_t9,
                10007.0)
            if (_ajgi_type(_ajgi_t10) is _ajgi_JSObject and not _ajgi_t10.
                special and 'x' in _ajgi_t10.props):
                _ajgi_t10.props['x'] = _ajgi_t11
            else:
                _ajgi_putn(_ajgi_t10, 'x', _ajgi_t11)
        if _ajgi_type(counts) is _ajgi_JSObject and _ajgi_type(key
            ) is _ajgi_str and not counts.special and _ajgi_type((_ajgi_t22 :=
            counts.props.get(key, _ajgi_MISSING_AS_ACCESSOR))) is _ajgi_float:
            counts.props[key] = (_ajgi_t22 if _ajgi_t22 and _ajgi_t22 ==
                _ajgi_t22 else 0.0) + 1.0
        else:
            _ajgi_t19 = counts
            _ajgi_t21 = (_ajgi_t15 := key if _ajgi_type(key) is _ajgi_str and
                counts is not _ajgi_undef and counts is not _ajgi_null else
                _ajgi_ckey(counts, key))
            _ajgi_t20 = _ajgi_t18 + 1.0 if _ajgi_type((_ajgi_t18 := 
                _ajgi_t17 if (_ajgi_t17 := _ajgi_t16 if _ajgi_type(counts) is
                _ajgi_JSObject and _ajgi_type(key) is _ajgi_str and 
                _ajgi_type((_ajgi_t16 := counts.props.get(key,
                _ajgi_MISSING_AS_ACCESSOR))) is not _ajgi_Accessor else
                _ajgi_getm(counts, key)) and _ajgi_t17 == _ajgi_t17 else 0.0)
                ) is _ajgi_float else _ajgi_add(_ajgi_t18, 1.0)
            if (_ajgi_type(_ajgi_t19) is _ajgi_JSObject and not _ajgi_t19.
                special and _ajgi_t21 in _ajgi_t19.props):
                _ajgi_t19.props[_ajgi_t21] = _ajgi_t20
            else:
                _ajgi_putm(_ajgi_t19, _ajgi_t21, _ajgi_t20)
        if _ajgi_type(p) is _ajgi_JSObject and not p.special and _ajgi_type((
            _ajgi_t23 := p.props.get('n', _ajgi_MISSING_AS_ACCESSOR))
            ) is _ajgi_float:
            p.props['n'] = _ajgi_t23 + 1.0
        else:
            _ajgi_preinc_n(p, 'n', False)
        if _ajgi_type(this) is _ajgi_JSObject and _ajgi_type(p
            ) is _ajgi_JSObject and not this.special and _ajgi_type((
            _ajgi_t31 := this.props.get('total', _ajgi_MISSING_AS_ACCESSOR))
            ) is _ajgi_float and _ajgi_type((_ajgi_t32 := p.props.get('x',
            _ajgi_MISSING_AS_ACCESSOR))) is _ajgi_float:
            this.props['total'] = _ajgi_t31 + _ajgi_t32 * 2.0
        else:
            _ajgi_t29 = this
            _ajgi_t30 = _ajgi_t28 + (_ajgi_t26 * 2.0 if _ajgi_type(p) is
                _ajgi_JSObject and _ajgi_type((_ajgi_t26 := p.props.get('x',
                _ajgi_MISSING_AS_ACCESSOR))) is _ajgi_float else _ajgi_t27 *
                2.0 if _ajgi_type((_ajgi_t27 := _ajgi_t24 if ((_ajgi_t25 :=
                _ajgi_type(p)) is _ajgi_JSObject or _ajgi_t25 is
                _ajgi_Function) and _ajgi_type((_ajgi_t24 := p.props.get(
                'x', _ajgi_MISSING_AS_ACCESSOR))) is not _ajgi_Accessor else
                _ajgi_getn(p, 'x'))) is _ajgi_float else _ajgi_mul(
                _ajgi_t27, 2.0)) if _ajgi_type((_ajgi_t28 := _ajgi_getn(
                this, 'total'))) is _ajgi_float else _ajgi_add(_ajgi_t28, 
                _ajgi_t26 * 2.0 if _ajgi_type(p) is _ajgi_JSObject and 
                _ajgi_type((_ajgi_t26 := p.props.get('x',
                _ajgi_MISSING_AS_ACCESSOR))) is _ajgi_float else _ajgi_t27 *
                2.0 if _ajgi_type((_ajgi_t27 := _ajgi_t24 if ((_ajgi_t25 :=
                _ajgi_type(p)) is _ajgi_JSObject or _ajgi_t25 is
                _ajgi_Function) and _ajgi_type((_ajgi_t24 := p.props.get(
                'x', _ajgi_MISSING_AS_ACCESSOR))) is not _ajgi_Accessor else
                _ajgi_getn(p, 'x'))) is _ajgi_float else _ajgi_mul(
                _ajgi_t27, 2.0))
            if (_ajgi_type(_ajgi_t29) is _ajgi_JSObject and not _ajgi_t29.
                special and 'total' in _ajgi_t29.props):
                _ajgi_t29.props['total'] = _ajgi_t30
            else:
                _ajgi_putn(_ajgi_t29, 'total', _ajgi_t30)
        _ajgi_t35 = p
        _ajgi_t36 = _ajgi_t33 if ((_ajgi_t34 := _ajgi_type(p)) is
            _ajgi_JSObject or _ajgi_t34 is _ajgi_Function) and _ajgi_type((
            _ajgi_t33 := p.props.get('x', _ajgi_MISSING_AS_ACCESSOR))
            ) is not _ajgi_Accessor else _ajgi_getn(p, 'x')
        if (_ajgi_type(_ajgi_t35) is _ajgi_JSObject and not _ajgi_t35.
            special and 'label' in _ajgi_t35.props):
            _ajgi_t35.props['label'] = _ajgi_t36
        else:
            _ajgi_putn(_ajgi_t35, 'label', _ajgi_t36)
        return _ajgi_undef
    step = _ajgi_fn(step, 'step', 3.0, _ajgi_realm, 0, 163)
    return _ajgi_undef
