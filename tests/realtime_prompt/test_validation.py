"""Every validation rule, each shown firing on a mutation of the TechNest example (with the
section, state id and file line it names), and the examples validating clean."""

from __future__ import annotations

from typing import Any

import pytest

from pipecat_rt_best.realtime_prompt.loader import load_prompt, loads_prompt
from pipecat_rt_best.realtime_prompt.model import ConversationState, RealtimePrompt, Transition
from pipecat_rt_best.realtime_prompt.validation import (
    Issue,
    estimate_tokens,
    mentioned_tools,
    validate_prompt,
)

from .helpers import HINDI_LOAN, TECHNEST, line_of, mutated, state


def _only(issues: list[Issue], code: str) -> Issue:
    found = [i for i in issues if i.code == code]
    assert len(found) == 1, (code, [str(i) for i in issues])
    return found[0]


@pytest.mark.parametrize("path", [TECHNEST, HINDI_LOAN], ids=["technest", "hindi_loan"])
def test_the_examples_validate_clean(path: Any) -> None:
    report = validate_prompt(load_prompt(path))
    assert report.issues == [], report.format()
    assert report.ok
    assert len(load_prompt(path).prompt.states) == 8


# -- the acceptance mutations ---------------------------------------------------------


def test_dangling_next_step_names_state_line_and_suggests_the_near_miss() -> None:
    def change(d: dict[str, Any]) -> None:
        state(d, "3_verify_phone")["transitions"][0]["next_step"] = "4_colect_issue"

    loaded, text = mutated(change)
    report = validate_prompt(loaded)
    issue = _only(report.issues, "dangling-next-step")
    assert issue.severity == "error"
    assert issue.section == "Conversation States" and issue.state_id == "3_verify_phone"
    assert issue.line == line_of(text, "next_step: 4_colect_issue")
    assert "'4_colect_issue' names no state" in issue.message
    assert "did you mean '4_collect_issue'?" in issue.message
    # the only way into 4_collect_issue is gone, and with it the way to 5 and 7
    assert [i.code for i in report.errors].count("dangling-next-step") == 1
    unreachable = [i.state_id for i in report.errors if i.code == "unreachable-state"]
    assert unreachable == ["4_collect_issue", "5_troubleshoot", "7_confirm_resolution"]
    assert len(report.errors) == 4
    formatted = issue.format("technest.yaml")
    assert formatted.startswith(f"technest.yaml:{issue.line}: error [dangling-next-step] ")
    assert "state '3_verify_phone' (states[2].transitions[0].next_step)" in formatted


def test_duplicate_state_id() -> None:
    def change(d: dict[str, Any]) -> None:
        copy = dict(state(d, "8_close"), description="Say goodbye again.")
        d["states"].append(copy)

    loaded, text = mutated(change)
    report = validate_prompt(loaded)
    assert [i.code for i in report.errors] == ["duplicate-state-id"]
    issue = report.errors[0]
    assert issue.state_id == "8_close" and issue.path == ("states", 8, "id")
    assert "also used by states[7]" in issue.message
    assert issue.line == text.splitlines().index("- id: 8_close", line_of(text, "id: 8_close")) + 1


def _flow(*states: tuple[str, list[str]]) -> str:
    import json

    return json.dumps(
        {
            "personality": {"identity": "x"},
            "context": {"Bank": "Acme"},
            "instructions": ["i"],
            "states": [
                {
                    "id": sid,
                    "description": "d",
                    "instructions": ["i"],
                    "examples": ["e"],
                    "transitions": [{"next_step": n, "condition": "c"} for n in nxt],
                }
                for sid, nxt in states
            ],
        },
        ensure_ascii=False,
    )


def test_ids_differing_only_in_case_are_duplicates() -> None:
    text = _flow(
        ("1_greeting", ["2_verify", "2_Verify"]), ("2_verify", ["end"]), ("2_Verify", ["end"])
    )
    report = validate_prompt(loads_prompt(text, fmt="json"))
    issue = _only(report.issues, "duplicate-state-id")
    assert issue.state_id == "2_Verify" and issue.path == ("states", 2, "id")
    assert "used, as '2_verify', by states[1]" in issue.message
    assert "differ only in case" in issue.message
    assert report.codes() == ["duplicate-state-id"]  # no dangling or unreachable on top


