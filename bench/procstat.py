"""Server-side resource readings from /proc: CPU seconds (utime+stime) and RSS of a process tree.

Servers may fork workers or spawn helpers, so every reading covers the process and all its
live descendants (found through the ppid field of /proc/*/stat).
"""
import os

_TICK = os.sysconf("SC_CLK_TCK")


def _stat_fields(pid):
    """Fields of /proc/PID/stat after the command name (which may contain spaces)."""
    with open(f"/proc/{pid}/stat", "rb") as fh:
        data = fh.read()
    return data[data.rindex(b")") + 2:].split()


def tree_pids(root):
    """The root pid and all its live descendants."""
    children = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            ppid = int(_stat_fields(name)[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, ()))
    return out


def cpu_seconds(pid):
    """utime+stime of one process in seconds (0.0 if it is gone)."""
    try:
        f = _stat_fields(pid)
    except OSError:
        return 0.0
    # After the name: state(0) ppid(1) ... utime is field 14 of the full line -> index 11 here.
    return (int(f[11]) + int(f[12])) / _TICK


def tree_cpu_seconds(root):
    """utime+stime summed over the process tree, in seconds."""
    return sum(cpu_seconds(p) for p in tree_pids(root))


def rss_bytes(pid):
    """VmRSS of one process in bytes (0 if gone)."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def tree_rss_bytes(root):
    """VmRSS summed over the process tree, in bytes."""
    return sum(rss_bytes(p) for p in tree_pids(root))
