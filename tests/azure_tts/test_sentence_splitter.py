"""The streaming sentence splitter: case tables and properties over any delta boundaries."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st

from pipecat_rt_best.azure_tts.sentence_splitter import SentenceSplitter, split_sentences

from .splitter_held_out import HELD_OUT
from .splitter_held_out_round3 import HELD_OUT as HELD_OUT_3
from .splitter_held_out_round4 import HELD_OUT as HELD_OUT_4
from .splitter_held_out_round5 import HELD_OUT as HELD_OUT_5
from .splitter_held_out_round6 import HELD_OUT as HELD_OUT_6
from .splitter_held_out_round7 import HELD_OUT as HELD_OUT_7
from .splitter_held_out_round8 import HELD_OUT as HELD_OUT_8
from .splitter_held_out_round9 import HELD_OUT as HELD_OUT_9
from .splitter_held_out_round10 import HELD_OUT as HELD_OUT_10
from .splitter_held_out_round11 import HELD_OUT as HELD_OUT_11
from .splitter_held_out_round12 import HELD_OUT as HELD_OUT_12
from .splitter_held_out_round13 import HELD_OUT as HELD_OUT_13
from .splitter_held_out_round14 import HELD_OUT as HELD_OUT_14
from .splitter_held_out_round15 import HELD_OUT as HELD_OUT_15
from .splitter_held_out_round16 import HELD_OUT as HELD_OUT_16
from .splitter_held_out_round17 import HELD_OUT as HELD_OUT_17
from .splitter_held_out_round18 import HELD_OUT as HELD_OUT_18
from .splitter_held_out_round19 import HELD_OUT as HELD_OUT_19
from .splitter_held_out_round20 import HELD_OUT as HELD_OUT_20
from .splitter_held_out_round21 import HELD_OUT as HELD_OUT_21
from .splitter_held_out_round22 import HELD_OUT as HELD_OUT_22
from .splitter_held_out_round23 import HELD_OUT as HELD_OUT_23
from .splitter_held_out_round24 import HELD_OUT as HELD_OUT_24
from .splitter_held_out_round25 import HELD_OUT as HELD_OUT_25
from .splitter_held_out_round26 import HELD_OUT as HELD_OUT_26
from .splitter_held_out_round27 import HELD_OUT as HELD_OUT_27
from .splitter_held_out_round28 import HELD_OUT as HELD_OUT_28
from .splitter_held_out_round29 import HELD_OUT as HELD_OUT_29
from .splitter_held_out_round30 import HELD_OUT as HELD_OUT_30
from .splitter_held_out_round31 import HELD_OUT as HELD_OUT_31
from .splitter_held_out_round32 import HELD_OUT as HELD_OUT_32
from .splitter_held_out_round33 import HELD_OUT as HELD_OUT_33
from .splitter_held_out_round34 import HELD_OUT as HELD_OUT_34
from .splitter_held_out_round35 import HELD_OUT as HELD_OUT_35
from .splitter_held_out_round36 import HELD_OUT as HELD_OUT_36
from .splitter_held_out_round37 import HELD_OUT as HELD_OUT_37
from .splitter_held_out_round38 import HELD_OUT as HELD_OUT_38
from .splitter_held_out_round39 import HELD_OUT as HELD_OUT_39
from .splitter_held_out_round40 import HELD_OUT as HELD_OUT_40
from .splitter_held_out_round41 import HELD_OUT as HELD_OUT_41
from .splitter_held_out_round42 import HELD_OUT as HELD_OUT_42
from .splitter_held_out_round43 import HELD_OUT as HELD_OUT_43
from .splitter_held_out_round44 import HELD_OUT as HELD_OUT_44
from .splitter_held_out_round45 import HELD_OUT as HELD_OUT_45
from .splitter_held_out_round46 import HELD_OUT as HELD_OUT_46
from .splitter_held_out_round47 import HELD_OUT as HELD_OUT_47
from .splitter_held_out_round48 import HELD_OUT as HELD_OUT_48
from .splitter_held_out_round49 import HELD_OUT as HELD_OUT_49
from .splitter_held_out_round50 import HELD_OUT as HELD_OUT_50
from .splitter_held_out_round51 import HELD_OUT as HELD_OUT_51
from .splitter_held_out_round52 import HELD_OUT as HELD_OUT_52
from .splitter_held_out_round53 import HELD_OUT as HELD_OUT_53
from .splitter_held_out_round54 import HELD_OUT as HELD_OUT_54
from .splitter_held_out_round55 import HELD_OUT as HELD_OUT_55
from .splitter_held_out_round56 import HELD_OUT as HELD_OUT_56
from .splitter_held_out_round57 import HELD_OUT as HELD_OUT_57
from .splitter_held_out_round58 import HELD_OUT as HELD_OUT_58
from .splitter_held_out_round59 import HELD_OUT as HELD_OUT_59
from .splitter_held_out_round60 import HELD_OUT as HELD_OUT_60
from .splitter_held_out_round61 import HELD_OUT as HELD_OUT_61
from .splitter_held_out_round62 import HELD_OUT as HELD_OUT_62
from .splitter_held_out_round63 import HELD_OUT as HELD_OUT_63
from .splitter_tuning import EARLY, TUNING


@pytest.mark.parametrize(("text", "expected"), TUNING, ids=[t[:30] for t, _ in TUNING])
def test_tuning_cases(text: str, expected: list[str]) -> None:
    _assert_chunks(text, expected)  # whole and in deltas (session 37: two new rules first differed)


@pytest.mark.parametrize(("text", "expected"), EARLY, ids=[t[:30] for t, _ in EARLY])
def test_early_first_chunk(text: str, expected: list[str]) -> None:
    assert split_sentences(text, first_chunk_min_chars=20) == expected


def _cases(
    table: list[tuple[str, list[str]]], misses: frozenset[str] = frozenset(), prefix: str = ""
) -> list[Any]:
    """A table's cases as pytest params, its known held-out misses as strict xfails."""
    return [
        pytest.param(
            text,
            expected,
            marks=[pytest.mark.xfail(strict=True, reason="held-out miss")]
            if text in misses
            else [],
            id=prefix + text[:30],
        )
        for text, expected in table
    ]


def _assert_chunks(text: str, expected: list[str]) -> None:
    """``text``'s chunks, whole and fed in deltas of 1, 2, 3 and 5 characters: the same."""
    assert split_sentences(text) == expected
    for size in (1, 2, 3, 5):
        s = SentenceSplitter()
        got = [c for k in range(0, len(text), size) for c in s.feed(text[k : k + size])]
        assert got + s.flush() == expected


@pytest.mark.parametrize(("text", "expected"), _cases(HELD_OUT))
def test_held_out_cases(text: str, expected: list[str]) -> None:
    """Written before the splitter, never tuned on (22/22)."""
    assert split_sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), _cases(HELD_OUT_3 + HELD_OUT_4 + HELD_OUT_5))
def test_round_3_to_5_cases(text: str, expected: list[str]) -> None:
    """Rounds 3, 4 and 5 scored 45/48, 48/54 and 46/54 held out; the misses of each were
    fixed after (round 3's "रु." before an amount, "9 a.m. – 9 p.m.", "Co. Ltd." in session
    23), so none of them is held out any more."""
    assert split_sentences(text) == expected


# round 6 scored 40/54 held out (session 23); its misses were fixed after (so it is no longer
# held out), the last kind in session 26: an emoji after a "!" goes with its sentence
HELD_OUT_6_KNOWN_MISSES: frozenset[str] = frozenset()


def _words(chunks: list[str]) -> list[str]:
    """Chunks without their edge whitespace (where a blank line goes is no matter to TTS)."""
    return [c.strip() for c in chunks if c.strip()]


# round 7 scored 40/53 held out (session 23, after round 6's fixes). Session 24 added rules for
# short forms no list has (a lower-case word after an unlisted word's full stop goes on; one
# Indic syllable and a Latin word with no vowel are short forms; an initial or a degree ends a
# sentence before a word that starts one), with round 7's misses read but no list entry for them:
# 50/53; then lists of officialese short forms by field after round 8 was scored: 52/53. Left: a
# place's short form before a number ("Nashik Dist. 1930 is …")
HELD_OUT_7_KNOWN_MISSES = frozenset(
    {
        "Your complaint has been forwarded to the Cyber Crime Cell, Nashik Dist. 1930 is the national cyber fraud helpline if you need help before they call.",
    }
)


# round 8 (57 replies, asked for short forms no earlier table used) scored 40/57 held out with
# session 24's shape rules, written before it was read (26/57 with the code before them; pipecat's
# SimpleTextAggregator 22/57); then the lists of officialese short forms by field (ranks, offices,
# prescriptions, courts, addresses, weekdays, Tamil and Malayalam titles), each with a tuning case
# of my own: 55/57, so it is no longer held out; 56/57 in session 26 (an Indic short form ends a
# sentence before a word that opens one: "मुरादाबाद, उ.प्र. क्या …"). Left: Marathi "कं." (company)
# ending one before a noun
HELD_OUT_8_KNOWN_MISSES = frozenset(
    {
        "तुमचे पार्सल पाठवणारे: देवगिरी ट्रेडिंग कं. डिलिव्हरी उद्या संध्याकाळपर्यंत होईल.",
    }
)


# round 9 (57 replies, a seventh writer, a realistic mix with new short forms; written after
# round 8's fixes) scored 50/57 held out at the end of session 24 (41/57 with the code at the
# session's start, pipecat 34/57). Session 25 read its misses and fixed the kinds that cut a
# sentence (a co-operative's "Co-op.", "Exec. Engr.", a second short form after a first: "Min.
# Bal.") and a bracketed sentence after a short form, each with a tuning case of its own: 54/57,
# so it is no longer held out. Left, all run-ons (the cheap error): a railway junction's "Jn."
# and an address's last Indic short form (म.प्र., ಜಿ.) before a sentence that opens with a noun
# or a demonstrative ("ಜಿ. ಇದು ಸರಿಯೇ?": "this" follows a name inside a sentence too)
HELD_OUT_9_KNOWN_MISSES = frozenset(
    {
        "This train terminates at Ernakulam Jn. Passengers for Alappuzha will need to change there.",
        "बीज का पार्सल इस पते पर जाएगा: किसान सेवा केंद्र, बुधनी, म.प्र. डिलीवरी में लगभग पाँच दिन लगेंगे।",
        "ನಿಮ್ಮ ಪಡಿತರ ಚೀಟಿಯ ವಿಳಾಸ: ಹೊಸಹಳ್ಳಿ ಗ್ರಾಮ, ಮಾಗಡಿ ತಾ., ರಾಮನಗರ ಜಿ. ಇದು ಸರಿಯೇ?",
    }
)


