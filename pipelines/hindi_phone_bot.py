"""Hindi phone bot: the model writes, Azure speaks — sentence by sentence, numbers spelled out.

    python pipelines/hindi_phone_bot.py --offline           # one simulated call, no keys
    python pipelines/hindi_phone_bot.py -t twilio -x <your-tunnel-host>   # real calls

The same front as ``phone_bot.py`` — G.711 straight through from the provider, the
noise-robust VAD deciding the caller's turns, a pooled realtime session, a structured
prompt with tracked conversation state (``--prompt``, default the Sahyog Finance EMI
reminder) — but the model answers in TEXT modality and the pack's Azure TTS speaks each
sentence as soon as it is complete: numbers normalised for Hindi first (₹12,500 →
"बारह हज़ार पाँच सौ रुपये"), the prompt's Reference Pronunciations as the voice's lexicon,
8 kHz μ-law (A-law on A-law lines) straight to the line. On a barge-in the TTS stops at
once and the model's copy of its reply is cut to the words the caller heard.

``-t twilio|telnyx|plivo|exotel -x HOST`` runs pipecat's development runner (webhook
``https://HOST/``, stream ``wss://HOST/ws``). ``--offline`` runs one complete simulated
call against the built-in realtime emulator and the Azure Speech emulator (which the real
Speech SDK talks to) and prints what each practice did; exit 0 only when the call worked.

Environment (a backend that is configured is used, also with ``--offline``):
    AZURE_OPENAI_REALTIME_ENDPOINT, AZURE_OPENAI_API_KEY, AZURE_OPENAI_REALTIME_DEPLOYMENT
        Azure OpenAI (or OPENAI_API_KEY, OPENAI_REALTIME_MODEL, OPENAI_REALTIME_URL;
        PIPECAT_RT_BEST_BACKEND = azure | openai when both are set)
    AZURE_OPENAI_AUTH=entra   Microsoft Entra ID instead of AZURE_OPENAI_API_KEY: a token
        from azure.identity's DefaultAzureCredential (managed identity, AZURE_CLIENT_ID/
        AZURE_TENANT_ID/AZURE_CLIENT_SECRET, az login), renewed for every new session
    OPENAI_REALTIME_TRANSCRIBE_MODEL, AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT
        the caller's turns transcribed, so a new session (after a drop, or the move to a
        fresh one before the backend's 30/60-minute limit) has them (Azure: only when set)
    AZURE_SPEECH_API_KEY (or AZURE_SPEECH_AUTH_TOKEN, or AZURE_SPEECH_RESOURCE_ID) and one
        of AZURE_SPEECH_REGION, AZURE_SPEECH_ENDPOINT, AZURE_SPEECH_HOST (a container or
        the emulator)
    AZURE_SPEECH_RESOURCE_ID  Microsoft Entra ID: the Speech resource's ID
        (/subscriptions/…/providers/Microsoft.CognitiveServices/accounts/<name>); without a
        key or token the token comes from azure.identity, as aad#<resource id>#<token>,
        renewed before it expires (the same credential as AZURE_OPENAI_AUTH=entra)
    AZURE_SPEECH_VOICE        default hi-IN-SwaraNeural here
    AZURE_SPEECH_LANGUAGE     default the voice's locale; hi-IN for a custom voice's name
    AZURE_SPEECH_ENDPOINT_ID  a custom neural voice deployment (with its voice name)
    PIPECAT_RT_BEST_POOL_SIZE   warm realtime sessions kept open (default 4; 0 = no pool)
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from pipecat_rt_best.base.loguru_env import loguru_env

# before pipecat loads: no import banner (WARNING); pipecat's runner logs to stderr with
# loguru's defaults: no variable values (a key among them) in a traceback (DIAGNOSE NO). An
# empty LOGURU_* (an env file copied from .env.example) counts as unset.
os.environ.update(loguru_env(LOGURU_LEVEL="WARNING", LOGURU_DIAGNOSE="NO"))

from pipecat_rt_best.base.extras import exit_on_missing_extra

with exit_on_missing_extra("bots"):  # an install without it: one line naming it
    from loguru import logger
    from pipecat.runner.types import RunnerArguments, WebSocketRunnerArguments

    from pipecat_rt_best.azure_tts.env import voice_locale
    from pipecat_rt_best.base.env_value import env_secret
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

PROMPT = example_prompt_path("hindi_loan_collection.yaml")
VOICE = "hi-IN-SwaraNeural"
# --offline: the reply the caller barges into, with numbers as a model writes them (with
# another --prompt, that prompt's examples)
OFFLINE_REPLY = (
    "आपकी EMI ₹12,500 है, जो 5 दिसंबर को देय थी। कुल बकाया ₹25,000 है और लेट फ़ीस ₹500 है। "
    "आप UPI से या नेट बैंकिंग से भुगतान कर सकते हैं। क्या मैं आपको भुगतान का लिंक भेज दूँ? "
    "लिंक चौबीस घंटे तक चलेगा, और भुगतान के बाद आपको SMS से रसीद मिल जाएगी।"
)


def hindi_speech_env(environ: Mapping[str, str]) -> dict[str, str]:
    """The environment the bot's voice reads: the Hindi voice unless one is set (unset, or
    blank as in .env.example), and the SSML language hi-IN for a voice whose name says no
    locale (a custom neural voice, ``SahyogAshaNeural``), which would otherwise be en-US."""
    env = dict(environ)
    # read as AzureSpeechConfig.from_env reads them: ``docker run --env-file`` keeps quotes
    if not env_secret(env, "AZURE_SPEECH_VOICE"):
        env["AZURE_SPEECH_VOICE"] = VOICE
    if not env_secret(env, "AZURE_SPEECH_LANGUAGE") and not voice_locale(
        env_secret(env, "AZURE_SPEECH_VOICE")
    ):
        env["AZURE_SPEECH_LANGUAGE"] = "hi-IN"
    return env


async def bot(runner_args: RunnerArguments) -> None:
    """One phone call (pipecat's runner calls this for each media socket on ``/ws``)."""
    if not isinstance(runner_args, WebSocketRunnerArguments):
        logger.error(
            "hindi_phone_bot.py answers phone calls: run it with -t twilio|telnyx|plivo|exotel"
        )
        return
    prompt = load_bot_prompt(PROMPT, runner_args)  # --prompt, else PROMPT
    line = await passthrough_transport(runner_args)
    if line is None:  # no usable 'start' (logged); the socket is closed
        return
    transport, info = line
    call = await phone_call(
        transport,
        prompt,
        modality="text",  # the model writes; Azure speaks in the line's law
        audio_format=info.session_audio_format,  # the caller's G.711 straight to the model
        session_pool=await shared_session_pool(),  # PIPECAT_RT_BEST_POOL_SIZE warm sessions
        # a drop or the session's age limit (Azure 30 min, OpenAI 60) does not end the call:
        # a new session, moved to before that limit; the caller's turns transcribed, so it
        # gets them too (Azure: AZURE_OPENAI_REALTIME_TRANSCRIBE_DEPLOYMENT)
        reconnect=reconnect_from_env(),
        speech_env=hindi_speech_env(os.environ),
        duck=False,  # the voice's μ-law bytes reach the caller untouched
        # the prompt's own tools (payment link, ...): wire your back office here; until
        # then the model is told they are unavailable instead of waiting for a result
        tool_handlers=unavailable_tool_handlers(prompt),
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
            plan=BotPlan(
                modality="text",
                long_reply=OFFLINE_REPLY,
                short_reply="जी, बताइए।",
                voice=VOICE,
                warm_pool=True,
            ),
        )
