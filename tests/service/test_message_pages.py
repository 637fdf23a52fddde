"""A chat is read newest page first, then back page by page."""

from __future__ import annotations

import httpx

NEWEST = 2**53


def test_pages_read_back_from_the_newest(streamer: httpx.Client) -> None:
    for n in range(5):
        assert streamer.post("/api/requests/4/messages",
                             json={"body": f"page test {n}"}).status_code == 201
    newest = streamer.get("/api/requests/4/messages",
                          params={"before_id": NEWEST, "limit": 2}).json()
    assert [m["body"] for m in newest] == ["page test 3", "page test 4"]
    older = streamer.get("/api/requests/4/messages",
                         params={"before_id": newest[0]["id"], "limit": 2}).json()
    assert [m["body"] for m in older] == ["page test 1", "page test 2"]
    oldest_first = streamer.get("/api/requests/4/messages", params={"limit": 500}).json()
    assert oldest_first[-1]["body"] == "page test 4"


def test_a_page_before_nothing_is_refused_clearly(streamer: httpx.Client) -> None:
    answer = streamer.get("/api/requests/4/messages", params={"before_id": 0})
    assert answer.status_code == 422
    assert answer.json()["error"] == "invalid_input"
