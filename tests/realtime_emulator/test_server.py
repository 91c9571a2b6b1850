"""The emulator over real WebSockets: handshake, endpoints, full flows, bad input."""

from __future__ import annotations

import base64
import json

import pytest
from loguru import logger
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from pipecat_rt_best.testing.realtime_emulator import (
    AZURE_PATH,
    EmulatorScript,
    Faults,
    RealtimeEmulator,
    Reply,
    ToolCall,
    synthesize,
)

from .helpers import b64, client_for, tone


@pytest.mark.parametrize(
    ("azure", "headers"),
    [
        (False, {}),
        (False, {"Authorization": "Bearer wrong-key"}),
        (False, {"Authorization": "test-key"}),  # no Bearer scheme
        (False, {"api-key": "test-key"}),  # Azure header on the OpenAI path
        (True, {}),
        (True, {"api-key": "wrong-key"}),
        (True, {"Authorization": "Bearer wrong-key"}),
        (True, {"Authorization": "test-key"}),  # no Bearer scheme
    ],
)
async def test_bad_or_missing_key_is_refused_with_401(
    emu: RealtimeEmulator, azure: bool, headers: dict[str, str]
) -> None:
    url = emu.azure_url if azure else emu.url
    with pytest.raises(InvalidStatus) as info:
        async with connect(url, additional_headers=headers):
            pass
    response = info.value.response
    assert response.status_code == 401
    body = json.loads(response.body)
    assert body["error"]["code"] == "invalid_api_key"
    assert "test-key" not in response.body.decode() and "wrong-key" not in response.body.decode()
    assert emu.sessions == []
    assert emu.handshakes[-1]["status"] == 401


async def test_the_azure_path_takes_a_bearer_token_as_entra_id_clients_send_it() -> None:
    # real Azure takes Authorization: Bearer <Entra ID token> beside api-key
    async with RealtimeEmulator(api_key="the-key", azure_token="entra-token") as emu:
        for headers, auth in (
            ({"api-key": "the-key"}, "api-key"),
            ({"Authorization": "Bearer entra-token"}, "bearer"),
        ):
            async with connect(f"{emu.azure_url}?model=m", additional_headers=headers) as ws:
                assert json.loads(await ws.recv())["type"] == "session.created"
            assert emu.handshakes[-1] == {"path": AZURE_PATH, "status": 101, "auth": auth}
        for headers in ({"Authorization": "Bearer the-key"}, {"api-key": "entra-token"}):
            with pytest.raises(InvalidStatus) as info:
                async with connect(emu.azure_url, additional_headers=headers):
                    pass
            assert info.value.response.status_code == 401
            assert b"entra-token" not in info.value.response.body
        # the token is not an OpenAI key
        with pytest.raises(InvalidStatus):
            async with connect(emu.url, additional_headers={"Authorization": "Bearer entra-token"}):
                pass
    # without an azure_token, the key is the token the Azure path takes as a Bearer
    async with RealtimeEmulator(api_key="tok") as emu:
        async with connect(emu.azure_url, additional_headers={"Authorization": "Bearer tok"}):
            pass
        assert emu.handshakes[-1]["status"] == 101


async def test_unknown_path_is_404(emu: RealtimeEmulator) -> None:
    with pytest.raises(InvalidStatus) as info:
        async with connect(
            f"ws://127.0.0.1:{emu.port}/v1/chat",
            additional_headers={"Authorization": "Bearer test-key"},
        ):
            pass
    assert info.value.response.status_code == 404


@pytest.mark.parametrize("azure", [False, True])
async def test_both_endpoints_accept_the_key_and_echo_the_model(
    emu: RealtimeEmulator, azure: bool
) -> None:
    async with client_for(emu, azure=azure, model="gpt-realtime-2") as client:
        session = client.events[0]["session"]
        assert session["model"] == "gpt-realtime-2"
    record = emu.last_session
    assert record is not None
    assert record.model == "gpt-realtime-2"
    assert record.path == ("/openai/v1/realtime" if azure else "/v1/realtime")
    assert emu.url.endswith("/v1/realtime") and emu.azure_url.endswith("/openai/v1/realtime")


