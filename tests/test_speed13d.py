"""Helpers split out for speed (session 13, speed13d): exact values on small inputs."""

from __future__ import annotations

from newsdesk.index.actors.gazetteer import load_gazetteer
from newsdesk.index.language.person_names import _peer_title, tidy_person


def test_peer_title_reads_each_set() -> None:
    gz = load_gazetteer()
    assert _peer_title("Lord", gz)
    assert _peer_title("Sir", gz)
    assert _peer_title("Baroness", gz)
    assert not _peer_title("Mr", gz)
    assert not _peer_title("minister", gz)


def test_tidy_person_keeps_a_peer_title_with_a_lone_name() -> None:
    gz = load_gazetteer()
    assert tidy_person("Falconer", "Lord", gz) == ("Lord Falconer", None)
    assert tidy_person("Boateng", "Mr", gz) == ("Boateng", "Mr")
