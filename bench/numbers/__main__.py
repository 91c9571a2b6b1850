"""Throughput and per-sentence latency of the number normalizer vs naive digit-run replacement.

Run from the repository root::

    .venv/bin/python -m bench.numbers            # full run (~20 s) -> bench/numbers/results/
    .venv/bin/python -m bench.numbers --quick    # fewer repeats
    .venv/bin/python -m bench.numbers --quick --json out/numbers.json   # the JSON there only

Writes ``results.json`` (per-sentence timings, throughput, accuracy) and ``report.txt``
(what it printed) to ``--out`` (default ``bench/numbers/results``); with ``--json FILE`` the
JSON goes to FILE instead and nothing to ``--out``. Either is checked before the run.

Baseline ("naive"): replace every run of ASCII digits with its cardinal words (same word
tables, same Indian-scale composer) — what a converter that takes bare integers gives
you. Both run in this process on the same sentences; the ratio is normalizer / naive.
Accuracy is measured on two sets of hand-written cases in tests/indic_numbers, reported
apart: the tuning tables (cases_*.txt, the development set, so ours is 100% by
construction) and the held-out set (heldout_round2.txt: written before the round-2 code
and never developed against), per form, and the later rounds alike (a round still held out,
STILL_HELD_OUT, as one count, no forms); the naive figure shows how much of the job is around
the integer. No miss of any table is printed.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from bench import provenance
from pipecat_rt_best.indic_numbers import NumberStream, normalize_numbers
from pipecat_rt_best.indic_numbers.languages import LANGUAGES, cardinal

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent / "results"

# ~20-word sentences with 3 numbers each, as a lending voice bot says them.
SENTENCES: dict[str, list[str]] = {
    "hi": [
        "नमस्ते, आपका लोन ₹2,50,000 का मंज़ूर हुआ है और पहली EMI 05/04/2025 को ₹8,500 की कटेगी, कृपया खाते में बैलेंस रखें।",
        "आपका OTP 4567 है, यह 10 मिनट तक मान्य है, कृपया इसे किसी के साथ साझा न करें और 1800-209-1234 पर कॉल करें।",
        "ब्याज दर 10.5% सालाना है, अवधि 36 महीने की है और प्रोसेसिंग फीस ₹1,999 है जो लोन राशि से काटी जाएगी।",
        "आपकी पिछली किस्त 15 मार्च को बकाया थी, कुल देय राशि ₹12,345.50 है, कृपया शाम 6 बजे तक भुगतान कर दें।",
        "हमारी शाखा सुबह 9:30 बजे खुलती है, आप टोकन नंबर 21 लेकर काउंटर 3 पर जाएँ, वहाँ आपकी मदद की जाएगी।",
    ],
    "en-IN": [
        "Hello, your loan of ₹2,50,000 is approved and the first EMI of ₹8,500 will be debited on 05/04/2025 from your account.",
        "Your OTP is 4567 and it is valid for 10 minutes, please do not share it and call 1800-209-1234 for help.",
        "The interest rate is 10.5% per annum for a tenure of 36 months, and the processing fee is ₹1,999 only.",
    ],
    "ta": [
        "வணக்கம், உங்கள் கடன் ₹2,50,000 அனுமதிக்கப்பட்டது, முதல் தவணை ₹8,500 மற்றும் வட்டி 10.5% ஆகும், நன்றி.",
    ],
    "bn": [
        "নমস্কার, আপনার ঋণ ₹2,50,000 অনুমোদিত হয়েছে, প্রথম কিস্তি ₹8,500 এবং সুদের হার 10.5% হবে, ধন্যবাদ।",
    ],
}

# held-out tables not yet read: scored as one count (no per-form lines, which would say where
# the misses are); never print, tune on or break down these
STILL_HELD_OUT = frozenset(
    {
        "heldout_round51.txt",
        "heldout_round52.txt",
        "heldout_round53.txt",
        "heldout_round54.txt",
        "heldout_round57.txt",
        "heldout_round58.txt",
        "heldout_round59.txt",
        "heldout_round60.txt",
        "heldout_round63.txt",
    }
)

_RUN = re.compile(r"[0-9]+")


def naive(text: str, lang: str) -> str:
    """The baseline: every ASCII digit run → cardinal words, nothing else."""
    table = LANGUAGES[lang]
    return _RUN.sub(
        lambda m: cardinal(int(m.group()), table) if len(m.group()) <= 20 else m.group(), text
    )


def per_call_us(fn: Callable[[], object], repeats: int, inner: int) -> float:
    """Median over ``repeats`` batches of ``inner`` calls, in µs per call."""
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter_ns()
        for _ in range(inner):
            fn()
        times.append((time.perf_counter_ns() - t0) / inner / 1000)
    return statistics.median(times)


def streamed(text: str, lang: str, chunk: int = 4) -> str:
    stream = NumberStream(lang)
    out = [stream.push(text[i : i + chunk]) for i in range(0, len(text), chunk)]
    out.append(stream.flush())
    return "".join(out)


def _score(rows: list[tuple[str, str, str, str]], default_lang: str) -> dict[str, float]:
    ok_ours = ok_naive = 0
    for lang, _cat, text, expected in rows:
        lang = lang or default_lang
        exp = unicodedata.normalize("NFC", expected)
        ok_ours += unicodedata.normalize("NFC", normalize_numbers(text, lang)) == exp
        ok_naive += unicodedata.normalize("NFC", naive(text, lang)) == exp
    return {"cases": len(rows), "ours": ok_ours / len(rows), "naive": ok_naive / len(rows)}


def accuracy() -> dict[str, dict[str, dict[str, float]]]:
    """{"tuning": {table: score}, "held_out" / "held_out_round4" / "held_out_round5": {"all"
    and each form: score}}."""
    sys.path.insert(0, str(ROOT))
    from tests.indic_numbers.case_tables import load_cases

    tuning = {
        "hi": _score(load_cases("cases_hi.txt"), "hi"),
        "en-IN": _score(load_cases("cases_en_in.txt"), "en-IN"),
        "other": _score(load_cases("cases_other.txt", with_lang=True), ""),
        "round 3": _score(load_cases("cases_round3.txt", with_lang=True), ""),
    }
    held_rows = load_cases("heldout_round2.txt", with_lang=True)
    held_out = {"all": _score(held_rows, "")}
    for form in sorted({cat for _, cat, _, _ in held_rows}):
        held_out[form] = _score([row for row in held_rows if row[1] == form], "")
    out = {"tuning": tuning, "held_out": held_out}
    for key, table in (
        ("held_out_round4", "heldout_round4.txt"),
        ("held_out_round5", "heldout_round5.txt"),
        ("held_out_round6", "heldout_round6.txt"),
        ("held_out_round7", "heldout_round7.txt"),
        ("held_out_round8", "heldout_round8.txt"),
        ("held_out_round9", "heldout_round9.txt"),
        ("held_out_round10", "heldout_round10.txt"),
        ("held_out_round11", "heldout_round11.txt"),
        ("held_out_round12", "heldout_round12.txt"),
        ("held_out_round13", "heldout_round13.txt"),
        ("held_out_round14", "heldout_round14.txt"),
        ("held_out_round15", "heldout_round15.txt"),
        ("held_out_round16", "heldout_round16.txt"),
        ("held_out_round17", "heldout_round17.txt"),
        ("held_out_round18", "heldout_round18.txt"),
        ("held_out_round19", "heldout_round19.txt"),
        ("held_out_round20", "heldout_round20.txt"),
        ("held_out_round21", "heldout_round21.txt"),
        ("held_out_round22", "heldout_round22.txt"),
        ("held_out_round23", "heldout_round23.txt"),
        ("held_out_round24", "heldout_round24.txt"),
        ("held_out_round25", "heldout_round25.txt"),
        ("held_out_round26", "heldout_round26.txt"),
        ("held_out_round27", "heldout_round27.txt"),
        ("held_out_round28", "heldout_round28.txt"),
        ("held_out_round29", "heldout_round29.txt"),
        ("held_out_round30", "heldout_round30.txt"),
        ("held_out_round31", "heldout_round31.txt"),
        ("held_out_round32", "heldout_round32.txt"),
        ("held_out_round33", "heldout_round33.txt"),
        ("held_out_round34", "heldout_round34.txt"),
        ("held_out_round35", "heldout_round35.txt"),
        ("held_out_round36", "heldout_round36.txt"),
        ("held_out_round37", "heldout_round37.txt"),
        ("held_out_round38", "heldout_round38.txt"),
        ("held_out_round39", "heldout_round39.txt"),
        ("held_out_round40", "heldout_round40.txt"),
        ("held_out_round41", "heldout_round41.txt"),
        ("held_out_round42", "heldout_round42.txt"),
        ("held_out_round43", "heldout_round43.txt"),
        ("held_out_round44", "heldout_round44.txt"),
        ("held_out_round45", "heldout_round45.txt"),
        ("held_out_round46", "heldout_round46.txt"),
        ("held_out_round47", "heldout_round47.txt"),
        ("held_out_round48", "heldout_round48.txt"),
        ("held_out_round49", "heldout_round49.txt"),
        ("held_out_round50", "heldout_round50.txt"),
        ("held_out_round51", "heldout_round51.txt"),
        ("held_out_round52", "heldout_round52.txt"),
        ("held_out_round53", "heldout_round53.txt"),
        ("held_out_round54", "heldout_round54.txt"),
        ("held_out_round55", "heldout_round55.txt"),
        ("held_out_round56", "heldout_round56.txt"),
        ("held_out_round57", "heldout_round57.txt"),
        ("held_out_round58", "heldout_round58.txt"),
        ("held_out_round59", "heldout_round59.txt"),
        ("held_out_round60", "heldout_round60.txt"),
        ("held_out_round61", "heldout_round61.txt"),
        ("held_out_round62", "heldout_round62.txt"),
        ("held_out_round63", "heldout_round63.txt"),
    ):
        rows = load_cases(table, with_lang=True)
        scores = {"all": _score(rows, "")}
        if table not in STILL_HELD_OUT:  # a table still held out: its count only, no forms
            for form in sorted({cat for _, cat, _, _ in rows}):
                scores[form] = _score([row for row in rows if row[1] == form], "")
        out[key] = scores
    return out


def main(argv: list[str] | None = None) -> int:
    from pipecat_rt_best.cli.errors import CliError, check_out_folder

    ap = argparse.ArgumentParser(
        prog="python -m bench.numbers", description=__doc__.splitlines()[0]
    )
    ap.add_argument("--quick", action="store_true", help="fewer repeats")
    ap.add_argument(
        "--out", type=Path, default=OUT, help=f"results folder (default {OUT.relative_to(ROOT)})"
    )
    ap.add_argument("--json", type=Path, help="write the JSON results to this file instead")
    args = ap.parse_args(argv)
    try:  # before the run, not after it
        if args.json is not None:
            if args.json.is_dir():
                raise CliError(f"--json {args.json} is a folder: pass a file name")
            check_out_folder(args.json.parent, "--json's folder")
        else:
            check_out_folder(args.out)
    except CliError as e:
        ap.error(str(e))
    repeats, inner = (5, 200) if args.quick else (15, 1000)
    printed: list[str] = []

    def say(*parts: object) -> None:  # printed, and kept for report.txt
        line = " ".join(map(str, parts))
        printed.append(line)
        sys.stdout.write(line + "\n")

    say(f"python {platform.python_version()} on {platform.machine()}, one thread")
    say(
        f"{'lang':6} {'words':>5} {'nums':>4} {'ours µs':>8} {'naive µs':>8} {'ratio':>6} {'stream µs':>9}"
    )
    rows = []
    for lang, sentences in SENTENCES.items():
        for s in sentences:
            normalize_numbers(s, lang)  # warm caches
            ours = per_call_us(lambda s=s, lang=lang: normalize_numbers(s, lang), repeats, inner)
            base = per_call_us(lambda s=s, lang=lang: naive(s, lang), repeats, inner)
            stream = per_call_us(
                lambda s=s, lang=lang: streamed(s, lang), max(3, repeats // 3), max(50, inner // 10)
            )
            assert streamed(s, lang) == normalize_numbers(s, lang)
            words = len(s.split())
            nums = len(re.findall(r"[0-9][0-9,.:/\-]*", s))
            rows.append(
                {
                    "lang": lang,
                    "words": words,
                    "numbers": nums,
                    "ours_us": ours,
                    "naive_us": base,
                    "stream_us": stream,
                }
            )
            say(
                f"{lang:6} {words:5d} {nums:4d} {ours:8.1f} {base:8.1f} {ours / base:6.1f} {stream:9.1f}"
            )

    all_text = [(s, lang) for lang, ss in SENTENCES.items() for s in ss]
    chars = sum(len(s) for s, _ in all_text)
    t_ours = per_call_us(
        lambda: [normalize_numbers(s, lang) for s, lang in all_text], repeats, max(20, inner // 10)
    )
    t_naive = per_call_us(
        lambda: [naive(s, lang) for s, lang in all_text], repeats, max(20, inner // 10)
    )
    thr = {
        "ours_sentences_per_s": len(all_text) / t_ours * 1e6,
        "naive_sentences_per_s": len(all_text) / t_naive * 1e6,
        "ours_mchars_per_s": chars / t_ours,
        "naive_mchars_per_s": chars / t_naive,
    }
    no_digits = "नमस्ते, मैं आपकी कैसे मदद कर सकता हूँ? आपका लोन मंज़ूर हो गया है, धन्यवाद।"
    thr["passthrough_us"] = per_call_us(lambda: normalize_numbers(no_digits, "hi"), repeats, inner)
    say(
        f"\nthroughput: ours {thr['ours_sentences_per_s']:,.0f} sentences/s "
        f"({thr['ours_mchars_per_s']:.2f} M chars/s), naive {thr['naive_sentences_per_s']:,.0f} "
        f"sentences/s ({thr['naive_mchars_per_s']:.2f} M chars/s), ratio "
        f"{thr['naive_sentences_per_s'] / thr['ours_sentences_per_s']:.1f}x slower than naive"
    )
    say(f"sentence without digits: {thr['passthrough_us']:.2f} µs (returned untouched)")
    hi20 = [r["ours_us"] for r in rows if r["lang"] == "hi"]
    say(
        f"hi 20-word sentences with 3+ numbers: median {statistics.median(hi20):.1f} µs, max {max(hi20):.1f} µs (target ≤ 50 µs)"
    )

    acc = accuracy()
    say("\naccuracy, exact match — TUNING tables (developed against; 100% by construction):")
    for name, a in acc["tuning"].items():
        say(
            f"  {name:13} {a['cases']:4d} cases: ours {a['ours']:6.1%}, naive digit-run {a['naive']:6.1%}"
        )
    for key, title in (
        ("held_out", "heldout_round2.txt, never developed against"),
        ("held_out_round4", "heldout_round4.txt, written after round 3's fixes by someone "
         "who never ran the normaliser; the kinds of its misses fixed since, on other sentences"),
        ("held_out_round5", "heldout_round5.txt, written in session 22 by someone who never "
         "ran the normaliser; the kinds of its misses fixed since, on other sentences"),
        ("held_out_round6", "heldout_round6.txt, written in session 22 after round 5's fixes "
         "by someone who never ran the normaliser; the kinds of its misses fixed since, on "
         "other sentences"),
        ("held_out_round7", "heldout_round7.txt, written in session 23 by someone who never "
         "ran the normaliser; the kinds of its misses fixed since, on other sentences"),
        ("held_out_round8", "heldout_round8.txt, written in session 23 after round 7's fixes "
         "by someone who never ran the normaliser; the kinds of its misses fixed since"),
        ("held_out_round9", "heldout_round9.txt, written in session 23 after round 8's fixes "
         "by someone who never ran the normaliser; the kinds of its misses fixed since"),
        ("held_out_round10", "heldout_round10.txt, written in session 23 after round 9's fixes "
         "by someone who never ran the normaliser; its one defect kind fixed since"),
        ("held_out_round11", "heldout_round11.txt, written in session 24 by someone who never "
         "ran the normaliser; the kinds of its defects fixed since, on other sentences"),
        ("held_out_round12", "heldout_round12.txt, written in session 24 after round 11's fixes "
         "by someone who never ran the normaliser; the kinds of its defects fixed since, on "
         "other sentences"),
        ("held_out_round13", "heldout_round13.txt, written in session 25 after round 12 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 26), on other sentences"),
        ("held_out_round14", "heldout_round14.txt, written in session 26 after round 13 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 27), on other sentences"),
        ("held_out_round15", "heldout_round15.txt, written in session 27 after round 14 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 28), on other sentences"),
        ("held_out_round16", "heldout_round16.txt, written in session 28 after round 15 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 28), on other sentences"),
        ("held_out_round17", "heldout_round17.txt, written in session 28 after round 16 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 28), on other sentences"),
        ("held_out_round18", "heldout_round18.txt, written in session 28 after round 17 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 28), on other sentences"),
        ("held_out_round19", "heldout_round19.txt, written in session 28 after round 18 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 29), on other sentences"),
        ("held_out_round20", "heldout_round20.txt, written in session 29 after round 19 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 29), on other sentences"),
        ("held_out_round21", "heldout_round21.txt, written in session 29 after round 20 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 29), on other sentences"),
        ("held_out_round22", "heldout_round22.txt, written in session 29 after round 21 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 29), on other sentences"),
        ("held_out_round23", "heldout_round23.txt, written in session 29 after round 22 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 29), on other sentences"),
        ("held_out_round24", "heldout_round24.txt, written in session 29 after round 23 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 30), on other sentences"),
        ("held_out_round25", "heldout_round25.txt, written in session 30 after round 24 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 30), on other sentences"),
        ("held_out_round26", "heldout_round26.txt, written in session 30 after round 25 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 30), on other sentences"),
        ("held_out_round27", "heldout_round27.txt, written in session 30 after round 26 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 30), on other sentences"),
        ("held_out_round28", "heldout_round28.txt, written in session 30 after round 27 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 31), on other sentences"),
        ("held_out_round29", "heldout_round29.txt, written in session 31 after round 28 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 31), on other sentences"),
        ("held_out_round30", "heldout_round30.txt, written in session 31 after round 29 was "
         "scored, by someone who never ran the normaliser; no defect to fix"),
        ("held_out_round31", "heldout_round31.txt, written in session 31 after round 30 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 31), on other sentences"),
        ("held_out_round32", "heldout_round32.txt, written in session 31 after round 31 was "
         "scored, by someone who never ran the normaliser; the kind of its defect fixed since "
         "(session 31), on other sentences"),
        ("held_out_round33", "heldout_round33.txt, written in session 31 after round 32 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 31), on other sentences"),
        ("held_out_round34", "heldout_round34.txt, written in session 31 after round 33 was "
         "scored, by someone who never ran the normaliser; the kind of its defect fixed since "
         "(session 31), on other sentences"),
        ("held_out_round35", "heldout_round35.txt, written in session 31 after round 34 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 32), on other sentences"),
        ("held_out_round36", "heldout_round36.txt, written in session 32 after round 35 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 32), on other sentences"),
        ("held_out_round37", "heldout_round37.txt, written in session 32 after round 36 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 32), on other sentences"),
        ("held_out_round38", "heldout_round38.txt, written in session 32 after round 37 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 32), on other sentences"),
        ("held_out_round39", "heldout_round39.txt, written in session 32 after round 38 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 32), on other sentences"),
        ("held_out_round40", "heldout_round40.txt, written in session 32 after round 39 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 32), on other sentences"),
        ("held_out_round41", "heldout_round41.txt, written in session 32 after round 40 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 33), on other sentences"),
        ("held_out_round42", "heldout_round42.txt, written in session 33 after round 41 was "
         "scored, by someone who never ran the normaliser; no miss to read"),
        ("held_out_round43", "heldout_round43.txt, written in session 33 after round 42 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 33), on other sentences"),
        ("held_out_round44", "heldout_round44.txt, written in session 33 after round 43 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 33), on other sentences"),
        ("held_out_round45", "heldout_round45.txt, written in session 33 after round 44 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 33), on other sentences"),
        ("held_out_round46", "heldout_round46.txt, written in session 33 after round 45 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 33), on other sentences"),
        ("held_out_round47", "heldout_round47.txt, written in session 33 after round 46 was "
         "scored, by someone who never ran the normaliser; no miss to read"),
        ("held_out_round48", "heldout_round48.txt, written in session 34 after round 47 was "
         "scored, by someone who never ran the normaliser; the kinds of its defects fixed since "
         "(session 35), on other sentences"),
        ("held_out_round49", "heldout_round49.txt, written in session 35 after round 48 was "
         "scored, by someone who never ran the normaliser; no miss to read"),
        ("held_out_round50", "heldout_round50.txt, written in session 36 after round 49 was "
         "scored, by someone who never ran the normaliser; its one defect's kind fixed since "
         "(session 37), on other sentences"),
        ("held_out_round51", "heldout_round51.txt, still held out: its count only"),
        ("held_out_round52", "heldout_round52.txt, still held out: its count only"),
        ("held_out_round53", "heldout_round53.txt, still held out: its count only"),
        ("held_out_round54", "heldout_round54.txt, still held out: its count only"),
        ("held_out_round55", "heldout_round55.txt, written in session 38 after round 54 was "
         "scored, by someone who never ran the normaliser; its two defects' kinds fixed since "
         "(session 38), on other sentences"),
        ("held_out_round56", "heldout_round56.txt, written in session 38 after round 55 was "
         "scored, by someone who never ran the normaliser; two of its defects' kinds fixed since "
         "(session 39), on other sentences; one row's expected text rewrites its own words"),
        ("held_out_round57", "heldout_round57.txt, still held out: its count only"),
        ("held_out_round58", "heldout_round58.txt, still held out: its count only"),
        ("held_out_round59", "heldout_round59.txt, still held out: its count only"),
        ("held_out_round60", "heldout_round60.txt, still held out: its count only"),
        ("held_out_round61", "heldout_round61.txt, written in session 39 after round 60 was "
         "scored, by someone who never ran the normaliser, asked for harder cases; its one "
         "defect's kind fixed since (session 39), on other sentences"),
        ("held_out_round62", "heldout_round62.txt, written in session 39 after round 61 was "
         "scored, by someone who never ran the normaliser, asked for harder cases; one defect's "
         "kind fixed since (session 39), on other sentences; one Malayalam form left"),
        ("held_out_round63", "heldout_round63.txt, still held out: its count only (written in "
         "session 40 after round 62, asked for harder cases)"),
    ):  # fmt: skip
        say(f"accuracy, exact match — HELD-OUT set ({title}):")
        for name, a in acc[key].items():
            say(
                f"  {name:13} {a['cases']:4d} cases: ours {a['ours']:6.1%}, naive digit-run {a['naive']:6.1%}"
            )
    prov = provenance.stamp("bench.numbers", argv)
    printed += ["", *provenance.text_lines(prov)]
    data = json.dumps(
        {"sentences": rows, "throughput": thr, "accuracy": acc, "provenance": prov},
        indent=2,
        ensure_ascii=False,
    )
    if args.json is not None:
        args.json.write_text(data)
        sys.stdout.write(f"wrote {args.json}\n")
    else:
        (args.out / "results.json").write_text(data + "\n")
        (args.out / "report.txt").write_text("\n".join(printed) + "\n")
        sys.stdout.write(f"wrote {args.out / 'results.json'} and report.txt\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