async def test_model_defaults_when_not_given(emu: RealtimeEmulator) -> None:
    async with client_for(emu) as client:
        assert client.events[0]["session"]["model"] == "gpt-realtime"


@pytest.mark.parametrize("fmt", ["audio/pcm", "audio/pcmu", "audio/pcma"])
async def test_manual_turn_round_trip(fmt: str) -> None:
    script = EmulatorScript(replies=["Namaste, how can I help?"])
    async with RealtimeEmulator(script=script) as emu, client_for(emu) as client:
        await client.configure(fmt=fmt)
        user_item = await client.say(tone(400, fmt))
        events = await client.respond()
        audio = b"".join(
            base64.b64decode(e["delta"])
            for e in events
            if e["type"] == "response.output_audio.delta"
        )
        assert audio == synthesize("Namaste, how can I help?", fmt)
        record = emu.last_session
        assert record is not None
        assert record.input_audio_turns == [tone(400, fmt)]
        assert record.appended_audio == tone(400, fmt)
        assert record.conversation[0]["id"] == user_item
        assistant = events[-1]["response"]["output"][0]["id"]
        assert record.output_audio[assistant] == audio
        # truncate over the wire
        await client.send(
            "conversation.item.truncate", item_id=assistant, content_index=0, audio_end_ms=500
        )
        await client.expect("conversation.item.truncated")
        assert record.conversation[-1]["content"][0]["transcript"] == "Namaste,"
        await record.wait_for_event("conversation.item.truncated")


async def test_a_session_record_shows_as_one_line() -> None:
    """``emu.last_session`` in a notebook cell: a summary, not every event and byte (a 5 s
    session printed ~170 KB)."""
    script = EmulatorScript(replies=["Namaste, how can I help you today?"])
    async with RealtimeEmulator(script=script) as emu, client_for(emu) as client:
        await client.configure(fmt="audio/pcmu")
        for _ in range(5):
            await client.say(tone(1000, "audio/pcmu"))
            await client.respond()
        record = emu.last_session
        assert record is not None
        text = repr(record)
        assert len(text) < 400, text
        assert "\n" not in text
        assert f"received {len(record.received)} events" in text
        assert "commits 5, responses 5" in text and "input audio 40,000 bytes" in text


async def test_text_mode_and_tool_calls_over_the_wire() -> None:
    script = EmulatorScript(
        replies=[
            Reply(text="Checking.", tool_calls=[ToolCall("get_weather", {"city": "Pune"})]),
            "Sunny.",
        ]
    )
    async with RealtimeEmulator(script=script) as emu, client_for(emu) as client:
        await client.configure(modality="text")
        events = await client.respond()
        types = [e["type"] for e in events]
        assert "response.output_text.delta" in types and "response.output_audio.delta" not in types
        call = next(e for e in events if e["type"] == "response.function_call_arguments.done")
        await client.send(
            "conversation.item.create",
            item={"type": "function_call_output", "call_id": call["call_id"], "output": "{}"},
        )
        await client.until("conversation.item.done")
        events = await client.respond()
        assert events[-1]["response"]["output"][0]["content"][0]["text"] == "Sunny."


