"""THE contract between generated code and the runtime: a table.

Compiled modules refer to helpers as ``_ajgi_<name>``; they are looked up
in the ``__builtins__`` mapping of the module's globals, which is
:data:`HELPERS` (built from :data:`EXPORTS`). Per-realm values (``_ajgi_G``
the global object, ``_ajgi_OP``/``_ajgi_AP`` the Object/Array prototypes,
``_ajgi_realm``) are stored in the global object's dict itself by
:func:`bind_realm`. The implementations live in the modules that own them
(``functions``, ``globalvars``, ``members``, ``operators``, ``envs``,
``caught``, ``ops``, the built-ins); this module only names them.

:data:`ABI_FINGERPRINT` is a hash of every export's name and signature
(:func:`fingerprint`): any change of the table changes it. It is part of
the compile-cache key and stored in every cache entry, so a module compiled
against another ABI is recompiled, never run; ``compile_source`` checks
that every helper the lowering used is exported (``tests/unit/test_abi.py``
checks it for every name the compiler can emit).
"""

import hashlib
import math
import types

from runtime import (
    caught, classes, conversions, count_loops, envs, functions, globalvars, index_loops, iteration, lexical, limits,
    members, operators, properties, sched, templates,
)
from runtime.errors import JSThrow
from runtime.values import Accessor, FunctionType, HOLE, JSArray, JSInternal, JSObject, make_array, make_object, null, undefined
from runtime.builtins.regexp import regexp_create as _regexp_create
from runtime.builtins import array as _array, math as _math, regexp as _regexp, string as _string
from runtime.builtins.string import CHAR_OF_CODE, CHARS, char_from_code
from runtime.builtins.pristine import publish_array_iteration

# used by the host (ajgi_tx/runner.py, runtime/realm.py) through this module
js_error_value = caught.js_error_value
throw_type_error_function = functions.throw_type_error_function

