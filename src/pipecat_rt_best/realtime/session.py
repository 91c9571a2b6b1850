"""A one-call builder for the session properties a phone bot wants.

:func:`realtime_session` builds a whole session: what the caller leaves out gets the phone
bot's default (PCM16, audio out, manual turns). It also records which of its keywords the
caller gave, so the same call works as a mid-call delta: the pack's realtime service merges
only those into the running session (:func:`merge_session_update`), where pipecat would
replace the whole session with the builder's defaults::

    LLMUpdateSettingsFrame(delta=RealtimeLLMService.Settings(
        session_properties=realtime_session(instructions="...")))  # only the instructions change
"""

from __future__ import annotations

import weakref
from typing import Literal

from pipecat.services.openai.realtime import events

Format = Literal["pcm", "pcmu", "pcma"]

_FORMATS: dict[
    str, type[events.PCMAudioFormat | events.PCMUAudioFormat | events.PCMAAudioFormat]
] = {
    "pcm": events.PCMAudioFormat,
    "pcmu": events.PCMUAudioFormat,
    "pcma": events.PCMAAudioFormat,
}


# id of each live session realtime_session built -> the keywords its caller gave (an entry
# goes when its session does, so an id is never read for another object)
_GIVEN: dict[int, frozenset[str]] = {}


def _remember_given(session: events.SessionProperties, given: frozenset[str]) -> None:
    _GIVEN[id(session)] = given
    weakref.finalize(session, _GIVEN.pop, id(session), None)


def realtime_session(
    *,
    instructions: str | None = None,
    audio_format: Format | None = None,
    output_modality: Literal["audio", "text"] | None = None,
    manual_turns: bool | None = None,
    voice: str | None = None,
    tools: list[dict] | None = None,
    transcribe_input: bool | str | None = None,
) -> events.SessionProperties:
    """Session properties for a realtime phone bot.

    ``manual_turns=True`` (the default) sets ``turn_detection`` to null: the pipeline's own
    VAD decides turns (commit + ``response.create`` on the caller's stop), so background
    noise and background speech can't make the server interrupt the bot. ``audio_format``
    ``pcmu`` / ``pcma`` is G.711 straight through for telephony; ``pcm`` (the default) is
    PCM16 at 24 kHz. ``output_modality`` defaults to ``"audio"``. ``transcribe_input``: the
    caller's turns transcribed into the context (which a reconnect restores) — ``True`` with
    pipecat's default model, a model name (on Azure: the name of a transcription model's
    deployment), or ``False`` (the default): off.

    At construction (``Settings(session_properties=realtime_session(...))``) the result is a
    whole session, defaults included. In a mid-call ``LLMUpdateSettingsFrame`` delta the
    pack's realtime service changes only the keywords given here (a keyword left out, or
    passed as ``None``, keeps the call's value), so ``realtime_session(instructions=...)``
    does not turn a G.711 text call into a PCM16 audio one.
    """
    fmt_name = "pcm" if audio_format is None else audio_format
    try:
        fmt = _FORMATS[fmt_name]
    except KeyError:
        raise ValueError(
            f"audio_format must be one of {sorted(_FORMATS)}, not {audio_format!r}"
        ) from None
    given = {
        name
        for name, value in (
            ("instructions", instructions),
            ("audio_format", audio_format),
            ("output_modality", output_modality),
            ("manual_turns", manual_turns),
            ("voice", voice),
            ("tools", tools),
            ("transcribe_input", transcribe_input),
        )
        if value is not None
    }
    if isinstance(transcribe_input, str) and not transcribe_input.strip():
        raise ValueError("transcribe_input must be a model name, True or False, not ''")
    transcription = (
        events.InputAudioTranscription(model=transcribe_input.strip())
        if isinstance(transcribe_input, str)
        else events.InputAudioTranscription()
        if transcribe_input
        else None
    )
    audio_input = events.AudioInput(
        format=fmt(),
        turn_detection=False if manual_turns in (None, True) else events.TurnDetection(),
        transcription=transcription,
    )
    session = events.SessionProperties(
        instructions=instructions,
        output_modalities=[output_modality or "audio"],
        audio=events.AudioConfiguration(
            input=audio_input,
            output=events.AudioOutput(format=fmt(), voice=voice),  # type: ignore[call-arg]
        ),
        tools=tools,
    )
    _remember_given(session, frozenset(given))
    return session


def merge_session_update(
    current: events.SessionProperties | None, update: events.SessionProperties
) -> events.SessionProperties:
    """The session a mid-call delta's ``session_properties`` stands for.

    ``update`` built by :func:`realtime_session`: a copy of ``current`` with only the
    keywords the caller gave applied. Anything else (pipecat's own ``SessionProperties``):
    ``update`` itself, which replaces the session whole, as in pipecat.
    """
    given = _GIVEN.get(id(update))
    if given is None or current is None:
        return update
    merged = current.model_copy(deep=True)
    if "instructions" in given:
        merged.instructions = update.instructions
    if "output_modality" in given:
        merged.output_modalities = update.output_modalities
    if "tools" in given:
        merged.tools = update.tools
    if not given & {"audio_format", "manual_turns", "transcribe_input", "voice"}:
        return merged
    assert update.audio and update.audio.input and update.audio.output  # built above
    audio = merged.audio = merged.audio or events.AudioConfiguration()
    audio_in = audio.input = audio.input or events.AudioInput()
    audio_out = audio.output = audio.output or events.AudioOutput()  # type: ignore[call-arg]
    if "audio_format" in given:
        audio_in.format = update.audio.input.format
        audio_out.format = update.audio.output.format
    if "manual_turns" in given:
        audio_in.turn_detection = update.audio.input.turn_detection
    if "transcribe_input" in given:
        audio_in.transcription = update.audio.input.transcription
    if "voice" in given:
        audio_out.voice = update.audio.output.voice
    return merged
