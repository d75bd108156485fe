"""Pass 1: JS text -> ESTree, restricted to ECMAScript 5.1.

Input: source text and a file name. Output: the esprima ``Program`` node,
never mutated afterwards. esprima-python parses ES2017, so after parsing
this pass refuses every construct newer than ES5.1 with
``CompileError(kind="unsupported")`` naming the construct and its place,
and turns esprima's own errors into ``CompileError`` (a JS SyntaxError).

Example: ``function* g() {}`` -> ``app.js:1:1: unsupported: generators``.
"""

from ajgi_tx.compiler.esprima_fast import load as _load_esprima

esprima = _load_esprima()

# esprima-python validates regex literals with Python's `re`, which rejects
# valid JS patterns (/[^]/, /\cJ/, /(a)\10/). The real check is JS's:
# lowering runs runtime.builtins.regexp.translate on every literal.
esprima.scanner.Scanner.testRegExp = lambda self, pattern, flags: None

from ajgi_tx.errors import CompileError
from ajgi_tx.compiler.estree import walk, position

_UNSUPPORTED_TYPES = {
    "ClassDeclaration": "classes",
    "ClassExpression": "classes",
    "TemplateLiteral": "template literals",
    "TaggedTemplateExpression": "tagged templates",
    "Super": "super",
    "MetaProperty": "new.target",
    "YieldExpression": "generators",
    "AwaitExpression": "async functions",
    "Import": "modules",
    "ImportDeclaration": "modules",
    "ExportNamedDeclaration": "modules",
    "ExportDefaultDeclaration": "modules",
    "ExportAllDeclaration": "modules",
}


STRICT_PREFIX = "'use strict';"


def parse_program(source, filename, strict=False):
    """Parses ``source`` as an ES5.1 Script; returns the ESTree Program.

    ``strict`` parses it as strict code (eval code called from strict code,
    10.1.1): a directive is put in front, on the same line, so only the
    first line's columns move."""
    if strict:
        source = STRICT_PREFIX + source
    try:
        program = esprima.parseScript(source, {"loc": True, "range": True})
    except esprima.Error as e:
        message = e.message or "syntax error"
        if message.startswith("Line ") and ": " in message:
            message = message.split(": ", 1)[1]
        raise CompileError(message, filename, e.lineNumber or 1, (e.column or 1), source) from None
    except RecursionError:
        raise CompileError("script nests too deeply to parse", filename, 1, 1, source) from None
    check_es5(program, filename, source)
    return program


def _refuse(node, what, filename, source):
    line, col = position(node)
    raise CompileError(what, filename, line, col + 1, source, kind="unsupported")


def check_es5(program, filename, source):
    """Raises CompileError(kind="unsupported") at the first ES2015+ construct."""
    pattern_properties = set()  # {a} in a pattern: no shorthand property of a literal
    for node in walk(program):
        t = node.type
        if t == "ObjectPattern":
            pattern_properties.update(id(p) for p in node.properties)
        what = _UNSUPPORTED_TYPES.get(t)
        if what is not None:
            _refuse(node, what, filename, source)
        if t in ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"):
            if node.generator:
                _refuse(node, "generators", filename, source)
            if node.isAsync or node.__dict__.get("async"):
                _refuse(node, "async functions", filename, source)
        elif t == "Property":
            if node.computed and id(node) not in pattern_properties:
                _refuse(node, "computed property names", filename, source)
            if node.shorthand and id(node) not in pattern_properties:
                _refuse(node, "shorthand properties", filename, source)
            if node.method:
                _refuse(node, "method definitions", filename, source)
        elif t in ("BinaryExpression", "AssignmentExpression") and node.operator in ("**", "**="):
            _refuse(node, "the ** operator", filename, source)
        elif t == "Literal":
            raw = node.raw or ""
            if node.regex is not None:
                flags = node.regex.flags
                if set(flags) - set("gimsuy") or len(set(flags)) != len(flags):
                    line, col = position(node)
                    raise CompileError("Invalid regular expression flags", filename, line, col + 1, source)
                if set(flags) - set("gim"):
                    _refuse(node, "regular expression flags %r" % flags, filename, source)
            elif isinstance(node.value, (int, float)) and raw[:2].lower() in ("0o", "0b"):
                _refuse(node, "binary and octal literals", filename, source)
            elif isinstance(node.value, str) and "\\u{" in raw:
                _refuse(node, "\\u{...} escapes", filename, source)
        elif t == "Identifier" and "\\u{" in (source[node.range[0]:node.range[1]] if node.range else ""):
            _refuse(node, "\\u{...} escapes", filename, source)
