"""Time values, local time and the Date string formats (ES5.1 15.9.1, 15.9.5).

Time values are floats (ms since the epoch, UTC) or NaN. The arithmetic of
15.9.1 is done on Python ints once a value is known to be finite, so it is
exact. The local time zone is the process's (``TZ`` env var or
/etc/localtime), read through ``time.localtime`` per instant, so DST and
historical offsets come from the system tz database as node's come from ICU.
"""

import math
import os
import time

MS_PER_DAY = 86400000
MAX_TIME = 8.64e15
_nan = math.nan

WEEKDAYS = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_CUMULATIVE = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


# ---------------------------------------------------------------------------
# 15.9.1: day/year/month arithmetic
# ---------------------------------------------------------------------------

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def day_from_year(y):
    """DayFromYear (15.9.1.3) for an int year."""
    return 365 * (y - 1970) + (y - 1969) // 4 - (y - 1901) // 100 + (y - 1601) // 400


def civil_from_days(z):
    """(year, month 0-11, date 1-31) of day number ``z`` (days since epoch)."""
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    if m <= 2:
        y += 1
    return y, m - 1, d


def fields(t):
    """Breaks finite time value ``t`` (int or float ms) into
    (year, month, date, hours, minutes, seconds, ms, weekday)."""
    t = int(t)
    day, ms_in_day = divmod(t, MS_PER_DAY)
    y, m, d = civil_from_days(day)
    h, rest = divmod(ms_in_day, 3600000)
    mi, rest = divmod(rest, 60000)
    s, ms = divmod(rest, 1000)
    return y, m, d, h, mi, s, ms, (day + 4) % 7


def make_time(hour, minute, sec, ms):
    """MakeTime (15.9.1.11) on numbers already converted with ToNumber."""
    for v in (hour, minute, sec, ms):
        if not math.isfinite(v):
            return _nan
    return (float(math.trunc(hour)) * 3600000.0 + float(math.trunc(minute)) * 60000.0
            + float(math.trunc(sec)) * 1000.0 + float(math.trunc(ms)))


def make_day(year, month, date):
    """MakeDay (15.9.1.12)."""
    if not (math.isfinite(year) and math.isfinite(month) and math.isfinite(date)):
        return _nan
    y = math.trunc(year)
    m = math.trunc(month)
    dt = math.trunc(date)
    ym = y + m // 12
    mn = m % 12
    if abs(ym) > 1000000:
        return _nan
    days = day_from_year(ym) + _CUMULATIVE[mn] + (1 if mn >= 2 and is_leap(ym) else 0)
    return float(days + dt - 1)


def make_date(day, t):
    """MakeDate (15.9.1.13)."""
    if not (math.isfinite(day) and math.isfinite(t)):
        return _nan
    return day * MS_PER_DAY + t


def time_clip(t):
    """TimeClip (15.9.1.14); -0 becomes +0 as in ES2015/node."""
    if not math.isfinite(t) or abs(t) > MAX_TIME:
        return _nan
    return float(math.trunc(t)) + 0.0


# ---------------------------------------------------------------------------
# Local time (15.9.1.7-9), from the system tz database
# ---------------------------------------------------------------------------

def offset_at(t):
    """Local offset in ms (local - UTC) at UTC time value ``t`` (finite)."""
    secs = math.floor(t / 1000.0)
    try:
        return time.localtime(secs).tm_gmtoff * 1000
    except (OverflowError, OSError, ValueError):
        return time.localtime(0).tm_gmtoff * 1000


def local_time(t):
    """LocalTime(t) (15.9.1.9) for a finite ``t``."""
    return t + offset_at(t)


def utc_from_local(t):
    """UTC(t) (15.9.1.9): the UTC time of local time ``t``. In a skipped or
    repeated local hour the offset in force *before* the transition is used,
    as V8 (ICU's "former" rule) does."""
    if not math.isfinite(t) or abs(t) > MAX_TIME + 864000000:
        return _nan
    before = offset_at(t - MS_PER_DAY)
    after = offset_at(t + MS_PER_DAY)
    if before == after:
        return t - before
    t1 = t - before
    if offset_at(t1) == before:
        return t1
    t2 = t - after
    if offset_at(t2) == after:
        return t2
    return t1


def timezone_offset_minutes(t):
    """getTimezoneOffset's value: (UTC - local) in minutes, truncated like V8."""
    return int((-offset_at(t)) / 60000)


