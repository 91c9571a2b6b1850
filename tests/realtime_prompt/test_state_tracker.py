"""The pure state tracker: legal and illegal moves, exits, the refusal text, the tool."""

from __future__ import annotations

import doctest

import pytest

import pipecat_rt_best.realtime_prompt.lexicon as lexicon_module
import pipecat_rt_best.realtime_prompt.state_tracker as tracker_module
from pipecat_rt_best.realtime_prompt.loader import load_prompt, loads_prompt
from pipecat_rt_best.realtime_prompt.state_tracker import (
    TRANSFER_FAILED_INSTRUCTION,
    TRANSFER_TIMEOUT_INSTRUCTION,
    ConversationStateTracker,
    closing_reply_needed,
    exit_tool_result,
    state_tool_definition,
    transfer_failed_instruction,
)
from pipecat_rt_best.realtime_prompt.validation import validate_prompt

from .helpers import TECHNEST


def _tracker() -> ConversationStateTracker:
    return ConversationStateTracker.from_prompt(load_prompt(TECHNEST).prompt)


def test_starts_in_the_first_state_and_follows_legal_moves() -> None:
    t = _tracker()
    assert t.current == "1_greeting" and not t.ended
    for step in (
        "2_get_name",
        "3_verify_phone",
        "4_collect_issue",
        "5_troubleshoot",
        "7_confirm_resolution",
    ):
        r = t.request(step)
        assert r.accepted and r.changed and r.current == step
    assert t.history[-2:] == ["5_troubleshoot", "7_confirm_resolution"]
    back = t.request("5_troubleshoot")  # a loop the graph allows
    assert back.accepted and back.previous == "7_confirm_resolution"


def test_an_illegal_move_is_refused_with_the_allowed_moves() -> None:
    t = _tracker()
    r = t.request("8_close")
    assert not r.accepted and not r.changed and t.current == "1_greeting"
    assert r.message == (
        "'8_close' is not allowed from '1_greeting'. Allowed next steps: '2_get_name' "
        "(Once the greeting is done.). Stay in '1_greeting' until one of their conditions is met."
    )
    tool = r.as_tool_result()
    assert tool["accepted"] is False and tool["current_state"] == "1_greeting"
    assert tool["allowed_next_steps"] == [
        {"next_step": "2_get_name", "condition": "Once the greeting is done."}
    ]
    unknown = t.request("9_sales_pitch")
    assert not unknown.accepted and "is not a state of this conversation" in unknown.message


def test_same_state_is_a_no_op() -> None:
    t = _tracker()
    r = t.request("1_greeting")
    assert r.accepted and not r.changed and t.history == ["1_greeting"]


def test_exits_end_the_conversation() -> None:
    t = _tracker()
    for step in ("2_get_name", "3_verify_phone", "6_escalate"):
        t.request(step)
    r = t.request("human_agent")
    assert r.accepted and r.changed and r.exit == "human_agent" and r.current == "6_escalate"
    assert t.ended and t.allowed() == ()
    assert r.as_tool_result()["exited_to"] == "human_agent"
    after = t.request("8_close")
    assert not after.accepted and "already ended" in after.message
    t.reset()
    assert t.current == "1_greeting" and not t.ended and t.history == ["1_greeting"]
    t.reset("5_troubleshoot")
    assert t.current == "5_troubleshoot"
    with pytest.raises(ValueError):
        t.reset("nope")


def test_construction_checks() -> None:
    with pytest.raises(ValueError, match="at least one state"):
        ConversationStateTracker([])
    prompt = load_prompt(TECHNEST).prompt
    with pytest.raises(ValueError, match="not a state"):
        ConversationStateTracker.from_prompt(prompt, initial="nope")
    assert (
        ConversationStateTracker.from_prompt(prompt, initial="5_troubleshoot").current
        == "5_troubleshoot"
    )


def test_tool_definition_lists_every_target() -> None:
    t = _tracker()
    tool = state_tool_definition(t.targets)
    assert tool["name"] == "set_conversation_state" and tool["type"] == "function"
    enum = tool["parameters"]["properties"]["next_step"]["enum"]
    # the states, then the exits a transition uses (not the tools no transition names)
    assert enum == [*load_prompt(TECHNEST).prompt.state_ids, "end", "human_agent"]
    assert tool["parameters"]["required"] == ["next_step"]


