"""What a sample bot is, for its ``__main__`` (:func:`pipecat_rt_best.cli.bot_script.run_bot_script`)
and its ``--offline`` call (:mod:`pipecat_rt_best.testing.offline_bot`): plain data, no pipecat."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["Bot", "BotPlan"]

Bot = Callable[[Any], Coroutine[Any, Any, None]]  # async def bot(runner_args)


@dataclass(frozen=True)
class BotPlan:
    """What a bot needs at start (real calls and ``--offline``) and in its offline call.

    ``modality``: the model's output (``"text"`` also needs Azure Speech, checked before a
    real start); ``prompt_arg``: the command-line attribute holding the bot's prompt path
    (the emulated model of ``--offline`` walks that prompt's graph); ``warm_pool``: warm the
    process's shared pool as the runner starts serving (and before the offline call).

    ``--offline`` only: ``long_reply``: the reply the caller barges into with the bot's own
    prompt (default, and with another ``--prompt``: the prompt's examples; either said over
    until it lasts 4.2 s, so the barge-in 1.2 s into it has audio to cut); ``short_reply``:
    the answer to the barge-in; ``voice``: the Azure voice when ``AZURE_SPEECH_VOICE`` is not
    set; ``ms_per_char``: the emulated voices' speaking rate; ``prepare``: run before the
    call, with the backends in place.
    """

    modality: Literal["audio", "text"] = "audio"
    prompt_arg: str = "prompt"
    long_reply: str | None = None
    short_reply: str = "OK."
    voice: str | None = None
    ms_per_char: int = 45  # the emulated voices' speaking rate (keeps the call short)
    # the bot starts its calls on the process's shared pool: let it warm up first, as a
    # server's pool does while it waits for calls (under pipecat's runner: at startup)
    warm_pool: bool = False
    # run before the call, with the backends in place
    prepare: Callable[[argparse.Namespace], Awaitable[None]] | None = None
