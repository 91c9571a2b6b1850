"""Session 39 review: Azure sentence TTS (practice 4) and the structured prompt (practice 7)."""

from __future__ import annotations

import dataclasses

import pytest

pytest.importorskip("azure.cognitiveservices.speech")

from pipecat_rt_best.azure_tts import AzureSpeechTTSService
from pipecat_rt_best.realtime_prompt.loader import example_prompt_path, load_prompt
from pipecat_rt_best.realtime_prompt.validation import validate_prompt


# -- TTS, MEDIUM: silence_timeout_s <= 0 is accepted and mutes the bot ---------------------------
# _next_event raises TimeoutError before it ever waits when the deadline is not in the future, so
# with silence_timeout_s=0 (a common way to write "no timeout") or a negative value every sentence
# is "given up" at once (ErrorFrame "sent nothing for 0 s") and the caller hears nothing
# (confirmed against the emulator: 0 audio frames, one error per sentence). Expected: refused at
# construction with a one-line ValueError, as first_chunk_min_chars / max_chunk_chars are.
@pytest.mark.parametrize("timeout", [0, 0.0, -5])
def test_review_non_positive_silence_timeout_is_refused(timeout: float) -> None:
    with pytest.raises(ValueError, match="silence_timeout_s"):
        AzureSpeechTTSService(api_key="test-key", region="eastus", silence_timeout_s=timeout)


# -- TTS, LOW: an empty voice= silently speaks the default en-US voice ---------------------------
# AzureSpeechConfig refuses an empty AZURE_SPEECH_VOICE, but voice="" (or Settings(voice=""))
# is accepted: voice_settings() falls back to en-US-AvaNeural and the SSML says so, while the
# warning logged talks about a voice '' without a locale. Expected: a one-line ValueError.
def test_review_an_empty_voice_keyword_is_refused() -> None:
    with pytest.raises(ValueError, match=r"(?i)voice"):
        AzureSpeechTTSService(api_key="test-key", region="eastus", voice="")


# -- prompt, MEDIUM: required_sections silently ignores the optional sections and typos ----------
# _Checker.sections() only knows personality/context/pronunciations/instructions/states and
# treats every other key as present (present.get(key, True)). So requiring one of the guide's
# optional sections the validator itself names (_SECTION_TITLES: tools, role_objective,
# safety_escalation, variety, sample_phrases) never reports it missing, and a misspelt key
# ("pronunciation") passes silently. Expected: missing-section for an absent known section.
@pytest.mark.parametrize("key", ["safety_escalation", "role_objective", "tools", "variety"])
def test_review_a_required_optional_section_that_is_absent_is_reported(key: str) -> None:
    base = load_prompt(example_prompt_path("tech_support_technest.yaml")).prompt
    empty = "" if key == "role_objective" else ()
    prompt = dataclasses.replace(base, **{key: empty})
    report = validate_prompt(prompt, required_sections=(*("personality", "states"), key))
    assert any(i.code == "missing-section" for i in report.errors), report.format()


# ... and a required section name the validator does not know is a clear error, not a pass
# (expected: ValueError naming the unknown key).
def test_review_an_unknown_required_section_is_refused() -> None:
    prompt = load_prompt(example_prompt_path("tech_support_technest.yaml"))
    with pytest.raises(ValueError, match="pronunciation"):
        validate_prompt(prompt, required_sections=("states", "pronunciation"))
