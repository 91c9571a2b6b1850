"""``pipecat-rt-best bench``: run the ``bench/`` suites and print one table of ratios.

Each suite (``bench/<name>/__main__.py``, run as ``python -m bench.<name>`` in a fresh
interpreter) compares the pack with a baseline side by side. This command runs them in
quick mode by default (smaller calls/repeats: the ratios, not publication numbers), sends
every result under ``--out`` (default ``bench-out/``; nothing tracked is written unless
``--update-results``), and prints one summary table: each suite's headline measure, the
pack's value, the baseline's, and their ratio. The suites live in the source checkout, not
in the installed package, so this runs from a clone of the repository. Interrupted (Ctrl-C, or
a notebook's interrupt, which signals this process alone), it stops the running suite and
whatever the suite started (it runs in a session of its own): SIGINT to its process group so
the suite's own cleanup runs, then SIGTERM and SIGKILL to the group, each after
:data:`STOP_GRACE_S`, before it gives up.

With ``--update-results --full`` each suite writes over its tracked results (``Suite.tracked``,
the files ``Suite.produces`` names); the tracked results no suite writes are listed in
:data:`NOT_PRODUCED`, with the command that does, and shown in ``--help``.

The VAD suite needs its corpus (real speech and noise from Debian packages): when it is not
built the suite is skipped with the command that builds it, or ``--with-vad`` builds it first.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from pipecat_rt_best.cli.errors import CliError, check_out_folder

__all__ = ["SUITES", "Headline", "Suite", "find_checkout", "markdown_tables", "register", "run"]

HEARTBEAT_S = 15.0
STOP_GRACE_S = 5.0  # a stopped suite's time to exit on SIGINT, then on SIGTERM, before SIGKILL


@dataclass(frozen=True)
class Headline:
    """One line of the summary: ``measure`` for the pack and for the baseline."""

    measure: str
    pack: str
    baseline: str
    ratio: str


@dataclass(frozen=True)
class Suite:
    """How to run one bench suite (``python -m bench.<name>``, or ``module``) and read its
    headline back."""

    name: str
    quick: tuple[str, ...]  # extra arguments in quick mode
    out_flag: str  # the suite's option naming where its results go
    out_file: str | None  # the option takes a file (this name) rather than a folder
    tracked: str | None  # where --update-results writes (repo-relative), if anywhere
    headline: Callable[[Path], list[Headline]]  # read from what was passed with out_flag
    needs: Callable[[Path], str | None] = field(default=lambda root: None)  # why not, or None
    module: str | None = None  # the module run, when not bench.<name>
    produces: tuple[str, ...] = ()  # the files it writes in ``tracked`` (glob patterns)

    @property
    def runs(self) -> str:
        """The module ``python -m`` runs."""
        return self.module or f"bench.{self.name}"


# -- reading results back ---------------------------------------------------------------------


def ratio(baseline: float, pack: float, lower_is_better: bool = True) -> str:
    """``baseline / pack`` as "12.3x lower" (or higher), for the pack against the baseline."""
    if pack == baseline:
        return "same"
    if lower_is_better:
        if pack == 0:
            return "pack 0"
        r = baseline / pack
        return f"{r:.1f}x lower" if r >= 1 else f"{1 / r:.1f}x higher"
    if baseline == 0:
        return "baseline 0"
    r = pack / baseline
    return f"{r:.1f}x higher" if r >= 1 else f"{1 / r:.1f}x lower"


def markdown_tables(text: str) -> list[list[dict[str, str]]]:
    """Every pipe table in ``text``, as rows of header → cell (cells stripped)."""

    def cells(line: str) -> list[str]:
        return [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]

    tables: list[list[dict[str, str]]] = []
    lines = text.splitlines()
    i = 0
    while i + 1 < len(lines):
        if lines[i].lstrip().startswith("|") and re.fullmatch(r"\s*\|[-:| ]+\|\s*", lines[i + 1]):
            header = cells(lines[i])
            rows = []
            i += 2
            while i < len(lines) and lines[i].lstrip().startswith("|"):
                rows.append(dict(zip(header, cells(lines[i]), strict=False)))
                i += 1
            tables.append(rows)
        else:
            i += 1
    return tables


def _num(cell: str) -> float:
    m = re.search(r"-?\d+(?:\.\d+)?", cell.replace(",", "").replace("*", ""))
    if m is None:
        raise ValueError(f"no number in {cell!r}")
    return float(m.group())


def _row(table: list[dict[str, str]], first_column_starts: str) -> dict[str, str]:
    for row in table:
        if next(iter(row.values()), "").startswith(first_column_starts):
            return row
    raise ValueError(f"no row starting {first_column_starts!r}")


def _numbers(folder: Path) -> list[Headline]:
    data = json.loads((folder / "results.json").read_text(encoding="utf-8"))
    thr, acc = data["throughput"], data["accuracy"]
    if "held_out" in acc:  # the cases never developed against, when the suite has them
        measure, a = "held-out number cases, exact (%)", acc["held_out"]["all"]
    else:
        measure, a = "Hindi case table, exact (%)", acc["hi"]
    return [
        Headline(
            measure,
            f"{a['ours'] * 100:.1f}",
            f"{a['naive'] * 100:.1f} naive digit-run",
            ratio(a["naive"], a["ours"], lower_is_better=False),
        ),
        Headline(
            "sentences per second",
            f"{thr['ours_sentences_per_s']:,.0f}",
            f"{thr['naive_sentences_per_s']:,.0f} naive digit-run",
            ratio(thr["naive_sentences_per_s"], thr["ours_sentences_per_s"], False),
        ),
    ]


TELEPHONY_BASELINE = "pipecat TwilioFrameSerializer + stock realtime, pipecat's defaults"


def _telephony(path: Path) -> list[Headline]:
    whole, stages = markdown_tables(path.read_text(encoding="utf-8"))[:2]
    out = []
    for what, table in (("media path", whole), ("codec + resampling", stages)):
        pack = _num(_row(table, "passthrough")["total ms"])
        base = _num(_row(table, TELEPHONY_BASELINE)["total ms"])
        out.append(
            Headline(
                f"{what} CPU, ms per call-s",
                f"{pack:.3f}",
                f"{base:.3f} pipecat defaults",
                ratio(base, pack),
            )
        )
    return out


def _truncation(folder: Path) -> list[Headline]:
    pcm = markdown_tables((folder / "results.md").read_text(encoding="utf-8"))[0]
    stock, pack = _row(pcm, "pipecat (stock)"), _row(pcm, "pack: confirmed")
    out = []
    for col, label in (("\\|err\\| p50 ms", "p50"), ("\\|err\\| p99 ms", "p99")):
        b, p = _num(stock[col]), _num(pack[col])
        out.append(
            Headline(
                f"truncate error {label} (abs), ms",
                f"{p:.1f}",
                f"{b:.1f} pipecat",
                ratio(b, p),
            )
        )
    return out


def _pool(folder: Path) -> list[Headline]:
    steady = json.loads((folder / "results.json").read_text(encoding="utf-8"))["steady"]
    pack, cold = steady["pooled"]["ready_s"]["p50_ms"], steady["cold"]["ready_s"]["p50_ms"]
    return [
        Headline(
            "call start → session ready p50, ms",
            f"{pack:.2f}",
            f"{cold:.1f} cold connect",
            ratio(cold, pack),
        )
    ]


def _telephony_faults(folder: Path) -> list[Headline]:
    data = json.loads((folder / "results.json").read_text(encoding="utf-8"))
    before, after = (
        data["memory_before"]["rss_mb_per_call"],
        data["memory_after"]["rss_mb_per_call"],
    )
    debug, info = data["flood_lines_debug"], data["flood_lines_info"]
    return [
        Headline(
            "RSS per ended call, MB",
            f"{after:.3f}",
            f"{before:.3f} calls kept",
            ratio(before, after),
        ),
        Headline(
            "lines logged, bad-message flood", f"{info}", f"{debug} at DEBUG", ratio(debug, info)
        ),
    ]


def _tts(folder: Path) -> list[Headline]:
    path = max(folder.glob("tts_*.json"), key=lambda p: p.stat().st_mtime)
    s = json.loads(path.read_text(encoding="utf-8"))["summary"]
    pack = s["streaming"]["ttfa_ms_median"]
    return [
        Headline(
            f"time to first audio, ms (vs {mode})",
            f"{pack:.0f}",
            f"{s[mode]['ttfa_ms_median']:.0f} {mode}",
            ratio(s[mode]["ttfa_ms_median"], pack),
        )
        for mode in ("pipecat", "whole_reply")
        if mode in s
    ]


def _splitter(folder: Path) -> list[Headline]:
    rows = markdown_tables((folder / "splitter.md").read_text(encoding="utf-8"))[0]
    held = [r for r in rows if r["table"] != "tuning"]  # every held-out round, read or not
    n = sum(_num(r["cases"]) for r in held)
    pack = sum(_num(r["pack splitter"]) for r in held)
    base = sum(_num(r["pipecat SimpleTextAggregator"]) for r in held)
    return [
        Headline(
            "sentence splits right, held-out tables",
            f"{pack:.0f}/{n:.0f}",
            f"{base:.0f}/{n:.0f} SimpleTextAggregator",
            ratio(base, pack, lower_is_better=False),
        )
    ]


def _reconnect(folder: Path) -> list[Headline]:
    data = json.loads((folder / "reconnect.json").read_text(encoding="utf-8"))
    pooled, direct = data["pooled"]["p50_ms"], data["direct"]["p50_ms"]
    return [
        Headline(
            "mid-call drop → new session p50, ms",
            f"{pooled:.1f}",
            f"{direct:.1f} direct connect",
            ratio(direct, pooled),
        )
    ]


def _soak(folder: Path) -> list[Headline]:
    data = json.loads((folder / "soak.json").read_text(encoding="utf-8"))
    memory = data["memory"]
    start = min(5.0, max(1.0, data["minutes"] / 5))  # soak.reference_minute
    since = [m for m in memory if m["minute"] >= start]
    growth = since[-1]["rss_mb"] - since[0]["rss_mb"]
    return [
        Headline(
            f"RSS growth over a {data['minutes']:g}-minute call, MB",
            f"{growth:+.1f}",
            "< 10 target (no baseline)",
            "",
        )
    ]


def _prompt(folder: Path) -> list[Headline]:
    m = json.loads((folder / "results.json").read_text(encoding="utf-8"))["measures"]
    pack, base = m["load_validate_render"]["median_s"] * 1e3, m["plain_render"]["median_s"] * 1e3
    return [
        Headline(
            "load + validate + render a prompt file, ms",
            f"{pack:.2f}",
            f"{base:.2f} yaml + plain formatting",
            ratio(base, pack),
        )
    ]


def _vad(folder: Path) -> list[Headline]:
    data = json.loads((folder / "vad.json").read_text(encoding="utf-8"))
    out = []
    for cell, pack in data["ours"].items():
        base = data["pipecat"][cell]["fs_per_min"]
        out.append(
            Headline(
                f"false starts/noise-min, {cell}",
                f"{pack['fs_per_min']:.2f}",
                f"{base:.2f} pipecat",
                ratio(base, pack["fs_per_min"]),
            )
        )
    return out


def _load(folder: Path) -> list[Headline]:
    data = json.loads((folder / "results.json").read_text(encoding="utf-8"))
    modes, knees = data["modes"], data["knee"]
    out = []

    def held(mode: str) -> str:
        k = knees.get(mode)
        top = max((lv["calls"] for lv in modes.get(mode, [])), default=0)
        return f"{k}" if k is not None else f"> {top} (held)"

    pk, bk = knees.get("pack"), knees.get("baseline")
    out.append(
        Headline(
            "knee: concurrent calls at lag p99 >= 20 ms or a failure",
            held("pack"),
            f"{held('baseline')} pool-size 0",
            ratio(bk, pk, lower_is_better=False) if pk is not None and bk is not None else "",
        )
    )
    pack = {lv["calls"]: lv for lv in modes.get("pack", [])}
    base = {lv["calls"]: lv for lv in modes.get("baseline", [])}
    both = [n for n in pack if n in base and pack[n]["cpu_pct_per_call"] is not None]
    if both:
        n = max(both)
        p, b = pack[n]["cpu_pct_per_call"], base[n]["cpu_pct_per_call"]
        out.append(
            Headline(
                f"server CPU per call at {n} calls, % of a core",
                f"{p:.2f}",
                f"{b:.2f} pool-size 0",
                ratio(b, p),
            )
        )
    return out


VAD_CORPUS = Path("bench/.corpus/vad/corpus.json")
VAD_CORPUS_BUILD = "python -m bench.vad.corpus"


def _vad_needs(root: Path) -> str | None:
    if (root / VAD_CORPUS).is_file():
        return None
    return f"its corpus is not built: run `{VAD_CORPUS_BUILD}` (≈1 min, fetches Debian packages) or pass --with-vad"


SUITES: dict[str, Suite] = {
    s.name: s
    for s in (
        Suite(
            "numbers",
            ("--quick",),
            "--out",
            None,
            "bench/numbers/results",
            _numbers,
            produces=("results.json", "report.txt"),
        ),
        Suite(
            "telephony",
            ("--seconds", "10", "--repeats", "1"),
            "--out",
            "results.md",
            "bench/telephony/results.md",
            _telephony,
            produces=("results.md",),
        ),
        Suite(
            "truncation",
            ("--calls", "10", "--episodes", "3"),
            "--out",
            None,
            "bench/truncation/results",
            _truncation,
            produces=("results.md", "errors_pcm.png"),
        ),
        Suite(
            "pool",
            ("--calls", "20", "--burst", "20", "--hold", "0.5"),
            "--out",
            None,
            "bench/pool/results",
            _pool,
            produces=("results.json", "results.md", "burst_waits.csv"),
        ),
        Suite(
            "reconnect",
            ("--drops", "5"),
            "--out",
            None,
            "bench/pool/results",
            _reconnect,
            module="bench.pool.reconnect",
            produces=("reconnect.json", "reconnect.md"),
        ),
        Suite(
            "telephony_faults",
            ("--calls", "20"),
            "--out",
            None,
            "bench/telephony_faults/results",
            _telephony_faults,
            produces=("results.json", "results.md"),
        ),
        Suite(
            "tts",
            ("--runs", "2"),
            "--out",
            None,
            "bench/tts/results",
            _tts,
            produces=("tts_fb150_c0_d40.json", "tts_fb150_c0_d40.md"),
        ),
        Suite(
            "splitter",
            (),
            "--out",
            None,
            "bench/tts/results",
            _splitter,
            module="bench.tts.splitter",
            produces=("splitter.md",),
        ),
        Suite(
            "load",
            ("--quick",),
            "--out",
            None,
            "bench/load/results",
            _load,
            produces=("results.md", "results.json", "load.png", "profile_pack_*.txt"),
        ),
        Suite(
            "soak",
            ("--minutes", "3", "--rotate-after", "60"),
            "--out",
            None,
            "bench/load/results",
            _soak,
            module="bench.load.soak",
            produces=("soak.md", "soak.json"),
        ),
        Suite(
            "prompt",
            ("--repeats", "2"),
            "--out",
            None,
            "bench/prompt/results",
            _prompt,
            produces=("results.json", "results.md"),
        ),
        Suite(
            "vad",
            ("--vads", "ours,pipecat", "--cells", "babble_10dB,tv_10dB", "--max-calls", "4"),
            "--out",
            None,
            "bench/vad/results",
            _vad,
            _vad_needs,
            produces=("vad.md", "vad.json", "vad.png"),
        ),
    )
}

# tracked results (glob patterns, repo-relative) that no suite writes, and what does
NOT_PRODUCED: dict[str, str] = {
    "bench/tts/results/tts_fb150_c100_d40.*": "python -m bench.tts --connect-ms 100",
    "bench/vad/results/*/**": "the VAD studies and corpus splits, python -m bench.vad.<study> "
    "(bench/vad/README.md)",
}


# -- finding and running the suites -----------------------------------------------------------


def find_checkout(start: Path) -> Path | None:
    """The source checkout holding ``bench/`` at or above ``start``, if any."""
    for folder in (start, *start.parents):
        if (folder / "pyproject.toml").is_file() and any((folder / "bench").glob("*/__main__.py")):
            return folder
    return None


def _module_exists(root: Path, module: str) -> bool:
    path = root.joinpath(*module.split("."))
    return path.with_suffix(".py").is_file() or (path / "__main__.py").is_file()


def discover(root: Path) -> list[str]:
    """Suites under ``root/bench``: the known ones whose module is there, in table order,
    then any other ``bench/<name>/__main__.py``."""
    found = {p.parent.name for p in (root / "bench").glob("*/__main__.py")}
    known = [n for n, s in SUITES.items() if _module_exists(root, s.runs)]
    return known + sorted(found - set(SUITES))


@dataclass
class Outcome:
    name: str
    status: str  # "ok", "failed", "skipped"
    seconds: float = 0.0
    note: str = ""
    headlines: list[Headline] = field(default_factory=list)


def _run_logged(
    cmd: list[str], root: Path, log: Path, timeout_s: float, verbose: bool, progress: TextIO
) -> tuple[int | None, float]:
    """Run ``cmd`` in ``root``, its output to ``log`` (and stderr when verbose), with a
    heartbeat line while it runs; (exit code or None on timeout, seconds)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    t0 = time.monotonic()
    with log.open("w", encoding="utf-8") as sink:
        proc = subprocess.Popen(
            cmd,
            cwd=root,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
            # its own process group: the suite's children (servers, an emulator, pool
            # workers) can be stopped with it, and a terminal's Ctrl-C reaches it only via _stop
            start_new_session=True,
        )
        assert proc.stdout is not None
        stream = proc.stdout

        def copy() -> None:
            try:
                for line in stream:
                    sink.write(line)
                    if verbose:
                        progress.write("      | " + line)
            except ValueError:  # the log closed under it: a run whose reader outlived the join
                return

        code: int | None = None
        reader = threading.Thread(target=copy, daemon=True)
        try:
            reader.start()  # in the try: a Ctrl-C while it starts stops the suite too
            while True:
                elapsed = time.monotonic() - t0
                try:
                    code = proc.wait(timeout=min(HEARTBEAT_S, max(0.1, timeout_s - elapsed)))
                    break
                except subprocess.TimeoutExpired:
                    elapsed = time.monotonic() - t0
                    if elapsed >= timeout_s:
                        _stop(proc)
                        break
                    if not verbose:
                        print(f"      … {elapsed:.0f} s", file=progress, flush=True)
        except BaseException:
            # interrupted (Ctrl-C, a notebook's interrupt: SIGINT to this process only, the
            # suite being in a session of its own): the suite and its servers would go on
            # using the CPU and ports and writing into --out
            if _stop(proc):
                print(f"      interrupted: stopped {_module(cmd)}", file=progress, flush=True)
            raise
        finally:
            if reader.ident is not None:  # started: the suite's last lines into the log
                reader.join(timeout=5)
            if not reader.is_alive():  # else a process the suite left holds the pipe: the
                stream.close()  # reader keeps it (closing it under the reader would raise)
    return code, time.monotonic() - t0


