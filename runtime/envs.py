"""Run-time environments for code whose names are not static.

Most JS variables are Python locals, cells or globals. A function that
contains a direct ``eval`` or a ``with`` statement (and every function
around it) keeps its variables in an :class:`Env` instead, because eval'd
code can add variables to it and ``with`` puts an object in front of it
(ES5.1 10.2). Names used there are resolved at run time by walking the
chain of :class:`Env` / :class:`ObjectEnv` records up to the global object
(``parent is None``).
"""

from runtime import calls, conversions, properties
from runtime.errors import throw_reference_error, throw_type_error
from runtime.lexical import TDZ, tdz_error
from runtime.values import undefined

_type = type
_str = str


class Env:
    """A declarative environment record (10.2.1.1). ``let``/``const`` in
    eval/with code live here too: an uninitialised one holds
    :data:`runtime.lexical.TDZ`, a ``const`` is named in ``consts``; a
    block's Env is ``lexical`` (eval code's ``var`` skips it, 18.2.1.3)."""

    __slots__ = ("vars", "parent", "deletable", "consts", "lexical")

    def __init__(self, parent, vars=None, consts=None, lexical=False):
        self.vars = {} if vars is None else vars
        self.parent = parent
        self.deletable = None  # names declared by eval code (10.5 step 2)
        self.consts = consts  # the const names (a tuple), or None
        self.lexical = lexical

    def next_iteration(self):
        """A loop's next per-iteration Env: a copy (13.7.4.9)."""
        return Env(self.parent, dict(self.vars), self.consts, True)


def _checked_put(env, name, value):
    """SetMutableBinding on a declarative record (8.1.1.1.5)."""
    if env.vars[name] is TDZ:
        tdz_error(name)
    if env.consts and name in env.consts:
        throw_type_error("Assignment to constant variable.")
    env.vars[name] = value


class ObjectEnv:
    """An object environment record for ``with (obj)`` (10.2.1.2)."""

    __slots__ = ("obj", "parent")

    def __init__(self, obj, parent):
        self.obj = obj
        self.parent = parent


def _global():
    from runtime.realm import current_realm

    return current_realm().global_object


def dref(env, name):
    """(value, this) for a call of ``name`` (11.2.3 with 10.2.1.2.6)."""
    e = env
    while e is not None:
        if type(e) is Env:
            v = e.vars.get(name, _MISSING)
            if v is not _MISSING:
                if v is TDZ:
                    tdz_error(name)
                return v, undefined
        elif properties.has_property(e.obj, name):
            return properties.get_prop(e.obj, name), e.obj
        e = e.parent
    g = _global()
    if not properties.has_property(g, name):
        throw_reference_error("%s is not defined" % name)
    return properties.get_prop(g, name), undefined


_MISSING = object()


def dget(env, name):
    """The value of identifier ``name`` (10.3.1 + GetValue)."""
    return dref(env, name)[0]


def dput(env, name, value, strict=False):
    """Assignment to identifier ``name`` (PutValue, 8.7.2)."""
    e = env
    while e is not None:
        if type(e) is Env:
            if name in e.vars:
                _checked_put(e, name, value)
                return value
        elif properties.has_property(e.obj, name):
            properties.put_prop(e.obj, name, value, strict)
            return value
        e = e.parent
    g = _global()
    if strict and not properties.has_property(g, name):
        throw_reference_error("%s is not defined" % name)
    properties.put_prop(g, name, value, strict)
    return value


def dresolve(env, name):
    """The environment record holding ``name`` now (None: the global
    object), resolved *before* the right-hand side of an assignment runs
    (11.13.1: the reference is fixed first)."""
    e = env
    while e is not None:
        if type(e) is Env:
            if name in e.vars:
                return e
        elif properties.has_property(e.obj, name):
            return e
        e = e.parent
    return None