def test_ids_and_next_steps_compare_after_nfc_and_without_edge_whitespace() -> None:
    from pipecat_rt_best.realtime_prompt import ConversationStateTracker

    pre, dec = "\u095e", "\u092b\u093c"  # फ़ precomposed / फ + nukta (NFC)
    # a nukta letter typed either way is one name (before: "did you mean '2_फ़ोन'?")
    nukta = loads_prompt(_flow(("1_greeting", [f"2_{pre}ोन"]), (f"2_{dec}ोन", ["end"])), fmt="json")
    assert validate_prompt(nukta).issues == []
    # an id padded like its transition (a sheet's export) is the id the model reads: the
    # tracker must accept it (before: validated clean, then every move was refused)
    padded = loads_prompt(
        _flow(("1_greeting", ["2_get_name "]), ("2_get_name ", [" end"])), fmt="json"
    )
    assert validate_prompt(padded).issues == []
    assert padded.prompt.state_ids == ["1_greeting", "2_get_name"]
    tracker = ConversationStateTracker.from_prompt(padded)
    assert tracker.request("2_get_name").current == "2_get_name"
    # one side padded: no dangling next_step with a hint that looks like the input
    one_side = loads_prompt(
        _flow(("1_greeting", ["2_get_name"]), ("2_get_name\t", ["end"])), fmt="json"
    )
    assert validate_prompt(one_side).issues == []
    # a prompt built in code, and the model's request, are compared the same way
    built = RealtimePrompt(
        states=(
            ConversationState(f"1_{pre}", transitions=(Transition(f" 2_{dec}", "c"),)),
            ConversationState(f"2_{pre}", transitions=(Transition("end", "c"),)),
        ),
        states_only=True,
    )
    graph = {"dangling-next-step", "unreachable-state", "trap-state", "duplicate-state-id"}
    assert not graph & set(validate_prompt(built).codes())
    assert ConversationStateTracker.from_prompt(built).request(f"2_{pre}").accepted


def test_a_hint_that_looks_like_the_input_says_what_differs() -> None:
    zwj = "2_get\u200d_name"  # a zero-width joiner pasted into the next_step
    report = validate_prompt(
        loads_prompt(_flow(("1_greeting", [zwj]), ("2_get_name", ["end"])), fmt="json")
    )
    issue = next(i for i in report.issues if i.code == "dangling-next-step")
    assert issue.message.endswith(
        "did you mean '2_get_name'? (they look alike but differ in U+200D)"
    ), issue.message


@pytest.mark.parametrize("first", ["", "end", "agent"], ids=["empty", "end", "transfer"])
def test_a_bad_first_state_id_is_one_error_not_one_per_state(first: str) -> None:
    doc = _flow((first, ["2_b"]), ("2_b", ["3_c"]), ("3_c", ["end"]))
    doc = doc.replace('"states"', '"transfer_targets": ["agent"], "states"', 1)
    report = validate_prompt(loads_prompt(doc, fmt="json"))
    assert len(report.errors) == 1, report.format()
    assert report.errors[0].code in ("empty-state-id", "reserved-state-id")
    # a state its transitions do not lead to is still unreachable
    doc = _flow((first, ["2_b"]), ("2_b", ["end"]), ("3_c", ["end"]))
    doc = doc.replace('"states"', '"transfer_targets": ["agent"], "states"', 1)
    report = validate_prompt(loads_prompt(doc, fmt="json"))
    issue = _only(report.issues, "unreachable-state")
    assert issue.state_id == "3_c" and "from the first state states[0]" in issue.message


def test_a_state_named_end_is_one_error_not_a_chain_of_traps() -> None:
    def change(d: dict[str, Any]) -> None:
        state(d, "8_close")["id"] = "end"
        for st in d["states"]:
            for tr in st.get("transitions", []):
                if tr["next_step"] == "8_close":
                    tr["next_step"] = "end"

    loaded, text = mutated(change)
    report = validate_prompt(loaded)
    assert [(i.code, i.state_id) for i in report.errors] == [("reserved-state-id", "end")]
    issue = report.errors[0]
    assert "'end' is reserved for the exit that ends the call" in issue.message
    assert issue.path == ("states", 7, "id") and issue.line == line_of(text, "id: end")


