"""No client input ends an emulator session with 1011: it becomes an ``error`` event (issue 16.4).

Plus: the emulator keeps a bounded number of session records.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings, strategies as st

from pipecat_rt_best.testing.realtime_emulator import RealtimeEmulator
from pipecat_rt_best.testing.realtime_emulator.protocol import CLIENT_EVENT_TYPES, RealtimeProtocol
from tests.realtime_emulator.helpers import client_for


def _nested(depth: int, event_type: str = "conversation.item.create") -> str:
    opened, closed = '{"a": [' * depth, "]}" * depth
    return f'{{"type": "{event_type}", "item": {opened}1{closed}}}'


async def test_deeply_nested_json_is_an_error_event_and_the_session_lives(
    emu: RealtimeEmulator,
) -> None:
    async with client_for(emu) as client:
        for depth in (900, 5000):
            for etype in ("conversation.item.create", "session.update", "response.create"):
                await client.send_raw(_nested(depth, etype))
                assert (await client.expect("error"))["error"]["type"]
        await client.send_raw(json.dumps({"type": "x" * 1_000_000, "blob": "y" * 2_000_000}))
        assert (await client.error())["code"] == "invalid_value"
        await client.configure()  # still a working session
    await emu.wait_for(lambda: emu.sessions[-1].closed)
    assert emu.sessions[-1].close_reason == "client closed"


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=30,
)
_events = st.builds(
    lambda t, fields: {"type": t, **fields},
    st.sampled_from(CLIENT_EVENT_TYPES) | st.text(max_size=10),
    st.dictionaries(
        st.sampled_from(["item", "session", "response", "audio", "item_id", "event_id", "x"]),
        _json,
        max_size=4,
    ),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events=st.lists(_events, min_size=1, max_size=8), raw=st.text(max_size=50))
def test_any_client_input_yields_events_never_an_exception(
    events: list[dict[str, Any]], raw: str
) -> None:
    proto = RealtimeProtocol()
    for event in events:
        outcome = proto.handle_message(json.dumps(event))
        for out in outcome.events:
            json.dumps(out)  # every answer can be sent
    proto.handle_message(raw)
    proto.handle_message(_nested(3000))


async def test_session_records_are_bounded() -> None:
    async with RealtimeEmulator(max_sessions=3) as emu:
        for _ in range(5):
            async with client_for(emu):
                pass
        assert len(emu.sessions) == 3 and emu.max_sessions == 3
        assert emu.sessions[1:][0] is emu.sessions[1]  # still a list
