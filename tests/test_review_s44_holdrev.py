"""Review s44 (holdrev): the PlayoutTracker holding a reply's text until the caller heard it
(commit 4835539), on real calls: what it costs, and what its holding reorders.

The tracker asks its source (the realtime service) whether its first held text frame was
heard at every frame that goes by and every 20 ms while it holds one; in audio modality that
is :meth:`TruncationMixin.text_heard`, answered by the playout clock and the item's
transcript cut at the heard ms (:func:`~pipecat_rt_best.interruption_truncation.carry_over.spoken_part`).
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from pipecat.frames.frames import BotStartedSpeakingFrame, BotStoppedSpeakingFrame

from pipecat_rt_best.interruption_truncation import carry_over
from pipecat_rt_best.testing.realtime_emulator import Reply

from .realtime.harness import wait_until
from .test_review_s43_heardctx import BRANCH, _call
from .test_review_s44_turnstop import _after, _Do, _Source, _speaking, _speech, _text


async def test_text_heard_reads_only_the_word_it_asks_about(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # WRONG: while the tracker holds a reply's text (all of a reply's playout: the transcript
    # runs ahead of the audio) it asks text_heard about 100 times a second (each audio chunk,
    # and its 20 ms poll), and each answer cut the item's whole transcript at the heard ms:
    # a WordTiming for every word of it, 0.25 ms a call on a 380-character reply (measured:
    # 0.67 s of CPU in a 25 s reply, ~2.7 % of a core per speaking call, a quarter of the
    # whole process's CPU with the emulator in it), growing with the reply's length.
    # EXPECTED: an answer reads the word the asked-about text ends in, not the transcript.
    built = 0
    timing = carry_over.WordTiming

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal built
        built += 1
        return timing(*args, **kwargs)

    monkeypatch.setattr(carry_over, "WordTiming", counting)
    async with _call(Reply(text=BRANCH)) as call:
        asked = 0
        text_heard = call.llm.text_heard

        def counted(tag: Any) -> bool:
            nonlocal asked
            asked += 1
            return text_heard(tag)

        monkeypatch.setattr(call.llm, "text_heard", counted)
        await wait_until(lambda: call.assistant_said(), what="the reply in the context", timeout=6)
    assert call.assistant_said() == [BRANCH]
    assert asked > 20, asked  # the tracker asked all along the reply
    assert built <= asked, (built, asked)  # (8 words a call before)


_SAMPLES = [
    "Our branch opens at ten in the morning.",
    "Your loan of ₹4,50,000 was approved — yesterday!  The first   instalment…",
    "  leading space, then words; «quoted» (and bracketed) text.",
    "नमस्ते राहुल जी। आपकी ₹12,500 की EMI 5 दिसंबर को देय थी।",
    "क्षमा करें, मैं दोबारा बताती हूँ: कुल बकाया पच्चीस हज़ार रुपये है।",
]


@pytest.mark.parametrize("transcript", _SAMPLES)
def test_the_word_at_a_position_says_what_the_whole_transcript_cut_says(transcript: str) -> None:
    # EXPECTED: spoken_through (the word at ``end``) answers as the transcript cut by
    # spoken_part does, for every position and heard ms (the tracker's hold depends on it).
    rng = random.Random(7)
    for _ in range(400):
        rate = rng.choice([0.012, 0.015, 0.02, 0.05])
        audio_ms = rng.choice([0.0, -5.0, rng.uniform(0, len(transcript) / rate * 1.1)])
        end = rng.randint(0, len(transcript))
        heard = len(carry_over.spoken_part(transcript, audio_ms, rate))
        whole = end <= heard or not transcript[heard:end].strip()
        assert carry_over.spoken_through(transcript, end, audio_ms, rate) == whole, (
            transcript,
            end,
            audio_ms,
            rate,
        )


# -- the tracker alone, with a stand-in source (the turnstop review's) ----------------------


async def test_the_bot_starting_again_never_reaches_the_aggregator_before_its_stop() -> None:
    # WRONG: the output's audio ran dry mid-reply for more than 0.35 s (a sentence a TTS was
    # late with, a stalled server): it pushed BotStoppedSpeakingFrame, then
    # BotStartedSpeakingFrame when the audio came back. The tracker held the stop behind the
    # unheard text and let the start (a system frame) go on at once: the assistant
    # aggregator saw the bot start, then stop — and took the bot for silent while it spoke the
    # rest of the reply (a tool's result then runs the model at once instead of after the
    # words; an app's processor after it starts its silence timer).
    # EXPECTED: the bot's starts and stops reach the aggregator in the order the output sent
    # them: a start behind a held stop waits behind it.
    source = _Source()
    down = await _speaking(
        source,
        *_after(_text("Your loan", "a"), _speech(200)),
        BotStoppedSpeakingFrame(),  # the audio ran dry
        *_after(BotStartedSpeakingFrame()),  # and came back
        *_after(_text(" was approved", "b"), _speech(200)),
        _Do(lambda: source.heard_tags.add("a")),
        *_after(_Do(lambda: setattr(source, "timeline_ms", 400.0))),
    )
    bot = [
        type(f).__name__
        for f in down
        if isinstance(f, BotStartedSpeakingFrame | BotStoppedSpeakingFrame)
    ]
    assert bot == [
        "BotStartedSpeakingFrame",
        "BotStoppedSpeakingFrame",
        "BotStartedSpeakingFrame",
    ], bot
