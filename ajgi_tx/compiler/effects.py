"""Pass 3: which functions must be ``async def`` (the blocking rule).

Input: the Program and its ScopeInfo. Output: :class:`EffectInfo`, the set
of async functions and, per call site, how the lowering must call it.

The rule (documented in docs/architecture.md):

1. A *blocking call* is a call of a host function that waits: the
   ``websocket`` methods ``upgrade/read/send/close``, ``delay``,
   ``includes``, ``execd`` and the DB functions (:data:`BLOCKING_GLOBALS`).
2. A script that never mentions a blocking name, ``eval`` or ``Function``
   is *all-sync*: every function is a plain ``def`` and no call is checked.
3. Otherwise a call site *may block* when its callee is a blocking host
   function, a function statically known to be async, a direct ``eval``,
   or any callee the compiler cannot resolve to a known-sync function:
   values in variables or parameters, computed members, and methods whose
   name is not a known never-blocking built-in method. A method name on
   :data:`SYNC_METHODS` counts as sync only if the script never defines a
   property of that name itself (``obj.push = function ...``, a class
   method ``push() {}``); ``includes`` not when the global object's
   (the AGI ``includes``) may be the receiver: ``this.includes``, or the
   global object reachable as a value (needs.py's ``"*"``).
4. A function is async iff it contains a call site that may block
   (fixpoint over statically resolved calls: a variable that only ever
   holds function declarations/expressions is resolved to them).

In an async function every call site that may block is awaited when its
result is a coroutine (known-async callees are awaited directly). Built-ins
that take callbacks (``forEach``, ``sort``, ``replace``...) return a
coroutine when a callback blocks (runtime/callbacks.py), which is why their
names are *not* on the sync list.

Example: ``function f(m) { websocket.send(m) }`` is async; ``function
g(x) { return x * 2 }`` stays a plain ``def`` even in a websocket script.
"""

from ajgi_tx.compiler.estree import FUNCTION_NODE_TYPES, walk_function_body

BLOCKING_GLOBALS = frozenset((
    "delay", "includes", "execd",
    "newDBTableIfNotExists", "DBTableExists", "writeDBItem", "readDBItem",
    "listDBTable", "deleteDBItem", "dropDBTable",
))
BLOCKING_WEBSOCKET_METHODS = frozenset(("upgrade", "read", "send", "close"))
DYNAMIC_CODE_GLOBALS = frozenset(("eval", "Function"))

# Built-in methods that never call back into script code (beyond implicit
# conversions, which may not block: runtime.conversions.to_primitive refuses).
SYNC_METHODS = frozenset((
    "push", "pop", "shift", "unshift", "slice", "splice", "concat", "join", "reverse",
    "indexOf", "lastIndexOf", "charAt", "charCodeAt", "substring", "substr", "toLowerCase",
    "toUpperCase", "toLocaleLowerCase", "toLocaleUpperCase", "trim", "split", "match", "search",
    "toString", "toFixed", "toPrecision", "toExponential", "valueOf", "hasOwnProperty",
    "isPrototypeOf", "propertyIsEnumerable", "keys", "create", "getPrototypeOf",
    "getOwnPropertyNames", "getOwnPropertyDescriptor", "defineProperty", "defineProperties",
    "freeze", "seal", "isFrozen", "isSealed", "preventExtensions", "isExtensible", "isArray",
    "stringify", "floor", "ceil", "round", "random", "max", "min", "abs", "sqrt", "pow",
    "log", "exp", "sin", "cos", "tan", "atan", "atan2", "asin", "acos", "test", "exec",
    "getTime", "now", "getFullYear", "getMonth", "getDate", "getDay", "getHours",
    "getMinutes", "getSeconds", "getMilliseconds", "toISOString", "toUTCString",
    "fromCharCode", "localeCompare", "warn", "error", "info", "available", "isClosed",
    # ES2015: none takes a callback. Array.of and Object.setPrototypeOf may
    # run script code only as an implicit call (a subclass constructor, a
    # getter), which host code settles (runtime.sched.settle); Array.from,
    # find/findIndex and Map/Set forEach take callbacks and stay off the list.
    "is", "setPrototypeOf", "startsWith", "endsWith", "repeat", "padStart", "padEnd",
    "codePointAt", "normalize", "fromCodePoint", "raw", "trunc", "sign", "cbrt", "log2",
    "log10", "log1p", "expm1", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "hypot",
    "fround", "imul", "clz32", "isInteger", "isSafeInteger", "of", "fill", "copyWithin",
    "includes",
))
# Globals that are known never to block.
SYNC_GLOBALS = frozenset((
    "parseInt", "parseFloat", "isNaN", "isFinite", "String", "Number", "Boolean", "Object",
    "Array", "Date", "RegExp", "Error", "TypeError", "RangeError", "SyntaxError",
    "ReferenceError", "EvalError", "URIError", "encodeURIComponent", "decodeURIComponent",
    "encodeURI", "decodeURI", "escape", "unescape", "sendResp", "sendOK", "sendJSONResp",
    "echo", "requirelib", "exit",
    # their constructors read an iterable's script-defined iterator and
    # adder as implicit calls, settled like a getter's
    "Map", "Set", "WeakMap", "WeakSet", "Symbol",
))


class EffectInfo:
    """Side table: which functions are async and how each call is made."""

    def __init__(self):
        self.async_functions = set()  # id(function node or Program)
        self.call_modes = {}  # id(CallExpression/NewExpression) -> "sync"|"await"|"maybe"
        self.all_sync = True

    def is_async(self, fn_node):
        return id(fn_node) in self.async_functions

    def call_mode(self, call_node):
        return self.call_modes.get(id(call_node), "sync")


