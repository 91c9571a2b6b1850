"""The import-time check of the private pipecat names the pack's components need."""

from __future__ import annotations

import importlib
import sys
from importlib import metadata

import pytest
from pipecat.services.llm_service import LLMService
from pipecat.services.openai.realtime.llm import OpenAIRealtimeLLMService

from pipecat_rt_best.base import pipecat_names
from pipecat_rt_best.base.pipecat_names import (
    PipecatVersionError,
    PipecatVersionWarning,
    require_pipecat_names,
)

SERVICE = "pipecat_rt_best.realtime.service"


@pytest.fixture
def unchecked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every module checked afresh (the check runs once per module and process)."""
    monkeypatch.setattr(pipecat_names, "_checked", set())


@pytest.mark.usefixtures("unchecked")
def test_importing_the_service_against_a_pipecat_that_renamed_an_override_fails_in_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a pipecat 1.15 that renamed the speech-started handler: the import used to succeed
    # and the pack's override was dead code, without a word
    importlib.import_module(SERVICE)  # the one the other tests use, put back afterwards
    monkeypatch.setattr(pipecat_names, "_checked", set())
    monkeypatch.delattr(OpenAIRealtimeLLMService, "_handle_evt_speech_started")
    monkeypatch.delitem(sys.modules, SERVICE)
    with pytest.raises(PipecatVersionError) as err:
        importlib.import_module(SERVICE)
    message = str(err.value)
    assert "\n" not in message
    assert "OpenAIRealtimeLLMService._handle_evt_speech_started" in message
    assert f"pipecat-ai {metadata.version('pipecat-ai')}" in message
    assert f"tested with pipecat-ai {pipecat_names.TESTED_PIPECAT}.x" in message
    assert isinstance(err.value, ImportError)


@pytest.mark.usefixtures("unchecked")
def test_several_missing_names_are_one_line_naming_the_first_and_counting_the_rest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delattr(OpenAIRealtimeLLMService, "_auth_headers")
    monkeypatch.delattr(OpenAIRealtimeLLMService, "_create_response")
    with pytest.raises(
        PipecatVersionError, match=r"_auth_headers \(and 1 more: .*_create_response\)"
    ):
        require_pipecat_names(SERVICE)


@pytest.mark.usefixtures("unchecked")
def test_a_missing_optional_name_warns_and_the_import_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delattr(LLMService, "_warn_if_realtime_service_emits_no_turn_frames")
    with pytest.warns(PipecatVersionWarning, match="_warn_if_realtime_service_emits_no_turn"):
        require_pipecat_names(SERVICE)
    assert SERVICE in pipecat_names._checked


@pytest.mark.usefixtures("unchecked")
def test_the_installed_pipecat_has_every_name_each_component_needs() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", PipecatVersionWarning)
        for module in pipecat_names.NEEDED:
            require_pipecat_names(module)
    assert set(pipecat_names._checked) == set(pipecat_names.NEEDED)
