"""A barge-in leaves the model the heard part of what it WROTE, cut between written words.

Through the real Speech SDK against the emulator: the sentence Azure speaks differs from
the one the model wrote (numbers spelled out by a text transform, a lexicon term said
through ``<sub alias>``, an escaped ``&``), and the SDK reports word boundaries with
``text_offset`` positions in the SSML. The heard-text report must map them back.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import pytest

pytest.importorskip("azure.cognitiveservices.speech")

from azure.cognitiveservices.speech import SpeechSynthesisBoundaryType
from pipecat.frames.frames import InterruptionFrame, LLMContextFrame, TTSAudioRawFrame
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.services.azure.tts import AzureTTSSettings

from pipecat_rt_best.azure_tts import AzureSpeechConfig, AzureSpeechTTSService
from pipecat_rt_best.azure_tts.service import _Reply, _Sentence
from pipecat_rt_best.azure_tts.ssml import VoiceSettings, build_ssml_mapped, lexicon_entries
from pipecat_rt_best.base.frames import G711TTSAudioFrame, SpokenTextHeardFrame
from pipecat_rt_best.base.word_timing import heard_text
from pipecat_rt_best.call_pipeline.azure_tts import azure_tts_for_calls
from pipecat_rt_best.indic_numbers.text_transforms import number_text_transform
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator, Boundary
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator

from .harness import reply_frames, running, wait_until


@dataclass(frozen=True)
class Case:
    """A two-sentence reply with an amount, a lexicon term, and what to expect."""

    voice: str
    language: str
    lexicon: dict[str, str]
    reply: tuple[str, str]
    amount_words: list[str]  # what the voice says for ₹12,500
    before: str  # the written words before the amount
    after: str  # the written word after it
    written_words: list[str]  # the first written words with a timing
    spoken_only: list[str]  # words the voice said that the model never wrote


CASES = {
    "hi": Case(
        voice="hi-IN-SwaraNeural",
        language="hi-IN",
        lexicon={"EMI": "ई एम आई"},
        reply=("आपकी EMI ₹12,500 है, जो 5 दिसंबर को देय थी।", " क्या मैं लिंक भेज दूँ?"),
        amount_words=["बारह", "हज़ार", "पाँच", "सौ", "रुपये"],
        before="आपकी EMI",
        after="है",
        written_words=["आपकी", "EMI", "₹12,500", "है", "जो", "5", "दिसंबर", "को", "देय", "थी"],
        spoken_only=["बारह", "हज़ार", "ई एम आई", "पाँच"],
    ),
    "en": Case(
        voice="en-US-AvaNeural",
        language="en-US",
        lexicon={"EMI": "E M I"},
        reply=("Your EMI of ₹12,500 for the R&D loan was due on 5 May.", " Shall I send it?"),
        amount_words=["twelve", "thousand", "five", "hundred", "rupees"],
        before="Your EMI of",
        after="for",
        written_words=["Your", "EMI", "of", "₹12,500", "for", "the", "R&D", "loan", "was"],
        spoken_only=["twelve", "thousand", "E M I", "fifth"],
    ),
}


def _service(emu: AzureSpeechEmulator, case: Case) -> AzureSpeechTTSService:
    """The case's voice and lexicon, its numbers spelled out, G.711 out."""
    return AzureSpeechTTSService(
        api_key="test-key",
        host=emu.host,
        output="ulaw",
        settings=AzureTTSSettings(voice=case.voice, language=case.language),
        lexicon=case.lexicon,
        text_transforms=[("*", number_text_transform(case.language[:2]))],
    )


async def _report(emu: AzureSpeechEmulator, case: Case) -> SpokenTextHeardFrame:
    tts = _service(emu, case)
    async with running(tts) as (worker, up, down):
        await worker.queue_frames(reply_frames(*case.reply))
        await wait_until(
            lambda: len(emu.requests) == 2 and emu.requests[1].status == "completed",
            "both sentences",
        )
        total = len(emu.requests[0].audio) + len(emu.requests[1].audio)
        await wait_until(lambda: _g711_bytes(down.audio()) == total, "all the audio out")
        # The SDK raises word boundaries and audio from different threads, so under load a
        # sentence's last boundaries can reach the service after its audio has gone out (the
        # caller hears those words only later): wait for the last word's timing too.
        last = _words(emu, 1)[-1].text
        await wait_until(
            lambda: any(r.words and r.words[-1].word == last for r in tts._replies.values()),
            "the last word's timing",
        )
        await worker.queue_frame(InterruptionFrame())  # while the audio is still playing
        await wait_until(lambda: up.of(SpokenTextHeardFrame), "the heard-text report")
    [report] = up.of(SpokenTextHeardFrame)
    return report


