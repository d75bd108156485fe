"""One read of ``a[i]`` for an expression reading ``a[i].x`` several times.

``total += back[i].score + back[i].tags.length + (back[i].active ? 1 : 0)``
reads ``back[i]`` three times, each with the whole inline element read
and a type test of the element before its property read. An operator
expression (a *region*) reading properties of one element ``a[i]`` (``a``
and ``i`` function locals, ``i`` a number) at least twice is lowered as::

    (<fast copy> if _ajgi_type(back) is _ajgi_JSArray and (e := back.elems) is not None
                    and i < _ajgi_len(e) and _ajgi_type((o := e[i])) is _ajgi_JSObject
                    and _ajgi_type((t1 := o.props.get('score'))) is _ajgi_float
                    and _ajgi_type((t2 := o.props.get('tags'))) is _ajgi_JSArray
                    and (e2 := t2.elems) is not None
                    and _ajgi_type((t3 := o.props.get('active', _ajgi_MISSING_AS_ACCESSOR)))
                        is not _ajgi_Accessor
     else <the expression as lowered without this>)

where the fast copy reads ``t1 + (_ajgi_len(e2) + 0.0) + (1.0 if t3 ... else 0.0)``:
a property read as an operand of arithmetic or a comparison is tested to
be a float (so the copy's operators are plain float ones), one
concatenated with a string literal to be a string or a number, ``x.length``
of one to be a dense array, any other only to be an own data property.

Why the copy is exact: the guard only looks (type tests, list indexing and
dict lookups run no script code), and when it holds each read finds what
[[Get]] would (a present element of a dense array, then an own data
property of a plain object, never an accessor or a prototype's property).
JS reads ``a[i]`` anew for each occurrence, after evaluating what comes
before it; reading them all first is unobservable as long as no script
code can run before the region's last read. So the region is made only of
literals, local reads, such reads and operators, and :func:`_facts`
refuses one where an operator that may call script code (``valueOf`` of an
operand not known to be a primitive, ``in``, ``instanceof``) is evaluated
before a later read. A read JS would skip (the other branch of ``? :``,
the right of ``&&``) is read by the guard too: harmless, as reading is
pure, and when it does not fit the guard fails into the generic copy.
"""

import ast
import collections
import contextlib

from ajgi_tx.compiler.estree import iter_children
from ajgi_tx.compiler.lower.expressions import (
    binary, is_num, is_str, lower_identifier, mark_num, mark_str,
)
from ajgi_tx.compiler.lower import ints
from ajgi_tx.compiler.lower.members import _index_tests, own_float_lookup, own_value_lookup
from ajgi_tx.compiler.lower.speculate import constant_key

# the expression types a region may start at (a lone member read is no region)
ROOTS = frozenset(("BinaryExpression", "LogicalExpression", "ConditionalExpression",
                   "UnaryExpression"))

# how deep below the node asked :func:`_facts` looks
_MAX_DEPTH = 48
# the compound assignments :func:`statement` takes, and their right sides
# (one read will do: the test of x saves +='s type dispatch)
_COMPOUND = frozenset(("+=", "-=", "*=", "/=", "%="))
_STATEMENT_VALUES = ROOTS | {"MemberExpression"}
# operators that run no script code whatever their operands
_PURE_OPS = frozenset(("===", "!=="))
# operators converting their operands with ToNumber (a float operand is read as one)
_NUMERIC_OPS = frozenset(("+", "-", "*", "/", "%", "**", "<<", ">>", ">>>", "&", "|", "^",
                          "<", ">", "<=", ">="))
# the operators yielding a number (as ``-`` does), not ``+``
_ARITHMETIC = frozenset(("-", "*", "/", "%", "**", "<<", ">>", ">>>", "&", "|", "^"))
# how a read property is used: an operand of arithmetic, of a ``+`` that
# concatenates strings (a number or a string), ``.length``, anything else
_NUM, _PRIM, _LENGTH, _ANY = "num", "prim", "length", "any"

# ok: the node fits a region; reads: its property reads of elements, each
# (member node, leaf as :func:`_leaf` gives it, the JS node of the index);
# code: evaluating it may run script code; prim: it yields a primitive
# (ToPrimitive of it runs no code)
_Facts = collections.namedtuple("_Facts", "ok reads code prim")
_NO = _Facts(False, (), True, False)


def _local_name(lx, node):
    """The Python name of a function-local variable (``let`` included)
    that Identifier ``node`` reads as a plain Python local (no environment,
    no TDZ check, no box), or None."""
    if node.type != "Identifier":
        return None
    binding = lx.scopes.binding(node)
    if binding is None or binding.is_global:
        return None
    name = lower_identifier(lx, node)
    if ints.is_int(name):
        return binding.py_name  # a counter held as an int, read as ``i + 0.0``
    return name.id if isinstance(name, ast.Name) else None