# ---------------------------------------------------------------------------
# The zone name node prints in parentheses (ICU long names)
# ---------------------------------------------------------------------------

_METAZONES = {
    "Eastern": ("Eastern Standard Time", "Eastern Daylight Time"),
    "Central": ("Central Standard Time", "Central Daylight Time"),
    "Mountain": ("Mountain Standard Time", "Mountain Daylight Time"),
    "Pacific": ("Pacific Standard Time", "Pacific Daylight Time"),
    "Alaska": ("Alaska Standard Time", "Alaska Daylight Time"),
    "Hawaii": ("Hawaii-Aleutian Standard Time", "Hawaii-Aleutian Daylight Time"),
    "Atlantic": ("Atlantic Standard Time", "Atlantic Daylight Time"),
    "GMT": ("Greenwich Mean Time", "Greenwich Mean Time"),
    "UTC": ("Coordinated Universal Time", "Coordinated Universal Time"),
    "UK": ("Greenwich Mean Time", "British Summer Time"),
    "Irish": ("Greenwich Mean Time", "Irish Standard Time"),
    "WEurope": ("Western European Standard Time", "Western European Summer Time"),
    "CEurope": ("Central European Standard Time", "Central European Summer Time"),
    "EEurope": ("Eastern European Standard Time", "Eastern European Summer Time"),
    "Moscow": ("Moscow Standard Time", "Moscow Summer Time"),
    "Turkey": ("Türkiye Standard Time", "Türkiye Summer Time"),
    "China": ("China Standard Time", "China Daylight Time"),
    "HongKong": ("Hong Kong Standard Time", "Hong Kong Summer Time"),
    "Taipei": ("Taiwan Standard Time", "Taiwan Daylight Time"),
    "Japan": ("Japan Standard Time", "Japan Daylight Time"),
    "Korea": ("Korean Standard Time", "Korean Daylight Time"),
    "India": ("India Standard Time", "India Standard Time"),
    "Singapore": ("Singapore Standard Time", "Singapore Standard Time"),
    "Malaysia": ("Malaysia Time", "Malaysia Time"),
    "Philippines": ("Philippine Standard Time", "Philippine Summer Time"),
    "Indochina": ("Indochina Time", "Indochina Time"),
    "WIndonesia": ("Western Indonesia Time", "Western Indonesia Time"),
    "Gulf": ("Gulf Standard Time", "Gulf Standard Time"),
    "Nepal": ("Nepal Time", "Nepal Time"),
    "AusEastern": ("Australian Eastern Standard Time", "Australian Eastern Daylight Time"),
    "AusCentral": ("Australian Central Standard Time", "Australian Central Daylight Time"),
    "AusWestern": ("Australian Western Standard Time", "Australian Western Daylight Time"),
    "NewZealand": ("New Zealand Standard Time", "New Zealand Daylight Time"),
    "Brasilia": ("Brasilia Standard Time", "Brasilia Summer Time"),
    "SouthAfrica": ("South Africa Standard Time", "South Africa Standard Time"),
    "Israel": ("Israel Standard Time", "Israel Daylight Time"),
}

