"""Telephony server: webhook answers, Twilio signatures, origin / capacity / start checks."""

from __future__ import annotations

import asyncio
import json
import xml.etree.ElementTree as ET
from typing import Any

import httpx
import pytest
from loguru import logger
from pipecat.pipeline.worker import PipelineWorker
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from pipecat_rt_best.g711_passthrough.protocol import StreamStart, dialect_for
from pipecat_rt_best.g711_passthrough.sample import serve_in_background
from pipecat_rt_best.g711_passthrough.server import (
    CallInfo,
    TelephonyServerConfig,
    create_telephony_app,
)
from pipecat_rt_best.g711_passthrough.signature import twilio_signature
from pipecat_rt_best.g711_passthrough.transport import G711PassthroughTransport

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


def test_signature_validation_needs_the_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    with pytest.raises(ValueError, match="TWILIO_AUTH_TOKEN") as info:
        create_telephony_app(_never_called, TelephonyServerConfig(validate_twilio_signature=True))
    assert TOKEN not in str(info.value)


async def test_disallowed_origin_and_capacity_are_refused() -> None:
    started = asyncio.Event()
    release = asyncio.Event()

    async def factory(transport: G711PassthroughTransport, call: CallInfo) -> PipelineWorker:
        started.set()
        await release.wait()
        raise RuntimeError("test pipeline is not built")

    config = TelephonyServerConfig(
        allowed_origins=("https://console.example.com",), max_calls=1, start_timeout_s=2
    )
    app = create_telephony_app(factory, config)
    d = dialect_for("twilio")
    async with serve_in_background(app) as base:
        url = base.replace("http://", "ws://") + "/twilio/media"
        with pytest.raises(InvalidStatus):
            async with connect(url, additional_headers={"Origin": "https://evil.example.com"}):
                pass
        async with connect(url, additional_headers={"Origin": "https://console.example.com"}) as ws:
            await ws.send(d.connected_message())
            await ws.send(d.start_message(StreamStart("MZ1", call_id="CA1")))
            await asyncio.wait_for(started.wait(), 5)
            with pytest.raises(InvalidStatus):  # the only call slot is taken
                async with connect(url):
                    pass
            release.set()
            await asyncio.wait_for(ws.wait_closed(), 5)
        (call,) = app.state.calls
        assert call.call.start.call_id == "CA1" and call.error is not None


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
