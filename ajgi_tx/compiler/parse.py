"""Pass 1: JS text -> ESTree, restricted to what the compiler implements.

Input: source text and a file name. Output: the esprima ``Program`` node,
never mutated afterwards. esprima-python parses ES2017; after parsing this
pass refuses every construct the compiler leaves out (generators, async
functions, modules, and the constructs not lowered yet) with
``CompileError(kind="unsupported")`` naming the construct and its place,
and turns esprima's own errors into ``CompileError`` (a JS SyntaxError).
Syntax newer than esprima (``a?.b``, ``a ?? b``) is recognised where
esprima stops at it and refused the same way. esprima's own gaps on valid
code are fixed in :mod:`ajgi_tx.compiler.esprima_gaps`.

Example: ``function* g() {}`` -> ``app.js:1:1: unsupported: generators``.
"""

from ajgi_tx.compiler.esprima_fast import load as _load_esprima
from ajgi_tx.compiler.esprima_gaps import install as _install_gap_fixes

esprima = _load_esprima()
_install_gap_fixes(esprima)

# esprima-python validates regex literals with Python's `re`, which rejects
# valid JS patterns (/[^]/, /\cJ/, /(a)\10/). The real check is JS's:
# lowering runs runtime.builtins.regexp.translate on every literal.
esprima.scanner.Scanner.testRegExp = lambda self, pattern, flags: None

from ajgi_tx.errors import CompileError
from ajgi_tx.compiler.estree import walk, position

_UNSUPPORTED_TYPES = {
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
        _refuse_newer_syntax(e, filename, source)
        message = e.message or "syntax error"
        if message.startswith("Line ") and ": " in message:
            message = message.split(": ", 1)[1]
        raise CompileError(message, filename, e.lineNumber or 1, (e.column or 1), source) from None
    except RecursionError:
        raise CompileError("script nests too deeply to parse", filename, 1, 1, source) from None
    check_es5(program, filename, source)
    return program


# Tokens esprima 4.0.1 does not know, by the text where it stops: it reads
# ``a?.b`` as a conditional and fails at the ``.``, ``a ?? b`` at the second
# ``?``, and a script's ``import``/``export`` declaration at its keyword.
_NEWER_TOKENS = (("?.", -1, "optional chaining"), ("??", -1, "the ?? operator"),
                 ("import", 0, "modules"), ("export", 0, "modules"))


def _refuse_newer_syntax(error, filename, source):
    i = error.index
    if i is None:
        return
    for text, back, what in _NEWER_TOKENS:
        at = i + back
        if at >= 0 and source.startswith(text, at):
            end = at + len(text)
            if text[0].isalpha() and end < len(source) and (source[end].isalnum() or source[end] in "_$"):
                continue
            raise CompileError(what, filename, error.lineNumber or 1, (error.column or 1) + back,
                               source, kind="unsupported") from None


def _refuse(node, what, filename, source):
    line, col = position(node)
    raise CompileError(what, filename, line, col + 1, source, kind="unsupported")


def _refuse_kind_of_function(fn, where, filename, source):
    if fn.generator:
        _refuse(where, "generators", filename, source)
    if fn.isAsync or fn.__dict__.get("async"):
        _refuse(where, "async functions", filename, source)


# Reserved words (and literals) that an Identifier node can only carry when
# spelled with escapes (esprima_gaps): valid only as property names.
_RESERVED = frozenset((
    "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
    "else", "enum", "export", "extends", "finally", "for", "function", "if", "import", "in",
    "instanceof", "new", "return", "super", "switch", "this", "throw", "try", "typeof", "var",
    "void", "while", "with", "null", "true", "false",
))


def _property_names(node, names):
    """Records the Identifier nodes of ``node`` that are property names."""
    t = node.type
    if t == "MemberExpression" and not node.computed:
        names.add(id(node.property))
    elif t in ("Property", "MethodDefinition") and not node.computed and not node.shorthand:
        names.add(id(node.key))
    elif t == "MetaProperty":  # new.target: its words are no references
        names.add(id(node.meta))
        names.add(id(node.property))


def _contextual_words(node, source):
    """The source text of ``new.target``, or of a method's ``static`` /
    ``get`` / ``set`` prefix: words that may not be spelled with escapes."""
    if node.type == "MetaProperty":
        return source[node.range[0]:node.range[1]]
    if node.type == "Property" and node.kind == "init":
        return ""
    return source[node.range[0]:node.key.range[0]] if node.key.range else ""


def check_es5(program, filename, source):
    """Raises CompileError(kind="unsupported") at the first construct left
    out, and a SyntaxError at an escaped keyword used as a name."""
    property_names = set()
    for node in walk(program):
        t = node.type
        _property_names(node, property_names)
        if t == "Identifier" and node.name in _RESERVED and id(node) not in property_names:
            line, col = position(node)
            raise CompileError("Keyword must not contain escaped characters", filename, line, col + 1,
                               source)
        if t in ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"):
            # before the table: an async arrow is refused as an async function
            _refuse_kind_of_function(node, node, filename, source)
        elif t in ("Property", "MethodDefinition") and node.value is not None \
                and node.value.type == "FunctionExpression":
            # a method is refused at its name, not at its parameter list
            _refuse_kind_of_function(node.value, node, filename, source)
        if t in ("MetaProperty", "MethodDefinition", "Property") and node.range and "\\" in _contextual_words(node, source):
            line, col = position(node)
            raise CompileError("Keyword must not contain escaped characters", filename, line, col + 1,
                               source)
        what = _UNSUPPORTED_TYPES.get(t)
        if what is not None:
            _refuse(node, what, filename, source)
        if t == "Literal":
            if node.regex is not None:
                flags = node.regex.flags
                if set(flags) - set("gimsuy") or len(set(flags)) != len(flags):
                    line, col = position(node)
                    raise CompileError("Invalid regular expression flags", filename, line, col + 1, source)
                if set(flags) - set("gimy"):
                    _refuse(node, "regular expression flags %r" % flags, filename, source)