@pytest.mark.parametrize(
    ("exit_", "lost"),
    [
        (
            "human_agent",
            "is also a transfer target: a transition to it would enter this state, "
            "so the transfer would never happen",
        ),
        (
            "create_ticket",
            "is also a tool: a transition to it would enter this state, "
            "so the tool would never be called",
        ),
        ("send_sms", "is also a tool"),  # a session tool the file does not declare
    ],
    ids=["transfer_target", "tool", "session_tool"],
)
def test_a_state_named_like_an_exit_is_an_error(exit_: str, lost: str) -> None:
    def change(d: dict[str, Any]) -> None:
        state(d, "6_escalate")["transitions"].append({"next_step": exit_, "condition": "Now."})
        d["states"].append(
            {
                "id": exit_,
                "description": "Hand over.",
                "instructions": ["Say you are handing over."],
                "examples": ["One moment."],
                "transitions": [{"next_step": "end", "condition": "After saying so."}],
            }
        )

    loaded, text = mutated(change)
    report = validate_prompt(loaded, session_tools=[*loaded.prompt.tool_names, "send_sms"])
    assert [(i.code, i.state_id) for i in report.errors] == [("reserved-state-id", exit_)]
    issue = report.errors[0]
    assert f"id {exit_!r} {lost}" in issue.message and issue.message.endswith("rename the state")
    assert issue.line == line_of(text, f"id: {exit_}")


def test_unreachable_state() -> None:
    def change(d: dict[str, Any]) -> None:
        d["states"].append(
            {
                "id": "9_survey",
                "description": "Offer a survey.",
                "instructions": ["Ask for a rating from one to five."],
                "examples": ["Would you rate this call?"],
                "transitions": [{"next_step": "end", "condition": "Once rated."}],
            }
        )

    loaded, text = mutated(change)
    report = validate_prompt(loaded)
    assert [i.code for i in report.errors] == ["unreachable-state"]
    issue = report.errors[0]
    assert issue.state_id == "9_survey" and issue.line == line_of(text, "id: 9_survey")
    assert "from the first state '1_greeting'" in issue.message


def test_trap_state_loop_with_no_way_out() -> None:
    def change(d: dict[str, Any]) -> None:
        state(d, "5_troubleshoot")["transitions"].append(
            {"next_step": "9_hold", "condition": "If the caller must fetch the router."}
        )
        d["states"].append(
            {
                "id": "9_hold",
                "description": "Wait for the caller.",
                "instructions": ["Wait quietly."],
                "examples": ["Take your time."],
                "transitions": [{"next_step": "9_hold", "condition": "While waiting."}],
            }
        )

    loaded, _ = mutated(change)
    report = validate_prompt(loaded)
    assert [i.code for i in report.errors] == ["trap-state"]
    issue = report.errors[0]
    assert issue.state_id == "9_hold"
    assert "no path from here reaches an end" in issue.message and "'9_hold'" in issue.message


def test_trap_state_without_transitions() -> None:
    def change(d: dict[str, Any]) -> None:
        state(d, "8_close")["transitions"] = []

    loaded, _ = mutated(change)
    report = validate_prompt(loaded)
    # every other state still reaches the human_agent transfer through 6_escalate
    assert [(i.code, i.state_id) for i in report.errors] == [("trap-state", "8_close")]
    assert "has no transitions" in report.errors[0].message


# -- the other rules ------------------------------------------------------------------


def test_empty_state_id() -> None:
    loaded, _ = mutated(lambda d: state(d, "8_close").update(id=""))
    codes = [i.code for i in validate_prompt(loaded).errors]
    assert "empty-state-id" in codes


def test_missing_instructions_is_an_error() -> None:
    loaded, text = mutated(lambda d: state(d, "2_get_name").update(instructions=[]))
    issue = _only(validate_prompt(loaded).issues, "missing-instructions")
    assert issue.severity == "error" and issue.state_id == "2_get_name"
    assert issue.line == line_of(text, "instructions: []")


def test_missing_examples_is_a_warning() -> None:
    loaded, _ = mutated(lambda d: state(d, "2_get_name").pop("examples"))
    report = validate_prompt(loaded)
    issue = _only(report.issues, "missing-examples")
    assert issue.severity == "warning" and issue.state_id == "2_get_name"
    assert report.ok  # warnings do not fail


