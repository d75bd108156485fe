"""The ES2015 selection of test262 (``run_test262.py --rule es2015``).

Issue 13 asks for the ES2015 core: let/const, arrows, templates, classes,
destructuring, default/rest parameters, spread, for-of, computed keys,
shorthand properties and methods, ``**``, 0o/0b literals, Symbol, Map, Set,
WeakMap, WeakSet and a list of ES2015 methods on Object, Array, String,
Number and Math. This module decides which test262 files measure exactly
that (the rule, with its reasons, is written down in README.md):

A file under test/built-ins, test/language or test/annexB (not a
``_FIXTURE``) is selected iff it is not in the ES5.1 selection (``--rule
es5``; the ES5 tests the ES5 run skips for their ES2015 syntax are taken
here instead), its flags hold none of module/async/CanBlockIs*, and

1. *tagged*: every tag of its ``features:`` (and of its includes'
   ``features:``) is in :data:`ACCEPTED_FEATURES`; or
2. *untagged*: it has no ``features:`` and its path is under one of
   :data:`UNTAGGED_DIRS` (the directories of the in-scope constructs and
   built-ins),

and its code uses nothing out of scope: no out-of-scope syntax (generators,
async functions, ``yield``/``await`` expressions, modules, ``import()``;
found in the esprima tree, or by a text scan in parse-time negative tests
and in the tests esprima 4.0.1 cannot parse), no absent global (:data:`ABSENT_GLOBALS`: Reflect, Proxy, Promise,
typed arrays, ``$262``...), no well-known symbol outside
:data:`ACCEPTED_SYMBOL_MEMBERS` (``Symbol.species``, ``Symbol.toPrimitive``...
are protocols issue 13 does not ask for), and no include from
:data:`EXCLUDED_INCLUDES`.

``onlyStrict`` tests are selected and run in strict mode only (class code
is strict anyway; the ES5 rule leaves them out).
"""

import os
import re

# ES2015+ feature tags inside issue 13's scope. ``exponentiation`` and
# ``Array.prototype.includes`` are ES2016, asked for by the issue.
ACCEPTED_FEATURES = frozenset((
    # syntax
    "let", "const", "arrow-function", "template", "computed-property-names",
    "default-parameters", "rest-parameters", "destructuring-binding",
    "destructuring-assignment", "for-of", "class", "super", "new.target", "exponentiation",
    # built-ins
    "Symbol", "Symbol.iterator", "Map", "Set", "WeakMap", "WeakSet", "Object.is",
    "Array.prototype.includes", "Array.prototype.values",
    "String.prototype.includes", "String.prototype.endsWith", "String.fromCodePoint",
))

# Why the notable ES2015-era tags are left out (README.md repeats this);
# every tag not in ACCEPTED_FEATURES excludes a test.
EXCLUDED_FEATURE_REASONS = {
    "generators": "generators are refused at compile time (issue 13: out of scope)",
    "async-functions": "async functions are refused at compile time",
    "async-iteration": "async functions/generators are refused",
    "Promise": "Promise is an absent global (out of scope)",
    "Proxy": "Proxy is an absent global",
    "Reflect": "Reflect is an absent global",
    "Reflect.construct": "Reflect is an absent global",
    "TypedArray": "typed arrays are absent globals",
    "ArrayBuffer": "typed arrays are absent globals",
    "DataView": "typed arrays are absent globals",
    "Symbol.species": "subclass-aware creation of built-ins (@@species) is not in the issue",
    "Symbol.toPrimitive": "the @@toPrimitive conversion hook is not in the issue",
    "Symbol.toStringTag": "the @@toStringTag hook of Object.prototype.toString is not in the issue",
    "Symbol.hasInstance": "the @@hasInstance hook of instanceof is not in the issue",
    "Symbol.isConcatSpreadable": "the @@isConcatSpreadable hook is not in the issue",
    "Symbol.unscopables": "@@unscopables (with statements) is not in the issue",
    "Symbol.match": "RegExp symbol protocols are not in the issue",
    "Symbol.replace": "RegExp symbol protocols are not in the issue",
    "Symbol.search": "RegExp symbol protocols are not in the issue",
    "Symbol.split": "RegExp symbol protocols are not in the issue",
    "tail-call-optimization": "proper tail calls: no engine ships them",
    "cross-realm": "needs $262.createRealm (no second realm in a test)",
    "__proto__": "Annex B __proto__ in object literals is not in the issue",
    "object-rest": "ES2018 object rest/spread is not in the issue",
    "object-spread": "ES2018 object rest/spread is not in the issue",
    "class-fields-public": "class fields (ES2022) are not in the issue",
    "class-fields-private": "class fields (ES2022) are not in the issue",
    "class-methods-private": "private methods (ES2022) are not in the issue",
    "class-static-fields-public": "class fields (ES2022) are not in the issue",
    "class-static-fields-private": "class fields (ES2022) are not in the issue",
    "class-static-methods-private": "private methods (ES2022) are not in the issue",
    "class-static-block": "static blocks (ES2022) are not in the issue",
    "optional-chaining": "refused at compile time",
    "coalesce-expression": "refused at compile time",
    "globalThis": "ES2020 global, not in the issue",
    "stable-array-sort": "ES2019 requirement, not in the issue",
    "for-in-order": "ES2020 requirement, not in the issue",
    "u180e": "ES2016 Unicode change, not in the issue",
    "optional-catch-binding": "ES2019 syntax, not in the issue",
    "json-superset": "ES2019 syntax, not in the issue",
    "Symbol.prototype.description": "ES2019, not in the issue",
}

