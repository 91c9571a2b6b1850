"""The pure record of what a realtime session was sent and has not answered (replayed on a
new session by the reconnect)."""

from __future__ import annotations

import base64
import json

from pipecat_rt_best.realtime.unanswered_input import (
    APPEND,
    COMMIT,
    CREATE,
    TEXT,
    UnansweredInput,
    append_audio_bytes,
    caller_text_item,
    client_event_type,
    transcript_of,
)


def _event(kind: str, n: int, **fields: object) -> str:
    return json.dumps({"event_id": f"evt_{n}", "type": kind, **fields})


def _append(n: int, size: int = 800) -> str:
    return _event(APPEND, n, audio=base64.b64encode(bytes([n % 256]) * size).decode())


def _kinds(record: UnansweredInput) -> list[str]:
    return [kind for kind, _ in record.replay()]


def test_types_and_sizes_are_read_from_the_texts() -> None:
    assert client_event_type(_append(1, 161)) == APPEND
    assert append_audio_bytes(_append(1, 161)) == 161
    assert client_event_type(_event(COMMIT, 2)) == COMMIT
    assert client_event_type("not json") is None


def test_a_turn_is_kept_until_the_reply_to_it_starts() -> None:
    record = UnansweredInput(audio_limit_chars=10**6)
    for n in range(3):
        record.sent(_append(n))
    assert record.appended_since_commit() == 2400
    record.sent(_event(COMMIT, 3))
    record.sent(_event(CREATE, 4))
    record.sent(_append(5))  # the next turn starts
    assert _kinds(record) == [APPEND] * 3 + [COMMIT, CREATE, APPEND]
    assert record.appended_since_commit() == 800 and record.has_create()
    record.reply_began("resp_1")
    assert _kinds(record) == [APPEND] and not record.has_create()
    record.reply_began("resp_1")  # its later deltas: nothing more is answered
    assert _kinds(record) == [APPEND]


def test_a_clear_drops_the_uncommitted_audio_and_a_cancel_the_request() -> None:
    record = UnansweredInput(audio_limit_chars=10**6)
    record.sent(_append(1))
    record.sent(_event(COMMIT, 2))
    record.sent(_event(CREATE, 3))
    record.sent(_append(4))
    record.sent(_event("input_audio_buffer.clear", 5))
    record.sent(_event("response.cancel", 6))
    assert _kinds(record) == [APPEND, COMMIT]  # the committed turn stays, unasked
    record.reply_began("resp_1")  # the cancelled one's end: no request of ours to answer
    assert _kinds(record) == [APPEND, COMMIT]


def test_the_audio_is_bounded_and_not_kept_with_server_vad() -> None:
    record = UnansweredInput(audio_limit_chars=3 * len(_append(0)))
    for n in range(10):
        record.sent(_append(n))
    assert [json.loads(m)["event_id"] for _, m in record.replay()] == ["evt_7", "evt_8", "evt_9"]
    record.set_audio_limit(0)
    record.sent(_append(11))
    record.sent(_event(CREATE, 12))
    assert _kinds(record) == [CREATE]


def test_a_request_the_server_refused_is_not_kept() -> None:
    record = UnansweredInput(audio_limit_chars=10**6)
    record.sent(_event(CREATE, 1))
    record.refused("evt_2")  # another event's error
    assert record.has_create()
    record.refused("evt_1")
    assert not record.has_create()


def _turn(record: UnansweredInput, first: int) -> None:
    """Two appends, their commit and the request for a reply (event ids from ``first``)."""
    record.sent(_append(first))
    record.sent(_append(first + 1))
    record.sent(_event(COMMIT, first + 2))
    record.sent(_event(CREATE, first + 3))


def test_a_transcribed_turn_is_kept_as_its_text_not_its_audio() -> None:
    record = UnansweredInput(audio_limit_chars=10**6)
    _turn(record, 0)
    record.sent(_append(10))  # the next turn starts
    record.item_added("item_a")  # the session's item for the commit
    record.transcribed("item_a", "what is my balance")
    assert _kinds(record) == [TEXT, CREATE, APPEND]
    (text,) = [m for k, m in record.replay() if k == TEXT]
    assert transcript_of(text) == "what is my balance"
    assert client_event_type(text) == TEXT
    assert record.appended_since_commit() == 800  # the next turn's append only


def test_caller_items_are_linked_to_the_commits_in_order_on_each_session() -> None:
    record = UnansweredInput(audio_limit_chars=10**6)
    _turn(record, 0)
    record.sent(_event(COMMIT, 9))  # refused: makes no item
    record.refused("evt_9")
    _turn(record, 20)
    record.item_added("item_a")
    record.item_added("item_b")
    record.transcribed("item_b", "second")  # the second turn, not the first
    assert _kinds(record) == [APPEND, APPEND, COMMIT, CREATE, COMMIT, TEXT, CREATE]
    record.transcribed("item_b", "again")  # once only
    record.transcribed("item_x", "unknown")
    assert _kinds(record) == [APPEND, APPEND, COMMIT, CREATE, COMMIT, TEXT, CREATE]
    # a new session takes the kept commits again: its items are linked to them afresh
    record.new_session()
    record.item_added("item_c")
    record.transcribed("item_a", "first")  # the old session's item: no longer linked
    assert _kinds(record)[:3] == [APPEND, APPEND, COMMIT]
    record.transcribed("item_c", "first")
    assert _kinds(record) == [TEXT, CREATE, COMMIT, TEXT, CREATE]


def test_without_kept_audio_no_turn_is_linked() -> None:
    record = UnansweredInput(audio_limit_chars=0)  # server VAD
    record.sent(_event(COMMIT, 1))
    record.sent(_event(CREATE, 2))
    record.item_added("item_a")
    record.transcribed("item_a", "hello")
    assert _kinds(record) == [CREATE]


def test_a_caller_text_item_is_a_user_message() -> None:
    event = json.loads(caller_text_item("hi"))
    assert event == {
        "type": "conversation.item.create",
        "item": {
            "type": "message",
            "role": "user",
            "content": [{"type": "input_text", "text": "hi"}],
        },
    }
