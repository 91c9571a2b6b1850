"""``--offline`` of the sample bots uses the emulator unless the environment configures a
realtime backend, decided as everywhere else (:func:`~pipecat_rt_best.realtime.env.configured_backend`)."""

from __future__ import annotations

import argparse

import pytest

from pipecat_rt_best.call_pipeline.bot_plan import BotPlan
from pipecat_rt_best.realtime.env import BACKEND_VARS, backend_config_from_env
from pipecat_rt_best.realtime_prompt import example_prompt_path
from pipecat_rt_best.testing.offline_bot import (
    check_configured_backends,
    offline_backends,
)


async def test_a_lone_azure_key_leaves_offline_on_the_emulator(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # AZURE_OPENAI_API_KEY left in the shell by other Azure OpenAI work is no backend: the
    # bots refused --offline with "set ... AZURE_OPENAI_API_KEY" while the examples ran
    for name in BACKEND_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "k-left-from-other-work")
    plan = BotPlan(modality="audio")
    check_configured_backends(plan)  # nothing selects a backend: nothing to refuse
    args = argparse.Namespace(prompt=example_prompt_path("tech_support_technest.yaml"))
    async with offline_backends(plan, args) as stack:
        assert stack.realtime is not None  # the emulator
        assert backend_config_from_env().url == stack.realtime.url


def test_a_bot_written_before_the_runner_moved_still_imports_it() -> None:
    # bots whose __main__ did `from pipecat_rt_best.testing.offline_bot import OfflinePlan,
    # run_bot_script` (the README's way before session 27) died with an ImportError
    import pipecat_rt_best.testing.offline_bot as offline_bot
    from pipecat_rt_best.call_pipeline.bot_plan import BotPlan
    from pipecat_rt_best.cli.bot_script import run_bot_script

    with pytest.warns(DeprecationWarning, match="import BotPlan from"):
        assert offline_bot.OfflinePlan is BotPlan
    with pytest.warns(DeprecationWarning, match="cli.bot_script"):
        assert offline_bot.run_bot_script is run_bot_script
    with pytest.raises(AttributeError):
        offline_bot.no_such_name  # noqa: B018
