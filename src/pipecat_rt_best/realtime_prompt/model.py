"""The structured realtime prompt, as typed data (pure: no pipecat, no I/O).

A :class:`RealtimePrompt` holds the five sections GPT-4o Realtime follows best —
Personality and Tone, Context, Reference Pronunciations, Overall Instructions and
Conversation States — plus the optional sections of OpenAI's realtime prompting guide
(Role & Objective, Tools, Safety & Escalation, a variety rule, sample phrases) and a few
settings that are not prompt text: the conversation language (for spelling out numbers),
the session's tools and transfer targets (what a ``next_step`` may name besides a state).

Everything is frozen, the Context too (:class:`FrozenContext`: one prompt object is shared by
every call that loads it); build a changed copy with :meth:`RealtimePrompt.with_context` or
:func:`dataclasses.replace`. Names that are
compared — a state id, a ``next_step``, a pronunciation term — are kept as
:func:`canonical_name` makes them (Unicode NFC, edge whitespace dropped), so a nukta letter
typed precomposed (U+095E फ़) and as फ + nukta is one name. Every function
of the package that takes a prompt takes a :class:`RealtimePrompt` or the
:class:`LoadedPrompt` that :func:`~.loader.load_prompt` returns (:func:`as_prompt`).
"""

from __future__ import annotations

import dataclasses
import os
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Literal, NoReturn

__all__ = [
    "END",
    "PERSONALITY_FIELDS",
    "ContextValue",
    "ConversationState",
    "FieldPath",
    "FrozenContext",
    "LoadedPrompt",
    "Personality",
    "Pronunciation",
    "RealtimePrompt",
    "Section",
    "ToolSpec",
    "Transition",
    "as_prompt",
    "canonical_name",
]

END = "end"
"""The ``next_step`` that ends the conversation."""

ContextValue = str | int | float | list[str]
"""A Context value: text, a number, or a list of lines (rendered as nested bullets)."""

_READ_ONLY = (
    "a RealtimePrompt's context is read-only: the prompt object is shared (load_bot_prompt "
    "gives every call the same one). Per call, make a copy: "
    "prompt.with_context({{'Customer Name': ...}}) (it was: {what})"
)


def _refuse(what: str) -> NoReturn:
    raise TypeError(_READ_ONLY.format(what=what))


class _ReadOnlyList(list[str]):
    """A Context value's lines, read-only (still a ``list`` for every reader)."""

    def _mutate(self, *_args: Any, **_kwargs: Any) -> NoReturn:
        _refuse("a change to one of its lists")

    append = extend = insert = remove = pop = clear = sort = reverse = _mutate  # type: ignore[assignment]
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _mutate  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (list(self),))

    def __copy__(self) -> _ReadOnlyList:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> _ReadOnlyList:
        return self


