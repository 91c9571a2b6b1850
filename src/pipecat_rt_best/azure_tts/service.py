"""The Azure Speech TTS service: the model's text spoken sentence by sentence (pipecat adapter).

:class:`AzureSpeechTTSService` is a pipecat :class:`~pipecat.services.tts_service.TTSService`
that drives the real Azure Speech SDK:

* **sentence streaming** — the pack's :class:`~.sentence_splitter.SentenceSplitter` replaces
  pipecat's sentence aggregator, so each sentence is synthesized as soon as its end is
  certain (decimals, amounts, abbreviations and URLs never cut a sentence; optionally an
  early first chunk at a clause boundary);
* **one SSML request per sentence** (``speak_ssml_async``), which works for every voice:
  prebuilt and custom neural voices (``endpoint_id`` → ``?deploymentId=``), language,
  style/role, rate/pitch/volume, and a pronunciation lexicon as ``<sub>``/``<phoneme>`` or
  a lexicon URI, the text around it escaped (:mod:`.ssml`). The SDK's TextStream input is
  not used: Azure only serves it on the v2 endpoint, ignores SSML there (so no lexicon,
  style or prosody) and custom voices' support for it is undocumented;
* **telephony output straight through** — ``output="ulaw"``/``"alaw"`` asks Azure for
  8 kHz G.711 and emits :class:`~pipecat_rt_best.base.frames.G711TTSAudioFrame` (the bytes
  untouched in ``g711``, decoded PCM in ``audio``) for the pack's G.711 transports; or PCM
  at the pipeline's rate (8/16/24/48 kHz natively, other rates resampled);
* **pre-connected** — the WebSocket is opened when the pipeline starts, and again right
  after an interruption (``stop_speaking`` closes it), so a sentence never pays a connect;
* **word-level text frames** — each Azure word boundary, as the written word it was said for,
  goes to pipecat's word timestamps (``add_word_timestamps``, as pipecat's own
  ``AzureTTSService`` does): the output transport releases each ``TTSTextFrame`` as its audio
  is written and drops the rest at an interruption, and the ``PlayoutTracker`` after it holds
  each until half of it has played on the line, so pipecat's assistant aggregator (its
  context, ``on_assistant_turn_stopped``) holds the model's words the caller heard;
* **word timings** — Azure's word boundaries become :class:`~pipecat_rt_best.base.word_timing.WordTiming`
  at reply-level offsets; on interruption the service stops synthesis at once
  (``stop_speaking_async``), pipecat drops the queued sentences, and, for the model's reply
  (the turn context an ``LLMFullResponseStartFrame`` opened; never an app's ``TTSSpeakFrame``
  or ``TextFrame``), a :class:`~pipecat_rt_best.base.frames.SpokenTextHeardFrame` goes
  upstream so the realtime service keeps only the words the caller heard. The text it carries is what the model
  *wrote* (before ``text_transforms`` such as the pack's number normalizer, and with
  lexicon terms as written), each word boundary mapped back to the written word it was
  said for: Azure's ``text_offset`` is a position in the SSML sent, which maps to the
  spoken sentence (escapes, ``<sub>``), which maps to the written one
  (:class:`~.spoken_map.SpokenMap`). So the model's copy is the heard part of its own
  text, cut between written words: ``"आपकी EMI ₹12,500 है, जो"``, never a mix of its text
  and the voice's (``"आपकी EMI बारह हज़ार …"``) nor a word cut in two. Written rather
  than spoken because the written form keeps the model's own style for its next turn
  (digits, ``₹``, terms as in its prompt) while saying exactly what the caller heard:
  the mapping is exact, and a spelled-out amount counts as heard only as a whole (the
  words Azure said for it are one stretch of audio under ``heard_text``'s rule);
* **errors** — a 401, 429, refused request or dropped connection becomes one clear
  :class:`~pipecat.frames.frames.ErrorFrame` (with pipecat's error category; a handshake
  answered 404, a URL with no Speech websocket, is ``INVALID_REQUEST``); the pipeline
  goes on and the next sentence reconnects. A connection that worked and dropped
  mid-sentence is a :class:`~pipecat_rt_best.base.frames.RecoverableErrorFrame`
  (``CONNECTIVITY``), which never ends the call; a connection that could not be made at all
  is a plain ``CONNECTIVITY`` error, which the call runner takes as "cannot reach Azure
  Speech" and ends the call on. (A sentence that produced no audio at all is
  reported by pipecat too, "TTS context … completed with no audio", as a second,
  uncategorized ErrorFrame — unless the error wrote the service off: pipecat does not
  report an unusable service's silence.) What a failure left unsaid (the sentence, or its
  rest after the last word whose audio had all come) is never reported heard: the report
  names it (``SpokenTextHeardFrame.unspoken``), and a model reply with such a span is
  reported even without a barge-in, once it has played to its end, so its item holds what
  was said.

Without a ``PlayoutTracker`` the heard position is what a transport playing each push of
audio in real time, after the audio pushed before it, has played (a pause between sentences
plays nothing), capped at the audio this service sent. A barge-in reports every model reply
it cut short, in order (a second response, written after a tool call while the first still
played, is queued behind it: nothing of it heard).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import inspect
import re
import threading
import time
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from pipecat_rt_best.base.extras import missing_extra

try:  # first: pipecat's Azure module needs the SDK too, and names pipecat's extra
    import azure.cognitiveservices.speech as speechsdk
except ModuleNotFoundError as exc:  # the [azure] extra is not installed
    raise missing_extra(exc, __name__) from None

from loguru import logger
from pipecat.frames.frames import (
    AggregatedTextFrame,
    Frame,
    InterruptionFrame,
    LLMFullResponseStartFrame,
    StartFrame,
    TTSAudioRawFrame,
    TTSTextFrame,
)
from pipecat.processors.frame_processor import FrameDirection, FrameProcessorSetup
from pipecat.services.azure.common import language_to_azure_language
from pipecat.services.azure.tts import AzureBaseTTSService, AzureTTSSettings
from pipecat.services.settings import TTSSettings
from pipecat.services.tts_service import TextAggregationMode, TTSService
from pipecat.transcriptions.language import Language
from pipecat.utils.errors import ErrorCategory
from pipecat.utils.text.base_text_aggregator import Aggregation, BaseTextAggregator, TextType
from pipecat.utils.types import is_given

from pipecat_rt_best.azure_tts.env import AzureSpeechConfig, TokenProvider, voice_locale
from pipecat_rt_best.azure_tts.sentence_splitter import SentenceSplitter
from pipecat_rt_best.azure_tts.spoken_map import SpokenMap
from pipecat_rt_best.azure_tts.ssml import (
    Lexicon,
    MappedSsml,
    VoiceSettings,
    build_ssml,
    build_ssml_mapped,
    lexicon_entries,
)
from pipecat_rt_best.base.audio_format import duration_ms
from pipecat_rt_best.base.frames import (
    HEARD_AT_CUT,
    WORD_AUDIO_SPAN,
    G711TTSAudioFrame,
    PlayoutProgressFrame,
    PlayoutSegmentFrame,
    RecoverableErrorFrame,
    SpokenTextHeardFrame,
)
from pipecat_rt_best.base.g711 import decode_to_bytes
from pipecat_rt_best.base.keywords import refuse_misspelt_keywords
from pipecat_rt_best.base.pipecat_names import require_pipecat_names
from pipecat_rt_best.base.spoken_sentence import SpokenSentence, speaking_sentence
from pipecat_rt_best.base.token_source import TokenProviderError, safe_token_provider
from pipecat_rt_best.base.transform_factory import check_text_transforms
from pipecat_rt_best.base.word_timing import WordTiming

__all__ = [
    "AzureSpeechTTSService",
    "OutputEncoding",
    "SentenceSplitterAggregator",
    "azure_tts_from_env",
]

OutputEncoding = Literal["pcm", "ulaw", "alaw"]
_FMT = speechsdk.SpeechSynthesisOutputFormat
_PCM_FORMATS = {
    8000: _FMT.Raw8Khz16BitMonoPcm,
    16000: _FMT.Raw16Khz16BitMonoPcm,
    24000: _FMT.Raw24Khz16BitMonoPcm,
    48000: _FMT.Raw48Khz16BitMonoPcm,
}
_ERROR_CATEGORIES = {
    speechsdk.CancellationErrorCode.AuthenticationFailure: ErrorCategory.AUTHENTICATION,
    speechsdk.CancellationErrorCode.Forbidden: ErrorCategory.AUTHORIZATION,
    speechsdk.CancellationErrorCode.TooManyRequests: ErrorCategory.RATE_LIMIT,
    speechsdk.CancellationErrorCode.BadRequest: ErrorCategory.INVALID_REQUEST,
    speechsdk.CancellationErrorCode.ConnectionFailure: ErrorCategory.CONNECTIVITY,
    speechsdk.CancellationErrorCode.ServiceTimeout: ErrorCategory.SERVER,
    speechsdk.CancellationErrorCode.ServiceError: ErrorCategory.SERVER,
    speechsdk.CancellationErrorCode.ServiceUnavailable: ErrorCategory.SERVER,
}
_NOT_FOUND = re.compile(r"WebSocket upgrade failed: [^\n]*\(404\)")
"""A handshake the service answered 404: no Speech websocket at the URL the SDK opened (a wrong
endpoint path). The SDK calls it a ``ServiceError`` ("Internal service error (404)"); every
sentence would fail the same way, so it is a configuration error (pipecat's category for a
404), not a server's."""
_CONNECT_TIMEOUT_S = 5.0
_KEEPALIVE_S = 0.5
# how long a request's late word boundaries are waited for (the pause between them)
_LATE_WORDS_S = 0.15
"""While a sentence waits for Azure, pipecat's audio context is kept open this often: pipecat
closes a context silent for its ``stop_frame_timeout_s`` (3 s) as one that "completed with no
audio", and a cold custom-voice deployment can take longer than that to its first byte."""
_PRECONNECT_GRACE_S = 1.5
"""How long a sentence waits for a pre-connect still in progress. The SDK signals nothing when
a handshake is refused (429, 500, 401), so a longer wait only delays the first sentence; after
it the request opens its own connection and reports what is wrong."""
_SDK_THREADS = 16
"""Threads of the executor every service of the process runs the SDK's blocking calls on."""

