"""Streaming: numbers split across LLM text chunks come out as if the text were whole."""

from __future__ import annotations

import random

import pytest

from pipecat_rt_best import normalize_numbers
from pipecat_rt_best.indic_numbers import NumberStream
from pipecat_rt_best.indic_numbers.streaming import safe_cut

SENTENCES = {
    "hi": [
        "आपकी लोन राशि ₹4,50,000 है और EMI ₹12,345.50 हर महीने की 5 तारीख को कटेगी।",
        "आपका OTP 4567 है, यह 10 मिनट तक मान्य है।",
        "कृपया 9876543210 पर कॉल करें या 1800-209-1234 पर सुबह 9:30 बजे से पहले।",
        "सन् 1947 में 15 अगस्त को आज़ादी मिली, ब्याज दर 10.5% है। ",
        "₹10,000-₹20,000 के बीच 5-7 km की दूरी पर +91 98765 43210 नंबर पर 21वीं बार।",
        "मोबाइल नंबर 98765 43210 पर ₹5 लाख और Rs. 4500/- भेजे गए।\nअगली किस्त 05/04/2025 को।",
        # a review (session 24): a range with an en dash, a short form right after a number
        "आपको 5 – 7 दिन लगेंगे, राशि ₹50,000 — ₹5,00,000 तक। ब्याज 9.5% p.a. है। कॉल 9:30 a.m. तय है।",
        # a rate's unit after "per" / "/" (session 32): named with its number
        "टमाटर ₹40/kg और प्याज़ ₹32 प्रति kg हैं, गाड़ी 60 km प्रति hr चलेगी।",
    ],
    "en-IN": [
        "Your loan of ₹4,50,000 is approved; pay Rs 1 on January 5, 2024 at 10:30 AM.",
        "Call 1800-209-1234 or +91 98765 43210, your OTP is 4567 and rate 12.5%.",
        "It takes 5 – 7 days. Interest at 9.5% p.a. is charged.",
        "Groundnut at ₹98 per kg, oil at ₹140/ltr; the van runs at 40 km per hr today.",
    ],
    "ta": ["₹1,25,000 கட்டணம், OTP 4567, 2,50,000 மற்றும் -5."],
}
CASES = [(lang, s) for lang, items in SENTENCES.items() for s in items]


def _stream(lang: str, chunks: list[str]) -> str:
    stream = NumberStream(lang)
    out = "".join(stream.push(c) for c in chunks)
    return out + stream.flush()


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_every_two_way_split_equals_whole_text(lang: str, text: str) -> None:
    whole = normalize_numbers(text, lang)
    for k in range(len(text) + 1):
        assert _stream(lang, [text[:k], text[k:]]) == whole, (k, text[:k], text[k:])


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_token_like_chunks_equal_whole_text(lang: str, text: str) -> None:
    whole = normalize_numbers(text, lang)
    for chunks in _random_chunkings(text, 60):
        assert _stream(lang, chunks) == whole, chunks


def _random_chunkings(text: str, count: int) -> list[list[str]]:
    """``count`` seeded cuts of ``text`` into pieces of 1-6 characters, as tokens arrive."""
    rng = random.Random(7)
    out = []
    for _ in range(count):
        chunks, i = [], 0
        while i < len(text):
            step = rng.randint(1, 6)
            chunks.append(text[i : i + step])
            i += step
        out.append(chunks)
    return out


def test_char_by_char() -> None:
    text = SENTENCES["hi"][0]
    assert _stream("hi", list(text)) == normalize_numbers(text, "hi")


def test_holds_partial_amount_until_it_is_complete() -> None:
    s = NumberStream("hi")
    assert s.push("लोन राशि ₹4,") == "लोन राशि "
    assert s.pending == "₹4,"
    assert s.push("500") == ""
    assert s.push(" है") == ""  # "है" may still be followed by a unit / currency word
    assert s.push(" और ") == "चार हज़ार पाँच सौ रुपये है और "
    assert s.flush() == ""


def test_context_keyword_in_an_earlier_chunk_still_applies() -> None:
    s = NumberStream("hi")
    out = s.push("आपका OTP ") + s.push("4567 है। ") + s.flush()
    assert out == "आपका OTP चार पाँच छह सात है। "


def test_sentence_end_releases_text() -> None:
    s = NumberStream("hi")
    assert s.push("कुल 36 महीने। ") == "कुल छत्तीस महीने। "


def test_clear_drops_held_text() -> None:
    s = NumberStream("hi")
    s.push("राशि ₹4,")
    s.clear()
    assert s.pending == ""
    assert s.flush() == ""


def test_max_hold_bounds_latency() -> None:
    s = NumberStream("hi", max_hold_chars=16)
    out = s.push("1 2 3 4 5 6 7 8 9 1 2 3 4 5 6 7 8 9 ")
    assert out  # does not hold a long run of numbers forever


@pytest.mark.parametrize(
    "text",
    [
        "पिछली किस्तें: " + " ".join(["₹12,500"] * 40) + " सब जमा हैं।",
        "आपकी पिछली किस्तें: " + ", ".join(["₹1,500"] * 60) + " — सब जमा हो चुकी हैं।",
        "Your last payments: " + ", ".join(["Rs. 2,450"] * 50) + ". All received.",
        "Call " + ", ".join(["98765 43210"] * 30) + " for help.",
    ],
)
def test_a_run_of_numbers_past_max_hold_is_cut_between_numbers(text: str) -> None:
    """Past ``max_hold_chars`` the stream used to emit everything it held, the half-written
    last token too: "₹12,500" came out "₹" then "बारह हज़ार …", "₹1," then "500" as one rupee
    and five hundred (a review). Cut between two amounts now, whatever the deltas."""
    whole = normalize_numbers(text, "hi")
    cut = text.index("₹12,500 ₹", 262) + len("₹12,500 ₹") if "₹12,500" in text else 272
    for chunks in [[text[:cut], text[cut:]], *_random_chunkings(text, 40)]:
        assert _stream("hi", chunks) == whole, chunks


def test_safe_cut_basics() -> None:
    assert safe_cut("") == 0
    assert safe_cut("नमस्ते दुनिया") == len("नमस्ते ")
    assert safe_cut("नमस्ते दुनिया ") == len("नमस्ते दुनिया ")
    assert safe_cut("राशि ₹ 45") == len("राशि ")


def test_a_piece_that_is_not_text_is_read_as_normalize_numbers_reads_it() -> None:
    """An int piece (12500) used to vanish from the stream without a word."""
    stream = NumberStream("hi")
    out = stream.push("किस्त ₹") + stream.push(12500) + stream.push(" है") + stream.flush()
    assert out == normalize_numbers("किस्त ₹12500 है", lang="hi")
    assert "बारह हज़ार पाँच सौ" in out
    stream = NumberStream("hi")
    pieces = ["EMI ", 4.5, None, " लाख", b" \xe0\xa4\xb9\xe0\xa5\x88"]
    out = "".join(stream.push(p) for p in pieces) + stream.flush()
    assert out == normalize_numbers("EMI 4.5 लाख है", lang="hi")