def _g711_bytes(frames: list[TTSAudioRawFrame]) -> int:
    return sum(len(f.g711) for f in frames if isinstance(f, G711TTSAudioFrame))


def _words(emu: AzureSpeechEmulator, request: int = 0) -> list[Boundary]:
    return [b for b in emu.requests[request].words if b.kind == "WordBoundary"]


def _amount(emu: AzureSpeechEmulator, case: Case) -> list[Boundary]:
    """The boundaries Azure reported for the spelled-out amount, in order."""
    bounds = _words(emu)
    first = next(i for i, b in enumerate(bounds) if b.text == case.amount_words[0])
    said = bounds[first : first + len(case.amount_words)]
    assert [b.text for b in said] == case.amount_words
    return said


@pytest.mark.parametrize("lang", ["hi", "en"])
async def test_the_report_is_the_written_reply_with_one_timing_per_written_word(
    emu: AzureSpeechEmulator, lang: str
) -> None:
    case = CASES[lang]
    report = await _report(emu, case)
    written = " ".join(s.strip() for s in case.reply)
    assert report.text == written
    # Azure spoke the transformed text (the emulator says so) ...
    spoken = emu.requests[0].spoken_text
    assert all(w in spoken for w in case.amount_words) and "12,500" not in spoken
    # ... but every timing names a written word, at its place in the written reply
    got = [w.word for w in report.words]
    assert got[: len(case.written_words)] == case.written_words
    for w in report.words:
        assert w.text_offset is not None
        assert written[w.text_offset : w.text_offset + len(w.word)] == w.word
    # the amount's timing runs from its first spoken word to its last
    amount = next(w for w in report.words if w.word == "₹12,500")
    said = _amount(emu, case)
    assert abs(amount.offset_ms - said[0].offset_ms) < 0.5
    assert abs(amount.end_ms - (said[-1].offset_ms + said[-1].duration_ms)) < 0.5


@pytest.mark.parametrize("lang", ["hi", "en"])
async def test_a_cut_inside_or_after_the_number_keeps_whole_written_words(
    emu: AzureSpeechEmulator, lang: str
) -> None:
    case = CASES[lang]
    report = await _report(emu, case)
    bounds = _words(emu)
    amount = _amount(emu, case)
    start = amount[0].offset_ms
    end = amount[-1].offset_ms + amount[-1].duration_ms

    def heard(ms: float) -> str:
        return heard_text(report.text, report.words, ms)

    # inside the number: the amount is kept only once half of its audio was heard
    assert heard(amount[1].offset_ms + amount[1].duration_ms) == case.before
    assert heard(start + (end - start) * 0.4) == case.before
    assert heard(start + (end - start) * 0.6) == case.before + " ₹12,500"
    # after the number, and after the next word
    assert heard(end + 1) == case.before + " ₹12,500"
    nxt = next(b for b in bounds if b.text == case.after)
    expected = report.text[: report.text.index(case.after) + len(case.after)]
    expected += "," if report.text[len(expected) :].startswith(",") else ""
    assert heard(nxt.offset_ms + nxt.duration_ms) == expected