# round 10 (57 replies, an eighth writer who read only rounds 8 and 9, every short form new;
# written after round 9's fixes) scored 48/57 held out (session 25; the code at the session's
# start 48/57 too). Session 26 read its misses and fixed their kinds by rule, not by listing the
# cases: an office's short forms ("Admn. Offr.", "Mun. Corpn."), a case number after a dotted
# acronym ("W.P. 4417"), a day after a time ("1 p.m. Monday to Saturday"), a quoted question
# before a lower-case word, an emoji after a "!", an Indic short form before a word that opens a
# sentence ("प्रा. लि. क्या …"), Malayalam അഡ്വ. and Punjabi ਤਹਿ.: 57/57, no longer held out.
# Session 27 took rounds 11-13's convention for a one-line numbered list after a colon (its
# lead-in is a chunk); round 10's writer alone does not cut there: 56/57
HELD_OUT_10_KNOWN_MISSES = frozenset(
    {
        "Card block karne ke liye: 1. App kholiye. 2. Cards par tap kijiye. 3. Block card chuniye. Naya card approx. 5 din mein aa jayega.",
    }
)


# round 11 (57 replies, a ninth writer who read only rounds 8 and 9; written while round 10 was
# scored) scored 53/57 held out (session 25). Session 26 read its misses and fixed three kinds
# ("Ref. No. HL/2291", "Lot. Calamine" after "t.i.d.", "Sem. 6"): 56/57, no longer held out.
# Session 27: a one-line numbered list's lead-in is a chunk (rounds 11, 12 and 13 agree): 57/57
HELD_OUT_11_KNOWN_MISSES: frozenset[str] = frozenset()


# round 12 (57 replies, a tenth writer who read only rounds 10 and 11, every short form new to
# them, Urdu for the first time) scored 53/57 held out (session 26; the code at the session's
# start 51/57). Session 27 read its misses and fixed their kinds by rule: the Urdu full stop and
# question mark (۔ ؟) end sentences, a mark that opens the text ends nothing ("॥ श्री गणेशाय नमः
# ॥"), and a one-line numbered list's lead-in is a chunk: 57/57, no longer held out
HELD_OUT_12_KNOWN_MISSES: frozenset[str] = frozenset()


# round 13 (60 replies, an eleventh writer who read only rounds 11 and 12, every short form new
# to them) scored 55/60 held out (session 27, the code at the session's start; pipecat 46/60).
# Honesty note: its miss count (not its rows) was printed again after round 12's fixes: 57/60.
# Session 28 read its 3 misses (round 14 was then being written blind) and fixed their kinds by
# rule: "Ext." may end a sentence, "Re. 1" goes on, "1)" opens a one-line list: 60/60
HELD_OUT_13_KNOWN_MISSES: frozenset[str] = frozenset()


# round 14 (60 replies, a twelfth writer who read only rounds 12 and 13, every short form new
# to them) scored 58/60 held out (session 28, after round 13's fixes; pipecat 44/60). Read in
# session 28 while round 15 was written blind: a one-line lettered list ("a) … b) …") is fixed;
# left, a run-on by design: "… by the B.D.O. Ration will be given" (a capitalised word that
# starts no sentence after a dotted acronym goes on: "the R.B.I. Governor")
HELD_OUT_14_KNOWN_MISSES = frozenset(HELD_OUT_14[i][0] for i in (45,))


# round 15 (60 replies, a thirteenth writer who read only rounds 13 and 14) scored 53/60 held
# out (session 28, after round 14's fixes; 53/60 with the session's start code too; pipecat
# 45/60). Read in session 28 while round 16 was written blind; its 7 kinds fixed by rule: 60/60
HELD_OUT_15_KNOWN_MISSES: frozenset[str] = frozenset()


# round 16 (60 replies, a fourteenth writer who read only rounds 14 and 15) scored 55/60 held
# out (session 28, after round 15's fixes; 52/60 with the session's start code; pipecat 45/60).
# Read in session 28 while round 17 was written blind; its 5 kinds fixed by rule: 60/60
HELD_OUT_16_KNOWN_MISSES: frozenset[str] = frozenset()


# round 17 (60 replies, a fifteenth writer who read only rounds 15 and 16) scored 56/60 held
# out (session 28, after round 16's fixes; 55/60 with the session's start code; pipecat 45/60).
# Read in session 29 while round 18 was written blind; its 4 kinds fixed by rule: 60/60
HELD_OUT_17_KNOWN_MISSES: frozenset[str] = frozenset()


# round 18 (60 replies, a sixteenth writer who read only rounds 16 and 17) scored 56/60 held
# out (session 29, after round 17's fixes; 56/60 with the session's start code too).
# Read in session 29 while round 19 was written blind; its 4 kinds fixed by rule: 60/60
HELD_OUT_18_KNOWN_MISSES: frozenset[str] = frozenset()


# round 19 (60 replies, a seventeenth writer who read only rounds 17 and 18) scored 57/60 held
# out (session 29, after round 18's fixes; 57/60 with the session's start code too).
# Read in session 29 while round 20 was written blind; its 3 kinds fixed by rule: 60/60
HELD_OUT_19_KNOWN_MISSES: frozenset[str] = frozenset()


# round 20 (60 replies, an eighteenth writer who read only rounds 18 and 19) scored 58/60 held
# out (session 29, after round 19's fixes; 58/60 with the session's start code too).
# Read in session 29 while round 21 was written blind; its 2 kinds fixed by rule: 60/60
HELD_OUT_20_KNOWN_MISSES: frozenset[str] = frozenset()


# round 21 (60 replies, a nineteenth writer who read only rounds 19 and 20) scored 56/60 held
# out (session 29, after round 20's fixes; 56/60 with the session's start code too).
# Read in session 30 while round 22 was written blind; its 4 kinds fixed by rule: 60/60
HELD_OUT_21_KNOWN_MISSES: frozenset[str] = frozenset()


# round 22 (60 replies, a twentieth writer who read only rounds 20 and 21) scored 56/60 held
# out (session 30, with the session's start code, before round 21's fixes; 57/60 after them).
# Honesty note: a scan of every table for ellipses before a lower-case word, made while fixing
# round 21, printed one fragment of one round-22 expectation (an ellipsis that goes on).
# Read in session 30 while round 23 was written blind; its 3 kinds fixed by rule: 60/60
HELD_OUT_22_KNOWN_MISSES: frozenset[str] = frozenset()


# round 23 (59 replies, a twenty-first writer who read only rounds 21 and 22) scored 55/59 held
# out (session 30, after round 21's fixes; 54/59 with the session's start code).
# Read in session 30 while round 24 was written blind; its 4 kinds fixed by rule: 59/59
HELD_OUT_23_KNOWN_MISSES: frozenset[str] = frozenset()


# round 24 (59 replies, a twenty-second writer who read only rounds 22 and 23) scored 57/59 held
# out (session 30, after round 22's fixes; 56/59 with the session's start code).
# Read in session 30 while round 25 was written blind; its 2 kinds fixed by rule: 59/59
HELD_OUT_24_KNOWN_MISSES: frozenset[str] = frozenset()


# round 25 (59 replies, a twenty-third writer who read only rounds 23 and 24) scored 58/59 held
# out (session 30, after round 23's fixes; 57/59 with the session's start code; chunks compared
# without their edge whitespace, as here and in the bench). Honesty note: its miss was first
# listed with a case that differs only in whitespace, whose passing strict xfail then named that
# text's first words in the test id.
# Read in session 31 while round 26 was written blind; its one kind fixed by rule: 59/59
HELD_OUT_25_KNOWN_MISSES: frozenset[str] = frozenset()


# round 26 (59 replies, a twenty-fourth writer who read only rounds 24 and 25) scored 59/59 held
# out (session 31, with the session's start code, before round 25's fix). Honesty note: a grep
# for round 25's references, made to register it, printed lines of round 26's docstring (how it
# was written: which of round 25's sentences it avoided), no case
HELD_OUT_26_KNOWN_MISSES: frozenset[str] = frozenset()


# round 27 (59 replies, a twenty-fifth writer who read only rounds 25 and 26) scored 55/59 held
# out (session 31, after round 25's fix; 55/59 with the session's start code too; chunks
# compared without their edge whitespace).
# Read in session 31 while round 28 was written blind; its 4 kinds fixed by rule: 59/59
HELD_OUT_27_KNOWN_MISSES: frozenset[str] = frozenset()


# round 28 (59 replies, a twenty-sixth writer who read only rounds 26 and 27) scored 56/59 held
# out (session 31, after round 25's fix, before round 27's; 56/59 with the session's start code
# too, and after round 27's fixes).
# Read in session 31 while round 29 was written blind; 2 of its 3 kinds fixed by rule: 58/59.
# Left: a dotted acronym before an opening quote and a capital ("… by an outside C.A. “Maintenance
# charges” is the first item …"), which a quoted name after an acronym also is
HELD_OUT_28_KNOWN_MISSES = frozenset(HELD_OUT_28[i][0] for i in (45,))


# round 29 (59 replies, a twenty-seventh writer who read only rounds 27 and 28) scored 56/59 held
# out (session 31, after round 27's fixes; 56/59 with the session's start code too). Honesty
# note: an old-against-new check run while fixing round 28 still read round 29's table and
# printed one of its texts with its old and new chunks (a count's unit before a capital, the
# kind round 28's fix covers): that case passes since, 57/59.
# Read in session 31 while round 30 was written blind; one of its two kinds fixed by rule: 58/59.
# Left: a semicolon inside a sentence ("Reporting time is 9.35; the question papers …"), which
# this writer keeps in one chunk and seven chunks of other tables end at
HELD_OUT_29_KNOWN_MISSES = frozenset(HELD_OUT_29[i][0] for i in (48,))