async def test_bad_input_gets_error_events_and_the_connection_survives(
    emu: RealtimeEmulator,
) -> None:
    async with client_for(emu) as client:
        await client.send_raw("{this is not json")
        assert (await client.error())["code"] == "invalid_json"
        await client.send_raw(b"\x00\xff binary")
        assert (await client.error())["code"] == "invalid_json"
        await client.send("no.such.event", event_id="evt_1")
        err = await client.error()
        assert (err["code"], err["param"], err["event_id"]) == ("invalid_value", "type", "evt_1")
        await client.send("input_audio_buffer.append", audio="%%%")
        assert (await client.error())["code"] == "invalid_value"
        await client.send("response.cancel")
        assert (await client.error())["code"] == "response_cancel_not_active"
        # all still fine
        await client.configure()
        await client.say(tone(200))
        events = await client.respond()
        assert events[-1]["response"]["status"] == "completed"
        record = emu.last_session
        assert record is not None
        assert [e["error"]["code"] for e in record.errors_sent] == [
            "invalid_json",
            "invalid_json",
            "invalid_value",
            "invalid_value",
            "response_cancel_not_active",
        ]
        assert record.received[0] == {"type": None, "raw": "{this is not json"}


async def test_cancel_over_the_wire_holds_the_audio_sent() -> None:
    from pipecat_rt_best.testing.realtime_emulator import Faults

    text = "This reply is long enough to be interrupted somewhere in the middle of it."
    faults = Faults(delta_interval_s=0.02)
    async with RealtimeEmulator(script=EmulatorScript(replies=[text]), faults=faults) as emu:
        async with client_for(emu) as client:
            await client.configure()
            await client.send("response.create")
            got = []
            while len([e for e in got if e["type"] == "response.output_audio.delta"]) < 3:
                got.append(await client.recv())
            await client.send("response.cancel")
            got += await client.until("response.done")
            done = got[-1]["response"]
            assert done["status"] == "cancelled"
            audio = b"".join(
                base64.b64decode(e["delta"])
                for e in got
                if e["type"] == "response.output_audio.delta"
            )
            assert 3 * 4800 <= len(audio) < len(synthesize(text, "audio/pcm"))
            item_id = done["output"][0]["id"]
            record = emu.last_session
            assert record is not None
            assert record.output_audio[item_id] == audio
            assert record.cancels == [
                {
                    "response_id": done["id"],
                    "accepted": True,
                    "reason": "client_cancelled",
                    "error": None,
                }
            ]
            held_ms = len(audio) // 48
            await client.send(
                "conversation.item.truncate",
                item_id=item_id,
                content_index=0,
                audio_end_ms=held_ms + 50,
            )
            err = await client.error()
            assert (
                err["message"]
                == f"Audio content of {held_ms}ms is already shorter than {held_ms + 50}ms"
            )
            # a new response works after the cancel
            events = await client.respond()
            assert events[-1]["response"]["status"] == "completed"


async def test_async_responder_and_per_connection_script_cursor() -> None:
    async def responder(conversation: list[dict]) -> str:
        return f"I see {len(conversation)} items."

    async with RealtimeEmulator(script=EmulatorScript(responder=responder)) as emu:
        async with client_for(emu) as client:
            await client.configure()
            await client.say(tone(200))
            events = await client.respond()
            assert (
                events[-1]["response"]["output"][0]["content"][0]["transcript"] == "I see 1 items."
            )
    async with RealtimeEmulator(script=EmulatorScript(replies=["first", "second"])) as emu:
        for _ in range(2):
            async with client_for(emu) as client:
                await client.configure()
                events = await client.respond()
                assert events[-1]["response"]["output"][0]["content"][0]["transcript"] == "first"
        assert len(emu.sessions) == 2
        await emu.wait_for(lambda: all(s.closed for s in emu.sessions))


async def test_server_vad_over_the_wire() -> None:
    async with RealtimeEmulator(script=EmulatorScript(replies=["Yes?"])) as emu:
        async with client_for(emu) as client:  # default session: server_vad on
            audio = bytes(48 * 300) + tone(500) + bytes(48 * 800)
            for i in range(0, len(audio), 4800):
                await client.send("input_audio_buffer.append", audio=b64(audio[i : i + 4800]))
            events = await client.until("response.done")
            types = [e["type"] for e in events]
            assert types[:3] == [
                "input_audio_buffer.speech_started",
                "input_audio_buffer.speech_stopped",
                "input_audio_buffer.committed",
            ]
            assert events[-1]["response"]["status"] == "completed"
            assert (
                emu.last_session is not None
                and emu.last_session.commits[0]["source"] == "server_vad"
            )


