"""Telephony server: webhook answers, Twilio signatures, origin / capacity / start checks."""

from __future__ import annotations

import asyncio
import json
import logging
import xml.etree.ElementTree as ET
from typing import Any

import httpx
import pytest
from loguru import logger
from pipecat.pipeline.worker import PipelineWorker
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from pipecat_rt_best.call_pipeline.telephony import serve_in_background
from pipecat_rt_best.g711_passthrough.dialects import StreamStart
from pipecat_rt_best.g711_passthrough.server import (
    CallInfo,
    TelephonyServerConfig,
    create_telephony_app,
)
from pipecat_rt_best.g711_passthrough.signature import twilio_signature
from pipecat_rt_best.g711_passthrough.stream_start import UnsupportedStreamError, read_stream_start
from pipecat_rt_best.g711_passthrough.transport import G711PassthroughTransport
from pipecat_rt_best.testing.provider_dialects import provider_side_for

from .harness import held_calls

TOKEN = "tok-3f9a-never-log-me"


async def _never_called(transport: G711PassthroughTransport, call: CallInfo) -> PipelineWorker:
    raise AssertionError("no pipeline expected")


def _client(app: Any, base: str = "https://bot.example.com") -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=base)


async def test_webhooks_answer_with_the_media_stream_url() -> None:
    app = create_telephony_app(_never_called, TelephonyServerConfig(telnyx_codec="PCMA"))
    async with _client(app) as http:
        tw = await http.post("/twilio/voice", data={"From": "+91 98 <x>", "To": "+1"})
        assert tw.status_code == 200 and tw.headers["content-type"].startswith("application/xml")
        root = ET.fromstring(tw.text)
        stream = root.find("./Connect/Stream")
        assert stream is not None and stream.get("url") == "wss://bot.example.com/twilio/media"
        params = {p.get("name"): p.get("value") for p in stream.findall("Parameter")}
        assert params == {"From": "+91 98 <x>", "To": "+1"}  # escaped in XML, intact here

        tx = ET.fromstring((await http.post("/telnyx/voice")).text).find("./Connect/Stream")
        assert tx is not None and tx.get("url") == "wss://bot.example.com/telnyx/media"
        assert tx.get("bidirectionalMode") == "rtp" and tx.get("bidirectionalCodec") == "PCMA"

        pl = ET.fromstring((await http.get("/plivo/voice")).text).find("./Stream")
        assert pl is not None and pl.text == "wss://bot.example.com/plivo/media"
        assert (
            pl.get("bidirectional") == "true" and pl.get("contentType") == "audio/x-mulaw;rate=8000"
        )

        ex = await http.get("/exotel/voice")
        assert ex.json() == {"url": "wss://bot.example.com/exotel/media"}

        health = await http.get("/healthz")
        assert health.json()["active_calls"] == 0


async def test_public_url_and_forwarded_headers() -> None:
    app = create_telephony_app(
        _never_called, TelephonyServerConfig(public_url="https://public.example.org/")
    )
    async with _client(app, "http://internal:8000") as http:
        text = (await http.post("/twilio/voice")).text
    assert 'url="wss://public.example.org/twilio/media"' in text
    app2 = create_telephony_app(_never_called, TelephonyServerConfig())
    async with _client(app2, "http://internal:8000") as http:
        text = (await http.post("/twilio/voice", headers={"x-forwarded-proto": "https"})).text
    assert 'url="wss://internal:8000/twilio/media"' in text


async def test_only_enabled_providers_are_served() -> None:
    app = create_telephony_app(_never_called, TelephonyServerConfig(providers=("plivo",)))
    async with _client(app) as http:
        assert (await http.post("/twilio/voice")).status_code == 404
        assert (await http.post("/plivo/voice")).status_code == 200
    with pytest.raises(ValueError, match="unknown providers"):
        TelephonyServerConfig(providers=("vonage",))  # type: ignore[arg-type]


async def test_twilio_signature_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    config = TelephonyServerConfig(
        public_url="https://bot.example.com", validate_twilio_signature=True
    )
    app = create_telephony_app(_never_called, config)
    form = {"CallSid": "CA1", "From": "+15551234567", "To": "+15557654321"}
    url = "https://bot.example.com/twilio/voice?tenant=7"
    good = twilio_signature(TOKEN, url, form)
    logs: list[str] = []
    sink = logger.add(lambda m: logs.append(str(m)), level="DEBUG")
    try:
        async with _client(app, "http://10.0.0.5") as http:
            ok = await http.post(
                "/twilio/voice?tenant=7", data=form, headers={"X-Twilio-Signature": good}
            )
            assert ok.status_code == 200 and "<Stream" in ok.text
            tampered = await http.post(
                "/twilio/voice?tenant=7",
                data={**form, "To": "+15550000000"},
                headers={"X-Twilio-Signature": good},
            )
            assert tampered.status_code == 403
            missing = await http.post("/twilio/voice?tenant=7", data=form)
            assert missing.status_code == 403
    finally:
        logger.remove(sink)
    assert any("bad or missing signature" in line for line in logs)
    assert not any(TOKEN in line for line in logs)