_T = TypeVar("_T")
_sdk_executor: ThreadPoolExecutor | None = None
_sdk_executor_lock = threading.Lock()


def _sdk_threads() -> ThreadPoolExecutor:
    """The pack's executor for the Speech SDK's blocking calls (``Connection.open`` / ``close``,
    a ``ResultFuture``'s ``get()``): bounded, shared by every service of the process, its
    threads named ``azure-tts-sdk``. Never the event loop's default executor, which
    ``getaddrinfo``, pipecat and the application share. Nothing waits on it for an SDK event:
    those are awaited on the loop."""
    global _sdk_executor
    with _sdk_executor_lock:
        if _sdk_executor is None:
            _sdk_executor = ThreadPoolExecutor(
                max_workers=_SDK_THREADS, thread_name_prefix="azure-tts-sdk"
            )
        return _sdk_executor


async def _in_sdk_thread(fn: Callable[..., _T], *args: Any) -> _T:
    """``fn(*args)``, a blocking SDK call, on the pack's SDK executor."""
    return await asyncio.get_running_loop().run_in_executor(_sdk_threads(), fn, *args)


def _resolve(waiter: asyncio.Future[None]) -> None:
    """On the loop: wake what awaits ``waiter`` (once)."""
    if not waiter.done():
        waiter.set_result(None)


class SentenceSplitterAggregator(BaseTextAggregator):
    """pipecat's text-aggregator interface over the pack's :class:`SentenceSplitter`.

    With ``whole_reply=True`` nothing is released before the reply ends (one request per
    reply: the baseline the benchmark compares sentence streaming against).
    """

    def __init__(self, splitter: SentenceSplitter, *, whole_reply: bool = False) -> None:
        super().__init__(aggregation_type=TextType.SENTENCE)
        self.splitter = splitter
        self.whole_reply = whole_reply
        self._held = ""

    @property
    def text(self) -> Aggregation:
        return Aggregation(
            text=(self._held + self.splitter.pending).strip(), type=TextType.SENTENCE
        )

    async def aggregate(self, text: str) -> AsyncIterator[Aggregation]:
        if self.whole_reply:
            self._held += text
            return
        for chunk in self.splitter.feed(text):
            if chunk.strip():
                yield Aggregation(text=chunk.strip(), type=TextType.SENTENCE)

    async def flush(self) -> Aggregation | None:
        held, self._held = self._held, ""
        rest = held + "".join(self.splitter.flush())
        return Aggregation(text=rest.strip(), type=TextType.SENTENCE) if rest.strip() else None

    async def handle_interruption(self) -> None:
        await self.reset()

    async def reset(self) -> None:
        self.splitter.reset()
        self._held = ""


_WORD_CHAR = re.compile(r"\w")

_PLAYED_POLL_S = 0.1
"""How often a reply with a sentence never said is checked for having played to its end."""


@dataclass
class _Sentence:
    """One synthesized sentence: its written/spoken alignment and the SSML sent for it."""

    base: int  # the reply-level offset of written index 0
    spoken_map: SpokenMap
    ssml: MappedSsml
    cursor: int = 0  # spoken text placed up to here (boundaries arrive in order)
    start: int = 0  # where it stands in the reply's text (stripped), start and end
    end: int = 0
    first_word: int = 0  # the reply's words from this index on are its own

    def words_due(self) -> bool:
        """Whether a spoken word after the last one placed has not been placed yet."""
        return _WORD_CHAR.search(self.spoken_map.spoken, self.cursor) is not None


