"""A loopback Azure Speech (TTS) server speaking USP to the real Speech SDK.

    async with AzureSpeechEmulator() as emu:
        config = speechsdk.SpeechConfig(subscription="test-key", host=emu.host)
        ...  # any synthesizer built on that config talks to the emulator
        emu.requests[-1].ssml, emu.requests[-1].audio

The handshake is ``GET /cognitiveservices/websocket/v1`` (``v2`` too) with the ``USP``
subprotocol and ``Ocp-Apim-Subscription-Key: <key>`` or ``Authorization: Bearer <token>``
(one of ``emu.tokens``, never the key itself: the service wants an STS or Entra ID token
there and answers 401 to a key; remove a token from that set to expire it, as an STS token
expires after ~10 minutes — connections it opened go on, new handshakes with it get 401; a
Microsoft Entra ID token goes there as ``aad#<resource id>#<token>``, and each connection's
record keeps the token it was opened with, ``emu.connections[i].token``);
``?deploymentId=`` names a custom voice deployment. Requests on one connection run one at
a time, as the service runs them. SSML is validated by :mod:`.ssml` (an invalid document
closes the connection with 1007 and the reason, as the service does, which the SDK reports
as a ``BadRequest`` cancellation); audio and boundaries come from :mod:`.audio`.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import time
import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs, urlsplit

from websockets.asyncio.server import ServerConnection
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from pipecat_rt_best.base.audio_format import bytes_per_ms
from pipecat_rt_best.testing.azure_speech_emulator import usp
from pipecat_rt_best.testing.azure_speech_emulator.audio import (
    MS_PER_CHAR,
    Boundary,
    OutputFormat,
    output_format,
    render,
)
from pipecat_rt_best.testing.azure_speech_emulator.record import (
    ConnectionRecord,
    SynthesisRecord,
)
from pipecat_rt_best.testing.azure_speech_emulator.ssml import SsmlError, read_ssml, text_pieces
from pipecat_rt_best.testing.loopback_server import LoopbackServer

__all__ = ["DEFAULT_VOICES", "PATHS", "AzureSpeechEmulator", "SpeechFaults"]

PATHS = ("/cognitiveservices/websocket/v1", "/cognitiveservices/websocket/v2")
DEFAULT_FORMAT = "audio-24khz-48kbitrate-mono-mp3"  # the SDK's default; not rendered here
DEFAULT_VOICES: frozenset[str] = frozenset(
    {
        "en-US-AvaNeural",
        "en-US-AvaMultilingualNeural",
        "en-US-AndrewNeural",
        "en-US-JennyNeural",
        "en-US-SaraNeural",
        "en-IN-NeerjaNeural",
        "en-IN-PrabhatNeural",
        "hi-IN-SwaraNeural",
        "hi-IN-MadhurNeural",
        "ta-IN-PallaviNeural",
        "te-IN-ShrutiNeural",
        "mr-IN-AarohiNeural",
        "bn-IN-TanishaaNeural",
        "gu-IN-DhwaniNeural",
        "kn-IN-SapnaNeural",
        "ml-IN-SobhanaNeural",
    }
)


@dataclass
class SpeechFaults:
    """Misbehaviour knobs, read live (change ``emu.faults`` at any time).

    - ``connect_delay_s``: wait before answering the WebSocket upgrade;
    - ``first_byte_delay_s``: wait between a request becoming ready (SSML received, or the
      first streamed word) and its first audio — the service's time to first byte;
    - ``refuse_handshake``: answer upgrades with this HTTP status (401, 429, 500 …);
    - ``close_after_audio_chunks``: after sending this many audio messages of a request,
      end the connection mid-stream: abort the TCP connection when ``close_code`` is None,
      else close with ``close_code``/``close_reason``;
    - ``fail_request``: ``(code, reason)`` — close the connection with that WebSocket code
      and reason as soon as a request arrives (the service's way of cancelling a request
      with error details, e.g. ``(1007, "Unsupported voice …")``, ``(1011, "…")``);
    - ``realtime_factor``: send audio no faster than this many times real time (None: as
      fast as possible, after the first byte).
    """

    connect_delay_s: float = 0.0
    first_byte_delay_s: float = 0.0
    refuse_handshake: int | None = None
    close_after_audio_chunks: int | None = None
    close_code: int | None = None
    close_reason: str = "Internal server error."
    fail_request: tuple[int, str] | None = None
    realtime_factor: float | None = None


def _json_response(status: int, message: str) -> Response:
    data = json.dumps({"error": {"code": HTTPStatus(status).phrase, "message": message}}).encode()
    headers = Headers([("Content-Type", "application/json"), ("Content-Length", str(len(data)))])
    return Response(status, HTTPStatus(status).phrase, headers, data)


def _bearer(headers: Headers) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header, if there is one."""
    auth = headers.get("Authorization") or ""
    return auth[len("Bearer ") :] if auth.startswith("Bearer ") else None


