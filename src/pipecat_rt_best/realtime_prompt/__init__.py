"""Practice 7: the structured realtime prompt.

GPT-4o Realtime follows a clear prompt in five sections best — Personality and Tone,
Context, Reference Pronunciations, Overall Instructions, Conversation States (a JSON list
of states with transitions). This package models such a prompt, loads and saves it as
YAML/JSON, renders it deterministically (numbers in Context spelled out by practice 5),
validates its state graph with precise messages, turns its pronunciations into Azure TTS
SSML (practice 4) and, during a call, tracks the conversation state through a
``set_conversation_state`` tool.

>>> from pipecat_rt_best.realtime_prompt import example_prompt_path, load_prompt, validate_prompt
>>> loaded = load_prompt(example_prompt_path("tech_support_technest.yaml"))  # doctest: +SKIP
>>> validate_prompt(loaded).ok                                              # doctest: +SKIP
True

Pure modules (no pipecat): :mod:`.model`, :mod:`.render`, :mod:`.loader`,
:mod:`.validation`, :mod:`.graph`, :mod:`.lexicon`, :mod:`.state_tracker`. Pipecat adapter:
:mod:`.service` (:class:`ConversationStateController`, :class:`ConversationStateFrame`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipecat_rt_best._lazy import lazy_face

if TYPE_CHECKING:  # the public names; lazy_face() reads this block
    from pipecat_rt_best.realtime_prompt.frames import (
        ConversationStateFrame as ConversationStateFrame,
    )
    from pipecat_rt_best.realtime_prompt.graph import to_dot as to_dot, to_mermaid as to_mermaid
    from pipecat_rt_best.realtime_prompt.lexicon import (
        LexiconEntry as LexiconEntry,
        PronunciationLexicon as PronunciationLexicon,
        escape_ssml_text as escape_ssml_text,
        ssml_lexicon_entries as ssml_lexicon_entries,
    )
    from pipecat_rt_best.realtime_prompt.loader import (
        EXAMPLES as EXAMPLES,
        LoadedPrompt as LoadedPrompt,
        PromptFileError as PromptFileError,
        dump_prompt as dump_prompt,
        example_prompt_path as example_prompt_path,
        load_prompt as load_prompt,
        loads_prompt as loads_prompt,
        prompt_from_data as prompt_from_data,
        prompt_to_data as prompt_to_data,
        save_prompt as save_prompt,
    )
    from pipecat_rt_best.realtime_prompt.model import (
        END as END,
        ConversationState as ConversationState,
        Personality as Personality,
        Pronunciation as Pronunciation,
        RealtimePrompt as RealtimePrompt,
        ToolSpec as ToolSpec,
        Transition as Transition,
    )
    from pipecat_rt_best.realtime_prompt.render import (
        STATE_TOOL_NAME as STATE_TOOL_NAME,
        render_prompt as render_prompt,
        render_state_prompt as render_state_prompt,
        spelled_context as spelled_context,
    )
    from pipecat_rt_best.realtime_prompt.service import (
        ConversationStateController as ConversationStateController,
    )
    from pipecat_rt_best.realtime_prompt.state_tracker import (
        ConversationStateTracker as ConversationStateTracker,
        TransitionResult as TransitionResult,
        state_tool_definition as state_tool_definition,
    )
    from pipecat_rt_best.realtime_prompt.validation import (
        DEFAULT_TOKEN_BUDGET as DEFAULT_TOKEN_BUDGET,
        Issue as Issue,
        PromptValidationError as PromptValidationError,
        ValidationReport as ValidationReport,
        estimate_tokens as estimate_tokens,
        validate_prompt as validate_prompt,
    )

if not TYPE_CHECKING:  # hidden from type checkers: they read the names above, and flag others
    __getattr__, __dir__ = lazy_face(__name__, __file__)
