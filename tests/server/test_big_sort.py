"""A sort of a million values (issue 9) runs in chunks: a plain script on
the same server keeps answering, and the CPU budget (2 s on the server
fixture) stops a script that sorts without end."""

from tests.server.test_hostile_natives import BIG, STALL_BOUND, plain_latencies_during


def test_a_huge_default_sort_lets_other_requests_through_and_is_stopped_by_the_budget(server):
    resp, lat = plain_latencies_during(server, BIG + "while (true) a.slice().sort(); sendResp('done');",
                                       "big_sort")
    assert resp.code == 500 and b"CPU budget" in resp.body
    assert lat[-1] < STALL_BOUND

