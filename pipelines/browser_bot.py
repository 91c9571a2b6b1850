"""Browser bot: talk to the realtime call pipeline from a laptop browser (pipecat's ``-t webrtc``).

    python pipelines/browser_bot.py                    # then open http://localhost:7860/client
                                                       # (-t webrtc, the only transport it serves)
    python pipelines/browser_bot.py --offline          # one simulated browser call, no keys
    python pipelines/browser_bot.py --prompt my_prompt.yaml

The bot is Riya, TechNest's support agent, from the structured prompt (``--prompt``,
default: the pack's example ``tech_support_technest.yaml``; its conversation state is
tracked through the model's ``set_conversation_state`` tool, and its own tools answer
"not available in this demo"). The pipeline is the pack's realtime call
(``phone_call()``): browser audio (Opus, decoded by the SmallWebRTC transport to 16 kHz
PCM) → the pack's noise-robust VAD deciding manual turns → the realtime model in audio
modality (a PCM16 24 kHz session, on a pre-warmed pooled session) → the browser, with
interruption-aware truncation (the model is told how much of a cut-off reply the caller
really heard). Riya greets once the browser is connected; closing the browser tab ends
the call.

``--offline`` runs one complete call without a browser or keys: an in-process aiortc peer
(:mod:`pipecat_rt_best.testing.webrtc_caller`) makes the SDP offer the way the browser
does, speaks two synthetic caller turns (the second cuts into the bot's reply), hears the
bot, hangs up, and a report is printed; exit 0 only if the call worked. WebRTC stays on
127.0.0.1. The model is the embedded realtime emulator unless a backend is configured
below, in which case the same call goes to the real service.

Environment (one backend is required without ``--offline``):
    AZURE_OPENAI_REALTIME_ENDPOINT, AZURE_OPENAI_API_KEY, AZURE_OPENAI_REALTIME_DEPLOYMENT
        Azure OpenAI (wss://<resource>.openai.azure.com; deployment default gpt-realtime)
    AZURE_OPENAI_AUTH=entra   Microsoft Entra ID instead of AZURE_OPENAI_API_KEY: a token
        from azure.identity's DefaultAzureCredential (managed identity, AZURE_CLIENT_ID/
        AZURE_TENANT_ID/AZURE_CLIENT_SECRET, az login), renewed for every new session
    OPENAI_API_KEY, OPENAI_REALTIME_MODEL, OPENAI_REALTIME_URL
        OpenAI (model default gpt-realtime; the URL can point at an emulator)
    PIPECAT_RT_BEST_BACKEND     azure | openai, when both are set
    OPENAI_REALTIME_TRANSCRIBE_MODEL, AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT
        the caller's turns transcribed, so a new session (after a drop, or the move to a
        fresh one before the backend's 30/60-minute limit) has them (Azure: only when set)
    PIPECAT_RT_BEST_POOL_SIZE   warm realtime sessions kept open (default 1 here; 0 = no pool)
    PIPECAT_ICE_SERVERS         STUN/TURN for the runner when the browser is not local
"""

from __future__ import annotations

import os

from pipecat_rt_best.base.loguru_env import loguru_env

# before pipecat loads: no import banner (WARNING); pipecat's runner logs to stderr with
# loguru's defaults: no variable values (a key among them) in a traceback (DIAGNOSE NO). An
# empty LOGURU_* (an env file copied from .env.example) counts as unset.
os.environ.update(loguru_env(LOGURU_LEVEL="WARNING", LOGURU_DIAGNOSE="NO"))

from pipecat_rt_best.base.extras import exit_on_missing_extra

with exit_on_missing_extra("bots"):  # an install without it: one line naming it
    import aiortc  # noqa: F401  (first: without it pipecat's transport logs 2 ERROR lines)
    from pipecat.runner.types import RunnerArguments, SmallWebRTCRunnerArguments
    from pipecat.transports.base_transport import TransportParams
    from pipecat.transports.smallwebrtc.transport import SmallWebRTCTransport

    from pipecat_rt_best.call_pipeline import (
        load_bot_prompt,
        phone_call,
        run_call_worker,
        shared_session_pool,
        unavailable_tool_handlers,
    )
    from pipecat_rt_best.realtime import reconnect_from_env
    from pipecat_rt_best.realtime_prompt import example_prompt_path

PROMPT = example_prompt_path("tech_support_technest.yaml")
IN_RATE = 16000  # what the transport decodes the browser's Opus to; the VAD's rate
OUT_RATE = 24000  # the realtime session's PCM rate: no resampling on the way out


async def bot(runner_args: RunnerArguments) -> None:
    """One browser call (pipecat's runner calls this for each ``/api/offer``)."""
    if not isinstance(runner_args, SmallWebRTCRunnerArguments):
        raise TypeError("browser_bot serves the webrtc transport only: run it with -t webrtc")
    prompt = load_bot_prompt(PROMPT, runner_args)
    transport = SmallWebRTCTransport(
        runner_args.webrtc_connection,
        TransportParams(
            audio_in_enabled=True,
            audio_in_sample_rate=IN_RATE,
            audio_out_enabled=True,
            audio_out_sample_rate=OUT_RATE,
        ),
    )
    call = await phone_call(
        transport,
        prompt,
        modality="audio",
        audio_format="pcm",  # PCM16 24 kHz both ways; the input resampled from IN_RATE
        sample_rate=IN_RATE,
        session_pool=await shared_session_pool(default_size=1),  # one browser: one warm
        # a drop or the session's age limit (Azure 30 min, OpenAI 60) does not end the call:
        # a new session, moved to before that limit; the caller's turns transcribed, so it
        # gets them too (Azure: AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT)
        reconnect=reconnect_from_env(),
        tool_handlers=unavailable_tool_handlers(prompt),  # no back office in this demo
        greet="on_connect",  # Riya greets once the browser hears her
    )
    await run_call_worker(call.worker, transport, parts=call)


if __name__ == "__main__":
    with exit_on_missing_extra("bots"):
        from pipecat_rt_best.call_pipeline import BotPlan
        from pipecat_rt_best.cli.bot_script import run_bot_script

        run_bot_script(
            __doc__,
            bot,
            prompt=PROMPT,
            transports=["webrtc"],
            plan=BotPlan(modality="audio"),
        )