class FrozenContext(Mapping[str, ContextValue]):
    """A prompt's Context, read-only: a key set, changed or deleted (or a list value changed)
    raises :class:`TypeError` saying how to make a per-call copy
    (:meth:`RealtimePrompt.with_context`). Compares equal to a ``dict`` with the same items."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, ContextValue] | None = None) -> None:
        self._values: dict[str, ContextValue] = {
            key: _ReadOnlyList(value) if isinstance(value, list) else value
            for key, value in (values or {}).items()
        }

    def __getitem__(self, key: str) -> ContextValue:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"FrozenContext({self._values!r})"

    def __setitem__(self, key: str, value: object) -> NoReturn:
        _refuse(f"context[{key!r}] = ...")

    def __delitem__(self, key: str) -> NoReturn:
        _refuse(f"del context[{key!r}]")

    def _mutate(self, *_args: Any, **_kwargs: Any) -> NoReturn:
        _refuse("a change to the context")

    update = pop = popitem = clear = setdefault = _mutate

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (dict(self._values),))

    def __copy__(self) -> FrozenContext:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> FrozenContext:
        return self


Section = Literal[
    "Role & Objective",
    "Personality and Tone",
    "Context",
    "Reference Pronunciations",
    "Overall Instructions",
    "Tools",
    "Safety & Escalation",
    "Variety",
    "Sample Phrases",
    "Conversation States",
]


def canonical_name(name: str) -> str:
    """``name`` as names are compared: Unicode NFC (one code point sequence for a nukta
    letter however it was typed), leading and trailing whitespace dropped."""
    return unicodedata.normalize("NFC", name).strip() if isinstance(name, str) else name


def _canonical(obj: object, attr: str) -> None:
    object.__setattr__(obj, attr, canonical_name(getattr(obj, attr)))


# (attribute, heading) for the Personality and Tone sub-sections, in rendering order.
PERSONALITY_FIELDS: tuple[tuple[str, str], ...] = (
    ("identity", "Identity"),
    ("task", "Task"),
    ("demeanor", "Demeanor"),
    ("tone", "Tone"),
    ("enthusiasm", "Level of Enthusiasm"),
    ("formality", "Level of Formality"),
    ("emotion", "Level of Emotion"),
    ("filler_words", "Filler Words"),
    ("pacing", "Pacing"),
    ("other_details", "Other Details"),
    ("communication_nuances", "Communication Nuances"),
)


@dataclass(frozen=True)
class Personality:
    """Personality and Tone: one paragraph per sub-heading; empty ones are not rendered."""

    identity: str = ""
    task: str = ""
    demeanor: str = ""
    tone: str = ""
    enthusiasm: str = ""
    formality: str = ""
    emotion: str = ""
    filler_words: str = ""
    pacing: str = ""
    other_details: str = ""
    communication_nuances: str = ""

    def items(self) -> list[tuple[str, str, str]]:
        """``(attribute, heading, text)`` for every sub-section, in order."""
        return [(attr, heading, getattr(self, attr)) for attr, heading in PERSONALITY_FIELDS]

    def is_empty(self) -> bool:
        return not any(text.strip() for _, _, text in self.items())


@dataclass(frozen=True)
class Pronunciation:
    """A Reference Pronunciation: how ``term`` is said.

    ``spoken`` is the form the model reads in the prompt and, unless a phoneme is given,
    the alias the TTS voice speaks (SSML ``<sub alias="spoken">term</sub>``). With
    ``phoneme`` (and ``alphabet``: ``"ipa"``, ``"sapi"``, ``"ups"`` or ``"x-sampa"``) the
    TTS uses ``<phoneme alphabet=… ph=…>term</phoneme>`` instead.
    """

    term: str
    spoken: str
    alphabet: str | None = None
    phoneme: str | None = None

    def __post_init__(self) -> None:
        _canonical(self, "term")


@dataclass(frozen=True)
class Transition:
    """A move out of a state: to ``next_step`` (a state id, :data:`END`, a tool or a
    transfer target) when ``condition`` holds."""

    next_step: str
    condition: str = ""

    def __post_init__(self) -> None:
        _canonical(self, "next_step")


@dataclass(frozen=True)
class ConversationState:
    """One state of the conversation, in the seed format's fields."""

    id: str
    description: str = ""
    instructions: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    transitions: tuple[Transition, ...] = ()

    def __post_init__(self) -> None:
        _canonical(self, "id")

    def as_json_dict(self) -> dict[str, Any]:
        """The state as the prompt's JSON block shows it (the seed format's key order)."""
        return {
            "id": self.id,
            "description": self.description,
            "instructions": list(self.instructions),
            "examples": list(self.examples),
            "transitions": [
                {"next_step": t.next_step, "condition": t.condition} for t in self.transitions
            ],
        }


@dataclass(frozen=True)
class ToolSpec:
    """A tool the realtime session offers. ``description`` and ``parameters`` (a JSON
    schema) make the session's tool definition; ``when`` is guidance for the prompt's
    Tools section ("call it after the caller confirms the phone number")."""

    name: str
    description: str = ""
    when: str = ""
    parameters: Mapping[str, Any] | None = None

    def session_tool(self) -> dict[str, Any]:
        """The GA ``session.tools`` entry for this tool."""
        return {
            "type": "function",
            "name": self.name,
            "description": self.description,
            "parameters": dict(self.parameters or {"type": "object", "properties": {}}),
        }