async def test_stop_closes_open_connections() -> None:
    emu = RealtimeEmulator()
    await emu.start()
    async with client_for(emu) as client:
        await emu.stop()
        with pytest.raises(ConnectionClosed):
            await client.recv(timeout=5)
    url = emu.url
    with pytest.raises(OSError):
        async with client_for(emu):
            pass
    # a restart serves the same URL again
    await emu.start()
    try:
        assert emu.url == url
        async with client_for(emu) as client:
            await client.configure()
        assert len(emu.sessions) == 2
    finally:
        await emu.stop()


async def test_a_stopped_emulator_shows_as_stopped() -> None:
    # after stop() the repr still showed "port=..." (the port is kept for a restart),
    # exactly what a running emulator shows, in a notebook cell ending in ``emu, az``
    from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator

    for emu in (RealtimeEmulator(), AzureSpeechEmulator()):
        name = type(emu).__name__
        assert repr(emu).startswith(f"{name}(stopped, ")
        await emu.start()
        assert repr(emu).startswith(f"{name}(port={emu.port}, ")
        await emu.stop()
        assert repr(emu).startswith(f"{name}(stopped, "), repr(emu)


def test_port_before_start_is_an_error() -> None:
    with pytest.raises(RuntimeError):
        _ = RealtimeEmulator().port


@pytest.mark.parametrize("kind", ["realtime", "azure speech"])
def test_an_emulator_from_an_earlier_asyncio_run_is_refused_and_can_be_freed(kind: str) -> None:
    """One ``asyncio.run()`` per step (a script's cells, a plain REPL): the server died with
    the first loop, yet start() in the next returned as if serving (clients hung until their
    own timeout), stop() raised "Event loop is closed" and the port stayed bound."""
    import asyncio

    from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator

    emu = RealtimeEmulator() if kind == "realtime" else AzureSpeechEmulator()
    asyncio.run(emu.start())
    port = emu.port

    async def next_step() -> None:
        with pytest.raises(RuntimeError, match=r"started on another event loop \(each asyncio"):
            await emu.start()
        await emu.stop()  # frees the port the closed loop left bound
        await emu.start()  # and serves again, on this loop, at the same port
        try:
            assert emu.port == port
            if isinstance(emu, RealtimeEmulator):
                async with client_for(emu) as client:
                    await client.configure()
            else:
                _, writer = await asyncio.open_connection("127.0.0.1", port)
                writer.close()
        finally:
            await emu.stop()

    asyncio.run(next_step())


async def test_cancel_while_an_async_responder_is_still_thinking() -> None:
    import asyncio

    release = asyncio.Event()

    async def slow(conversation: list[dict]) -> str:
        await release.wait()
        return "too late"

    async with (
        RealtimeEmulator(script=EmulatorScript(responder=slow)) as emu,
        client_for(emu) as client,
    ):
        await client.configure()
        await client.send("response.create")
        await client.expect("response.created")
        await client.send("response.cancel")
        done = await client.expect("response.done")
        assert done["response"]["status"] == "cancelled" and done["response"]["output"] == []
        release.set()


async def test_a_failing_script_fails_the_response_not_the_session() -> None:
    calls = []

    def flaky(conversation: list[dict]) -> str:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("script bug")
        return "Recovered."

    async with (
        RealtimeEmulator(script=EmulatorScript(responder=flaky)) as emu,
        client_for(emu) as client,
    ):
        await client.configure()
        events = await client.respond()
        assert events[-1]["response"]["status"] == "failed"
        assert events[-1]["response"]["status_details"]["type"] == "failed"
        events = await client.respond()
        assert events[-1]["response"]["output"][0]["content"][0]["transcript"] == "Recovered."


