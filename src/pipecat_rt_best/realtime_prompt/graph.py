"""The conversation-state graph as a picture: Mermaid or Graphviz DOT text (pure).

States are boxes labelled with their id; exits (``end``, transfer targets, tools) are
rounded nodes; each edge carries its condition, shortened. A ``next_step`` that names
nothing is drawn in red, so the picture shows the validator's dangling transitions too.
"""

from __future__ import annotations

import re

from pipecat_rt_best.realtime_prompt.model import LoadedPrompt, RealtimePrompt, as_prompt

__all__ = ["to_dot", "to_mermaid"]

_MAX_LABEL = 48


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_LABEL else text[: _MAX_LABEL - 1].rstrip() + "…"


def _node_ids(prompt: RealtimePrompt) -> dict[str, str]:
    """Every state / target name → a Mermaid-safe node id (``n0``, ``n1``...)."""
    names: list[str] = []
    for st in prompt.states:
        if st.id not in names:
            names.append(st.id)
    for st in prompt.states:
        for tr in st.transitions:
            if tr.next_step not in names:
                names.append(tr.next_step)
    return {name: f"n{i}" for i, name in enumerate(names)}


def _mermaid_text(text: str) -> str:
    return re.sub(r'["\n]', "'", text).replace("|", "/")


def to_mermaid(prompt: RealtimePrompt | LoadedPrompt) -> str:
    """A Mermaid ``flowchart TD`` of the states and their transitions."""
    prompt = as_prompt(prompt, "to_mermaid()")
    ids = _node_ids(prompt)
    states = {st.id for st in prompt.states}
    exits = prompt.exits
    lines = ["flowchart TD"]
    for name, node in ids.items():
        label = _mermaid_text(name)
        if name in states:
            lines.append(f'    {node}["{label}"]')
        elif name in exits:
            lines.append(f'    {node}(["{label}"])')
        else:
            lines.append(f'    {node}{{{{"{label} ?"}}}}')
            lines.append(f"    style {node} stroke:#d00,color:#d00")
    for st in prompt.states:
        for tr in st.transitions:
            cond = _mermaid_text(_short(tr.condition))
            arrow = f'-->|"{cond}"|' if cond else "-->"
            lines.append(f"    {ids[st.id]} {arrow} {ids[tr.next_step]}")
    return "\n".join(lines) + "\n"


def _dot_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


def to_dot(prompt: RealtimePrompt | LoadedPrompt) -> str:
    """A Graphviz ``digraph`` of the states and their transitions."""
    prompt = as_prompt(prompt, "to_dot()")
    states = {st.id for st in prompt.states}
    exits = prompt.exits
    title = _dot_text(prompt.name or "conversation states")
    lines = [
        "digraph conversation_states {",
        f'  label="{title}";',
        "  rankdir=TB;",
        '  node [shape=box, style=rounded, fontname="Helvetica"];',
        '  edge [fontname="Helvetica", fontsize=10];',
    ]
    for name in _node_ids(prompt):
        label = _dot_text(name)
        if name in states:
            lines.append(f'  "{label}";')
        elif name in exits:
            lines.append(f'  "{label}" [shape=oval, style=filled, fillcolor="#e8e8e8"];')
        else:
            lines.append(f'  "{label}" [shape=octagon, color=red, fontcolor=red];')
    for st in prompt.states:
        for tr in st.transitions:
            cond = _dot_text(_short(tr.condition))
            attrs = f' [label="{cond}"]' if cond else ""
            lines.append(f'  "{_dot_text(st.id)}" -> "{_dot_text(tr.next_step)}"{attrs};')
    lines.append("}")
    return "\n".join(lines) + "\n"
