"""Fixes for valid code esprima 4.0.1 refuses (found by trying node's
grammar against it; each fix has a test in tests/unit/test_parse_gaps.py).

- ``(-2) ** 2``: esprima refuses any UnaryExpression as the base of ``**``,
  parenthesised or not; only the unparenthesised form (``-2 ** 2``) is the
  SyntaxError the grammar asks for (ES2016 12.6).
- ``{async}`` / ``{async = 1}``: a shorthand property named ``async``
  followed by ``}`` or ``=`` is taken for the start of an async method.
- ``{let}`` / ``{yield}`` in sloppy code: shorthand properties named by
  words that are identifiers outside strict code are refused as keywords.
- ``o.br\u0065ak`` / ``{ \u0069f: 1 }``: a keyword spelled with escapes is
  a valid property name (ES2015 11.6.2), but the scanner refuses it
  everywhere. It is scanned as an identifier here; parse.py refuses it
  where a name would be a reference or a binding.
- A node starting with a template that spans lines (`` `a
  b`.length ``) got a negative start column (the token's line is its last
  one): compile() refuses such positions. The start is recomputed from
  the source text.

:func:`install` patches the parser class once; the rest of esprima is left
as it is.
"""

_SHORTHAND_WORDS = ("async", "let", "yield")


def _next_char(source, i):
    """The first character at or after ``i`` that is neither white space
    nor inside a comment ('' at the end)."""
    n = len(source)
    while i < n:
        c = source[i]
        if c in " \t\r\n\v\f\xa0\ufeff\u2028\u2029":
            i += 1
        elif source.startswith("//", i):
            j = source.find("\n", i)
            i = n if j < 0 else j
        elif source.startswith("/*", i):
            j = source.find("*/", i + 2)
            i = n if j < 0 else j + 2
        else:
            return c
    return ""


def _position(source, index):
    """(line, column) of ``index`` as esprima counts them (CR LF is one
    line terminator)."""
    line, start = 1, 0
    i = 0
    while True:
        j = min((k for k in (source.find(c, i) for c in "\n\r\u2028\u2029") if 0 <= k < index),
                default=-1)
        if j < 0:
            return line, index - start
        i = j + 2 if source.startswith("\r\n", j) else j + 1
        line, start = line + 1, i


def install(esprima):
    parser_mod = esprima.parser
    Parser = parser_mod.Parser
    if getattr(Parser, "_ajgi_gaps", False):
        return
    Node = esprima.nodes
    Syntax = esprima.syntax.Syntax
    Token = esprima.token.Token

    def parseExponentiationExpression(self):
        # ES2016 12.6: ExponentiationExpression's base is an UpdateExpression;
        # a UnaryExpression is allowed only inside parentheses.
        start = self.lookahead
        parenthesised = start.type is Token.Punctuator and start.value == "("
        expr = self.inheritCoverGrammar(self.parseUnaryExpression)
        if self.match("**") and (expr.type is not Syntax.UnaryExpression or parenthesised):
            self.nextToken()
            self.context.isAssignmentTarget = False
            self.context.isBindingElement = False
            right = self.isolateCoverGrammar(self.parseExponentiationExpression)
            expr = self.finalize(self.startNode(start), Node.BinaryExpression("**", expr, right))
        return expr

    original_property = Parser.parseObjectProperty

    def parseObjectProperty(self, hasProto):
        token = self.lookahead
        if token.type in (Token.Identifier, Token.Keyword) and token.value in _SHORTHAND_WORDS \
                and not (token.value != "async" and self.context.strict):
            follow = _next_char(self.scanner.source, token.end)
            if follow in ("}", "=", ",") and not (follow == "," and token.value == "async"):
                return _shorthand(self, token)
        return original_property(self, hasProto)

    def _shorthand(self, token):
        node = self.createNode()
        self.nextToken()
        ident = self.finalize(node, Node.Identifier(token.value))
        value = ident
        if self.match("="):
            # a CoverInitializedName, valid only as a destructuring target
            self.context.firstCoverInitializedNameError = self.lookahead
            self.nextToken()
            init = self.isolateCoverGrammar(self.parseAssignmentExpression)
            value = self.finalize(node, Node.AssignmentPattern(ident, init))
        return self.finalize(node, Node.Property("init", ident, False, value, False, True))

    original_start = Parser.startNode

    def startNode(self, token, lastLineStart=0):
        if token.start - token.lineStart < 0 and not lastLineStart:
            line, column = _position(self.scanner.source, token.start)
            return parser_mod.Marker(index=token.start, line=line, column=column)
        return original_start(self, token, lastLineStart)

    Parser.startNode = startNode

    Scanner = esprima.scanner.Scanner
    escaped_message = esprima.messages.Messages.InvalidEscapedReservedWord
    original_tolerate = Scanner.tolerateUnexpectedToken
    original_identifier = Scanner.scanIdentifier

    def tolerateUnexpectedToken(self, message=esprima.messages.Messages.UnexpectedTokenIllegal):
        if message == escaped_message:
            self._ajgi_escaped_keyword = True
            return
        original_tolerate(self, message)

    def scanIdentifier(self):
        token = original_identifier(self)
        if self._ajgi_escaped_keyword:
            self._ajgi_escaped_keyword = False
            token.type = Token.Identifier
        return token

    Scanner._ajgi_escaped_keyword = False
    Scanner.tolerateUnexpectedToken = tolerateUnexpectedToken
    Scanner.scanIdentifier = scanIdentifier
    Parser.parseExponentiationExpression = parseExponentiationExpression
    Parser.parseObjectProperty = parseObjectProperty
    Parser._ajgi_gaps = True
