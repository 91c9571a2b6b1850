"""Loading and saving: YAML/JSON round trips, the bare state list, heading-style keys, and
one clear message (field + line) for each kind of bad file."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipecat_rt_best.realtime_prompt.lexicon import PronunciationLexicon
from pipecat_rt_best.realtime_prompt.loader import (
    PromptFileError,
    dump_prompt,
    load_prompt,
    loads_prompt,
    save_prompt,
)
from pipecat_rt_best.realtime_prompt.model import (
    ConversationState,
    Personality,
    Pronunciation,
    RealtimePrompt,
    ToolSpec,
    Transition,
)
from pipecat_rt_best.realtime_prompt.render import render_prompt

from .helpers import HINDI_LOAN, TECHNEST

RICH = RealtimePrompt(
    name="rich",
    language="hi",
    spell_out_numbers=False,
    role_objective="Collect the EMI politely.\nNever threaten.",
    personality=Personality(identity="Asha", pacing="slow", communication_nuances="जी"),
    context={"EMI Amount": 12500, "Rate": 9.5, "Options": ["UPI", "NEFT"], "Name": "राहुल"},
    context_verbatim=("Name",),
    context_money_keys=("EMI Amount",),
    pronunciations=(
        Pronunciation("EMI", "ई एम आई"),
        Pronunciation("Sahyog", "sah-yog", alphabet="ipa", phoneme="səɦjoːɡ"),
    ),
    instructions=("One question at a time.", 'Say "जी".'),
    tools=(
        ToolSpec("send_link"),
        ToolSpec(
            "record_ptp",
            description="Record a promise to pay.",
            when="After the date is confirmed.",
            parameters={"type": "object", "properties": {"date": {"type": "string"}}},
        ),
    ),
    safety_escalation=("Transfer on distress.",),
    variety=("Do not repeat the same sentence twice.",),
    sample_phrases=("जी, बिल्कुल।",),
    transfer_targets=("officer",),
    states=(
        ConversationState(
            "1_a",
            "first",
            ("do a",),
            ("say a",),
            (Transition("2_b", "then"), Transition("officer", "if upset")),
        ),
        ConversationState("2_b", "second", ("do b",), (), (Transition("end", ""),)),
    ),
)


@pytest.mark.parametrize("fmt", ["yaml", "json"])
@pytest.mark.parametrize("which", ["technest", "hindi_loan", "rich"])
def test_round_trip(fmt: str, which: str) -> None:
    prompt = {
        "technest": lambda: load_prompt(TECHNEST).prompt,
        "hindi_loan": lambda: load_prompt(HINDI_LOAN).prompt,
        "rich": lambda: RICH,
    }[which]()
    text = dump_prompt(prompt, fmt)
    again = loads_prompt(text, fmt=fmt).prompt
    assert again == prompt
    assert dump_prompt(again, fmt) == text  # stable


def test_save_and_load_files(tmp_path: Path) -> None:
    for name in ("p.yaml", "p.json"):
        save_prompt(RICH, tmp_path / name)
        assert load_prompt(tmp_path / name).prompt == RICH
    assert (tmp_path / "p.json").read_text(encoding="utf-8").lstrip().startswith("{")


def test_bare_state_list_round_trips_and_is_marked() -> None:
    text = '[{"id": "a", "instructions": ["x"], "transitions": [{"next_step": "end"}]}]'
    loaded = loads_prompt(text, fmt="json")
    assert loaded.prompt.states_only and loaded.prompt.state_ids == ["a"]
    assert loads_prompt(dump_prompt(loaded.prompt, "yaml")).prompt == loaded.prompt


def test_markdown_headings_work_as_keys() -> None:
    text = """
Personality and Tone:
  Identity: Riya
  Level of Enthusiasm: calm
  Other Details: none
Reference Pronunciations: {TechNest: Tek Nest}
Overall Instructions: [Be brief.]
Conversation States:
  - {id: a, instructions: [x], transitions: [{next_step: end, condition: done}]}