_ZONES = {
    "America/New_York": "Eastern", "America/Toronto": "Eastern", "America/Detroit": "Eastern",
    "US/Eastern": "Eastern", "EST5EDT": "Eastern", "America/Montreal": "Eastern",
    "America/Indiana/Indianapolis": "Eastern", "America/Kentucky/Louisville": "Eastern",
    "America/Chicago": "Central", "US/Central": "Central", "CST6CDT": "Central",
    "America/Winnipeg": "Central", "America/Mexico_City": "Central",
    "America/Denver": "Mountain", "America/Phoenix": "Mountain", "US/Mountain": "Mountain",
    "MST7MDT": "Mountain", "America/Edmonton": "Mountain", "US/Arizona": "Mountain",
    "America/Los_Angeles": "Pacific", "US/Pacific": "Pacific", "PST8PDT": "Pacific",
    "America/Vancouver": "Pacific", "America/Tijuana": "Pacific",
    "America/Anchorage": "Alaska", "US/Alaska": "Alaska",
    "Pacific/Honolulu": "Hawaii", "US/Hawaii": "Hawaii",
    "America/Halifax": "Atlantic", "Atlantic/Bermuda": "Atlantic",
    "GMT": "GMT", "Etc/GMT": "GMT", "Etc/GMT0": "GMT", "GMT0": "GMT", "Greenwich": "GMT",
    "Etc/Greenwich": "GMT", "Africa/Abidjan": "GMT", "Atlantic/Reykjavik": "GMT",
    "UTC": "UTC", "Etc/UTC": "UTC", "Etc/Universal": "UTC", "Universal": "UTC", "Zulu": "UTC",
    "Etc/Zulu": "UTC", "UCT": "UTC", "Etc/UCT": "UTC", "": "UTC",
    "Europe/London": "UK", "GB": "UK", "Europe/Belfast": "UK", "Europe/Dublin": "Irish",
    "Europe/Lisbon": "WEurope", "Atlantic/Canary": "WEurope", "WET": "WEurope",
    "Europe/Berlin": "CEurope", "Europe/Paris": "CEurope", "Europe/Amsterdam": "CEurope",
    "Europe/Madrid": "CEurope", "Europe/Rome": "CEurope", "Europe/Brussels": "CEurope",
    "Europe/Vienna": "CEurope", "Europe/Zurich": "CEurope", "Europe/Stockholm": "CEurope",
    "Europe/Oslo": "CEurope", "Europe/Copenhagen": "CEurope", "Europe/Warsaw": "CEurope",
    "Europe/Prague": "CEurope", "Europe/Budapest": "CEurope", "Europe/Belgrade": "CEurope",
    "Europe/Luxembourg": "CEurope", "Europe/Monaco": "CEurope", "CET": "CEurope", "MET": "CEurope",
    "Europe/Athens": "EEurope", "Europe/Helsinki": "EEurope", "Europe/Kiev": "EEurope",
    "Europe/Kyiv": "EEurope", "Europe/Bucharest": "EEurope", "Europe/Sofia": "EEurope",
    "Europe/Riga": "EEurope", "Europe/Vilnius": "EEurope", "Europe/Tallinn": "EEurope",
    "Africa/Cairo": "EEurope", "EET": "EEurope",
    "Europe/Moscow": "Moscow", "Europe/Istanbul": "Turkey", "Asia/Istanbul": "Turkey",
    "Asia/Shanghai": "China", "Asia/Chongqing": "China", "Asia/Harbin": "China", "PRC": "China",
    "Asia/Macau": "China", "Asia/Hong_Kong": "HongKong", "Hongkong": "HongKong",
    "Asia/Taipei": "Taipei", "ROC": "Taipei", "Asia/Tokyo": "Japan", "Japan": "Japan",
    "Asia/Seoul": "Korea", "ROK": "Korea", "Asia/Kolkata": "India", "Asia/Calcutta": "India",
    "Asia/Singapore": "Singapore", "Singapore": "Singapore", "Asia/Kuala_Lumpur": "Malaysia",
    "Asia/Manila": "Philippines", "Asia/Bangkok": "Indochina", "Asia/Ho_Chi_Minh": "Indochina",
    "Asia/Saigon": "Indochina", "Asia/Jakarta": "WIndonesia", "Asia/Dubai": "Gulf",
    "Asia/Muscat": "Gulf", "Asia/Kathmandu": "Nepal", "Asia/Katmandu": "Nepal",
    "Australia/Sydney": "AusEastern", "Australia/Melbourne": "AusEastern",
    "Australia/Brisbane": "AusEastern", "Australia/Hobart": "AusEastern",
    "Australia/Canberra": "AusEastern", "Australia/Adelaide": "AusCentral",
    "Australia/Darwin": "AusCentral", "Australia/Perth": "AusWestern",
    "Pacific/Auckland": "NewZealand", "NZ": "NewZealand",
    "America/Sao_Paulo": "Brasilia", "Africa/Johannesburg": "SouthAfrica",
    "Asia/Jerusalem": "Israel", "Asia/Tel_Aviv": "Israel", "Israel": "Israel",
}