@dataclass(frozen=True)
class RealtimePrompt:
    """A structured realtime prompt.

    ``language`` is the conversation language of the number normalizer (``"hi"``,
    ``"en-IN"``, ...); Context values are spelled out in it unless ``spell_out_numbers``
    is off, except the keys in ``context_verbatim`` (kept as written: an e-mail address,
    a URL); keys in ``context_money_keys`` are read as rupee amounts.

    ``states_only`` marks a prompt loaded from a bare state list (the format the seed
    publishes inside its prompts): only the Conversation States are rendered and checked.
    """

    personality: Personality = field(default_factory=Personality)
    context: Mapping[str, ContextValue] = field(default_factory=dict)
    pronunciations: tuple[Pronunciation, ...] = ()
    instructions: tuple[str, ...] = ()
    states: tuple[ConversationState, ...] = ()
    # optional sections of OpenAI's realtime prompting guide
    role_objective: str = ""
    tools: tuple[ToolSpec, ...] = ()
    safety_escalation: tuple[str, ...] = ()
    variety: tuple[str, ...] = ()
    sample_phrases: tuple[str, ...] = ()
    # settings (not prompt text)
    name: str = ""
    language: str = "en-IN"
    spell_out_numbers: bool = True
    context_verbatim: tuple[str, ...] = ()
    context_money_keys: tuple[str, ...] = ()
    transfer_targets: tuple[str, ...] = ()
    states_only: bool = False

    def __post_init__(self) -> None:
        # a copy, read-only: the caller's dict changing later does not change the prompt,
        # and a prompt shared between calls cannot carry one call's details into another
        if not isinstance(self.context, FrozenContext):
            object.__setattr__(self, "context", FrozenContext(self.context))

    def with_context(
        self, values: Mapping[str, ContextValue] | None = None, /, **more: ContextValue
    ) -> RealtimePrompt:
        """A copy of this prompt with Context keys added or replaced (a call's own details:
        ``prompt.with_context({"Customer Name": "Rahul Sharma"})``); this one is unchanged."""
        return dataclasses.replace(self, context={**self.context, **(values or {}), **more})

    def state(self, state_id: str) -> ConversationState:
        """The state with this id (the first one, if ids repeat)."""
        state_id = canonical_name(state_id)
        for st in self.states:
            if st.id == state_id:
                return st
        raise KeyError(state_id)

    @property
    def state_ids(self) -> list[str]:
        return [st.id for st in self.states]

    @property
    def tool_names(self) -> list[str]:
        return [t.name for t in self.tools]

    @property
    def exits(self) -> frozenset[str]:
        """The ``next_step`` values that leave the state graph: :data:`END`, the transfer
        targets and the tools (a hand-off such as the seed's ``transferAgents``)."""
        return frozenset({END, *self.transfer_targets, *self.tool_names})

    def session_tools(self) -> list[dict[str, Any]]:
        """The declared tools as GA ``session.tools`` entries."""
        return [t.session_tool() for t in self.tools]


def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


PROMPT_KEYS = _field_names(RealtimePrompt)

FieldPath = tuple[str | int, ...]
"""Where a field is in a prompt file: ``("states", 2, "transitions", 0, "next_step")``."""


@dataclass(frozen=True)
class LoadedPrompt:
    """A prompt and where it came from: ``lines`` maps each field path (canonical keys,
    e.g. ``("states", 2, "transitions", 0, "next_step")``) to its 1-based file line.

    What :func:`~.loader.load_prompt` returns; every function that takes a prompt takes
    one (the validator's messages then name the file and the line)."""

    prompt: RealtimePrompt
    source: str = ""
    lines: Mapping[FieldPath, int] = field(default_factory=dict)

    def __repr__(self) -> str:
        """One line (a notebook cell ending in ``load_prompt(...)`` shows it): the prompt's
        name, the file, how many states and tools, how many field lines are known. The
        prompt itself is ``.prompt``; its text, ``render_prompt(...)``."""
        p = self.prompt
        name = f"{p.name!r}" if p.name else "unnamed prompt"
        where = f" from {self.source!r}" if self.source else ""
        return (
            f"LoadedPrompt({name}{where}, {p.language}, {len(p.states)} states, "
            f"{len(p.tools)} tools, {len(self.lines)} field lines)"
        )

    def line_of(self, path: FieldPath) -> int | None:
        """The line of ``path``, or of its nearest enclosing field that has one."""
        while True:
            line = self.lines.get(path)
            if line is not None or not path:
                return line
            path = path[:-1]


def as_prompt(prompt: RealtimePrompt | LoadedPrompt, where: str = "this") -> RealtimePrompt:
    """The :class:`RealtimePrompt` in ``prompt``: itself, or a :class:`LoadedPrompt`'s
    ``.prompt``. Anything else is a ``TypeError`` saying what to pass (``where`` names the
    function that took it); a path says to load the file first."""
    if isinstance(prompt, RealtimePrompt):
        return prompt
    if isinstance(prompt, LoadedPrompt):
        return prompt.prompt
    takes = f"{where} takes a RealtimePrompt or the LoadedPrompt load_prompt() returns"
    if isinstance(prompt, str | os.PathLike):
        path = os.fspath(prompt)
        raise TypeError(f"{takes}, not the path {path!r}: load it first, load_prompt({path!r})")
    raise TypeError(f"{takes}, not {type(prompt).__name__}")
