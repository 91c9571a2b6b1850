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

Pure: no pipecat, no sockets.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterator

APPEND = "input_audio_buffer.append"
COMMIT = "input_audio_buffer.commit"
CLEAR = "input_audio_buffer.clear"
CREATE = "response.create"
CANCEL = "response.cancel"

_APPEND_MARK = f'"{APPEND}"'
_HEAD_CHARS = 200  # the type of an append stands within its first characters (after event_id)


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
        elif kind == CLEAR:
            self._clear_uncommitted()
        elif kind == CREATE:
            self._messages.append((CREATE, message))
        elif kind == CANCEL:
            self.cancelled()

    def cancelled(self) -> None:
        """A ``response.cancel`` went (or is on its way): its response is not asked again."""
        for index, (kind, _) in enumerate(self._messages):
            if kind == CREATE:
                del self._messages[index]
                return

    def refused(self, event_id: str) -> None:
        """The server refused the client event ``event_id``: a kept request it names goes."""
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