# round 30 (59 replies, a twenty-eighth writer who read only rounds 28 and 29) scored 55/59 held
# out (session 31, after round 28's fixes; 55/59 with the session's start code too).
# Read in session 31 while round 31 was written blind; 3 of its 4 kinds fixed by rule: 58/59.
# Left: a dotted acronym before a capitalised word that opens no sentence of the lists ("… the
# higher city rate of H.R.A. Rent receipts …"), as a name after an acronym also is
HELD_OUT_30_KNOWN_MISSES = frozenset(HELD_OUT_30[i][0] for i in (46,))


# round 31 (59 replies, a twenty-ninth writer who read only rounds 29 and 30) scored 57/59 held
# out (session 31, after round 29's fixes; 56/59 with the session's start code; 57/59 after
# round 30's).
# Read in session 31 while round 32 was written blind; its 2 kinds fixed by rule: 59/59
HELD_OUT_31_KNOWN_MISSES: frozenset[str] = frozenset()


# round 32 (58 replies, a thirtieth writer who read only rounds 30 and 31) scored 57/58 held out
# (session 31, after round 30's fixes; 56/58 with the session's start code).
# Read in session 31 while round 33 was written blind; its one kind fixed by rule: 58/58
HELD_OUT_32_KNOWN_MISSES: frozenset[str] = frozenset()


# round 33 (58 replies, a thirty-first writer who read only rounds 31 and 32) scored 57/58 held
# out (session 31, after round 31's fixes; 56/58 with the session's start code).
# Read in session 32 while round 34 was written blind; its one kind fixed by rule: 58/58
HELD_OUT_33_KNOWN_MISSES: frozenset[str] = frozenset()


# round 34 (58 replies, a thirty-second writer who read only rounds 32 and 33) scored 56/58 held
# out (session 32, the session's start code).
# Read in session 32 while round 35 was written blind; its 2 kinds fixed by rule: 58/58
HELD_OUT_34_KNOWN_MISSES: frozenset[str] = frozenset()


# round 35 (59 replies, a thirty-third writer who read only rounds 33 and 34) scored 56/59 held
# out (session 32, after round 33's fix; 56/59 with the session's start code too).
# Read in session 32 while round 36 was written blind; its 3 kinds fixed by rule: 59/59
HELD_OUT_35_KNOWN_MISSES: frozenset[str] = frozenset()


# round 36 (60 replies, a thirty-fourth writer who read only rounds 34 and 35) scored 60/60 held
# out (session 32, after round 34's fixes; 60/60 with the session's start code too)
HELD_OUT_36_KNOWN_MISSES: frozenset[str] = frozenset()


# round 37 (60 replies, a thirty-fifth writer who read only rounds 35 and 36) scored 60/60 held
# out (session 32, after round 35's fixes; 60/60 with the session's start code too)
HELD_OUT_37_KNOWN_MISSES: frozenset[str] = frozenset()


# round 38 (60 replies, a thirty-sixth writer who read only rounds 36 and 37) scored 59/60 held
# out (session 33, after round 35's fixes; 59/60 with the session's start code too).
# Read in session 33 while round 39 was written blind; its one kind fixed by rule: 60/60
HELD_OUT_38_KNOWN_MISSES: frozenset[str] = frozenset()


# round 39 (60 replies, a thirty-seventh writer who read only rounds 37 and 38) scored 57/60 held
# out (session 33, after round 35's fixes and the Hindi review's; 57/60 with the session's start
# code too); round 38's fix (square-bracketed list markers) also fixed one, 58/60. Read in session
# 33 while round 40 was written blind; its 2 other kinds fixed by rule: 60/60
HELD_OUT_39_KNOWN_MISSES: frozenset[str] = frozenset()


# round 40 (60 replies, a thirty-eighth writer who read only rounds 38 and 39) scored 58/60 held
# out (session 33, after round 38's fix; 58/60 with the session's start code too). Its misses are
# strict xfails named by their place in the table; round 39's fixes made one pass (59/60).
# Read in session 33 while round 41 was written blind; its other kind fixed by rule: 60/60
HELD_OUT_40_KNOWN_MISSES: frozenset[str] = frozenset()


# round 41 (60 replies, a thirty-ninth writer who read only rounds 39 and 40) scored 55/60 held
# out (session 33, after round 39's fixes; 54/60 with the session's start code). Read in session
# 33 while round 42 was written blind; 4 of its 5 kinds fixed by rule: 59/60 ("… in Anand Mkt.
# Parking there is tight …": a short form before a capitalised word that is no opener, left)
HELD_OUT_41_KNOWN_MISSES = frozenset(HELD_OUT_41[i][0] for i in (41,))


# round 42 (60 replies, a fortieth writer who read only rounds 40 and 41) scored 58/60 held out
# (session 33, after round 40's fix; 57/60 with the session's start code). Round 41's fixes made
# both its misses pass (their strict xfails' passes named the table's 53rd and 54th cases): 60/60
HELD_OUT_42_KNOWN_MISSES: frozenset[str] = frozenset()


# round 43 (60 replies, a forty-first writer who read only rounds 41 and 42) scored 57/60 held
# out (session 33, after round 41's fixes; 57/60 with the session's start code too). Read in
# session 33 while round 44 was written blind; 2 of its 3 kinds fixed by rule: 59/60 ("… the
# bottle of Susp. Bits of it settle …": a short form before a capitalised non-opener, left)
HELD_OUT_43_KNOWN_MISSES = frozenset(HELD_OUT_43[i][0] for i in (40,))


# round 44 (60 replies, a forty-second writer who read only rounds 42 and 43) scored 57/60 held
# out (session 33, after round 41's fixes; 55/60 with the session's start code). Read in session
# 34 while round 45 was written blind; 2 of its 3 kinds fixed by rule ("Dir."/"Commr." offices,
# "Twice" opens a sentence): 59/60 ("… the ninth div. Records from that decade …": a lower-case
# short form before a capitalised non-opener, left; fixed in session 39 with rounds 55 and 56's
# like misses: a unit written short in lower case ends its phrase): 60/60
HELD_OUT_44_KNOWN_MISSES: frozenset[str] = frozenset()


# round 45 (60 replies, a forty-third writer who read only rounds 43 and 44) scored 60/60 held
# out (session 34, after round 43's fixes; 60/60 with the session's start code too). Read in
# session 35 while round 46 was written blind: no miss to fix
HELD_OUT_45_KNOWN_MISSES: frozenset[str] = frozenset()


# round 46 (60 replies, a forty-fourth writer who read only rounds 44 and 45) scored 57/60 held
# out (session 35, after round 44's fixes; 57/60 with the session's start code too). Read in
# session 36 while round 47 was written blind; its 3 kinds fixed by rule (a lower-case bracketed
# phrase after "A/c." goes on, "… is encl. File it …" ends at "encl.", "‣" is a bullet): 60/60
HELD_OUT_46_KNOWN_MISSES: frozenset[str] = frozenset()


# round 47 (60 replies, a forty-fifth writer who read only rounds 45 and 46) scored 57/60 held
# out (session 36, after round 44's fixes, before round 46 was read; 57/60 with the session's
# start code too). Read in session 37; its 3 kinds fixed by rule (an order's adverb "Never" /
# "Always" and a capitalised word with a copula after it end a dotted acronym's sentence, not
# after a determiner; a capitalised word with a lower-case one after it ends an emoji's, not
# inside a clause; a one-line list's unmarked items end at its next bullet, '⁃' and '✧' are
# bullets): 60/60
HELD_OUT_47_KNOWN_MISSES: frozenset[str] = frozenset()


# round 48 (60 replies, a forty-sixth writer who read only rounds 46 and 47) scored 57/60 held
# out (session 36, after round 46's fixes, round 47 still held out); 58/60 after round 47's
# fixes (session 37: place 52 passes). Read in session 37: '▸' is a bullet (fixed: 59/60); left,
# a known miss: "… now file an online I.T.R. Paper filing is rare." (session 38's rule for it and
# round 49's like miss was reverted: it cut "Pensioners with a C.G.H.S. Card are covered …")
HELD_OUT_48_KNOWN_MISSES = frozenset(HELD_OUT_48[i][0] for i in (45,))

# round 49 (60 replies, a forty-seventh writer who read only rounds 47 and 48) scored 59/60 held
# out (session 37, after round 47's fixes). Read in session 38: its miss ("… now choose an
# E.M.I. Cash buyers are …") is round 48's kind; a rule for it ("a"/"an" after a verb governs the
# acronym, one lower-case word before the copula) was reverted after the session's review found
# it cut subjects ("Pensioners with a C.G.H.S. Card are covered …"): left, 59/60
HELD_OUT_49_KNOWN_MISSES = frozenset(HELD_OUT_49[i][0] for i in (45,))

# round 50 (60 replies, a forty-eighth writer who read only rounds 48 and 49) scored 58/60 held
# out (session 37, after round 47's fixes and the session's review). Read in session 38: both
# kinds fixed by rule ("… ask about your K.Y.C. Anyone who does …": an indefinite pronoun opens a
# sentence; '◉' is a bullet): 60/60
HELD_OUT_50_KNOWN_MISSES: frozenset[str] = frozenset()

# round 51 (60 replies, a forty-ninth writer who read only rounds 49 and 50) scored 56/60 held
# out (session 37, after round 48's fixes). Its misses are strict xfails named by their place in
# the table, texts not read; place 45 passes with round 50's fixes (session 38: its strict xfail's
# pass printed the test id, the text's first 30 characters): 57/60. Read in session 38: "sq."
# ends an address as "Ext." does (fixed: 58/60); left, its writer's own convention: no cut at a
# semicolon between two clauses ("… trip is fixed; the van leaves …", "Correct; our free number
# is …"), where the tuning table and the read rounds cut (30 chunks end at one; those left
# whole are list items before "and"/"or" and one after a time, "9.35; the …")
HELD_OUT_51_KNOWN_MISSES = frozenset(HELD_OUT_51[i][0] for i in (48, 49))

# round 52 (60 replies, a fiftieth writer who read only rounds 50 and 51) scored 56/60 held out
# (session 38, after round 49's fix; 56/60 with the session's start code too). Read in session
# 39: a count spelled out after a dotted acronym opens a sentence before a lower-case word, as a
# count in digits does ("… by E.M.I. Nine equal debits …"); "Cr." a verb set ends one ("… is
# marked Cr. Withdrawals show …"): fixed, 58/60 (3,309 texts: only those two change). Left, round
# 51's writer's convention again (this writer read round 51): no cut at a semicolon between two
# clauses ("Not this time; it is …", "Yes; calls are free …"), where the tuning table cuts
HELD_OUT_52_KNOWN_MISSES = frozenset(HELD_OUT_52[i][0] for i in (46, 49))