async def test_a_flood_of_unsigned_webhooks_or_garbage_sockets_does_not_flood_the_log(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Anyone may post to the webhook or open media sockets: each unsigned webhook logged a
    # WARNING, and each socket 3 for its garbage before 'start' (~1,200 lines a second from
    # one client, a review measured). Across requests and sockets, as refused sockets always
    # were: the first 3 of each kind, then every 100th, with the count.
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    monkeypatch.setenv("PIPECAT_RT_BEST_STREAM_SECRET", "a-shared-secret-0123456789abcdef")
    app = create_telephony_app(
        _never_called, TelephonyServerConfig(validate_twilio_signature=True, max_calls=20)
    )
    warnings: list[str] = []
    sink = logger.add(lambda m: warnings.append(m.record["message"]), level="WARNING")
    try:
        async with _client(app) as http:
            for _ in range(200):
                answer = await http.post("/twilio/voice", data={"CallSid": "CA1"})
                assert answer.status_code == 403
        async with serve_in_background(app) as base:
            url = base.replace("http://", "ws://") + "/twilio/media"
            for _ in range(40):
                async with connect(url) as ws:
                    for _ in range(3):
                        await ws.send("{not json")
                    await ws.send('{"event": "stop", "streamSid": "x"}')
                    await asyncio.wait_for(ws.wait_closed(), 5)
    finally:
        logger.remove(sink)
    signature = [w for w in warnings if "bad or missing signature" in w]
    garbage = [w for w in warnings if "before 'start'" in w]
    assert [w.rsplit(" ", 1)[-1] for w in signature] == ["(#1)", "(#2)", "(#3)", "(#100)", "(#200)"]
    assert [w.rsplit(" ", 1)[-1] for w in garbage] == ["(#1)", "(#2)", "(#3)", "(#100)"]
    assert len(warnings) == len(signature) + len(garbage), warnings
    assert app.state.webhooks_rejected["twilio", "signature"] == 200  # all counted


def test_signature_validation_needs_the_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    with pytest.raises(ValueError, match="TWILIO_AUTH_TOKEN") as info:
        create_telephony_app(_never_called, TelephonyServerConfig(validate_twilio_signature=True))
    assert TOKEN not in str(info.value)


async def test_a_twilio_token_with_a_trailing_newline_still_checks_signatures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a Kubernetes Secret made from a file ends in a newline: every genuine webhook was a 403
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", f" {TOKEN}\n")
    config = TelephonyServerConfig(
        public_url="https://bot.example.com", validate_twilio_signature=True
    )
    app = create_telephony_app(_never_called, config)
    form = {"CallSid": "CA1"}
    signed = twilio_signature(TOKEN, "https://bot.example.com/twilio/voice", form)
    async with _client(app) as http:
        answer = await http.post("/twilio/voice", data=form, headers={"X-Twilio-Signature": signed})
    assert answer.status_code == 200


@pytest.mark.parametrize("token", [" \n", "tok en-3f9a", "tok\x01en-3f9a"])
def test_a_blank_or_broken_twilio_token_is_refused_without_showing_it(
    monkeypatch: pytest.MonkeyPatch, token: str
) -> None:
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", token)
    with pytest.raises(ValueError, match="TWILIO_AUTH_TOKEN") as info:
        create_telephony_app(_never_called, TelephonyServerConfig(validate_twilio_signature=True))
    assert "\n" not in str(info.value) and "3f9a" not in str(info.value)


async def test_disallowed_origin_and_capacity_are_refused() -> None:
    started, release, factory = held_calls()
    config = TelephonyServerConfig(
        allowed_origins=("https://console.example.com",), max_calls=1, start_timeout_s=2
    )
    app = create_telephony_app(factory, config)
    provider = provider_side_for("twilio")
    async with serve_in_background(app) as base:
        url = base.replace("http://", "ws://") + "/twilio/media"
        with pytest.raises(InvalidStatus):
            async with connect(url, additional_headers={"Origin": "https://evil.example.com"}):
                pass
        async with connect(url, additional_headers={"Origin": "https://console.example.com"}) as ws:
            await ws.send(provider.connected_message())
            await ws.send(provider.start_message(StreamStart("MZ1", call_id="CA1")))
            await asyncio.wait_for(started.wait(), 5)
            with pytest.raises(InvalidStatus):  # the only call slot is taken
                async with connect(url):
                    pass
            release.set()
            await asyncio.wait_for(ws.wait_closed(), 5)
        (call,) = app.state.recent_calls
        assert call.call_id == "CA1" and call.error is not None and call.end_reason == "error"
        assert app.state.calls == []


async def test_a_socket_that_never_starts_is_closed() -> None:
    app = create_telephony_app(_never_called, TelephonyServerConfig(start_timeout_s=0.3))
    async with serve_in_background(app) as base:
        url = base.replace("http://", "ws://") + "/telnyx/media"
        async with connect(url) as ws:
            await ws.send("{garbage")
            await ws.send(json.dumps({"event": "connected"}))
            await asyncio.wait_for(ws.wait_closed(), 5)
        async with connect(url) as ws:  # a stop before start also ends it
            await ws.send(json.dumps({"event": "stop", "stream_id": "x"}))
            await asyncio.wait_for(ws.wait_closed(), 5)
    assert app.state.calls == [] and app.state.active_calls == 0


# -- Twilio signatures behind a reverse proxy ------------------------------------------

PROXIED = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "bot.example.com"}


