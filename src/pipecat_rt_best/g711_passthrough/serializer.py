"""Passthrough serializers: provider G.711 bytes to the model untouched, and back.

Inbound, each provider ``media`` message becomes a
:class:`~pipecat_rt_best.base.frames.G711InputAudioFrame`: ``g711`` holds the
provider's bytes exactly as they came, ``audio`` a decoded PCM16 8 kHz copy for the
pipeline's VAD and recorders (one table lookup; never resampled). The pack's realtime
service in ``audio/pcmu``/``audio/pcma`` mode appends ``g711`` as it is.

Outbound, the model's bytes come back through
:class:`~pipecat_rt_best.g711_passthrough.playout.OutboundAligner` (see there) when the
serializer is used with :class:`~pipecat_rt_best.g711_passthrough.transport.G711PassthroughTransport`,
which also sends a provider mark after every chunk and feeds the echo back as
:class:`~pipecat_rt_best.base.frames.PlayoutConfirmedFrame`.

Exotel's socket carries PCM16 8 kHz unless its ``start`` declares μ-law: on a PCM16 line
its serializer converts with a table lookup (PCM16 → G.711 inbound, G.711 → PCM16
outbound) and nothing else; a μ-law line passes through as the other providers' do.

Caller packets that arrive out of order are put back in the order of their ``chunk``
number (:class:`~pipecat_rt_best.g711_passthrough.reorder.ReorderWindow`, up to
``reorder_ms`` of held audio; in-order packets never wait): a run released at once goes
on as one frame.

Caller audio is bounded against the wall clock: a phone line delivers it in real time (20 ms
packets, a jitter burst, a stall's backlog all at once), so audio running more than
``max_audio_ahead_s`` (5 s) ahead of the time since the stream's first media is no caller's;
it is dropped (counted in ``stats.skipped``, logged) rather than billed as model input.

No resampler is constructed or called anywhere here. Bad provider messages (malformed
JSON, bad base64, unknown events, oversize frames) are logged, counted in
:attr:`G711PassthroughSerializer.stats` and skipped; the call goes on.
"""

from __future__ import annotations

import base64
import json
import reprlib
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import ClassVar

from loguru import logger
from pipecat.audio.dtmf.types import KeypadEntry
from pipecat.frames.frames import (
    CancelFrame,
    CancelWorkerFrame,
    EndFrame,
    Frame,
    InputDTMFFrame,
    InterruptionFrame,
    OutputAudioRawFrame,
    OutputTransportMessageFrame,
    OutputTransportMessageUrgentFrame,
)
from pipecat.processors.frame_processor import FrameProcessorSetup
from pipecat.serializers.base_serializer import FrameSerializer

from pipecat_rt_best.base import g711
from pipecat_rt_best.base.frames import (
    G711InputAudioFrame,
    G711TTSAudioFrame,
    PlayoutConfirmedFrame,
)
from pipecat_rt_best.base.g711 import G711Law
from pipecat_rt_best.g711_passthrough.dialects import (
    DEFAULT_MAX_MESSAGE_BYTES,
    LINE_SAMPLE_RATE,
    Cleared,
    Connected,
    Dialect,
    DtmfDigit,
    ExotelDialect,
    Ignored,
    LineEncoding,
    MarkEcho,
    MediaChunk,
    PlivoDialect,
    ProviderMessageError,
    StreamError,
    StreamStart,
    StreamStop,
    TelnyxDialect,
    TwilioDialect,
    encode_b64,
)
from pipecat_rt_best.g711_passthrough.playout import EchoKind, MarkLedger, OutboundAligner
from pipecat_rt_best.g711_passthrough.reorder import ReorderStats, ReorderWindow

__all__ = [
    "IGNORED_NAMES",
    "IGNORED_NAME_CHARS",
    "ExotelPassthroughSerializer",
    "G711PassthroughSerializer",
    "PassthroughStats",
    "PlivoPassthroughSerializer",
    "ProviderMessageFrame",
    "TelnyxPassthroughSerializer",
    "TwilioPassthroughSerializer",
    "serializer_for",
]