@dataclass
class _Request:
    record: SynthesisRecord
    fmt: OutputFormat | None
    pieces: asyncio.Queue[str | None] = field(default_factory=asyncio.Queue)


class _Closing(Exception):
    """The connection ends with this code and reason (None code: abort TCP)."""

    def __init__(self, code: int | None, reason: str, status: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.status = status


class AzureSpeechEmulator(LoopbackServer):
    """A loopback Azure Speech synthesis server (see the module docstring).

    ``voices``: the prebuilt voice names accepted (:data:`DEFAULT_VOICES`);
    ``custom_voices``: deployment id → the custom voice name(s) it serves — with
    ``?deploymentId=X`` a request may also use X's voices, and an unknown deployment id
    fails the request as Azure does: close 1007 "Invalid deploymentId X." (the SDK reports
    BadRequest; Azure-Samples/cognitive-services-speech-sdk issues #2220, #2282).
    ``chunk_ms``: audio per ``audio`` message. ``tokens``: the bearer tokens accepted
    (:attr:`tokens`, a live set; ``api_key`` is accepted as the subscription key header only).
    """

    _subprotocols = ("USP",)

    def __init__(
        self,
        *,
        api_key: str = "test-key",
        tokens: Collection[str] = (),
        voices: Collection[str] = DEFAULT_VOICES,
        custom_voices: Mapping[str, str | Collection[str]] | None = None,
        faults: SpeechFaults | None = None,
        chunk_ms: int = 100,
        ms_per_char: float = MS_PER_CHAR,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(host, port)
        self._api_key = api_key
        # the bearer tokens accepted (live: expire one by removing it); never the key itself
        self.tokens: set[str] = set(tokens)
        self.voices = frozenset(voices)
        self.custom_voices: dict[str, frozenset[str]] = {
            dep: frozenset([v] if isinstance(v, str) else v)
            for dep, v in (custom_voices or {}).items()
        }
        self.faults = faults or SpeechFaults()
        self.chunk_ms = chunk_ms
        self.ms_per_char = ms_per_char
        self.requests: list[SynthesisRecord] = []
        self.connections: list[ConnectionRecord] = []
        self.handshakes: list[dict[str, Any]] = []
        self._tasks: set[asyncio.Task[None]] = set()

    def __repr__(self) -> str:
        state = f"port={self._port}" if self._server is not None else "stopped"
        return f"AzureSpeechEmulator({state}, requests={len(self.requests)})"

    def _open_tasks(self) -> set[asyncio.Task[None]]:
        return self._tasks

    # -- address and records ---------------------------------------------------------

    @property
    def host(self) -> str:
        """``ws://127.0.0.1:PORT`` — what ``SpeechConfig(host=...)`` / ``AZURE_SPEECH_HOST`` take."""
        return f"ws://{self._bind_host}:{self.port}"

    @property
    def last_request(self) -> SynthesisRecord | None:
        return self.requests[-1] if self.requests else None

    # -- handshake -------------------------------------------------------------------

    def _key_ok(self, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(given.encode(), self._api_key.encode())

    def _token_ok(self, given: str | None) -> bool:
        return given is not None and any(
            hmac.compare_digest(given.encode(), t.encode()) for t in list(self.tokens)
        )

    async def _process_request(
        self, connection: ServerConnection, request: Request
    ) -> Response | None:
        faults = self.faults
        if faults.connect_delay_s > 0:
            await asyncio.sleep(faults.connect_delay_s)
        parts = urlsplit(request.path)
        entry: dict[str, Any] = {"path": parts.path, "query": parts.query, "status": 101}
        self.handshakes.append(entry)
        if parts.path.rstrip("/") not in PATHS:
            entry["status"] = 404
            return _json_response(404, f"Unknown path {parts.path}")
        if faults.refuse_handshake is not None:
            entry["status"] = int(faults.refuse_handshake)
            return _json_response(entry["status"], "Refused by the emulator's fault knob.")
        key = request.headers.get("Ocp-Apim-Subscription-Key")
        bearer = _bearer(request.headers)
        # the key goes in Ocp-Apim-Subscription-Key only: as a bearer the service refuses it
        if not (self._key_ok(key) or self._token_ok(bearer)):
            entry["status"] = 401
            return _json_response(401, "Access denied due to invalid subscription key or token.")
        return None

    # -- connection ------------------------------------------------------------------

    async def _handle(self, ws: ServerConnection) -> None:
        request = ws.request
        assert request is not None
        parts = urlsplit(request.path)
        ids = parse_qs(parts.query).get("deploymentId")
        deployment = ids[0] if ids else None
        conn = ConnectionRecord(
            connection_id=request.headers.get("X-ConnectionId") or uuid.uuid4().hex,
            path=parts.path,
            deployment_id=deployment,
            auth="key" if request.headers.get("Ocp-Apim-Subscription-Key") else "bearer",
            token=_bearer(request.headers),
        )
        self.connections.append(conn)
        queue: asyncio.Queue[_Request | None] = asyncio.Queue()
        contexts: dict[str, dict[str, Any]] = {}
        streams: dict[str, _Request] = {}
        worker = asyncio.ensure_future(self._run_requests(ws, conn, queue))
        self._tasks.add(worker)
        try:
            async for message in ws:
                try:
                    msg = usp.parse_message(message)
                except ValueError as exc:
                    await ws.close(1007, f"Malformed USP message: {exc}")
                    break
                conn.paths_received.append(msg.path)
                rid = msg.request_id or ""
                if msg.path == "speech.config":
                    with contextlib.suppress(ValueError):
                        conn.speech_config = msg.json()
                elif msg.path == "synthesis.context":
                    try:
                        contexts[rid] = msg.json()
                    except ValueError:
                        await ws.close(1007, "synthesis.context is not JSON")
                        break
                elif msg.path == "ssml":
                    req = self._new_request(conn, rid, contexts.pop(rid, {}), "ssml")
                    req.record.ssml = msg.body if isinstance(msg.body, str) else msg.body.decode()
                    await queue.put(req)
                elif msg.path == "text.piece":
                    req_or_none = streams.get(rid)
                    if req_or_none is None:
                        req_or_none = self._new_request(
                            conn, rid, contexts.pop(rid, {}), "text_stream"
                        )
                        streams[rid] = req_or_none
                        await queue.put(req_or_none)
                    piece = msg.body if isinstance(msg.body, str) else msg.body.decode()
                    req_or_none.record.text_pieces.append(piece)
                    await req_or_none.pieces.put(piece)
                elif msg.path == "text.end":
                    ended = streams.pop(rid, None)
                    if ended is None:  # a stream with no piece at all
                        ended = self._new_request(conn, rid, contexts.pop(rid, {}), "text_stream")
                        await queue.put(ended)
                    await ended.pieces.put(None)
        except ConnectionClosed:
            pass
        finally:
            conn.closed = True
            if conn.close_reason is None:
                conn.close_reason = "client closed" if ws.close_code is not None else "closed"
            await queue.put(None)
            worker.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await worker
            self._tasks.discard(worker)
            for rec in self.requests:
                if rec.connection_id == conn.connection_id and rec.status == "pending":
                    rec.status = "cancelled"
                    rec.finished_at = time.monotonic()

    def _new_request(
        self, conn: ConnectionRecord, rid: str, context: dict[str, Any], kind: str
    ) -> _Request:
        audio = context.get("synthesis", {}).get("audio", {})
        fmt_name = str(audio.get("outputFormat") or DEFAULT_FORMAT)
        record = SynthesisRecord(
            request_id=rid,
            connection_id=conn.connection_id,
            deployment_id=conn.deployment_id,
            kind="ssml" if kind == "ssml" else "text_stream",
            output_format=fmt_name,
            context=context,
            received_at=time.monotonic(),
        )
        if kind == "text_stream":
            record.voice = context.get("synthesis", {}).get("input", {}).get("voiceName") or None
        self.requests.append(record)
        try:
            fmt: OutputFormat | None = output_format(fmt_name)
        except ValueError:
            fmt = None
        return _Request(record=record, fmt=fmt)

    async def _run_requests(
        self, ws: ServerConnection, conn: ConnectionRecord, queue: asyncio.Queue[_Request | None]
    ) -> None:
        while True:
            req = await queue.get()
            if req is None:
                return
            try:
                await self._synthesize(ws, conn, req)
            except _Closing as closing:
                rec = req.record
                rec.status = closing.status  # type: ignore[assignment]
                rec.error = closing.reason
                rec.finished_at = time.monotonic()
                conn.close_reason = f"{closing.status}: {closing.reason}"
                if closing.code is None:
                    ws.transport.abort()
                else:
                    with contextlib.suppress(ConnectionClosed):
                        await ws.close(closing.code, closing.reason)
                return
            except ConnectionClosed:
                return

    def _allowed_voices(self, deployment: str | None) -> frozenset[str]:
        if deployment is None:
            return self.voices
        return self.voices | self.custom_voices.get(deployment, frozenset())

    async def _synthesize(
        self, ws: ServerConnection, conn: ConnectionRecord, req: _Request
    ) -> None:
        rec = req.record
        faults = self.faults
        if faults.fail_request is not None:
            code, reason = faults.fail_request
            raise _Closing(code, reason, "failed")
        if conn.deployment_id is not None and conn.deployment_id not in self.custom_voices:
            raise _Closing(1007, f"Invalid deploymentId {conn.deployment_id}.", "failed")
        if req.fmt is None:
            raise _Closing(1007, f"Unsupported output format {rec.output_format}.", "failed")
        fmt = req.fmt
        rid = rec.request_id
        sender = _AudioSender(self, ws, rec, fmt)
        await ws.send(
            usp.text_message("turn.start", rid, {"webrtc": {"connectionId": conn.connection_id}})
        )
        if rec.kind == "ssml":
            try:
                parsed = read_ssml(
                    rec.ssml or "",
                    known_voices=self.voices,
                    extra_voices=self._allowed_voices(conn.deployment_id) - self.voices,
                )
            except SsmlError as exc:
                raise _Closing(1007, str(exc), "failed") from None
            rec.voices = parsed.voices
            rec.voice = parsed.voices[0]
            rec.spoken_text = parsed.spoken_text
            rec.lexicon_uris = parsed.lexicon_uris
            rec.styles = parsed.styles
            await sender.first_byte()
            rendered = render(parsed.pieces, fmt, ms_per_char=self.ms_per_char)
            await sender.send(rendered.audio, rendered.boundaries)
        else:
            voice = rec.voice or "en-US-AvaMultilingualNeural"
            if voice not in self._allowed_voices(conn.deployment_id):
                raise _Closing(1007, f"Unsupported voice {voice}.", "failed")
            buffer = ""
            cursor = 0
            spoken: list[str] = []
            while True:
                piece = await req.pieces.get()
                final = piece is None
                buffer += piece or ""
                # words end at whitespace; the last word waits for more text (or the end)
                cut = len(buffer) if final else max(buffer.rfind(" "), buffer.rfind("\n")) + 1
                ready, buffer = buffer[:cut], buffer[cut:]
                pieces = text_pieces(ready)
                if pieces:
                    await sender.first_byte()
                    rendered = render(
                        pieces,
                        fmt,
                        start_sample=cursor,
                        gap_before_first=cursor > 0,
                        ms_per_char=self.ms_per_char,
                    )
                    cursor = rendered.end_sample
                    spoken.extend(p.spoken for p in pieces)
                    await sender.send(rendered.audio, rendered.boundaries)
                if final:
                    break
            rec.spoken_text = " ".join(spoken)
        await ws.send(usp.text_message("turn.end", rid, {}))
        rec.status = "completed"
        rec.finished_at = time.monotonic()


class _AudioSender:
    """Sends one request's audio in ``chunk_ms`` messages, boundaries ahead of their audio."""

    def __init__(
        self,
        emu: AzureSpeechEmulator,
        ws: ServerConnection,
        rec: SynthesisRecord,
        fmt: OutputFormat,
    ) -> None:
        self.emu = emu
        self.ws = ws
        self.rec = rec
        self.fmt = fmt
        self.chunks_sent = 0
        self.started = False
        self.t0 = 0.0
        self.sent_ms = 0.0

    async def first_byte(self) -> None:
        if self.started:
            return
        self.started = True
        delay = self.emu.faults.first_byte_delay_s
        if delay > 0:
            await asyncio.sleep(delay)
        self.t0 = time.monotonic()

    async def send(self, audio: bytes, boundaries: list[Boundary]) -> None:
        rid = self.rec.request_id
        fmt = self.fmt
        want = self.rec.context.get("synthesis", {}).get("audio", {}).get("metadataOptions", {})
        words_on = want.get("wordBoundaryEnabled", True)
        punct_on = want.get("punctuationBoundaryEnabled", True)
        per_ms = bytes_per_ms(fmt.sample_rate, fmt.bytes_per_sample)
        chunk = max(fmt.bytes_per_sample, int(self.emu.chunk_ms * per_ms))
        chunk -= chunk % fmt.bytes_per_sample
        pending = list(boundaries)
        for start in range(0, max(len(audio), 1), chunk):
            part = audio[start : start + chunk]
            end_ms = self.sent_ms + len(part) / per_ms
            while pending and pending[0].offset_ms < end_ms + 1e-6:
                await self._boundary(pending.pop(0), words_on, punct_on)
            if not part:
                break
            factor = self.emu.faults.realtime_factor
            if factor:
                due = self.t0 + self.sent_ms / 1000 / factor
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
            await self.ws.send(usp.audio_message(rid, part, fmt.name))
            if self.rec.first_audio_at is None:
                self.rec.first_audio_at = time.monotonic()
            self.rec._audio.extend(part)
            self.sent_ms = end_ms
            self.chunks_sent += 1
            limit = self.emu.faults.close_after_audio_chunks
            if limit is not None and self.chunks_sent >= limit:
                faults = self.emu.faults
                status = "dropped" if faults.close_code is None else "failed"
                raise _Closing(faults.close_code, faults.close_reason, status)
        for b in pending:  # boundaries past the last sample (trailing punctuation)
            await self._boundary(b, words_on, punct_on)

    async def _boundary(self, b: Boundary, words_on: bool, punct_on: bool) -> None:
        """Send (and record) one boundary, unless the request turned its kind off."""
        if words_on if b.kind == "WordBoundary" else punct_on:
            await self.ws.send(
                usp.text_message(
                    "audio.metadata",
                    self.rec.request_id,
                    usp.word_boundary_metadata(b.text, b.offset_ms, b.duration_ms, b.kind),
                )
            )
            self.rec.boundaries.append(b)
