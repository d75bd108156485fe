"""Object and array literals: ``{k: v, get g() {}, __proto__: p, ...o}``
and ``[a, , ...rest]``, their values evaluated in source order and the
object or array made by one runtime call."""

from ajgi_tx.compiler.lower.expressions import property_key


def _is_proto_setter(prop):
    """``__proto__: v`` (B.3.1): not computed, not shorthand, not a method."""
    if prop.computed or prop.shorthand or prop.method or prop.kind != "init":
        return False
    k = prop.key
    return (k.type == "Identifier" and k.name == "__proto__") or \
        (k.type == "Literal" and k.value == "__proto__")


def lower_object(lx, node):
    """An object literal: a dict display while every key is a constant
    and every property plain data (methods and named functions included),
    else ``_ajgi_obj_literal`` with the items (spread ``...o`` included)
    in source order; methods
    using ``super`` get the object as their home (lower/classes.py)."""
    from ajgi_tx.compiler.lower import classes

    b = lx.b
    keys, values, accessors = [], [], []
    items = []  # the generic path's (kind, key, value), once needed
    generic = any(p.type == "SpreadElement" or p.computed or _is_proto_setter(p)
                  for p in node.properties)
    home_box = None
    for prop in node.properties:
        if prop.type == "Property" and (prop.method or prop.kind in ("get", "set")):
            if home_box is None and classes.uses_super_property(prop.value):
                home_box = classes.new_box(lx)
    for prop in node.properties:
        if prop.type == "SpreadElement":  # ES2018 {...o}: CopyDataProperties
            v = lx.expr(prop.argument)
            b.at(prop)
            items.append(b.tuple([b.const("spread"), b.const(None), v]))
            continue
        name = None if prop.computed else property_key(prop.key)
        key = b.rt_call("pkey", lx.expr(prop.key)) if prop.computed else b.const(name)
        if prop.kind in ("get", "set"):
            v = classes.lower_method_value(lx, prop.value, name, home_box, prop.kind)
            kind = prop.kind
        elif prop.method:
            v = classes.lower_method_value(lx, prop.value, name, home_box)
            kind = "name" if prop.computed else "init"
        elif _is_proto_setter(prop):
            v = lx.expr(prop.value)
            kind = "proto"
        else:
            v = classes.lower_named_value(lx, prop.value, name)
            kind = "name" if prop.computed and classes.is_anonymous_definition(prop.value) else "init"
        if generic:
            items.append(b.tuple([b.const(kind), key, v]))
        elif kind == "init" and not accessors:
            keys.append(key)
            values.append(v)
        else:
            accessors.append((name, kind, v))
    b.at(node)
    boxes = b.tuple([b.name(home_box)] if home_box is not None else [])
    if generic:
        return b.rt_call("obj_literal", b.rt("OP"), b.tuple(items), boxes)
    obj = b.rt_call("obj", b.rt("OP"), b.dict(keys, values))
    if accessors:
        acc = [b.tuple([b.const(k), b.const(kind), v]) for k, kind, v in accessors]
        obj = b.rt_call("obj_accessors", obj, b.tuple(acc))
    if home_box is not None:
        obj = b.rt_call("set_homes", obj, boxes)
    return obj


def lower_array(lx, node):
    b = lx.b
    elems = []
    for e in node.elements:
        if e is None:
            elems.append(b.rt("HOLE"))
        else:
            elems.append(lx.expr(e))
    b.at(node)
    return b.rt_call("arr", b.rt("AP"), b.list(elems))