_BLOCKING_NAMES = BLOCKING_GLOBALS | DYNAMIC_CODE_GLOBALS | {"websocket", "http"}  # http: network waits


def _mentions_blocking(program, scopes, lazy_globals):
    """A blocking global named as a variable, or as ``this.delay`` (the
    global names the script reaches, needs.analyze_needs)."""
    for b in scopes.program_scope.bindings.values():
        if b.kind == "implicit" and b.name in _BLOCKING_NAMES:
            return True
    return any(name in _BLOCKING_NAMES for name in lazy_globals)


def _defined_property_names(program):
    from ajgi_tx.compiler.estree import walk

    names = set()
    for node in walk(program):
        if node.type == "AssignmentExpression" and node.left.type == "MemberExpression":
            prop = node.left.property
            if not node.left.computed:
                names.add(prop.name)
            elif prop.type == "Literal":  # o["push"] = ...
                names.add(str(prop.value))
        elif node.type == "CallExpression" and node.callee.type == "MemberExpression" \
                and not node.callee.computed and node.callee.property.name == "defineProperty" \
                and len(node.arguments) > 1 and node.arguments[1].type == "Literal":
            names.add(str(node.arguments[1].value))  # Object.defineProperty(o, "push", ...)
        elif node.type in ("Property", "MethodDefinition"):  # class methods override too
            key = node.key
            if key.type == "Identifier":
                names.add(key.name)
            elif key.type == "Literal":
                names.add(str(key.value))
    return names


def analyze_effects(program, scopes, lazy_globals=()):
    """Computes the :class:`EffectInfo` (see the module docstring);
    ``lazy_globals`` is needs.analyze_needs's answer."""
    info = EffectInfo()
    if not _mentions_blocking(program, scopes, lazy_globals):
        return info
    info.all_sync = False
    user_props = _defined_property_names(program)
    sync_methods = SYNC_METHODS - user_props
    if "*" in lazy_globals:
        # the global object may be any receiver, and its `includes` is the
        # AGI one that blocks
        sync_methods = sync_methods - {"includes"}

    # call sites per function: (call node, kind, target function nodes)
    sites = {}
    fn_nodes = [program] + [s.node for s in _all_scopes(scopes.program_scope)][1:]
    for fn in fn_nodes:
        body = fn.body if fn.type == "Program" else None
        lst = []
        for node in _walk_body(fn, body):
            if node.type in ("CallExpression", "NewExpression", "TaggedTemplateExpression"):
                lst.append(_classify(node, scopes, sync_methods))
        sites[id(fn)] = lst

    changed = True
    while changed:
        changed = False
        for fn in fn_nodes:
            if id(fn) in info.async_functions:
                continue
            for node, kind, targets in sites[id(fn)]:
                if kind in ("blocking", "unknown") or (
                        kind == "resolved" and any(id(t) in info.async_functions for t in targets)):
                    info.async_functions.add(id(fn))
                    changed = True
                    break
    for fn in fn_nodes:
        for node, kind, targets in sites[id(fn)]:
            if kind == "blocking":
                info.call_modes[id(node)] = "await"
            elif kind == "unknown":
                info.call_modes[id(node)] = "maybe"
            elif kind == "resolved" and any(id(t) in info.async_functions for t in targets):
                info.call_modes[id(node)] = "maybe"
    return info


def _walk_body(fn, body):
    if fn.type == "Program":
        from ajgi_tx.compiler.estree import iter_children

        stack = list(reversed(body))
        while stack:
            node = stack.pop()
            yield node
            if node.type in FUNCTION_NODE_TYPES:
                continue
            stack.extend(reversed(list(iter_children(node))))
    else:
        yield from walk_function_body(fn)


def _all_scopes(root):
    out = []
    stack = [root]
    while stack:
        s = stack.pop()
        out.append(s)
        stack.extend(reversed(s.children))
    return out


def _classify(call, scopes, sync_methods):
    """(node, kind, targets): kind is blocking | sync | resolved | unknown."""
    callee = call.tag if call.type == "TaggedTemplateExpression" else call.callee
    if callee.type == "Identifier":
        b = scopes.binding(callee)
        if b is not None and b.is_global and b.kind == "implicit":
            if callee.name in BLOCKING_GLOBALS:
                return (call, "blocking", ())
            if callee.name in SYNC_GLOBALS:
                return (call, "sync", ())
            return (call, "unknown", ())
        if b is not None and b.function_nodes and not b.other_assignment and b.kind in (
                "function", "var", "self", "global", "let", "const", "blockfn"):
            return (call, "resolved", tuple(b.function_nodes))
        if b is not None and b.kind == "self":
            return (call, "resolved", (b.scope.node,))
        return (call, "unknown", ())
    if callee.type == "MemberExpression" and not callee.computed:
        name = callee.property.name
        obj = callee.object
        if obj.type == "Identifier":
            b = scopes.binding(obj)
            if b is not None and b.kind == "implicit" and obj.name == "websocket":
                if name in BLOCKING_WEBSOCKET_METHODS:
                    return (call, "blocking", ())
                return (call, "sync", ())
            if b is not None and b.kind == "implicit" and obj.name in ("Math", "JSON", "Object",
                                                                       "String", "Number", "Date",
                                                                       "console", "Array"):
                if name in sync_methods or obj.name in ("Math", "console"):
                    return (call, "sync", ())
        if name in sync_methods and not (name in BLOCKING_GLOBALS and obj.type == "ThisExpression"):
            return (call, "sync", ())
        return (call, "unknown", ())
    if callee.type in ("FunctionExpression", "ArrowFunctionExpression"):
        return (call, "resolved", (callee,))
    return (call, "unknown", ())
