"""Review s41 (webauth): who can reach and drive the telephony server."""

from __future__ import annotations

import asyncio
import xml.etree.ElementTree as ET
from typing import Any

import httpx
import pytest
from pipecat.pipeline.worker import PipelineWorker
from websockets.asyncio.client import connect

from pipecat_rt_best.call_pipeline.telephony import serve_in_background
from pipecat_rt_best.g711_passthrough.dialects import StreamStart
from pipecat_rt_best.g711_passthrough.server import (
    CallInfo,
    TelephonyServerConfig,
    create_telephony_app,
)
from pipecat_rt_best.g711_passthrough.signature import twilio_signature
from pipecat_rt_best.g711_passthrough.transport import G711PassthroughTransport
from pipecat_rt_best.testing.provider_dialects import provider_side_for

AUTH_TOKEN = "tok-s41-webauth-never-log-me"
PUBLIC = "https://bot.example.com"


def _stream_params(answer: httpx.Response) -> dict[str, str]:
    stream = ET.fromstring(answer.text).find("./Connect/Stream")
    assert stream is not None, answer.text
    return {p.get("name") or "": p.get("value") or "" for p in stream.findall("Parameter")}


async def _open_stream(base: str, call_id: str, params: dict[str, str]) -> int | None:
    """Open a Twilio media stream naming ``call_id`` with ``params`` (its stream token);
    the close code the server ends it with."""
    provider = provider_side_for("twilio")
    async with connect(base.replace("http://", "ws://") + "/twilio/media") as ws:
        await ws.send(provider.connected_message())
        start = StreamStart(f"MZ-{call_id}", call_id=call_id, custom_parameters=params)
        await ws.send(provider.start_message(start))
        await asyncio.wait_for(ws.wait_closed(), 5)
        return ws.close_code


def _signed_app(monkeypatch: pytest.MonkeyPatch) -> tuple[Any, list[str | None]]:
    """A telephony app that checks Twilio's signatures, and the call ids whose stream began
    (its factory builds no pipeline)."""
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    started: list[str | None] = []

    async def factory(transport: G711PassthroughTransport, call: CallInfo) -> PipelineWorker:
        started.append(call.start.call_id)
        raise RuntimeError("test pipeline is not built")

    config = TelephonyServerConfig(public_url=PUBLIC, validate_twilio_signature=True)
    return create_telephony_app(factory, config), started


