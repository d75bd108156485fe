"""Intrinsic objects that fill themselves in on first use.

A realm per connection is what makes scripts independent, but a full set of
ES5 built-ins is about 110 function objects (~65 KB). Most scripts touch a
few: a websocket echo loop touches none. So a realm creates the prototype
objects themselves (``[]`` and ``"s".length`` need ``Array.prototype`` and
``String.prototype`` to exist) but leaves them *asleep*: their class is a
subclass of their real class whose ``props`` and ``attrs`` are
properties; the first read of either wakes the object up, i.e.
puts its real class back and lets the realm install the built-in module
that fills it (methods, ``constructor``, the constructor's global). Every
other slot (``proto``, ``cls``, ``extensible``, array ``elems``, wrapper
``value``) is final from the start, so reading it needs no wake-up; and
``special`` (may a property here intercept a [[Put]]?) already holds the
value the installed object will have, so that storing a property on an
ordinary object, which looks at ``special`` along the prototype chain,
wakes nothing.

Code that reaches a property goes through ``props`` (own lookups, the
prototype walk, ``for-in``, ``Object.keys``...), so nothing can observe a
sleeping object; exact-type fast paths (``type(o) is JSObject``) simply
miss a sleeping object and take the generic path, which reads ``props``.
Normal objects never pay anything: their class has plain slots.

While asleep, the ``props`` slot holds a :class:`Pending` note naming the
realm and module that fill the object (one note per module), so the sleeping object costs no
memory beyond its own slots.
"""

from runtime.values import JSObject

_PROPS = JSObject.__dict__["props"]      # the slot descriptors of the real class
_ATTRS = JSObject.__dict__["attrs"]


class Pending:
    __slots__ = ("realm", "module")

    def __init__(self, realm, module):
        self.realm = realm
        self.module = module


def _wake(o):
    """Wakes ``o`` (and with it every object of its module)."""
    pending = _PROPS.__get__(o)
    pending.realm.wake_module(pending.module)


def _waking(name):
    """A property standing for slot ``name`` of the real class: any read or
    write first wakes the object (which puts the real class, and with it the
    plain slot, back), then goes to the slot."""
    def get(o):
        _wake(o)
        return getattr(o, name)

    def set(o, value):
        _wake(o)
        setattr(o, name, value)

    return property(get, set)


_SLEEPING = {}  # real class -> its sleeping subclass
_SLEEPING_TYPES = set()


def _sleeping_class(cls):
    sub = _SLEEPING.get(cls)
    if sub is None:
        sub = type("Sleeping" + cls.__name__, (cls,), {
            "__slots__": (),
            "__module__": __name__,
            "props": _waking("props"),
            "attrs": _waking("attrs"),
        })
        _SLEEPING[cls] = sub
        _SLEEPING_TYPES.add(sub)
    return sub


def put_to_sleep(o, note):
    """Makes fresh, empty object ``o`` wake up through
    ``note.realm.wake_module(note.module)`` (``note``: a :class:`Pending`).
    ``o.special`` must already be what the installed object will have
    (``create_intrinsics`` sets it; a test checks every module)."""
    cls = type(o)
    _PROPS.__set__(o, note)
    o.__class__ = _sleeping_class(cls)


def is_asleep(o):
    return type(o) in _SLEEPING_TYPES


def wake_up(o):
    """Puts the real class back, with empty property tables; the caller
    (the realm) then installs the module that fills them."""
    real = type(o).__mro__[1]
    o.__class__ = real
    _PROPS.__set__(o, {})
    _ATTRS.__set__(o, None)
    o.special = False