def _element(lx, node):
    """``(array, index)`` Python names of ``a[i]`` (``a`` a local, ``i`` a
    number-only local), or None."""
    if node.type != "MemberExpression" or not node.computed:
        return None
    array, index = _local_name(lx, node.object), _local_name(lx, node.property)
    if array is None or index is None or lx.scopes.binding(node.property) not in lx.numeric:
        return None
    return array, index


def _leaf(lx, node, use):
    """``(element, name, use)`` when ``node`` reads ``a[i].name`` (or, for
    a ``.length`` of one, the read of ``a[i].name`` as ``_LENGTH``)."""
    if node.type != "MemberExpression":
        return None
    name = constant_key(node)
    if name == "length":
        # ``a[i].tags.length``; ``a[i].length`` is nearly always an array's
        # or a string's: a guard wanting a plain object would fail
        if node.object.type != "MemberExpression":
            return None
        inner = constant_key(node.object)
        element = inner is not None and _element(lx, node.object.object)
        return (element, inner, _LENGTH) if element else None
    if name is None:
        return None
    element = _element(lx, node.object)
    return (element, name, use) if element else None


def _facts(lx, node, use, depth=0):
    """The :class:`_Facts` of ``node`` evaluated for ``use`` (memoized:
    each node is asked once per use, so nested roots cost no rescans).
    Deeper than :data:`_MAX_DEPTH` below the first node asked it is no
    region: a 10,000-term ``+`` chain, which the lowering flattens, must
    not nest this walk as deep."""
    key = (id(node), use)
    cache = lx.element_facts
    if key not in cache:
        cache[key] = _NO if depth > _MAX_DEPTH else _compute(lx, node, use, depth + 1)
    return cache[key]


def _seq(first, second, code, prim):
    """Facts of evaluating ``first`` then ``second`` then an operation that
    may run code when ``code``; refused when code may run before a read."""
    if not (first.ok and second.ok) or (first.code and second.reads):
        return _NO
    return _Facts(True, first.reads + second.reads, first.code or second.code or code, prim)


def _plus_use(lx, node, use):
    """How ``+`` node ``node``, whose value is used as ``use``, uses its
    operands: as floats where a number is added (then a string fails the
    guard, but the copy adds floats), else as numbers or strings (a
    concatenation must not fail the guard)."""
    operands = (node.left, node.right)
    if use == _PRIM or any(n.type == "Literal" and isinstance(n.value, str) for n in operands):
        return _PRIM
    if use == _NUM or any(_is_number(lx, n) for n in operands):
        return _NUM
    return _PRIM


def _is_number(lx, node, depth=0):
    """True when JS expression ``node`` plainly yields a number (looking
    a few levels deep)."""
    t = node.type
    if depth > 4:
        return False
    if t == "Literal":
        return isinstance(node.value, (int, float)) and not isinstance(node.value, bool)
    if t == "Identifier":
        return lx.scopes.binding(node) in lx.numeric
    if t == "MemberExpression":
        return constant_key(node) == "length"
    if t == "BinaryExpression":
        if node.operator == "+":
            return _is_number(lx, node.left, depth + 1) and _is_number(lx, node.right, depth + 1)
        return node.operator in _ARITHMETIC
    if t == "UnaryExpression":
        return node.operator in ("-", "+", "~")
    if t == "ConditionalExpression":
        return _is_number(lx, node.consequent, depth + 1) and _is_number(lx, node.alternate, depth + 1)
    return False