def _stop(proc: subprocess.Popen[str]) -> bool:
    """End ``proc`` and the processes it started, its process group (``proc`` leads a session
    of its own): SIGINT, so the suite's ``finally``/``async with`` cleanup stops its servers;
    after :data:`STOP_GRACE_S` SIGTERM, and after another SIGKILL, to whatever of the group is
    left. Without ``os.killpg`` (not POSIX) ``proc`` alone gets SIGTERM, then SIGKILL after
    the grace. Whether ``proc`` was running."""
    running = proc.poll() is None
    grouped = hasattr(os, "killpg")
    gone = False
    try:
        if grouped:
            for sig in (signal.SIGINT, signal.SIGTERM):
                gone = not _signal_group(proc.pid, sig) or _wait_group(proc, STOP_GRACE_S)
                if gone:
                    break
        elif running:
            proc.terminate()
            proc.wait(timeout=STOP_GRACE_S)
    except subprocess.TimeoutExpired:
        pass
    finally:  # also when a second interrupt cuts a grace short
        if grouped and not gone:
            _signal_group(proc.pid, signal.SIGKILL)
        elif not grouped and proc.poll() is None:
            proc.kill()
        proc.wait()
    return running


def _signal_group(pgid: int, sig: int) -> bool:
    """Send ``sig`` to process group ``pgid``; whether any process was there to receive it."""
    try:
        os.killpg(pgid, sig)
    except ProcessLookupError:
        return False
    return True


