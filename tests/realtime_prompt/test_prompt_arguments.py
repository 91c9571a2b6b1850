"""Every function that takes a prompt takes what ``load_prompt`` returns too.

``validate_prompt(loaded)`` worked while ``render_prompt(loaded)`` and
``ConversationStateController(loaded)`` failed with ``AttributeError: 'LoadedPrompt'
object has no attribute 'states_only'``; a path given where a prompt belongs was an
AttributeError as well instead of saying to load the file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pipecat_rt_best.call_pipeline.assembly import prompt_lexicon, unavailable_tool_handlers
from pipecat_rt_best.realtime_prompt.graph import to_dot, to_mermaid
from pipecat_rt_best.realtime_prompt.lexicon import PronunciationLexicon, ssml_lexicon_entries
from pipecat_rt_best.realtime_prompt.loader import dump_prompt, load_prompt, prompt_to_data
from pipecat_rt_best.realtime_prompt.render import (
    STATE_TOOL_NAME,
    context_lines,
    render_prompt,
    render_state_prompt,
    spelled_context,
)
from pipecat_rt_best.realtime_prompt.service import ConversationStateController
from pipecat_rt_best.realtime_prompt.state_tracker import ConversationStateTracker
from pipecat_rt_best.realtime_prompt.validation import validate_prompt
from pipecat_rt_best.testing.prompt_walk import phone_walk, scripted_walk

from .helpers import TECHNEST

# each takes a prompt first; the result must not depend on whether it came loaded
TAKERS: dict[str, Callable[[Any], Any]] = {
    "render_prompt": lambda p: render_prompt(p, state_tool=STATE_TOOL_NAME),
    "render_state_prompt": lambda p: render_state_prompt(p, "3_verify_phone"),
    "spelled_context": spelled_context,
    "context_lines": context_lines,
    "to_mermaid": to_mermaid,
    "to_dot": to_dot,
    "prompt_to_data": prompt_to_data,
    "dump_prompt": dump_prompt,
    "ssml_lexicon_entries": ssml_lexicon_entries,
    "PronunciationLexicon": lambda p: PronunciationLexicon(p).entries,
    "prompt_lexicon": prompt_lexicon,
    "unavailable_tool_handlers": lambda p: sorted(unavailable_tool_handlers(p)),
    "validate_prompt": lambda p: validate_prompt(p).codes(),
    "ConversationStateTracker.from_prompt": lambda p: (
        ConversationStateTracker.from_prompt(p).targets
    ),
    "ConversationStateController": lambda p: (
        ConversationStateController(p).instructions(),
        ConversationStateController(p).session_tools(),
    ),
    "scripted_walk": lambda p: scripted_walk(p, STATE_TOOL_NAME),
    "phone_walk": lambda p: phone_walk(p, STATE_TOOL_NAME),
}


@pytest.mark.parametrize("name", sorted(TAKERS))
def test_a_loaded_prompt_is_taken_as_its_prompt(name: str) -> None:
    loaded = load_prompt(TECHNEST)
    take = TAKERS[name]
    assert take(loaded) == take(loaded.prompt)


def test_the_controller_keeps_the_prompt_itself() -> None:
    loaded = load_prompt(TECHNEST)
    assert ConversationStateController(loaded).prompt is loaded.prompt


@pytest.mark.parametrize("path", [str(TECHNEST), TECHNEST])
@pytest.mark.parametrize(
    ("name", "take"),
    [
        ("render_prompt()", render_prompt),
        ("ConversationStateController()", ConversationStateController),
        ("to_mermaid()", to_mermaid),
    ],
)
def test_a_path_says_to_load_it_first(name: str, take: Callable[[Any], Any], path: Any) -> None:
    with pytest.raises(TypeError) as info:
        take(path)
    message = str(info.value)
    assert message.startswith(f"{name} takes a RealtimePrompt or the LoadedPrompt")
    assert f"load_prompt({str(Path(path))!r})" in message


def test_anything_else_is_a_type_error_naming_its_type() -> None:
    with pytest.raises(TypeError, match=r"render_prompt\(\) takes .* not dict$"):
        render_prompt({"states": []})  # type: ignore[arg-type]