# round 53 (60 replies, a fifty-first writer who read only rounds 51 and 52) scored 57/60 held
# out (session 38, after round 49's fix; 57/60 with the session's start code too). Its misses
# are strict xfails named by their place in the table, texts not read; place 45 passes with round
# 50's fixes (its strict xfail's pass printed the test id, the text's first 30 characters): 58/60.
# Read in session 39: a participle or a ledger's word written short ends a predicate before a
# capital ("… your gift deed is now regd. Addl. Registrar …", "… on your statement as Bal.
# Interest is …"; "marked Cr." of round 52 is the same kind): fixed, 60/60 (3,371 texts: only those
# two change)
HELD_OUT_53_KNOWN_MISSES: frozenset[str] = frozenset()

# round 54 (60 replies, a fifty-second writer who read only rounds 52 and 53) scored 59/60 held
# out (session 38, after round 50's fixes; 59/60 with the session's start code too). Read in
# session 39: its miss left ("… to your phone 🧾 Fresh flowers for the tables are supplied …": the
# verb after an emoji's capitalised subject comes five words on; the rule looks one word on).
# Session 40: fixed with round 59's emoji kind (an emoji after a sentence with a verb of its own
# ends it before a capitalised word with a lower-case one after it): 60/60
HELD_OUT_54_KNOWN_MISSES: frozenset[str] = frozenset()

# round 55 (60 replies, a fifty-third writer who read only rounds 53 and 54) scored 59/60 held
# out (session 38, after its review's fixes; 59/60 with the session's start code too). Read in
# session 39: "… a ground engineer with a fighter sqn. Teams from that unit …" went on; a unit
# written short in lower case ("sqn.", "div.", "bn.", "regt.", "bde.", "coy.") now ends its phrase
# as a word no list has (round 44's "ninth div. Records" alike): 60/60
HELD_OUT_55_KNOWN_MISSES: frozenset[str] = frozenset()

# round 56 (60 replies, a fifty-fourth writer who read only rounds 54 and 55) scored 59/60 held
# out (session 39, after round 52's fixes; 59/60 with the session's start code too). Read in
# session 39: "… hoisted by Adm. Rao, who …" was cut after "Adm.", a rank no list had (now with
# the ranks): 60/60
HELD_OUT_56_KNOWN_MISSES: frozenset[str] = frozenset()

# round 57 (60 replies, a fifty-fifth writer who read only rounds 55 and 56) scored 60/60 held
# out (session 39, after round 53's read and the session's review; 60/60 with the session's start
# code too): no miss
HELD_OUT_57_KNOWN_MISSES: frozenset[str] = frozenset()

# round 58 (60 replies, a fifty-sixth writer who read only rounds 56 and 57, asked to favour
# fields the two used little) scored 60/60 held out (session 39, after the reads of rounds 54-56;
# 60/60 with the session's start code too): no miss
HELD_OUT_58_KNOWN_MISSES: frozenset[str] = frozenset()

# round 59 (60 replies, a fifty-seventh writer who read only rounds 57 and 58, asked for harder
# cases: a sentence ending in a short form, an acronym or an emoji before a capitalised word that
# opens no listed sentence) scored 42/60 held out (session 39, after the reads of rounds 54-56;
# 42/60 with the session's start code too). Read in session 40: two of its kinds fixed by rule,
# each with tuning cases of its own (3,555 table texts: only 10 change, 9 of them to their
# expected chunks and the tenth, its case 3, by the one cut it lacked): an emoji after a sentence with a verb of its own ends
# it before a capitalised word with a lower-case one after it ("… is all set 🎂 Meena from our
# bakery …"; not after a word whose object follows, "call 📞 Ravi", "under 📦 Orders"), and a
# time, an area or "approx." closing a quantity ends it the same way ("… within 4 wks. Copies of
# …", "… 1,180 sq. ft. Corner flats …", "… 55 minutes approx. Early morning …"): 50/60. Left:
# a dotted acronym before a capitalised subject ("… through N.E.F.T. Funds usually reach …",
# "… a fresh K.Y.C. Aadhaar and …": a name's word as often, "S.B.I. Branch", "L.I.C. Policy"),
# "Jr." before one ("Jr. Engineer" is a title), "Pvt. Ltd. (the seller)" cut, a weekday after "5 p.m.", a script without case
# after an emoji, and its writer's cuts inside inline lists ("1) …; 2) …; and | 3) …"). Session
# 40, after round 60's read: "… Ramesh Iyer Jr. Proof of his age …" fixed (51/60). Session 41,
# round 61's read: a channel after "by"/"through" makes two of its case 7's three cuts ("… sent
# through N.E.F.T. Funds usually …", "… through R.T.G.S. Minimum for it …"); "… in your S.M.S.
# Hold on to it …" is left, so it stays a miss
HELD_OUT_59_KNOWN_MISSES = frozenset(HELD_OUT_59[i][0] for i in (0, 3, 7, 8, 26, 29, 50, 55, 59))

# round 60 (60 replies, a fifty-eighth writer who read only rounds 58 and 59, asked for harder
# cases of round 59's kinds and their opposites: a short form or an emoji before a capitalised
# word that goes on with the sentence) scored 38/60 held out (session 40, after round 59's read;
# 32/60 with the session's start code: the read's two rules fix 6 of its replies and break none).
# Read in session 40: four kinds fixed by rule, each with tuning cases of its own (3,624 table
# texts: 12 change, 11 to their expected chunks, one by one of its two cuts): a time or a quantity
# after a determiner describes the name after it ("the 6:05 a.m. Shatabdi", "Your 9:40 p.m.
# IndiGo flight", "a 14.2 kg. Indane cylinder"; 6 replies), a contraction's verb or a Hinglish
# copula is a sentence's own verb before an emoji ("It's a window table … 🌃 Live …", "… nikal
# chuka hai 🛵 Rohit aapka …"), a quantity's end before a capitalised word with a comma or a
# hyphen after it ("1,240 sq. ft. East-facing flats"), and "Jr."/"Sr." after a surname ("… Anthony
# Pereira Sr. Rent of …"; round 59's "Ramesh Iyer Jr. Proof" too): 48/60. Left: a dotted acronym
# before a capitalised subject (8 places: "… the I.F.S.C. Axis Bank sent …", "… the neurology
# O.P.D. Queues there …"; "S.B.I. Branch", "L.I.C. Policy" are names as often), "the P.M. Surya
# Ghar scheme" and "M.Sc. Nursing" cut, a name of two capitals after an emoji ("🚖 Manjeet Singh
# aapko …"), "tap 👉 Recharge Now" cut, and its writer's cuts at inline list markers after commas.
# Session 41, round 61's read: its rules for a channel after "by"/"through" ("… by N.E.F.T.
# Sunita, your agent, …", "… through U.P.I. Silk Mark tags …") and for a name of two capitals
# after an emoji ("🚖 Manjeet Singh aapko …") make 3 more pass (their strict xfails' passes named
# places 19, 38 and 51): 51/60
HELD_OUT_60_KNOWN_MISSES = frozenset(HELD_OUT_60[i][0] for i in (0, 5, 14, 16, 17, 35, 37, 46, 52))

# round 61 (60 replies, a fifty-ninth writer who read only rounds 59 and 60, both with their
# expected chunks: harder cases of their kinds and their opposites) scored 46/60 held out
# (session 40, after the reads of rounds 59 and 60; 29/60 with the session's start code, 31/60
# after round 59's read only: no reply the session's rules fail that the start code passed).
# Read in session 41: 46/60 → 58/60 by rules of 7 kinds, each with tuning cases of its own (3,695
# table texts: 16 change, 15 to their expected chunks, round 59's case 7 by two of its three
# missing cuts; none away): a unit of any kind after a count, "sq. m." and "approx." after a unit
# written short close a quantity before a capitalised word with a lower-case one after it ("…
# within 2 mtrs. Wall drilling …", "… 86.4 sq. m. Tax bills …", "8 mins. approx. Weather …"); a
# rate's unit ("… per qtl. Arrivals …") and "nos." after a number ("… 100 nos. Change …") are a
# count's unit; goods by weight, volume or count go on before a capitalised pair, their name
# ("… holds 500 gm. Kaju Katli and …", "2 ltr. Amul Taaza milk"); a degree before one too
# ("Rohan's B.Tech. Computer Science batch"); a channel after "by"/"via"/"through"/"using" ends
# the means ("… by U.P.I. Imran carries …", "… by S.M.S. Agent Ravindra …"); after an emoji, a
# name of two or three capitals with a lower-case word after it opens a sentence ("… ho gaya hai
# 🍗 Salim Bhai ki …"), and a Hinglish verb's future is a verb of its own ("… off milega 💇 Neha
# ne …"). Left: "… soups and O.R.S. Painkillers other than …" (a dotted acronym before a
# capitalised subject with no preposition: "S.B.I. Branch", "L.I.C. Policy" are the same shape)
# and its writer's cuts at inline list markers after commas ("1) the letter, | 2) a copy …")
HELD_OUT_61_KNOWN_MISSES = frozenset(HELD_OUT_61[i][0] for i in (2, 32))