# Abbreviation fallback for zones missing above.
_ABBREVIATIONS = {
    "EST": "Eastern Standard Time", "EDT": "Eastern Daylight Time",
    "CST": "Central Standard Time", "CDT": "Central Daylight Time",
    "MST": "Mountain Standard Time", "MDT": "Mountain Daylight Time",
    "PST": "Pacific Standard Time", "PDT": "Pacific Daylight Time",
    "UTC": "Coordinated Universal Time", "GMT": "Greenwich Mean Time", "BST": "British Summer Time",
    "CET": "Central European Standard Time", "CEST": "Central European Summer Time",
    "EET": "Eastern European Standard Time", "EEST": "Eastern European Summer Time",
    "WET": "Western European Standard Time", "WEST": "Western European Summer Time",
    "JST": "Japan Standard Time", "KST": "Korean Standard Time", "HKT": "Hong Kong Standard Time",
    "IST": "India Standard Time", "MSK": "Moscow Standard Time", "SAST": "South Africa Standard Time",
    "AEST": "Australian Eastern Standard Time", "AEDT": "Australian Eastern Daylight Time",
    "NZST": "New Zealand Standard Time", "NZDT": "New Zealand Daylight Time",
}


def _zone_id():
    tz = os.environ.get("TZ")
    if tz is not None:
        return tz[1:] if tz.startswith(":") else tz
    try:
        target = os.path.realpath("/etc/localtime")
        i = target.find("zoneinfo/")
        if i >= 0:
            return target[i + 9:]
    except OSError:
        pass
    try:
        with open("/etc/timezone") as f:
            return f.read().strip()
    except OSError:
        return "UTC"


def zone_name(t):
    """The long zone name node prints for UTC instant ``t``."""
    lt = time.localtime(math.floor(t / 1000.0)) if abs(t) <= MAX_TIME else time.localtime(0)
    zone = _zone_id()
    meta = _ZONES.get(zone)
    if meta is not None:
        names = _METAZONES[meta]
        return names[1] if lt.tm_isdst > 0 else names[0]
    name = _ABBREVIATIONS.get(lt.tm_zone)
    if name is not None:
        return name
    off = lt.tm_gmtoff // 60
    sign = "-" if off < 0 else "+"
    return "GMT%s%02d:%02d" % (sign, abs(off) // 60, abs(off) % 60)


# ---------------------------------------------------------------------------
# Formats, exactly as V8 prints them
# ---------------------------------------------------------------------------

def _year4(y):
    return "%05d" % y if y < 0 else "%04d" % y


def date_part(local_t):
    y, m, d, _, _, _, _, wd = fields(local_t)
    return "%s %s %02d %s" % (WEEKDAYS[wd], MONTHS[m], d, _year4(y))


def time_part(t, local_t):
    _, _, _, h, mi, s, _, _ = fields(local_t)
    off = -timezone_offset_minutes(t)
    sign = "-" if off < 0 else "+"
    return "%02d:%02d:%02d GMT%s%02d%02d (%s)" % (h, mi, s, sign, abs(off) // 60, abs(off) % 60,
                                                 zone_name(t))


def to_date_string(t):
    """Date.prototype.toString's text for a time value (15.9.5.2)."""
    if t != t:
        return "Invalid Date"
    lt = local_time(t)
    return date_part(lt) + " " + time_part(t, lt)


def to_utc_string(t):
    """toUTCString (15.9.5.42): ``Thu, 01 Jan 1970 00:00:00 GMT``."""
    if t != t:
        return "Invalid Date"
    y, m, d, h, mi, s, _, wd = fields(t)
    return "%s, %02d %s %s %02d:%02d:%02d GMT" % (WEEKDAYS[wd], d, MONTHS[m], _year4(y), h, mi, s)


def to_iso_string(t):
    """toISOString (15.9.5.43) for a finite time value."""
    y, m, d, h, mi, s, ms, _ = fields(t)
    if 0 <= y <= 9999:
        ys = "%04d" % y
    else:
        ys = ("-" if y < 0 else "+") + "%06d" % abs(y)
    return "%s-%02d-%02dT%02d:%02d:%02d.%03dZ" % (ys, m + 1, d, h, mi, s, ms)


def _locale_date(lt):
    y, m, d = fields(lt)[:3]
    return "%d/%d/%d" % (m + 1, d, y if y > 0 else 1 - y)


def _locale_time(lt):
    h, mi, s = fields(lt)[3:6]
    return "%d:%02d:%02d %s" % (h % 12 or 12, mi, s, "AM" if h < 12 else "PM")


def to_locale_string(t, what="both"):
    """node's en-US default: ``1/1/1970, 12:00:00 AM``."""
    if t != t:
        return "Invalid Date"
    lt = local_time(t)
    if what == "date":
        return _locale_date(lt)
    if what == "time":
        return _locale_time(lt)
    return _locale_date(lt) + ", " + _locale_time(lt)
