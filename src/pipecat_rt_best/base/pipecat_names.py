"""The private pipecat names the pack's components override or call, checked when each
component is imported.

pipecat's semver does not cover its private members, yet the pack's overrides replace them
and its code calls them. A pipecat that renamed one would otherwise import and run: the
override dead code, the call an ``AttributeError`` the first time a rare path (a reconnect)
runs. Each module listed in :data:`NEEDED` calls :func:`require_pipecat_names` with its own
name as its last statement (a module pure at import, where it loads pipecat): a missing required name raises :class:`PipecatVersionError`, one
line naming the installed pipecat-ai, the missing name and the version the pack is tested
with; a missing optional one (the pack only loses a nicety) warns with
:class:`PipecatVersionWarning`. A ``hasattr`` per name, once per module.

This is the cheap part of ``tests/test_pipecat_contract.py``, which pins signatures and
pipecat's state too; the contract checks that every private name it pins is listed here.
No pipecat import at module level: the classes are looked up when a component asks.

For what only an instance holds (state pipecat's ``__init__`` sets), an adapter calls
:func:`missing_pipecat_names` at construction (the reconnect's names, with ``reconnect=``),
naming :func:`pipecat_version` in its error.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Iterable
from importlib import metadata

__all__ = [
    "NEEDED",
    "OPTIONAL",
    "TESTED_PIPECAT",
    "PipecatVersionError",
    "PipecatVersionWarning",
    "missing_pipecat_names",
    "pipecat_version",
    "require_pipecat_names",
]

TESTED_PIPECAT = "1.14"
"""The pipecat-ai minor the pack's contract suite was last run against (raise it with the
pin's review, once ``tests/test_pipecat_contract.py`` passes on a new minor)."""

_RT = "pipecat.services.openai.realtime.llm.OpenAIRealtimeLLMService"
_BASE_OBJECT = "pipecat.utils.base_object.BaseObject"

NEEDED: dict[str, dict[str, tuple[str, ...]]] = {
    # the realtime service and the mixins it composes (truncation included)
    "pipecat_rt_best.realtime.service": {
        _RT: (
            "_auth_headers",
            "_calculate_audio_duration_ms",
            "_connect",
            "_create_response",
            "_disconnect",
            "_get_enabled_modalities",
            "_handle_bot_stopped_speaking",
            "_handle_evt_audio_delta",
            "_handle_evt_audio_transcript_delta",
            "_handle_evt_conversation_item_added",
            "_handle_evt_conversation_item_done",
            "_handle_evt_error",
            "_handle_evt_function_call_arguments_done",
            "_handle_evt_response_created",
            "_handle_evt_response_done",
            "_handle_evt_session_created",
            "_handle_evt_session_updated",
            "_handle_evt_speech_started",
            "_handle_evt_speech_stopped",
            "_handle_evt_text_delta",
            "_handle_function_call_cancel",
            "_handle_interruption",
            "_handle_messages_append",
            "_handle_speech_control_params",
            "_handle_user_started_speaking",
            "_handle_user_stopped_speaking",
            "_handle_user_transcription",
            "_is_turn_detection_disabled",
            "_maybe_handle_evt_retrieve_conversation_item_error",
            "_receive_task_handler",
            "_replay_user_audio_preroll",
            "_send_message_item",
            "_send_session_update",
            "_send_tool_result",
            "_send_user_audio",
            "_service_tools",
            "_truncate_current_audio_response",
            "_update_settings",
            "_ws_send",
        ),
        "pipecat.services.azure.realtime.llm.AzureRealtimeLLMService": ("_auth_headers",),
        "pipecat.services.llm_service.LLMService": (
            "_advertised_tool_names",
            "_sync_registered_tool_handlers",
        ),
        "pipecat.processors.aggregators.llm_context.LLMContext": ("_normalize_and_validate_tools",),
        _BASE_OBJECT: ("_register_event_handler", "_call_event_handler"),
    },
    "pipecat_rt_best.azure_tts.service": {
        "pipecat.services.tts_service.TTSService": (
            "_handle_interruption",
            "_refresh_audio_context",
            "_register_spoken_text",
            "_stamp_llm_response_frame",
            "_transform_text",
            "_update_settings",
        ),
        "pipecat.services.ai_service.AIService": ("_warn_init_param_moved_to_settings",),
    },
    "pipecat_rt_best.realtime_prompt.service": {
        _BASE_OBJECT: ("_register_event_handler", "_call_event_handler"),
    },
    # pipecat's stock analyzer run without its executor hop (tune-vad's and bench/vad's baseline)
    "pipecat_rt_best.noise_robust_vad.baseline": {
        "pipecat.audio.vad.silero.SileroVADAnalyzer": ("_run_analyzer",),
    },
}
"""``{pack module: {pipecat class: private names it must have}}``."""

