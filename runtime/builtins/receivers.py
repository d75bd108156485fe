"""The TypeError a built-in method throws when called on the wrong kind of
``this`` (``Map.prototype.get.call({})``), worded as V8 words it, so that
scripts and their authors see the same message as in node."""

from runtime.conversions import describe_value
from runtime.errors import throw_type_error
from runtime.values import JSObject


def receiver_text(v):
    """A value as V8's "incompatible receiver" message shows it (``#<Set>``)."""
    if isinstance(v, JSObject):
        return "#<%s>" % v.cls
    return describe_value(v)


def throw_incompatible_receiver(method, this):
    """``method`` is the qualified name, e.g. ``"Map.prototype.get"``."""
    throw_type_error("Method %s called on incompatible receiver %s" % (method, receiver_text(this)))
