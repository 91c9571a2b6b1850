"""A test a hand mutation run (session 22) found missing: it kills mutant V17."""

from pipecat_rt_best.realtime_prompt.model import (
    ConversationState as S,
    RealtimePrompt,
    ToolSpec,
    Transition as T,
)
from pipecat_rt_best.realtime_prompt.validation import validate_prompt

P = RealtimePrompt(
    instructions=("Call the lookup_order tool before you answer.",),
    tools=(ToolSpec("lookup_order", "Finds an order."),),
    states=(S("1_greet", instructions=("Greet.",), transitions=(T("end", "done"),)),),
)


def test_a_session_without_tools_makes_every_tool_mention_an_error():
    assert "undeclared-tool" not in validate_prompt(P).codes()
    codes = validate_prompt(P, session_tools=[]).codes()  # the session really has none
    assert "undeclared-tool" in codes, codes
