"""Session 40's review of a Hindi call end to end (indic3): the Hindi bot's console output,
the heard-text cut on Devanagari."""

from __future__ import annotations

import argparse
import io
import sys

import pytest

from pipecat_rt_best.base.word_timing import WordTiming, heard_text
from pipecat_rt_best.call_pipeline import BotPlan
from pipecat_rt_best.cli.bot_script import run_bot_script
from pipecat_rt_best.testing.offline_bot import OfflineReport


def test_a_bots_offline_report_on_a_console_without_indic_letters_is_escaped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # WRONG: 'python pipelines/hindi_phone_bot.py --offline > call.txt' on Windows (stdout in
    # cp1252; PYTHONIOENCODING=cp1252 here) ended, after a call that worked, in a
    # UnicodeEncodeError traceback at its report's 'prompt states: 1_greeting → …' line
    # (then at the Devanagari 'tts (…)' lines) and exit 1: the working call was reported
    # broken. (pipecat-rt-best's own commands escape since 1d64e00; the bot scripts did not.)
    # EXPECTED: the report, with what the console cannot show as \u escapes, and exit 0
    out = io.TextIOWrapper(io.BytesIO(), encoding="cp1252", write_through=True)
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setenv("PIPECAT_RT_BEST_POOL_SIZE", "0")

    async def offline(_bot: object, _args: argparse.Namespace, _plan: BotPlan) -> OfflineReport:
        return OfflineReport(
            lines=["prompt states: 1_greeting → 2_verify_identity", "tts (…): आपकी EMI ₹12,500"]
        )

    async def bot(_runner_args: object) -> None:
        raise AssertionError("no call")

    monkeypatch.setattr("pipecat_rt_best.testing.offline_bot.log_to_stderr", lambda _level: None)
    with pytest.raises(SystemExit) as exited:
        run_bot_script(
            None, bot, plan=BotPlan(modality="text"), offline=offline, argv=["--offline"]
        )
    assert exited.value.code == 0
    shown = out.buffer.getvalue().decode("cp1252")  # type: ignore[attr-defined]
    assert "1_greeting \\u2192 2_verify_identity" in shown and "\\u20b912,500" in shown
    assert shown.strip().splitlines()[-1].startswith("ok: the call worked")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a word reported without the consonant its virama joins ("नमस" of "नमस्ते")
        ("नमस्ते जी, आपकी EMI बाकी है", "नमस", "नमस्ते"),
        ("आपकी किस्त बाकी है", "आपकी किस", "आपकी किस्त"),
        # the eyelash ra, written with a ZWJ after the virama (Marathi 'दुसर्‍या')
        ("दुसर्\u200dया दिवशी भरा", "दुसर", "दुसर्\u200dया"),
        ("দুই লক্ষ টাকা", "দুই লক", "দুই লক্ষ"),  # Bengali: one more script that joins
    ],
)
def test_a_heard_text_cut_never_ends_inside_a_conjunct(text: str, word: str, expected: str) -> None:
    # WRONG: heard_text carries the cut over a word's combining marks (a TTS that reports a
    # word without its vowel sign must not leave the model half a syllable), but stopped at
    # the consonant a virama joins to the one before it: the model's copy ended in a dangling
    # virama, 'नमस्' of 'नमस्ते', 'आपकी किस्' of 'किस्त' (half a syllable, one grapheme cluster
    # split: Unicode's conjunct rule GB9c) or 'दुसर्' before the eyelash ra's ZWJ.
    # EXPECTED: the cut goes on to the end of the conjunct's cluster
    words = [WordTiming(word, 0.0, 400.0, 0)]
    assert heard_text(text, words, 1000.0) == expected


def test_a_tamil_pulli_is_no_conjunct_the_cut_stays_after_it() -> None:
    # Tamil's virama (pulli) shows: 'க்' and 'ஷ' are two clusters, the next letter not heard
    words = [WordTiming("பக", 0.0, 400.0, 0)]
    assert heard_text("பக்ஷி பறந்தது", words, 1000.0) == "பக்"
