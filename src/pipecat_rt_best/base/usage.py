"""A call's billed usage, summed: the model's tokens and the TTS's characters (pure).

The realtime model reports each response's tokens in ``response.done``'s ``usage``
(pipecat carries them as ``LLMUsageMetricsData``), a TTS service the characters it sent
to be synthesised (``TTSUsageMetricsData``). :class:`CallUsage` adds them up for one call,
counts only: no text, no call id. The input count is gross, as OpenAI reports it: audio,
text and the cached tokens are all inside it (``cached`` says how many of them were read
from the prompt cache, billed at the cached rate), so text is ``input - audio``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

__all__ = ["TOKEN_KINDS", "CallUsage", "TokenCounts"]

TOKEN_KINDS = ("input_text", "input_audio", "input_cached", "output_text", "output_audio")
"""The token counts a response's usage is split into (a metric's ``kind`` label)."""


@dataclass(frozen=True)
class TokenCounts:
    """One response's tokens, split by :data:`TOKEN_KINDS`."""

    input_text: int = 0
    input_audio: int = 0
    input_cached: int = 0  # of input_text + input_audio: read from the prompt cache
    output_text: int = 0
    output_audio: int = 0

    @classmethod
    def from_usage(
        cls,
        *,
        input_tokens: int,
        output_tokens: int,
        input_audio: int | None = None,
        output_audio: int | None = None,
        cached: int | None = None,
    ) -> TokenCounts:
        """The split of a usage that gives gross ``input_tokens`` / ``output_tokens`` and,
        when the backend reports them, how many were audio and how many cached (None:
        not reported, counted as 0). Text is the rest of each total, never below 0."""
        audio_in = max(0, input_audio or 0)
        audio_out = max(0, output_audio or 0)
        return cls(
            input_text=max(0, input_tokens - audio_in),
            input_audio=audio_in,
            input_cached=max(0, cached or 0),
            output_text=max(0, output_tokens - audio_out),
            output_audio=audio_out,
        )

    def as_dict(self) -> dict[str, int]:
        """``{kind: tokens}`` for each of :data:`TOKEN_KINDS`."""
        return asdict(self)


@dataclass
class CallUsage:
    """The usage one call has reported so far (responses, tokens by kind, TTS characters)."""

    responses: int = 0  # usage reports from the model: one per response.done that had one
    input_text: int = 0
    input_audio: int = 0
    input_cached: int = 0
    output_text: int = 0
    output_audio: int = 0
    tts_characters: int = 0

    def add_tokens(self, counts: TokenCounts) -> None:
        """Add one response's tokens."""
        self.responses += 1
        self.input_text += counts.input_text
        self.input_audio += counts.input_audio
        self.input_cached += counts.input_cached
        self.output_text += counts.output_text
        self.output_audio += counts.output_audio

    def add_tts_characters(self, characters: int) -> None:
        """Add the characters a TTS service was sent to synthesise."""
        self.tts_characters += max(0, characters)

    @property
    def input_tokens(self) -> int:
        return self.input_text + self.input_audio

    @property
    def output_tokens(self) -> int:
        return self.output_text + self.output_audio

    def as_dict(self) -> dict[str, int]:
        """The counts, for a JSON summary."""
        return asdict(self)

    def describe(self) -> str:
        """One line of counts: ``tokens in 1200 (audio 225, text 975, cached 0), out 284
        (audio 200, text 84) over 4 response(s), TTS 0 characters``."""
        return (
            f"tokens in {self.input_tokens} (audio {self.input_audio}, text {self.input_text}, "
            f"cached {self.input_cached}), out {self.output_tokens} (audio {self.output_audio}, "
            f"text {self.output_text}) over {self.responses} response(s), "
            f"TTS {self.tts_characters} characters"
        )