# Directories (path prefixes) whose untagged tests are ES2015 tests of an
# in-scope construct or built-in. test262 leaves many ES2015 tests untagged
# (the tags came later), e.g. most of String.prototype.repeat.
UNTAGGED_DIRS = (
    # let/const, blocks, loops with lexical heads, switch case scopes, global lexical declarations
    "test/language/statements/let/", "test/language/statements/const/",
    "test/language/block-scope/", "test/language/statements/for/",
    "test/language/statements/for-in/", "test/language/statements/for-of/",
    "test/language/statements/switch/", "test/language/global-code/",
    # functions, classes, objects
    "test/language/expressions/arrow-function/", "test/language/rest-parameters/",
    "test/language/statements/class/", "test/language/expressions/class/",
    "test/language/expressions/super/", "test/language/expressions/new.target/",
    "test/language/expressions/object/", "test/language/computed-property-names/",
    "test/language/expressions/assignment/dstr/", "test/language/destructuring/",
    "test/language/expressions/template-literal/", "test/language/expressions/tagged-template/",
    "test/language/expressions/exponentiation/",
    "test/language/literals/numeric/binary", "test/language/literals/numeric/octal",
    # built-ins
    "test/built-ins/Symbol/", "test/built-ins/Map/", "test/built-ins/Set/",
    "test/built-ins/WeakMap/", "test/built-ins/WeakSet/",
    "test/built-ins/MapIteratorPrototype/", "test/built-ins/SetIteratorPrototype/",
    "test/built-ins/ArrayIteratorPrototype/", "test/built-ins/StringIteratorPrototype/",
    "test/built-ins/Object/assign/", "test/built-ins/Object/is/", "test/built-ins/Object/entries/",
    "test/built-ins/Object/values/", "test/built-ins/Object/getOwnPropertySymbols/",
    "test/built-ins/Object/setPrototypeOf/",
    # ES2015 made these accept primitives (ToObject instead of a TypeError)
    "test/built-ins/Object/keys/", "test/built-ins/Object/getOwnPropertyNames/",
    "test/built-ins/Object/getOwnPropertyDescriptor/", "test/built-ins/Object/getPrototypeOf/",
    "test/built-ins/Object/freeze/", "test/built-ins/Object/seal/",
    "test/built-ins/Object/preventExtensions/", "test/built-ins/Object/isExtensible/",
    "test/built-ins/Object/isFrozen/", "test/built-ins/Object/isSealed/",
    "test/built-ins/Array/from/", "test/built-ins/Array/of/",
) + tuple("test/built-ins/Array/prototype/%s/" % m for m in (
    "find", "findIndex", "fill", "includes", "keys", "values", "entries", "copyWithin",
    "Symbol.iterator")) + tuple("test/built-ins/String/prototype/%s/" % m for m in (
        "includes", "startsWith", "endsWith", "repeat", "padStart", "padEnd", "codePointAt",
        "normalize", "Symbol.iterator")) + (
    "test/built-ins/String/fromCodePoint/", "test/built-ins/String/raw/",
) + tuple("test/built-ins/Number/%s/" % m for m in (
    "isFinite", "isInteger", "isNaN", "isSafeInteger", "parseFloat", "parseInt", "EPSILON",
    "MAX_SAFE_INTEGER", "MIN_SAFE_INTEGER")) + tuple("test/built-ins/Math/%s/" % m for m in (
        "trunc", "sign", "cbrt", "log2", "log10", "log1p", "expm1", "sinh", "cosh", "tanh",
        "asinh", "acosh", "atanh", "hypot", "fround", "imul", "clz32"))