"""
    prompt = loads_prompt(text).prompt
    assert prompt.personality == Personality(
        identity="Riya", enthusiasm="calm", other_details="none"
    )
    assert prompt.pronunciations == (Pronunciation("TechNest", "Tek Nest"),)
    assert prompt.instructions == ("Be brief.",) and prompt.state_ids == ["a"]


def test_lines_are_kept_for_every_field() -> None:
    loaded = load_prompt(TECHNEST)
    lines = TECHNEST.read_text(encoding="utf-8").splitlines()
    where = loaded.lines[("states", 2, "transitions", 1, "next_step")]
    assert lines[where - 1].strip() == "- next_step: 6_escalate"
    assert lines[loaded.lines[("context", "Router model")] - 1].strip().startswith("Router model:")
    assert loaded.line_of(("states", 2, "no_such_field")) == loaded.lines[("states", 2)]


CONTEXT_STATES = (
    "states:\n  - {id: a, instructions: [x], transitions: [{next_step: end, condition: done}]}\n"
)


def test_yaml_keeps_times_codes_and_dates_as_written_and_numbers_as_numbers() -> None:
    # YAML 1.1 would read 10:30 as 630 (base 60), 022 as 18 (octal), 2024-08-15 as a date
    text = (
        "context:\n  Opens: 10:30\n  STD Code: 022\n  Due: 2024-08-15\n  Hex: 0x1F\n"
        "  EMI: 12500\n  Rate: 9.5\n  Debt: -300\n  Quoted: '10:30'\n" + CONTEXT_STATES
    )
    context = loads_prompt(text).prompt.context
    assert context == {
        "Opens": "10:30",
        "STD Code": "022",
        "Due": "2024-08-15",
        "Hex": "0x1F",
        "EMI": 12500,
        "Rate": 9.5,
        "Debt": -300,
        "Quoted": "10:30",
    }


def test_yaml_keys_are_kept_as_written() -> None:
    # YAML 1.1 would read these keys as True, False, 18, 630 and a date
    text = (
        "context:\n  On: Saturdays\n  on: Sundays\n  022: Mumbai STD code\n  10:30: opening\n"
        "  2024-08-15: holiday\n  12500: a number\npronunciations:\n  NO: number\n  Yes: yeah\n"
        + CONTEXT_STATES
    )
    prompt = loads_prompt(text).prompt
    assert list(prompt.context) == ["On", "on", "022", "10:30", "2024-08-15", "12500"]
    assert [p.term for p in prompt.pronunciations] == ["NO", "Yes"]


def test_json_values_are_jsons_with_their_lines() -> None:
    # 1e5 is a number to JSON, text to YAML 1.1 (whose composer gives the lines)
    text = (
        '{"context": {"Loan": 1e5,\n "Rate": 1E-2, "Code": "022"},\n "states": [{"id": "a",'
        ' "instructions": ["x"], "transitions": [{"next_step": "end", "condition": "done"}]}]}'
    )
    loaded = loads_prompt(text, fmt="json")
    assert loaded.prompt.context == {"Loan": 100000.0, "Rate": 0.01, "Code": "022"}
    assert loaded.lines[("context", "Rate")] == 2 and loaded.lines[("states", 0)] == 3


def test_a_language_may_be_given_by_its_english_name() -> None:
    prompt = loads_prompt("language: Hindi\ncontext: {EMI: 4500}\n" + CONTEXT_STATES).prompt
    assert prompt.language == "Hindi"  # kept as written; read as hi
    assert "- EMI: चार हज़ार पाँच सौ" in render_prompt(prompt)


def test_a_phoneme_alphabet_is_read_in_any_case_and_the_lexicon_takes_it() -> None:
    text = "pronunciations:\n  Sahyog: {spoken: sah-yog, alphabet: IPA, phoneme: səɦjoːɡ}\n"
    prompt = loads_prompt(text + CONTEXT_STATES).prompt
    assert prompt.pronunciations == (Pronunciation("Sahyog", "sah-yog", "ipa", "səɦjoːɡ"),)
    assert PronunciationLexicon(prompt).entries[0].alphabet == "ipa"


# -- bad files: one line, naming the field and the line --------------------------------

BAD_FILES = [
    # (text, fmt, line, words the message must contain)
    ("states:\n  - id: a\n    transitions: [{next_step: b}\n", "yaml", 4, ["YAML syntax error"]),
    ("personality:\n  identity: x\n   tone: y\n", "yaml", 3, ["YAML syntax error"]),
    (
        "states:\n  - id: a\n    instructions: do it\n",
        "yaml",
        3,
        ["states[0].instructions", "state 'a'", "expected a list of strings, got a string"],
    ),
    (
        "states:\n  - id: a\n    transitions:\n      - next_step: [b, c]\n",
        "yaml",
        4,
        ["states[0].transitions[0].next_step", "expected a string, got a list"],
    ),
    (
        "states:\n  - id: a\n    transitions:\n      - condition: later\n",
        "yaml",
        4,
        ["states[0].transitions[0]", "missing key 'next_step'"],
    ),
    ("states:\n  - description: no id\n", "yaml", 2, ["states[0]", "missing key 'id'"]),
    (
        "states:\n  - id: a\n    examples: [Yes]\n",
        "yaml",
        3,
        ["states[0].examples[0]", "got a boolean (true)", "quote the text"],
    ),
    (
        "states:\n  - id: a\n    exmaples: [x]\n",
        "yaml",
        3,
        ["states[0].exmaples (state 'a'): unknown key 'exmaples'", "did you mean 'examples'"],
    ),
    ("context: [a, b]\n", "yaml", 1, ["context", "expected a mapping"]),
    ("context:\n  Plan:\n    speed: 100\n", "yaml", 2, ["context.Plan", "got a mapping"]),
    ("spell_out_numbers: maybe\n", "yaml", 1, ["spell_out_numbers", "expected true or false"]),
    (
        "personality:\n  identty: x\n",
        "yaml",
        2,
        ["unknown key 'identty'", "did you mean 'identity'"],
    ),
    (
        "instructions: [a]\ninstructions: [b]\n",
        "yaml",
        2,
        ["duplicate key 'instructions'", "line 1"],
    ),
    (
        "instructions: [a]\nOverall Instructions: [b]\n",
        "yaml",
        2,
        ["'instructions' is given twice"],
    ),
    (
        "pronunciations:\n  X: {spoken: x, phoneme: eks}\n",
        "yaml",
        2,
        ["pronunciations.X", "needs both 'alphabet' and 'phoneme'"],
    ),
    ("42\n", "yaml", 1, ["expected a mapping of prompt sections or a list of states"]),
    ("", "yaml", 1, ["the file is empty"]),
    (
        '[\n  {"id": "a",\n   "examples": ["x"],\n  },\n]\n',
        "json",
        3,
        ["trailing comma before '}'"],
    ),
    # a list's, on its own line (Python 3.13's decoder reports it at the comma, 3.11 at "]")
    (
        '{"states": [\n  {"id": "a"},\n  {"id": "b"},\n\n]}',
        "json",
        3,
        ["trailing comma before ']'"],
    ),
    ('{"states": [,]}', "json", 1, ["invalid JSON"]),  # a leading comma is no trailing one
    ('{"states": [\n  {"id": "a"}\n  {"id": "b"}\n]}', "json", 3, ["invalid JSON"]),
    ('{"states": [{"id": 7}]}', "json", 1, ["states[0].id", "expected a string, got an integer"]),
    (
        '{"states": [\n  {"id": "a",\n   "instructions": ["old"],\n   "instructions": ["new"]}\n]}',
        "json",
        4,
        ["duplicate key 'instructions' (first on line 3)"],
    ),
    (
        "name: x\nlanguage: Klingon\n" + CONTEXT_STATES,
        "yaml",
        2,
        ["language: unsupported language 'Klingon'; choose one of hi, en-IN"],
    ),
    ("context: &x\n  a: *x\n", "yaml", 1, ["a YAML alias refers to a node that contains it"]),
    ("context:\n  a: &y [1, *y]\n", "yaml", 2, ["a YAML alias refers to a node that contains it"]),
    (
        'pronunciations:\n  TechNest: Tek Nest\n  Wi-Fi: ""\n' + CONTEXT_STATES,
        "yaml",
        3,
        ["pronunciations.Wi-Fi: needs a spoken alias or a phoneme"],
    ),
    (
        "pronunciations:\n  - {term: Sahyog, spoken: x, alphabet: ipaa, phoneme: səɦjoːɡ}\n"
        + CONTEXT_STATES,
        "yaml",
        2,
        ["pronunciations[0]: phoneme alphabet must be one of ['ipa', 'sapi', 'ups', 'x-sampa']"],
    ),
]


@pytest.mark.parametrize(("text", "fmt", "line", "words"), BAD_FILES)
def test_bad_files_give_one_clear_message(text: str, fmt: str, line: int, words: list[str]) -> None:
    with pytest.raises(PromptFileError) as info:
        loads_prompt(text, fmt=fmt, source=f"bad.{fmt}")
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"bad.{fmt}:{line}: "), message
    for word in words:
        assert word in message, message
    assert info.value.line == line


def test_a_json_key_given_twice_is_an_error_even_where_yaml_cannot_give_its_line() -> None:
    # PyYAML refuses a surrogate-pair escape (json.dumps' ensure_ascii emoji): no lines
    text = '{"name": "a \\ud83d\\ude00",\n "name": "b",\n "states": []}'
    unique = text.replace('"name": "b"', '"language": "hi"')
    assert loads_prompt(unique, fmt="json").prompt.language == "hi"  # read, without lines
    with pytest.raises(PromptFileError) as info:
        loads_prompt(text, fmt="json", source="emoji.json")
    assert str(info.value) == "emoji.json: duplicate key 'name'"


def test_missing_and_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(PromptFileError, match="no such file"):
        load_prompt(tmp_path / "nope.yaml")
    (tmp_path / "latin1.yaml").write_bytes(b"name: caf\xe9\n")
    with pytest.raises(PromptFileError, match="cannot read the file"):
        load_prompt(tmp_path / "latin1.yaml")


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_a_number_python_will_not_convert_is_a_prompt_error_not_a_traceback(fmt: str) -> None:
    # past 4300 digits int() refuses the text (a ValueError, which is no YAML or JSON error)
    huge = "9" * 4400
    if fmt == "yaml":
        text = f"context:\n  Late Fee: {huge}\n" + CONTEXT_STATES
    else:
        text = f'{{"context": {{"Late Fee": {huge}}}, "states": []}}'
    with pytest.raises(PromptFileError, match="4300") as e:
        loads_prompt(text, fmt=fmt, source="p." + fmt)
    if fmt == "yaml":
        assert e.value.line == 2


def test_nested_yaml_aliases_are_refused_before_they_multiply() -> None:
    # "billion laughs": each alias was read as a copy of its own, so 6 levels of 10 aliases
    # (under 400 bytes) built 10^6 values (seconds, ~100 MB), 7 levels 10^7 (~1 GB)
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 7)]
    with pytest.raises(PromptFileError) as info:
        loads_prompt("\n".join(lines) + "\n", source="laughs.yaml")
    message = str(info.value)
    assert message.startswith("laughs.yaml:") and "\n" not in message
    assert "YAML aliases (*name) copy more than 100,000 values" in message


def test_an_alias_shared_by_states_is_read_into_each() -> None:
    text = (
        "states:\n"
        "  - {id: a, instructions: [x], transitions: &out [{next_step: end, condition: done}]}\n"
        "  - {id: b, instructions: [y], transitions: *out}\n"
    )
    a, b = loads_prompt(text).prompt.states
    assert a.transitions == b.transitions == (Transition("end", "done"),)


def test_a_loaded_prompt_shows_as_one_line() -> None:
    # a cell ending in load_prompt(...) showed ~13 KB: the whole prompt and every field's line
    loaded = load_prompt(HINDI_LOAN)
    text = repr(loaded)
    assert len(text) < 250, text[:500]
    assert text == (
        f"LoadedPrompt('Sahyog Finance EMI reminder (Hindi)' from {str(HINDI_LOAN)!r}, hi, "
        f"8 states, 3 tools, {len(loaded.lines)} field lines)"
    )
    bare = repr(loads_prompt("states: []\n"))
    assert bare.startswith("LoadedPrompt(unnamed prompt, en-IN, 0 states, 0 tools, "), bare