def test_a_move_to_a_session_tool_is_in_the_enum_as_the_tracker_accepts_it() -> None:
    # validate_prompt(..., session_tools=["transferAgents"]) accepts this graph
    text = (
        "- {id: a, description: start, instructions: [x], examples: [hi], transitions: ["
        "{next_step: transferAgents, condition: asks for a human}, {next_step: end, condition: done}]}\n"
    )
    loaded = loads_prompt(text)
    assert validate_prompt(loaded, session_tools=["transferAgents"]).ok
    t = ConversationStateTracker.from_prompt(loaded.prompt, extra_exits=["transferAgents"])
    enum = state_tool_definition(t.targets)["parameters"]["properties"]["next_step"]["enum"]
    assert enum == ["a", "end", "transferAgents"]
    assert t.request("transferAgents").accepted


@pytest.mark.parametrize("module", [tracker_module, lexicon_module])
def test_doc_examples(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.attempted > 0 and result.failed == 0


async def test_controller_answers_a_malformed_call_with_a_refusal() -> None:
    from types import SimpleNamespace
    from typing import Any

    from pipecat_rt_best.realtime_prompt.service import ConversationStateController

    controller = ConversationStateController(load_prompt(TECHNEST).prompt)
    results: list[Any] = []

    async def result_callback(result: Any, **_: Any) -> None:
        results.append(result)

    # a missing or bad next_step; arguments that were not a JSON object at all (pipecat hands
    # them over as they parsed, the pack's service as {"__invalid_arguments__": text}): the
    # non-object ones crashed the handler (AttributeError), answered with a generic failure
    calls = (
        {},
        {"next_step": 3},
        {"next_step": ""},
        "2_get_name",
        ["x"],
        {"__invalid_arguments__": "{"},
    )
    for arguments in calls:
        params = SimpleNamespace(
            arguments=arguments, result_callback=result_callback, llm=None, tool_call_id="c1"
        )
        await controller._on_call(params)  # type: ignore[arg-type]
    assert [r["accepted"] for r in results] == [False] * len(calls)
    assert all(r["message"].startswith("next_step must be the name of a state") for r in results)
    assert all(r["allowed_next_steps"] for r in results)  # the model is told what it may do
    assert controller.current_state == "1_greeting"
    assert controller.function_schema().name == "set_conversation_state"
    assert controller.function_schema().required == ["next_step"]


async def test_a_refused_move_logs_no_free_text_of_the_model_at_info() -> None:
    # the argument is free text the model may fill with what the caller said (a card
    # number): the refusal logged it whole at INFO, where the pack logs no call content
    from types import SimpleNamespace
    from typing import Any

    from loguru import logger

    from pipecat_rt_best.realtime_prompt.service import ConversationStateController

    controller = ConversationStateController(load_prompt(TECHNEST).prompt)

    async def result_callback(result: Any, **_: Any) -> None:
        pass

    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(str(m)), level="INFO", format="{message}")
    try:
        for arguments in (
            {"next_step": "card 4111 1111 1111 1111 cvv 737"},
            {"next_step": "8_close"},
            {},  # no next_step: said so, not "(4 characters)", str(None)'s (the diff review)
        ):
            params = SimpleNamespace(
                arguments=arguments,
                result_callback=result_callback,
                llm=None,
                tool_call_id="c1",
            )
            await controller._on_call(params)  # type: ignore[arg-type]
    finally:
        logger.remove(sink)
    assert [line.split(": ", 1)[1].strip() for line in lines] == [
        "refused move '1_greeting' → no state of this conversation (32 characters)",
        "refused move '1_greeting' → '8_close'",  # a state the prompt names: named
        "refused move '1_greeting' → no next_step (the arguments named no state)",
    ]


# -- a prompt that does not validate is refused, never run --------------------------------

# states[0]'s next_step is a typo of '2_order' (line 17)
NEXT_TYPO = """\
name: Pizza line
language: en-IN
personality:
  identity: You are Tom at Pizza Palace.
  task: Take an order.
context:
  Minimum order: 250 rupees
instructions:
  - Keep it short.
states:
  - id: 1_greet
    description: Greet.
    instructions: [Say hello.]
    examples: [Hello!]
    transitions:
      - condition: After hello.
        next_step: 2_ordr
  - id: 2_order
    description: Take the order.
    instructions: [Ask what they want.]
    examples: [What would you like?]
    transitions:
      - {next_step: end, condition: When done.}
"""


