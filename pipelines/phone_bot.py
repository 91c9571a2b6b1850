"""Phone bot: GPT-4o Realtime on a phone line, every practice on, in pipecat's runner shape.

    python pipelines/phone_bot.py --offline                # one simulated call, no keys
    python pipelines/phone_bot.py --offline --provider telnyx
    python pipelines/phone_bot.py -t twilio -x <your-tunnel-host>   # real calls

The call: the provider's media socket → G.711 straight through to the model (the caller's
bytes and the model's bytes untouched, a mark after each chunk) → the pack's noise-robust
VAD deciding the caller's turns (manual turns; background noise does not barge in) → the
realtime model in audio modality on a pre-warmed pooled session (one pool for the whole
process) → truncation to what the caller actually heard when they barge in. The model's
instructions are a structured prompt (``--prompt``, default TechNest tech support), and
its conversation state is tracked through a ``set_conversation_state`` tool.

``-t twilio|telnyx|plivo|exotel -x HOST`` runs pipecat's development runner: point the
provider's voice webhook at ``https://HOST/`` (it answers with the stream XML) or the
stream straight at ``wss://HOST/ws``. ``--offline`` instead runs one complete simulated
call (a caller who answers the greeting and barges into a long reply) against the
built-in realtime emulator and prints what each practice did; it exits 0 only when the
call worked.

Environment (a backend that is configured is used, also with ``--offline``):
    AZURE_OPENAI_REALTIME_ENDPOINT, AZURE_OPENAI_API_KEY, AZURE_OPENAI_REALTIME_DEPLOYMENT
        Azure OpenAI (wss://<resource>.openai.azure.com; deployment default gpt-realtime)
    AZURE_OPENAI_AUTH=entra   Microsoft Entra ID instead of AZURE_OPENAI_API_KEY: a token
        from azure.identity's DefaultAzureCredential (managed identity, AZURE_CLIENT_ID/
        AZURE_TENANT_ID/AZURE_CLIENT_SECRET, az login), renewed for every new session
    OPENAI_API_KEY, OPENAI_REALTIME_MODEL, OPENAI_REALTIME_URL
        OpenAI (model default gpt-realtime; the URL can point at an emulator)
    PIPECAT_RT_BEST_BACKEND   azure | openai, when both are set
    OPENAI_REALTIME_TRANSCRIBE_MODEL, AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT
        the caller's turns transcribed, so a new session (after a drop, or the move to a
        fresh one before the backend's 30/60-minute limit) has them (Azure: only when set)
    PIPECAT_RT_BEST_POOL_SIZE   warm realtime sessions kept open (default 4; 0 = no pool)
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
    from loguru import logger
    from pipecat.runner.types import RunnerArguments, WebSocketRunnerArguments

    from pipecat_rt_best.call_pipeline import (
        load_bot_prompt,
        passthrough_transport,
        phone_call,
        run_call_worker,
        shared_session_pool,
        unavailable_tool_handlers,
    )
    from pipecat_rt_best.realtime import reconnect_from_env
    from pipecat_rt_best.realtime_prompt import example_prompt_path

PROMPT = example_prompt_path("tech_support_technest.yaml")


async def bot(runner_args: RunnerArguments) -> None:
    """One phone call (pipecat's runner calls this for each media socket on ``/ws``)."""
    if not isinstance(runner_args, WebSocketRunnerArguments):
        logger.error("phone_bot.py answers phone calls: run it with -t twilio|telnyx|plivo|exotel")
        return
    prompt = load_bot_prompt(PROMPT, runner_args)  # --prompt, else PROMPT
    line = await passthrough_transport(runner_args)
    if line is None:  # no usable 'start' (logged); the socket is closed
        return
    transport, info = line
    call = await phone_call(
        transport,
        prompt,
        modality="audio",
        audio_format=info.session_audio_format,  # the line's law: G.711 straight through
        session_pool=await shared_session_pool(),  # PIPECAT_RT_BEST_POOL_SIZE warm sessions
        # a drop or the session's age limit (Azure 30 min, OpenAI 60) does not end the call:
        # a new session, moved to before that limit; the caller's turns transcribed, so it
        # gets them too (Azure: AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT)
        reconnect=reconnect_from_env(),
        duck=False,  # the model's bytes reach the caller untouched
        # the prompt's own tools (account lookup, ...): wire your back office here; until
        # then the model is told they are unavailable instead of waiting for a result
        tool_handlers=unavailable_tool_handlers(prompt),
        # the model moving to 'end' or to the prompt's transfer target ends the call after the
        # bot's last words; hand the caller over with transfer_handlers={"human_agent": f}
        # (f: e.g. a Twilio call update to <Dial>); without one, the call just ends there
    )
    await run_call_worker(call.worker, transport, info=info, parts=call)


if __name__ == "__main__":
    with exit_on_missing_extra("bots"):
        from pipecat_rt_best.call_pipeline import BotPlan
        from pipecat_rt_best.cli.bot_script import run_bot_script

        run_bot_script(
            __doc__,
            bot,
            prompt=PROMPT,
            plan=BotPlan(modality="audio", warm_pool=True),
        )