@pytest.mark.parametrize("lang", ["hi", "en"])
async def test_at_any_moment_the_copy_is_a_written_prefix_cut_between_words(
    emu: AzureSpeechEmulator, lang: str
) -> None:
    case = CASES[lang]
    report = await _report(emu, case)
    total = max(w.end_ms for w in report.words)
    seen = set()
    for step in range(int(total // 10) + 2):
        copy = heard_text(report.text, report.words, step * 10.0)
        seen.add(copy)
        assert report.text.startswith(copy)
        rest = report.text[len(copy) :]
        assert copy == "" or rest == "" or rest[0] == " ", f"cut in a word: {copy!r} | {rest!r}"
        assert not any(s in copy for s in case.spoken_only)
    assert report.text in seen and len(seen) > 10


async def test_an_escaped_word_the_sdk_cannot_place_is_found_in_the_text(
    emu: AzureSpeechEmulator,
) -> None:
    # "R&D" goes out as "R&amp;D": the real SDK reports text_offset -1 for it
    report = await _report(emu, CASES["en"])
    rd = next(b for b in _words(emu) if b.text == "R&D")
    assert any(w.word == "R&D" and abs(w.offset_ms - rd.offset_ms) < 0.5 for w in report.words)
    copy = heard_text(report.text, report.words, rd.offset_ms + rd.duration_ms)
    assert copy == "Your EMI of ₹12,500 for the R&D"
    await asyncio.sleep(0)


async def test_a_sentences_last_words_called_back_after_its_end_are_still_timed(
    emu: AzureSpeechEmulator,
) -> None:
    # Under load the real SDK can call back a sentence's last word boundaries after its
    # `synthesis_completed` (it raises them and the audio from different threads: seen in
    # an idle run, where the report above waited 10 s for the reply's last word). Replayed
    # here deterministically: each sentence's last word boundary, and any after it, reach
    # the service only after the sentence's end. They must still be timed, so a barge-in
    # after them keeps them in the model's copy.
    case = CASES["en"]
    tts = _service(emu, case)
    deliver = tts._on_event
    held: list[tuple[str, Any]] = []

    def last_word_after_the_end(kind: str, evt: Any) -> None:
        is_word = kind == "word" and evt.boundary_type == SpeechSynthesisBoundaryType.Word
        if kind == "word" and (is_word or held):
            if is_word:  # the one before it was not the last: let it through
                for k, e in held:
                    deliver(k, e)
                held.clear()
            held.append((kind, evt))
            return
        deliver(kind, evt)
        if kind == "done":
            for k, e in held:
                deliver(k, e)
            held.clear()

    tts._on_event = last_word_after_the_end  # type: ignore[method-assign]
    async with running(tts) as (worker, up, _down):
        await worker.queue_frames(reply_frames(*case.reply))
        await wait_until(
            lambda: len(emu.requests) == 2 and emu.requests[1].status == "completed",
            "both sentences",
        )
        await wait_until(lambda: len(tts._replies) == 1, "the reply")
        [reply] = tts._replies.values()
        await wait_until(lambda: [w.word for w in reply.words][-1:] == ["it"], "it", 5)
        await worker.queue_frame(InterruptionFrame())
        await wait_until(lambda: up.of(SpokenTextHeardFrame), "the heard-text report")
    [report] = up.of(SpokenTextHeardFrame)
    words = [w.word for w in report.words]
    assert words[words.index("loan") :] == [
        "loan",
        "was",
        "due",
        "on",
        "5",
        "May",
        "Shall",
        "I",
        "send",
        "it",
    ]
    may = _words(emu, 0)[-1]
    assert may.text == "May"
    timing = report.words[words.index("May")]
    assert abs(timing.offset_ms - may.offset_ms) < 0.5
    assert heard_text(report.text, report.words, max(w.end_ms for w in report.words)) == report.text


# -- the mapping itself, boundary by boundary (no SDK) ------------------------------------


def _sentence(
    reply: _Reply, written: str, spoken: str, lexicon: dict[str, str] | None = None
) -> _Sentence:
    voice = VoiceSettings("hi-IN-SwaraNeural", "hi-IN")
    return reply.add_sentence(
        written, spoken, build_ssml_mapped(spoken, voice, lexicon_entries(lexicon))
    )


def test_the_sdk_text_offset_places_a_repeated_word_where_searching_would_not() -> None:
    reply = _Reply()
    s = _sentence(reply, "5 और 5 रुपये", "पाँच और पाँच रुपये")
    ssml = s.ssml.ssml
    second = ssml.index("पाँच", ssml.index("और"))
    # Azure skipped the first "पाँच"; the second comes with its SSML position
    reply.add_word(s, "पाँच", second, 4, 500.0, 300.0)
    five = reply.text.index("5", 1)
    assert [(w.word, w.text_offset) for w in reply.words] == [("5", five)]
    # without a usable position (-1), the word is looked up after the previous one
    reply.add_word(s, "रुपये", -1, 5, 900.0, 300.0)
    rupees = reply.text.index("रुपये")
    assert [(w.word, w.text_offset) for w in reply.words] == [("5", five), ("रुपये", rupees)]


def test_boundaries_that_name_no_written_text_are_dropped() -> None:
    reply = _Reply()
    _sentence(reply, "नमस्ते।", "नमस्ते।")
    s = _sentence(reply, "आपकी EMI बाकी है", "आपकी EMI बाकी है", {"EMI": "ई एम आई"})
    ssml = s.ssml.ssml
    reply.add_word(s, "आपकी", ssml.index("आपकी"), 4, 0.0, 200.0)
    # a voice that reports the alias' words (offset -1, not in the text) places nothing
    for i, alias_word in enumerate(("ई", "एम", "आई")):
        reply.add_word(s, alias_word, -1, len(alias_word), 250.0 + 100 * i, 90.0)
    reply.add_word(s, "बाकी", ssml.index("बाकी"), 4, 600.0, 200.0)
    assert reply.text == "नमस्ते। आपकी EMI बाकी है"
    assert [(w.word, w.text_offset) for w in reply.words] == [("आपकी", 8), ("बाकी", 17)]
    assert heard_text(reply.text, reply.words, 700.0) == "नमस्ते। आपकी EMI बाकी"


def test_a_spelled_out_amount_still_being_said_is_not_reported_as_heard() -> None:
    reply = _Reply()
    s = _sentence(reply, "Pay 500 now", "Pay five hundred now")
    ssml = s.ssml.ssml
    reply.add_word(s, "Pay", ssml.index("Pay"), 3, 0.0, 250.0)
    reply.add_word(s, "five", ssml.index("five"), 4, 300.0, 300.0)
    # interrupted here: "500" ends somewhere after 600 ms, not at it
    assert [w.word for w in reply.heard_words()] == ["Pay"]
    reply.add_word(s, "hundred", ssml.index("hundred"), 7, 600.0, 400.0)
    assert [w.word for w in reply.heard_words()] == ["Pay", "500"]  # said in full now
    assert reply.heard_words()[1].end_ms == 1000.0
    reply.add_word(s, "now", ssml.index("now"), 3, 1050.0, 200.0)
    assert [w.word for w in reply.heard_words()] == ["Pay", "500", "now"]


def test_without_a_playout_tracker_a_pause_between_sentences_plays_nothing() -> None:
    reply = _Reply()
    reply.pushed(100.0, 260.0)  # "Okay." (260 ms), then the model writes nothing for 3 s
    assert reply.heard_ms(100.1, None) == pytest.approx(100.0)
    assert reply.heard_ms(103.0, None) == pytest.approx(260.0)
    reply.pushed(103.0, 4000.0)  # the next sentence arrives (pushed as fast as synthesized)
    # 0.5 s into it the caller has heard 260 + 500 ms, not the 3.5 s since the first push
    assert reply.heard_ms(103.5, None) == pytest.approx(760.0)
    reply.pushed(103.6, 1000.0)  # more while it still plays: queued behind it
    assert reply.heard_ms(104.0, None) == pytest.approx(1260.0)
    assert reply.heard_ms(200.0, None) == pytest.approx(5260.0)  # capped to what left


async def test_through_the_realtime_service_the_model_keeps_a_written_prefix() -> None:
    """Realtime text reply → Azure TTS (numbers spelled out, lexicon) → barge-in → item."""
    case = CASES["hi"]
    reply = "".join(case.reply)
    key = "sk-test-heard"
    async with (
        RealtimeEmulator(api_key=key, script=EmulatorScript(replies=[reply])) as rt,
        AzureSpeechEmulator() as az,
    ):
        llm = RealtimeLLMService(
            api_key=key,
            base_url=rt.url,
            settings=RealtimeLLMService.Settings(
                session_properties=realtime_session(output_modality="text")
            ),
        )
        tts = azure_tts_for_calls(
            config=AzureSpeechConfig(api_key="test-key", host=az.host, voice=case.voice),
            numbers_lang="hi",
            lexicon=case.lexicon,
        )
        async with running(tts, before_tts=[llm]) as (worker, _up, down):
            await rt.wait_for(lambda: rt.last_session is not None)
            session = rt.last_session
            assert session is not None
            await worker.queue_frame(
                LLMContextFrame(LLMContext(messages=[{"role": "user", "content": "EMI?"}]))
            )
            await wait_until(lambda: down.audio(), "the first audio")
            await asyncio.sleep(1.6)  # inside or just past the amount
            await worker.queue_frame(InterruptionFrame())
            await wait_until(lambda: llm.truncations, "the truncation", 10)
            copy = llm.truncations[-1].heard_text
            assert copy and reply.startswith(copy) and reply[len(copy)] == " "
            assert not any(s in copy for s in case.spoken_only)
            await wait_until(
                lambda: (
                    [
                        p.get("text")
                        for item in session.conversation
                        if item.get("role") == "assistant"
                        for p in item.get("content", [])
                    ]
                    == [copy]
                ),
                "the replaced item",
                10,
            )