EXPORTS = {
    # values
    "undef": undefined, "null": null, "NaN": math.nan, "Inf": math.inf, "HOLE": HOLE,
    "type": type, "float": float, "str": str, "len": len, "Coro": types.CoroutineType,
    "Exception": Exception, "JSThrow": JSThrow, "JSObject": JSObject, "JSArray": JSArray, "JSInternal": JSInternal, "Function": FunctionType, "int": int,
    "trunc": math.trunc, "chr": chr,
    "numstr": operators.numstr, "lt_bound": operators.lt_bound, "NUMBER_STRINGS": operators.NUMBER_STRINGS, "INT_STRINGS": operators.INT_STRINGS, "FLOATS": operators.FLOATS, "catstr": operators.catstr,
    # a concatenation that can double a string checks its length inline (runtime/limits.py)
    "strmax": limits.MAX_STRING_LENGTH, "strlong": limits.string_too_long, "arrmax": limits.MAX_ARRAY_ELEMENTS,
    "Accessor": Accessor, "MISSING_AS_ACCESSOR": members.MISSING_AS_ACCESSOR,
    # scheduling
    "flag": sched.FLAG, "preempt": sched.preempt, "apreempt": sched.apreempt,
    # functions
    "fn": functions.make_function, "sloppy_this": functions.sloppy_this,
    "arguments": functions.make_arguments,
    # globals
    "declare_globals": globalvars.declare_globals, "gget": globalvars.gget, "gput": globalvars.gput,
    "sgput": globalvars.sgput, "typeof_global": globalvars.typeof_global,
    "delete_name": globalvars.delete_name, "ensure": globalvars.ensure,
    # properties
    "getn": properties.get_named, "getm": properties.get_member, "putn": properties.put_named, "putm": properties.put_member,
    "sputn": members.sputn, "sputm": members.sputm, "ckey": members.ckey,
    "delete_member": members.delete_member,
    "preinc_n": members.preinc_n, "postinc_n": members.postinc_n, "predec_n": members.predec_n,
    "postdec_n": members.postdec_n, "preinc_m": members.preinc_m, "postinc_m": members.postinc_m,
    "predec_m": members.predec_m, "postdec_m": members.postdec_m,
    # operators
    "typeof": conversions.typeof, "add": operators.add, "addn": operators.addn, "sub": operators.sub, "mul": operators.mul,
    "div": operators.div, "mod": operators.mod, "pow": operators.exponentiate, "neg": operators.neg, "tonum": operators.tonum, "bit_and": operators.bit_and,
    "bit_or": operators.bit_or, "bit_xor": operators.bit_xor, "bit_not": operators.bit_not, "shl": operators.shl,
    "sar": operators.sar, "shr": operators.shr, "in_": operators.in_operator, "instanceof": operators.instance_of,
    "seq": operators.strict_equals, "leq": operators.loose_equals, "nullish": operators.nullish, "lt": operators.lt,
    "gt": operators.gt, "le": operators.le, "ge": operators.ge, "inc": operators.inc, "dec": operators.dec, "new": functions.new,
    # literals
    "obj": make_object, "obj_accessors": members.obj_accessors, "arr": make_array,
    "regexp": _regexp_create,  # a new RegExp per evaluation of a literal (ES5)
    "template": templates.template_object, "tostring": conversions.to_string,
    # ES2015 object literals, classes, super, new.target (runtime/classes.py)
    "pkey": classes.property_key, "obj_literal": classes.object_literal, "set_homes": classes.set_homes,
    "method": classes.method, "define_class": classes.define_class, "NO_PARENT": classes.NO_PARENT,
    "class_call_error": classes.class_call_error, "super_call": classes.super_call,
    "super_get": classes.super_get, "this_checked": classes.this_checked,
    "super_set": classes.super_set, "super_update": classes.super_update,
    "object_rest": classes.object_rest, "super_delete": classes.super_delete,
    "function_reading_new_target": classes.function_reading_new_target,
    "UNINITIALIZED": classes.UNINITIALIZED,
    # run-time scopes (eval, with)
    "Env": envs.Env, "ObjectEnv": envs.ObjectEnv, "undef_env": None, "dget": envs.dget,
    "dput": envs.dput, "dref": envs.dref, "dresolve": envs.dresolve, "dget_at": envs.dget_at,
    "dput_at": envs.dput_at, "dtypeof": envs.dtypeof, "ddelete": envs.ddelete,
    "with_object": envs.to_with_object, "deval": envs.deval, "declare_eval_vars": envs.declare_eval_vars,
    "declare_eval_function": envs.declare_eval_function,
    # let/const: the temporal dead zone, constants, per-iteration boxes (runtime/lexical.py)
    "tdz": lexical.TDZ, "tdz_error": lexical.tdz_error, "tdz_put": lexical.tdz_put,
    "const_assign": lexical.const_assign, "box_put": lexical.box_put,
    # exceptions and loops
    "catchval": caught.catchval, "forin": properties.for_in_keys, "forin_has": properties.for_in_still_present,
    # for (k = 0; k < a.length; k++) (compiler/lower/array_loops.py)
    "index_loop": index_loops.index_loop, "HOLES": index_loops.HOLES,
    "range": range, "count_range": count_loops.count_range, "iter": iter,
    "alloc": object.__new__,  # a JSObject without __init__, its slots stored inline
    # fast paths of pristine built-ins (runtime/builtins/pristine.py);
    # "pristine_String" is per-realm (the String constructor) once installed
    "pristine_String": None, "CHAR_OF_CODE": CHAR_OF_CODE, "CHARS": CHARS, "char_from_code": char_from_code,
    "String_fromCharCode": _string.string_fromCharCode,
    # the pristine Array, String and RegExp prototypes (per-realm) and their
    # methods (Array_push...), called directly while those are
    # (compiler/lower/intrinsics.py)
    "pristine_ArrayPrototype": None, "pristine_StringPrototype": None,
    "pristine_RegExpPrototype": None, "Array_push1": _array.array_push_one,
    # per-realm: Array.prototype while no prototype of an array can intercept
    # a new index (builtins/pristine.py), for the inline push
    "plain_ArrayPrototype": None,
    # /re/.test(s) without making the RegExp (compiler/lower/regexp_literals.py)
    "regexp_literal_test": _regexp.regexp_literal_test,
    # exec results only read by index: the re.Match in place of the array (compiler/regexp_matches.py)
    "RegExp_exec_unboxed": _regexp.EXEC_UNBOXED, "Match": _regexp.Match,
    # per-realm: the realm's parseInt once installed (builtins/globals.py, compiler/lower/parse_int.py)
    "pristine_parseInt": None,
    # the pristine Math object (per-realm), its methods (Math_sqrt...) and the
    # float-only cores the inline forms call
    "pristine_Math": None, "fsqrt": math.sqrt, "fabs": abs,
    # ES2015 functions, spread, destructuring, for-of (runtime/iteration.py)
    "arrow": functions.make_arrow, "param_tdz": functions.param_tdz, "spread": iteration.spread_list,
    "spread_args": iteration.spread_arguments, "iterate": iteration.iterate,
    "iter_abort": iteration.abort, "array_of": iteration.array_from_list,
    "iter_open": iteration.open_iterator, "iter_next": iteration.next_value,
    "iter_skip": iteration.skip_value, "iter_rest": iteration.rest_array,
    "iter_finish": iteration.finish, "iter_close_thrown": iteration.close_thrown,
    "coercible": iteration.coercible,
    # per-realm: Array.prototype while arrays iterate as built (builtins/pristine.py)
    "pristine_ArrayIteration": None, "iter_array": iteration.array_values,
}
for _kind, _module in (("Array", _array), ("String", _string), ("RegExp", _regexp)):
    EXPORTS.update(("%s_%s" % (_kind, _name), _fn) for _name, (_fn, _) in _module.PROTO_METHODS.items())