async def test_a_reply_that_breaks_the_stream_fails_the_response_with_its_error_logged() -> None:
    # a reply the stream could not play (here a dict for a tool call, past Reply's checks)
    # killed the response's task unseen: no response.done, the call silent until timeout
    broken = Reply(text="One moment.")
    object.__setattr__(broken, "tool_calls", [{"name": "check_balance"}])
    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(str(m)), level="ERROR")
    try:
        async with (
            RealtimeEmulator(script=EmulatorScript(replies=[broken, "Recovered."])) as emu,
            client_for(emu) as client,
        ):
            await client.configure()
            events = await client.respond()
            response = events[-1]["response"]
            assert response["status"] == "failed"
            message = response["status_details"]["error"]["message"]
            assert "AttributeError" in message and "call_id" in message
            events = await client.respond()  # the session goes on
            assert events[-1]["response"]["output"][0]["content"][0]["transcript"] == "Recovered."
    finally:
        logger.remove(sink)
    assert any("failed mid-stream" in line and "Traceback" in line for line in lines)


async def test_replies_left_unused_or_used_up_are_told() -> None:
    # a script longer than the call, or one that ran out (the model then said "OK."), went
    # without a word: a test saw only a later, unrelated assertion fail
    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(str(m)), level="WARNING")
    try:
        script = EmulatorScript(replies=["Hello.", "Your balance is 500.", "Goodbye."])
        async with RealtimeEmulator(script=script) as emu:
            async with client_for(emu) as client:
                await client.configure()
                await client.respond()
            async with client_for(emu):  # opened, never used: a pool's spare
                pass
            await emu.wait_for(lambda: all(s.closed for s in emu.sessions))
            used, spare = emu.sessions
            assert used.unused_replies == ["Your balance is 500.", "Goodbye."]
            assert spare.unused_replies == list(script.replies)
        async with RealtimeEmulator(script=EmulatorScript(replies=["Hello."])) as emu:
            async with client_for(emu) as client:
                await client.configure()
                await client.respond()
                events = await client.respond()
                assert events[-1]["response"]["output"][0]["content"][0]["transcript"] == "OK."
        # not told (a review's observation: noise): a cycling script left part-used, and a
        # session the emulator dropped, whose call goes on in the next one
        cycling = EmulatorScript(replies=["Hello.", "Bye."], exhausted="cycle")
        async with RealtimeEmulator(script=cycling) as emu:
            async with client_for(emu) as client:
                await client.configure()
                await client.respond()
            await emu.wait_for(lambda: all(s.closed for s in emu.sessions))
        async with RealtimeEmulator(script=script, faults=Faults(max_session_s=0.5)) as emu:
            async with client_for(emu) as client:
                await client.configure()
                await client.respond()
                await emu.wait_for(lambda: all(s.closed for s in emu.sessions))
            assert emu.sessions[0].close_reason == "max_session_s"
            assert emu.sessions[0].unused_replies == ["Your balance is 500.", "Goodbye."]
    finally:
        logger.remove(sink)
    unused = [line for line in lines if "scripted replies unused" in line]
    assert len(unused) == 1 and "2 of its 3" in unused[0] and "'Your balance is 500.'" in unused[0]
    used_up = [line for line in lines if "used up its 1 scripted replies" in line]
    assert len(used_up) == 1 and "'OK.'" in used_up[0]


async def test_a_responder_still_thinking_is_cancelled_when_the_emulator_stops() -> None:
    import asyncio

    state: dict[str, bool] = {"cancelled": False}

    async def slow(conversation: list[dict]) -> str:
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            state["cancelled"] = True
            raise
        return "never"

    async with (
        RealtimeEmulator(script=EmulatorScript(responder=slow)) as emu,
        client_for(emu) as client,
    ):
        await client.configure()
        await client.send("response.create")
        await client.expect("response.created")
    await asyncio.sleep(0.05)
    assert state["cancelled"]
    leftover = [t for t in asyncio.all_tasks() if "Event.wait" in repr(t.get_coro())]
    assert not leftover