def _wait_group(proc: subprocess.Popen[str], timeout_s: float) -> bool:
    """Wait up to ``timeout_s`` for ``proc`` to exit and its process group (``proc.pid``) to
    empty; whether both happened."""
    deadline = time.monotonic() + timeout_s
    try:
        proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        return False
    while _signal_group(proc.pid, 0):  # a member left (an orphan not yet reaped counts too)
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)
    return True


def _module(cmd: Sequence[str]) -> str:
    """The ``-m`` module ``cmd`` runs (``bench.pool``), else its program."""
    return cmd[cmd.index("-m") + 1] if "-m" in cmd[:-1] else cmd[0]


def run_suite(
    suite: Suite | None,
    name: str,
    root: Path,
    out: Path,
    *,
    quick: bool,
    update: bool,
    timeout_s: float,
    verbose: bool,
    progress: TextIO,
) -> Outcome:
    folder = out / name
    folder.mkdir(parents=True, exist_ok=True)
    if suite is None:  # a suite this command does not know yet: no quick recipe, no headline
        cmd = [sys.executable, "-m", f"bench.{name}", "--out", str(folder)]
        target = folder
    else:
        if update and suite.tracked:
            target = root / suite.tracked
        else:
            target = folder / suite.out_file if suite.out_file else folder
        cmd = [
            sys.executable,
            "-m",
            suite.runs,
            *(suite.quick if quick else ()),
            suite.out_flag,
            str(target),
        ]
    shown = " ".join(["python", *cmd[1:]]).replace(str(root) + os.sep, "")
    print(f"  {shown}", file=progress, flush=True)
    code, seconds = _run_logged(cmd, root, folder / "output.log", timeout_s, verbose, progress)
    log = _shown(folder / "output.log")
    if code is None:
        return Outcome(name, "failed", seconds, f"timed out after {timeout_s:.0f} s; see {log}")
    if code != 0:
        return Outcome(name, "failed", seconds, f"exit {code}; see {log}")
    if suite is None:
        return Outcome(name, "ok", seconds, f"no headline known; results in {folder}")
    try:
        headlines = suite.headline(target)
    except (OSError, ValueError, KeyError, IndexError, TypeError) as exc:
        return Outcome(
            name,
            "ok",
            seconds,
            f"headline not read ({type(exc).__name__}: {exc}); results in {target}",
        )
    return Outcome(name, "ok", seconds, "", headlines)