EXPORTS.update(("Math_" + _name, _fn) for _name, (_fn, _) in _math.METHODS.items())

HELPERS = {"_ajgi_" + k: v for k, v in EXPORTS.items()}
limits.share_string_limit(HELPERS)  # _ajgi_strmax and _ajgi_arrmax follow limits.configure

# Names compiled code reads from the realm's own global dict (bind_realm).
# The pristine_* exports are None here and shadowed there while the
# built-in is pristine (runtime/builtins/pristine.py's publish).
PER_REALM = ("G", "OP", "AP", "realm")


def _signature(value):
    """What of an export compiled code depends on: a function's parameters
    (names, defaults count, ``*args``), a class's name, a value's type."""
    if isinstance(value, type):
        return "class " + value.__qualname__
    code = getattr(value, "__code__", None)
    if isinstance(code, types.CodeType):
        n = code.co_argcount + code.co_kwonlyargcount
        return "def(%s;%d;%d)" % (",".join(code.co_varnames[:n]), len(value.__defaults__ or ()),
                                  code.co_flags & 0x0C)  # VARARGS | VARKEYWORDS
    return "value " + type(value).__qualname__


def fingerprint(exports, per_realm):
    """16 hex digits naming the ABI: every export's name and signature."""
    h = hashlib.sha256()
    for name in sorted(exports):
        h.update(("%s=%s\n" % (name, _signature(exports[name]))).encode())
    h.update(("per-realm:" + ",".join(per_realm)).encode())
    return h.hexdigest()[:16]


ABI_FINGERPRINT = fingerprint(EXPORTS, PER_REALM)


def check_helpers(names):
    """The names in ``names`` that are not part of the ABI (compile time)."""
    return sorted(n for n in names if n not in EXPORTS and n not in PER_REALM)


def bind_realm(realm):
    """Stores the realm's per-script values in its global object's dict and
    makes the dict usable as the globals of compiled code."""
    d = realm.global_object.props
    d["__builtins__"] = HELPERS
    d["_ajgi_G"] = realm.global_object
    d["_ajgi_OP"] = realm.ObjectPrototype
    d["_ajgi_AP"] = realm.ArrayPrototype
    d["_ajgi_realm"] = realm
    publish_array_iteration(realm)
    return d
