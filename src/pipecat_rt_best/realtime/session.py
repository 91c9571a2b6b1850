"""A one-call builder for the session properties a phone bot wants."""

from __future__ import annotations

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


def realtime_session(
    *,
    instructions: str | None = None,
    audio_format: Format = "pcm",
    output_modality: Literal["audio", "text"] = "audio",
    manual_turns: bool = True,
    voice: str | None = None,
    tools: list[dict] | None = None,
    transcribe_input: bool = False,
) -> events.SessionProperties:
    """Session properties for a realtime phone bot.

    ``manual_turns=True`` sets ``turn_detection`` to null: the pipeline's own VAD decides
    turns (commit + ``response.create`` on the caller's stop), so background noise and
    background speech can't make the server interrupt the bot. ``audio_format`` ``pcmu``
    / ``pcma`` is G.711 straight through for telephony; ``pcm`` is PCM16 at 24 kHz.
    """
    try:
        fmt = _FORMATS[audio_format]
    except KeyError:
        raise ValueError(
            f"audio_format must be one of {sorted(_FORMATS)}, not {audio_format!r}"
        ) from None
    audio_input = events.AudioInput(
        format=fmt(),
        turn_detection=False if manual_turns else events.TurnDetection(),
        transcription=events.InputAudioTranscription() if transcribe_input else None,
    )
    return events.SessionProperties(
        instructions=instructions,
        output_modalities=[output_modality],
        audio=events.AudioConfiguration(
            input=audio_input,
            output=events.AudioOutput(format=fmt(), voice=voice),  # type: ignore[call-arg]
        ),
        tools=tools,
    )