def test_missing_description_and_condition_are_warnings() -> None:
    def change(d: dict[str, Any]) -> None:
        state(d, "4_collect_issue")["description"] = ""
        del state(d, "7_confirm_resolution")["transitions"][1]["condition"]

    loaded, _ = mutated(change)
    report = validate_prompt(loaded)
    assert _only(report.warnings, "missing-description").state_id == "4_collect_issue"
    cond = _only(report.warnings, "missing-condition")
    assert cond.state_id == "7_confirm_resolution" and "'5_troubleshoot'" in cond.message
    assert report.ok


@pytest.mark.parametrize(
    ("key", "title"),
    [
        ("personality", "Personality and Tone"),
        ("context", "Context"),
        ("instructions", "Overall Instructions"),
        ("states", "Conversation States"),
    ],
)
def test_required_sections(key: str, title: str) -> None:
    loaded, _ = mutated(lambda d: d.pop(key))
    issue = _only(validate_prompt(loaded).errors, "missing-section")
    assert issue.section == title


def test_required_sections_are_configurable_and_empty_counts_as_missing() -> None:
    loaded, _ = mutated(lambda d: d.update(context={}))
    assert "missing-section" in validate_prompt(loaded).codes()
    relaxed = validate_prompt(loaded, required_sections=("personality", "instructions", "states"))
    assert "missing-section" not in relaxed.codes()


def test_digits_left_in_context_suggest_the_spelled_form() -> None:
    loaded, text = mutated(lambda d: d.update(spell_out_numbers=False))
    report = validate_prompt(loaded)
    issues = [i for i in report.issues if i.code == "digits-in-context"]
    assert {i.path[-1] for i in issues} == {
        "Support hours",
        "Service plans",
        "Ticket response time",
    }
    hours = next(i for i in issues if i.path[-1] == "Support hours")
    assert hours.severity == "warning" and hours.section == "Context"
    assert "'Monday to Saturday, 9 AM to 9 PM'" in hours.message
    assert "nine AM to nine PM" in hours.message  # the suggestion, by the number normalizer
    assert hours.line == line_of(text, "Support hours:")


def test_digits_the_normalizer_cannot_spell_are_flagged_unless_verbatim() -> None:
    def add_code(d: dict[str, Any]) -> None:
        d["context"]["Promo code"] = (
            "NEST-١٢٣"  # Arabic-Indic digits: no Indian language reads them
        )

    loaded, _ = mutated(add_code)
    issue = _only(validate_prompt(loaded).issues, "digits-in-context")
    assert "context_verbatim" in issue.message

    def add_verbatim(d: dict[str, Any]) -> None:
        add_code(d)
        d["context_verbatim"].append("Promo code")

    loaded, _ = mutated(add_verbatim)
    assert "digits-in-context" not in validate_prompt(loaded).codes()


def test_a_money_or_verbatim_key_that_is_no_context_key_is_an_error() -> None:
    # one slip of case and the amount loses its rupees, the link is spelled out
    text = (
        "language: hi\ncontext_money_keys: [EMI amount]\ncontext_verbatim:\n  - Payment link\n"
        "  - Support Email\npersonality: {identity: x}\ninstructions: [x]\n"
        "context:\n  EMI Amount: 12500\n  Payment Link: https://pay.sahyog.in/r/2024/9001\n"
        "  Support Email: help@sahyog.in\n"
        "states:\n  - {id: a, description: d, instructions: [i], examples: [e],"
        " transitions: [{next_step: end, condition: c}]}\n"
    )
    report = validate_prompt(loads_prompt(text, source="loan.yaml"))
    money, verbatim = (i for i in report.issues if i.code == "unknown-context-key")
    assert money.severity == verbatim.severity == "error" and money.line == 2
    assert money.message == (
        "context_money_keys names 'EMI amount', which is no Context key: the amount it means "
        "is not read as rupees (Context keys: 'EMI Amount', 'Payment Link', 'Support Email'); "
        "did you mean 'EMI Amount'?"
    )
    assert verbatim.line == 4 and verbatim.path == ("context_verbatim", 0)
    assert "'Payment link'" in verbatim.message and "did you mean 'Payment Link'?" in (
        verbatim.message
    )
    assert report.codes().count("unknown-context-key") == 2  # 'Support Email' is a key