async def test_a_signed_get_webhook_replayed_as_a_post_opens_no_further_stream(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # WRONG: Twilio may call the voice URL with GET (its CallSid in the signed query). A
    # captured signed GET replayed as a POST with an empty body passes the signature (the
    # same URL, no form fields), but the server read the CallSid of a POST from its form
    # only: the replay got a stream token bound to no call, which any stream redeems, once
    # per replay, for ever -- model sessions on the operator's key, the "one stream per
    # call, a replay opens none" promise broken.
    # EXPECTED: the signed query's CallSid binds the token; a served call gets no second
    # stream (refused 1008 before any pipeline is built).
    app, started = _signed_app(monkeypatch)
    query = "CallSid=CA1&From=%2B15550001111&To=%2B15550002222"
    signature = twilio_signature(AUTH_TOKEN, f"{PUBLIC}/twilio/voice?{query}", [])
    headers = {"X-Twilio-Signature": signature}
    async with serve_in_background(app) as base, httpx.AsyncClient(base_url=base) as http:
        genuine = await http.get(f"/twilio/voice?{query}", headers=headers)
        assert genuine.status_code == 200
        assert await _open_stream(base, "CA1", _stream_params(genuine)) is not None
        assert started == ["CA1"]

        replay = await http.post(f"/twilio/voice?{query}", content=b"", headers=headers)
        assert replay.status_code == 200  # the signature does hold
        for call_id in ("CA1", "CA-made-up"):
            assert await _open_stream(base, call_id, _stream_params(replay)) == 1008
        assert started == ["CA1"]


# A genuine Twilio voice webhook's form (the fields sorted as Twilio signs them).
GENUINE_FORM = {
    "AccountSid": "AC" + "0" * 32,
    "ApiVersion": "2010-04-01",
    "CallSid": "CA" + "1" * 32,
    "CallStatus": "ringing",
    "Called": "+15550002222",
    "Caller": "+15550001111",
    "Direction": "inbound",
    "From": "+15550001111",
    "To": "+15550002222",
}


def _regrouped(form: dict[str, str], *, call_sid_extra: int | None) -> list[tuple[str, str]]:
    """Other form fields whose sorted ``name + value`` concatenation is the same string
    Twilio signed for ``form``, hence the same X-Twilio-Signature: every field but the call's
    id (``call_sid_extra`` None: none at all, everything one field name with an empty value),
    or a CallSid that runs ``call_sid_extra`` characters into the next field."""
    signed = "".join(k + v for k, v in sorted(form.items()))
    if call_sid_extra is None:
        return [(signed, "")]
    head, tail = signed.split("CallSid", 1)
    sid = tail[: len(form["CallSid"]) + call_sid_extra]
    return [(head, ""), ("CallSid", sid), (tail[len(sid) :], "")]


@pytest.mark.parametrize("call_sid_extra", [None, 1, 2], ids=["no-callsid", "sid+1", "sid+2"])
async def test_a_captured_signed_webhook_regrouped_opens_no_further_stream(
    call_sid_extra: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # WRONG: Twilio signs the URL plus each field's name and value run together, so a
    # captured signed webhook's bytes can be regrouped into other fields with the same
    # signature: all of it one field name (no CallSid at all: the answer's stream token was
    # bound to no call, redeemable by any stream, once per replay, without end), or a
    # CallSid running on into the next field ("CA…1C", "CA…1Ca", …: each a "new" call with
    # its own stream). The replay protection the README promises ("a captured signed webhook
    # replayed later ... opens no second one") was bypassed, each bypass a model session on
    # the operator's key.
    # EXPECTED: a webhook bearing a signature already seen for another reading of its
    # fields is refused (403) and no stream is opened for it.
    app, started = _signed_app(monkeypatch)
    signature = twilio_signature(AUTH_TOKEN, f"{PUBLIC}/twilio/voice", GENUINE_FORM)
    forged = _regrouped(GENUINE_FORM, call_sid_extra=call_sid_extra)
    assert twilio_signature(AUTH_TOKEN, f"{PUBLIC}/twilio/voice", forged) == signature
    headers = {"X-Twilio-Signature": signature}
    sid = GENUINE_FORM["CallSid"]
    async with serve_in_background(app) as base, httpx.AsyncClient(base_url=base) as http:
        genuine = await http.post("/twilio/voice", data=GENUINE_FORM, headers=headers)
        assert genuine.status_code == 200
        assert await _open_stream(base, sid, _stream_params(genuine)) is not None
        assert started == [sid]

        replay = await http.post("/twilio/voice", data=dict(forged), headers=headers)
        if replay.status_code == 200:  # answered: its token must open nothing
            forged_sid = dict(forged).get("CallSid") or "CA-made-up"
            assert await _open_stream(base, forged_sid, _stream_params(replay)) == 1008
        else:
            assert replay.status_code == 403
        assert started == [sid]


async def _no_pipeline(transport: G711PassthroughTransport, call: CallInfo) -> PipelineWorker:
    raise AssertionError("no call expected")


async def test_the_readmes_own_process_server_closes_a_client_that_sends_no_headers() -> None:
    # WRONG: README's "In your own process" recipe, DrainingServer(uvicorn.Config(app,
    # host="0.0.0.0", port=8080, lifespan="off"), app, ...), served with uvicorn's own HTTP
    # protocol: no deadline on request headers, so a client that connects and sends nothing,
    # or its headers a byte at a time, held its socket for ever (the slowloris the CLI's
    # --header-timeout closes; a few thousand exhaust the server).
    # EXPECTED: DrainingServer applies the header deadline unless the uvicorn.Config names
    # its own protocol, as it already does for timeout_graceful_shutdown.
    import uvicorn

    from pipecat_rt_best.call_pipeline.header_timeout import DEFAULT_HEADER_TIMEOUT_S
    from pipecat_rt_best.call_pipeline.telephony_server import (
        DrainingServer,
        production_telephony_app,
    )

    app = production_telephony_app(_no_pipeline, TelephonyServerConfig())
    server = DrainingServer(
        uvicorn.Config(app, host="127.0.0.1", port=0, lifespan="off", log_level="warning"),
        app,
        drain_timeout_s=1,
    )
    protocol = server.config.http
    assert getattr(protocol, "header_timeout_s", None) == DEFAULT_HEADER_TIMEOUT_S, protocol
    protocol.header_timeout_s = 0.3  # type: ignore[union-attr]  # (this test's class only)
    serving = asyncio.create_task(server.serve())
    try:
        while not server.started:
            await asyncio.sleep(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # and the rest never comes
        await writer.drain()
        assert await asyncio.wait_for(reader.read(), 3) == b""  # closed by the server
        writer.close()
    finally:
        server.should_exit = True
        await asyncio.wait_for(serving, 5)

    # a Config that sets its own keeps them
    own = uvicorn.Config(app, lifespan="off", http="h11")
    assert DrainingServer(own, app, drain_timeout_s=1).config.http == "h11"


async def test_a_signed_webhooks_fields_moved_into_its_query_open_no_further_stream(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # WRONG: with a query in the voice URL (?tenant=7), a captured signed POST's fields can
    # be moved into that query (the signed string is the URL and then the fields run
    # together): a GET to ?tenant=7AccountSidAC…CallSidCA…To+1… carries the same signature
    # and names no call, so its stream token was bound to none and any stream redeemed it.
    # EXPECTED: refused (the signature came before with other fields); no stream opens.
    app, started = _signed_app(monkeypatch)
    url = f"{PUBLIC}/twilio/voice?tenant=7"
    signature = twilio_signature(AUTH_TOKEN, url, GENUINE_FORM)
    moved = "".join(k + v for k, v in sorted(GENUINE_FORM.items()))
    assert twilio_signature(AUTH_TOKEN, url + moved, []) == signature
    headers = {"X-Twilio-Signature": signature}
    sid = GENUINE_FORM["CallSid"]
    async with serve_in_background(app) as base, httpx.AsyncClient(base_url=base) as http:
        genuine = await http.post("/twilio/voice?tenant=7", data=GENUINE_FORM, headers=headers)
        assert genuine.status_code == 200
        assert await _open_stream(base, sid, _stream_params(genuine)) is not None

        replay = await http.get(f"/twilio/voice?tenant=7{moved}", headers=headers)
        if replay.status_code == 200:
            assert await _open_stream(base, "CA-made-up", _stream_params(replay)) == 1008
        else:
            assert replay.status_code == 403
        assert started == [sid]
