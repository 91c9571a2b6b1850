"""Deterministic audio and the audio-time → heard-text mapping."""

from __future__ import annotations

import numpy as np
import pytest

from pipecat_rt_best.testing.realtime_emulator import (
    MS_PER_CHAR,
    heard_text,
    synthesize,
    word_timings,
)
from pipecat_rt_best.testing.realtime_emulator.audio import (
    bytes_per_ms,
    decode_to_pcm16,
    sample_rate,
    text_duration_ms,
    tokenize,
)

TEXT = "Hello there, how are you?"


def test_tokens_rejoin_to_the_text() -> None:
    for text in (TEXT, "  lead and trail  ", "one", "", "नमस्ते दुनिया"):
        assert "".join(tokenize(text)) == text
    assert tokenize(TEXT) == ["Hello", " there,", " how", " are", " you?"]


def test_word_timings_follow_the_characters() -> None:
    timings = word_timings(TEXT)
    assert [t.word for t in timings] == [t.strip() for t in tokenize(TEXT)]
    assert timings[0].offset_ms == 0 and timings[0].end_ms == 5 * MS_PER_CHAR
    # " there," starts after "Hello" and its space
    assert timings[1].offset_ms == 6 * MS_PER_CHAR
    assert timings[1].text_offset == 6 and TEXT[6:].startswith(timings[1].word)
    assert timings[-1].end_ms == text_duration_ms(TEXT) == len(TEXT) * MS_PER_CHAR


@pytest.mark.parametrize("fmt", ["audio/pcm", "audio/pcmu", "audio/pcma"])
def test_synthesis_length_and_determinism(fmt: str) -> None:
    audio = synthesize(TEXT, fmt)
    assert len(audio) == len(TEXT) * MS_PER_CHAR * bytes_per_ms(fmt)
    assert synthesize(TEXT, fmt) == audio
    assert synthesize("Goodbye there, how are you?", fmt) != synthesize(
        "Hellox there, how are you?", fmt
    )


@pytest.mark.parametrize("fmt", ["audio/pcm", "audio/pcmu", "audio/pcma"])
def test_words_are_tones_and_gaps_are_silence(fmt: str) -> None:
    pcm = decode_to_pcm16(synthesize(TEXT, fmt), fmt).astype(np.float64)
    per_ms = sample_rate(fmt) // 1000
    token_start = 0
    for t in word_timings(TEXT):
        start, end = int(t.offset_ms), int(t.end_ms)
        word = pcm[(start + 10) * per_ms : (end - 10) * per_ms]
        assert np.sqrt(np.mean(word**2)) > 0.15 * 32767  # a 0.3-amplitude sine has RMS 0.21
        gap = pcm[token_start * per_ms : start * per_ms]
        assert np.max(np.abs(gap), initial=0) <= 8  # G.711 silence decodes to ±8 at most
        token_start = end  # the next token starts with the whitespace after this word


def test_bytes_per_ms() -> None:
    assert bytes_per_ms("audio/pcm") == 48
    assert bytes_per_ms("audio/pcmu") == bytes_per_ms("audio/pcma") == 8
    with pytest.raises(ValueError):
        bytes_per_ms("audio/opus")


def test_heard_text_partial_and_full_words() -> None:
    # "Hello" 0-325 ms, " there," word 390-780, " how" 845-1040 ...
    assert heard_text(TEXT, 0) == ""
    assert heard_text(TEXT, 1) == "Hello"
    assert heard_text(TEXT, 1, include_partial=False) == ""
    assert heard_text(TEXT, 325, include_partial=False) == "Hello"
    assert heard_text(TEXT, 390) == "Hello"  # " there," has not started yet
    assert heard_text(TEXT, 391) == "Hello there,"
    assert heard_text(TEXT, 779, include_partial=False) == "Hello"
    assert heard_text(TEXT, 780, include_partial=False) == "Hello there,"
    assert heard_text(TEXT, 10_000) == TEXT
    for ms in range(0, 2000, 37):
        assert TEXT.startswith(heard_text(TEXT, ms))
        assert len(heard_text(TEXT, ms, include_partial=False)) <= len(heard_text(TEXT, ms))


@pytest.mark.parametrize(
    ("text", "ms", "include_partial", "expected"),
    [
        ("", 10_000, True, ""),
        ("  lead", 130, True, ""),  # the leading whitespace is silence: nothing heard yet
        ("  lead", 131, True, "  lead"),  # the token keeps its leading whitespace
        ("trail  ", 1, True, "trail  "),  # the last token carries the text's trailing space
        ("trail  ", 324, False, ""),
        ("trail  ", 325, False, "trail  "),
        ("¿Qué tal?", 1, True, "¿Qué"),  # punctuation is part of its word
        ("¿Qué tal?", 0, True, ""),
        ("a b", 130, True, "a"),  # exactly at the start of "b": not started
        ("a b", 131, True, "a b"),
        ("   ", 195, True, ""),  # whitespace only: "heard" once its silence has passed
        ("   ", 196, True, "   "),
        ("   ", 195, False, "   "),
    ],
)
def test_heard_text_edge_cases(text: str, ms: float, include_partial: bool, expected: str) -> None:
    assert heard_text(text, ms, include_partial=include_partial) == expected
