"""An emulated model that walks a structured prompt's state graph (pure logic).

What the realtime emulator says in offline runs of the bots built on a
:class:`~pipecat_rt_best.realtime_prompt.RealtimePrompt`: replies taken from the prompt's
own examples, and ``set_conversation_state`` tool calls along its transitions, so a
:class:`~pipecat_rt_best.realtime_prompt.ConversationStateController` sees real moves.

* :func:`scripted_walk` — a text conversation: an illegal jump first (refused), then one
  move per caller answer along each state's first transition.
* :func:`phone_walk` — a phone call: the greeting, one move after the caller's first turn
  (to a state, not an exit), then a long reply for the caller to barge into, then a short
  answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipecat_rt_best.realtime_prompt.model import LoadedPrompt, RealtimePrompt, as_prompt
from pipecat_rt_best.testing.realtime_emulator.audio import MS_PER_CHAR
from pipecat_rt_best.testing.realtime_emulator.script import Reply, ToolCall

__all__ = ["Turn", "phone_walk", "scripted_walk"]


@dataclass
class Turn:
    """One emulated model response; ``caller`` is what the caller says after it, if anything."""

    reply: Reply
    caller: str | None = None


def scripted_walk(prompt: RealtimePrompt | LoadedPrompt, tool: str) -> list[Turn]:
    """What the emulated call does: the model greets and tries an illegal jump, is corrected,
    then after each caller answer moves along the state's first transition and says the
    new state's first example."""
    prompt = as_prompt(prompt, "scripted_walk()")
    states = {st.id: st for st in prompt.states}
    current = prompt.states[0]
    last = prompt.states[-1].id
    illegal = last if all(t.next_step != last for t in current.transitions) else "no_such_state"
    greeting = current.examples[0] if current.examples else "Hello!"  # as phone_walk's
    turns = [Turn(Reply(text=greeting, tool_calls=[ToolCall(tool, {"next_step": illegal})]))]
    seen = {current.id}
    while current.transitions:
        move = current.transitions[0]
        turns.append(Turn(Reply(tool_calls=[ToolCall(tool, {"next_step": move.next_step})])))
        if move.next_step not in states or move.next_step in seen:
            break
        current = states[move.next_step]
        seen.add(current.id)
        after = current.transitions[0].condition if current.transitions else None
        turns.append(Turn(Reply(text=current.examples[0] if current.examples else "…"), after))
    return turns


def phone_walk(
    prompt: RealtimePrompt | LoadedPrompt,
    tool: str,
    *,
    long_reply: str | None = None,
    short_reply: str = "OK.",
    min_long_ms: float = 0.0,
    ms_per_char: int = MS_PER_CHAR,
) -> list[Reply]:
    """The emulated model's replies for one phone call, in the order the call asks for them.

    1. the greeting: the first state's first example (the bot speaks first);
    2. after the caller's first turn: a move along the first state's first transition to
       another state (none when all of them are exits: a move to ``end`` or a transfer
       target ends the call, and nothing would be left to barge into);
    3. after the tool result (or the caller's first turn, with no move): a long reply for
       the caller to barge into — ``long_reply``, else the new state's example followed by
       the examples of the states after it —
       said over until it lasts ``min_long_ms`` at ``ms_per_char`` (a small prompt's one
       example ended before a caller barging in a second into it was heard);
    4. after the barge-in: ``short_reply``.
    """
    prompt = as_prompt(prompt, "phone_walk()")
    first = prompt.states[0]
    if not first.transitions:
        raise ValueError(f"the prompt's first state {first.id!r} has no transitions to walk")
    greeting = first.examples[0] if first.examples else "Hello!"
    ids = [st.id for st in prompt.states]
    target = next((t.next_step for t in first.transitions if t.next_step in ids), None)
    if long_reply is None:
        after = prompt.states[ids.index(target) :] if target is not None else prompt.states[1:]
        long_reply = " ".join(ex for st in after for ex in st.examples[:1]) or greeting
    move = [] if target is None else [Reply(tool_calls=[ToolCall(tool, {"next_step": target})])]
    return [
        Reply(text=greeting),
        *move,
        Reply(text=_lasting(long_reply, min_long_ms / ms_per_char)),
        Reply(text=short_reply),
    ]


def _lasting(text: str, chars: float) -> str:
    """``text`` said over (a space between) until it is at least ``chars`` long."""
    said = [text]
    while text.strip() and len(" ".join(said)) < chars:
        said.append(text)
    return " ".join(said)