OPTIONAL: dict[str, dict[str, tuple[str, ...]]] = {
    # the override only turns pipecat's "no turn frames" warning into an info line for manual
    # turns: without it pipecat's warning is gone too, and nothing else is
    "pipecat_rt_best.realtime.service": {
        "pipecat.services.llm_service.LLMService": (
            "_warn_if_realtime_service_emits_no_turn_frames",
        ),
    },
}
"""``{pack module: {pipecat class: private names whose absence only warns}}``."""


class PipecatVersionError(ImportError):
    """The installed pipecat lacks a private name a component of the pack needs."""


class PipecatVersionWarning(RuntimeWarning):
    """The installed pipecat lacks a private name the pack only uses for a nicety."""


_checked: set[str] = set()


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "(not installed)"


def _missing(table: dict[str, tuple[str, ...]]) -> list[str]:
    """``Class.name`` for each name in ``table`` its pipecat class does not have."""
    missing: list[str] = []
    for dotted, names in table.items():
        module, _, qualname = dotted.rpartition(".")
        owner = getattr(importlib.import_module(module), qualname, None)
        if owner is None:
            missing.append(dotted)
            continue
        missing += [f"{qualname}.{name}" for name in names if not hasattr(owner, name)]
    return missing


def _line(module: str, missing: list[str]) -> str:
    more = f" (and {len(missing) - 1} more: {', '.join(missing[1:])})" if len(missing) > 1 else ""
    return (
        f"{module} needs pipecat's {missing[0]}{more}, which the installed pipecat-ai "
        f"{_version('pipecat-ai')} does not have (renamed or removed); pipecat-rt-best "
        f"{_version('pipecat-rt-best')} is tested with pipecat-ai {TESTED_PIPECAT}.x: "
        f"pip install 'pipecat-ai~={TESTED_PIPECAT}.0'"
    )


def require_pipecat_names(module: str) -> None:
    """Check the private pipecat names :data:`NEEDED` and :data:`OPTIONAL` list for
    ``module`` (the caller's ``__name__``), once: raise :class:`PipecatVersionError` for a
    missing needed one, warn (:class:`PipecatVersionWarning`) for a missing optional one."""
    if module in _checked:
        return
    missing = _missing(NEEDED.get(module, {}))
    if missing:
        raise PipecatVersionError(_line(module, missing), name=module)
    optional = _missing(OPTIONAL.get(module, {}))
    if optional:
        warnings.warn(_line(module, optional), PipecatVersionWarning, stacklevel=2)
    _checked.add(module)


def pipecat_version() -> str:
    """The installed ``pipecat-ai`` distribution's version."""
    return _version("pipecat-ai")


def missing_pipecat_names(obj: object, names: Iterable[str]) -> list[str]:
    """Those of ``names`` that neither a pipecat class in ``obj``'s MRO defines (a method the
    pack overrides counts only if pipecat still has it) nor ``obj`` holds as an instance
    attribute (what pipecat's ``__init__`` set)."""
    pipecat_classes = [c for c in type(obj).__mro__ if c.__module__.partition(".")[0] == "pipecat"]
    held = vars(obj) if hasattr(obj, "__dict__") else {}
    return [
        name
        for name in names
        if name not in held and not any(name in vars(cls) for cls in pipecat_classes)
    ]
