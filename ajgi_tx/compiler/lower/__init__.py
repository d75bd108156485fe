"""Pass 4: ESTree -> Python ``ast.Module``.

Input: the Program plus the ScopeInfo and EffectInfo side tables. Output:
a Python module defining ``_ajgi_main(this)`` (``async def`` when the top
level may block) whose body is the script's top level. Module globals are
the JS global object's property dict, so JS globals are Python globals;
runtime helpers are ``_ajgi_*`` names found in ``__builtins__``.

Dispatch is two literal tables below, keyed on ``node.type``; handlers are
``lower_<type>(lx, node)`` functions in ``statements.py``, ``expressions.py``
(operators, calls, names), ``literals.py`` (object and array literals),
``members.py`` (every ``o.x`` / ``o[k]`` read), ``functions.py``,
``targets.py`` and ``dynamic.py``; string concatenation is ``strings.py``,
the bitwise operators ``bitwise.py``; the walk's state is declared in
``state.py``.

Example::

    function add(a, b) { return a + b; }      def add(this, a=_ajgi_undef, b=_ajgi_undef, *_ajgi_rest):
                                                  return a + b if ... else _ajgi_add(a, b)
                                              add = _ajgi_fn(add, 'add', 2.0, _ajgi_realm)
"""

import ast

from ajgi_tx.compiler.lower import (
    calls, classes, dynamic, element_reads, expressions, functions, iteration, literals, members,
    statements, targets, templates,
)
from ajgi_tx.compiler.lower.state import Lowerer

STATEMENTS = {
    "ExpressionStatement": statements.lower_expression_statement,
    "VariableDeclaration": statements.lower_var,
    "EmptyStatement": statements.lower_empty,
    "FunctionDeclaration": statements.lower_function_declaration,
    "BlockStatement": statements.lower_block,
    "IfStatement": statements.lower_if,
    "ReturnStatement": statements.lower_return,
    "ThrowStatement": statements.lower_throw,
    "DebuggerStatement": statements.lower_debugger,
    "BreakStatement": statements.lower_break,
    "ContinueStatement": statements.lower_continue,
    "LabeledStatement": statements.lower_labeled,
    "SwitchStatement": statements.lower_switch,
    "TryStatement": statements.lower_try,
    "WithStatement": dynamic.lower_with,
    "WhileStatement": statements.lower_while,
    "DoWhileStatement": statements.lower_do_while,
    "ForStatement": statements.lower_for,
    "ForInStatement": statements.lower_for_in,
    "ForOfStatement": iteration.lower_for_of,
    "ClassDeclaration": classes.lower_class_declaration,
}

EXPRESSIONS = {
    "Literal": expressions.lower_literal,
    "Identifier": expressions.lower_identifier,
    "ThisExpression": expressions.lower_this,
    "BinaryExpression": element_reads.regions(expressions.lower_binary),
    "LogicalExpression": element_reads.regions(expressions.lower_logical),
    "ConditionalExpression": element_reads.regions(expressions.lower_conditional),
    "UnaryExpression": element_reads.regions(expressions.lower_unary),
    "SequenceExpression": expressions.lower_sequence,
    "MemberExpression": members.lower_member,
    "CallExpression": calls.lower_call,
    "NewExpression": calls.lower_new,
    "ObjectExpression": literals.lower_object,
    "ArrayExpression": literals.lower_array,
    "FunctionExpression": functions.lower_function_expression,
    "ArrowFunctionExpression": functions.lower_function_expression,
    "SpreadElement": iteration.lower_spread,
    "AssignmentExpression": targets.lower_assignment,
    "UpdateExpression": targets.lower_update,
    "TemplateLiteral": templates.lower_template,
    "TaggedTemplateExpression": templates.lower_tagged_template,
    "ClassExpression": classes.lower_class_expression,
    "MetaProperty": classes.lower_meta_property,
}


def lower_program(analysis, filename, source, options=None):
    """Lowers a whole script to an ``ast.Module`` (see module docstring);
    ``analysis`` is the compiler's :class:`~ajgi_tx.compiler.Analysis`.
    Returns ``(module, names of the runtime helpers it uses)``."""
    program = analysis.program
    lazy_globals = analysis.lazy_globals
    lx = Lowerer(program, analysis.scopes, analysis.effects, filename, source, analysis.names,
                 options, analysis.numeric, STATEMENTS, EXPRESSIONS, analysis.counters,
                 analysis.int_counters)
    body = functions.lower_main(lx, program)
    if lazy_globals:
        # the lazy globals (Math, JSON, Date) this code can reach, installed
        # into the realm when the module is loaded (compiler/needs.py)
        lx.b.at(program)
        names = lx.b.tuple([lx.b.const(n) for n in lazy_globals])
        body.insert(0, lx.b.expr_stmt(lx.b.rt_call("ensure", lx.b.rt("realm"), names)))
    module = ast.Module(body=body, type_ignores=[])
    return module, lx.b.used_helpers