HangUp = Callable[[], Awaitable[None]]


@dataclass
class ProviderMessageFrame(OutputTransportMessageUrgentFrame):
    """A provider message the serializer already built (e.g. a mark), sent as it is."""

    text: str = ""


_LOUD_SKIPS = 3  # warnings per skip reason before going quiet (debug)


# Two different values of each message's variable part, to split a message around it.
_PROBE_PAYLOADS = (b"\xfb\xef\xbe\x00\x9f\xfc", b"\x01\x7f\xff\x80\x00")
_PROBE_NAMES = ('\x00probe "1" \u00e9\u0939', "\x01probe\\2/\t")


def _split(build: Callable[[str], str], probes: tuple[str, str]) -> tuple[str, str] | None:
    """``(head, tail)`` such that ``build(v) == head + v + tail`` for both probe values, or
    None if the message isn't built that way."""
    first, second = probes
    message = build(first)
    if message.count(first) != 1:
        return None
    head, tail = message.split(first)
    if head + second + tail != build(second):
        return None
    return head, tail


class _OutboundMessages:
    """The dialect's media and mark messages for one stream, memoized around the variable part.

    Dialects are stateless: for a given stream id, a media message is a fixed head, the
    base64 payload and a fixed tail; a mark message the same around the JSON string of
    the name. Asked once per stream id and checked against the dialect on a second value,
    the head and tail are reused for every chunk — the same bytes as the dialect's, without
    a JSON encoder call per message. If the check fails (a dialect whose messages aren't
    built that way), every message comes from the dialect.
    """

    def __init__(self, dialect: Dialect, stream_id: str) -> None:
        self.stream_id = stream_id
        self._dialect = dialect
        self._media = _split(
            lambda b64: dialect.media_message(stream_id, base64.b64decode(b64)),
            (encode_b64(_PROBE_PAYLOADS[0]), encode_b64(_PROBE_PAYLOADS[1])),
        )
        self._mark = _split(
            lambda quoted: dialect.mark_message(stream_id, json.loads(quoted)),
            (json.dumps(_PROBE_NAMES[0]), json.dumps(_PROBE_NAMES[1])),
        )

    def media(self, payload: bytes) -> str:
        if self._media is None:
            return self._dialect.media_message(self.stream_id, payload)
        head, tail = self._media
        return head + encode_b64(payload) + tail

    def mark(self, name: str) -> str:
        if self._mark is None:
            return self._dialect.mark_message(self.stream_id, name)
        head, tail = self._mark
        return head + _json_string(name) + tail


def _json_string(text: str) -> str:
    """``json.dumps(text)``, without the encoder call for the plain names marks have."""
    if text.isascii() and text.isprintable() and '"' not in text and "\\" not in text:
        return '"' + text + '"'  # nothing json.dumps would escape
    return json.dumps(text)


@dataclass
class PassthroughStats:
    """Counters of one call (for logs, tests and benchmarks)."""

    media_in: int = 0
    bytes_in: int = 0
    media_out: int = 0
    bytes_out: int = 0
    dtmf: int = 0
    clears: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    ignored: Counter[str] = field(default_factory=Counter)
    """Ignored messages by event name: the first ``IGNORED_NAMES`` distinct names of the call,
    each cut to ``IGNORED_NAME_CHARS`` characters (the peer chooses them)."""
    ignored_other: int = 0  # ignored messages whose name came past the first IGNORED_NAMES
    provider_errors: int = 0  # errors the provider reported on the stream (Telnyx 'error')
    order: ReorderStats = field(default_factory=ReorderStats)  # caller media out of order


IGNORED_NAMES = 32
"""Distinct ignored event names a call counts by name; the rest count in ``ignored_other``."""
IGNORED_NAME_CHARS = 40
"""The characters of an ignored event's name kept as its key."""

