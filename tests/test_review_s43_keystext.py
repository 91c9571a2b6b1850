"""Review s43, keystext: a keypad entry typed while the VOICE still speaks a text-modality reply.

In text modality the realtime response ends (``response.done``) long before the Azure voice
has spoken it; the reply reaches pipecat's context only when the TTS's end of it does.
"""

from __future__ import annotations

import pytest

pytest.importorskip("azure.cognitiveservices.speech")

from pipecat.frames.frames import (
    InputAudioRawFrame,
    InputDTMFFrame,
    KeypadEntry,
    LLMContextFrame,
    UserStartedSpeakingFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.aggregators.llm_response_universal import LLMContextAggregatorPair

from pipecat_rt_best.azure_tts import AzureSpeechTTSService
from pipecat_rt_best.call_pipeline.keypad import KeypadParams
from pipecat_rt_best.call_pipeline.keypad_processor import KeypadProcessor
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator
from pipecat_rt_best.testing.simulated_call.transport import SimulatedCallTransport
from tests.azure_tts.harness import wait_until
from tests.realtime.harness import running_worker
from tests.test_review_s43_keys import _server_texts

KEY = "sk-test-keystext"
REPLY = "Sure, one moment. Let me look that up for you in our records."
WORDS_REPLY_KEYS = [
    "Hello.",
    "my account number is",
    REPLY,
    "[keypad] The caller pressed: 4#",
    "Got it.",
]


async def _keys_while_the_voice_speaks(
    *, interrupts: bool, after_s: float
) -> tuple[list[str], list[str], bool, bool]:
    """A text-modality call (realtime service → Azure TTS through the real SDK → a handset
    playing in real time → pipecat's assistant aggregator): the caller says "my account
    number is"; once the model's reply to it has ended on the server but the voice is still
    speaking it, the caller types 4#. The context's texts, the server's, whether the reply's
    response had ended when the keys came, and whether the voice was still speaking it."""
    async with (
        RealtimeEmulator(
            api_key=KEY,
            script=EmulatorScript(
                replies=["Hello.", REPLY, "Got it."], user_transcripts=["my account number is"]
            ),
        ) as rt,
        AzureSpeechEmulator() as az,
    ):
        transport = SimulatedCallTransport([], sample_rate=8000)
        context = LLMContext()
        pair = LLMContextAggregatorPair(context)
        llm = RealtimeLLMService(
            api_key=KEY,
            base_url=rt.url,
            settings=RealtimeLLMService.Settings(
                session_properties=realtime_session(output_modality="text", transcribe_input=True)
            ),
        )
        tts = AzureSpeechTTSService(api_key="test-key", host=az.host, output="ulaw")
        keypad = KeypadProcessor(KeypadParams(idle_timeout_s=0.2, interrupts=interrupts))

        def texts() -> list[str]:
            return [str(m.get("content")) for m in context.get_messages()]  # type: ignore[union-attr]

        processors = [transport.input(), pair.user(), keypad, llm, tts, transport.output()]
        async with running_worker([*processors, pair.assistant()], end_timeout_s=15) as worker:
            await worker.queue_frame(LLMContextFrame(context))
            await wait_until(lambda: texts() == ["Hello."], "the greeting, spoken", 15)
            session = rt.last_session
            await worker.queue_frames(
                [
                    UserStartedSpeakingFrame(),
                    InputAudioRawFrame(audio=bytes(3200), sample_rate=8000, num_channels=1),
                ]
            )
            await wait_until(lambda: llm._appended_since_commit > 0, "the caller's audio sent")
            await worker.queue_frame(UserStoppedSpeakingFrame())
            # the reply's response has ended on the server; its voice has begun
            await wait_until(
                lambda: (
                    len(session.responses) >= 2 and session.responses[1]["status"] == "completed"
                ),
                "the reply's response.done",
                15,
            )
            played = transport.played.seconds
            await wait_until(lambda: transport.played.seconds > played + after_s, "the voice", 15)
            response_ended = session.responses[1]["status"] == "completed"
            still_speaking = REPLY not in texts()
            await worker.queue_frames(
                [InputDTMFFrame(KeypadEntry.FOUR), InputDTMFFrame(KeypadEntry.POUND)]
            )
            await wait_until(lambda: "Got it." in texts(), "the answer to the keys", 20)
            local = texts()
            server = _server_texts(session.conversation)
    return local, server, response_ended, still_speaking


async def test_keys_typed_while_the_voice_speaks_an_ended_reply_follow_it_in_the_context() -> None:
    # A bank IVR in text modality: "say or type your account number". The caller says "my
    # account number is"; the model's reply has ended on the server (response.done) but the
    # Azure voice is still speaking it when the caller types 4# (keys that do not cut the
    # voice: interrupts=False). The entry goes to the model at once, after the ended reply;
    # pipecat's TTS queues it behind the reply's audio and the output transport passes it on
    # after that audio, so the assistant aggregator writes it after the reply.
    # Guards: the context holds words, reply, keys, as the server's conversation does.
    local, server, response_ended, still_speaking = await _keys_while_the_voice_speaks(
        interrupts=False, after_s=0.5
    )
    assert response_ended and still_speaking  # the case under test
    assert server == WORDS_REPLY_KEYS, server
    assert local == server


def _without_the_reply(texts: list[str]) -> list[str]:
    return [t for t in texts if not REPLY.startswith(t)]


async def test_keys_that_cut_the_voice_early_in_a_reply_follow_the_callers_words() -> None:
    # The same call with the keypad's default (interrupts=True): the caller types 4# just
    # after the voice began the reply to "my account number is", which cuts it.
    # WRONG: local context: Hello, Sure, (the heard part), [keypad] 4#, my account number
    # is, Got it; the server: Hello, my account number is, [keypad] 4#, Got it (what was
    # heard of the reply, if anything, between the words and the keys).
    # (pipecat's user aggregator writes the caller's turn 1 s after the reply starts, or at
    # its end; the keypad's interruption had the assistant aggregator write the heard part
    # first, and the keys went in before the turn did.)
    # EXPECTED: the caller's words before the heard reply and the keys, as on the server.
    local, server, response_ended, still_speaking = await _keys_while_the_voice_speaks(
        interrupts=True, after_s=0.2
    )
    assert response_ended and still_speaking  # the case under test
    assert _without_the_reply(server) == _without_the_reply(WORDS_REPLY_KEYS), server
    assert _without_the_reply(local) == _without_the_reply(server), local
    replies = [i for i, t in enumerate(local) if REPLY.startswith(t)]
    assert all(local.index("my account number is") < i for i in replies), local
