"""A test a hand mutation run (session 22) found missing: it kills mutant G7."""

from pipecat_rt_best.realtime_prompt.graph import to_dot, to_mermaid
from pipecat_rt_best.realtime_prompt.model import (
    ConversationState as S,
    RealtimePrompt,
    Transition as T,
)

P = RealtimePrompt(
    states=(
        S("1_greet", transitions=(T("2_ask", 'caller says "yes" | "ok"'),)),
        S("2_ask", transitions=(T("end", "done"),)),
    )
)


def test_edges_carry_their_condition_escaped():
    m = to_mermaid(P)
    assert "n0 -->|\"caller says 'yes' / 'ok'\"| n1" in m, m
    assert 'n1 -->|"done"| n2' in m, m
    d = to_dot(P)
    assert '"1_greet" -> "2_ask" [label="caller says \\"yes\\" | \\"ok\\""];' in d, d