# marks left in the outbox with no transport taking them: the transport does not send them
_UNCOLLECTED_MARKS = 64


def _params_error(cls: type, params: object) -> str:
    """The one line refusing ``params`` that are not the passthrough serializer's own (a
    pipecat serializer's, e.g. ``TwilioFrameSerializer.InputParams``, moving a bot over)."""
    given = type(params).__qualname__
    hint = (
        ": pipecat's serializer parameters (sample rates, auto hang-up) do not apply, the "
        "line's G.711 passes straight through; to end the provider's call, pass hang_up="
        if isinstance(params, FrameSerializer.InputParams)
        else ""
    )
    return f"params= takes {cls.__name__}.InputParams(...), not a {given}{hint}"


class G711PassthroughSerializer(FrameSerializer):
    """Base of the provider serializers. Use a provider subclass (or :func:`serializer_for`).

    ``stream_id`` may be left empty: it is taken from the provider's ``start`` message.
    ``law`` is the G.711 law the model speaks; it must match the realtime session's
    ``audio/pcmu`` (``"ulaw"``) / ``audio/pcma`` (``"alaw"``) formats. For G.711 lines it
    is the line's law (Telnyx PCMA → ``"alaw"``, Exotel μ-law → ``"ulaw"``); for an Exotel
    PCM16 line it is a free choice. ``hang_up`` is awaited once on ``EndFrame``/``CancelFrame`` (e.g. a provider
    REST call); the media socket itself is closed by the transport either way.
    """

    dialect_cls: ClassVar[type[Dialect]]
    # Whether the outbound law is declared apart from the inbound line encoding (Telnyx's
    # bidirectionalCodec): then ``law`` may differ from a G.711 line's encoding, and the
    # caller's bytes are converted to ``law`` (a 256-byte table) so the model hears and
    # speaks one law.
    outbound_law_declared: ClassVar[bool] = False

    class InputParams(FrameSerializer.InputParams):
        """Parameters.

        Parameters:
            max_message_bytes: provider messages larger than this are skipped (logged).
            marks: send a provider mark after outbound chunks and report echoes as
                :class:`PlayoutConfirmedFrame` (needs ``G711PassthroughTransport``).
            mark_every_ms: minimum audio between two marks (0 = after every chunk).
            mark_prefix: prefix of our mark names (echoes of other marks are ignored).
            reorder_ms: caller media arriving ahead of a missing packet waits for it, up
                to this much audio, and goes on in the provider's ``chunk`` order; a late
                packet after that, and a duplicate, are dropped (counted in
                ``stats.order``). In-order media never waits. 0: nothing waits (an
                out-of-order packet is dropped as late).
            max_audio_ahead_s: caller audio is dropped (counted in ``stats.skipped``
                under ``"ahead of real time"``, the first few logged) while it would run
                more than this far ahead of the wall-clock time since the stream's first
                media. A phone line cannot send audio before it is spoken: a genuine
                stream runs ahead only by what its first packets were delayed (a stall's
                backlog, delivered at once later, only catches up), so 5 s is ample
                headroom, and a client pushing audio faster than real time (each second
                of it billed model input) gets no more than that past the call's length.
                None: no bound (replaying a recording at CPU speed, as benchmarks do).
        """

        max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES
        marks: bool = True
        mark_every_ms: float = 0.0
        mark_prefix: str = "pcrb"
        reorder_ms: float = 100.0
        max_audio_ahead_s: float | None = 5.0

    def __init__(
        self,
        stream_id: str = "",
        *,
        call_id: str | None = None,
        line_encoding: LineEncoding | None = None,
        law: G711Law | None = None,
        hang_up: HangUp | None = None,
        params: InputParams | None = None,
    ) -> None:
        if params is not None and not isinstance(params, G711PassthroughSerializer.InputParams):
            raise TypeError(_params_error(type(self), params))
        params = params or G711PassthroughSerializer.InputParams()
        ahead = params.max_audio_ahead_s
        if ahead is not None and not ahead > 0:  # NaN too
            raise ValueError(f"max_audio_ahead_s must be positive or None, not {ahead}")
        super().__init__(params)
        self._params: G711PassthroughSerializer.InputParams = params
        self.dialect = self.dialect_cls()
        encoding = line_encoding or self.dialect.supported_encodings[0]
        if encoding not in self.dialect.supported_encodings:
            raise ValueError(
                f"{self.dialect.provider} lines carry {self.dialect.supported_encodings}, not {encoding!r}"
            )
        self.line_encoding: LineEncoding = encoding
        self._inbound_table: bytes | None = None  # line law -> model law, when they differ
        if encoding == "pcm16":
            self.law: G711Law = law or "ulaw"
        elif law is None or law == encoding:
            self.law = encoding  # type: ignore[assignment]
        elif self.outbound_law_declared and law in ("ulaw", "alaw"):
            self.law = law
            self._inbound_table = g711.encode(g711.decode(bytes(range(256)), encoding), law)  # type: ignore[arg-type]
        else:
            raise ValueError(
                f"the line is {encoding}; the model must use the same law for passthrough, not {law}"
            )
        self.stream_id = stream_id
        self.call_id = call_id
        self.start: StreamStart | None = None
        self.stats = PassthroughStats()
        self._reorder: ReorderWindow[MediaChunk] = ReorderWindow(
            max_held_ms=params.reorder_ms, stats=self.stats.order
        )
        self._bytes_per_ms = LINE_SAMPLE_RATE // 1000 * (2 if encoding == "pcm16" else 1)
        self.clock: Callable[[], float] = time.monotonic  # seconds; tests replace it
        # the wall clock at the stream's first media, and the caller audio passed on since:
        # kept across a second 'start' (a peer could otherwise reset the bound at will)
        self._first_media_at: float | None = None
        self._audio_passed_ms = 0.0
        self._hang_up = hang_up
        self._reorder_off_logged = False
        self._hung_up = False
        self._ledger = MarkLedger(prefix=params.mark_prefix, mark_every_ms=params.mark_every_ms)
        self._aligner = OutboundAligner(self.law)
        self._outbox: list[str] = []
        self._marks = params.marks  # off once a transport shows it never collects them
        self._messages = _OutboundMessages(self.dialect, stream_id)
        self.stopped = False  # the provider sent ``stop``: nothing more goes to it
        # Whether the audio serialized next is bot speech: only that moves the output
        # timeline, not an output mixer's silence (see ``base.frames``). pipecat's websocket
        # transport hands the serializer a plain copy of each chunk, so the passthrough
        # transport sets this from the chunk it writes.
        self.audio_is_speech = True

    @property
    def confirms_playout(self) -> bool:
        """Whether this line reports playout (marks sent, echoes become confirmations)."""
        return self._marks

    # -- construction from a start message ----------------------------------------------

    @classmethod
    def from_start(
        cls,
        start: StreamStart,
        *,
        law: G711Law | None = None,
        hang_up: HangUp | None = None,
        params: InputParams | None = None,
    ) -> G711PassthroughSerializer:
        """A serializer for the stream ``start`` describes (ids, line encoding)."""
        serializer = cls(
            start.stream_id,
            call_id=start.call_id,
            line_encoding=start.encoding,
            law=law,
            hang_up=hang_up,
            params=params,
        )
        serializer.start = start
        return serializer

    @property
    def provider(self) -> str:
        return self.dialect.provider

    @property
    def ledger(self) -> MarkLedger:
        """Marks sent / confirmed / written off, and the output timeline."""
        return self._ledger

    @property
    def aligner(self) -> OutboundAligner:
        """How many outbound bytes were the model's own vs encoded from PCM."""
        return self._aligner

    async def setup(self, setup: FrameProcessorSetup) -> None:  # type: ignore[override]
        for name in ("audio_in_sample_rate", "audio_out_sample_rate"):
            rate = getattr(setup, name, LINE_SAMPLE_RATE)
            if rate != LINE_SAMPLE_RATE:
                logger.warning(
                    f"{self}: pipeline {name}={rate}, but G.711 passthrough runs at 8000 Hz: set "
                    "PipelineParams(audio_in_sample_rate=8000, audio_out_sample_rate=8000) — "
                    "pipecat's VAD takes its sample rate from there"
                )

    # -- inbound ------------------------------------------------------------------------

    @property
    def transcodes_inbound(self) -> bool:
        """Whether the caller's bytes are converted (line law ≠ model law, Telnyx only)."""
        return self._inbound_table is not None

    async def deserialize(self, data: str | bytes) -> Frame | None:
        """One provider message → a frame, or None. Never raises: pipecat's receive loop
        ends the call on an exception, so anything unexpected is logged and skipped."""
        try:
            return self._deserialize(data)
        except Exception as exc:
            self._skip("internal", f"{type(exc).__name__}: {reprlib.repr(str(exc))}", data)
            logger.opt(exception=exc).debug(f"{self}: traceback of the skipped message")
            return None

    def _deserialize(self, data: str | bytes) -> Frame | None:
        try:
            event = self.dialect.parse(data, self._params.max_message_bytes)
        except ProviderMessageError as exc:
            self._skip(exc.reason, exc.detail, data)
            return None
        if isinstance(event, MediaChunk):
            if self.line_encoding == "pcm16" and len(event.payload) % 2:
                self._skip("odd pcm16", f"{len(event.payload)} bytes", data)
                return None
            window = self._reorder
            ready = window.push(event.chunk, event, len(event.payload) / self._bytes_per_ms)
            if window.off and not self._reorder_off_logged:
                self._reorder_off_logged = True
                logger.warning(
                    f"{self}: {self.provider} media chunk numbers are not consecutive; "
                    "caller media is passed on in arrival order"
                )
            if not ready:  # waits for a gap to fill, or a duplicate / late packet dropped
                return None
            if not self._in_real_time(sum(len(chunk.payload) for chunk in ready)):
                return None
            if len(ready) == 1:  # in order: the common case
                return self._media_frame(ready[0].payload, ready[0].b64)
            # a gap filled (or was given up): the run goes on as one frame, in order
            self.stats.media_in += len(ready) - 1
            return self._media_frame(b"".join(chunk.payload for chunk in ready))
        if isinstance(event, MarkEcho):
            return self._on_echo(event.name)
        if isinstance(event, DtmfDigit):
            try:
                button = KeypadEntry(event.digit)
            except ValueError:
                self._skip("bad dtmf", f"digit {reprlib.repr(event.digit)}", data)
                return None
            self.stats.dtmf += 1
            return InputDTMFFrame(button=button)
        if isinstance(event, StreamStart):
            self._on_start(event)
            return None
        if isinstance(event, StreamStop):
            self.stopped = True
            self._outbox.clear()
            logger.info(f"{self}: {self.provider} stream stopped ({event.reason or 'no reason'})")
            # the stream is over: nothing queued can reach the caller any more, so the call ends
            # now (a graceful end waited behind the bot audio still queued, paced in real time,
            # holding the call's slot and its realtime session for seconds)
            return CancelWorkerFrame(reason=f"{self.provider} stream stopped")
        if isinstance(event, Ignored):
            self._ignore(event)
            return None
        if isinstance(event, StreamError):
            self._on_provider_error(event)
            return None
        if isinstance(event, (Connected, Cleared)):
            return None
        return None  # pragma: no cover - exhaustive above

    def _in_real_time(self, size: int) -> bool:
        """Whether ``size`` bytes of caller audio keep the stream within
        ``max_audio_ahead_s`` of the wall clock (then they count as passed on); else they
        are dropped, counted and logged (the first few per stream)."""
        limit = self._params.max_audio_ahead_s
        if limit is None:
            return True
        now = self.clock()
        if self._first_media_at is None:
            self._first_media_at = now
        ms = size / self._bytes_per_ms
        ahead_ms = self._audio_passed_ms + ms - (now - self._first_media_at) * 1000
        if ahead_ms > limit * 1000:
            self._skip(
                "ahead of real time",
                f"caller audio {ahead_ms / 1000:.1f} s ahead of the wall clock, over "
                f"max_audio_ahead_s={limit:g}: {ms:.0f} ms dropped (a phone line sends in "
                "real time)",
                None,
            )
            return False
        self._audio_passed_ms += ms
        return True

    def _media_frame(self, payload: bytes, b64: str | None = None) -> G711InputAudioFrame:
        stats = self.stats
        stats.media_in += 1
        stats.bytes_in += len(payload)
        law = self.law
        if self.line_encoding == "pcm16":
            frame = G711InputAudioFrame(
                audio=payload,
                sample_rate=LINE_SAMPLE_RATE,
                num_channels=1,
                g711=g711.encode(payload, law),
                law=law,
            )
        elif self._inbound_table is not None:
            # The line's law isn't the model's (Telnyx inbound PCMA, declared PCMU): convert.
            frame = G711InputAudioFrame.from_line(payload.translate(self._inbound_table), law)
        else:
            # g711: the provider's bytes; audio: the decoded 8 kHz copy the VAD reads.
            frame = G711InputAudioFrame.from_line(payload, law)
            if b64 is not None:  # the provider's (canonical) base64 of exactly these bytes
                frame.attach_base64(b64)
        return frame

    def _on_start(self, start: StreamStart) -> None:
        if start.encoding != self.line_encoding:
            self._skip(
                "format change",
                f"start says {start.encoding}, this serializer handles {self.line_encoding}",
                None,
            )
            return
        if self.stream_id and start.stream_id != self.stream_id:
            logger.warning(f"{self}: stream id changed from {self.stream_id} to {start.stream_id}")
        self.start = start
        self.stream_id = start.stream_id
        self.call_id = start.call_id or self.call_id
        self._reorder.reset()  # a new stream numbers its media afresh

    def _on_echo(self, name: str) -> PlayoutConfirmedFrame | None:
        outcome = self._ledger.on_echo(name)
        if outcome.kind is EchoKind.PLAYED and outcome.played_ms is not None:
            return PlayoutConfirmedFrame(
                played_ms=outcome.played_ms, source=f"{self.provider} mark"
            )
        if outcome.kind is EchoKind.UNKNOWN:
            self.stats.ignored["foreign mark"] += 1
        return None

    def _on_provider_error(self, error: StreamError) -> None:
        """The provider reports an error (it refused a message of ours, a rate limit): the
        operator must see it, the first few at WARNING, then at debug; the call goes on."""
        self.stats.provider_errors += 1
        count = self.stats.provider_errors
        what = " ".join(str(part) for part in (error.code, error.title) if part) or "no code"
        message = f"{self}: {self.provider} reported an error: {what}: {error.detail or '-'}"
        if count <= _LOUD_SKIPS:
            more = " (further ones logged at debug)" if count == _LOUD_SKIPS else ""
            logger.warning(message + more)
        else:
            logger.debug(message)

    def _ignore(self, event: Ignored) -> None:
        """Count an ignored message under its event's name cut to ``IGNORED_NAME_CHARS``,
        for the call's first ``IGNORED_NAMES`` distinct names, else in ``ignored_other``:
        the peer names events, and what one stream makes the server keep stays bounded."""
        stats = self.stats
        key = event.event[:IGNORED_NAME_CHARS]
        if key in stats.ignored or len(stats.ignored) < IGNORED_NAMES:
            stats.ignored[key] += 1
            if stats.ignored[key] == 1:
                # the peer's name, escaped and cut short: a newline in it would forge a line
                name = reprlib.repr(event.event)
                logger.debug(f"{self}: ignoring {self.provider} {name} ({event.why})")
            return
        stats.ignored_other += 1
        if stats.ignored_other == 1:
            logger.debug(
                f"{self}: more than {IGNORED_NAMES} ignored {self.provider} event names: "
                "the rest are counted together (stats.ignored_other)"
            )

    def _skip(self, reason: str, detail: str, data: str | bytes | None) -> None:
        self.stats.skipped[reason] += 1
        count = self.stats.skipped[reason]
        sample = ""
        if data is not None:
            text = data if isinstance(data, str) else repr(data[:60])
            sample = f" — {text[:60]!r}{'…' if len(text) > 60 else ''} ({len(data)} bytes)"
        message = f"{self}: skipped a {self.provider} message: {reason}: {detail}{sample}"
        if count <= _LOUD_SKIPS:
            logger.warning(
                message + (" (further ones logged at debug)" if count == _LOUD_SKIPS else "")
            )
        else:
            logger.debug(message)

    # -- outbound -----------------------------------------------------------------------

    def feed_model_audio(self, frame: G711TTSAudioFrame) -> None:
        """The model's own bytes, in the order their audio enters the output transport."""
        if self.line_encoding == "pcm16":
            return  # the line is PCM: the decoded audio is what goes out
        if frame.law != self.law or frame.sample_rate != LINE_SAMPLE_RATE:
            return  # the aligner will encode that audio from PCM
        if frame.g711 and len(frame.g711) * 2 == len(frame.audio):
            self._aligner.feed(frame.g711)

    def take_pending_messages(self) -> list[str]:
        """Messages to send right after the last serialized chunk (marks)."""
        out, self._outbox = self._outbox, []
        return out

    async def serialize(self, frame: Frame) -> str | bytes | None:
        if self.stopped:  # the stream is over: the provider takes nothing more
            if isinstance(frame, (EndFrame, CancelFrame)):
                await self._maybe_hang_up()
            return None
        if isinstance(frame, OutputAudioRawFrame):  # first: 25 a second
            return self._media_out(frame)
        if isinstance(frame, (EndFrame, CancelFrame)):
            await self._maybe_hang_up()
            return None
        if isinstance(frame, InterruptionFrame):
            return self._clear()
        if isinstance(frame, ProviderMessageFrame):
            return frame.text
        if isinstance(frame, (OutputTransportMessageFrame, OutputTransportMessageUrgentFrame)):
            if self.should_ignore_frame(frame):
                return None
            return json.dumps(frame.message)
        return None

    def line_messages(self, line: bytes, frame_ms: int = 20) -> list[str]:
        """Provider media messages carrying ``line`` (bytes in this call's law), sent
        outside the pipeline (the fallback prompt); none once the provider stopped. The last
        frame is padded with silence to ``frame_ms``, as pipecat pads its last chunk: Telnyx
        takes RTP media of 20 ms and more, Exotel PCM16 in multiples of 320 bytes."""
        if self.stopped:
            return []
        samples = frame_ms * LINE_SAMPLE_RATE // 1000
        if len(line) % samples:
            line += g711.encode(bytes(2 * (samples - len(line) % samples)), self.law)
        if self.line_encoding == "pcm16":
            line = g711.decode_to_bytes(line, self.law)
        step = samples * (2 if self.line_encoding == "pcm16" else 1)
        messages = _OutboundMessages(self.dialect, self.stream_id)
        return [messages.media(line[i : i + step]) for i in range(0, len(line), step)]

    def _clear(self) -> str:
        self.stats.clears += 1
        self._ledger.on_clear()
        self._aligner.clear()
        self._outbox.clear()
        return self.dialect.clear_message(self.stream_id)

    def _media_out(self, frame: OutputAudioRawFrame) -> str | None:
        if frame.sample_rate != LINE_SAMPLE_RATE or frame.num_channels != 1:
            self._skip(
                "outbound format",
                f"{frame.num_channels} ch at {frame.sample_rate} Hz; passthrough sends mono 8000 Hz "
                "(set the transport's audio_out_sample_rate to 8000)",
                None,
            )
            return None
        pcm = frame.audio
        if not pcm or len(pcm) % 2:
            return None
        line = pcm if self.line_encoding == "pcm16" else self._aligner.take(pcm)
        self.stats.media_out += 1
        self.stats.bytes_out += len(line)
        messages = self._messages
        if messages.stream_id != self.stream_id:  # set or changed by the provider's start
            messages = self._messages = _OutboundMessages(self.dialect, self.stream_id)
        samples = len(pcm) // 2 if self.audio_is_speech else 0
        name = self._ledger.on_audio_sent(samples, marks=self._marks)
        if name is not None:
            self._outbox.append(messages.mark(name))
            if len(self._outbox) > _UNCOLLECTED_MARKS:
                self._stop_marks()
        return messages.media(line)

    def _stop_marks(self) -> None:
        """The transport never takes the marks (pipecat's stock websocket transport sends only
        what ``serialize`` returns): stop making them rather than keep them all call long."""
        self._marks = False
        self._outbox.clear()
        logger.warning(
            f"{type(self).__name__}: {_UNCOLLECTED_MARKS} marks were never collected by the "
            "transport, so no mark is sent on this call: marks are off (playout is then not "
            "confirmed by the line); G711PassthroughTransport sends them"
        )

    async def _maybe_hang_up(self) -> None:
        if self._hung_up or self._hang_up is None:
            return
        self._hung_up = True
        try:
            await self._hang_up()
        except Exception as exc:  # a failed REST call must not break the pipeline's shutdown
            logger.error(f"{self}: hang-up failed: {type(exc).__name__}")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(stream={self.stream_id or '?'})"

    def __str__(self) -> str:
        return self.__repr__()


