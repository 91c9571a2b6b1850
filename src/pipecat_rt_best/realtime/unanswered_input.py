"""What a realtime session was sent that no reply has answered yet: replayed on the next one.

A session that drops takes with it whatever it was sent and has not answered: the caller's
audio appended since the last commit (manual turns), a committed turn whose reply has not
started, the ``response.create`` that asked for that reply. The conversation a reconnect
restores (the service's context) holds none of it. :class:`UnansweredInput` keeps it, in the
order it was written, as the client events' own JSON texts (so the audio is already in the
G.711/PCM the session takes), for the reconnect to write again on the new session.

* ``input_audio_buffer.append``: kept (only while ``audio_limit_chars`` > 0, i.e. manual
  turns; with server VAD the server commits on its own and the audio is not kept), the
  oldest dropped once the kept appends exceed ``audio_limit_chars`` of text;
* ``input_audio_buffer.commit``: kept, after the appends it commits;
* ``input_audio_buffer.clear``: the appends since the last commit go (the buffer is empty);
* ``response.create``: kept until its reply starts (:meth:`reply_began`: the response's
  first output, or its end); with it go the commits and appends before it — the reply
  took them in. A ``response.cancel`` (:meth:`cancelled`) withdraws the first one that is
  still kept: the caller cut in, nothing is asked again for it; so does the server refusing
  it (:meth:`refused`): it started nothing.

A function call's result sent to the session (``conversation.item.create`` of a
``function_call_output``) is kept too, by call id, apart from the events written again
(:meth:`UnansweredInput.tool_outputs`): pipecat's output transport holds the result frame
behind the sentence still playing, so the context may not have it when a reconnect restores
the conversation from it, and pipecat never sends it again once it does. The reconnect gives
each one the restored context does not show answered to the new session (as a message: the
new session has no call of that id) and forgets those it does (:meth:`forget_tool_outputs`).

A committed turn whose input transcript came (:meth:`transcribed`) is kept as that text, not
as audio: its commit and the appends before it give way to a caller text item
(``conversation.item.create``, kind :data:`TEXT`) with the transcript; the ``response.create``
after it stays. The transcript has gone downstream to the context (pipecat's aggregator
writes it when the reply starts or ends), so replaying the audio would have the new session
transcribe it again — the caller's words twice in the context — and give the model the turn
twice once the context holds it. Each commit is linked to the caller item it made: the
session adds caller items in the order of the commits it took (:meth:`item_added`, manual
turns); :meth:`new_session` starts that count again for the commits written once more on a
new session.

Pure: no pipecat, no sockets.
"""

from __future__ import annotations

import json
from collections import OrderedDict, deque
from collections.abc import Iterable, Iterator

APPEND = "input_audio_buffer.append"
COMMIT = "input_audio_buffer.commit"
CLEAR = "input_audio_buffer.clear"
CREATE = "response.create"
CANCEL = "response.cancel"
TEXT = "conversation.item.create"  # a committed turn kept as its transcript

_APPEND_MARK = f'"{APPEND}"'
_HEAD_CHARS = 200  # the type of an append stands within its first characters (after event_id)
_ITEMS_MAX = 64  # caller items remembered with their commit (a call never awaits many)
_TOOL_OUTPUTS_MAX = 32  # function call results kept until the context shows them


def client_event_type(message: str) -> str | None:
    """The ``type`` of a client event's JSON text (appends recognised without parsing)."""
    if _APPEND_MARK in message[:_HEAD_CHARS]:
        return APPEND
    try:
        event = json.loads(message)
    except ValueError:
        return None
    kind = event.get("type") if isinstance(event, dict) else None
    return kind if isinstance(kind, str) else None


def append_audio_bytes(message: str) -> int:
    """How many audio bytes an ``input_audio_buffer.append`` text carries (its base64)."""
    try:
        audio = json.loads(message).get("audio") or ""
    except (ValueError, AttributeError):
        return 0
    if not isinstance(audio, str):
        return 0
    return len(audio) // 4 * 3 - audio[-2:].count("=")


