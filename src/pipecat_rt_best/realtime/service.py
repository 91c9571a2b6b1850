"""The pack's realtime LLM service: pipecat's OpenAI/Azure realtime services, extended.

What this adds on top of pipecat's ``OpenAIRealtimeLLMService`` (by overriding its own
methods, never copying them), one concern per module:

* **All three GA audio formats** (:mod:`.audio_formats`): with ``audio/pcmu`` / ``audio/pcma``
  the caller's G.711 bytes go to the model untouched and the model's bytes come back
  untouched; byte accounting follows the session's output format.
* **Audio only into a configured session** (:mod:`.session_ready`): from a connect (or a
  pooled session's adoption) until ``session.updated``, the caller's audio is held (up to
  2 s), then sent in order; the commit guard counts only what the configured session got.
* **A cheap append** (:mod:`.append`): ``input_audio_buffer.append`` is sent as the exact
  JSON text pipecat would send, without building its event model; with manual turns the
  caller's 20 ms packets go every ``append_interval_ms`` (100), held audio always before any
  other client event.
* **Manual turns that never trip the server** (:mod:`.manual_turns`): with
  ``turn_detection`` null, the user's stop commits and asks for a response only if at
  least 100 ms of audio was appended since the last commit/clear.
* **Server errors are reported, not fatal** (:mod:`.server_errors`): each ``error`` event
  becomes a non-fatal ``ErrorFrame`` (plus ``on_server_error``) and reading goes on; an
  event that cannot be handled is logged and skipped.
* **A reply that failed for a transient reason is asked again** (:mod:`.response_retry`): a
  ``response.done`` failed with ``rate_limit_exceeded`` or ``server_error`` gets a new
  ``response.create`` after the server's "try again in" hint (capped) or a short backoff, at
  most ``ResponseRetryParams.max_retries`` times in a row; not after the caller speaks.
* **A lost connection is reported once** (:mod:`.connection_loss`): as a connectivity
  error plus ``on_connection_lost``; sends on the dead socket are dropped.
* **The session keeps its tools next to the context's** (:mod:`.session_tools`): a
  ``session.update`` carries the ``LLMContext``'s tools and ``session_properties.tools``
  (pipecat sends only the context's when it has any), and warns when a tool the bot expects
  (the structured prompt's state tool) is not in it.
* **One reply to a response's function calls** (:mod:`.function_calls`): the reply waits
  until every call of the response has its output, as pipecat's parallel calls do; a call
  given up on at its timeout gets a reply too, and a result too long to send whole is cut.
* **A call's closing turn** (:mod:`.closing_turn`): whether a response had spoken before
  its function call (the state tool's exit asks for a closing reply if not), and no
  response after the call's last reply.
* **Assistant messages in the GA shape** (:mod:`.assistant_messages`): ``output_text``.
* **A message appended while a reply runs goes after it** (:mod:`.append_order`): a keypad
  entry typed while a reply is being made is sent, and written to the context, once that
  reply has ended, so the server's conversation and the context hold the same order.
* **A late transcript goes before its reply** (:mod:`.late_transcripts`): the caller's
  transcript that comes after the reply to it has ended is put in the context before that
  reply, not merged into the next turn after it; so is one that comes while the user
  aggregator mutes the caller (its ``user_mute_strategies``), which would drop it.
* **Calls start on a pre-warmed session** (:mod:`.pooled`, practice 3): with
  ``session_pool=`` the service adopts a session from a
  :class:`~pipecat_rt_best.session_pool.pool.RealtimeSessionPool` instead of connecting, and
  sends the call's ``session.update`` itself.
* **A mid-call delta built with** :func:`~pipecat_rt_best.realtime.session.realtime_session`
  changes only the keywords it was given (:func:`.session.merge_session_update`); pipecat's
  own ``SessionProperties`` still replaces the session whole.
* **Mid-call reconnect** (:mod:`.reconnect`, practice 3): with ``reconnect=`` a dropped or
  expired session is replaced, the conversation restored and the caller's audio kept; a long
  call moves to a fresh session at a quiet moment (``rotate_after_s``).

Interruption-aware truncation is practice 2's
:class:`~pipecat_rt_best.interruption_truncation.service.TruncationMixin`, composed here.
"""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable
from typing import Any

from pipecat.services.azure.realtime.llm import AzureRealtimeLLMService as _PipecatAzureRealtime
from pipecat.services.openai.realtime import events
from pipecat.services.openai.realtime.llm import (
    OpenAIRealtimeLLMService,
    OpenAIRealtimeLLMSettings,
)

