"""Fixtures shared by the unit tests."""

import pytest

from runtime.realm import REALM, Realm


@pytest.fixture
def realm():
    """A full (eager) realm, current for the test: built-ins called
    directly from Python find it through ``current_realm()``."""
    r = Realm()
    token = REALM.set(r)
    yield r
    REALM.reset(token)
