"""What the emulated model says: fixed replies in order, or a callable over the conversation.

Pure logic (no asyncio, no pipecat). An async responder is allowed; the server awaits it.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from pipecat_rt_best.testing.realtime_emulator.audio import MS_PER_CHAR, tokenize

MAX_CALL_ID_CHARS = 32
"""The longest ``call_id`` the server makes or takes in a client's item."""

DEFAULT_REPLY = "OK."
"""What the model says once a fixed script is exhausted (``exhausted="default"``)."""


@dataclass(frozen=True)
class ToolCall:
    """A function call the model makes. ``arguments`` may be a dict or a JSON string (sent
    as given: a string that is not JSON plays a model's malformed arguments).

    A ``name`` that is not a non-empty str, or ``arguments`` neither a dict nor a str, is a
    ``TypeError`` here, not a failure when the response runs."""

    name: str
    arguments: dict[str, Any] | str = field(default_factory=dict)
    call_id: str | None = None  # generated ("call_…") when None

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name:
            raise TypeError(
                f"ToolCall's name is the tool's name, a non-empty str, not {self.name!r}"
            )
        if self.call_id is not None and (
            not isinstance(self.call_id, str) or not 0 < len(self.call_id) <= MAX_CALL_ID_CHARS
        ):
            # the server never makes a longer one, and refuses one in a client's item
            raise ValueError(
                f"ToolCall's call_id is a str of 1 to {MAX_CALL_ID_CHARS} characters, as the "
                f"server's are, not {self.call_id!r}"
            )
        if not isinstance(self.arguments, dict | str):
            raise TypeError(
                f"ToolCall({self.name!r}, arguments=...) takes a dict or a JSON string, not "
                f"{type(self.arguments).__name__}"
            )

    @property
    def arguments_json(self) -> str:
        if isinstance(self.arguments, str):
            return self.arguments
        return json.dumps(self.arguments, ensure_ascii=False)


@dataclass(frozen=True)
class Failure:
    """A response the server fails instead of answering (a rate limit under load, a server
    error): no output, then ``response.done`` with status ``failed`` and
    ``status_details.error`` ``{"type", "code", "message"}`` as given. ``type`` defaults to the
    kind the API pairs with ``code``: ``server_error`` for a ``server_error``, ``tokens`` for a
    ``rate_limit_exceeded`` (the limit's kind, tokens or requests), else
    ``invalid_request_error``. Write the real server's message, its hint included::

        Reply(failure=Failure("rate_limit_exceeded", "Rate limit reached ... Please try again in 1.2s."))
    """

    code: str
    message: str = ""
    type: str | None = None

    def __post_init__(self) -> None:
        for name in ("code", "message"):
            if not isinstance(getattr(self, name), str):
                raise TypeError(f"Failure's {name} is a str, not {getattr(self, name)!r}")
        if not self.code:
            raise ValueError("Failure's code is the API's error code, e.g. 'rate_limit_exceeded'")
        if self.type is not None and not isinstance(self.type, str):
            raise TypeError(f"Failure's type is a str or None, not {self.type!r}")

    @property
    def error_type(self) -> str:
        if self.type:
            return self.type
        return {"server_error": "server_error", "rate_limit_exceeded": "tokens"}.get(
            self.code, "invalid_request_error"
        )


@dataclass(frozen=True)
class Reply:
    """One model response.

    - ``text``: what the assistant says (audio + transcript, or text in text mode);
    - ``tool_calls``: function calls, emitted as ``function_call`` items after the messages
      (before them with ``calls_first``);
    - ``split_items``: split ``text`` into this many assistant message items (word-aligned,
      roughly equal length) — real ``gpt-realtime`` models sometimes answer with several;
    - ``parts``: explicit texts, one assistant message item each (overrides ``text`` and
      ``split_items``);
    - ``calls_first``: emit the ``tool_calls`` before the messages (a model that calls a
      tool, then speaks, in the same response);
    - ``failure``: a :class:`Failure`: the server fails this response (``status: "failed"``
      with that error, no output; the rest of the reply is not played).
    """

    text: str = ""
    tool_calls: Sequence[ToolCall] = ()
    split_items: int = 1
    parts: Sequence[str] | None = None
    calls_first: bool = False
    failure: Failure | None = None

    def __post_init__(self) -> None:
        """Check the shape here, where a test builds it: a response that met a wrong shape
        only when it ran used to fail then, far from the mistake. A lone :class:`ToolCall`
        in ``tool_calls`` is taken as a one-item list; anything else that is not a list of
        ``ToolCall`` (a dict in the wire's shape, a str), a ``text`` that is not a str or
        ``parts`` that are not a list of str, is a ``TypeError`` saying what to write."""
        if not isinstance(self.text, str):
            raise TypeError(f"Reply's text is a str, not {type(self.text).__name__}")
        if isinstance(self.tool_calls, ToolCall):  # one call, not in a list: what was meant
            object.__setattr__(self, "tool_calls", (self.tool_calls,))
        if isinstance(self.tool_calls, str | Mapping) or not isinstance(self.tool_calls, Sequence):
            raise TypeError(
                "tool_calls takes a list of calls: tool_calls=[ToolCall(name, arguments)], "
                f"not {type(self.tool_calls).__name__}"
            )
        for i, call in enumerate(self.tool_calls):
            if not isinstance(call, ToolCall):
                raise TypeError(
                    f"tool_calls[{i}] is a {type(call).__name__}, not a ToolCall: write "
                    f"ToolCall(name, arguments){_as_tool_call(call)}"
                )
        if self.failure is not None and not isinstance(self.failure, Failure):
            raise TypeError(
                f"failure takes a Failure(code, message), not {type(self.failure).__name__}"
            )
        if self.parts is not None and (
            isinstance(self.parts, str)
            or not isinstance(self.parts, Sequence)
            or not all(isinstance(p, str) for p in self.parts)
        ):
            raise TypeError(
                f"parts takes a list of str (one message item each), not {self.parts!r}"
            )

    def message_texts(self) -> list[str]:
        """The text of each assistant message item, in order (empty texts dropped)."""
        if self.parts is not None:
            return [p for p in self.parts if p]
        if not self.text:
            return []
        n = max(1, int(self.split_items))
        tokens = tokenize(self.text)
        if n == 1 or len(tokens) <= 1:
            return [self.text]
        n = min(n, len(tokens))
        target = len(self.text) / n
        groups: list[list[str]] = [[]]
        used = 0
        for i, token in enumerate(tokens):
            remaining_tokens = len(tokens) - i
            remaining_groups = n - len(groups)
            if (
                groups[-1]
                and remaining_groups > 0
                and (used >= target * len(groups) or remaining_tokens <= remaining_groups)
            ):
                groups.append([])
            groups[-1].append(token if groups[-1] else token.lstrip())
            used += len(token)
        return ["".join(g) for g in groups]