# round 62 (60 replies, a sixtieth writer who read only rounds 60 and 61, both with their
# expected chunks: harder cases of their kinds and their opposites, new short forms and Indian
# scripts) scored 47/60 held out (session 41, after round 61's read; 45/60 with the session's
# start code: no reply the session's rules fail that the start code passed). Its misses were
# strict xfails named by their place, not looked at until its read. One reply's text and chunks
# were seen, once, in session 41: a regression check of the "U.P.I. Lite" fix (made for review
# s38's test, after round 62 was scored) chunked every string in tests/ and printed the three that
# changed, one of them round 62's; its score did not move (47/60).
# Read in session 42: 47/60 → 59/60 by rules of 9 kinds (10 of its 11 kinds of miss), each with
# tuning cases of its own (36: 20 fail on the old code, 16 guard the opposite; 22,665 strings of
# tests/ chunked old against new: 55 change, round 62's 12 replies, 11 of its chunks and the new
# tuning cases, all to their expected chunks; none away, no other round's): a time zone after
# "a.m."/"p.m." goes on ("… 7 a.m.–9 p.m. IST on all weekdays", "… 4 p.m. IST."); a dotted
# acronym's own number goes on, an ordinal or one before a sentence mark, a comma or "to" ("…
# from W.L. 12 to R.A.C. 3.", "… in H.A.L. 2nd Stage is …"; "K.Y.C. 2 documents are" still opens
# one); after a capitalised word's full stop no list knows, what cannot open a sentence goes on (a
# vowelless short form, not a title or "Pls.", "No." before a number, a single capital but "A"/"I":
# "Ambala Cantt. Jn. at", "Sy. No. 112/3", "The Hep. B dose"); the goods a quantity counts, after
# a vowelless unit too ("1 tsp. Everest Tea Masala and …", "… and 4 pkts. Maggi noodles.", "2 kg.
# Induben khakhra and a box of …"; a subject with its verb after it still opens a sentence); a
# count's unit after "a" closes a quantity ("… half a tsp. Store the mix …"); a time closing a
# count ends before a name of two or three words with a lower-case word after it ("… 6 wks. Chef
# Rakhi Vaswani hosts …"); dotted initials after a titled name end it ("… Smt. Roopa K.S. Copies of
# …"); after an emoji closing a sentence with a verb of its own, a name with a number ("… booked
# 🎟️ Gate No. 12 of …") and an amount ("… ho gaya hai ✅ ₹2,349 ka …") open the next one. Left: its
# writer's convention of no cut at a semicolon between two clauses ("… collected daily at 7 a.m.;
# dry waste on …"), the minority's of rounds 51 and 52, where the tuning table cuts at ";"
HELD_OUT_62_KNOWN_MISSES = frozenset(HELD_OUT_62[i][0] for i in (43,))

# round 63 (60 replies, a sixty-first writer who read only rounds 61 and 62, both with their
# expected chunks: harder cases of their kinds and their opposites, words spelt like short forms,
# roman numerals, version numbers, dotted clock times, new titles, acronyms, prescription and
# finance short forms, new Indic dotted forms, Nepali, Konkani and Tanglish) scored 43/60 held out
# (session 42, after round 62's read; 39/60 with the session's start code, the four it gained
# none lost; pipecat 4/60). Its misses are strict xfails named by their place, not looked at
HELD_OUT_63_KNOWN_MISSES = frozenset(
    HELD_OUT_63[i][0] for i in (4, 7, 8, 11, 12, 15, 17, 20, 22, 23, 24, 28, 32, 44, 50, 54, 56)
)

# every later round with its known misses (strict xfails), one test
LATER_ROUNDS = [
    (6, HELD_OUT_6, HELD_OUT_6_KNOWN_MISSES),
    (7, HELD_OUT_7, HELD_OUT_7_KNOWN_MISSES),
    (8, HELD_OUT_8, HELD_OUT_8_KNOWN_MISSES),
    (9, HELD_OUT_9, HELD_OUT_9_KNOWN_MISSES),
    (10, HELD_OUT_10, HELD_OUT_10_KNOWN_MISSES),
    (11, HELD_OUT_11, HELD_OUT_11_KNOWN_MISSES),
    (12, HELD_OUT_12, HELD_OUT_12_KNOWN_MISSES),
    (13, HELD_OUT_13, HELD_OUT_13_KNOWN_MISSES),
    (14, HELD_OUT_14, HELD_OUT_14_KNOWN_MISSES),
    (15, HELD_OUT_15, HELD_OUT_15_KNOWN_MISSES),
    (16, HELD_OUT_16, HELD_OUT_16_KNOWN_MISSES),
    (17, HELD_OUT_17, HELD_OUT_17_KNOWN_MISSES),
    (18, HELD_OUT_18, HELD_OUT_18_KNOWN_MISSES),
    (19, HELD_OUT_19, HELD_OUT_19_KNOWN_MISSES),
    (20, HELD_OUT_20, HELD_OUT_20_KNOWN_MISSES),
    (21, HELD_OUT_21, HELD_OUT_21_KNOWN_MISSES),
    (22, HELD_OUT_22, HELD_OUT_22_KNOWN_MISSES),
    (23, HELD_OUT_23, HELD_OUT_23_KNOWN_MISSES),
    (24, HELD_OUT_24, HELD_OUT_24_KNOWN_MISSES),
    (25, HELD_OUT_25, HELD_OUT_25_KNOWN_MISSES),
    (26, HELD_OUT_26, HELD_OUT_26_KNOWN_MISSES),
    (27, HELD_OUT_27, HELD_OUT_27_KNOWN_MISSES),
    (28, HELD_OUT_28, HELD_OUT_28_KNOWN_MISSES),
    (29, HELD_OUT_29, HELD_OUT_29_KNOWN_MISSES),
    (30, HELD_OUT_30, HELD_OUT_30_KNOWN_MISSES),
    (31, HELD_OUT_31, HELD_OUT_31_KNOWN_MISSES),
    (32, HELD_OUT_32, HELD_OUT_32_KNOWN_MISSES),
    (33, HELD_OUT_33, HELD_OUT_33_KNOWN_MISSES),
    (34, HELD_OUT_34, HELD_OUT_34_KNOWN_MISSES),
    (35, HELD_OUT_35, HELD_OUT_35_KNOWN_MISSES),
    (36, HELD_OUT_36, HELD_OUT_36_KNOWN_MISSES),
    (37, HELD_OUT_37, HELD_OUT_37_KNOWN_MISSES),
    (38, HELD_OUT_38, HELD_OUT_38_KNOWN_MISSES),
    (39, HELD_OUT_39, HELD_OUT_39_KNOWN_MISSES),
    (40, HELD_OUT_40, HELD_OUT_40_KNOWN_MISSES),
    (41, HELD_OUT_41, HELD_OUT_41_KNOWN_MISSES),
    (42, HELD_OUT_42, HELD_OUT_42_KNOWN_MISSES),
    (43, HELD_OUT_43, HELD_OUT_43_KNOWN_MISSES),
    (44, HELD_OUT_44, HELD_OUT_44_KNOWN_MISSES),
    (45, HELD_OUT_45, HELD_OUT_45_KNOWN_MISSES),
    (46, HELD_OUT_46, HELD_OUT_46_KNOWN_MISSES),
    (47, HELD_OUT_47, HELD_OUT_47_KNOWN_MISSES),
    (48, HELD_OUT_48, HELD_OUT_48_KNOWN_MISSES),
    (49, HELD_OUT_49, HELD_OUT_49_KNOWN_MISSES),
    (50, HELD_OUT_50, HELD_OUT_50_KNOWN_MISSES),
    (51, HELD_OUT_51, HELD_OUT_51_KNOWN_MISSES),
    (52, HELD_OUT_52, HELD_OUT_52_KNOWN_MISSES),
    (53, HELD_OUT_53, HELD_OUT_53_KNOWN_MISSES),
    (54, HELD_OUT_54, HELD_OUT_54_KNOWN_MISSES),
    (55, HELD_OUT_55, HELD_OUT_55_KNOWN_MISSES),
    (56, HELD_OUT_56, HELD_OUT_56_KNOWN_MISSES),
    (57, HELD_OUT_57, HELD_OUT_57_KNOWN_MISSES),
    (58, HELD_OUT_58, HELD_OUT_58_KNOWN_MISSES),
    (59, HELD_OUT_59, HELD_OUT_59_KNOWN_MISSES),
    (60, HELD_OUT_60, HELD_OUT_60_KNOWN_MISSES),
    (61, HELD_OUT_61, HELD_OUT_61_KNOWN_MISSES),
    (62, HELD_OUT_62, HELD_OUT_62_KNOWN_MISSES),
    (63, HELD_OUT_63, HELD_OUT_63_KNOWN_MISSES),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [case for n, table, misses in LATER_ROUNDS for case in _cases(table, misses, f"r{n} ")],
)
def test_later_rounds(text: str, expected: list[str]) -> None:
    assert _words(split_sentences(text)) == _words(expected)


def test_a_short_form_that_may_end_a_sentence_waits_for_the_next_word() -> None:
    s = SentenceSplitter()
    assert s.feed("It is run by the State Govt. Yo") == []  # "You", or "Yojana"?
    assert s.feed("u can apply.") == ["It is run by the State Govt. "]
    assert s.feed(" Ask the Govt. Yo") == ["You can apply. "]
    assert s.feed("jana office.") == []  # a name goes on
    assert s.flush() == ["Ask the Govt. Yojana office."]


def test_an_emoji_after_a_sentence_end_is_waited_for_and_goes_with_it() -> None:
    s = SentenceSplitter()
    assert s.feed("Congratulations! ") == []  # an emoji may close it
    assert s.feed("🎉") == []  # more may follow
    assert s.feed(" Your loan") == ["Congratulations! 🎉 "]
    assert s.feed(" is approved. Y") == ["Your loan is approved. "]
    assert s.flush() == ["Y"]


def test_a_sentence_is_returned_as_soon_as_its_end_is_certain() -> None:
    s = SentenceSplitter()
    assert s.feed("Hello there.") == []  # "." then the end of input: could be "there.com"
    assert s.feed(" How") == ["Hello there. "]
    assert s.feed(" are you?") == []
    assert s.flush() == ["How are you?"]


def test_an_amount_split_across_deltas_is_not_cut() -> None:
    s = SentenceSplitter()
    out = [c for d in ["You owe ₹4,500", ".", "50 today", ". Pay", " now."] for c in s.feed(d)]
    assert out + s.flush() == ["You owe ₹4,500.50 today. ", "Pay now."]


def test_a_closing_quote_split_from_its_sentence_end_is_not_lost() -> None:
    s = SentenceSplitter()
    out = [c for d in ['He said "Yes.', '"', " Then", " left."] for c in s.feed(d)]
    assert out + s.flush() == ['He said "Yes." ', "Then left."]


def test_reset_drops_the_pending_text_and_restarts_the_first_chunk() -> None:
    s = SentenceSplitter(first_chunk_min_chars=10)
    assert s.feed("One two three, four. Five six") == ["One two three, ", "four. "]
    assert s.reset() == "Five six"
    assert s.feed("Seven eight nine, ten") == ["Seven eight nine, "]


