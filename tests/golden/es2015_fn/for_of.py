# ajgi_tx compiled es2015_fn/for_of.js (compiler 22, runtime ABI 60ef35e50ba23df8, source sha256 10e6cb7bdef6b763)
def _ajgi_main(this):
    global x
    _ajgi_declare_globals(_ajgi_G, ('x',))
    _ajgi_t1 = (_ajgi_iter_array(_ajgi_t3) if _ajgi_type((_ajgi_t3 :=
        _ajgi_arr(_ajgi_AP, [1.0, 2.0]))) is _ajgi_JSArray and _ajgi_t3.
        proto is _ajgi_pristine_ArrayIteration else _ajgi_iterate(_ajgi_t3,
        '[1, 2]'))
    try:
        for _ajgi_t2 in _ajgi_t1:
            if _ajgi_flag[0]:
                _ajgi_preempt()
            x = _ajgi_t2
    except _ajgi_Exception:
        _ajgi_iter_abort(_ajgi_t1)
        raise
    finally:
        _ajgi_t1.close()
    return _ajgi_undef
