"""Rendering: golden files for the examples, the section order, the states as the seed's
JSON block, number-safe context, the optional guide sections, and the per-state prompt.

Regenerate the golden files after an intended change with
``UPDATE_GOLDEN=1 pytest tests/realtime_prompt/test_render.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import replace

import pytest

from pipecat_rt_best.realtime_prompt.loader import load_prompt
from pipecat_rt_best.realtime_prompt.model import (
    ConversationState,
    Pronunciation,
    RealtimePrompt,
    Transition,
)
from pipecat_rt_best.realtime_prompt.render import (
    STATE_TOOL_NAME,
    render_prompt,
    render_state_prompt,
    spelled_context,
)
from pipecat_rt_best.realtime_prompt.validation import validate_prompt

from .helpers import GOLDEN, HINDI_LOAN, TECHNEST

CASES = {
    "technest.md": lambda: render_prompt(load_prompt(TECHNEST).prompt),
    "hindi_loan_collection.md": lambda: render_prompt(load_prompt(HINDI_LOAN).prompt),
    "technest_state_3_verify_phone.md": lambda: render_state_prompt(
        load_prompt(TECHNEST).prompt, "3_verify_phone"
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(name: str) -> None:
    text = CASES[name]() + "\n"
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def _headings(text: str) -> list[str]:
    return re.findall(r"^# (.+)$", text, flags=re.MULTILINE)


def test_sections_in_the_seed_order_and_states_as_json() -> None:
    prompt = load_prompt(TECHNEST).prompt
    text = render_prompt(prompt)
    assert _headings(text) == [
        "Personality and Tone",
        "Context",
        "Reference Pronunciations",
        "Overall Instructions",
        "Tools",
        "Conversation States",
    ]
    block = text.split("# Conversation States\n", 1)[1]
    assert json.loads(block) == [st.as_json_dict() for st in prompt.states]
    assert list(json.loads(block)[0]) == [
        "id",
        "description",
        "instructions",
        "examples",
        "transitions",
    ]
    subs = re.findall(r"^## (.+)$", text, flags=re.MULTILINE)
    assert subs[:3] == ["Identity", "Task", "Demeanor"] and "Communication Nuances" not in subs


def test_context_numbers_are_spelled_out_in_the_conversation_language() -> None:
    text = render_prompt(load_prompt(HINDI_LOAN).prompt)
    context = text.split("# Context\n", 1)[1].split("\n# ", 1)[0]
    assert "- EMI Amount: बारह हज़ार पाँच सौ रुपये" in context
    assert "- Loan Account Number: नौ शून्य शून्य एक, दो तीन चार पाँच" in context
    assert not re.search(r"\d", context), context


def test_a_pronunciation_term_with_digits_stays_in_the_context_as_the_model_says_it() -> None:
    # "24x7" was spelled out ("चौबीस बाई सात हेल्पलाइन") while the Reference Pronunciations
    # said "24x7" is "चौबीसों घंटे": the prompt contradicted itself
    prompt = RealtimePrompt(
        language="hi",
        context={"Helpline": "24x7 हेल्पलाइन", "Hours": "सुबह 9 बजे से"},
        pronunciations=(Pronunciation("24X7", "चौबीसों घंटे"), Pronunciation("Rs", "रुपये")),
    )
    assert spelled_context(prompt) == {
        "Helpline": "24x7 हेल्पलाइन",  # any case, as the prompt's lexicon finds a term
        "Hours": "सुबह नौ बजे से",
    }
    report = validate_prompt(prompt)
    assert "digits-in-context" not in report.codes(), report.issues


def test_verbatim_keys_and_switching_spelling_off() -> None:
    base = RealtimePrompt(context={"Hours": "9 AM to 6 PM", "Site": "tn2.example"})
    assert "- Hours: nine AM to six PM" in render_prompt(base)
    assert "- Site: tn two.example" in render_prompt(base)  # what the normalizer does to it
    kept = replace(base, context_verbatim=("Site",))
    assert "- Site: tn2.example" in render_prompt(kept)
    off = replace(base, spell_out_numbers=False)
    assert "- Hours: 9 AM to 6 PM" in render_prompt(off)


def test_optional_guide_sections_go_where_the_guide_puts_them() -> None:
    prompt = replace(
        load_prompt(TECHNEST).prompt,
        role_objective="Get callers back online.",
        safety_escalation=("Transfer if the caller mentions a fire or an electric shock.",),
        variety=("Do not repeat the same sentence twice in a row.",),
        sample_phrases=("Let's try one more thing.",),
    )
    assert _headings(render_prompt(prompt)) == [
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


def test_state_tool_instruction() -> None:
    prompt = load_prompt(TECHNEST).prompt
    assert STATE_TOOL_NAME not in render_prompt(prompt)
    text = render_prompt(prompt, state_tool=STATE_TOOL_NAME)
    instructions = text.split("# Overall Instructions\n", 1)[1].split("\n# ", 1)[0]
    assert f"call `{STATE_TOOL_NAME}` with its next_step" in instructions


def test_state_prompt_shows_only_the_current_state_and_its_moves() -> None:
    prompt = load_prompt(TECHNEST).prompt
    text = render_state_prompt(prompt, "6_escalate")
    assert "# Conversation States" not in text
    body = text.split("# Current Conversation State\n", 1)[1].split("\n# ", 1)[0]
    assert json.loads(body.split("\n", 1)[1]) == prompt.state("6_escalate").as_json_dict()
    moves = text.split("# Allowed Next Steps\n", 1)[1]
    assert "`human_agent` when: If the caller wants to speak to an engineer now." in moves
    assert "`8_close` when: If the caller prefers a callback. — Close the call politely." in moves
    assert '"id": "5_troubleshoot"' not in text
    with pytest.raises(KeyError):
        render_state_prompt(prompt, "nope")


def test_bare_state_list_renders_only_the_states() -> None:
    prompt = RealtimePrompt(
        states=(ConversationState("a", transitions=(Transition("end", "done"),)),),
        states_only=True,
        instructions=("ignored",),
    )
    assert _headings(render_prompt(prompt)) == ["Conversation States"]