async def test_twilio_signature_behind_a_proxy_uses_the_public_url(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No public_url: the signed URL is the one the proxy reports (as for the stream URL),
    not the internal one the server was reached at."""
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    app = create_telephony_app(_never_called, TelephonyServerConfig(validate_twilio_signature=True))
    form = {"CallSid": "CA1", "From": "+911234567890", "To": "+15550001111"}
    public = "https://bot.example.com/twilio/voice?x=1"
    internal = "http://10.0.0.5:8080/twilio/voice?x=1"
    async with _client(app, "http://10.0.0.5:8080") as http:

        async def post(url: str, headers: dict[str, str] = PROXIED) -> httpx.Response:
            signature = {"X-Twilio-Signature": twilio_signature(TOKEN, url, form)}
            return await http.post("/twilio/voice?x=1", data=form, headers=headers | signature)

        ok = await post(public)
        assert ok.status_code == 200
        assert 'url="wss://bot.example.com/twilio/media"' in ok.text
        assert (await post(internal)).status_code == 403  # not what Twilio requested
        # Twilio may or may not sign the default port: both forms are accepted.
        assert (await post("https://bot.example.com:443/twilio/voice?x=1")).status_code == 200
        assert (await post("https://bot.example.com:80/twilio/voice?x=1")).status_code == 403
        assert (await post("http://bot.example.com/twilio/voice?x=1")).status_code == 403
        # Several proxies: the first (client-most) forwarded values count.
        chained = {"X-Forwarded-Proto": "https, http", "X-Forwarded-Host": "bot.example.com, lb"}
        assert (await post(public, chained)).status_code == 200
        # No proxy headers: the URL the request reached.
        assert (await post(internal, {})).status_code == 200


@pytest.mark.parametrize(
    "header", [{"X-Forwarded-Host": "[bad"}, {"Host": "[bad"}, {"X-Forwarded-Host": "h:99999"}]
)
async def test_a_malformed_host_is_a_bad_signature_not_a_500(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, header: dict[str, str]
) -> None:
    # anyone could send it to the signed webhook: it was a 500 and a 60-line traceback
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    app = create_telephony_app(_never_called, TelephonyServerConfig(validate_twilio_signature=True))
    logs: list[str] = []
    sink = logger.add(lambda m: logs.append(str(m)), level="WARNING")
    try:
        async with serve_in_background(app) as base, httpx.AsyncClient(base_url=base) as http:
            answer = await http.post(
                "/twilio/voice",
                data={"CallSid": "CA1"},
                headers=header | {"X-Twilio-Signature": "x"},
            )
    finally:
        logger.remove(sink)
    assert answer.status_code == 403
    assert len(logs) == 1 and "bad or missing signature" in logs[0], logs
    assert "Traceback" not in logs[0] and TOKEN not in logs[0]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]  # uvicorn's traceback


async def test_a_client_that_hangs_up_mid_webhook_is_one_quiet_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # anyone could send a webhook's headers and part of its body, then hang up: each was an
    # ERROR and a ~65-line traceback (starlette's ClientDisconnect from request.form())
    app = create_telephony_app(_never_called, TelephonyServerConfig(max_calls=2))
    logs: list[tuple[str, str]] = []
    sink = logger.add(lambda m: logs.append((m.record["level"].name, str(m))), level="DEBUG")
    try:
        async with serve_in_background(app) as base:
            # uvicorn's own logging config stops its lines short of the root logger
            logging.getLogger("uvicorn.error").addHandler(caplog.handler)
            port = int(base.rsplit(":", 1)[1])
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(
                b"POST /twilio/voice HTTP/1.1\r\nHost: x\r\n"
                b"Content-Type: application/x-www-form-urlencoded\r\n"
                b"Content-Length: 100\r\n\r\nCallSid=CA"
            )
            await writer.drain()
            writer.close()
            async with asyncio.timeout(10):  # until the server has seen the hang-up
                while not any("hung up" in line for _, line in logs) and not [
                    r for r in caplog.records if r.levelno >= logging.ERROR
                ]:
                    await asyncio.sleep(0.02)
            async with httpx.AsyncClient(base_url=base) as http:
                assert (await http.get("/healthz")).json()["held_calls"] == 0  # slot freed
    finally:
        logger.remove(sink)
        logging.getLogger("uvicorn.error").removeHandler(caplog.handler)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]  # uvicorn's traceback
    ours = [line for _, line in logs if "twilio" in line.lower()]
    assert len(ours) == 1 and "Traceback" not in ours[0], ours
    assert all(level == "DEBUG" for level, line in logs if line in ours)


async def test_a_webhook_body_that_never_arrives_is_answered_408_and_closed() -> None:
    # the header deadline does not cover the body: a client that sent a webhook's headers and
    # part of its body held the connection (and a call slot) for as long as it liked
    config = TelephonyServerConfig(max_calls=2, webhook_body_timeout_s=0.5)
    app = create_telephony_app(_never_called, config)
    async with serve_in_background(app) as base:
        port = int(base.rsplit(":", 1)[1])
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(
            b"POST /twilio/voice HTTP/1.1\r\nHost: x\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\n"
            b"Content-Length: 100\r\n\r\nCallSid=CA"
        )
        await writer.drain()
        try:
            async with asyncio.timeout(10):
                answer = await reader.read()  # to EOF: the server closes the connection
        finally:
            writer.close()
        async with httpx.AsyncClient(base_url=base) as http:
            assert (await http.get("/healthz")).json()["held_calls"] == 0
    assert answer.startswith(b"HTTP/1.1 408"), answer


def test_the_webhook_body_deadline_must_be_positive() -> None:
    for bad in (0.0, -1.0, float("nan")):
        with pytest.raises(ValueError, match="webhook_body_timeout_s"):
            TelephonyServerConfig(webhook_body_timeout_s=bad)


async def test_twilio_signature_with_public_url_and_explicit_port(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    config = TelephonyServerConfig(
        public_url="https://bot.example.com:443", validate_twilio_signature=True
    )
    app = create_telephony_app(_never_called, config)
    form = {"CallSid": "CA1"}
    async with _client(app, "http://10.0.0.5") as http:
        for url, status in [
            ("https://bot.example.com/twilio/voice", 200),
            ("https://bot.example.com:443/twilio/voice", 200),
            ("http://10.0.0.5/twilio/voice", 403),
        ]:
            signature = {"X-Twilio-Signature": twilio_signature(TOKEN, url, form)}
            response = await http.post("/twilio/voice", data=form, headers=PROXIED | signature)
            assert response.status_code == status, url


# -- provider messages that must not end a call ----------------------------------------


async def _pass_through(transport: G711PassthroughTransport, call: CallInfo) -> PipelineWorker:
    from pipecat.pipeline.pipeline import Pipeline

    return PipelineWorker(Pipeline([transport.input(), transport.output()]))


async def _wait_until(condition: Any, timeout_s: float = 5.0) -> None:
    async def poll() -> None:
        while not condition():
            await asyncio.sleep(0.01)

    await asyncio.wait_for(poll(), timeout_s)


@pytest.mark.parametrize(
    "bad",
    [
        '{"event":"media","sequenceNumber":' + "1" * 5000 + "}",  # int past 4300 digits
        '{"event":"x","a":' + "[" * 20000 + "]" * 20000 + "}",  # nested too deeply
    ],
    ids=["huge-int", "deep-nesting"],
)
async def test_a_hostile_message_mid_call_is_skipped_and_the_call_goes_on(bad: str) -> None:
    app = create_telephony_app(_pass_through, TelephonyServerConfig(providers=("twilio",)))
    provider = provider_side_for("twilio")
    media = [
        provider.inbound_media_message(
            "MZ1", b"\xff" * 160, sequence=i, chunk=i, timestamp_ms=20 * i
        )
        for i in range(10)
    ]
    async with serve_in_background(app) as base:
        async with connect(base.replace("http://", "ws://") + "/twilio/media") as ws:
            await ws.send(provider.connected_message())
            # before 'start' too: skipped, and the start that follows is taken
            await ws.send(bad)
            await ws.send(provider.start_message(StreamStart("MZ1", call_id="CA1")))
            for message in media[:5]:
                await ws.send(message)
            await _wait_until(lambda: bool(app.state.calls))
            (session,) = app.state.calls
            await _wait_until(lambda: session.serializer.stats.media_in == 5)
            await ws.send(bad)
            for message in media[5:]:
                await ws.send(message)
            await _wait_until(lambda: session.serializer.stats.media_in == 10)
            assert not session.ended.is_set() and session.error is None
            assert session.serializer.stats.skipped["malformed json"] == 1
            await ws.send(provider.stop_message(StreamStart("MZ1", call_id="CA1")))
            await asyncio.wait_for(session.ended.wait(), 5)


# -- Telnyx codecs -----------------------------------------------------------------------


async def test_telnyx_model_law_is_the_declared_bidirectional_codec() -> None:
    seen: list[tuple[str, str, str, bool]] = []

    async def factory(transport: G711PassthroughTransport, call: CallInfo) -> PipelineWorker:
        s = transport.serializer
        seen.append((call.law, call.session_audio_format, s.law, s.transcodes_inbound))
        raise RuntimeError("no pipeline needed")

    provider = provider_side_for("telnyx")
    for codec, inbound in [("PCMU", "alaw"), ("PCMA", "alaw"), ("PCMA", "ulaw")]:
        app = create_telephony_app(factory, TelephonyServerConfig(telnyx_codec=codec))  # type: ignore[arg-type]
        async with _client(app) as http:
            answer = ET.fromstring((await http.post("/telnyx/voice")).text)
        stream = answer.find("./Connect/Stream")
        assert stream is not None and stream.get("bidirectionalCodec") == codec
        async with serve_in_background(app) as base:
            async with connect(base.replace("http://", "ws://") + "/telnyx/media") as ws:
                await ws.send(provider.start_message(StreamStart("s1", encoding=inbound)))  # type: ignore[arg-type]
                await asyncio.wait_for(ws.wait_closed(), 5)
    assert seen == [
        ("ulaw", "pcmu", "ulaw", True),  # PCMA caller on a PCMU stream: μ-law both ways
        ("alaw", "pcma", "alaw", False),  # matching: untouched
        ("alaw", "pcma", "alaw", True),
    ]


@pytest.mark.parametrize("codec", ["G722", "OPUS", "L16"])
async def test_telnyx_start_with_an_unsupported_codec_closes_at_once(codec: str) -> None:
    logs: list[str] = []
    sink = logger.add(lambda m: logs.append(str(m)), level="WARNING")
    app = create_telephony_app(_never_called, TelephonyServerConfig(start_timeout_s=60))
    start = {
        "event": "start",
        "stream_id": "s1",
        "start": {"media_format": {"encoding": codec, "sample_rate": 16000, "channels": 1}},
    }
    try:
        async with serve_in_background(app) as base:
            async with connect(base.replace("http://", "ws://") + "/telnyx/media") as ws:
                await ws.send(json.dumps({"event": "connected", "version": "1.0.0"}))
                await ws.send(json.dumps(start))
                # well before the 60 s start timeout
                await asyncio.wait_for(ws.wait_closed(), 5)
                assert ws.close_code == 1003
    finally:
        logger.remove(sink)
    assert app.state.calls == [] and app.state.active_calls == 0
    assert any("unsupported media format" in line and codec in line for line in logs)
    # the stream the provider's records name: it was missing from the line
    assert any("refused telnyx stream s1: unsupported media format" in line for line in logs)


@pytest.mark.parametrize(
    ("stream_id", "logged"),
    [("s-3", "stream s-3:"), ("s\n3", "stream 's\\n3':"), ("x" * 300, "stream 'xxx")],
)
async def test_a_refused_stream_is_named_escaped_in_its_error(stream_id: str, logged: str) -> None:
    logs: list[str] = []
    sink = logger.add(lambda m: logs.append(str(m)), level="ERROR", format="{message}")
    start = {
        "event": "start",
        "stream_id": stream_id,
        "start": {"media_format": {"encoding": "OPUS", "sample_rate": 16000}},
    }

    async def receive() -> dict[str, Any]:
        return {"type": "websocket.receive", "text": json.dumps(start)}

    try:
        with pytest.raises(UnsupportedStreamError):
            await read_stream_start(receive, "telnyx", timeout_s=1)
    finally:
        logger.remove(sink)
    (line,) = logs
    assert f"refused telnyx {logged}" in line and "\n" not in line.rstrip("\n")
    assert len(line) < 300


async def test_exotel_start_in_an_unknown_format_closes_at_once_with_one_error() -> None:
    logs: list[str] = []
    sink = logger.add(lambda m: logs.append(f"{m.record['level'].name} {m}"), level="WARNING")
    app = create_telephony_app(_never_called, TelephonyServerConfig(start_timeout_s=60))
    fmt = {"encoding": "audio/x-alaw", "sample_rate": "8000"}
    start = {
        "event": "start",
        "stream_sid": "e1",
        "start": {"stream_sid": "e1", "media_format": fmt},
    }
    try:
        async with serve_in_background(app) as base:
            async with connect(base.replace("http://", "ws://") + "/exotel/media") as ws:
                await ws.send(json.dumps({"event": "connected"}))
                await ws.send(json.dumps(start))
                await asyncio.wait_for(ws.wait_closed(), 5)  # well before the 60 s timeout
                assert ws.close_code == 1003
    finally:
        logger.remove(sink)
    assert app.state.calls == [] and app.state.active_calls == 0
    (line,) = logs
    assert line.startswith("ERROR") and "unsupported media format" in line
    assert "audio/x-alaw" in line


async def test_a_start_whose_id_would_forge_log_lines_is_refused_with_one_warning() -> None:
    # "MZ1\n2026-… | ERROR | … FORGED" was logged verbatim: a forged ERROR line, three times
    forged = "2026-12-04 15:00:00.000 | ERROR    | pipecat_rt_best.fake:x:1 - FORGED LINE"
    logs: list[str] = []
    sink = logger.add(lambda m: logs.append(str(m)), level="DEBUG")
    app = create_telephony_app(_never_called, TelephonyServerConfig(start_timeout_s=60))
    twilio = provider_side_for("twilio")
    try:
        async with serve_in_background(app) as base:
            async with connect(base.replace("http://", "ws://") + "/twilio/media") as ws:
                await ws.send(twilio.connected_message())
                await ws.send(twilio.start_message(StreamStart(f"MZ1\n{forged}", call_id="CA1")))
                await asyncio.wait_for(ws.wait_closed(), 5)  # at once, not at the timeout
                assert ws.close_code == 1003
    finally:
        logger.remove(sink)
    assert app.state.calls == [] and app.state.calls_total == 0
    lines = "".join(logs).splitlines()
    assert not any(line.startswith(forged[:23]) for line in lines), lines
    (warning,) = [line for line in lines if "WARNING" in line or "ERROR" in line]
    assert "refused a twilio stream: unusable id: streamSid" in warning and "\\n" in warning


# -- max_calls: a webhook answered 200 holds a slot for its stream -----------------------


async def _close_code(ws: Any) -> int | None:
    await asyncio.wait_for(ws.wait_closed(), 5)
    return ws.close_code


@pytest.mark.parametrize("tokens", [True, False], ids=["stream-tokens", "call-sids"])
async def test_at_max_calls_a_burst_of_webhooks_gets_503_not_refused_streams(
    tokens: bool,
) -> None:
    # every webhook answered 200 must find room for its stream: the ones past max_calls
    # answer 503 (the provider fails over), not 200 and then a refused stream (caller dropped)
    started: list[str | None] = []
    release = asyncio.Event()

    async def factory(transport: G711PassthroughTransport, call: CallInfo) -> PipelineWorker:
        started.append(call.start.call_id)
        await release.wait()
        raise RuntimeError("test pipeline is not built")

    config = TelephonyServerConfig(
        providers=("twilio",), max_calls=2, require_stream_token=tokens, start_timeout_s=2
    )
    app = create_telephony_app(factory, config)
    provider = provider_side_for("twilio")
    async with serve_in_background(app) as base, httpx.AsyncClient(base_url=base) as http:
        sids = ["CA0", "CA1", "CA2"]
        answers = await asyncio.gather(
            *(http.post("/twilio/voice", data={"CallSid": sid}) for sid in sids)
        )
        assert sorted(a.status_code for a in answers) == [200, 200, 503]
        (busy,) = [a for a in answers if a.status_code == 503]
        assert busy.headers["retry-after"] == "1"
        ready = await http.get("/readyz")
        assert ready.status_code == 503 and ready.json()["full"] is True
        assert (await http.get("/healthz")).json()["held_calls"] == 2

        url = base.replace("http://", "ws://") + "/twilio/media"
        announced = []
        for sid, answer in zip(sids, answers, strict=True):
            if answer.status_code == 200:
                stream = ET.fromstring(answer.text).find("./Connect/Stream")
                assert stream is not None
                params = {p.get("name"): p.get("value") for p in stream.findall("Parameter")}
                announced.append((sid, params))
        if not tokens:  # a stream no webhook announced finds no room (after its start)
            async with connect(url) as ws:
                await ws.send(provider.connected_message())
                await ws.send(provider.start_message(StreamStart("MZ9", call_id="CA9")))
                assert await _close_code(ws) == 1013
        sockets = []
        for sid, params in reversed(announced):  # the held slots are taken, in any order
            ws = await connect(url)
            sockets.append(ws)
            await ws.send(provider.connected_message())
            start = StreamStart(f"MZ{sid}", call_id=sid, custom_parameters=params)
            await ws.send(provider.start_message(start))
        await _wait_until(lambda: len(started) == 2)
        assert sorted(started) == sorted(sid for sid, _ in announced)
        assert app.state.active_calls == 2
        assert (await http.get("/healthz")).json()["held_calls"] == 0
        assert (await http.post("/twilio/voice", data={"CallSid": "CA7"})).status_code == 503
        release.set()
        for ws in sockets:
            await asyncio.wait_for(ws.wait_closed(), 5)
        await _wait_until(lambda: app.state.active_calls == 0)
        assert (await http.get("/readyz")).status_code == 200


async def test_a_held_slot_lapses_when_its_stream_never_comes() -> None:
    config = TelephonyServerConfig(providers=("twilio", "plivo"), max_calls=1, webhook_hold_s=0.3)
    app = create_telephony_app(_never_called, config)
    async with _client(app) as http:
        assert (await http.post("/twilio/voice", data={"CallSid": "CA1"})).status_code == 200
        assert (await http.post("/plivo/voice")).status_code == 503  # held for CA1's stream
        assert (await http.get("/readyz")).json()["full"] is True
        await asyncio.sleep(0.4)
        assert (await http.get("/readyz")).status_code == 200
        assert (await http.post("/plivo/voice")).status_code == 200
    with pytest.raises(ValueError, match="webhook_hold_s"):
        TelephonyServerConfig(webhook_hold_s=0)


async def test_a_webhook_refused_holds_no_slot(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    config = TelephonyServerConfig(
        public_url="https://bot.example.com", validate_twilio_signature=True, max_calls=1
    )
    app = create_telephony_app(_never_called, config)
    async with _client(app) as http:
        for _ in range(3):  # unsigned: 403, and the one slot stays free
            assert (await http.post("/twilio/voice", data={"CallSid": "CA1"})).status_code == 403
        assert (await http.get("/readyz")).status_code == 200


async def test_a_replayed_signed_webhook_takes_no_further_slot(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A signed webhook's signature has no timestamp: each replay of a captured one passed it
    # and held another slot for webhook_hold_s, so replaying one max_calls times kept the
    # server full and real callers' webhooks answered 503. A replay (or Twilio's retry) of a
    # call whose slot is held, or whose stream was served, is answered but holds no slot.
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    started = asyncio.Event()

    async def factory(transport: G711PassthroughTransport, call: CallInfo) -> PipelineWorker:
        started.set()
        raise RuntimeError("test pipeline is not built")

    config = TelephonyServerConfig(
        public_url="https://bot.example.com", validate_twilio_signature=True, max_calls=2
    )
    app = create_telephony_app(factory, config)

    def signed(sid: str) -> dict[str, Any]:
        form = {"CallSid": sid, "From": "+15550001111"}
        sig = twilio_signature(TOKEN, "https://bot.example.com/twilio/voice", form)
        return {"data": form, "headers": {"X-Twilio-Signature": sig}}

    async with _client(app) as http:
        answers = [await http.post("/twilio/voice", **signed("CA1")) for _ in range(4)]
        assert [a.status_code for a in answers] == [200] * 4  # a retry is still answered
        assert (await http.get("/healthz")).json()["held_calls"] == 1
        # the stream of the last answer (another token of the same call) takes CA1's slot
        stream = ET.fromstring(answers[-1].text).find("./Connect/Stream")
        assert stream is not None
        params = {p.get("name") or "": p.get("value") or "" for p in stream.findall("Parameter")}
        async with serve_in_background(app) as base:
            url = base.replace("http://", "ws://") + "/twilio/media"
            provider = provider_side_for("twilio")
            async with connect(url) as ws:
                await ws.send(provider.connected_message())
                start = StreamStart("MZ1", call_id="CA1", custom_parameters=params)
                await ws.send(provider.start_message(start))
                await asyncio.wait_for(started.wait(), 5)
                await asyncio.wait_for(ws.wait_closed(), 5)
        assert (await http.get("/healthz")).json()["held_calls"] == 0
        for _ in range(3):  # its stream served: replays hold nothing either
            assert (await http.post("/twilio/voice", **signed("CA1"))).status_code == 200
        assert (await http.get("/healthz")).json()["held_calls"] == 0
        assert (await http.post("/twilio/voice", **signed("CA2"))).status_code == 200


async def test_a_stream_takes_a_slot_held_without_a_key() -> None:
    # no stream tokens, no CallSid: the held slot is the oldest one's
    started = asyncio.Event()

    async def factory(transport: G711PassthroughTransport, call: CallInfo) -> PipelineWorker:
        started.set()
        raise RuntimeError("test pipeline is not built")

    config = TelephonyServerConfig(providers=("plivo",), max_calls=1, start_timeout_s=2)
    app = create_telephony_app(factory, config)
    provider = provider_side_for("plivo")
    async with serve_in_background(app) as base, httpx.AsyncClient(base_url=base) as http:
        answer = await http.post("/plivo/voice")
        assert answer.status_code == 200
        assert (await http.get("/readyz")).json()["full"] is True
        stream = ET.fromstring(answer.text).find("./Stream")
        assert stream is not None and stream.text
        async with connect(stream.text.replace("wss://", "ws://")) as ws:
            await ws.send(provider.start_message(StreamStart("MZ1", call_id="call-1")))
            await asyncio.wait_for(started.wait(), 5)
            await asyncio.wait_for(ws.wait_closed(), 5)


async def test_slow_unsigned_webhooks_hold_no_slot_a_signed_one_needs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # --validate-twilio-signature --max-calls 2: two connections that sent a webhook's headers
    # and no body (nor a signature) held both slots, taken before the body was read and the
    # signature checked, until the body deadline: Twilio's genuine webhook got 503
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    config = TelephonyServerConfig(validate_twilio_signature=True, max_calls=2)
    app = create_telephony_app(_never_called, config)
    async with serve_in_background(app) as base, httpx.AsyncClient(base_url=base) as http:
        port = int(base.rsplit(":", 1)[1])
        stalled = []
        for _ in range(2):
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(
                b"POST /twilio/voice HTTP/1.1\r\nHost: x\r\n"
                b"Content-Type: application/x-www-form-urlencoded\r\n"
                b"Content-Length: 100\r\n\r\n"
            )
            await writer.drain()
            stalled.append(writer)
        try:
            await asyncio.sleep(0.3)  # the server has their headers
            form = {"CallSid": "CA1", "From": "+15550001111", "To": "+15550002222"}
            signature = twilio_signature(TOKEN, base + "/twilio/voice", form)
            genuine = await http.post(
                "/twilio/voice", data=form, headers={"X-Twilio-Signature": signature}
            )
            assert genuine.status_code == 200, genuine.text
            assert (await http.get("/healthz")).json()["held_calls"] == 1  # the genuine one's
        finally:
            for writer in stalled:
                writer.close()


@pytest.mark.parametrize("provider", ["twilio", "telnyx", "plivo", "exotel"])
async def test_a_webhook_body_over_the_cap_is_answered_413_before_it_is_read(
    provider: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # /twilio/voice buffered a form body of any size (300 MB: 638 MB peak) before the
    # signature check; the others took any body too
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    config = TelephonyServerConfig(
        validate_twilio_signature=True,
        providers=("twilio", "telnyx", "plivo", "exotel"),
        max_calls=2,
        webhook_body_timeout_s=2,
    )
    app = create_telephony_app(_never_called, config)
    async with serve_in_background(app) as base, httpx.AsyncClient(base_url=base) as http:
        declared = await http.post(f"/{provider}/voice", data={"Pad": "x" * 70_000})
        small = await http.post(f"/{provider}/voice", data={"Pad": "x" * 100})
        # no Content-Length: chunks of 30 kB, counted as they come; the rest never sent
        port = int(base.rsplit(":", 1)[1])
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        chunk = b"7530\r\nPad=" + b"x" * 29_996 + b"\r\n"
        writer.write(
            f"POST /{provider}/voice HTTP/1.1\r\nHost: x\r\n".encode()
            + b"Content-Type: application/x-www-form-urlencoded\r\n"
            + b"Transfer-Encoding: chunked\r\n\r\n"
            + chunk * 3
        )
        await writer.drain()
        try:
            async with asyncio.timeout(10):
                sent = await reader.read()  # to EOF: the server closes the connection
        finally:
            writer.close()
        held = (await http.get("/healthz")).json()["held_calls"]
    assert declared.status_code == 413 and declared.headers["connection"] == "close"
    assert sent.startswith(b"HTTP/1.1 413"), sent
    assert small.status_code == (403 if provider == "twilio" else 200)  # unsigned Twilio
    assert held == (0 if provider == "twilio" else 1)
    assert app.state.webhooks_rejected[provider, "too_large"] == 2
    assert TelephonyServerConfig().webhook_max_body_bytes == 64 * 1024
    with pytest.raises(ValueError, match="webhook_max_body_bytes"):
        TelephonyServerConfig(webhook_max_body_bytes=0)