def test_max_chunk_chars_cuts_a_run_on_at_a_space() -> None:
    text = "word " * 30
    chunks = split_sentences(text, max_chunk_chars=40)
    assert "".join(chunks) == text
    assert all(len(c) <= 40 for c in chunks) and len(chunks) > 3


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("Your policy is with Tata AIG Insurance Co. Ltd. and the EMI is due.", "Co. L"),
        ("Your A/c No. XXXX6093 is debited with ₹4,500.", "No. XX"),
        ("Tax for F.Y. 2025-26 is filed. Thanks.", "F.Y. 20"),
        # session 36: "File i" may be "File it" (an order) or "File items"; "(w" a bracketed
        # word or a list's "(b) "
        ("The deed is encl. File items by date.", "File i"),
        ("The deed is encl. File it today.", "File "),
        ("Your shared A/c. (with your wife) stays.", "A/c. (w"),
        ("Your shared A/c. (with your wife) stays.", "A/c. ("),
    ],
)
def test_a_word_still_growing_after_a_short_form_is_waited_for(text: str, at: str) -> None:
    """A review (session 24) found these cut when a delta ended inside the word after the
    short form: "Co. L" is not yet "Co. Ltd.", "No. XX" not yet a masked id, "20" not a year."""
    cut = text.index(at) + len(at)
    s = SentenceSplitter()
    assert s.feed(text[:cut]) + s.feed(text[cut:]) + s.flush() == split_sentences(text)


def test_a_run_on_is_not_cut_inside_a_number_or_an_amount() -> None:
    """Each chunk's numbers are normalised on their own: a cut in "98765 43210" or after "₹"
    made TTS read a wrong number (review, session 24)."""
    text = (
        "आपकी कुल बकाया राशि ₹ 12,500 है और हमारा हेल्पलाइन नंबर 98765 43210 है और आप शाखा में भी आ सकते हैं"
    )
    for cap in range(30, len(text)):
        chunks = split_sentences(text, max_chunk_chars=cap)
        assert "".join(chunks) == text
        for a, b in itertools.pairwise(chunks):
            edge = a[-2:] + b[:1]
            assert not (edge[0].isdigit() or edge[0] == "₹" or edge[2].isdigit()), (cap, a, b)


def test_a_range_after_an_indic_quantity_word_is_not_a_clause_end() -> None:
    text = "आपका लोन ₹5 लाख – ₹10 लाख तक मंज़ूर हो सकता है, ठीक है?"
    assert split_sentences(text, first_chunk_min_chars=12) == [
        "आपका लोन ₹5 लाख – ₹10 लाख तक मंज़ूर हो सकता है, ",
        "ठीक है?",
    ]


def test_bad_options_are_refused() -> None:
    with pytest.raises(ValueError):
        SentenceSplitter(first_chunk_min_chars=0)
    with pytest.raises(ValueError):
        SentenceSplitter(max_chunk_chars=1)


_ALPHABET = st.sampled_from(
    [
        *list("ab AZ.,;:!?\n0123456789₹%\"')(/@-"),
        "।",
        "॥",
        "。",
        "，",
        "？",
        "e.g.",
        "Dr.",
        "Rs.",
        "etc.",
        "a.m.",
        "Jr.",
        "Govt.",
        "approx.",
        "Co.",
        "Ltd.",
        "Is",
        "You",
        "For",
        "रु.",
        "कि.मी.",
        "है",
        "को",
        "क",
        "ई.",
        "Dr.",
        "Cr.",
        "Intl.",
        "Oct.",
        "K.Y.C.",
        "kg.",
        "w.e.f.",
        "R.B.I.",
        "XX12",
        "Mr.",
        " – ",
        "3.14",
        "https://x.y/z",
        "\n1. ",
        "Blk.",
        "प्रा.",
        "है.",
        "R.",
        "No.",
        "to",
    ]
)
_TEXT = st.lists(_ALPHABET, max_size=60).map("".join)


def _feed_in_pieces(splitter: SentenceSplitter, text: str, cuts: list[int]) -> list[str]:
    bounds = sorted({c % (len(text) + 1) for c in cuts} | {0, len(text)})
    out: list[str] = []
    for a, b in itertools.pairwise(bounds):
        out += splitter.feed(text[a:b])
    return out + splitter.flush()


@settings(max_examples=400, deadline=None)
@given(
    text=_TEXT,
    cuts=st.lists(st.integers(min_value=0, max_value=200), max_size=20),
    early=st.one_of(st.none(), st.integers(min_value=1, max_value=30)),
    cap=st.one_of(st.none(), st.integers(min_value=2, max_value=50)),
)
def test_any_delta_boundaries_give_the_same_chunks_and_lose_nothing(
    text: str, cuts: list[int], early: int | None, cap: int | None
) -> None:
    chunks = _feed_in_pieces(
        SentenceSplitter(first_chunk_min_chars=early, max_chunk_chars=cap), text, cuts
    )
    assert "".join(chunks) == text
    assert chunks == split_sentences(text, first_chunk_min_chars=early, max_chunk_chars=cap)
    assert all(c.strip() for c in chunks[:-1])