def dget_at(record, name):
    """GetValue of a reference resolved by :func:`dresolve`."""
    if record is None:
        g = _global()
        if not properties.has_property(g, name):
            throw_reference_error("%s is not defined" % name)
        return properties.get_prop(g, name)
    if type(record) is Env:
        v = record.vars.get(name, undefined)
        if v is TDZ:
            tdz_error(name)
        return v
    return properties.get_prop(record.obj, name)


def dput_at(record, name, value, strict=False):
    """PutValue of a reference resolved by :func:`dresolve` (8.7.2): the
    value goes to that record even if the name has left it meanwhile."""
    if record is None:
        g = _global()
        if strict and not properties.has_property(g, name):
            throw_reference_error("%s is not defined" % name)
        properties.put_prop(g, name, value, strict)
    elif type(record) is Env:
        if name in record.vars:
            _checked_put(record, name, value)
        else:
            record.vars[name] = value
    else:
        properties.put_prop(record.obj, name, value, strict)
    return value


def dtypeof(env, name):
    """``typeof name`` where an unresolvable name is "undefined"."""
    e = env
    while e is not None:
        if type(e) is Env:
            v = e.vars.get(name, _MISSING)
            if v is not _MISSING:
                if v is TDZ:
                    tdz_error(name)
                return conversions.typeof(v)
        elif properties.has_property(e.obj, name):
            return conversions.typeof(properties.get_prop(e.obj, name))
        e = e.parent
    g = _global()
    if not properties.has_property(g, name):
        return "undefined"
    return conversions.typeof(properties.get_prop(g, name))


def ddelete(env, name):
    """``delete name`` (11.4.1 step 5): only eval-declared vars, with-object
    properties and configurable globals can go."""
    e = env
    while e is not None:
        if type(e) is Env:
            if name in e.vars:
                if e.deletable and name in e.deletable:
                    del e.vars[name]
                    e.deletable.discard(name)
                    return True
                return False
        elif properties.has_property(e.obj, name):
            return properties.delete_prop(e.obj, name)
        e = e.parent
    return properties.delete_prop(_global(), name)


def declare_vars(env, names, from_eval=True):
    """``var`` declarations of eval code entering ``env`` (10.5 step 8)."""
    for n in names:
        if n not in env.vars:
            env.vars[n] = undefined
            if from_eval:
                if env.deletable is None:
                    env.deletable = set()
                env.deletable.add(n)


def declare_function(env, name, fn, from_eval=True):
    """A function declaration of eval code (10.5 step 5)."""
    env.vars[name] = fn
    if from_eval:
        if env.deletable is None:
            env.deletable = set()
        env.deletable.add(name)
    return fn


def to_with_object(value):
    """ToObject for the ``with`` statement's expression (12.10)."""
    return conversions.to_object(value)


# -- direct eval ----------------------------------------------------------------------

def deval(env, this, strict, x=undefined, *args):
    """A direct call of ``eval`` (15.1.2.1.1): the caller's scope and ``this``.
    If the global ``eval`` was replaced, this is an ordinary call of it."""
    from runtime.realm import current_realm

    realm = current_realm()
    f = properties.get_prop(realm.global_object, "eval")
    if f is not realm.eval_function:
        return calls.call_function(f, undefined, x, *args)
    if _type(x) is not _str:
        return x
    return realm.direct_eval_hook(x, env, this, strict)


def declare_eval_vars(env, names):
    """``var`` in eval code enters the caller's variable environment: the
    innermost function Env (``with`` objects are skipped), else globals."""
    e = env
    while e is not None and (_type(e) is not Env or e.lexical):
        e = e.parent
    if e is None:
        from runtime.realm import current_realm

        g = current_realm().global_object
        for n in names:
            if not properties.has_property(g, n):
                properties.put_prop(g, n, undefined)
        return
    declare_vars(e, names)


def declare_eval_function(env, name, f):
    e = env
    while e is not None and (_type(e) is not Env or e.lexical):
        e = e.parent
    if e is None:
        from runtime.realm import current_realm

        properties.put_prop(current_realm().global_object, name, f)
        return f
    return declare_function(e, name, f)
