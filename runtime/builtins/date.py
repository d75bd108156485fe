"""The Date constructor and Date.prototype (ES5.1 15.9), as node prints them.

A Date object is ``JSInternal(proto, "Date", time_value)``. Date.prototype is
an ordinary object, as in node (ES2015+), not a Date. Time arithmetic, local
time and the string formats live in :mod:`runtime.builtins.date_format`,
parsing in :mod:`runtime.builtins.date_parse`.
"""

import math
import time

from runtime.builtins import date_format as F
from runtime.builtins.date_parse import parse_date
from runtime.errors import throw_range_error, throw_type_error
from runtime.conversions import to_integer, to_number, to_object, to_primitive, to_string
from runtime.calls import call_function
from runtime.properties import get_prop
from runtime.realm import current_realm
from runtime.values import FunctionType, JSInternal, JSObject, WC, null, undefined

_nan = math.nan


def now_ms():
    """The current time value (ms, integral float)."""
    return float(time.time_ns() // 1000000)


def new_date(tv, realm=None):
    """A Date object of the current realm with time value ``tv``."""
    realm = realm or current_realm()
    return JSInternal(realm.DatePrototype, "Date", tv)


def this_time_value(this):
    """thisTimeValue: TypeError unless ``this`` is a Date object."""
    if type(this) is JSInternal and this.cls == "Date":
        return this.value
    throw_type_error("this is not a Date object.")


def _set(this, tv):
    this.value = tv
    return tv


# ---------------------------------------------------------------------------
# The constructor (15.9.2, 15.9.3, 15.9.4)
# ---------------------------------------------------------------------------

def _from_components(args):
    """Time value of ``new Date(y, m[, d, h, min, s, ms])`` in local time."""
    nums = [to_number(a) for a in args]
    y = nums[0]
    m = nums[1]
    dt = nums[2] if len(nums) > 2 else 1.0
    h = nums[3] if len(nums) > 3 else 0.0
    mi = nums[4] if len(nums) > 4 else 0.0
    s = nums[5] if len(nums) > 5 else 0.0
    ms = nums[6] if len(nums) > 6 else 0.0
    if y == y:
        yi = to_integer(y)
        if 0 <= yi <= 99:
            y = 1900.0 + yi
    return F.make_date(F.make_day(y, m, dt), F.make_time(h, mi, s, ms))


def date_construct(*args):
    """new Date(...) (15.9.3)."""
    n = len(args)
    if n == 0:
        tv = now_ms()
    elif n == 1:
        v = args[0]
        if type(v) is JSInternal and v.cls == "Date":
            tv = v.value
        else:
            v = to_primitive(v)
            if type(v) is str:
                tv = parse_date(v)
            else:
                tv = F.time_clip(to_number(v))
    else:
        tv = F.time_clip(F.utc_from_local(_from_components(args[:7])))
    return new_date(tv)


def date_call(this, *_):
    """Date(...) called as a function (15.9.2.1): the current time string."""
    return F.to_date_string(now_ms())


def date_parse(this, string=undefined, *_):
    """Date.parse (15.9.4.2)."""
    return parse_date(to_string(string))


def date_UTC(this, *args):
    """Date.UTC (15.9.4.3); month defaults to 0 as in node."""
    if not args:
        return _nan
    nums = [to_number(a) for a in args[:7]]
    y = nums[0]
    m = nums[1] if len(nums) > 1 else 0.0
    dt = nums[2] if len(nums) > 2 else 1.0
    h = nums[3] if len(nums) > 3 else 0.0
    mi = nums[4] if len(nums) > 4 else 0.0
    s = nums[5] if len(nums) > 5 else 0.0
    ms = nums[6] if len(nums) > 6 else 0.0
    if y == y:
        yi = to_integer(y)
        if 0 <= yi <= 99:
            y = 1900.0 + yi
    return F.time_clip(F.make_date(F.make_day(y, m, dt), F.make_time(h, mi, s, ms)))


def date_now(this, *_):
    """Date.now (15.9.4.4)."""
    return now_ms()


# ---------------------------------------------------------------------------
# Getters (15.9.5.10 - 15.9.5.26)
# ---------------------------------------------------------------------------

def _getter(index, local):
    def get(this, *_):
        """A Date.prototype getter (15.9.5.10-23)."""
        t = this_time_value(this)
        if t != t:
            return _nan
        return float(F.fields(F.local_time(t) if local else t)[index])
    return get


date_proto_getFullYear = _getter(0, True)
date_proto_getUTCFullYear = _getter(0, False)
date_proto_getMonth = _getter(1, True)
date_proto_getUTCMonth = _getter(1, False)
date_proto_getDate = _getter(2, True)
date_proto_getUTCDate = _getter(2, False)
date_proto_getHours = _getter(3, True)
date_proto_getUTCHours = _getter(3, False)
date_proto_getMinutes = _getter(4, True)
date_proto_getUTCMinutes = _getter(4, False)
date_proto_getSeconds = _getter(5, True)
date_proto_getUTCSeconds = _getter(5, False)
date_proto_getMilliseconds = _getter(6, True)
date_proto_getUTCMilliseconds = _getter(6, False)
date_proto_getDay = _getter(7, True)
date_proto_getUTCDay = _getter(7, False)


def date_proto_valueOf(this, *_):
    """Date.prototype.valueOf (15.9.5.8) and getTime (15.9.5.9)."""
    return this_time_value(this)


def date_proto_getTimezoneOffset(this, *_):
    """Date.prototype.getTimezoneOffset (15.9.5.26)."""
    t = this_time_value(this)
    if t != t:
        return _nan
    return float(F.timezone_offset_minutes(t))


def date_proto_getYear(this, *_):
    """Date.prototype.getYear (B.2.4)."""
    t = this_time_value(this)
    if t != t:
        return _nan
    return float(F.fields(F.local_time(t))[0] - 1900)


# ---------------------------------------------------------------------------
# Setters (15.9.5.27 - 15.9.5.41, B.2.5)
# ---------------------------------------------------------------------------

def date_proto_setTime(this, time_=undefined, *_):
    """Date.prototype.setTime (15.9.5.27)."""
    this_time_value(this)
    return _set(this, F.time_clip(to_number(time_)))


def _split(t):
    """(day, year, month, date, h, m, s, ms) of a finite time value."""
    y, mo, d, h, mi, s, ms, _ = F.fields(t)
    return y, mo, d, h, mi, s, ms


def _time_setter(first, local):
    """setHours/Minutes/Seconds/Milliseconds (and UTC forms): ``first`` is
    the index of the first field the arguments replace (3 = hours)."""
    count = 7 - first

    def setter(this, *args):
        """A Date.prototype time setter (15.9.5.28-35)."""
        t = this_time_value(this)
        vals = [to_number(a) for a in args[:count]] if args else [_nan]
        if t != t:
            return _nan
        lt = F.local_time(t) if local else t
        parts = [float(x) for x in _split(lt)]
        for i, v in enumerate(vals):
            parts[first + i] = v
        day = float(math.floor(lt / F.MS_PER_DAY))
        date = F.make_date(day, F.make_time(parts[3], parts[4], parts[5], parts[6]))
        return _set(this, F.time_clip(F.utc_from_local(date) if local else date))
    return setter


def _date_setter(first, local):
    """setFullYear/Month/Date (and UTC forms); ``first``: 0 year, 1 month, 2 date."""
    count = 3 - first

    def setter(this, *args):
        """A Date.prototype date setter (15.9.5.36-41)."""
        t = this_time_value(this)
        if t != t:
            if first != 0:
                for a in args[:count]:
                    to_number(a)
                return _nan
            t = 0.0
            lt = 0.0
        else:
            lt = F.local_time(t) if local else t
        vals = [to_number(a) for a in args[:count]] if args else [_nan]
        parts = [float(x) for x in _split(lt)]
        for i, v in enumerate(vals):
            parts[first + i] = v
        tod = float(int(lt) % F.MS_PER_DAY)
        date = F.make_date(F.make_day(parts[0], parts[1], parts[2]), tod)
        return _set(this, F.time_clip(F.utc_from_local(date) if local else date))
    return setter


date_proto_setMilliseconds = _time_setter(6, True)
date_proto_setUTCMilliseconds = _time_setter(6, False)
date_proto_setSeconds = _time_setter(5, True)
date_proto_setUTCSeconds = _time_setter(5, False)
date_proto_setMinutes = _time_setter(4, True)
date_proto_setUTCMinutes = _time_setter(4, False)
date_proto_setHours = _time_setter(3, True)
date_proto_setUTCHours = _time_setter(3, False)
date_proto_setDate = _date_setter(2, True)
date_proto_setUTCDate = _date_setter(2, False)
date_proto_setMonth = _date_setter(1, True)
date_proto_setUTCMonth = _date_setter(1, False)
date_proto_setFullYear = _date_setter(0, True)
date_proto_setUTCFullYear = _date_setter(0, False)


def date_proto_setYear(this, year=undefined, *_):
    """Date.prototype.setYear (B.2.5)."""
    t = this_time_value(this)
    lt = 0.0 if t != t else F.local_time(t)
    y = to_number(year)
    if y != y:
        return _set(this, _nan)
    yi = to_integer(y)
    if 0 <= yi <= 99:
        yi += 1900.0
    _, mo, d = F.fields(lt)[:3]
    date = F.make_date(F.make_day(yi, float(mo), float(d)), float(int(lt) % F.MS_PER_DAY))
    return _set(this, F.time_clip(F.utc_from_local(date)))


# ---------------------------------------------------------------------------
# String conversions (15.9.5.2 - 15.9.5.7, 15.9.5.42 - 15.9.5.44)
# ---------------------------------------------------------------------------

def date_proto_toString(this, *_):
    """Date.prototype.toString (15.9.5.2)."""
    return F.to_date_string(this_time_value(this))


def date_proto_toDateString(this, *_):
    """Date.prototype.toDateString (15.9.5.3)."""
    t = this_time_value(this)
    if t != t:
        return "Invalid Date"
    return F.date_part(F.local_time(t))


def date_proto_toTimeString(this, *_):
    """Date.prototype.toTimeString (15.9.5.4)."""
    t = this_time_value(this)
    if t != t:
        return "Invalid Date"
    return F.time_part(t, F.local_time(t))


def date_proto_toLocaleString(this, *_):
    """Date.prototype.toLocaleString (15.9.5.5), node's en-US format."""
    return F.to_locale_string(this_time_value(this))


def date_proto_toLocaleDateString(this, *_):
    """Date.prototype.toLocaleDateString (15.9.5.6)."""
    return F.to_locale_string(this_time_value(this), "date")


def date_proto_toLocaleTimeString(this, *_):
    """Date.prototype.toLocaleTimeString (15.9.5.7)."""
    return F.to_locale_string(this_time_value(this), "time")


def date_proto_toUTCString(this, *_):
    """Date.prototype.toUTCString (15.9.5.42); also toGMTString (B.2.6)."""
    return F.to_utc_string(this_time_value(this))


def date_proto_toISOString(this, *_):
    """Date.prototype.toISOString (15.9.5.43)."""
    t = this_time_value(this)
    if t != t:
        throw_range_error("Invalid time value")
    return F.to_iso_string(t)


def date_proto_toJSON(this, key=undefined, *_):
    """Date.prototype.toJSON (15.9.5.44), generic."""
    o = to_object(this)
    tv = to_primitive(o, "number")
    if type(tv) is float and not math.isfinite(tv):
        return null
    f = get_prop(o, "toISOString")
    if type(f) is not FunctionType:
        throw_type_error("toISOString is not a function")
    return call_function(f, o)


def install(realm):
    proto = JSObject(realm.ObjectPrototype)
    realm.DatePrototype = proto
    ctor = realm.define_constructor("Date", date_call, 7, proto, date_construct)
    realm.define_methods(ctor, {"parse": (date_parse, 1), "UTC": (date_UTC, 7), "now": (date_now, 0)})
    realm.define_methods(proto, {
        "toString": (date_proto_toString, 0),
        "toDateString": (date_proto_toDateString, 0),
        "toTimeString": (date_proto_toTimeString, 0),
        "toISOString": (date_proto_toISOString, 0),
        "toUTCString": (date_proto_toUTCString, 0),
        "getDate": (date_proto_getDate, 0),
        "setDate": (date_proto_setDate, 1),
        "getDay": (date_proto_getDay, 0),
        "getFullYear": (date_proto_getFullYear, 0),
        "setFullYear": (date_proto_setFullYear, 3),
        "getHours": (date_proto_getHours, 0),
        "setHours": (date_proto_setHours, 4),
        "getMilliseconds": (date_proto_getMilliseconds, 0),
        "setMilliseconds": (date_proto_setMilliseconds, 1),
        "getMinutes": (date_proto_getMinutes, 0),
        "setMinutes": (date_proto_setMinutes, 3),
        "getMonth": (date_proto_getMonth, 0),
        "setMonth": (date_proto_setMonth, 2),
        "getSeconds": (date_proto_getSeconds, 0),
        "setSeconds": (date_proto_setSeconds, 2),
        "getTime": (date_proto_valueOf, 0),
        "setTime": (date_proto_setTime, 1),
        "getTimezoneOffset": (date_proto_getTimezoneOffset, 0),
        "getUTCDate": (date_proto_getUTCDate, 0),
        "setUTCDate": (date_proto_setUTCDate, 1),
        "getUTCDay": (date_proto_getUTCDay, 0),
        "getUTCFullYear": (date_proto_getUTCFullYear, 0),
        "setUTCFullYear": (date_proto_setUTCFullYear, 3),
        "getUTCHours": (date_proto_getUTCHours, 0),
        "setUTCHours": (date_proto_setUTCHours, 4),
        "getUTCMilliseconds": (date_proto_getUTCMilliseconds, 0),
        "setUTCMilliseconds": (date_proto_setUTCMilliseconds, 1),
        "getUTCMinutes": (date_proto_getUTCMinutes, 0),
        "setUTCMinutes": (date_proto_setUTCMinutes, 3),
        "getUTCMonth": (date_proto_getUTCMonth, 0),
        "setUTCMonth": (date_proto_setUTCMonth, 2),
        "getUTCSeconds": (date_proto_getUTCSeconds, 0),
        "setUTCSeconds": (date_proto_setUTCSeconds, 2),
        "getYear": (date_proto_getYear, 0),
        "setYear": (date_proto_setYear, 1),
        "toJSON": (date_proto_toJSON, 1),
        "toLocaleString": (date_proto_toLocaleString, 0),
        "toLocaleDateString": (date_proto_toLocaleDateString, 0),
        "toLocaleTimeString": (date_proto_toLocaleTimeString, 0),
        "valueOf": (date_proto_valueOf, 0),
    })
    realm.define_value(proto, "toGMTString", proto.props["toUTCString"], WC)