def test_the_controller_refuses_a_prompt_that_does_not_validate() -> None:
    from pipecat_rt_best.realtime_prompt.service import ConversationStateController
    from pipecat_rt_best.realtime_prompt.validation import PromptValidationError

    loaded = loads_prompt(NEXT_TYPO, source="pizza.yaml")
    # it was accepted: '2_ordr' went into the tool's enum, and picking it ended the call
    with pytest.raises(PromptValidationError) as info:
        ConversationStateController(loaded)
    message = str(info.value)
    assert message.startswith("ConversationStateController: the prompt has 2 error(s)")
    assert (
        "pizza.yaml:17: error [dangling-next-step] Conversation States, state '1_greet' "
        "(states[0].transitions[0].next_step): next_step '2_ordr' names no state, 'end', tool "
        "or transfer target; did you mean '2_order'?"
    ) in message
    assert "[unreachable-state]" in message
    assert info.value.report.codes() == validate_prompt(loaded).codes()
    assert isinstance(info.value, ValueError)
    # the bare prompt too (no file lines then)
    with pytest.raises(PromptValidationError, match="did you mean '2_order'"):
        ConversationStateController(loaded.prompt)


def test_controllers_of_one_prompt_object_validate_and_render_it_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import dataclasses
    import gc
    from typing import Any

    import pipecat_rt_best.realtime_prompt.render as render_module
    import pipecat_rt_best.realtime_prompt.service as service
    from pipecat_rt_best.realtime_prompt.render import STATE_TOOL_NAME
    from pipecat_rt_best.realtime_prompt.validation import PromptValidationError

    validated: list[object] = []
    rendered: list[object] = []

    def counting_validate(prompt: Any, **kw: Any) -> Any:
        validated.append(prompt)
        return validate_prompt(prompt, **kw)

    def counting_render(prompt: Any, **kw: Any) -> str:
        rendered.append(prompt)
        return render_module.render_prompt(prompt, **kw)

    monkeypatch.setattr(service, "validate_prompt", counting_validate)
    monkeypatch.setattr(service, "render_prompt", counting_render)
    prompt = load_prompt(TECHNEST).prompt
    first = service.ConversationStateController(prompt)
    second = service.ConversationStateController(prompt)  # the next call, same prompt
    assert validated == [prompt]
    assert (
        first.instructions()
        == second.instructions()
        == render_module.render_prompt(prompt, state_tool=STATE_TOOL_NAME)
    )
    assert rendered == [prompt]
    # a changed copy is another prompt: checked and rendered on its own
    changed = dataclasses.replace(prompt, name="changed")
    service.ConversationStateController(changed).instructions()
    assert validated == [prompt, changed] and rendered == [prompt, changed]
    # a prompt that does not validate is refused every time
    broken = loads_prompt(NEXT_TYPO).prompt
    for _ in range(2):
        with pytest.raises(PromptValidationError, match="did you mean '2_order'"):
            service.ConversationStateController(broken)
    assert validated.count(broken) == 1
    # the values go with the prompt object
    assert id(changed) in service._per_prompt._by_id
    del validated[:], rendered[:], first, second, changed, broken
    gc.collect()
    assert all(ref() is not None for ref, _ in service._per_prompt._by_id.values())
    assert id(prompt) in service._per_prompt._by_id


def test_a_tracker_never_takes_a_typo_for_an_exit() -> None:
    prompt = loads_prompt(NEXT_TYPO).prompt
    with pytest.raises(ValueError) as info:
        ConversationStateTracker.from_prompt(prompt)
    assert str(info.value).startswith(
        "transitions to names that are neither a state nor an exit: "
        "state '1_greet' → '2_ordr' (did you mean '2_order'?). Exits: end"
    )


def test_a_name_that_is_neither_a_state_nor_an_exit_is_refused_not_exited() -> None:
    from pipecat_rt_best.realtime_prompt.model import Transition

    t = _tracker()
    # a transition changed after the tracker checked them
    st = t.states[0]
    t.states[0] = type(st)(st.id, transitions=(*st.transitions, Transition("2_get_nam")))
    t._by_id[st.id] = t.states[0]
    result = t.request("2_get_nam")
    assert not result.accepted and result.exit is None
    assert not t.ended and t.current == "1_greeting"
    assert t.request("2_get_name").accepted