def test_unused_pronunciation() -> None:
    loaded, text = mutated(lambda d: d["pronunciations"].update(Zyxel="zy-sel"))
    issue = _only(validate_prompt(loaded).issues, "unused-pronunciation")
    assert issue.severity == "warning" and issue.section == "Reference Pronunciations"
    assert issue.line == line_of(text, "Zyxel:")


def test_pronunciations_that_differ_only_in_case_are_reported() -> None:
    # "TechNest" and "technest" validated clean, though both lexicons find either term in
    # any case and said different things for it
    loaded, text = mutated(lambda d: d["pronunciations"].update(technest="tech nest"))
    issue = _only(validate_prompt(loaded).issues, "duplicate-pronunciation")
    assert issue.severity == "warning" and issue.section == "Reference Pronunciations"
    assert issue.line == line_of(text, "technest:")
    assert "'technest' is listed also as 'TechNest'" in issue.message
    assert "'Tek Nest'" in issue.message  # what the voice says: the first
    listed = loads_prompt(
        "personality: {identity: TechNest support}\n"
        "pronunciations:\n"
        "  - {term: NestBox, spoken: Nest Box}\n"
        "  - {term: NestBox, spoken: Nest-Box}\n",
        source="listed.yaml",
    )
    issue = _only(validate_prompt(listed).issues, "duplicate-pronunciation")
    assert "'NestBox' is listed twice" in issue.message and issue.line == 4


def test_tool_mentioned_but_not_in_the_session() -> None:
    def change(d: dict[str, Any]) -> None:
        state(d, "5_troubleshoot")["instructions"].append("Call the reset_router tool if asked.")

    loaded, text = mutated(change)
    issue = _only(validate_prompt(loaded).issues, "undeclared-tool")
    assert issue.severity == "error" and issue.state_id == "5_troubleshoot"
    assert "'reset_router'" in issue.message and issue.line == line_of(text, "reset_router")


def test_words_after_use_are_a_warning_unless_they_look_like_a_tool() -> None:
    # everyday bank words after "use"/"using"/"call" are no tools: a warning at most, and
    # the controller (so phone_call) still takes the prompt
    from dataclasses import replace

    from pipecat_rt_best.realtime_prompt import ConversationStateController

    loaded = load_prompt(HINDI_LOAN)
    extra = (
        "If the customer wants to pay now, they can also use iMobile or mPIN-based UPI.",
        "Customers using eKYC need no branch visit.",
        "Use the customer_name from Context when you greet.",  # the Context key 'Customer Name'
        "Ask for a UPI_ID only if they want to pay by UPI; use UPI_ID as they spell it.",
    )
    p = replace(loaded.prompt, instructions=(*loaded.prompt.instructions, *extra))
    report = validate_prompt(p)
    assert report.ok, report.format()
    warned = [i.message.split("'")[1] for i in report.issues if i.code == "possible-tool"]
    assert warned == ["iMobile", "eKYC", "UPI_ID"], report.format()
    assert all(i.severity == "warning" for i in report.issues)
    ConversationStateController(p)
    # a snake_case name after use/call, or a near-miss of a session tool, is an error
    for text, hint in (
        ("Use lookup_balance to read the dues.", ""),
        ("Call fetch_dues first.", ""),
        ("If they agree, use sendPaymentLink.", "; did you mean 'send_payment_link'?"),
    ):
        q = replace(loaded.prompt, instructions=(*loaded.prompt.instructions, text))
        issue = _only(validate_prompt(q).issues, "undeclared-tool")
        assert issue.severity == "error" and issue.message.endswith(f"verify_borrower){hint}"), (
            issue
        )


@pytest.mark.parametrize(
    "wording",
    [
        "लिंक भेजने के लिए send_paymnt_link टूल को कॉल करें।",
        "लिंक भेजने के लिए send_paymnt_link \u095eंक्शन चलाएँ।",  # फ़ precomposed (U+095E)
        "लिंक भेजने के लिए send_paymnt_link फ\u093cंक्शन चलाएँ।",  # फ + nukta
        "लिंक भेजने के लिए send_paymnt_link फंक्शन चलाएँ।",
        "लिंक भेजने के लिए `send_paymnt_link` को कॉल करें।",
        "লিঙ্ক পাঠাতে send_paymnt_link টুল ব্যবহার করুন।",  # Bengali
    ],
    ids=["tool-call", "function-U+095E", "function-nukta", "function", "call", "bn-tool"],
)
def test_a_misspelt_tool_in_indic_wording_is_an_error(wording: str) -> None:
    from dataclasses import replace

    p = load_prompt(HINDI_LOAN).prompt
    i = p.state_ids.index("5_payment_link")
    st = replace(p.states[i], instructions=(wording,))
    q = replace(p, states=(*p.states[:i], st, *p.states[i + 1 :]))
    issue = _only(validate_prompt(q).issues, "undeclared-tool")
    assert issue.severity == "error" and issue.state_id == "5_payment_link"
    assert issue.message.endswith("did you mean 'send_payment_link'?"), issue


