"""Counting a JSON body's top-level keys stops at the limit and is not
fooled by nested data or commas inside strings."""

import time

from runtime.agi.core import json_keys_exceed


def test_counts_top_level_keys_only():
    text = '{"a": 1, "b": [1, 2, {"c": 3, "d": 4}], "e": "x,y\\",z", "f": {"g": [5, 6]}}'
    assert not json_keys_exceed(text, 4)
    assert json_keys_exceed(text, 3)
    assert json_keys_exceed(' \n{ "a" : 1 , "b" : 2 } ', 1)
    assert not json_keys_exceed("{}", 0)
    assert json_keys_exceed('{"a": 1}', 0)


def test_non_objects_and_invalid_json_are_left_to_the_parser():
    assert not json_keys_exceed("[1, 2, 3, 4]", 1)
    assert not json_keys_exceed('"a,b,c"', 1)
    assert not json_keys_exceed('{"a": 1, b: 2, "c": 3}', 1)
    assert not json_keys_exceed("", 0)


def test_a_million_keys_cost_a_scan_of_the_limit():
    text = "{" + ",".join('"k%d":%d' % (i, i) for i in range(1000000)) + "}"
    t = time.process_time()
    assert json_keys_exceed(text, 1000)
    # generous: the scan stops after 1001 keys (~1 ms); a full parse takes seconds
    assert time.process_time() - t < 0.5
