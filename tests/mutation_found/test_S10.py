"""A test a hand mutation run (session 22) found missing: it kills mutant S10."""

from pipecat_rt_best.realtime_prompt.model import ConversationState as S, Transition as T
from pipecat_rt_best.realtime_prompt.state_tracker import ConversationStateTracker


def test_an_exit_not_allowed_here_is_refused_as_not_allowed_not_as_unknown():
    t = ConversationStateTracker(
        [
            S("1_greet", transitions=(T("2_ask", "after hello"),)),
            S("2_ask", transitions=(T("end", "done"),)),
        ]
    )
    r = t.request("end")
    assert not r.accepted and r.message.startswith("'end' is not allowed from '1_greet'"), r.message