# Untagged files under UNTAGGED_DIRS that test something else.
UNTAGGED_EXCLUDED_SUBSTRINGS = (
    "/__proto__",  # Annex B __proto__ in object literals (see EXCLUDED_FEATURE_REASONS)
)

EXCLUDED_FLAGS = frozenset(("module", "async", "CanBlockIsFalse", "CanBlockIsTrue"))

# Globals ajgi_tx does not provide (issue 13: absent, not refused), and the
# test262 host object.
ABSENT_GLOBALS = frozenset((
    "Reflect", "Proxy", "Promise", "ArrayBuffer", "SharedArrayBuffer", "DataView",
    "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
    "Uint32Array", "Float16Array", "Float32Array", "Float64Array", "BigInt64Array",
    "BigUint64Array", "BigInt", "Atomics", "globalThis", "WeakRef", "FinalizationRegistry",
    "Intl", "Temporal", "AggregateError", "Iterator", "ShadowRealm", "$262", "$DONE",
    "asyncTest", "testWithTypedArrayConstructors",
))
# ``Symbol.<name>`` members a test may use.
ACCEPTED_SYMBOL_MEMBERS = frozenset(("iterator", "for", "keyFor", "prototype", "length", "name"))

# Harness files that exist for out-of-scope features.
EXCLUDED_INCLUDES = frozenset((
    "asyncHelpers.js", "promiseHelper.js", "testTypedArray.js", "testBigIntTypedArray.js",
    "testAtomics.js", "atomicsHelper.js", "detachArrayBuffer.js", "byteConversionValues.js",
    "testIntl.js", "testIntlNumberFormat.js", "temporalHelpers.js", "resizableArrayBufferUtils.js",
    "proxyTrapsHelper.js", "wellKnownIntrinsicObjects.js", "tcoHelper.js", "iteratorZipUtils.js",
    "isConstructor.js", "hidden-constructors.js", "nativeFunctionMatcher.js",
))

# Out-of-scope syntax in a parse-time negative test (esprima rejects those
# by design, so they are scanned as text).
# ``yield``/``await`` alone are identifiers (their early errors are in
# scope); generator and async forms, modules, ``?.``/``??``, private names
# and BigInt literals are not.
_TEXT_SYNTAX = re.compile(r"\basync\s+(function\b|\(|[\w$]+\s*(=>|\())|\b(import|export)\b|function\s*\*"
                          r"|\*\s*[\w$\[]+\s*\(|\?\.(?!\d)|\?\?|#[A-Za-z_$]|\b\d+n\b")
_COMMENTS = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)

_esprima = None


def _parser():
    """esprima, with regexp bodies accepted as the compiler accepts them
    (its scanner checks patterns with Python's ``re``, which rejects valid
    JS patterns)."""
    global _esprima
    if _esprima is None:
        import esprima

        esprima.scanner.Scanner.testRegExp = lambda self, pattern, flags: None
        _esprima = esprima
    return _esprima


