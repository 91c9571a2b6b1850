"""In manual-turn mode pipecat's "is not emitting turn frames" warning gives way to one INFO line."""

from __future__ import annotations

from loguru import logger

from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session


def _messages(manual_turns: bool) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    sink = logger.add(lambda m: seen.append((m.record["level"].name, m.record["message"])))
    try:
        llm = RealtimeLLMService(
            api_key="k",
            settings=RealtimeLLMService.Settings(
                session_properties=realtime_session(manual_turns=manual_turns)
            ),
        )
        llm.service_metadata_frame()
        llm.service_metadata_frame()  # said once, not per call
    finally:
        logger.remove(sink)
    return seen


def test_manual_turns_explain_themselves_once_instead_of_warning() -> None:
    seen = _messages(manual_turns=True)
    assert not any("is not emitting turn frames" in m for _, m in seen)
    explained = [m for level, m in seen if "manual turns" in m and level == "INFO"]
    assert len(explained) == 1


def test_server_turns_keep_pipecats_behaviour() -> None:
    seen = _messages(manual_turns=False)
    assert not any("manual turns — the pipeline's VAD" in m for _, m in seen)
