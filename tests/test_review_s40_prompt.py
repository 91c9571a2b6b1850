"""Review (session 40, practice 7: the structured realtime prompt): failing cases found by a
helper with its own clone. Each test says what is wrong and what is expected."""

from __future__ import annotations

from typing import Any

import pytest

from pipecat_rt_best.realtime_prompt.loader import PromptFileError, loads_prompt
from pipecat_rt_best.realtime_prompt.render import STATE_TOOL_NAME
from pipecat_rt_best.realtime_prompt.service import ConversationStateController
from pipecat_rt_best.realtime_prompt.validation import PromptValidationError, validate_prompt

from .realtime_prompt.helpers import line_of, mutated

HEAD = (
    "personality:\n  identity: A helpful agent.\n"
    "context:\n  Company: TechNest\n"
    "instructions:\n  - Be brief.\n"
)


def test_a_yaml_merge_key_may_override_what_it_merges() -> None:
    # WRONG: YAML's merge key, the usual way to share a block between states ("<<: *base",
    # then the keys that differ), was refused: "duplicate key 'id' (first on line N)", as if
    # the file named a key twice. EXPECTED: the state's own keys override the merged ones
    # (as yaml.safe_load reads it); a key the mapping itself writes twice stays an error.
    text = HEAD + (
        "states:\n"
        "  - &base\n"
        "    id: 1_greet\n"
        "    description: Greet.\n"
        "    instructions: [Say hello.]\n"
        "    examples: [Hello.]\n"
        "    transitions:\n"
        "      - {next_step: 2_help, condition: After the greeting.}\n"
        "  - <<: *base\n"
        "    id: 2_help\n"
        "    description: Help.\n"
        "    transitions:\n"
        "      - {next_step: end, condition: When done.}\n"
    )
    loaded = loads_prompt(text, source="merge.yaml")
    greet, help_ = loaded.prompt.states
    assert (help_.id, help_.description) == ("2_help", "Help.")
    assert help_.instructions == greet.instructions == ("Say hello.",)  # merged
    assert [t.next_step for t in help_.transitions] == ["end"]  # its own
    assert loaded.lines[("states", 1, "id")] == line_of(text, "id: 2_help")
    assert validate_prompt(loaded).ok
    # a list of mappings: the first one wins a key they share; the node's own keys win all
    listed = loads_prompt(
        "personality:\n"
        "  <<: [{identity: first, task: t1}, {identity: second, tone: calm}]\n"
        "  task: own\n"
    ).prompt.personality
    assert (listed.identity, listed.task, listed.tone) == ("first", "own", "calm")
    # the mapping's own key twice is still the mistake it was
    with pytest.raises(PromptFileError, match="duplicate key 'identity'"):
        loads_prompt("personality:\n  <<: {task: t}\n  identity: a\n  identity: b\n")
    with pytest.raises(PromptFileError, match="merge"):
        loads_prompt("personality:\n  <<: 5\n", source="m.yaml")


@pytest.mark.parametrize(
    ("name", "words"),
    [
        (STATE_TOOL_NAME, "the conversation-state tool"),
        ("verify_customer", "declared twice"),
        ("create ticket", "letters, digits, '_' and '-'"),
        ("", "letters, digits, '_' and '-'"),
    ],
    ids=["the-state-tool", "twice", "a-space", "empty"],
)
def test_a_tool_name_the_session_cannot_hold_is_an_error(name: str, words: str) -> None:
    # WRONG: the prompt's tools were taken by any name: one named like the state tool (the
    # session then had two 'set_conversation_state' tools, and phone_call's tool_handlers,
    # unavailable_tool_handlers(prompt) for one, replaced the state tool's handler: every move
    # answered "not available"), a name declared twice (two definitions, one name), or one
    # that is no function name (a space, empty: the session.update is refused). The prompt
    # validated clean and ConversationStateController took it. EXPECTED: an error naming the
    # tool's line, so the controller (and phone_call) refuses it before the call.
    def change(d: dict[str, Any]) -> None:
        d["tools"].append({"name": name, "description": "x", "when": f"Call {name} if asked."})

    loaded, text = mutated(change)
    report = validate_prompt(loaded, state_tool=STATE_TOOL_NAME)
    errors = [i for i in report.errors if i.code == "bad-tool-name"]
    assert len(errors) == 1, report.format()
    assert words in errors[0].message, errors[0].message
    assert errors[0].path == ("tools", len(loaded.prompt.tools) - 1)
    last_tool = max(n for n, line in enumerate(text.splitlines(), 1) if line.startswith("- name:"))
    assert errors[0].line == last_tool, (errors[0].line, last_tool)
    with pytest.raises(PromptValidationError, match="bad-tool-name"):
        ConversationStateController(loaded)


def test_a_tool_schemas_yes_no_enum_stays_text() -> None:
    # WRONG: YAML 1.1 reads a bare yes/no/on/off as a boolean, so a tool parameter written
    # {type: string, enum: [yes, no]} reached the session as enum [true, false] (what
    # `prompt convert` writes too): the string parameter's only values are booleans, silently.
    # The prompt's text fields refuse such a boolean with a hint. EXPECTED: the same error
    # here, naming the line, as for the text fields.
    text = HEAD + (
        "tools:\n"
        "  - name: record_consent\n"
        "    when: Call record_consent after the caller answers.\n"
        "    parameters:\n"
        "      type: object\n"
        "      properties:\n"
        "        consent: {type: string, enum: [yes, no]}\n"
        "states:\n"
        "  - {id: a, instructions: [x], transitions: [{next_step: end, condition: done}]}\n"
    )
    with pytest.raises(PromptFileError) as info:
        loads_prompt(text, source="consent.yaml")
    message = str(info.value)
    assert message.startswith(f"consent.yaml:{line_of(text, 'enum: [yes, no]')}: "), message
    assert "tools[0].parameters.properties.consent.enum[0]" in message, message
    assert "quote" in message, message
    # quoted, they are the strings the schema means
    quoted = text.replace("[yes, no]", "['yes', 'no']")
    tool = loads_prompt(quoted).prompt.tools[0]
    assert tool.session_tool()["parameters"]["properties"]["consent"]["enum"] == ["yes", "no"]


def test_a_context_key_written_twice_in_two_unicode_forms_is_an_error_not_a_lost_value() -> None:
    # WRONG: Context keys are NFC-normalised after YAML's duplicate-key check, so the same
    # Hindi key typed twice, once with a precomposed nukta letter (U+095B ज़) and once as ज +
    # nukta (pasted from another document), passed that check and the first value was silently
    # dropped: the model read only the second amount. EXPECTED: the duplicate-key error the
    # same key written twice gets, naming the line.
    precomposed, combining = "\u095bुर्माना", "\u091c\u093cुर्माना"  # "जुर्माना" (penalty), two ways
    text = (
        "context:\n"
        f"  {precomposed}: 500\n"
        f"  {combining}: 700\n"
        "states:\n"
        "  - {id: a, instructions: [x], transitions: [{next_step: end, condition: done}]}\n"
    )
    with pytest.raises(PromptFileError) as info:
        loads_prompt(text, source="hi.yaml")
    message = str(info.value)
    assert message.startswith("hi.yaml:3: "), message
    assert "given twice" in message and "line 2" in message, message