def _compute(lx, node, use, depth):
    t = node.type
    if t == "Literal":
        ok = getattr(node, "regex", None) is None
        return _Facts(True, (), False, True) if ok else _NO
    if t == "Identifier":
        if _local_name(lx, node) is None:
            return _NO
        return _Facts(True, (), False, lx.scopes.binding(node) in lx.numeric)
    if t == "MemberExpression":
        leaf = _leaf(lx, node, use)
        if leaf is None:
            return _NO
        index = node.object.object.property if leaf[2] == _LENGTH else node.object.property
        return _Facts(True, ((node, leaf, index),), False, leaf[2] != _ANY)
    if t == "BinaryExpression":
        op = node.operator
        if op in ("in", "instanceof"):
            return _NO
        if op == "+":
            use = _plus_use(lx, node, use)
        else:
            use = _NUM if op in _NUMERIC_OPS else _ANY
        left, right = _facts(lx, node.left, use, depth), _facts(lx, node.right, use, depth)
        converts = op not in _PURE_OPS and not (left.prim and right.prim)
        return _seq(left, right, converts, True)
    if t == "LogicalExpression":
        left, right = _facts(lx, node.left, use, depth), _facts(lx, node.right, use, depth)
        return _seq(left, right, False, left.prim and right.prim)
    if t == "ConditionalExpression":
        test = _facts(lx, node.test, _ANY, depth)
        body, orelse = _facts(lx, node.consequent, use, depth), _facts(lx, node.alternate, use, depth)
        branches = _seq(body, orelse, False, body.prim and orelse.prim)
        return _seq(test, branches, False, branches.prim)
    if t == "UnaryExpression":
        op = node.operator
        if op in ("!", "typeof", "void"):
            arg = _facts(lx, node.argument, _ANY, depth)
            return _Facts(arg.ok, arg.reads, arg.code, True) if arg.ok else _NO
        if op in ("-", "+", "~"):
            arg = _facts(lx, node.argument, _NUM, depth)
            return _Facts(arg.ok, arg.reads, arg.code or not arg.prim, True) if arg.ok else _NO
    return _NO


def _repeated(reads):
    """True when some element is read more than once."""
    elements = [leaf[0] for _, leaf, _ in reads]
    return len(set(elements)) < len(elements)


class _Guard:
    """The guard's tests and the temps its reads bind."""

    def __init__(self, lx, item=None):
        self.lx = lx
        self.item = item  # the index loop's LoopItem this region may read as its a[k]
        self.tests = []
        self.elements = {}  # (array, index) -> temp holding the element
        self.reads = {}     # (element, name, use) -> the lowered value standing for the read

    def read(self, leaf, index):
        """The value standing for ``leaf`` (see :func:`_leaf`) in the fast
        copy; ``index`` is the JS node of its element's index."""
        value = self.reads.get(leaf)
        if value is None:
            element, name, use = leaf
            o = self.elements.get(element)
            if o is None:
                item = self.item
                if item is not None and element == (item.array, item.index):
                    # the loop's item is a[k] here (HOLE, never a JSObject,
                    # when the slot is a hole or the loop left the list)
                    o = self.lx.b.name(item.item)
                    self.tests.append(self.lx.b.type_is(o, "JSObject"))
                    o = o.id
                else:
                    o = self._read_element(element[0], index)
                self.elements[element] = o
            value = self.reads[leaf] = self._read_property(o, name, use)
        return value

    def _read_element(self, array, index):
        """Tests that ``array[index]`` is a present element of a dense
        array and a plain object; returns the temp it is bound to."""
        lx, b = self.lx, self.lx.b
        o, e = lx.temp(), lx.temp()
        if b.known_type(array) != "JSArray":
            self.tests.append(b.type_is(b.name(array), "JSArray"))
        self.tests.append(b.is_not(b.walrus(e, b.attr(b.name(array), "elems")), b.const(None)))
        key = lx.expr(index)
        length = b.rt_call("len", b.name(e))
        if ints.is_int(key):
            # a counter held as an int: compared and indexing as it is
            below, at = [b.compare(ints.int_form(key), [ast.Lt()], [length])], ints.int_form(key)
        else:
            below, at = _index_tests(lx, key, lambda: key, key, length)
        self.tests.extend(below)
        self.tests.append(b.type_is(b.walrus(o, b.subscript(b.name(e), at)), "JSObject"))
        return o

    def _read_property(self, o, name, use):
        """Tests that plain object ``o`` has own data property ``name``
        fitting ``use``; returns the value standing for its read."""
        lx, b = self.lx, self.lx.b
        t = lx.temp()
        if use == _ANY:
            lookup = b.walrus(t, own_value_lookup(lx, b.name(o), b.const(name)))
            self.tests.append(b.is_not(b.rt_call("type", lookup), b.rt("Accessor")))
            return b.name(t)
        # a missing property's None fails the type test as an accessor does
        lookup = b.walrus(t, own_float_lookup(lx, b.name(o), b.const(name)))
        if use == _NUM:
            self.tests.append(b.type_is(lookup, "float"))
            return mark_num(b.name(t))
        if use == _PRIM:
            ty = lx.temp()
            self.tests.append(b.boolop(ast.Or(), [b.is_(b.walrus(ty, b.rt_call("type", lookup)), b.rt("str")),
                                                  b.is_(b.name(ty), b.rt("float"))]))
            return b.name(t)
        e = lx.temp()
        self.tests.append(b.type_is(lookup, "JSArray"))
        self.tests.append(b.is_not(b.walrus(e, b.attr(b.name(t), "elems")), b.const(None)))
        # the length as ``len(e) + 0.0``: exact, and half the cost of a float() call
        return mark_num(ints.as_float(lx, b.rt_call("len", b.name(e))))