class TwilioPassthroughSerializer(G711PassthroughSerializer):
    """Twilio Media Streams: μ-law 8 kHz; ``mark`` echoes; ``clear``."""

    dialect_cls = TwilioDialect


class TelnyxPassthroughSerializer(G711PassthroughSerializer):
    """Telnyx media streaming: PCMU or PCMA 8 kHz; ``mark``; ``clear``.

    ``line_encoding`` is the inbound ``media_format`` of the ``start``; ``law`` the
    outbound codec the stream was opened with (``bidirectionalCodec``), which is the law
    the model speaks *and* hears. When they differ, the caller's bytes are converted to
    ``law`` by a 256-byte table (G.711 A-law ↔ μ-law through linear, not bit-exact) so the
    session keeps one law both ways; when they match they pass untouched.
    """

    dialect_cls = TelnyxDialect
    outbound_law_declared = True


class PlivoPassthroughSerializer(G711PassthroughSerializer):
    """Plivo audio streams: μ-law 8 kHz; ``checkpoint``/``playedStream``; ``clearAudio``."""

    dialect_cls = PlivoDialect


class ExotelPassthroughSerializer(G711PassthroughSerializer):
    """Exotel: PCM16 8 kHz on the socket, table-converted to/from the model's G.711 law; or,
    when the ``start`` declares it (``line_encoding="ulaw"``), μ-law passed through untouched."""

    dialect_cls = ExotelDialect


_SERIALIZERS: dict[str, type[G711PassthroughSerializer]] = {
    "twilio": TwilioPassthroughSerializer,
    "telnyx": TelnyxPassthroughSerializer,
    "plivo": PlivoPassthroughSerializer,
    "exotel": ExotelPassthroughSerializer,
}


def serializer_for(provider: str) -> type[G711PassthroughSerializer]:
    """The passthrough serializer class of ``provider``."""
    try:
        return _SERIALIZERS[provider]
    except KeyError:
        raise ValueError(
            f"unknown provider {provider!r}; expected one of {sorted(_SERIALIZERS)}"
        ) from None