@dataclass
class _Reply:
    """What was synthesized for one reply (one pipecat turn context).

    ``texts``: the sentences as spoken (after text transforms); ``written``: as the model
    wrote them; ``words``: one timing per *written* word heard-able on its own, at
    reply-level offsets into :attr:`text` (see :meth:`add_word`).
    """

    texts: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    words: list[WordTiming] = field(default_factory=list)
    audio_ms: float = 0.0  # synthesized so far
    pushed_ms: float = 0.0  # left this service so far
    first_push: float | None = None  # time.monotonic() of its first audio out
    # when the audio pushed so far ends, played in real time from each push on, after the
    # audio pushed before it: a pause between sentences (the model still writing) plays nothing
    play_end: float = 0.0
    marked: bool = False  # its PlayoutSegmentFrame went out ahead of its audio
    # the model finished it (LLMFullResponseEndFrame): every sentence was handed to synthesis;
    # until then, more of it is being written or waits in the splitter
    ended: bool = False
    # the last word, while it is a rewritten run (a spelled-out amount) whose later words
    # have not come yet: its end is not known, so it cannot count as heard
    open_word: WordTiming | None = None
    timeline_start: float | None = None  # output timeline ms where its audio starts
    # spans of :attr:`text` never said: a sentence Azure refused, or the rest of one whose
    # synthesis failed (see :meth:`unspeak`)
    unspoken: list[tuple[int, int]] = field(default_factory=list)
    reported: bool = False  # a heard-text report for it went up
    framed: int = 0  # its words whose TTSTextFrames went out (in order)

    @property
    def text(self) -> str:
        """The reply as the model wrote it (its sentences joined by one space)."""
        return " ".join(t.strip() for t in self.written if t.strip())

    def add_sentence(self, written: str, spoken: str, ssml: MappedSsml) -> _Sentence:
        """Start a sentence: ``written`` by the model, ``spoken`` after the transforms."""
        before = self.text
        stripped = written.strip()
        start = len(before) + (1 if before and stripped else 0)
        base = start - (len(written) - len(written.lstrip()))
        self.written.append(written)
        self.texts.append(spoken)
        return _Sentence(
            base,
            SpokenMap(written, spoken),
            ssml,
            start=start,
            end=start + len(stripped),
            first_word=len(self.words),
        )

    def unspeak(self, sentence: _Sentence) -> None:
        """``sentence``'s synthesis failed (refused, cancelled by an error, given up, or no
        audio at all): what of it was not said is marked unspoken — from the end of its last
        word whose audio had all come (none: its start) to its end.

        A report keeps the whole text (so the realtime service finds the item it was
        written as) and names these spans: the model's copy keeps none of them, even when
        later sentences were heard.
        """
        said = sentence.start
        for w in self.words[sentence.first_word :]:
            complete = w is not self.open_word and w.end_ms <= self.audio_ms + 1e-6
            if complete and w.text_offset is not None:
                said = max(said, w.text_offset + len(w.word))
        if said < sentence.end:
            self.unspoken.append((said, sentence.end))
        self.open_word = None  # a spelled-out amount cut off: unspoken, whatever was said of it

    def add_word(
        self,
        sentence: _Sentence,
        word: str,
        text_offset: int,
        word_length: int,
        offset_ms: float,
        duration_ms: float,
    ) -> None:
        """Record one Azure word boundary as the written word it was said for.

        ``text_offset``/``word_length`` are the SDK's: a position in the SSML document it
        was sent (``-1`` when it could not find the word there, e.g. escaped text). The
        SSML position maps to the spoken text (escapes and ``<sub>`` content undone),
        else the word is looked up as a whole word after the previous one; the spoken
        span maps to the written one (:class:`SpokenMap`). Consecutive boundaries for the
        same written span (the words of a spelled-out number) become one timing from the
        first's start to the last's end, so the written amount counts as heard only as
        ``heard_text``'s rule says for that whole stretch of audio. A boundary that can't
        be placed is dropped: it is never reported heard.
        """
        spoken = sentence.spoken_map.spoken
        span = sentence.ssml.text_span(text_offset, word_length)
        if span is not None and spoken[span[0] : span[1]] != word:
            span = None
        if span is None:
            span = sentence.spoken_map.find_spoken(word, sentence.cursor)
        if span is None:
            return
        sentence.cursor = max(sentence.cursor, span[1])
        written = sentence.spoken_map.written_span(*span)
        if written is None:  # a word the transforms added: nothing written to keep
            return
        ws, we = written
        text = sentence.spoken_map.written[ws:we]
        at = sentence.base + ws
        last = self.words[-1] if self.words else None
        if last is not None and last.text_offset == at and last.word == text:
            end = max(last.end_ms, offset_ms + duration_ms)
            self.words[-1] = WordTiming(text, last.offset_ms, end - last.offset_ms, at)
        else:
            self.words.append(WordTiming(text, offset_ms, duration_ms, at))
        run_end = sentence.spoken_map.rewritten_end(span[0])
        self.open_word = self.words[-1] if run_end is not None and span[1] < run_end else None

    def frame_word(self, text: str) -> int | None:
        """The index in :attr:`words` of the word a ``TTSTextFrame`` pipecat built for it
        carries (``text``), the next one of that text not framed yet; None if none is."""
        text = text.strip()
        for k in range(self.framed, len(self.words)):
            if self.words[k].word == text:
                self.framed = k + 1
                return k
        return None

    def word_span(self, index: int, segment_id: str) -> tuple[str, float, float] | None:
        """Word ``index``'s place in this reply's audio (``WORD_AUDIO_SPAN``), as it is now:
        None while its end is not known (:attr:`open_word`)."""
        w = self.words[index]
        return None if w is self.open_word else (segment_id, w.offset_ms, w.end_ms)

    def heard_words(self) -> list[WordTiming]:
        """The word timings a report may count: all but a spelled-out amount still being said
        (its end is not known yet)."""
        return [w for w in self.words if w is not self.open_word]

    def heard_ms(self, now: float, heard_timeline_ms: float | None) -> float:
        """Audio of this reply the caller has heard.

        With a ``PlayoutTracker`` after the output transport, ``heard_timeline_ms`` is the
        heard position on the output timeline (see
        :meth:`AzureSpeechTTSService.heard_timeline_ms`): the reply has been heard from its
        segment marker's position up to it; 0 while that marker has not come out of the
        transport (it is queued ahead of the reply's audio: behind other speech, an app's
        notice, not a byte of the reply has been written). Without one (None): what a
        transport playing each push in real time has played by ``now`` (:meth:`pushed`).
        Capped to the audio that left this service.
        """
        if self.first_push is None:
            return 0.0
        if heard_timeline_ms is not None:
            if self.timeline_start is None:
                return 0.0
            played = heard_timeline_ms - self.timeline_start
        else:
            played = self.pushed_ms - max(0.0, self.play_end - now) * 1000.0
        return max(0.0, min(played, self.pushed_ms))

    def pushed(self, now: float, ms: float, after: float = 0.0) -> None:
        """``ms`` of this reply's audio left the service at ``now``, to play once the audio
        pushed before it (``after``: when that ends) has played."""
        if self.first_push is None:
            self.first_push = now
        self.pushed_ms += ms
        self.play_end = max(self.play_end, now, after) + ms / 1000.0


def _segment_id(context_id: str) -> str:
    """The ``PlayoutSegmentFrame`` id of a reply (pipecat turn context)."""
    return f"azure-tts:{context_id}"


def _get_quietly(future: Any) -> None:
    """``future.get()``, its outcome already reported through the SDK's events."""
    with contextlib.suppress(Exception):
        future.get()


class _Request:
    """One SDK request: events from the SDK's threads land in an asyncio queue, its end sets
    ``ended`` on the loop.

    Requests on one synthesizer run one at a time and each ends with exactly one
    ``synthesis_completed`` or ``synthesis_canceled`` event, delivered in order on the
    SDK's event thread; so the n-th terminal event closes the n-th request, and every
    event before it belongs to that request — except word boundaries, which the SDK may call
    back after their request's terminal event (seen under load, after a cancellation and after
    a completion): until the next request's ``started``, they are its predecessor's. (Result
    ids can't be used to match: a request refused at the handshake reports ``started`` and
    ``canceled`` under two ids.)
    """

    def __init__(self, loop: asyncio.AbstractEventLoop, seq: int) -> None:
        self.loop = loop
        self.seq = seq
        self.queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        self.ended = asyncio.Event()  # the terminal event came (set on the loop)
        self.abandoned = False  # interrupted: its remaining events are dropped
        # what speak_ssml_async returned, collected once the request is over, whichever of the
        # two (the loop's hand-over, the SDK thread's terminal event) comes second
        self._future: Any = None
        self._over = False
        self._future_lock = threading.Lock()

    def put(self, kind: str, payload: Any) -> None:
        """From the SDK's event thread: queue an event for the loop (dropped once the request
        was abandoned or its loop closed)."""
        if not self.abandoned:
            with contextlib.suppress(RuntimeError):  # the loop closed before this late event
                self.loop.call_soon_threadsafe(self.queue.put_nowait, (kind, payload))

    def end(self) -> None:
        """From the SDK's event thread: the request is over (not if the loop is gone)."""
        with contextlib.suppress(RuntimeError):  # the loop closed before this late event
            self.loop.call_soon_threadsafe(self.ended.set)
        with self._future_lock:
            self._over = True
            future, self._future = self._future, None
        _collect(future)

    def issued(self, future: Any) -> None:
        """On the loop: the request's SDK future (its terminal event may already have come)."""
        with self._future_lock:
            if not self._over:
                self._future = future
                return
        _collect(future)


def _collect(future: Any) -> None:
    """Collect an SDK request's future once its terminal event came (interrupted or not): a
    future nobody calls ``get()`` on keeps its native threads after the synthesizer is gone
    (about five a call, a review measured). ``get()`` then returns at once; it runs on the
    pack's SDK executor, handed over from whichever thread saw the request end — never by way
    of the event loop, which may end (a loop per call) before it ran a callback for it."""
    if future is not None:
        with contextlib.suppress(RuntimeError):  # the interpreter is shutting down
            _sdk_threads().submit(_get_quietly, future)


def _settings_from_params(params: object, service: str) -> AzureTTSSettings:
    """pipecat's deprecated ``AzureTTSService.InputParams`` as the settings pipecat makes of it:
    emphasis, pitch, rate, role, style, style degree and volume; the language only when it
    was given (pipecat would say ``en-US`` for a Hindi voice; here, as with settings, an
    unset language follows the voice)."""
    if not isinstance(params, AzureBaseTTSService.InputParams):
        raise TypeError(
            f"params= takes pipecat's AzureTTSService.InputParams (deprecated: use "
            f"settings={service}.Settings(...)), not a {type(params).__name__}"
        )
    settings = AzureTTSSettings(
        emphasis=params.emphasis,
        pitch=params.pitch,
        rate=params.rate,
        role=params.role,
        style=params.style,
        style_degree=params.style_degree,
        volume=params.volume,
    )
    if "language" in params.model_fields_set and params.language:
        settings.language = params.language
    return settings


