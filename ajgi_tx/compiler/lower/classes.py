"""Classes (ES2015 14.5), methods and ``super`` (12.3.5), ``new.target``.

A class compiles to its constructor ``def`` and its methods' ``def``s,
lifted before the statement like every function expression, and one call
of ``_ajgi_define_class`` (runtime/classes.py) that builds the prototype,
installs the methods (non-enumerable) and the ``construct`` entry::

    class B extends A { constructor(x) { super(x); } m() { return super.m(); } }

    _ajgi_t1 = [None]          # HomeObject box of the prototype methods
    _ajgi_t2 = [None]          # the constructor (static methods' HomeObject)
    def B(this, x=undef, *_ajgi_rest, _ajgi_nt=None, _ajgi_this=None, _ajgi_cbox=_ajgi_t2):
        if _ajgi_nt is None: _ajgi_class_call_error('B')
        (this := _ajgi_super_call(_ajgi_cbox[0], _ajgi_nt, _ajgi_this, x))
    B = _ajgi_fn(B, 'B', 1.0, _ajgi_realm, ...)
    def m(this, *_ajgi_rest, _ajgi_home=_ajgi_t1):
        return _ajgi_super_get(_ajgi_home[0], this, 'm')(this)
    m = _ajgi_method(m, 'm', 0.0, _ajgi_realm, ..., True)
    B = (B__2 := _ajgi_define_class(_ajgi_realm, B, 'B', A, ((False, 'method', 'm', m),),
                                    (_ajgi_t1, _ajgi_t2), True))

``super.x = v`` (and ``super[k] op= v``, ``super.x++``) is a target of
its own (lower/targets.py): ``_ajgi_super_set(_ajgi_home[0], this, 'x',
v, strict)`` stores through the prototype's setter or onto ``this``.

The boxes are made each time the class (or object literal) is evaluated,
before its ``def``s, so every evaluation's methods see their own home.
``new.target`` is the keyword-only ``_ajgi_nt`` of the function that reads
it (``new`` passes it: runtime/classes.py construct_with).

Arrow functions are nested ``def``s: they read their enclosing function's
``_ajgi_home`` and ``_ajgi_nt`` by closure. Class declarations are lexical
bindings (kind "class", lower/lexical.py). ``super(...)`` inside an arrow
of a derived constructor assigns the constructor's ``this`` (``nonlocal
this`` in the arrow's def) and fills its box, aliased ``_ajgi_tbox``.
"""

from ajgi_tx.compiler.estree import walk_function_body
from ajgi_tx.compiler.lower.expressions import property_key, wrap_call
from runtime.values import js_string

HOME = "_ajgi_home"
NEW_TARGET = "_ajgi_nt"
THIS_BOX = "_ajgi_this"
CTOR_BOX = "_ajgi_cbox"
ARROW_THIS_BOX = "_ajgi_tbox"


class FunctionExtras:
    """What :func:`~ajgi_tx.compiler.lower.functions.function_def` adds to
    a method, an accessor, a class constructor or a function reading
    ``new.target``: its JS name, keyword-only parameters (name, default
    evaluated where the function is defined), the wrap helper, and for a
    class constructor the refusal of calls without ``new``."""

    def __init__(self, name=None, helper="fn", kwonly=(), class_name=None, derived=False,
                 strict_wrap=True):
        self.name = name
        self.helper = helper
        self.kwonly = list(kwonly)
        self.class_name = class_name
        self.derived = derived
        self.strict_wrap = strict_wrap
        self.arrow_super = False  # a derived constructor with super() inside an arrow

    def prologue(self, lx):
        if self.class_name is None:
            return []
        b = lx.b
        out = [b.if_(b.is_(b.name(NEW_TARGET), b.const(None)),
                     [b.expr_stmt(b.rt_call("class_call_error", b.const(self.class_name)))])]
        if self.arrow_super:
            # an arrow's own first parameter is named _ajgi_this: the box
            # reaches it under another name
            out.append(b.assign(ARROW_THIS_BOX, b.name(THIS_BOX)))
        return out

    def wrap(self, lx, wrap_args):
        if not self.strict_wrap:
            wrap_args = wrap_args[:6]  # no poison-pill caller/arguments (class constructors)
        return lx.b.rt_call(self.helper, *wrap_args)