def _shown(path: Path) -> Path:
    """``path`` relative to the current directory when it is under it."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def summary_table(outcomes: Sequence[Outcome], mode: str) -> str:
    header = ["suite", "measure", "this pack", "baseline", "pack vs baseline", "time"]
    rows: list[list[str]] = []
    for o in outcomes:
        t = f"{o.seconds:.0f} s" if o.status != "skipped" else "—"
        if o.headlines:
            for i, h in enumerate(o.headlines):
                rows.append(
                    [
                        o.name if i == 0 else "",
                        h.measure,
                        h.pack,
                        h.baseline,
                        h.ratio,
                        t if i == 0 else "",
                    ]
                )
        else:
            rows.append([o.name, f"{o.status}: {o.note}", "", "", "", t])
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        f"bench summary ({mode})",
        "| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |",
        "|" + "|".join("-" * (w + 2) for w in widths) + "|",
    ]
    lines += [
        "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows
    ]
    return "\n".join(lines)


# -- the subcommand -----------------------------------------------------------------------------


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "bench",
        help="run the bench/ suites (quick mode) and print one table of ratios vs baselines",
        description=(
            "Runs each bench/<name> suite (python -m bench.<name>: the pack and a baseline side "
            "by side) in quick mode, or at full size with --full, writing every result under "
            "--out, and prints one table: each suite's headline measure for the pack and the "
            "baseline, and their ratio. Tracked results in bench/ are only written with "
            "--update-results. Run it from a clone of the repository (the suites are not in "
            "the installed package). Tracked results no suite writes: "
            + "; ".join(f"{glob} ({cmd})" for glob, cmd in NOT_PRODUCED.items())
            + "."
        ),
    )
    parser.add_argument(
        "suites", nargs="*", metavar="SUITE", help="suites to run (default: all in bench/)"
    )
    parser.add_argument(
        "--out", type=Path, default=Path("bench-out"), help="results folder (default bench-out/)"
    )
    parser.add_argument(
        "--full", action="store_true", help="the suites' full sizes instead of quick mode"
    )
    parser.add_argument(
        "--update-results",
        action="store_true",
        help="write each suite's results over its tracked files in bench/ (needs --full)",
    )
    parser.add_argument(
        "--with-vad", action="store_true", help="build the VAD corpus first if it is missing"
    )
    parser.add_argument(
        "--timeout", type=float, default=900.0, help="seconds per suite (default 900)"
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="show each suite's output as it runs"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, progress: TextIO | None = None) -> int:
    progress = progress or sys.stderr
    root = find_checkout(Path.cwd())
    if root is None:
        raise CliError(
            "no bench/ folder here: the benchmarks ship with the source, not the installed "
            "package; run this from a clone of the pipecat_rt_best repository"
        )
    if args.update_results and not args.full:
        raise CliError(
            "--update-results writes the tracked results in bench/: add --full (quick-mode numbers are not the published ones)"
        )
    if not args.timeout > 0:  # NaN too (no timeout then)
        raise CliError("--timeout must be positive")
    available = discover(root)
    for name in args.suites:
        if name not in available:
            close = difflib.get_close_matches(name, available, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise CliError(
                f"no suite {name!r} in {root / 'bench'}; {hint}choose from {', '.join(available)}"
            )
    explicit = bool(args.suites)
    names = list(dict.fromkeys(args.suites)) if explicit else available
    out = args.out if args.out.is_absolute() else Path.cwd() / args.out
    check_out_folder(out)
    mode = "full" if args.full else "quick"
    if args.update_results:
        mode += ", updating the tracked results in bench/"
    print(
        f"pipecat-rt-best bench: {len(names)} suites, {mode} mode, results in {args.out}/",
        file=progress,
        flush=True,
    )

    outcomes: list[Outcome] = []
    for i, name in enumerate(names, 1):
        suite = SUITES.get(name)
        print(f"[{i}/{len(names)}] {name}", file=progress, flush=True)
        if suite is None and not explicit:
            outcomes.append(
                Outcome(
                    name,
                    "skipped",
                    note=f"no quick recipe in pipecat_rt_best/cli/bench.py; run `pipecat-rt-best bench {name}` (full size) or `python -m bench.{name}`",
                )
            )
            print(f"      skipped: {outcomes[-1].note}", file=progress, flush=True)
            continue
        why_not = suite.needs(root) if suite else None
        if why_not and name == "vad" and args.with_vad:
            print(f"  building the VAD corpus: {VAD_CORPUS_BUILD}", file=progress, flush=True)
            (out / name).mkdir(parents=True, exist_ok=True)
            build = [sys.executable, "-m", "bench.vad.corpus"]
            code, _ = _run_logged(
                build, root, out / name / "corpus.log", args.timeout, args.verbose, progress
            )
            why_not = (
                None
                if code == 0
                else f"building its corpus failed (exit {code}); see {out / name / 'corpus.log'}"
            )
            if why_not:
                outcomes.append(Outcome(name, "failed", note=why_not))
                print(f"      failed: {why_not}", file=progress, flush=True)
                continue
        if why_not:
            outcomes.append(Outcome(name, "skipped", note=why_not))
            print(f"      skipped: {why_not}", file=progress, flush=True)
            continue
        outcome = run_suite(
            suite,
            name,
            root,
            out,
            quick=not args.full,
            update=args.update_results,
            timeout_s=args.timeout,
            verbose=args.verbose,
            progress=progress,
        )
        outcomes.append(outcome)
        status = (
            f"done in {outcome.seconds:.1f} s"
            if outcome.status == "ok"
            else f"FAILED: {outcome.note}"
        )
        print(f"      {status}", file=progress, flush=True)

    table = summary_table(outcomes, mode)
    out.mkdir(parents=True, exist_ok=True)
    (out / "summary.md").write_text(table + "\n", encoding="utf-8")
    report: list[dict[str, Any]] = [
        {
            "suite": o.name,
            "status": o.status,
            "seconds": round(o.seconds, 2),
            "note": o.note,
            "headlines": [h.__dict__ for h in o.headlines],
        }
        for o in outcomes
    ]
    (out / "summary.json").write_text(
        json.dumps({"mode": mode, "suites": report}, indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    print(table)
    print(
        f"(summary in {args.out / 'summary.md'}; each suite's results and output log under {args.out}/<suite>/)"
    )
    return 1 if any(o.status == "failed" for o in outcomes) else 0