from pipecat_rt_best.base.keywords import refuse_misspelt_keywords
from pipecat_rt_best.base.pipecat_names import require_pipecat_names
from pipecat_rt_best.base.token_source import safe_token_provider
from pipecat_rt_best.interruption_truncation.service import TruncationMixin, TruncationParams
from pipecat_rt_best.realtime.append import DEFAULT_APPEND_INTERVAL_MS, AppendMixin
from pipecat_rt_best.realtime.append_order import AppendOrderMixin
from pipecat_rt_best.realtime.assistant_messages import AssistantMessageMixin
from pipecat_rt_best.realtime.audio_formats import AudioFormatsMixin
from pipecat_rt_best.realtime.closing_turn import ClosingTurnMixin
from pipecat_rt_best.realtime.connection_loss import ConnectionLossMixin
from pipecat_rt_best.realtime.function_calls import (
    FunctionCallArgumentsMixin,
    ResponseCallsMixin,
    ToolResultMixin,
)
from pipecat_rt_best.realtime.late_transcripts import LateTranscriptMixin
from pipecat_rt_best.realtime.manual_turns import ManualTurnMixin
from pipecat_rt_best.realtime.pooled import PooledSessionMixin
from pipecat_rt_best.realtime.reconnect import ReconnectMixin, ReconnectParams
from pipecat_rt_best.realtime.response_retry import ResponseRetryMixin, ResponseRetryParams
from pipecat_rt_best.realtime.server_errors import ServerErrorMixin
from pipecat_rt_best.realtime.session import merge_session_update
from pipecat_rt_best.realtime.session_ready import SessionReadyMixin
from pipecat_rt_best.realtime.session_tools import SessionToolsAdapter, SessionToolsMixin
from pipecat_rt_best.session_pool.pool import RealtimeSessionPool

__all__ = ["AzureRealtimeLLMService", "RealtimeLLMService", "RealtimeServiceMixin"]


# the keywords this pack adds to pipecat's service (pipecat takes any keyword silently, so a
# typo of one of these would switch the feature off without a word)
PACK_KEYWORDS = (
    "session_pool",
    "reconnect",
    "truncation",
    "append_interval_ms",
    "response_retry",
)


class RealtimeServiceMixin(
    AppendOrderMixin,  # before ReconnectMixin: a held append goes through the reconnect's gap
    ReconnectMixin,  # first: it takes over a lost session before the loss/error mixins report it
    SessionReadyMixin,  # before the pooled mixin: its _connect adopts without calling on
    PooledSessionMixin,
    ClosingTurnMixin,  # before ManualTurnMixin: refuses its turn's response after the last
    ResponseRetryMixin,
    ManualTurnMixin,  # before ServerErrorMixin: both handle the error event
    AudioFormatsMixin,
    AppendMixin,
    ServerErrorMixin,
    ConnectionLossMixin,
    AssistantMessageMixin,
    FunctionCallArgumentsMixin,
    ResponseCallsMixin,
    ToolResultMixin,
    LateTranscriptMixin,
    SessionToolsMixin,
):
    """Behaviour shared by the OpenAI and Azure flavours. Must precede pipecat's class."""

    _settings: Any  # pipecat's service settings (declared for mypy)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        refuse_misspelt_keywords(kwargs, PACK_KEYWORDS)
        settings = kwargs.get("settings")
        if settings is not None and not isinstance(settings, OpenAIRealtimeLLMSettings):
            hint = (
                " (session properties go inside: "
                "RealtimeLLMService.Settings(session_properties=realtime_session(...)))"
                if isinstance(settings, events.SessionProperties)
                else ""
            )
            raise TypeError(
                "settings= takes RealtimeLLMService.Settings(...), "
                f"not a {type(settings).__name__}{hint}"
            )
        super().__init__(*args, **kwargs)

    async def _update_settings(self, delta: Any) -> dict[str, Any]:
        # a delta built with realtime_session(...) changes only what it was given
        update = getattr(delta, "session_properties", None)
        current = getattr(self._settings, "session_properties", None)
        if isinstance(update, events.SessionProperties):
            merged = merge_session_update(
                current if isinstance(current, events.SessionProperties) else None, update
            )
            if merged is not update:
                delta = copy.copy(delta)  # the caller's frame is left as it was
                delta.session_properties = merged
        changed: dict[str, Any] = await super()._update_settings(delta)  # type: ignore[misc]
        return changed