def uses_super_property(fn):
    """True when ``super.x`` appears in ``fn``'s own code (arrows included:
    their ``super`` is the enclosing method's)."""
    stack = [fn]
    while stack:
        for n in walk_function_body(stack.pop()):
            if n.type == "MemberExpression" and n.object.type == "Super":
                return True
            if n.type == "ArrowFunctionExpression":
                stack.append(n)
    return False


def calls_super_in_arrow(fn):
    """True when an arrow function in ``fn``'s own code (arrows in arrows
    included) calls ``super(...)``."""
    stack = [(fn, False)]
    while stack:
        node, in_arrow = stack.pop()
        for n in walk_function_body(node):
            if in_arrow and n.type == "CallExpression" and n.callee.type == "Super":
                return True
            if n.type == "ArrowFunctionExpression":
                stack.append((n, True))
    return False


def _method_kwonly(lx, fn, home_box):
    b = lx.b
    kw = []
    if home_box is not None and uses_super_property(fn):
        kw.append((HOME, b.name(home_box)))
    if lx.scopes.scope_of(fn).uses_new_target:
        kw.append((NEW_TARGET, b.rt("undef")))
    return kw


def new_target_extras(lx, fn):
    """A plain function reading ``new.target``."""
    return FunctionExtras(helper="function_reading_new_target",
                          kwonly=[(NEW_TARGET, lx.b.rt("undef"))])


def new_box(lx):
    """A fresh one-slot box, assigned before the statement (lx.pre)."""
    b = lx.b
    t = lx.temp()
    lx.pre.append(b.assign(t, b.list([b.const(None)])))
    return t


def lower_method_value(lx, fn, name, home_box, kind="method"):
    """A method or accessor function of an object literal or class;
    ``name`` is its compile-time name (None for a computed key: named at
    run time)."""
    from ajgi_tx.compiler.lower.functions import lower_function_expression

    if name is not None and kind in ("get", "set"):
        name = "%s %s" % (kind, name)
    extras = FunctionExtras(name=name if name is not None else "", helper="method",
                            kwonly=_method_kwonly(lx, fn, home_box))
    return lower_function_expression(lx, fn, extras)


def lower_named_value(lx, value, name):
    """A property value; an anonymous function or class expression is
    named after the key (12.2.6.9 IsAnonymousFunctionDefinition)."""
    if name is not None and value.id is None:
        if value.type == "FunctionExpression":
            from ajgi_tx.compiler.lower.functions import lower_function_expression

            scope = lx.scopes.scope_of(value)
            extras = new_target_extras(lx, value) if scope.uses_new_target else FunctionExtras()
            extras.name = name
            return lower_function_expression(lx, value, extras)
        if value.type == "ClassExpression":
            return lower_class(lx, value, name)
    return lx.expr(value)


def is_anonymous_definition(value):
    return value.type in ("FunctionExpression", "ClassExpression", "ArrowFunctionExpression") \
        and value.id is None


# -- classes ---------------------------------------------------------------------------------

def lower_class_expression(lx, node):
    # `var C = class {}`: named after its place (functions.inferred_names)
    return lower_class(lx, node, lx.fn_names.get(id(node)))


def lower_class_declaration(lx, node):
    """A class declaration initialises its lexical binding (kind "class":
    block-scoped, in its TDZ until here; lower/lexical.py), in eval/with
    code too (kept in the Envs as let/const are)."""
    from ajgi_tx.compiler.lower import lexical

    b = lx.b
    value = lower_class(lx, node)
    binding = lx.scopes.binding(node.id)
    b.at(node)
    return lexical.init_stmt(lx, binding, value)


