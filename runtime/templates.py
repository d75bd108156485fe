"""Template objects of tagged templates (ES2015 12.2.9.3 GetTemplateObject,
with the per-site identity of ES2017+ that node implements)."""

from runtime.builtins.object import object_freeze
from runtime.values import make_array, undefined


def template_object(realm, site, cooked, raws):
    """The frozen strings array of template call site ``site`` (a constant
    the compiler makes unique per site), with its frozen ``raw`` array;
    made on the first evaluation in ``realm``, the same object afterwards.
    ``None`` in ``cooked`` is an invalid escape's undefined."""
    d = realm.__dict__
    objects = d.get("template_objects")
    if objects is None:
        objects = d["template_objects"] = {}
    t = objects.get(site)
    if t is None:
        raw = make_array(realm.ArrayPrototype, list(raws))
        t = make_array(realm.ArrayPrototype, [undefined if c is None else c for c in cooked])
        t.props["raw"] = raw
        t.attrs = {"raw": 0}
        t.special = True
        object_freeze(None, raw)
        object_freeze(None, t)
        objects[site] = t
    return t
