"""Render a :class:`~.model.RealtimePrompt` to the markdown a realtime session reads (pure).

The output is deterministic — the same prompt always gives the same text — with the
sections in the seed's order and the optional guide sections where they belong::

    # Role & Objective            (optional)
    # Personality and Tone        ## Identity, ## Task, ... (non-empty sub-sections)
    # Context                     - Key: value (numbers spelled out)
    # Reference Pronunciations    - “term”: spoken
    # Overall Instructions        - ...
    # Tools / # Safety & Escalation / # Variety / # Sample Phrases   (optional)
    # Conversation States         the states as a JSON list (the seed's format)

Context values go through the pack's number normalizer (:mod:`..indic_numbers.prompt`)
in the prompt's language, so the model never reads "4500" where it must say
"चार हज़ार पाँच सौ".
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from pipecat_rt_best.indic_numbers.prompt import spell_out_value
from pipecat_rt_best.realtime_prompt.model import (
    ContextValue,
    ConversationState,
    LoadedPrompt,
    RealtimePrompt,
    as_prompt,
)

__all__ = [
    "STATE_TOOL_NAME",
    "context_lines",
    "render_prompt",
    "render_state_prompt",
    "spelled_context",
    "states_json",
]

STATE_TOOL_NAME = "set_conversation_state"


def _bullets(items: Iterable[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


def _section(title: str, body: str) -> str:
    return f"# {title}\n{body}".rstrip()


def spelled_context(prompt: RealtimePrompt | LoadedPrompt) -> dict[str, ContextValue]:
    """The Context values as the model reads them: numbers spelled out in the prompt's
    language (unless ``spell_out_numbers`` is off), keys in ``context_verbatim`` as written,
    and a pronunciation's term that holds a digit ("24x7") left as written, so the model
    reads it as the Reference Pronunciations say (and as the voice's lexicon says it)."""
    prompt = as_prompt(prompt, "spelled_context()")
    terms = [p.term for p in prompt.pronunciations]
    out: dict[str, ContextValue] = {}
    for key, value in prompt.context.items():
        if not prompt.spell_out_numbers or key in prompt.context_verbatim:
            out[key] = value
            continue
        money = key in prompt.context_money_keys
        if isinstance(value, list):
            out[key] = [
                spell_out_value(v, prompt.language, money=money, context=key, keep_terms=terms)
                for v in value
            ]
        else:
            out[key] = spell_out_value(
                value, prompt.language, money=money, context=key, keep_terms=terms
            )
    return out


def context_lines(prompt: RealtimePrompt | LoadedPrompt) -> str:
    """The Context section's body: ``- Key: value`` lines, lists as nested bullets."""
    lines: list[str] = []
    for key, value in spelled_context(prompt).items():
        if isinstance(value, list):
            lines.append(f"- {key}:")
            lines.extend(f"  - {item}" for item in value)
        else:
            lines.append(f"- {key}: {value}")
    return "\n".join(lines)


def states_json(states: Iterable[ConversationState]) -> str:
    """The states as the seed's JSON list (two-space indent, non-ASCII kept)."""
    return json.dumps([st.as_json_dict() for st in states], indent=2, ensure_ascii=False)


def _tool_line(name: str, text: str) -> str:
    return f"`{name}`: {text}" if text else f"`{name}`"


def _head_sections(prompt: RealtimePrompt, state_tool: str | None) -> list[str]:
    """Every section before the Conversation States."""
    out: list[str] = []
    if prompt.role_objective.strip():
        out.append(_section("Role & Objective", prompt.role_objective.strip()))
    subs = [
        f"## {heading}\n{text.strip()}"
        for _, heading, text in prompt.personality.items()
        if text.strip()
    ]
    if subs:
        out.append(_section("Personality and Tone", "\n\n".join(subs)))
    if prompt.context:
        out.append(_section("Context", context_lines(prompt)))
    if prompt.pronunciations:
        out.append(
            _section(
                "Reference Pronunciations",
                _bullets(f"“{p.term}”: {p.spoken}" for p in prompt.pronunciations),
            )
        )
    instructions = list(prompt.instructions)
    if state_tool:
        instructions.append(
            f"When a transition's condition is met, call `{state_tool}` with its next_step "
            "before you go on; if the call is refused, follow one of the moves it lists."
        )
    if instructions:
        out.append(_section("Overall Instructions", _bullets(instructions)))
    if prompt.tools:
        out.append(
            _section(
                "Tools",
                _bullets(
                    _tool_line(t.name, (t.when or t.description).strip()) for t in prompt.tools
                ),
            )
        )
    for title, items in (
        ("Safety & Escalation", prompt.safety_escalation),
        ("Variety", prompt.variety),
        ("Sample Phrases", prompt.sample_phrases),
    ):
        if items:
            out.append(_section(title, _bullets(items)))
    return out


def render_prompt(prompt: RealtimePrompt | LoadedPrompt, *, state_tool: str | None = None) -> str:
    """The whole prompt as markdown. ``state_tool`` (e.g. :data:`STATE_TOOL_NAME`) adds an
    Overall Instruction telling the model to report transitions with that tool. ``prompt``:
    a :class:`~.model.RealtimePrompt` or what :func:`~.loader.load_prompt` returns."""
    prompt = as_prompt(prompt, "render_prompt()")
    if prompt.states_only:
        return _section("Conversation States", states_json(prompt.states))
    sections = _head_sections(prompt, state_tool)
    if prompt.states:
        sections.append(_section("Conversation States", states_json(prompt.states)))
    return "\n\n".join(sections)


def render_state_prompt(
    prompt: RealtimePrompt | LoadedPrompt,
    state_id: str,
    *,
    state_tool: str | None = STATE_TOOL_NAME,
) -> str:
    """The prompt narrowed to one state: every section but the state list, then the
    current state (as JSON) and the moves out of it with what each target is about."""
    prompt = as_prompt(prompt, "render_state_prompt()")
    current = prompt.state(state_id)
    by_id = {st.id: st for st in prompt.states}
    moves: list[str] = []
    for tr in current.transitions:
        target = by_id.get(tr.next_step)
        about = f" — {target.description}" if target is not None and target.description else ""
        moves.append(f"`{tr.next_step}` when: {tr.condition or 'always'}{about}")
    body = f"You are in the conversation state `{current.id}`. Follow it now.\n" + json.dumps(
        current.as_json_dict(), indent=2, ensure_ascii=False
    )
    sections = _head_sections(prompt, state_tool) if not prompt.states_only else []
    sections.append(_section("Current Conversation State", body))
    if moves:
        sections.append(_section("Allowed Next Steps", _bullets(moves)))
    return "\n\n".join(sections)