def lower_class(lx, node, inferred_name=None):
    b = lx.b
    name = node.id.name if node.id is not None else (inferred_name or "")
    derived = node.superClass is not None
    # evaluated before the computed keys: it comes first in the call's arguments
    parent = lx.expr(node.superClass) if derived else b.rt("NO_PARENT")
    proto_box, ctor_box = new_box(lx), new_box(lx)
    ctor = None
    elements = []
    for el in node.body.body:
        if el.kind == "constructor":
            ctor = el
            continue
        home = ctor_box if el.static else proto_box
        if el.computed:
            key = b.rt_call("pkey", lx.expr(el.key))
            const_name = None
        else:
            const_name = property_key(el.key)
            key = b.const(const_name)
        kind = el.kind if el.kind in ("get", "set") else "method"
        fn = lower_method_value(lx, el.value, const_name, home, kind)
        elements.append(b.tuple([b.const(bool(el.static)), b.const(kind), key, fn]))
    b.at(node)
    if ctor is not None:
        from ajgi_tx.compiler.lower.functions import lower_function_expression

        kw = [(NEW_TARGET, b.const(None))]
        if derived:
            kw += [(THIS_BOX, b.const(None)), (CTOR_BOX, b.name(ctor_box))]
        if uses_super_property(ctor.value):
            kw.append((HOME, b.name(proto_box)))
        extras = FunctionExtras(name=name, kwonly=kw, class_name=name, derived=derived,
                                strict_wrap=False)
        extras.arrow_super = derived and calls_super_in_arrow(ctor.value)
        F = lower_function_expression(lx, ctor.value, extras)
    else:
        F = b.const(None)
    b.at(node)
    args = [b.rt("realm"), F, b.const(name), parent,
            b.tuple(elements), b.tuple([b.name(proto_box), b.name(ctor_box)]), b.const(derived)]
    value = b.rt_call("define_class", *args)
    inner = lx.scopes.catch.get(id(node))
    if inner is not None:
        value = b.walrus(inner.py_name, value)
    return value


# -- super, this, new.target -------------------------------------------------------------------

def _non_arrow(lx):
    """The FunctionContext whose ``this``, ``super`` and ``new.target`` the
    current code sees: an arrow's are its enclosing function's (closed over)."""
    fn = lx.fn
    while fn is not None and fn.node.type == "ArrowFunctionExpression":
        fn = fn.outer
    return fn


def _extras(lx):
    fn = _non_arrow(lx)
    return fn.extras if fn is not None else None


def lower_this_value(lx):
    """``this``; in a derived constructor checked against use before super()."""
    b = lx.b
    ex = _extras(lx)
    if ex is not None and ex.derived:
        return b.rt_call("this_checked", b.name("this"))
    return b.name("this")


def lower_super_call(lx, node):
    b = lx.b
    ex = _extras(lx)
    if ex is None or not ex.derived:
        lx.syntax_error(node, "'super' keyword unexpected here")
    box = THIS_BOX
    if lx.fn.node.type == "ArrowFunctionExpression":
        # the arrow sets its constructor's `this` (a cell: `nonlocal this`)
        # and fills the constructor's box, read by closure
        box = ARROW_THIS_BOX
        lx.fn.assigns_outer_this = True
    args = [lx.expr(a) for a in node.arguments]
    b.at(node)
    call = b.rt_call("super_call", b.subscript(b.name(CTOR_BOX), b.const(0)), b.name(NEW_TARGET),
                     b.name(box), *args)
    return b.walrus("this", wrap_call(lx, node, call))


def lower_super_member(lx, node, key):
    """``super.x`` / ``super[k]``: read from the home object's prototype."""
    b = lx.b
    if not _has_home(lx):
        lx.syntax_error(node, "'super' keyword unexpected here")
    home = b.subscript(b.name(HOME), b.const(0))
    return b.rt_call("super_get", home, lower_this_value(lx), key)


def super_reference(lx, node):
    """The parts of the reference ``super.x`` / ``super[k]`` as an
    assignment target (12.3.5.1, in order): the home object, ``this`` (in
    a derived constructor checked before the key runs) and the property
    key (ToPropertyKey'd once)."""
    b = lx.b
    if not _has_home(lx):
        lx.syntax_error(node, "'super' keyword unexpected here")
    this = lower_this_value(lx)
    if node.computed:
        p = node.property
        key = b.const(js_string(p.value)) if p.type == "Literal" and isinstance(p.value, str) \
            else b.rt_call("pkey", lx.expr(p))
    else:
        key = b.const(node.property.name)
    b.at(node)
    return [b.subscript(b.name(HOME), b.const(0)), this, key]


def _has_home(lx):
    """A method (or an arrow inside one) that declared the home box."""
    ex = _extras(lx)  # an arrow's def reads its method's _ajgi_home by closure
    return ex is not None and any(HOME == kw for kw, _ in ex.kwonly)


def lower_meta_property(lx, node):
    if node.meta.name == "new" and node.property.name == "target":
        fn = _non_arrow(lx)
        if fn is None or fn.node.type == "Program":
            lx.syntax_error(node, "new.target expression is not allowed here")
        return lx.b.name(NEW_TARGET)
    lx.unsupported(node, "%s.%s" % (node.meta.name, node.property.name))