def _walk(node, out):
    """Collects out-of-scope uses in an esprima tree into ``out`` (a set of
    reason strings)."""
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, list):
            stack.extend(n)
            continue
        t = getattr(n, "type", None)
        if t is None:
            continue
        if getattr(n, "generator", False):
            out.add("syntax: generator")
        if getattr(n, "isAsync", False) or getattr(n, "async", False):
            out.add("syntax: async function")
        if t in ("YieldExpression", "AwaitExpression", "Import", "ImportDeclaration",
                 "ExportNamedDeclaration", "ExportDefaultDeclaration", "ExportAllDeclaration"):
            out.add("syntax: " + t)
        elif t == "Identifier" and n.name in ABSENT_GLOBALS:
            out.add("global: " + n.name)
        elif t == "MemberExpression":
            obj, prop = n.object, n.property
            if (not n.computed and getattr(obj, "type", None) == "Identifier" and obj.name == "Symbol"
                    and prop.name not in ACCEPTED_SYMBOL_MEMBERS):
                out.add("symbol: Symbol." + prop.name)
            stack.append(obj)
            if n.computed:
                stack.append(prop)
            continue
        elif t == "Property" and not n.computed:
            stack.append(n.value)
            continue
        for k, v in vars(n).items():
            if k in ("loc", "range", "type") or not v:
                continue
            if isinstance(v, list) or hasattr(v, "type"):
                stack.append(v)
    return out


def source_problems(source, negative_parse):
    """The out-of-scope uses in one script's text (empty when none)."""
    if negative_parse:
        return _text_problems(source, "syntax (negative test): ")
    esprima = _parser()
    try:
        tree = esprima.parseScript(source)
    except Exception:
        # Valid code esprima 4.0.1 rejects: an esprima gap (escaped keywords
        # as property names, ``for (let.x of ...)``...), which the parse
        # layer must handle (issue 13), unless the text shows syntax beyond
        # the scope.
        return _text_problems(source, "syntax (esprima cannot parse): ")
    return _walk(tree, set())


def _text_problems(source, label):
    m = _TEXT_SYNTAX.search(_COMMENTS.sub(" ", source))
    return {label + m.group(0).strip()} if m else set()


class Es2015Rule:
    """The rule, with a cache of the verdicts on harness files."""

    def __init__(self, root, es5_paths, es5_skipped_for_syntax=()):
        self.root = root
        self.es5_paths = set(es5_paths)
        self.es5_skipped_for_syntax = set(es5_skipped_for_syntax)
        self._include_cache = {}

    def include_problems(self, name, parse_frontmatter):
        if name not in self._include_cache:
            problems = set()
            if name in EXCLUDED_INCLUDES:
                problems.add("include: " + name)
            path = os.path.join(self.root, "harness", name)
            if not os.path.isfile(path):
                problems.add("include missing: " + name)
            else:
                with open(path, encoding="utf-8") as fh:
                    text = fh.read()
                feats = parse_frontmatter(text).get("features") or ()
                problems.update("feature: %s (via %s)" % (f, name) for f in feats
                                if f not in ACCEPTED_FEATURES)
                # Only syntax: harness files guard their uses of other
                # globals (deepEqual.js formats with Reflect.ownKeys only
                # when describing a mismatch).
                problems.update(p for p in source_problems(text, False) if p.startswith("syntax"))
            self._include_cache[name] = problems
        return self._include_cache[name]

    def verdict(self, rel, source, meta, parse_frontmatter):
        """None when selected; otherwise the reasons it is not (a set), or
        the string "not ES2015" for files that are no candidate at all."""
        if rel in self.es5_paths and rel not in self.es5_skipped_for_syntax:
            return "not ES2015"
        flags = set(meta.get("flags") or ())
        if flags & EXCLUDED_FLAGS:
            return {"flag: " + f for f in flags & EXCLUDED_FLAGS}
        feats = meta.get("features") or ()
        reasons = set()
        if feats:
            reasons.update("feature: " + f for f in feats if f not in ACCEPTED_FEATURES)
        elif rel not in self.es5_skipped_for_syntax:
            if not rel.startswith(UNTAGGED_DIRS):
                return "not ES2015"
            if any(s in rel for s in UNTAGGED_EXCLUDED_SUBSTRINGS):
                reasons.add("untagged: Annex B __proto__")
        if reasons:
            return reasons
        for inc in meta.get("includes") or ():
            reasons.update(self.include_problems(inc, parse_frontmatter))
        negative = meta.get("negative") or {}
        reasons.update(source_problems(source, negative.get("phase") in ("parse", "early")))
        return reasons or None


def modes(meta):
    """The run modes of a selected ES2015 test: onlyStrict tests strict only."""
    flags = set(meta.get("flags") or ())
    return ["strict"] if "onlyStrict" in flags else ["sloppy"]
