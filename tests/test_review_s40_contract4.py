"""Review s40 (contract4): the pipecat contract catches what the pack takes from pipecat by
name, and fails when a pinned signature changes."""

from __future__ import annotations

import inspect
import re

import pytest

from tests import test_pipecat_contract as contract


def _renaming(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make the contract's walkers see pipecat's classes with ``name`` renamed away."""
    real = contract._class_source

    def renamed(cls: type) -> str | None:
        source = real(cls)
        if source is None or cls.__module__.split(".")[0] != "pipecat":
            return source
        return re.sub(rf"\b{name}\b", f"{name}_renamed", source)

    monkeypatch.setattr(contract, "_class_source", renamed)


def test_a_pipecat_private_read_by_getattr_is_seen_by_the_contract(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # WRONG: realtime/manual_turns.py reads pipecat's _user_audio_preroll_secs_override with
    # getattr(self, ..., None); the walker only saw self._x attribute nodes, and the name was
    # pinned nowhere, so a pipecat rename passed the contract while every call's pre-roll
    # silently replaced the user_audio_preroll_secs the caller set.
    # EXPECTED: the renamed name is reported as read but no longer defined by pipecat, and it
    # is pinned as the realtime service's state.
    _renaming(monkeypatch, "_user_audio_preroll_secs_override")
    undefined = contract._private_pipecat_uses()[1]
    assert any("reads self._user_audio_preroll_secs_override" in u for u in undefined), undefined
    assert "_user_audio_preroll_secs_override" in contract.RT_ATTRIBUTES
    with pytest.raises(AssertionError, match="_user_audio_preroll_secs_override"):
        contract.test_the_pipecat_state_the_pack_writes_is_still_pipecats()


def test_the_processor_link_the_virtual_time_harness_sets_is_pinned(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # WRONG: testing/virtual_time_call.py sets the service's _next (pipecat's FrameProcessor
    # link) to its transport stand-in; no walker sees it (the harness is not a pipecat
    # subclass) and nothing pinned it, so a pipecat rename left the harness's transport
    # hearing nothing and the contract green.
    # EXPECTED: a rename of FrameProcessor._next fails the contract.
    from pipecat_rt_best.testing import virtual_time_call

    assert "self.svc._next = " in inspect.getsource(virtual_time_call)
    _renaming(monkeypatch, "_next")
    with pytest.raises(AssertionError, match=r"FrameProcessor no longer sets self\._next"):
        contract.test_the_pipecat_state_the_pack_writes_is_still_pipecats()


def test_a_changed_pinned_signature_fails_the_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    # the test of the test: pipecat re-signing an overridden method fails the pin
    from pipecat.services.openai.realtime.llm import OpenAIRealtimeLLMService

    path, method, signature = next(e for e in contract.OVERRIDDEN if e[1] == "_send_user_audio")
    contract.test_overridden_pipecat_method_is_unchanged(path, method, signature)

    async def resigned(self: object, frame: object, *, resample: bool = True) -> None: ...

    monkeypatch.setattr(OpenAIRealtimeLLMService, "_send_user_audio", resigned)
    with pytest.raises(AssertionError, match="changed signature"):
        contract.test_overridden_pipecat_method_is_unchanged(path, method, signature)
    monkeypatch.delattr(OpenAIRealtimeLLMService, "_send_user_audio")
    with pytest.raises(AssertionError, match="is gone"):
        contract.test_overridden_pipecat_method_is_unchanged(path, method, signature)
