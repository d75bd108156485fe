"""The AGI ``iot`` library (ArozOS src/mod/agi/agi.iot.go) on a host
without an IoT manager, which is what ajgi_tx is: it drives no devices::

    requirelib("iot");
    iot.ready()                  // false: no IoT manager, as ArozOS without one
    iot.list(); iot.scan()       // []: no devices
    iot.status(id)               // false: no such device
    iot.connect(id, user, pw, token); iot.disconnect(id); iot.exec(id, ep, payload)  // false
    iot.iconTag(id)              // null: no such device

ArozOS's own apps and tests ask ``iot.ready()`` first and answer "IoT
Manager not ready"; the other functions answer what ArozOS answers for a
device that is not there.
"""

from runtime.agi.libraries import define_library
from runtime.realm import current_realm
from runtime.values import null


def iot_ready(this, *_):
    return False


def iot_devices(this, *_):
    return current_realm().new_array([])


def iot_no_device(this, *_):
    return False


def iot_icon_tag(this, *_):
    return null


TABLE = {
    "ready": (iot_ready, 0), "list": (iot_devices, 0), "scan": (iot_devices, 0),
    "status": (iot_no_device, 1), "exec": (iot_no_device, 3), "connect": (iot_no_device, 4),
    "disconnect": (iot_no_device, 1), "iconTag": (iot_icon_tag, 1),
}


def install(ctx):
    define_library(ctx, "iot", TABLE)
    return True