def test_the_controller_takes_a_hand_off_to_a_tool_it_is_told_about() -> None:
    from pipecat_rt_best.realtime_prompt.service import ConversationStateController
    from pipecat_rt_best.realtime_prompt.validation import PromptValidationError

    text = (
        "- {id: a, description: start, instructions: [x], examples: [hi], transitions: ["
        "{next_step: transferAgents, condition: asks for a human}, {next_step: end, condition: done}]}\n"
    )
    with pytest.raises(PromptValidationError, match="'transferAgents' names no state"):
        ConversationStateController(loads_prompt(text))
    with pytest.raises(TypeError, match="extra_tools is a collection of tool names"):
        ConversationStateController(loads_prompt(text), extra_tools="transferAgents")
    controller = ConversationStateController(loads_prompt(text), extra_tools=["transferAgents"])
    enum = controller.tool_definition()["parameters"]["properties"]["next_step"]["enum"]
    assert enum == ["a", "end", "transferAgents"]
    assert controller.tracker.request("transferAgents").exit == "transferAgents"


async def test_phone_call_refuses_a_prompt_that_does_not_validate() -> None:
    from typing import Any

    from pipecat_rt_best.call_pipeline.assembly import phone_call
    from pipecat_rt_best.realtime_prompt.validation import PromptValidationError

    transport: Any = object()  # refused before the transport or the environment is used
    with pytest.raises(PromptValidationError, match="did you mean '2_order'"):
        await phone_call(transport, loads_prompt(NEXT_TYPO), env={})


def test_an_exit_asks_for_a_closing_reply_only_when_its_response_had_not_spoken() -> None:
    assert not closing_reply_needed(True)  # said its goodbye, then called
    assert closing_reply_needed(False)  # called first, as the tool asks
    assert closing_reply_needed(None)  # cannot tell: a second goodbye beats silence
    t = _tracker()
    for step in ("2_get_name", "3_verify_phone", "6_escalate"):
        t.request(step)
    move = t.request("human_agent")
    handover = exit_tool_result(move, closing_reply=True)["instruction"]
    assert "closing turn" in handover and "connecting them to human agent" in handover
    assert "call no tool" in handover
    spoken = exit_tool_result(move, closing_reply=False)
    assert spoken["exited_to"] == "human_agent" and "Say nothing more" in spoken["instruction"]
    end = ConversationStateTracker.from_prompt(load_prompt(TECHNEST).prompt)
    end.current = "8_close"
    goodbye = exit_tool_result(end.request("end"), closing_reply=True)["instruction"]
    assert "say goodbye" in goodbye
    # a Hindi call's last words stay Hindi: both closing turns name the conversation's language,
    # as the failed and timed-out transfers' do (the Hindi builder's review)
    assert "in the language of the conversation" in goodbye
    assert "in the language of the conversation" in handover


def test_a_failed_transfers_instruction_names_the_target_in_words() -> None:
    told = transfer_failed_instruction(TRANSFER_FAILED_INSTRUCTION, "human_agent")
    assert told is not None and "The transfer to human agent did not go through" in told
    assert "call back later" in told and "Call no tool" in told and "{" not in told
    # only {target} is a placeholder: other braces are the app's text
    assert transfer_failed_instruction("{target}: {0} {x}", "billing") == "billing: {0} {x}"
    assert transfer_failed_instruction(None, "human_agent") is None  # end without a word


def test_a_timed_out_transfers_instruction_does_not_say_it_failed() -> None:
    # a handler given up on at the timeout may still move the caller (a REST call in a
    # thread goes on): "did not go through, call back later" and then the agent's line
    # ringing (reviewer diff32, defect 4)
    told = transfer_failed_instruction(TRANSFER_TIMEOUT_INSTRUCTION, "human_agent")
    assert told is not None and "transfer to human agent is taking longer" in told
    assert "could not be confirmed" in told and "not connected shortly" in told
    assert "did not go through" not in told and "Call no tool" in told and "{" not in told


def test_a_failed_transfers_news_is_asked_for_in_the_conversations_language() -> None:
    # a Hindi call's news in English (reviewer diff32's observation)
    for template in (TRANSFER_FAILED_INSTRUCTION, TRANSFER_TIMEOUT_INSTRUCTION):
        assert "in the language of the conversation" in template


def test_the_state_tool_says_an_exit_ends_the_call_after_the_closing_words() -> None:
    description = state_tool_definition(["end"])["description"]
    assert "ends the call after your closing words" in description