def _as_tool_call(call: object) -> str:
    """``" (here ToolCall('f', {...}))"`` for a dict in the wire's shape, else ``""``."""
    if isinstance(call, Mapping) and isinstance(call.get("name"), str):
        return f" (here ToolCall({call['name']!r}, {call.get('arguments', {})!r}))"
    return ""


ReplyLike = Reply | str
Responder = Callable[[list[dict[str, Any]]], ReplyLike | Awaitable[ReplyLike]]


def as_reply(value: ReplyLike) -> Reply:
    if isinstance(value, Reply):
        return value
    if isinstance(value, str):
        return Reply(text=value)
    raise TypeError(f"a reply must be a Reply or a str, got {type(value).__name__}")


@dataclass
class EmulatorScript:
    """Where replies come from.

    Either ``replies`` — consumed one per response, in order, *per connection* (each
    WebSocket session starts from the first reply); when they run out, the model says
    ``default_reply`` (``exhausted="default"``, the default) or starts over
    (``exhausted="cycle"``) — or ``responder``, a callable receiving the conversation so
    far (a list of GA-shaped item dicts, oldest first, without audio payloads) and
    returning a :class:`Reply` or ``str``, sync or async.

    ``chunk_ms`` sets the audio per ``response.output_audio.delta``; ``ms_per_char`` the
    speaking rate; ``truncate_keeps_partial_words`` whether a truncated transcript keeps a
    word whose audio had started but not finished at ``audio_end_ms`` (see
    :func:`pipecat_rt_best.testing.realtime_emulator.audio.heard_text`). ``user_transcripts`` — when the
    session enables input transcription — gives the transcript of each committed user
    turn in order (``""`` once exhausted). ``transcript_lead_ms``: how far ahead of the audio
    the transcript runs: a token's ``response.output_audio_transcript.delta`` goes out before the
    audio chunk that holds the audio this long before the token begins (0: just before the
    chunk in which it begins). The real server sends the transcript well ahead of the audio.
    """

    replies: Sequence[ReplyLike] = ()
    responder: Responder | None = None
    exhausted: Literal["default", "cycle"] = "default"
    default_reply: ReplyLike = DEFAULT_REPLY
    chunk_ms: int = 100
    ms_per_char: int = MS_PER_CHAR
    truncate_keeps_partial_words: bool = True
    user_transcripts: Sequence[str] = ()
    transcript_lead_ms: int = 0

    def __post_init__(self) -> None:
        if self.transcript_lead_ms < 0:
            raise ValueError("transcript_lead_ms must be >= 0")
        if self.chunk_ms <= 0:
            raise ValueError("chunk_ms must be positive")
        if self.ms_per_char <= 0:
            raise ValueError("ms_per_char must be positive")
        if self.exhausted not in ("default", "cycle"):
            raise ValueError("exhausted must be 'default' or 'cycle'")
        # a str is a Sequence[str] too: one reply given bare would be said a letter at a time
        if isinstance(self.replies, str | Reply):
            raise TypeError(
                f"replies takes a list of replies, not one {type(self.replies).__name__}: "
                f"replies=[{self.replies!r}]"
            )
        if isinstance(self.user_transcripts, str):
            raise TypeError(
                "user_transcripts takes a list of transcripts, one per turn, not one str: "
                f"user_transcripts=[{self.user_transcripts!r}]"
            )
        for r in self.replies:
            as_reply(r)

    def reply_for(
        self, index: int, conversation: list[dict[str, Any]]
    ) -> ReplyLike | Awaitable[ReplyLike]:
        """The reply to the ``index``-th response of a session (0-based)."""
        if self.responder is not None:
            return self.responder(conversation)
        if index < len(self.replies):
            return self.replies[index]
        if self.exhausted == "cycle" and self.replies:
            return self.replies[index % len(self.replies)]
        return self.default_reply

    def user_transcript_for(self, index: int) -> str:
        return self.user_transcripts[index] if index < len(self.user_transcripts) else ""