def caller_text_item(text: str) -> str:
    """The ``conversation.item.create`` JSON text of a caller message holding ``text``."""
    item = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": text}]}
    return json.dumps({"type": TEXT, "item": item})


def transcript_of(message: str) -> str:
    """The text of a :func:`caller_text_item` (empty if it is none)."""
    try:
        content = json.loads(message)["item"]["content"]
        return "".join(part.get("text", "") for part in content)
    except (ValueError, KeyError, TypeError, AttributeError):
        return ""


def function_call_output(message: str) -> tuple[str, str] | None:
    """(call id, output) of a ``conversation.item.create`` text carrying a
    ``function_call_output``, else None."""
    if '"function_call_output"' not in message:
        return None
    try:
        event = json.loads(message)
        item = event["item"]
        if event.get("type") != TEXT or item.get("type") != "function_call_output":
            return None
        call_id, output = item.get("call_id"), item.get("output")
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if not isinstance(call_id, str):
        return None
    return call_id, output if isinstance(output, str) else ""


def _event_id(message: str) -> str | None:
    try:
        event_id = json.loads(message).get("event_id")
    except (ValueError, AttributeError):
        return None
    return event_id if isinstance(event_id, str) else None


class UnansweredInput:
    """The client events a session was sent that no reply has answered yet (module doc)."""

    def __init__(self, audio_limit_chars: int = 0) -> None:
        self._messages: deque[tuple[str, str]] = deque()  # (type, JSON text), in order
        self._audio_chars = 0  # text length of the kept appends
        self._audio_limit_chars = 0
        self._last_reply: str | None = None  # the response whose start was last counted
        # the event ids of the commits the session took whose caller item has not been added
        self._commits_without_item: deque[str | None] = deque()
        self._item_commits: OrderedDict[str, str | None] = OrderedDict()  # item id -> commit's
        self._tool_outputs: OrderedDict[str, str] = OrderedDict()  # call id -> output
        self.set_audio_limit(audio_limit_chars)

    @property
    def audio_limit_chars(self) -> int:
        return self._audio_limit_chars

    def set_audio_limit(self, chars: int) -> None:
        """Keep at most ``chars`` of append text (the oldest go first); 0 keeps no audio."""
        self._audio_limit_chars = max(0, int(chars))
        self._trim()

    def sent(self, message: str) -> None:
        """``message`` was written to the session."""
        kind = client_event_type(message)
        if kind == APPEND:
            if self._audio_limit_chars:
                self._messages.append((APPEND, message))
                self._audio_chars += len(message)
                self._trim()
        elif kind == COMMIT:
            if self._audio_limit_chars:
                self._messages.append((COMMIT, message))
                self._commits_without_item.append(_event_id(message))
        elif kind == CLEAR:
            self._clear_uncommitted()
        elif kind == CREATE:
            self._messages.append((CREATE, message))
        elif kind == CANCEL:
            self.cancelled()
        elif kind == TEXT:
            output = function_call_output(message)
            if output is not None:
                self.keep_tool_output(*output)

    def keep_tool_output(self, call_id: str, output: str) -> None:
        """The result ``output`` of call ``call_id`` went to the session (module doc)."""
        self._tool_outputs[call_id] = output
        self._tool_outputs.move_to_end(call_id)
        while len(self._tool_outputs) > _TOOL_OUTPUTS_MAX:
            self._tool_outputs.popitem(last=False)

    def tool_outputs(self) -> list[tuple[str, str]]:
        """The kept (call id, output) pairs, oldest first (a snapshot)."""
        return list(self._tool_outputs.items())

    def forget_tool_outputs(self, call_ids: Iterable[str]) -> None:
        """The conversation holds these calls' results: they need not be given again."""
        for call_id in call_ids:
            self._tool_outputs.pop(call_id, None)

    def cancelled(self) -> None:
        """A ``response.cancel`` went (or is on its way): its response is not asked again."""
        for index, (kind, _) in enumerate(self._messages):
            if kind == CREATE:
                del self._messages[index]
                return

    def refused(self, event_id: str) -> None:
        """The server refused the client event ``event_id``: a kept request it names goes
        (a refused commit makes no caller item)."""
        if event_id in self._commits_without_item:
            self._commits_without_item.remove(event_id)
        for index, (kind, message) in enumerate(self._messages):
            if kind == CREATE and _event_id(message) == event_id:
                del self._messages[index]
                return

    def reply_began(self, response_id: str | None) -> None:
        """Output of ``response_id`` came (or its end): what its request covered is answered.
        Counted once per response (None, an id the server left out, counts every time)."""
        if response_id is not None and response_id == self._last_reply:
            return
        self._last_reply = response_id
        messages = self._messages
        if not any(kind == CREATE for kind, _ in messages):
            return  # not one this client asked for (server VAD) or one it withdrew
        while messages:
            kind, message = messages.popleft()
            if kind == APPEND:
                self._audio_chars -= len(message)
            if kind == CREATE:
                return

    def item_added(self, item_id: str) -> None:
        """The session added the caller audio item ``item_id``: the oldest commit it took
        without an item yet made it."""
        if not self._commits_without_item:
            return  # not one of this client's commits (server VAD)
        self._item_commits[item_id] = self._commits_without_item.popleft()
        while len(self._item_commits) > _ITEMS_MAX:
            self._item_commits.popitem(last=False)

    def transcribed(self, item_id: str, transcript: str) -> None:
        """The input transcript of caller item ``item_id`` came: the committed turn that
        made it (its commit and the appends before it) is kept as a caller text item with
        ``transcript`` instead."""
        event_id = self._item_commits.pop(item_id, None)
        if event_id is None:
            return
        messages = list(self._messages)
        at = next(
            (
                i
                for i, (kind, message) in enumerate(messages)
                if kind == COMMIT and _event_id(message) == event_id
            ),
            None,
        )
        if at is None:
            return  # answered already (or trimmed)
        start = at
        while start > 0 and messages[start - 1][0] != COMMIT:
            start -= 1
        kept = [m for m in messages[start:at] if m[0] != APPEND]  # a request stays
        self._audio_chars -= sum(len(m) for k, m in messages[start:at] if k == APPEND)
        text = (TEXT, caller_text_item(transcript))
        self._messages = deque([*messages[:start], *kept, text, *messages[at + 1 :]])

    def new_session(self) -> None:
        """What is kept is written again on a new session: its commits await that
        session's caller items."""
        self._commits_without_item = deque(
            _event_id(message) for kind, message in self._messages if kind == COMMIT
        )
        self._item_commits.clear()

    def replay(self) -> Iterator[tuple[str, str]]:
        """The kept (type, JSON text) pairs, oldest first (a snapshot)."""
        return iter(list(self._messages))

    def has_create(self) -> bool:
        """A ``response.create`` is kept: its reply has not started."""
        return any(kind == CREATE for kind, _ in self._messages)

    def appended_since_commit(self) -> int:
        """The audio bytes of the kept appends after the last kept commit."""
        total = 0
        for kind, message in reversed(self._messages):
            if kind == COMMIT:
                break
            if kind == APPEND:
                total += append_audio_bytes(message)
        return total

    def _clear_uncommitted(self) -> None:
        last_commit = -1
        for index, (kind, _) in enumerate(self._messages):
            if kind == COMMIT:
                last_commit = index
        kept = deque(list(self._messages)[: last_commit + 1])
        for kind, message in list(self._messages)[last_commit + 1 :]:
            if kind == APPEND:
                self._audio_chars -= len(message)
            else:
                kept.append((kind, message))
        self._messages = kept

    def _trim(self) -> None:
        messages = self._messages
        if not self._audio_limit_chars:
            # no audio kept (server VAD): nor the commits that went with it
            self._messages = deque(m for m in messages if m[0] == CREATE)
            self._audio_chars = 0
            return
        while self._audio_chars > self._audio_limit_chars and messages:
            kind, message = messages.popleft()
            if kind == APPEND:
                self._audio_chars -= len(message)
