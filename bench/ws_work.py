"""bench/ws_scripts/work.js in Python: its messages and replies.

Used by the floor handler (the same work, hand-written) and by the load
generator (the expected reply of each message). Messages are 256 bytes of
words; the reply is compact JSON with sorted keys, as the script writes it.
"""
import json
import re

_WORDS = ("the quick brown fox jumps over the lazy dog while seven wizards quietly judge boxing "
          "matches and the dog sleeps near 42 barrels of old wine in the cellar of a tiny house by "
          "the river where the fox waits for the night to fall over the quiet town and its people ")


def messages():
    """Two 256-byte messages (text varied so the counts differ)."""
    a = (_WORDS * 2)[:256]
    b = (_WORDS[100:] + _WORDS)[:256].upper()
    return [a, b]


def reply(text):
    """work.js's handle(text)."""
    counts = {}
    n = 0
    for w in re.split(r"[^a-z0-9]+", text.lower()):
        if w:
            counts[w] = counts.get(w, 0) + 1
            n += 1
    keys = sorted(counts)
    top = keys[0]
    for k in keys[1:]:
        if counts[k] > counts[top]:
            top = k
    return json.dumps({"distinct": len(keys), "first": keys[0], "last": keys[-1], "top": top,
                       "topCount": counts[top], "words": n}, separators=(",", ":"))
