"""The caller's keypad presses, collected into entries the model can answer: the pure core.

A phone line delivers each key the caller presses as one event (pipecat's ``InputDTMFFrame``),
and a realtime model takes no such event: the keys have to reach it as a message. A
:class:`KeypadCollector` gathers the keys of one entry ("4 7 1 9 #", "1", "*") and says
when the entry is complete: at a finish key (``#``), or once no key came for
``idle_timeout_s`` (a one-key menu choice needs no ``#``). :func:`entry_text` is what the
model is told about it: the keys, or, masked, only how many there were (a PIN).

:class:`~pipecat_rt_best.call_pipeline.keypad_processor.KeypadProcessor` is the pipecat
adapter; this module needs no pipecat.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

__all__ = ["DEFAULT_KEYPAD", "KeypadCollector", "KeypadInput", "KeypadParams", "entry_text"]


_KEYPAD_KEYS = "0123456789*#"
"""The keys a phone keypad sends (pipecat's ``KeypadEntry``)."""


@dataclass(frozen=True)
class KeypadInput:
    """One complete keypad entry. ``keys``: the keys pressed, in order, the finish key
    excluded (``"4719"``; may be empty: a lone ``#``); ``finished_by``: the finish key that
    ended it, or None when it ended by the idle timeout. A secret (a PIN) as often as not:
    its ``repr`` does not show the keys."""

    keys: str
    finished_by: str | None = None

    def __repr__(self) -> str:
        return f"KeypadInput(<{len(self.keys)} keys>, finished_by={self.finished_by!r})"


EntryHook = Callable[[KeypadInput], Awaitable[str | None] | str | None]
"""``on_entry``: called with each complete entry (an async function; a plain one's value is
used as it is); returns the text the model is told (a message from the caller), None for the
default (:func:`entry_text`), or ``""`` to tell the model nothing (the app handled the entry
itself)."""


@dataclass(frozen=True)
class KeypadParams:
    """How the caller's keypad presses reach the model.

    ``finish_keys``: keys that end an entry at once (``"#"``; ``""``: none, entries end by
    the idle timeout alone). ``idle_timeout_s``: an entry with no finish key ends this long
    after its last key. ``interrupts``: the first key of an entry pressed while the bot
    speaks stops the bot (what a phone IVR does: a caller who knows the menu presses 1
    without waiting for the prompt to finish, and one typing a PIN does not hear the bot
    over it); the keys pressed while the bot is silent interrupt nothing. ``mask``: the
    model is told only how many keys were entered, never which (a PIN, a card number).
    ``on_entry``: the app's hook on each entry (:data:`EntryHook`): check a PIN against a
    back office and return what the model should hear ("the caller entered their 4-digit
    PIN; it is verified").
    """

    finish_keys: str = "#"
    idle_timeout_s: float = 2.0
    interrupts: bool = True
    mask: bool = False
    on_entry: EntryHook | None = None

    def __post_init__(self) -> None:
        if not self.idle_timeout_s > 0:  # NaN too: an entry would never end
            raise ValueError(f"idle_timeout_s must be positive, not {self.idle_timeout_s}")
        # None raised TypeError at each key the caller pressed; a key no keypad has never
        # ends an entry
        if not isinstance(self.finish_keys, str) or set(self.finish_keys) - set(_KEYPAD_KEYS):
            raise ValueError(
                f"finish_keys must be keypad keys ('#', '*#'; '' for none: entries end by the "
                f"idle timeout), not {self.finish_keys!r}"
            )


DEFAULT_KEYPAD = KeypadParams()
"""The keypad of the pack's phone calls: ``#`` or 2 s without a key ends an entry, a key
stops the bot speaking, the keys are told to the model."""


def entry_text(entry: KeypadInput, *, mask: bool = False) -> str:
    """What the model is told about ``entry``: ``"[keypad] The caller pressed: 4719#"``;
    masked, ``"[keypad] The caller entered 4 digits, then #."`` (no key named)."""
    finish = entry.finished_by or ""
    if not mask:
        return f"[keypad] The caller pressed: {entry.keys}{finish}"
    n = len(entry.keys)
    text = f"[keypad] The caller entered {n} digit{'' if n == 1 else 's'}"
    return text + (f", then {finish}." if finish else ".")


class KeypadCollector:
    """The keys of the entry being typed (times in seconds, any monotonic clock)."""

    def __init__(self, params: KeypadParams) -> None:
        self.params = params
        self._keys: list[str] = []
        self._last_key_at: float | None = None

    @property
    def pending(self) -> bool:
        """Whether an entry is being typed (a key came and the entry has not ended)."""
        return self._last_key_at is not None

    def press(self, key: str, now: float) -> KeypadInput | None:
        """The caller pressed ``key``: the entry it completes (a finish key), else None."""
        if key and key in self.params.finish_keys:
            entry = KeypadInput("".join(self._keys), finished_by=key)
            self.clear()
            return entry
        self._keys.append(key)
        self._last_key_at = now
        return None

    def deadline(self) -> float | None:
        """When the entry being typed ends by the idle timeout (None: no entry)."""
        if self._last_key_at is None:
            return None
        return self._last_key_at + self.params.idle_timeout_s

    def expire(self, now: float) -> KeypadInput | None:
        """The entry that ended by the idle timeout at ``now``, if any."""
        due = self.deadline()
        if due is None or now < due:
            return None
        entry = KeypadInput("".join(self._keys))
        self.clear()
        return entry

    def clear(self) -> None:
        """Forget the entry being typed (the call ended)."""
        self._keys.clear()
        self._last_key_at = None