@contextlib.contextmanager
def _in_region(lx):
    """Lowering a region's copies: no region inside them."""
    lx.element_region = True
    try:
        yield
    finally:
        lx.element_region = False


def _no_other_copy(lx, node):
    """True unless ``node`` is inside another copy (speculate.py) or a
    default's TDZ reads (``lx.leaves``); an index loop's item for an
    ``a[k]`` read inside ``node`` is no obstacle: that read is the first
    its statement evaluates (lower/array_loops.py), so the region's guard
    runs before any script code after the loop's step, and the guard takes
    the item for that element (:class:`_Guard`)."""
    if not lx.leaves:
        return True
    item = lx.loop_item
    if item is None or len(lx.leaves) != 1 or item.read_id not in lx.leaves:
        return False
    stack = [node]
    while stack:
        n = stack.pop()
        if id(n) == item.read_id:
            return True
        stack.extend(iter_children(n))
    return False


def _fast_copy(lx, node, facts):
    """``(guard, value)``: the guard reading the element properties of
    expression ``node`` (``facts.reads``) and ``node`` lowered with those
    reads; value None when that lowering had to emit statements first."""
    b = lx.b
    guard = _Guard(lx, lx.loop_item if lx.leaves else None)
    saved = lx.leaves
    leaves = {}
    for member, leaf, index in facts.reads:
        leaves[id(member)] = guard.read(leaf, index)
    with lx.capture() as pre:
        lx.leaves = leaves
        try:
            fast = lx.expr(node)
        finally:
            lx.leaves = saved
    return guard, (None if pre else fast)


def region(lx, node, lower):
    """``node`` (an expression of :data:`ROOTS`, lowered by ``lower``)
    behind the guarded copy reading each element once, or None when it is
    no region (see the module docstring)."""
    facts = _facts(lx, node, _ANY)
    if not facts.ok or not _repeated(facts.reads) or not _no_other_copy(lx, node):
        return None
    b = lx.b
    with _in_region(lx):
        generic = lower(lx, node)
        guard, fast = _fast_copy(lx, node, facts)
    if fast is None:
        return generic
    b.at(node)
    value = b.ifexp(b.boolop(ast.And(), guard.tests), fast, generic)
    if is_num(fast) and is_num(generic):
        return mark_num(value)
    return mark_str(value) if is_str(fast) and is_str(generic) else value


def statement(lx, node, lower):
    """``x op= R`` (``node``: ``x`` a local, ``op`` arithmetic, ``R``
    float arithmetic on element reads, or one) as one guard that also
    tests ``x`` to be a float::

        if _ajgi_type(x) is _ajgi_float and <R's guard>:
            x = x + <R's fast copy>
        else:
            <the statement as ``lower()`` lowers it, with no region>

    (the expression-level region would leave ``x``'s own type dispatch to
    ``+=``). None when ``node`` is not such a statement. JS reads ``x``
    before ``R``; R's guard only looks, so reading it after is the same."""
    b = lx.b
    if node.type != "AssignmentExpression" or node.operator not in _COMPOUND \
            or node.right.type not in _STATEMENT_VALUES or lx.element_region \
            or not _no_other_copy(lx, node.right):
        return None
    x = _local_name(lx, node.left)
    binding = x and lx.scopes.binding(node.left)
    if x is None or binding in lx.int_counters or binding.kind == "const" \
            or b.known_type(x) is not None:
        return None
    facts = _facts(lx, node.right, _NUM)
    if not facts.ok or not facts.reads:
        return None
    with _in_region(lx):
        guard, fast = _fast_copy(lx, node.right, facts)
        if fast is None or not is_num(fast):
            return None
        generic = lower()
    b.at(node)
    # x's test first: a string x (a concatenation) fails the guard at once
    tests = guard.tests if binding in lx.numeric else [b.type_is(b.name(x), "float")] + guard.tests
    value = binary(lx, node.operator[:-1], mark_num(b.name(x)), fast)
    from ajgi_tx.compiler.lower.targets import Target

    return [b.if_(b.boolop(ast.And(), tests), Target(lx, node.left).store_stmt(value), generic)]


def regions(lower):
    """The handler lowering ``node`` with ``lower``, as a region when it is one."""
    def lower_region(lx, node):
        if not lx.element_region:
            value = region(lx, node, lower)
            if value is not None:
                return value
        return lower(lx, node)
    return lower_region