def test_session_tools_override_the_files_tools() -> None:
    loaded = load_prompt(TECHNEST)
    report = validate_prompt(loaded, session_tools=["verify_customer", "create_ticket"])
    # check_outage is mentioned in the Tools guidance and in state 5
    assert [i.code for i in report.errors] == ["undeclared-tool", "undeclared-tool"]
    assert all("'check_outage'" in i.message for i in report.errors)
    assert report.errors[1].state_id == "5_troubleshoot"


def test_declared_tool_never_mentioned() -> None:
    def change(d: dict[str, Any]) -> None:
        d["tools"].append({"name": "refund_customer", "description": "Refund a payment."})

    loaded, text = mutated(change)
    issue = _only(validate_prompt(loaded).issues, "unused-tool")
    assert issue.severity == "warning" and "'refund_customer'" in issue.message
    assert issue.line == line_of(text, "name: refund_customer")


def test_token_budget_is_configurable() -> None:
    loaded = load_prompt(TECHNEST)
    report = validate_prompt(loaded, token_budget=500)
    issue = _only(report.issues, "token-budget")
    assert issue.severity == "warning" and report.token_estimate > 500
    assert "token-budget" not in validate_prompt(loaded).codes()


def test_errors_come_before_warnings() -> None:
    def change(d: dict[str, Any]) -> None:
        state(d, "1_greeting")["examples"] = []
        state(d, "8_close")["transitions"] = []

    report = validate_prompt(mutated(change)[0])
    severities = [i.severity for i in report.issues]
    assert severities == sorted(severities, key=lambda s: s != "error")
    assert "1 error(s), 1 warning(s)" in report.format()


# -- the published bare state-list format ----------------------------------------------


def test_a_bare_state_list_is_checked_as_a_graph_only() -> None:
    text = """
[
  {"id": "1_greeting", "description": "Greet.", "instructions": ["Greet."],
   "examples": ["Hi!"],
   "transitions": [{"next_step": "2_verify", "condition": "After greeting."}]},
  {"id": "2_verify", "description": "Verify.", "instructions": ["Verify."],
   "examples": ["Your number?"],
   "transitions": [{"next_step": "transferAgents", "condition": "Once verified."}]}
]
"""
    loaded = loads_prompt(text, fmt="json", source="states.json")
    assert loaded.prompt.states_only
    report = validate_prompt(loaded)
    # the seed hands off through a function the list itself does not declare
    assert [i.code for i in report.issues] == ["dangling-next-step"]
    assert report.issues[0].line == 8
    assert validate_prompt(loaded, session_tools=["transferAgents"]).issues == []


# -- helpers ------------------------------------------------------------------------------


def test_tool_mentions() -> None:
    assert mentioned_tools("CALL THE 'authenticate_user_information' TOOL now") == [
        "authenticate_user_information"
    ]
    assert mentioned_tools("route to the agent with the transferAgents function.") == [
        "transferAgents"
    ]
    assert mentioned_tools("Call lookup_order, then answer.") == ["lookup_order"]
    assert mentioned_tools("Call the caller back later; use your judgment.") == []
    assert mentioned_tools("पुष्टि के बाद verify_borrower टूल को कॉल करें") == ["verify_borrower"]
    assert mentioned_tools("तारीख़ मिलने पर record_promise को कॉल करें") == ["record_promise"]
    assert mentioned_tools("send_link टूलों की सूची") == []  # not the word टूल


def test_token_estimate_counts_other_scripts_heavier() -> None:
    assert estimate_tokens("abcd" * 100) == 100
    assert estimate_tokens("नमस्ते" * 10) == 30
    assert validate_prompt(RealtimePrompt()).token_estimate == 0