class AzureSpeechTTSService(TTSService):
    """Azure neural / custom neural voices, sentence by sentence (see the module docstring).

    Connection: pass ``config`` (:class:`~.env.AzureSpeechConfig`, e.g.
    ``AzureSpeechConfig.from_env()``) or the same fields as keywords (``api_key``,
    ``auth_token`` or ``token_provider``; one of ``region``, ``endpoint``, ``host``;
    ``endpoint_id``). ``token_provider`` (sync or async, returning the current token) is
    asked before each connection and each sentence's request, so a call outlives its
    tokens (an STS token lasts ~10 minutes).
    ``settings``: pipecat's ``AzureTTSService.Settings`` (voice, language, style,
    style_degree, role, rate, pitch, volume, effect); ``voice`` and pipecat's deprecated
    ``params`` (``AzureTTSService.InputParams``) are taken as pipecat's ``AzureTTSService``
    takes them (``params`` with pipecat's deprecation warning, ignored when ``settings`` is
    given). A keyword that is a near miss of one the service or pipecat's ``TTSService``
    takes is refused (``TypeError``, naming the one meant). ``lexicon``: ``{term: alias}`` or
    :class:`~.ssml.LexiconEntry` items; ``lexicon_uri``: an Azure custom lexicon file.
    ``output``: ``"pcm"`` (at the pipeline's rate) or ``"ulaw"``/``"alaw"`` (8 kHz G.711).
    ``first_chunk_min_chars``: let a reply's first chunk end at a clause boundary once
    this long. ``whole_reply``: synthesize each reply in one request (baseline only).
    ``silence_timeout_s``: give a sentence up (one ErrorFrame) when Azure sends nothing for
    this long; until then its audio context is kept open, however slow the first byte.
    ``playout_source``: the heard position on the output timeline, asked at a barge-in — the
    realtime service's :meth:`~pipecat_rt_best.interruption_truncation.TruncationMixin.heard_timeline_ms`,
    whose playout clock reads the line's playout confirmations (mark echoes), which this
    service, placed after it, never sees; the call assembly
    (:func:`~pipecat_rt_best.call_pipeline.azure_tts_call_processors`) connects it. Without
    it, the output timeline a ``PlayoutTracker`` reports, less the chunk the transport just
    wrote (still playing) and ``playout_delay_ms`` (the far end's buffering).
    """

    Settings = AzureTTSSettings
    _settings: AzureTTSSettings

    def __init__(
        self,
        *,
        config: AzureSpeechConfig | None = None,
        api_key: str | None = None,
        auth_token: str | None = None,
        region: str | None = None,
        endpoint: str | None = None,
        host: str | None = None,
        endpoint_id: str | None = None,
        token_provider: TokenProvider | None = None,
        output: OutputEncoding = "pcm",
        sample_rate: int | None = None,
        settings: AzureTTSSettings | None = None,
        lexicon: Lexicon | None = None,
        lexicon_uri: str | None = None,
        lexicon_ignore_case: bool = False,
        first_chunk_min_chars: int | None = None,
        max_chunk_chars: int | None = 400,
        whole_reply: bool = False,
        preconnect: bool = True,
        report_heard_text: bool = True,
        silence_timeout_s: float = 10.0,
        playout_delay_ms: float = 0.0,
        playout_source: Callable[[], float | None] | None = None,
        voice: str | None = None,
        params: AzureBaseTTSService.InputParams | None = None,
        **kwargs: Any,
    ) -> None:
        # pipecat takes any keyword silently: a misspelt one (ouput=) would turn its feature off
        refuse_misspelt_keywords(kwargs, _known_keywords())
        # a factory such as number_text_transform passed uncalled: refused here, not a
        # lost sentence per turn
        check_text_transforms(kwargs.get("text_transforms"), type(self).__name__)
        if params is not None:  # pipecat's AzureTTSService still takes params= (deprecated)
            delta = _settings_from_params(params, type(self).__name__)
            self._warn_init_param_moved_to_settings("params")
            if settings is None:  # as in pipecat: settings, when given, win over params whole
                settings = delta
        if isinstance(silence_timeout_s, bool) or not (
            isinstance(silence_timeout_s, int | float) and silence_timeout_s > 0
        ):  # 0 would give every sentence up before it waited at all: a mute bot
            raise ValueError(
                f"silence_timeout_s must be a number of seconds > 0, got {silence_timeout_s!r}"
            )
        for given in (voice, settings.voice if settings is not None else None):
            if isinstance(given, str) and not given.strip():
                raise ValueError(
                    "voice must name an Azure voice (e.g. 'hi-IN-SwaraNeural'), got an empty one"
                )
        if voice is not None:  # pipecat's AzureTTSService takes voice= too
            settings = settings or self.Settings()
            if isinstance(settings.voice, str) and settings.voice != voice:
                raise ValueError(f"voice={voice!r} and settings voice={settings.voice!r} differ")
            settings.voice = voice
        if config is None:
            config = AzureSpeechConfig(
                api_key=api_key,
                auth_token=auth_token,
                region=region,
                endpoint=endpoint,
                host=host,
                endpoint_id=endpoint_id,
                token_provider=token_provider,
                voice=(settings.voice if settings and isinstance(settings.voice, str) else None)
                or "en-US-AvaNeural",
            )
        elif any(
            v is not None
            for v in (api_key, auth_token, region, endpoint, host, endpoint_id, token_provider)
        ):
            raise ValueError(
                "pass either config=AzureSpeechConfig(...) or connection keywords, not both"
            )
        if output not in ("pcm", "ulaw", "alaw"):
            raise ValueError(f"output must be 'pcm', 'ulaw' or 'alaw', got {output!r}")
        if output != "pcm":
            if sample_rate not in (None, 8000):
                raise ValueError(f"G.711 output is 8 kHz; sample_rate={sample_rate} cannot be used")
            sample_rate = 8000
        defaults = self.Settings(
            model=None,
            voice=config.voice,
            language=config.locale,
            effect=None,
            emphasis=None,
            force_locale=False,
            pitch=None,
            rate=None,
            role=None,
            style=None,
            style_degree=None,
            voice_parameters=None,
            volume=None,
        )
        if settings is not None:
            defaults.apply_update(settings)
            if isinstance(settings.voice, str) and not isinstance(settings.language, str):
                # the language follows the voice spoken, not the config's default voice
                defaults.language = voice_locale(settings.voice) or config.locale
        spoken = defaults.voice if isinstance(defaults.voice, str) else config.voice
        language_set = isinstance(settings and settings.language, str) or config.language
        if not language_set and voice_locale(spoken) is None:
            logger.warning(
                f"Azure voice {spoken!r} has no locale in its name (a custom neural voice?): "
                f"its SSML declares {defaults.language!r}; set AZURE_SPEECH_LANGUAGE or the "
                "settings' language to the voice's language"
            )
        kwargs.setdefault("text_aggregation_mode", TextAggregationMode.SENTENCE)
        # a throttled or dropped sentence is reported (one ErrorFrame, categorized) and the
        # next one is tried: never write the service off for a run of silent sentences
        kwargs.setdefault("max_consecutive_zero_audio_contexts", 0)
        super().__init__(
            # word-level TTSTextFrames, paced with the audio (see _time_word), instead of one
            # per sentence after its audio: the caller's heard words reach the context
            push_text_frames=False,
            push_stop_frames=True,
            push_start_frame=True,
            sample_rate=sample_rate,
            settings=defaults,
            **kwargs,
        )
        self._config = config
        # the language was chosen (settings, AZURE_SPEECH_LANGUAGE, a settings update), else it
        # follows the voice, at construction and when an update changes the voice
        self._language_set = bool(language_set)
        self._output: OutputEncoding = output
        self._lexicon = lexicon_entries(lexicon)
        self._lexicon_uri = lexicon_uri
        self._lexicon_ignore_case = lexicon_ignore_case
        self._preconnect_enabled = preconnect
        self._report_heard_text = report_heard_text
        self._silence_timeout_s = silence_timeout_s
        self._playout_delay_ms = playout_delay_ms
        self._timeline_ms: float | None = None  # from a PlayoutTracker, when there is one
        self._last_chunk_ms = 0.0  # the last write it reported, playing from when it did
        self._last_chunk_at = 0.0
        self.playout_source = playout_source
        self._segments: dict[str, str] = {}  # segment id -> reply context id
        if self._text_aggregation_mode == TextAggregationMode.SENTENCE:
            self._text_aggregator = SentenceSplitterAggregator(  # type: ignore[assignment]
                SentenceSplitter(
                    first_chunk_min_chars=first_chunk_min_chars, max_chunk_chars=max_chunk_chars
                ),
                whole_reply=whole_reply,
            )
        self._synth: speechsdk.SpeechSynthesizer | None = None
        self._connection: speechsdk.Connection | None = None
        self._connected = threading.Event()  # set and cleared by the SDK's callbacks
        self._loop: asyncio.AbstractEventLoop | None = None  # the pipeline's (setup)
        # the pre-connect's wait for the SDK's connected event, resolved on the loop
        self._connect_waiter: asyncio.Future[None] | None = None
        # the pre-connect's Connection.open, until it has returned (queued or running)
        self._opening: asyncio.Future[None] | None = None
        self._connect_task: asyncio.Task[None] | None = None
        self._connecting_context: str | None = None  # a sentence waiting for the pre-connect
        self._synth_rate = 0
        self._active: _Request | None = None
        self._active_context: str | None = None  # the reply context ``_active`` speaks for
        self._requests: dict[int, _Request] = {}
        self._issued = 0  # requests handed to the SDK (event loop thread)
        self._terminated = 0  # terminal events seen (SDK event thread)
        # the request that ended last, until the next one starts: the SDK calls back a
        # request's word boundaries late, even after its terminal event (seen under load)
        self._ended: _Request | None = None
        self._replies: dict[str, _Reply] = {}
        # model replies with unspoken text, watched until they have played (context id -> task)
        self._unspoken_watch: dict[str, asyncio.Task[None]] = {}
        # when the audio pushed so far ends, each push played in real time after the one
        # before it (of any reply): a reply queued behind another plays after it
        self._play_end = 0.0
        # the turn contexts the model's replies opened (LLMFullResponseStartFrame): only their
        # heard text is reported, never an app's TTSSpeakFrame or TextFrame
        self._model_replies: deque[str] = deque(maxlen=16)
        self._odd_byte = b""
        # (spoken, written) per sentence, from _transform_text to run_tts
        self._written: deque[tuple[str, str]] = deque(maxlen=16)
        self.connects = 0  # connections opened (pre-connects and the SDK's own reconnects)
        self._token: str | None = None  # the token_provider's, as the synthesizer has it
        provider = self._config.token_provider
        self._token_source = (
            safe_token_provider(provider, timeout_s=_CONNECT_TIMEOUT_S)
            if provider is not None
            else None
        )

    async def _update_settings(self, delta: TTSSettings) -> dict[str, Any]:  # type: ignore[override]
        """pipecat's settings update; a new voice brings its language (its name's locale), as at
        construction, unless a language was set explicitly (now or before)."""
        if is_given(delta.language) and isinstance(delta.language, str):
            self._language_set = True
        elif is_given(delta.voice) and isinstance(delta.voice, str) and not self._language_set:
            locale = voice_locale(delta.voice)
            if locale is not None:
                delta.language = locale
            else:
                logger.warning(
                    f"Azure voice {delta.voice!r} has no locale in its name (a custom neural "
                    f"voice?): its SSML keeps declaring {self._settings.language!r}; update the "
                    "settings' language to the voice's language too"
                )
        return await super()._update_settings(delta)

    def add_text_transformer(
        self, transform_function: Any, text_type: TextType | str = "*", **kwargs: Any
    ) -> None:
        check_text_transforms([transform_function], f"{type(self).__name__}.add_text_transformer")
        super().add_text_transformer(transform_function, text_type, **kwargs)

    def __repr__(self) -> str:  # never the key
        voice = (
            self._settings.voice if isinstance(self._settings.voice, str) else self._config.voice
        )
        return (
            f"{type(self).__name__}({self._config!r}, speaking={voice!r}, output={self._output!r})"
        )

    def can_generate_metrics(self) -> bool:
        return True

    def language_to_service_language(self, language: Language) -> str | None:
        return language_to_azure_language(language)

    @property
    def config(self) -> AzureSpeechConfig:
        return self._config

    # -- lifecycle ----------------------------------------------------------------------

    def _speech_config(self) -> speechsdk.SpeechConfig:
        c = self._config
        if c.host:
            cfg = speechsdk.SpeechConfig(subscription=c.api_key, host=c.host)
        elif c.endpoint:
            cfg = speechsdk.SpeechConfig(subscription=c.api_key, endpoint=c.endpoint)
        elif c.api_key:
            cfg = speechsdk.SpeechConfig(subscription=c.api_key, region=c.region)
        else:
            cfg = speechsdk.SpeechConfig(auth_token=self._token or c.auth_token, region=c.region)
        token = self._token or c.auth_token
        if token and (c.host or c.endpoint or c.api_key):
            cfg.authorization_token = token
        if c.endpoint_id:
            cfg.endpoint_id = c.endpoint_id
        if self._output == "ulaw":
            fmt, self._synth_rate = _FMT.Raw8Khz8BitMonoMULaw, 8000
        elif self._output == "alaw":
            fmt, self._synth_rate = _FMT.Raw8Khz8BitMonoALaw, 8000
        elif self.sample_rate in _PCM_FORMATS:
            fmt, self._synth_rate = _PCM_FORMATS[self.sample_rate], self.sample_rate
        else:  # resampled to the pipeline's rate
            fmt, self._synth_rate = _FMT.Raw24Khz16BitMonoPcm, 24000
        cfg.set_speech_synthesis_output_format(fmt)
        return cfg

    async def setup(self, setup: FrameProcessorSetup) -> None:  # type: ignore[override]
        await super().setup(setup)
        self._loop = asyncio.get_running_loop()
        if self._config.token_provider is not None:
            # the SDK wants a token to build a region config: a placeholder when the provider
            # fails now (each request asks it again, and says what is wrong)
            self._token = await self._fetch_token() or "token-unavailable"
        self._synth = speechsdk.SpeechSynthesizer(
            speech_config=self._speech_config(), audio_config=None
        )
        self._synth.synthesis_started.connect(lambda e: self._on_event("started", e))
        self._synth.synthesizing.connect(lambda e: self._on_event("audio", e))
        self._synth.synthesis_word_boundary.connect(lambda e: self._on_event("word", e))
        self._synth.synthesis_completed.connect(lambda e: self._on_event("done", e))
        self._synth.synthesis_canceled.connect(lambda e: self._on_event("canceled", e))
        self._connection = speechsdk.Connection.from_speech_synthesizer(self._synth)
        self._connection.connected.connect(self._on_connected)
        self._connection.disconnected.connect(lambda e: self._connected.clear())

    async def start(self, frame: StartFrame) -> None:
        await super().start(frame)
        if self._preconnect_enabled:
            self._schedule_preconnect()

    async def cleanup(self) -> None:
        for task in list(self._unspoken_watch.values()):
            await self.cancel_task(task)
        # a hang-up mid-sentence: stop the request first, so its terminal event (and the
        # collection of its SDK future) comes while this loop still runs, not seconds later
        await self._stop_synthesis()
        await super().cleanup()
        if self._connect_task is not None:
            await self.cancel_task(self._connect_task)
            self._connect_task = None
        if self._connection is not None:
            connection = self._connection
            await _in_sdk_thread(connection.close)

    def _on_connected(self, _evt: Any) -> None:
        """From the SDK's thread: the connection is open; a pre-connect waiting for it wakes."""
        self.connects += 1
        self._connected.set()
        waiter, loop = self._connect_waiter, self._loop
        if waiter is not None and loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop closed: nobody waits any more
                loop.call_soon_threadsafe(_resolve, waiter)

    def _schedule_preconnect(self) -> None:
        if self._connection is None or self._connected.is_set():
            return
        if self._connect_task is not None and not self._connect_task.done():
            return
        self._connect_task = self.create_task(self._preconnect(), name="azure_tts_preconnect")

    async def _preconnect(self) -> None:
        """Open the connection ahead of the first sentence. ``Connection.open`` returns at once
        (on the pack's SDK executor); the handshake's end, the SDK's connected event, is awaited
        on the loop: no thread waits out a slow handshake."""
        connection = self._connection
        if connection is None or not await self._renew_token():
            return  # (the provider's failure is logged; the request will report it)
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[None] = loop.create_future()
        self._connect_waiter = waiter
        try:
            self._opening = loop.run_in_executor(_sdk_threads(), connection.open, False)
            await self._opening
            if not self._connected.is_set():
                await asyncio.wait_for(waiter, _CONNECT_TIMEOUT_S)
        except TimeoutError:
            logger.warning(
                f"{self}: pre-connect to Azure Speech did not complete; will connect on demand"
            )
        except Exception as exc:  # the request itself will report what is wrong
            logger.warning(
                f"{self}: pre-connect to Azure Speech failed ({type(exc).__name__}); will connect on demand"
            )
        finally:
            self._connect_waiter = None

    async def _fetch_token(self) -> str | None:
        """The token_provider's current token; None (logged, never the token) when it fails."""
        if self._token_source is None:
            return None
        try:
            return await self._token_source()
        except TokenProviderError as exc:  # says the type only, never what the provider said
            logger.error(f"{self}: Azure Speech: {exc}")
            return None

    async def _renew_token(self) -> bool:
        """Give the synthesizer the provider's current token (for its next connection).
        False when the provider failed (the synthesizer keeps the token it has)."""
        if self._config.token_provider is None:
            return True
        token = await self._fetch_token()
        if token is None:
            return False
        if token != self._token and self._synth is not None:
            self._synth.authorization_token = token
            self._token = token
        return True

    # -- SDK events (called on the SDK's threads) --------------------------------------------

    def _on_event(self, kind: str, evt: Any) -> None:
        seq = self._terminated + 1
        req = self._requests.get(seq)
        if kind == "started":
            self._ended = None  # the next request's events from here on
        elif kind == "word" and self._ended is not None:
            req = self._ended  # a word of the request that just ended, called back late
        if kind in ("done", "canceled"):
            self._terminated = seq
            self._requests.pop(seq, None)
            self._ended = req
        if req is None:
            return
        result: Any = getattr(evt, "result", None)
        if kind == "audio":
            req.put("audio", bytes(result.audio_data))
        elif kind == "word":
            if evt.boundary_type == speechsdk.SpeechSynthesisBoundaryType.Word:
                req.put(
                    "word",
                    (
                        evt.text,
                        evt.text_offset,
                        evt.word_length,
                        evt.audio_offset / 10_000,
                        evt.duration.total_seconds() * 1000,
                    ),
                )
        elif kind == "done":
            req.put("done", None)
            req.end()
        elif kind == "canceled":
            details = result.cancellation_details
            req.put("canceled", (details.reason, details.error_code, details.error_details or ""))
            req.end()

    # -- synthesis ----------------------------------------------------------------------

    def voice_settings(self) -> VoiceSettings:
        """The current voice settings as the SSML builder takes them."""
        s = self._settings

        def opt(value: Any) -> str | None:
            # a number (rate=1.2, style_degree=1.5) as pipecat's AzureTTSService writes it
            if isinstance(value, int | float) and not isinstance(value, bool):
                return str(value)
            return value if isinstance(value, str) and value else None

        return VoiceSettings(
            voice=opt(s.voice) or self._config.voice,
            language=opt(s.language) or self._config.locale,
            style=opt(s.style),
            style_degree=opt(s.style_degree),
            role=opt(s.role),
            rate=opt(s.rate),
            pitch=opt(s.pitch),
            volume=opt(s.volume),
            effect=opt(s.effect),
            lexicon_uri=self._lexicon_uri,
            voice_parameters=opt(s.voice_parameters),
            force_locale=s.force_locale is True,
            emphasis=opt(s.emphasis),
        )

    def build_ssml(self, text: str) -> str:
        """The SSML this service sends for ``text``."""
        return build_ssml(
            text, self.voice_settings(), self._lexicon, ignore_case=self._lexicon_ignore_case
        )

    async def _transform_text(self, text: str, text_type: str) -> str | None:
        """pipecat's text filters and transforms; remembers what the model wrote.

        pipecat hands :meth:`run_tts` only the transformed (spoken) text; the written
        sentence is kept here so a barge-in can report the heard part as written. The
        transforms run knowing the reply and the voice's language
        (:func:`~pipecat_rt_best.base.spoken_sentence.current_sentence`).
        """
        sentence = SpokenSentence(self._turn_context_id, self.voice_settings().language)
        with speaking_sentence(sentence):
            spoken = await super()._transform_text(text, text_type)
        if spoken is not None:
            self._written.append((spoken, text))
        return spoken

    async def _register_spoken_text(
        self, src_frame: AggregatedTextFrame, text: str, context_id: str
    ) -> None:
        """pipecat's word tracking for the sentence, on the text the model *wrote*: the
        words :meth:`_time_words` hands it are written words (``"₹12,500"``, not the
        spoken-out amount), so the context keeps the model's own text."""
        written = self._written[-1][1] if self._written and self._written[-1][0] == text else text
        await super()._register_spoken_text(src_frame, written, context_id)

    async def _time_words(self, reply: _Reply, timed: int, context_id: str) -> None:
        """Hand pipecat the reply's written words from index ``timed`` on, each at its
        reply-level audio offset (``add_word_timestamps``, as pipecat's own Azure service
        does with its word boundaries): pipecat pushes each as a word-level
        ``TTSTextFrame`` that the output transport releases as its audio is written (a
        ``PlayoutTracker`` after it holds it until the line played half of it) and drops on
        an interruption, so the assistant aggregator holds the words the caller heard. A
        spelled-out amount is one written word, timed at its first spoken word."""
        for w in reply.words[timed:]:
            await self.add_word_timestamps([(w.word, w.offset_ms / 1000.0)], context_id)

    def _stamp_llm_response_frame(self, frame: Frame) -> None:
        """pipecat sends a reply's end after its words (on the transport's clock, with a
        PTS); its start goes with a PTS too, at the words' baseline, so it can never come
        out of the transport after its words or its end (on the audio queue it can: the
        two queues race, and the assistant aggregator then writes no message for a reply
        whose end came before its start)."""
        super()._stamp_llm_response_frame(frame)
        if isinstance(frame, LLMFullResponseStartFrame) and frame.pts is None:
            frame.pts = max(self._word_timestamp_tracker.last_pts, self.get_clock().get_time())

    def _written_for(self, spoken: str) -> str:
        """The written sentence ``spoken`` was made from (itself when unknown)."""
        while self._written:
            said, written = self._written.popleft()
            if said == spoken:
                return written
        return spoken

    def _frames(self, chunk: bytes, context_id: str) -> list[TTSAudioRawFrame]:
        if self._output in ("ulaw", "alaw"):
            law: Literal["ulaw", "alaw"] = "ulaw" if self._output == "ulaw" else "alaw"
            return [
                G711TTSAudioFrame(
                    audio=decode_to_bytes(chunk, law),
                    sample_rate=8000,
                    num_channels=1,
                    g711=chunk,
                    law=law,
                    context_id=context_id,
                )
            ]
        data = self._odd_byte + chunk
        cut = len(data) - len(data) % 2
        self._odd_byte = data[cut:]
        if not cut:
            return []
        return [TTSAudioRawFrame(data[:cut], self._synth_rate, 1, context_id=context_id)]

    def _chunk_ms(self, chunk: bytes) -> float:
        per_ms = self._synth_rate / 1000 * (1 if self._output != "pcm" else 2)
        return len(chunk) / per_ms if per_ms else 0.0

    async def run_tts(self, text: str, context_id: str) -> AsyncGenerator[Frame | None, None]:
        synth = self._synth
        if synth is None:
            await self.push_error(error_msg=f"{self}: not set up; cannot speak [{text}]")
            return
        reply = self._replies.setdefault(context_id, _Reply())
        mapped = build_ssml_mapped(
            text, self.voice_settings(), self._lexicon, ignore_case=self._lexicon_ignore_case
        )
        ssml = self.build_ssml(text)
        if ssml != mapped.ssml:  # a subclass builds its own: words are placed by their text
            mapped = MappedSsml(ssml, text, (-1,) * len(ssml))
        # recorded first: a barge-in while the connection opens reports this sentence unheard
        sentence = reply.add_sentence(self._written_for(text), text, mapped)
        connecting = self._connect_task
        if connecting is not None and not connecting.done():
            # a request made while the SDK is still opening its connection can be lost
            # (left set if a barge-in cancels the wait: the interruption reads and clears it)
            self._connecting_context = context_id
            await self._wait_for_open(context_id)
            await asyncio.wait({connecting}, timeout=_PRECONNECT_GRACE_S)
            self._refresh_audio_context(context_id)
            self._connecting_context = None
        renewed = await self._keeping_open(self._renew_token(), context_id)
        if not renewed and not self._connected.is_set():
            # no connection to reuse, and a new one would be refused with the stale token
            await self.push_error(  # the application's code failed: not a reason to give up
                error_msg=f"{self}: no Azure Speech token (the token provider failed); "
                "the sentence was not spoken",
                category=ErrorCategory.APPLICATION,
            )
            reply.unspeak(sentence)
            return
        # whether this request finds, or makes, a working connection: a ConnectionFailure on
        # one is a drop the next sentence recovers from, not an unreachable service
        connected_before, connects_before = self._connected.is_set(), self.connects

        def reached() -> bool:
            return connected_before or self.connects > connects_before

        self._issued += 1
        req = _Request(asyncio.get_running_loop(), self._issued)
        self._requests[req.seq] = req
        self._active, self._active_context = req, context_id
        self._odd_byte = b""
        offset = reply.audio_ms
        first = True
        finished = False
        try:
            try:
                req.issued(synth.speak_ssml_async(ssml))
            except Exception as exc:  # never reached the SDK's queue: no events will come
                self._requests.pop(req.seq, None)
                self._issued -= 1
                await self.push_error(
                    error_msg=f"Azure TTS refused a request: {exc}", exception=exc
                )
                reply.unspeak(sentence)
                finished = True
                return
            await self.start_tts_usage_metrics(text)
            while True:
                try:
                    kind, payload = await self._next_event(req, context_id)
                except TimeoutError:
                    if reached():
                        message, category = "sent nothing", ErrorCategory.SERVER
                    else:  # no connection was made: the SDK is still failing to reach it
                        message = "could not reach Azure Speech"
                        category = ErrorCategory.CONNECTIVITY
                    await self.push_error(
                        error_msg=f"Azure TTS {message} for {self._silence_timeout_s:g} s; "
                        "the sentence was given up",
                        category=category,
                    )
                    await self._stop_synthesis()
                    reply.unspeak(sentence)
                    finished = True
                    break
                if kind == "audio":
                    if not payload:
                        continue
                    if first:
                        first = False
                        await self.stop_ttfb_metrics()
                    reply.audio_ms += self._chunk_ms(payload)
                    if not reply.marked:  # where this reply's audio starts on the output timeline
                        reply.marked = True
                        segment_id = _segment_id(context_id)
                        self._segments[segment_id] = context_id
                        yield PlayoutSegmentFrame(segment_id=segment_id)
                    for frame in self._frames(payload, context_id):
                        if frame.sample_rate != self.sample_rate:
                            frame.audio = await self._resampler.resample(
                                frame.audio, frame.sample_rate, self.sample_rate
                            )
                            frame.sample_rate = self.sample_rate
                        yield frame
                elif kind == "word":
                    word, text_offset, word_length, at_ms, dur_ms = payload
                    timed = len(reply.words)
                    reply.add_word(sentence, word, text_offset, word_length, offset + at_ms, dur_ms)
                    await self._time_words(reply, timed, context_id)
                elif kind == "done":
                    finished = True
                    if first:  # no audio at all: nothing of it was said
                        reply.unspeak(sentence)
                    elif sentence.words_due():
                        # the SDK can call back a sentence's last words after its end (it
                        # raises them and the audio from different threads): folded in here,
                        # before the next sentence's, so a barge-in after them keeps them
                        await self._fold_late_words(req, reply, sentence, offset, context_id)
                    reply.open_word = None  # the sentence was said to its end
                    break
                elif kind == "canceled":
                    finished = True
                    reason, code, details = payload
                    if reason != speechsdk.CancellationReason.CancelledByUser:
                        # the SDK calls back the words of the audio that came after this
                        # event: folded in first, so what was said of it counts as said
                        await self._fold_late_words(
                            req, reply, sentence, offset, context_id, whole=False
                        )
                    reply.unspeak(sentence)  # the rest of it was never said
                    if reason != speechsdk.CancellationReason.CancelledByUser:
                        message = f"Azure TTS could not speak a sentence ({code.name}): {details}"
                        category = _ERROR_CATEGORIES.get(code, ErrorCategory.UNKNOWN)
                        if _NOT_FOUND.match(details):  # the SDK's "Internal service error (404)"
                            message = (
                                "Azure TTS could not speak a sentence (HTTP 404: no Speech "
                                "websocket at that URL; check AZURE_SPEECH_ENDPOINT, on a custom "
                                f"domain its host alone, or AZURE_SPEECH_HOST): {details}"
                            )
                            category = ErrorCategory.INVALID_REQUEST
                        if code == speechsdk.CancellationErrorCode.ConnectionFailure and (
                            reached() or not first
                        ):  # a working connection dropped: the next sentence opens a new one
                            await self.push_error_frame(
                                RecoverableErrorFrame(error=message, category=category)
                            )
                        else:
                            await self.push_error(error_msg=message, category=category)
                    break
        finally:
            if not finished:
                req.abandoned = True  # cancelled (interruption): stop listening to it
            if self._active is req and finished:
                self._active = None

    async def _wait_for_open(self, context_id: str) -> None:
        """Until the pre-connect's ``Connection.open`` has returned (bounded by the connect
        timeout; at once unless the open still waits for an SDK thread): a request made before
        it is lost (only the silence timeout ends it), so the handshake's grace starts after
        it. The reply's audio context is kept open."""
        deadline = time.monotonic() + _CONNECT_TIMEOUT_S
        opening = self._opening
        while opening is not None and not opening.done():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            await asyncio.wait({opening}, timeout=min(left, _KEEPALIVE_S))
            self._refresh_audio_context(context_id)

    async def _keeping_open(self, work: Awaitable[_T], context_id: str) -> _T:
        """``work``'s result; meanwhile the reply's audio context is kept open (a slow token
        refresh makes a slow sentence, not one pipecat closes as silent)."""
        task = asyncio.ensure_future(work)
        try:
            while not task.done():
                await asyncio.wait({task}, timeout=_KEEPALIVE_S)
                self._refresh_audio_context(context_id)
            return task.result()
        finally:
            task.cancel()  # (the sentence was cancelled: an interruption)

    async def _fold_late_words(
        self,
        req: _Request,
        reply: _Reply,
        sentence: _Sentence,
        offset: float,
        context_id: str,
        whole: bool = True,
    ) -> None:
        """Add to ``reply`` the word boundaries of ``req`` the SDK calls back after its end,
        each timed as it comes; done after :data:`_LATE_WORDS_S` without one or, for a
        sentence said to its end (``whole``), once its last word came."""
        while not whole or sentence.words_due():
            try:
                kind, payload = await asyncio.wait_for(req.queue.get(), _LATE_WORDS_S)
            except TimeoutError:
                return
            if kind == "word":
                word, text_offset, length, at_ms, dur_ms = payload
                timed = len(reply.words)
                reply.add_word(sentence, word, text_offset, length, offset + at_ms, dur_ms)
                await self._time_words(reply, timed, context_id)

    async def _next_event(self, req: _Request, context_id: str) -> tuple[str, Any]:
        """The request's next event; ``TimeoutError`` when none comes for ``silence_timeout_s``.

        Until then the reply's audio context is kept open (pipecat's keepalive): a first byte
        slower than pipecat's ``stop_frame_timeout_s`` is a slow sentence, not a silent one.
        """
        deadline = time.monotonic() + self._silence_timeout_s
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            try:
                return await asyncio.wait_for(req.queue.get(), min(left, _KEEPALIVE_S))
            except TimeoutError:
                self._refresh_audio_context(context_id)

    # -- interruption --------------------------------------------------------------------

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        model_reply = isinstance(frame, LLMFullResponseStartFrame) and not frame.skip_tts
        if model_reply and self._turn_context_id is not None:
            # pipecat opened the reply's turn context (one context for all its sentences)
            self._model_replies.append(self._turn_context_id)

    async def push_frame(
        self, frame: Frame, direction: FrameDirection = FrameDirection.DOWNSTREAM
    ) -> None:
        if isinstance(frame, PlayoutProgressFrame) and direction == FrameDirection.UPSTREAM:
            if frame.timeline_ms > (self._timeline_ms or 0.0):
                self._last_chunk_ms = frame.timeline_ms - (self._timeline_ms or 0.0)
                self._last_chunk_at = time.monotonic()
            self._timeline_ms = max(self._timeline_ms or 0.0, frame.timeline_ms)
            owner = self._segments.pop(frame.segment_id, None) if frame.segment_id else None
            marked = self._replies.get(owner) if owner else None
            if marked is not None:
                marked.timeline_start = frame.timeline_ms
        if isinstance(frame, TTSTextFrame) and direction == FrameDirection.DOWNSTREAM:
            self._place_word(frame)
        if isinstance(frame, TTSAudioRawFrame) and direction == FrameDirection.DOWNSTREAM:
            reply = self._replies.get(frame.context_id or "")
            if reply is not None:
                ms = duration_ms(
                    len(frame.audio), frame.sample_rate, num_channels=frame.num_channels
                )
                reply.pushed(time.monotonic(), ms, after=self._play_end)
                self._play_end = reply.play_end
        await super().push_frame(frame, direction)

    def _place_word(self, frame: TTSTextFrame) -> None:
        """Leave on a reply's word frame where the word is in the reply's audio
        (``WORD_AUDIO_SPAN``): a ``PlayoutTracker`` after the output transport counts it heard
        by that, as the model's copy is cut, not by when the transport let its text through
        (by its clock, ahead of the audio it has written when the machine is loaded)."""
        context_id = frame.context_id or ""
        reply = self._replies.get(context_id)
        if reply is None or not reply.marked:
            return
        index = reply.frame_word(frame.text)
        if index is not None:
            frame.metadata[WORD_AUDIO_SPAN] = functools.partial(
                reply.word_span, index, _segment_id(context_id)
            )

    async def _handle_interruption(
        self, frame: InterruptionFrame, direction: FrameDirection
    ) -> None:
        now = time.monotonic()
        # speech pipecat keeps through interruptions (an uninterruptible TTSSpeakFrame, say
        # "this call is recorded") goes on being synthesized and played, and is not reported
        # as cut short
        kept = {c for c in self._replies if self._uninterruptible(c)}
        # every reply of the model's still known, in the order spoken: the one playing, and
        # any queued behind it (a second response, after a tool call, is synthesized while the
        # first still plays) or still playing out ahead of it. Only the model's replies are
        # reported: speech it did not write (an app's TTSSpeakFrame hold message) must never
        # touch its items
        replies = {
            c: r for c, r in self._replies.items() if c in self._model_replies and c not in kept
        }
        # the reply the model is still writing: its text waiting in the splitter was written
        # too, and none of it was heard (read before pipecat's handler drops it)
        held = ""
        turn = self._turn_context_id
        if turn is not None and turn in self._model_replies and turn not in kept:
            held = self._text_aggregator.text.text.strip()
            if turn not in replies and held:
                replies[turn] = _Reply()  # no sentence of it has reached synthesis yet
        synthesizing = {self._connecting_context}
        if self._active is not None:
            synthesizing.add(self._active_context)
        self._connecting_context = None
        timeline_ms = self.heard_timeline_ms()
        heard = {c: r.heard_ms(now, timeline_ms) for c, r in replies.items()}
        if timeline_ms is not None:  # a tracker downstream releases words up to the same place
            frame.metadata[HEARD_AT_CUT] = timeline_ms
        await super()._handle_interruption(frame, direction)
        if self._active_context not in kept:
            await self._stop_synthesis()
            # the resampler holds the cut reply's last few ms: they must not start the next one
            await self._resampler.reset()
        self._replies = {c: r for c, r in self._replies.items() if c in kept}
        self._segments = {s: c for s, c in self._segments.items() if c in kept}
        # the transport dropped the audio queued: what comes next plays after the kept speech
        self._play_end = max((r.play_end for r in self._replies.values()), default=0.0)
        if self._report_heard_text:
            for context_id, reply in replies.items():
                await self._report_interrupted(
                    reply,
                    context_id in synthesizing,
                    heard[context_id],
                    held if context_id == turn else "",
                )
        if self._preconnect_enabled:
            self._schedule_preconnect()

    async def _report_interrupted(
        self, reply: _Reply, synthesizing: bool, heard_ms: float, held: str
    ) -> None:
        """At a barge-in: report a model reply heard as far as ``heard_ms``, when it was cut
        short (synthesis was under way, its audio had not all played, or the model had not
        finished writing it: a barge-in between sentences, the rest was never heard) or holds
        a sentence never said (its item holds it even when the rest played in full)."""
        cut_short = synthesizing or not reply.ended or heard_ms < reply.pushed_ms - 1.0
        unsaid = bool(reply.unspoken) and not reply.reported
        text = " ".join(t for t in (reply.text, held) if t)  # word offsets stay valid
        if not (cut_short or unsaid) or not text:
            return
        reply.reported = True
        await self.push_frame(
            SpokenTextHeardFrame(
                text=text,
                words=reply.heard_words(),
                heard_ms=heard_ms,
                unspoken=list(reply.unspoken),
            ),
            FrameDirection.UPSTREAM,
        )

    def heard_timeline_ms(self) -> float | None:
        """The heard position on the output timeline; None without a ``PlayoutTracker``.

        From ``playout_source`` when set (the line's confirmations, as the realtime
        service's playout clock reads them); else the timeline the tracker reported, less
        what of the last chunk written has not played since (pipecat's websocket
        transports report a chunk as they start playing it), ``playout_delay_ms`` later.
        """
        if self._timeline_ms is None:
            return None
        if self.playout_source is not None:
            heard = self.playout_source()
            if heard is not None:
                return heard
        since_ms = (time.monotonic() - self._last_chunk_at) * 1000.0
        return self._timeline_ms - max(0.0, self._last_chunk_ms + self._playout_delay_ms - since_ms)

    def _uninterruptible(self, context_id: str) -> bool:
        """Whether pipecat keeps this context's speech through interruptions."""
        context = self._tts_contexts.get(context_id)
        return context is not None and not context.interruptible

    async def _stop_synthesis(self) -> None:
        """Stop the SDK's request, if any, and wait (bounded) for its last event (on the loop;
        the stop's own ``get()`` on the pack's SDK executor)."""
        req, synth = self._active, self._synth
        if req is None or synth is None:
            self._active = None
            return
        try:
            future = synth.stop_speaking_async()
            await _in_sdk_thread(future.get)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(req.ended.wait(), 1.0)
        except Exception as exc:
            await self.push_error(
                error_msg=f"Azure TTS: stopping synthesis failed: {exc}", exception=exc
            )
        finally:
            req.abandoned = True
            if self._active is req:
                self._active = None

    def _report_unspoken_once_played(self, context_id: str) -> None:
        """Start watching a model reply that ended with text never said (see
        :meth:`_unspoken_report`)."""
        if (
            not self._report_heard_text
            or context_id not in self._model_replies
            or context_id in self._unspoken_watch
        ):
            return
        self._unspoken_watch[context_id] = self.create_task(
            self._unspoken_report(context_id), name="azure_tts_unspoken_report"
        )

    async def _unspoken_report(self, context_id: str) -> None:
        """Once a reply with unspoken text has played to its end (all its audio pushed out
        and heard), report it heard in full, naming the unspoken spans: without a barge-in
        nothing else would, and the model's item would keep a sentence nobody heard. A
        barge-in before that reports it instead (and ends this watch)."""
        try:
            while True:
                reply = self._replies.get(context_id)
                if reply is None or reply.reported:
                    return  # a barge-in reported it, or it was forgotten
                all_out = not self.audio_context_available(context_id)
                heard = reply.heard_ms(time.monotonic(), self.heard_timeline_ms())
                if all_out and heard >= reply.pushed_ms - 1.0:
                    break
                await asyncio.sleep(_PLAYED_POLL_S)
            reply.reported = True
            await self.push_frame(
                SpokenTextHeardFrame(
                    text=reply.text,
                    words=reply.heard_words(),
                    heard_ms=reply.pushed_ms,
                    unspoken=list(reply.unspoken),
                ),
                FrameDirection.UPSTREAM,
            )
        finally:
            self._unspoken_watch.pop(context_id, None)

    async def on_turn_context_completed(self) -> None:
        # the turn's last sentence went through synthesis (pipecat flushed it just before)
        ended = self._replies.get(self._turn_context_id or "")
        if ended is not None:
            ended.ended = True
            if ended.unspoken and self._turn_context_id is not None:
                self._report_unspoken_once_played(self._turn_context_id)
        await super().on_turn_context_completed()
        # replies that ended are kept only until their audio has been pushed out
        if len(self._replies) > 8:
            for key in list(self._replies)[:-8]:
                self._replies.pop(key, None)
        for segment_id in list(self._segments)[:-8]:  # markers no tracker reported back
            self._segments.pop(segment_id, None)


def azure_tts_from_env(
    env: Mapping[str, str] | None = None,
    *,
    token_provider: TokenProvider | None = None,
    **kwargs: Any,
) -> AzureSpeechTTSService:
    """An :class:`AzureSpeechTTSService` configured from the ``AZURE_SPEECH_*`` variables
    (``token_provider``: see :meth:`AzureSpeechConfig.from_env`)."""
    config = AzureSpeechConfig.from_env(env, token_provider=token_provider)
    return AzureSpeechTTSService(config=config, **kwargs)


@functools.cache
def _known_keywords() -> frozenset[str]:
    """The keywords :class:`AzureSpeechTTSService` takes: its own and those of pipecat's
    ``TTSService`` and its bases (which take what ``**kwargs`` passes on)."""
    names: set[str] = set()
    for cls in (AzureSpeechTTSService, *TTSService.__mro__):
        init = vars(cls).get("__init__")
        if init is None or cls is object:
            continue
        names.update(
            p.name
            for p in inspect.signature(init).parameters.values()
            if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD) and p.name != "self"
        )
    return frozenset(names)


# a pipecat that renamed a private name this module overrides or calls fails here, in one line
require_pipecat_names(__name__)
