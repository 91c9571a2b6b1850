"""A mid-call settings delta built with ``realtime_session(...)`` changes only what it names.

pipecat replaces the whole session with a delta's ``session_properties``; the builder fills
every field with a phone bot's default, so reusing it for a delta used to turn a G.711 text
call into a PCM16 audio call with manual turns.
"""

from __future__ import annotations

from pipecat.frames.frames import LLMUpdateSettingsFrame
from pipecat.services.openai.realtime import events

from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator

from .harness import RealtimePipeline, wait_until


async def test_a_delta_from_realtime_session_keeps_what_it_does_not_name() -> None:
    async with RealtimeEmulator(api_key="k", script=EmulatorScript(replies=["Hi."])) as emu:
        llm = RealtimeLLMService(
            api_key="k",
            base_url=emu.url,
            settings=RealtimeLLMService.Settings(
                session_properties=realtime_session(
                    instructions="You are Asha.",
                    audio_format="pcmu",
                    output_modality="text",
                    manual_turns=False,  # the server's VAD decides turns
                    voice="marin",
                )
            ),
        )
        async with RealtimePipeline(llm) as p:
            await wait_until(
                lambda: (
                    emu.last_session is not None
                    and emu.last_session.config.get("instructions") == "You are Asha."
                ),
                what="the call's session",
            )
            delta = RealtimeLLMService.Settings(
                session_properties=realtime_session(instructions="You are Asha. Be brief.")
            )
            await p.send(LLMUpdateSettingsFrame(delta=delta))
            session = emu.last_session
            assert session is not None
            await wait_until(
                lambda: session.config.get("instructions") == "You are Asha. Be brief.",
                what="the update",
            )
            config = session.config
    assert config["output_modalities"] == ["text"]
    assert config["audio"]["input"]["format"] == {"type": "audio/pcmu"}
    assert config["audio"]["output"]["format"] == {"type": "audio/pcmu"}
    assert config["audio"]["input"]["turn_detection"] is not None  # server VAD kept
    assert config["audio"]["output"]["voice"] == "marin"
    sp = llm._settings.session_properties
    assert isinstance(sp, events.SessionProperties) and sp.output_modalities == ["text"]
    assert llm._settings.system_instruction == "You are Asha. Be brief."


async def test_a_delta_names_what_it_changes_and_pipecats_own_properties_still_replace() -> None:
    async with RealtimeEmulator(api_key="k", script=EmulatorScript(replies=["Hi."])) as emu:
        llm = RealtimeLLMService(
            api_key="k",
            base_url=emu.url,
            settings=RealtimeLLMService.Settings(
                session_properties=realtime_session(audio_format="pcmu", output_modality="text")
            ),
        )
        async with RealtimePipeline(llm) as p:
            await wait_until(lambda: emu.last_session is not None, what="the session")
            await p.send(
                LLMUpdateSettingsFrame(
                    delta=RealtimeLLMService.Settings(
                        session_properties=realtime_session(output_modality="audio")
                    )
                )
            )
            sp = llm._settings.session_properties
            await wait_until(
                lambda: llm._settings.session_properties is not sp, what="the first update"
            )
            after_builder = llm._settings.session_properties
            replacement = events.SessionProperties(instructions="Whole.")
            await p.send(
                LLMUpdateSettingsFrame(
                    delta=RealtimeLLMService.Settings(session_properties=replacement)
                )
            )
            await wait_until(
                lambda: llm._settings.session_properties is replacement, what="the second update"
            )
    assert after_builder.output_modalities == ["audio"]
    assert after_builder.audio.input.format.type == "audio/pcmu"