_PACK_KEYWORDS_DOC = """
    The pack's keywords, besides pipecat's (a wrong type is refused here, naming the keyword):

    * ``truncation``: :class:`~pipecat_rt_best.interruption_truncation.service.TruncationParams`,
      how the heard position is estimated on a barge-in (practice 2).
    * ``session_pool``: a :class:`~pipecat_rt_best.session_pool.pool.RealtimeSessionPool` to
      start the call on a pre-warmed session (practice 3).
    * ``reconnect``: :class:`~pipecat_rt_best.realtime.reconnect.ReconnectParams` or ``True``,
      replace a dropped or expired session mid-call (practice 3).
    * ``append_interval_ms``: with manual turns, how often the caller's audio is appended
      (default 100 ms; 0 = one append per packet).
    * ``response_retry``: :class:`~pipecat_rt_best.realtime.response_retry.ResponseRetryParams`,
      ``True`` (the default: 2 retries, hints up to 5 s) or ``False``: a reply that failed with
      a rate limit or a server error is asked for again.

    The explicit keywords are pipecat's own (``tests/test_pipecat_contract.py`` checks they
    still match its signature); any other keyword goes on to pipecat's ``LLMService``.
"""


class RealtimeLLMService(TruncationMixin, RealtimeServiceMixin, OpenAIRealtimeLLMService):
    __doc__ = (
        """OpenAI (or any GA-protocol endpoint, like the emulator) realtime service.
"""
        + _PACK_KEYWORDS_DOC
    )

    adapter_class = SessionToolsAdapter  # the session's own tools kept (.session_tools)

    def __init__(
        self,
        *,
        api_key: str,
        model: str | None = None,
        base_url: str = "wss://api.openai.com/v1/realtime",
        session_properties: events.SessionProperties | None = None,
        settings: OpenAIRealtimeLLMSettings | None = None,
        start_audio_paused: bool = False,
        start_video_paused: bool = False,
        video_frame_detail: events.ImageDetail = "auto",
        user_audio_preroll_secs: float | None = None,
        truncation: TruncationParams | None = None,
        session_pool: RealtimeSessionPool | None = None,
        reconnect: ReconnectParams | bool | None = None,
        append_interval_ms: float = DEFAULT_APPEND_INTERVAL_MS,
        response_retry: ResponseRetryParams | bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            api_key=api_key,
            model=model,
            base_url=base_url,
            session_properties=session_properties,
            settings=settings,
            start_audio_paused=start_audio_paused,
            start_video_paused=start_video_paused,
            video_frame_detail=video_frame_detail,
            user_audio_preroll_secs=user_audio_preroll_secs,
            truncation=truncation,
            session_pool=session_pool,
            reconnect=reconnect,
            append_interval_ms=append_interval_ms,
            response_retry=response_retry,
            **kwargs,
        )


class AzureRealtimeLLMService(TruncationMixin, RealtimeServiceMixin, _PipecatAzureRealtime):
    __doc__ = (
        """Azure OpenAI realtime service (``/openai/v1/realtime``, ``api-key`` header; or a
    Microsoft Entra ID ``token_provider``, whose token is checked before it is sent and whose
    failure is reported by its type only — never its message, which may quote the token).
"""
        + _PACK_KEYWORDS_DOC
    )

    adapter_class = SessionToolsAdapter  # the session's own tools kept (.session_tools)

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str | None = None,
        token_provider: Callable[[], Awaitable[str]] | None = None,
        model: str | None = None,
        session_properties: events.SessionProperties | None = None,
        settings: OpenAIRealtimeLLMSettings | None = None,
        start_audio_paused: bool = False,
        start_video_paused: bool = False,
        video_frame_detail: events.ImageDetail = "auto",
        user_audio_preroll_secs: float | None = None,
        truncation: TruncationParams | None = None,
        session_pool: RealtimeSessionPool | None = None,
        reconnect: ReconnectParams | bool | None = None,
        append_interval_ms: float = DEFAULT_APPEND_INTERVAL_MS,
        response_retry: ResponseRetryParams | bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            base_url=base_url,
            api_key=api_key,
            token_provider=None if token_provider is None else safe_token_provider(token_provider),
            model=model,
            session_properties=session_properties,
            settings=settings,
            start_audio_paused=start_audio_paused,
            start_video_paused=start_video_paused,
            video_frame_detail=video_frame_detail,
            user_audio_preroll_secs=user_audio_preroll_secs,
            truncation=truncation,
            session_pool=session_pool,
            reconnect=reconnect,
            append_interval_ms=append_interval_ms,
            response_retry=response_retry,
            **kwargs,
        )


# a pipecat that renamed a private name this module overrides or calls fails here, in one line
require_pipecat_names(__name__)
