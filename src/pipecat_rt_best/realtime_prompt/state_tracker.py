"""Where the conversation is, and which moves the state graph allows from there (pure).

The model reports each transition with a tool call (``set_conversation_state``); the
tracker accepts only the moves the current state's transitions list, and answers any
other with a refusal that names the allowed ones, so the model can correct itself:

>>> from pipecat_rt_best.realtime_prompt.model import ConversationState as S, Transition as T
>>> tracker = ConversationStateTracker([S("1_greeting", transitions=(T("2_get_name", "after hello"),)),
...                                     S("2_get_name", transitions=(T("end", "done"),))])
>>> tracker.request("end").accepted
False
>>> tracker.request("2_get_name").current
'2_get_name'
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pipecat_rt_best.realtime_prompt.model import (
    END,
    ConversationState,
    LoadedPrompt,
    RealtimePrompt,
    Transition,
    as_prompt,
    canonical_name,
)

__all__ = [
    "TRANSFER_FAILED_INSTRUCTION",
    "TRANSFER_TIMEOUT_INSTRUCTION",
    "ConversationStateTracker",
    "TransitionResult",
    "closing_reply_needed",
    "exit_tool_result",
    "state_tool_definition",
    "transfer_failed_instruction",
]

TRANSFER_FAILED_INSTRUCTION = (
    "The transfer to {target} did not go through: no one could take the call. This is "
    "your closing turn: tell the caller, in a sentence or two and in the language of the "
    "conversation, that the transfer did not go through, apologise briefly, and say that no "
    "one can take their call right now and that they can call back later. Call no tool. The "
    "call ends after your words."
)
"""What the model is told when a transfer target's handler raised: the provider refused
the hand-off (``{target}``: the target, as :func:`transfer_failed_instruction` writes it)."""

TRANSFER_TIMEOUT_INSTRUCTION = (
    "The transfer to {target} is taking longer than expected and could not be confirmed: "
    "it may still go through. This is your closing turn: tell the caller, in a sentence or "
    "two and in the language of the conversation, that the transfer is taking longer than "
    "expected and could not be confirmed, and that if they are not connected shortly they "
    "can call back. Do not say that the transfer failed. Call no tool. Say nothing after "
    "these words."
)
"""What the model is told when a transfer target's handler was given up on (still running
at the timeout): the outcome is unknown, as a REST call the handler made in a thread may
still move the caller, so the words are hedged (``{target}`` as in
:data:`TRANSFER_FAILED_INSTRUCTION`)."""


@dataclass(frozen=True)
class TransitionResult:
    """The answer to one requested move.

    ``accepted``: the move is allowed (or a no-op: already there). ``previous``/``current``:
    the state before and after (unchanged when refused). ``exit``: the ``end`` / transfer /
    tool target the conversation left by, if it did. ``allowed``: the moves allowed from
    ``current`` now.
    """

    accepted: bool
    requested: str
    previous: str
    current: str
    message: str
    allowed: tuple[Transition, ...] = ()
    exit: str | None = None

    @property
    def changed(self) -> bool:
        return self.accepted and (self.current != self.previous or self.exit is not None)

    def as_tool_result(self) -> dict[str, Any]:
        """What the model gets back from ``set_conversation_state``."""
        result: dict[str, Any] = {
            "accepted": self.accepted,
            "current_state": self.current,
            "message": self.message,
        }
        if self.exit is not None:
            result["exited_to"] = self.exit
        result["allowed_next_steps"] = [
            {"next_step": t.next_step, "condition": t.condition} for t in self.allowed
        ]
        return result


def closing_reply_needed(words_before_call: bool | None) -> bool:
    """Whether a move that ends the call (``end``, a transfer target) asks the model for one
    closing reply: yes unless the response that carried the move had already spoken
    (``words_before_call``; None, when the service cannot tell: yes, a second goodbye
    beats hanging up on the caller in silence)."""
    return words_before_call is not True


def exit_tool_result(result: TransitionResult, *, closing_reply: bool) -> dict[str, Any]:
    """The state tool's answer to a move that ends the call: with ``closing_reply``, it tells
    the model that its next reply is its last (say goodbye, or that it connects the caller
    to the transfer target; call no tool); otherwise that the words it said are its last."""
    answer = result.as_tool_result()
    target = result.exit or END
    if not closing_reply:
        answer["instruction"] = (
            "The words you said before this call were your last: the call ends once they "
            "have played. Say nothing more."
        )
    elif target == END:
        answer["instruction"] = (
            "This is your closing turn: say goodbye to the caller now, in a sentence or two, "
            "in the language of the conversation, and call no tool. The call ends after your "
            "words."
        )
    else:
        answer["instruction"] = (
            f"This is your closing turn: tell the caller, in a sentence in the language of the "
            f"conversation, that you are connecting them to {target.replace('_', ' ')} now, and "
            "call no tool. The call is handed over after your words."
        )
    return answer


def transfer_failed_instruction(template: str | None, target: str) -> str | None:
    """The message asking the model for one more reply after the hand-off to ``target``
    failed or timed out: ``template`` with ``{target}`` replaced by the target's name in words
    (``human_agent``: ``human agent``), nothing else in it read as a placeholder; None
    when ``template`` is None (the call ends without another word)."""
    if template is None:
        return None
    return template.replace("{target}", target.replace("_", " "))


def _describe(moves: Iterable[Transition]) -> str:
    parts = [
        f"{t.next_step!r} ({t.condition})" if t.condition else repr(t.next_step) for t in moves
    ]
    return "; ".join(parts) if parts else "none"


@dataclass
class ConversationStateTracker:
    """The current conversation state of one call.

    ``states`` come from a :class:`~.model.RealtimePrompt` (or any list of states);
    ``exits`` are the targets that leave the graph (:meth:`from_prompt`: the prompt's
    ``end``, transfer targets and tools). A transition to anything else — a typo'd state
    id — is a ``ValueError`` here, never an exit the model could take. The first state is
    the initial one unless ``initial`` says otherwise.
    """

    states: list[ConversationState]
    exits: frozenset[str] = frozenset({END})
    initial: str | None = None
    current: str = field(init=False)
    exit: str | None = field(default=None, init=False)
    history: list[str] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        if not self.states:
            raise ValueError("a state tracker needs at least one state")
        self._by_id: dict[str, ConversationState] = {}
        for st in self.states:
            self._by_id.setdefault(st.id, st)
        start = canonical_name(self.initial) if self.initial is not None else self.states[0].id
        if start not in self._by_id:
            raise ValueError(f"initial state {start!r} is not a state")
        self.current = start
        self.history = [start]
        dangling = [
            (st.id, t.next_step)
            for st in self.states
            for t in st.transitions
            if t.next_step not in self._by_id and t.next_step not in self.exits
        ]
        if dangling:
            names = sorted({*self._by_id, *self.exits})
            problems = []
            for sid, target in dangling:
                close = difflib.get_close_matches(target, names, n=1, cutoff=0.6)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                problems.append(f"state {sid!r} → {target!r}{hint}")
            raise ValueError(
                "transitions to names that are neither a state nor an exit: "
                + "; ".join(problems)
                + f". Exits: {', '.join(sorted(self.exits))} (a transfer target or a session "
                "tool a transition hands off to must be one)"
            )

    @classmethod
    def from_prompt(
        cls,
        prompt: RealtimePrompt | LoadedPrompt,
        initial: str | None = None,
        *,
        extra_exits: Iterable[str] = (),
    ) -> ConversationStateTracker:
        """A tracker for ``prompt``'s states; its exits are the prompt's (``end``, transfer
        targets, tools) plus ``extra_exits`` (session tools the prompt does not declare)."""
        prompt = as_prompt(prompt, "ConversationStateTracker.from_prompt()")
        return cls(list(prompt.states), exits=prompt.exits | set(extra_exits), initial=initial)

    @property
    def ended(self) -> bool:
        return self.exit is not None

    @property
    def state(self) -> ConversationState:
        return self._by_id[self.current]

    @property
    def targets(self) -> list[str]:
        """Every name a move may name: the states, then every other target a transition
        names (the exits: ``end``, transfer targets, the prompt's or the session's tools).
        :meth:`request` accepts exactly the moves the current state lists, so the state
        tool's enum must not leave one out."""
        used = {t.next_step for st in self.states for t in st.transitions}
        return [*self._by_id, *sorted(used - set(self._by_id))]

    def allowed(self) -> tuple[Transition, ...]:
        """The moves out of the current state (none once the conversation has ended)."""
        return () if self.ended else self.state.transitions

    def knows(self, name: str) -> bool:
        """``name`` is a state or an exit of this conversation: a name the prompt wrote, not
        free text the model made up."""
        return name in self._by_id or name in self.exits

    def can_move(self, next_step: str) -> bool:
        return any(t.next_step == next_step for t in self.allowed())

    def request(self, next_step: str) -> TransitionResult:
        """Try to move to ``next_step`` (compared as :func:`~.model.canonical_name` makes it);
        the result says whether, and what is allowed now."""
        next_step = canonical_name(next_step)
        here = self.current
        if self.ended:
            return TransitionResult(
                False,
                next_step,
                here,
                here,
                f"the conversation already ended ({self.exit!r}); no further moves",
                (),
                self.exit,
            )
        allowed = self.allowed()
        if next_step == here:
            return TransitionResult(True, next_step, here, here, f"already in {here!r}", allowed)
        if not self.can_move(next_step):
            why = (
                "is not allowed from"
                if self.knows(next_step)
                else "is not a state of this conversation; you are in"
            )
            return TransitionResult(
                False,
                next_step,
                here,
                here,
                f"{next_step!r} {why} {here!r}. Allowed next steps: {_describe(allowed)}. "
                f"Stay in {here!r} until one of their conditions is met.",
                allowed,
            )
        if next_step not in self._by_id and next_step not in self.exits:
            # a transition to a name that is neither (the states were changed after the
            # check): never taken as an exit, which would end the call
            return TransitionResult(
                False,
                next_step,
                here,
                here,
                f"{next_step!r} is not a state of this conversation; you are in {here!r}. "
                f"Stay in {here!r}.",
                allowed,
            )
        if next_step in self._by_id:
            self.current = next_step
            self.history.append(next_step)
            return TransitionResult(
                True,
                next_step,
                here,
                next_step,
                f"now in {next_step!r}: {self.state.description}".rstrip(": "),
                self.state.transitions,
            )
        self.exit = next_step
        self.history.append(next_step)
        return TransitionResult(
            True,
            next_step,
            here,
            here,
            f"left the conversation flow via {next_step!r}",
            (),
            next_step,
        )

    def reset(self, state: str | None = None) -> None:
        """Back to ``state`` (default: the initial state), history cleared."""
        target = canonical_name(state) if state is not None else self.history[0]
        if target not in self._by_id:
            raise ValueError(f"{target!r} is not a state")
        self.exit = None
        self.current = target
        self.history = [target]


def state_tool_definition(
    targets: Iterable[str], name: str = "set_conversation_state"
) -> dict[str, Any]:
    """The GA ``session.tools`` entry of the state tool (``next_step`` as an enum of targets)."""
    return {
        "type": "function",
        "name": name,
        "description": (
            "Report that the conversation moves to another state, as the Conversation States "
            "transitions say. Call it as soon as a transition's condition is met, before "
            "speaking for the new state. The result says whether the move is allowed and "
            "which moves are allowed next. A move to 'end' or a transfer ends the call after "
            "your closing words, said in the same response as this call (before or after "
            "it) or, if that response says nothing, after its result."
        ),
        "parameters": {
            "type": "object",
            "properties": {
                "next_step": {
                    "type": "string",
                    "enum": list(dict.fromkeys(targets)),
                    "description": "The next_step of the transition whose condition is met.",
                },
            },
            "required": ["next_step"],
        },
    }