@settings(max_examples=200, deadline=None)
@given(text=_TEXT, cuts=st.lists(st.integers(min_value=0, max_value=200), max_size=20))
def test_one_splitter_serves_reply_after_reply(text: str, cuts: list[int]) -> None:
    s = SentenceSplitter(first_chunk_min_chars=12)
    first = _feed_in_pieces(s, text, cuts)
    second = _feed_in_pieces(s, text, list(reversed(cuts)))
    assert first == second


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Filed at the Baner stn. Insp. Kadam will call you. Thanks.",
            ["Filed at the Baner stn. ", "Insp. Kadam will call you. ", "Thanks."],
        ),
        (
            "Addl. Secy. Rao and Dist. Supdt. Patil signed it.",
            ["Addl. Secy. Rao and Dist. Supdt. Patil signed it."],
        ),
        (
            "Syr. Paracetamol 5 ml twice a day. Rest well.",
            ["Syr. Paracetamol 5 ml twice a day. ", "Rest well."],
        ),
        ("Paid today. P.S. Keep the receipt.", ["Paid today. ", "P.S. Keep the receipt."]),
        (
            "Carry these:\ni. Your ticket\nii. An ID card\nSee you.",
            ["Carry these:\n", "i. Your ticket\n", "ii. An ID card\n", "See you."],
        ),
        (
            "Two ways: (1) Online. (2) At a branch. Which one?",
            ["Two ways: ", "(1) Online. ", "(2) At a branch. ", "Which one?"],
        ),
        (
            "Sorry for the wait 🙏 We have fixed it.",
            ["Sorry for the wait 🙏 ", "We have fixed it."],
        ),
        ("Pay by 💳 Card or UPI.", ["Pay by 💳 Card or UPI."]),
        # round 16's kinds
        (
            "Collect it at Treasury Bldg. Flt. Lt. Rao will sign. Thanks.",
            ["Collect it at Treasury Bldg. ", "Flt. Lt. Rao will sign. ", "Thanks."],
        ),
        (
            "Sent to Kollam Dist. You will get it soon.",
            ["Sent to Kollam Dist. ", "You will get it soon."],
        ),
        ("Visit the Dist. Darbhanga office.", ["Visit the Dist. Darbhanga office."]),
        ("Neb. Budesonide twice daily. Rest.", ["Neb. Budesonide twice daily. ", "Rest."]),
        (
            "Your seat is in Coach B. Boarding starts at six.",
            ["Your seat is in Coach B. ", "Boarding starts at six."],
        ),
        ("Signed by R. Kannan today.", ["Signed by R. Kannan today."]),
        ("மனு இரா. குமார் அவர்களிடம் உள்ளது.", ["மனு இரா. குமார் அவர்களிடம் உள்ளது."]),
    ],
)
def test_round_15_and_16_kinds(text: str, expected: list[str]) -> None:
    """Round 15's kinds (session 28): a rank opens a sentence after a short form unless one
    makes a title with it, "Syr.", "N.B."/"P.S.", "i."/"(a)" list markers, and an emoji that
    ends a sentence with no mark of its own before a word that starts one; round 16's:
    "Bldg."/"Dist." end an address, "Neb.", a place's letter ("Coach B."), Tamil "இரா."."""
    _assert_chunks(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sach. ORS in one litre of water. Supp. Paracetamol at night. Rest.",
            ["Sach. ORS in one litre of water. ", "Supp. Paracetamol at night. ", "Rest."],
        ),
        ("The parcel is for Mohd. Salim Ansari.", ["The parcel is for Mohd. Salim Ansari."]),
        (
            "हे आणा: अ) आधार कार्ड. ब) फोटो. धन्यवाद.",
            ["हे आणा: ", "अ) आधार कार्ड. ", "ब) फोटो. ", "धन्यवाद."],
        ),
        (
            "ये लाएँ: क) पासबुक. ख) फोटो.",
            ["ये लाएँ: ", "क) पासबुक. ", "ख) फोटो."],
        ),
        ("ഉദ്ഘാടനം ബഹു. മന്ത്രി നിർവഹിക്കും.", ["ഉദ്ഘാടനം ബഹു. മന്ത്രി നിർവഹിക്കും."]),
        ("उत्तर: क्या आप आएँगे?", ["उत्तर: क्या आप आएँगे?"]),
    ],
)
def test_round_17_kinds(text: str, expected: list[str]) -> None:
    """Round 17's kinds (session 29): "Sach."/"Supp." open a prescription's line, "Mohd." is a
    name's first part, a lettered list in an Indic script ("अ) ब)", "क) ख)") after a colon,
    Malayalam "ബഹു." (Hon.); a colon before a word that only starts like a list letter goes on."""
    _assert_chunks(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It goes to the S.H.O. Pls. wait for his call.",
            ["It goes to the S.H.O. ", "Pls. wait for his call."],
        ),
        ("Chq. No. 4471 is cleared.", ["Chq. No. 4471 is cleared."]),
        (
            "Inh. Salbutamol at night. Liq. Paraffin daily. Rest.",
            ["Inh. Salbutamol at night. ", "Liq. Paraffin daily. ", "Rest."],
        ),
        (
            "It was the same Txn. We will reverse one. Txn. ID 8812 is the other.",
            ["It was the same Txn. ", "We will reverse one. ", "Txn. ID 8812 is the other."],
        ),
        (
            "Two steps: (i) Open the app. (ii) Pay. Done.",
            ["Two steps: ", "(i) Open the app. ", "(ii) Pay. ", "Done."],
        ),
        ("Two steps: i) Open it. ii) Pay.", ["Two steps: ", "i) Open it. ", "ii) Pay."]),
    ],
)
def test_round_18_kinds(text: str, expected: list[str]) -> None:
    """Round 18's kinds (session 29): "Pls." opens a sentence after a dotted acronym, "Inh."/
    "Liq." open a prescription's line, "Txn." may end a sentence before a word that starts
    one, a roman-numbered list ("(i)", "i)") after a colon."""
    _assert_chunks(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ship it to Plot 9, Indl. Estate, Nashik. Thanks.",
            ["Ship it to Plot 9, Indl. Estate, Nashik. ", "Thanks."],
        ),
        (
            "Sent from our Aundh Br. Pymt. of the bill is due. Trf. done.",
            ["Sent from our Aundh Br. ", "Pymt. of the bill is due. ", "Trf. done."],
        ),
        (
            "Steps:\n1️⃣ Open the app\n2️⃣ Pay\nDone.",
            ["Steps:\n", "1️⃣ Open the app\n", "2️⃣ Pay\n", "Done."],
        ),
        ("Paid 🙏 Thank you.", ["Paid 🙏 ", "Thank you."]),
        # the day's review: a noun's short form before another, or before "I", goes on
        ("Your last Trf. Stmt. is attached.", ["Your last Trf. Stmt. is attached."]),
        ("The Txn. I made yesterday failed.", ["The Txn. I made yesterday failed."]),
    ],
)
def test_round_19_kinds(text: str, expected: list[str]) -> None:
    """Round 19's kinds (session 29): "Indl." goes on in an address, "Pymt."/"Trf." open a
    sentence after a short form that may end one, a keycap ("1️⃣") numbers a list's line and
    ends nothing (an emoji after a word still ends a sentence with no mark)."""
    _assert_chunks(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mixt. Ambroxol after dinner. Elix. Zinc at lunch. Rest.",
            ["Mixt. Ambroxol after dinner. ", "Elix. Zinc at lunch. ", "Rest."],
        ),
        ("An Offg. Collector will sign it.", ["An Offg. Collector will sign it."]),
    ],
)
def test_round_20_kinds(text: str, expected: list[str]) -> None:
    """Round 20's kinds (session 29): "Mixt."/"Elix." open a prescription's line, "Offg."
    (officiating) goes on before the rank it qualifies."""
    _assert_chunks(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Emul. Castor Oil at bedtime. Tinct. Iodine on the cut. Rest.",
            ["Emul. Castor Oil at bedtime. ", "Tinct. Iodine on the cut. ", "Rest."],
        ),
        (
            "The repair takes 3 wks. 40 homes will get water again.",
            ["The repair takes 3 wks. ", "40 homes will get water again."],
        ),
        ("The pipe is 2 mtrs. 30 cm long.", ["The pipe is 2 mtrs. 30 cm long."]),
        ("Your tenure is 4 mths. 15 days in all.", ["Your tenure is 4 mths. 15 days in all."]),
        ("He is 5 ft. 8 in. tall.", ["He is 5 ft. 8 in. tall."]),
        (
            "It was cleared by the A.E. Another visit is due.",
            ["It was cleared by the A.E. ", "Another visit is due."],
        ),
        (
            "Checking your ticket… it is confirmed. Thanks.",
            ["Checking your ticket… it is confirmed. ", "Thanks."],
        ),
        ("One moment... your refund is on its way.", ["One moment... your refund is on its way."]),
        ("Wait... really? Yes.", ["Wait... ", "really? ", "Yes."]),
        ("Checking your ticket… It is confirmed.", ["Checking your ticket… ", "It is confirmed."]),
    ],
)
def test_round_21_kinds(text: str, expected: list[str]) -> None:
    """Round 21's kinds (session 30): "Emul."/"Tinct." open a prescription's line; a unit's
    short form closing a quantity ends a sentence before a count ("… 4 mths. 85 old trees …")
    but not before a second quantity ("5 ft. 8 in."); "Another" opens a sentence after a dotted
    acronym; an ellipsis before a lower-case word trails off inside the sentence, unless it
    closes a word said on its own ("Wait... really?")."""
    _assert_chunks(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Suck one Troch. Benzocaine after food. Linim. Diclofenac on the back. Rest.",
            ["Suck one Troch. Benzocaine after food. ", "Linim. Diclofenac on the back. ", "Rest."],
        ),
        (
            "Recd. ₹2,300 towards your EMI. Thank you.",
            ["Recd. ₹2,300 towards your EMI. ", "Thank you."],
        ),
        (
            "Your parcel is out for delivery 🚚 Stay home to receive it 🙏 Happy shopping",
            [
                "Your parcel is out for delivery 🚚 ",
                "Stay home to receive it 🙏 ",
                "Happy shopping",
            ],
        ),
        ("Enjoy your stay 🏨 Welcome to Jaipur!", ["Enjoy your stay 🏨 ", "Welcome to Jaipur!"]),
        (
            "We love Jaipur 💖 Mahal Road branch is open.",
            ["We love Jaipur 💖 Mahal Road branch is open."],
        ),
        # a review (session 30): after a short form these words open a sentence only before a
        # word in lower case; before a capital they begin a name
        (
            "Please visit the Govt. Welcome Centre near the bus stand.",
            ["Please visit the Govt. Welcome Centre near the bus stand."],
        ),
        ("See the Govt. Rate List for 2025.", ["See the Govt. Rate List for 2025."]),
        (
            "Ask at the Tourism Dept. Happy Holidays counter.",
            ["Ask at the Tourism Dept. Happy Holidays counter."],
        ),
        (
            "Call the Electricity Dept. Happy to help.",
            ["Call the Electricity Dept. ", "Happy to help."],
        ),
    ],
)
def test_round_22_kinds(text: str, expected: list[str]) -> None:
    """Round 22's kinds (session 30): "Troch."/"Linim." open a prescription's line, "Recd." goes
    on before the amount received, and a capitalised "Rate", "Stay", "Enjoy", "Happy",
    "Wishing", "Welcome" start a sentence (after an emoji that ends one with no mark)."""
    _assert_chunks(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gutt. Ciprofloxacin in each eye. Rest.",
            ["Gutt. Ciprofloxacin in each eye. ", "Rest."],
        ),
        (
            "It is part of your Avl. Bal. (No fee applies.)",
            ["It is part of your Avl. Bal. ", "(No fee applies.)"],
        ),
        ("Your Avl. Bal. is ₹2,300.", ["Your Avl. Bal. is ₹2,300."]),
        ("Min. Bal. ₹1,000 applies.", ["Min. Bal. ₹1,000 applies."]),
        ("Paid 🙏 Was it easy? Thanks.", ["Paid 🙏 ", "Was it easy? ", "Thanks."]),
        (
            "To renew: 1️⃣ Open the app. 2️⃣ Pay.",
            ["To renew: ", "1️⃣ Open the app. ", "2️⃣ Pay."],
        ),
        ("The time is 10:15 now.", ["The time is 10:15 now."]),
    ],
)
def test_round_23_kinds(text: str, expected: list[str]) -> None:
    """Round 23's kinds (session 30): "Gutt." opens a prescription's line; "Bal." may end a
    sentence (before an opening bracket and a word that starts one) and goes on before an
    amount; "Was"/"Were"/"Has"/"Had" start sentences (after an emoji too); a colon before a
    keycap "1️⃣" leads a one-line list in."""
    _assert_chunks(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pulv. Neem on the rash. Rest.",
            ["Pulv. Neem on the rash. ", "Rest."],
        ),
        (
            "Ris. Harjit Gill will visit you. Thank you.",
            ["Ris. Harjit Gill will visit you. ", "Thank you."],
        ),
        (
            "It was signed by the Dfr. It reached us today.",
            ["It was signed by the Dfr. ", "It reached us today."],
        ),
    ],
)
def test_round_24_kinds(text: str, expected: list[str]) -> None:
    """Round 24's kinds (session 30): "Pulv." opens a prescription's line; the cavalry ranks
    "Ris." (Risaldar) and "Dfr." (Dafadar) go on before a name and may end a sentence."""
    _assert_chunks(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Soln. Chlorhexidine as a mouth rinse after meals. Do not swallow it.",
            ["Soln. Chlorhexidine as a mouth rinse after meals. ", "Do not swallow it."],
        ),
        (
            "Gargle with Soln. Betadine twice. Rest.",
            ["Gargle with Soln. Betadine twice. ", "Rest."],
        ),
    ],
)
def test_round_25_kinds(text: str, expected: list[str]) -> None:
    """Round 25's kind (session 31): "Soln." (solution) opens a prescription's line, as
    "Sol." does."""
    _assert_chunks(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hon. Nb. Sub. Karan Gill (retd.) will visit you. Thank you.",
            ["Hon. Nb. Sub. Karan Gill (retd.) will visit you. ", "Thank you."],
        ),
        (
            "Your draft went for Clg. Expect the credit by noon.",
            ["Your draft went for Clg. ", "Expect the credit by noon."],
        ),
        (
            "Sent to the Dept. Get the receipt at counter 4.",
            ["Sent to the Dept. ", "Get the receipt at counter 4."],
        ),
        (
            "Your parcel is out 🚚 Get ready to sign.",
            ["Your parcel is out 🚚 ", "Get ready to sign."],
        ),
        (
            "For the locker, carry: a) your key, b) your PAN, c) the rent receipt. Thanks.",
            [
                "For the locker, carry: ",
                "a) your key, ",
                "b) your PAN, ",
                "c) the rent receipt. ",
                "Thanks.",
            ],
        ),
        (
            "Bring: i) your ID, ii) a photo. Done.",
            ["Bring: ", "i) your ID, ", "ii) a photo. ", "Done."],
        ),
        ("Pick a) or b), then call us.", ["Pick a) or b), then call us."]),
        ("Pay by a) cash, b) card.", ["Pay by a) cash, b) card."]),
    ],
)
def test_round_27_kinds(text: str, expected: list[str]) -> None:
    """Round 27's kinds (session 31): "Nb." and "Sub." (Naib Subedar) are ranks before a name;
    "Clg." (clearing) may end a sentence; "Expect" and "Get" open one (after a short form or
    an emoji); the items of a lettered list led in by a colon are chunks at their commas too
    (not a list with no lead-in)."""
    _assert_chunks(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The medal was given by Cmde. Irfan Baig himself. Thanks.",
            ["The medal was given by Cmde. Irfan Baig himself. ", "Thanks."],
        ),
        (
            "The bricks come in 40 plts. Three men will stack them.",
            ["The bricks come in 40 plts. ", "Three men will stack them."],
        ),
        ("We need 12 bxs. of nails today.", ["We need 12 bxs. of nails today."]),
        (
            "It took around 3 mths. 40 new poles went up.",
            ["It took around 3 mths. ", "40 new poles went up."],
        ),
        ("Collect it at Blk. C today.", ["Collect it at Blk. C today."]),
    ],
)
def test_round_28_kinds(text: str, expected: list[str]) -> None:
    """Round 28's kinds (session 31): "Cmde." (Commodore) is a rank before a name; a count's
    unit written short with no vowel after a number ("40 plts.", "53 bdls.") ends a sentence
    before any capitalised word, as a known unit does, and goes on before a lower-case one
    (the known units keep their count rule: "3 mths. 40 new poles")."""
    _assert_chunks(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The shop needs: (a) your old SIM, (b) your PAN, and (c) a form. Thanks.",
            [
                "The shop needs: ",
                "(a) your old SIM, ",
                "(b) your PAN, and ",
                "(c) a form. ",
                "Thanks.",
            ],
        ),
        (
            "Bring: i) your ID, ii) a photo, or iii) a bill. Done.",
            ["Bring: ", "i) your ID, ", "ii) a photo, or ", "iii) a bill. ", "Done."],
        ),
        ("Options: a) tea, and biscuits. Done.", ["Options: ", "a) tea, and biscuits. ", "Done."]),
        ("Pay by (a) cash, or (b) card.", ["Pay by (a) cash, or (b) card."]),
    ],
)
def test_round_29_kinds(text: str, expected: list[str]) -> None:
    """Round 29's kind (session 31): a colon-led lettered list's items are chunks at their
    commas with bracketed markers too, and with "and"/"or" before the last marker."""
    _assert_chunks(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "For fever, give her one Sach. Stir it in water. Done.",
            ["For fever, give her one Sach. ", "Stir it in water. ", "Done."],
        ),
        ("Take one Tab. Dolo at night.", ["Take one Tab. Dolo at night."]),
        ("Meet us at the Govt. Mix Centre today.", ["Meet us at the Govt. Mix Centre today."]),
        (
            "The Estt. Section will call you. Thanks.",
            ["The Estt. Section will call you. ", "Thanks."],
        ),
        (
            "Do one: (i) reply in the app; (ii) visit us; or (iii) call us. Thanks.",
            [
                "Do one: ",
                "(i) reply in the app; ",
                "(ii) visit us; or ",
                "(iii) call us. ",
                "Thanks.",
            ],
        ),
        ("Mix it; or not. Fine.", ["Mix it; ", "or not. ", "Fine."]),
    ],
)
def test_round_30_kinds(text: str, expected: list[str]) -> None:
    """Round 30's kinds (session 31): "Stir", "Mix", "Add", "Give", "Apply", "Drink", "Eat",
    "Wash" open sentences (before a lower-case word after a short form: "Govt. Mix Centre" is a
    name); "Estt." (establishment) goes on before a name; a colon-led list's item ends after
    the "and"/"or" before its next marker at a semicolon too."""
    _assert_chunks(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("तो उद्या घेऊन जा. पावती जपून ठेवा.", ["तो उद्या घेऊन जा. ", "पावती जपून ठेवा."]),
        ("गाड़ी लेकर आ. फिर चलेंगे।", ["गाड़ी लेकर आ. ", "फिर चलेंगे।"]),
        ("मु. पो. सासवड येथे या.", ["मु. पो. सासवड येथे या."]),
        (
            "Take a spoon of the Emul. Shake well before use.",
            ["Take a spoon of the Emul. ", "Shake well before use."],
        ),
    ],
)
def test_round_31_kinds(text: str, expected: list[str]) -> None:
    """Round 31's kinds (session 31): the Hindi/Marathi imperatives "जा" and "आ" end sentences
    (one syllable, like "है", not a short form); "Shake" opens one, as "Stir" does."""
    _assert_chunks(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He may come later ⏳ Anything else we can do? 🙂",
            ["He may come later ⏳ ", "Anything else we can do? 🙂"],
        ),
        (
            "It was sent to the Dept. Anything else?",
            ["It was sent to the Dept. ", "Anything else?"],
        ),
    ],
)
def test_round_32_kinds(text: str, expected: list[str]) -> None:
    """Round 32's kind (session 31): "Anything" opens a sentence (after an emoji that ends one
    with no mark, and after a short form)."""
    _assert_chunks(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gates open at six 🌆 Carry your ticket. 📲 Thanks.",
            ["Gates open at six 🌆 ", "Carry your ticket. 📲 ", "Thanks."],
        ),
        ("Done ✅ Show this at the desk.", ["Done ✅ ", "Show this at the desk."]),
        ("Rainy day 🌧️ Wear a jacket.", ["Rainy day 🌧️ ", "Wear a jacket."]),
        ("Visit the Govt. Show Room today.", ["Visit the Govt. Show Room today."]),
        (
            "Forms go to the Dept. Submit yours by Friday.",
            ["Forms go to the Dept. ", "Submit yours by Friday."],
        ),
    ],
)
def test_round_33_kinds(text: str, expected: list[str]) -> None:
    """Round 33's kind (session 32): an instruction's verbs ("Carry", "Show", "Wear",
    "Remember", "Submit", …) open a sentence after an emoji that ends one with no mark; after
    a short form only before a lower-case word ("Govt. Show Room" is a name)."""
    _assert_chunks(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Enjoy the speed ❤️ Write to us anytime.", ["Enjoy the speed ❤️ ", "Write to us anytime."]),
        ("All set 👍 Wait for our SMS.", ["All set 👍 ", "Wait for our SMS."]),
        (
            "Keep ready: (i) the ticket, (ii) the passbook and (iii) the form. Done.",
            [
                "Keep ready: ",
                "(i) the ticket, ",
                "(ii) the passbook and ",
                "(iii) the form. ",
                "Done.",
            ],
        ),
        ("Choose: a) tea or b) coffee.", ["Choose: ", "a) tea or ", "b) coffee."]),
        ("Pay by (a) cash and (b) card.", ["Pay by (a) cash and (b) card."]),
        ("Options: a) tea and biscuits. Done.", ["Options: ", "a) tea and biscuits. ", "Done."]),
    ],
)
def test_round_34_kinds(text: str, expected: list[str]) -> None:
    """Round 34's kinds (session 32): more instruction verbs ("Write", "Wait", "Ask", "Try",
    …) open a sentence after an emoji; in a colon-led lettered list the item before the last
    ends after its "and"/"or" when no comma comes before it too."""
    _assert_chunks(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sigmn. Rao will call. He serves as a Spr. (His unit is away.)",
            ["Sigmn. Rao will call. ", "He serves as a Spr. ", "(His unit is away.)"],
        ),
        ("Enjoy your day 🎈 Drop in anytime.", ["Enjoy your day 🎈 ", "Drop in anytime."]),
        (
            "Send these: • the slip; • a copy. Thanks.",
            ["Send these: ", "• the slip; ", "• a copy. ", "Thanks."],
        ),
        ("Terms: * conditions apply.", ["Terms: * conditions apply."]),
    ],
)
def test_round_35_kinds(text: str, expected: list[str]) -> None:
    """Round 35's kinds (session 32): the other ranks' short forms ("Sigmn.", "Spr.", "Gnr.",
    …) go on before a name; "Drop", "See", "Join", … open a sentence after an emoji; a bullet
    after a colon ends the lead-in of a one-line bulleted list, as "1. " does."""
    _assert_chunks(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deliveries go to Kothrud Ext. Our rider calls first.",
            ["Deliveries go to Kothrud Ext. ", "Our rider calls first."],
        ),
        ("Dial 1800 200 Ext. 417 for claims.", ["Dial 1800 200 Ext. 417 for claims."]),
        ("A stamp fee of Re. 1 is added. Thanks.", ["A stamp fee of Re. 1 is added. ", "Thanks."]),
        (
            "To block the card: 1) Open Cards. 2) Tap Block.",
            ["To block the card: ", "1) Open Cards. ", "2) Tap Block."],
        ),
        ("Ratio 3:1) is wrong", ["Ratio 3:1) is wrong"]),
        (
            "Carry these: a) your ticket. b) an ID card. Thanks.",
            ["Carry these: ", "a) your ticket. ", "b) an ID card. ", "Thanks."],
        ),
        ("Fix the unit. b) is next.", ["Fix the unit. b) is next."]),
    ],
)
def test_ext_re_and_one_line_lists_with_parenthesised_markers(
    text: str, expected: list[str]
) -> None:
    """Round 13's three kinds (session 28): "Ext." ends a sentence before a word that starts
    one, "Re. 1" is one rupee, and "1)" numbers a one-line list like "1."; round 14's: a
    lettered one ("a) … b) …"), whose next item is not a lower-case word going on."""
    _assert_chunks(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("آپ کی رقم جمع ہو گئی ہے۔ شکریہ۔", ["آپ کی رقم جمع ہو گئی ہے۔ ", "شکریہ۔"]),
        ("کیا آپ کل آئیں گے؟ ہم انتظار کریں گے۔", ["کیا آپ کل آئیں گے؟ ", "ہم انتظار کریں گے۔"]),
        ("॥ जय श्री राम ॥ आपकी बुकिंग हो गई है।", ["॥ जय श्री राम ॥ ", "आपकी बुकिंग हो गई है।"]),
        ("... okay. Let me see.", ["... okay. ", "Let me see."]),
        (
            "Steps to follow: 1. Open the app. 2. Tap Pay. Done.",
            ["Steps to follow: ", "1. Open the app. ", "2. Tap Pay. ", "Done."],
        ),
        (
            "Call us at 10:30 tomorrow: 12 agents are free.",
            ["Call us at 10:30 tomorrow: 12 agents are free."],
        ),
        ("Note: 1.5% fee applies.", ["Note: 1.5% fee applies."]),
        (
            "ये काम करें: १. ऐप खोलें। २. भुगतान चुनें।",
            ["ये काम करें: ", "१. ऐप खोलें। ", "२. भुगतान चुनें।"],
        ),
    ],
)
def test_urdu_ends_an_opening_mark_and_a_one_line_lists_lead_in(
    text: str, expected: list[str]
) -> None:
    _assert_chunks(text, expected)
