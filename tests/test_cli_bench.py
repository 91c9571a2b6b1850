"""``pipecat-rt-best bench``: runs suites into an output folder, prints one summary table,
leaves tracked files alone, and turns user mistakes into one line and exit 2."""

from __future__ import annotations

import _thread
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from pipecat_rt_best.cli import bench, build_parser
from pipecat_rt_best.cli.bench import SUITES, discover, find_checkout, markdown_tables, ratio

REPO = Path(__file__).resolve().parents[1]


def _cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    # the command finds bench/ itself; the package is this tree's (not an installed copy's)
    env["PYTHONPATH"] = str(REPO / "src")
    return subprocess.run(
        [sys.executable, "-m", "pipecat_rt_best.cli", "bench", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def _tracked_bench_files() -> dict[str, str]:
    """sha256 of every file under bench/ that git tracks, plus the names of the rest
    (untracked files and folders a run could have added)."""
    listed = subprocess.run(
        ["git", "ls-files", "bench"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    digests = {p: hashlib.sha256((REPO / p).read_bytes()).hexdigest() for p in listed if (REPO / p).is_file()}  # fmt: skip
    for path in (REPO / "bench").rglob("*"):
        rel = path.relative_to(REPO).as_posix()
        if rel not in digests and "__pycache__" not in rel and ".corpus" not in rel:
            digests[rel] = "untracked"
    return digests


def _values(tree: object, key: str) -> list[float]:
    """Every ``key`` value anywhere in a nested dict."""
    if not isinstance(tree, dict):
        return []
    found = [float(v) for k, v in tree.items() if k == key and isinstance(v, int | float)]
    return found + [x for v in tree.values() for x in _values(v, key)]


def test_a_quick_suite_runs_into_the_output_folder_and_is_summarised(tmp_path: Path) -> None:
    before = _tracked_bench_files()
    out = tmp_path / "results"
    done = _cli("numbers", "--out", str(out))
    assert done.returncode == 0, done.stderr[-2000:]
    assert _tracked_bench_files() == before  # nothing in bench/ written or added

    # progress on stderr: the suite, the exact command, its time
    assert "[1/1] numbers" in done.stderr
    assert f"python -m bench.numbers --quick --out {out}/numbers" in done.stderr
    assert "done in" in done.stderr

    # the suite's own results and log are in the output folder
    results = json.loads((out / "numbers" / "results.json").read_text())
    assert results["throughput"]["ours_sentences_per_s"] > 0
    assert "accuracy" in (out / "numbers" / "output.log").read_text()

    # the summary: the headline read back from those results, in the table and in summary.json
    summary = json.loads((out / "summary.json").read_text())
    assert summary["mode"] == "quick"
    (suite,) = summary["suites"]
    assert (suite["suite"], suite["status"]) == ("numbers", "ok")
    by_measure = {h["measure"]: h for h in suite["headlines"]}
    (acc,) = [h for m, h in by_measure.items() if m.endswith("exact (%)")]
    assert acc["pack"] in {f"{v * 100:.1f}" for v in _values(results["accuracy"], "ours")}
    assert acc["baseline"].split()[0] in {
        f"{v * 100:.1f}" for v in _values(results["accuracy"], "naive")
    }
    thr = by_measure["sentences per second"]
    assert thr["pack"] == f"{results['throughput']['ours_sentences_per_s']:,.0f}"
    table = (out / "summary.md").read_text()
    assert table.strip() in done.stdout
    assert "| numbers" in table and thr["ratio"] in table and "naive digit-run" in table


def test_not_in_a_checkout_is_one_line(tmp_path: Path) -> None:
    done = _cli(cwd=tmp_path)
    assert done.returncode == 2
    assert done.stdout == ""
    (line,) = done.stderr.strip().splitlines()
    assert "no bench/ folder here" in line and "clone" in line
    assert not (tmp_path / "bench-out").exists()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("numbrs",), "did you mean 'numbers'?"),
        (("--update-results",), "add --full"),
        (("numbers", "--timeout", "0"), "--timeout must be positive"),
    ],
)
def test_mistakes_are_one_line(args: tuple[str, ...], says: str, tmp_path: Path) -> None:
    done = _cli(*args, "--out", str(tmp_path / "o"))
    assert done.returncode == 2
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("pipecat-rt-best bench: error:") and says in line
    assert not (tmp_path / "o").exists()


def test_every_suite_in_bench_is_found_and_known_ones_come_first() -> None:
    assert find_checkout(REPO / "bench" / "numbers") == REPO
    names = discover(REPO)
    on_disk = {p.parent.name for p in (REPO / "bench").glob("*/__main__.py")}
    assert on_disk <= set(names)
    assert set(names) - on_disk == {
        "reconnect",
        "splitter",
        "soak",
    }  # modules inside a suite's folder
    known = [n for n in names if n in SUITES]
    assert names[: len(known)] == known == list(SUITES)


@pytest.mark.parametrize("name", sorted(SUITES))
def test_each_suite_writes_under_the_output_folder_unless_updating(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commands: list[list[str]] = []

    def fake_run(cmd: list[str], *args: object) -> tuple[int, float]:
        commands.append(cmd)
        return 0, 0.0

    monkeypatch.setattr(bench, "_run_logged", fake_run)
    suite = SUITES[name]
    for update in (False, True):
        bench.run_suite(
            suite, name, REPO, tmp_path, quick=not update, update=update,
            timeout_s=1, verbose=False, progress=io.StringIO(),
        )  # fmt: skip
    quick, full = commands
    assert quick[1:3] == ["-m", suite.runs] and full[1:3] == quick[1:3]
    target = Path(quick[quick.index(suite.out_flag) + 1])
    assert target.is_relative_to(tmp_path / name)
    assert set(suite.quick) <= set(quick[3:]) and not set(suite.quick) & set(full[3:]) - {
        suite.out_flag
    }
    updated = Path(full[full.index(suite.out_flag) + 1])
    assert updated == (REPO / suite.tracked if suite.tracked else target)


def _tracked_results() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "bench/*/results/*", "bench/*/results.md"],
        cwd=REPO, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    return [p for p in listed if (REPO / p).is_file()]


def test_every_tracked_result_is_written_by_a_suite_or_listed_as_not() -> None:
    # `bench numbers --full --update-results` said it updated bench/ and wrote bench-out/:
    # bench/numbers/results, bench/tts/results/splitter.md and bench/pool/results/reconnect.md
    # were written by no suite, so --update-results left them stale without a word
    from fnmatch import fnmatch

    files = _tracked_results()
    assert "bench/numbers/results/report.txt" in files and "bench/telephony/results.md" in files

    def written_by(path: str) -> list[str]:
        return [
            s.name
            for s in SUITES.values()
            if s.tracked
            and (
                path == s.tracked
                or any(fnmatch(path, f"{s.tracked}/{pattern}") for pattern in s.produces)
            )
        ]

    orphans = [
        p for p in files if not written_by(p) and not any(fnmatch(p, g) for g in bench.NOT_PRODUCED)
    ]
    assert not orphans, (
        f"tracked results no suite writes (add the suite or NOT_PRODUCED): {orphans}"
    )
    for name in ("numbers", "splitter", "reconnect"):
        suite = SUITES[name]
        assert suite.tracked and (REPO / suite.tracked).is_dir()
    assert written_by("bench/numbers/results/results.json") == ["numbers"]
    assert written_by("bench/tts/results/splitter.md") == ["splitter"]
    assert written_by("bench/pool/results/reconnect.md") == ["reconnect"]


def test_the_help_names_the_tracked_results_no_suite_writes() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pipecat_rt_best.cli", "bench", "--help"],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    flat = " ".join(done.stdout.split())
    for glob, cmd in bench.NOT_PRODUCED.items():
        assert glob in flat and " ".join(cmd.split()) in flat


def test_a_quick_suite_writes_what_its_suite_says_it_produces(tmp_path: Path) -> None:
    from fnmatch import fnmatch

    for name in ("numbers", "splitter", "prompt"):
        suite = SUITES[name]
        outcome = bench.run_suite(
            suite, name, REPO, tmp_path, quick=True, update=False,
            timeout_s=120, verbose=False, progress=io.StringIO(),
        )  # fmt: skip
        assert outcome.status == "ok" and outcome.headlines, outcome
        written = {p.name for p in (tmp_path / name).iterdir()} - {"output.log"}
        assert written and all(any(fnmatch(w, pat) for pat in suite.produces) for w in written)


def test_headlines_read_the_committed_result_formats() -> None:
    # the telephony and truncation suites write markdown only: read their committed results
    tel = SUITES["telephony"].headline(REPO / "bench/telephony/results.md")
    assert [h.measure for h in tel] == [
        "media path CPU, ms per call-s",
        "codec + resampling CPU, ms per call-s",
    ]
    assert all(h.ratio.endswith("x lower") for h in tel)
    tables = markdown_tables((REPO / "bench/truncation/results/results.md").read_text())
    stock = next(r for r in tables[0] if r["estimate"] == "pipecat (stock)")
    trunc = SUITES["truncation"].headline(REPO / "bench/truncation/results")
    assert trunc[0].baseline.startswith(stock["\\|err\\| p50 ms"])
    (split,) = SUITES["splitter"].headline(REPO / "bench/tts/results")
    assert split.pack.endswith(split.baseline.split()[0].split("/")[1])  # same cases both sides
    (drop,) = SUITES["reconnect"].headline(REPO / "bench/pool/results")
    assert drop.ratio.endswith("x lower")


def test_ratio_reads_as_the_pack_against_the_baseline() -> None:
    assert ratio(10.0, 2.0) == "5.0x lower"
    assert ratio(2.0, 10.0) == "5.0x higher"
    assert ratio(3.0, 0.0) == "pack 0"
    assert ratio(25.0, 100.0, lower_is_better=False) == "4.0x higher"
    assert ratio(1.0, 1.0) == "same"


def test_vad_without_its_corpus_is_skipped_with_the_command_that_builds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bench, "VAD_CORPUS", Path("bench/.corpus/not-built/corpus.json"))
    monkeypatch.chdir(REPO)
    progress = io.StringIO()
    args = build_parser().parse_args(["bench", "vad", "--out", str(tmp_path)])
    assert bench.run(args, progress=progress) == 0
    (suite,) = json.loads((tmp_path / "summary.json").read_text())["suites"]
    assert suite["status"] == "skipped" and suite["headlines"] == []
    assert "python -m bench.vad.corpus" in suite["note"] and "--with-vad" in suite["note"]
    assert "skipped: its corpus is not built" in progress.getvalue()
    assert not (tmp_path / "vad").exists()  # nothing ran


def test_the_load_headline_reads_the_knee_and_cpu_per_call(tmp_path: Path) -> None:
    def level(calls: int, cpu: float) -> dict[str, object]:
        return {"calls": calls, "cpu_pct_per_call": cpu}

    results = {
        "modes": {
            "pack": [level(10, 2.0), level(25, 1.6)],
            "baseline": [level(10, 2.5), level(25, 2.4)],
        },
        "knee": {"pack": 25, "baseline": 10},
    }
    (tmp_path / "results.json").write_text(json.dumps(results))
    knee, cpu = SUITES["load"].headline(tmp_path)
    assert (knee.pack, knee.baseline, knee.ratio) == ("25", "10 pool-size 0", "2.5x higher")
    assert cpu.measure == "server CPU per call at 25 calls, % of a core"
    assert (cpu.pack, cpu.baseline, cpu.ratio) == ("1.60", "2.40 pool-size 0", "1.5x lower")
    results["knee"] = {"pack": None, "baseline": 10}
    (tmp_path / "results.json").write_text(json.dumps(results))
    assert SUITES["load"].headline(tmp_path)[0].pack == "> 25 (held)"


def test_an_interrupted_suite_is_stopped_not_left_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Jupyter's interrupt sends SIGINT to the kernel alone, not to its process group as a
    terminal's Ctrl-C does: the KeyboardInterrupt went up with the suite still running, using
    the CPU and writing into --out while a re-run started a second copy."""
    monkeypatch.setattr(bench, "STOP_GRACE_S", 0.5, raising=False)
    started = tmp_path / "pid"
    suite = (  # a suite slow to stop: it ignores SIGTERM, so it is killed after the grace
        "import os, signal, time\n"
        "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
        f"open({str(started) + '.tmp'!r}, 'w').write(str(os.getpid()))\n"
        f"os.replace({str(started) + '.tmp'!r}, {str(started)!r})\n"
        "time.sleep(60)\n"
    )

    progress = _interrupt_once_started(suite, started, tmp_path)
    pid = int(started.read_text())
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        pass  # stopped and reaped
    else:
        os.kill(pid, signal.SIGKILL)
        pytest.fail(f"the suite (pid {pid}) was still running after the interrupt")
    assert "interrupted: stopped" in progress.getvalue()


def _interrupt_once_started(suite: str, started: Path, tmp_path: Path) -> io.StringIO:
    """Run ``suite`` through the bench and interrupt it, as a notebook does (SIGINT to this
    process only, in its main thread), once ``started`` exists; the bench's progress output."""

    def interrupt_once_running() -> None:
        while not started.exists():
            time.sleep(0.01)
        _thread.interrupt_main()

    progress = io.StringIO()
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # even if inherited off
    try:
        threading.Thread(target=interrupt_once_running, daemon=True).start()
        with pytest.raises(KeyboardInterrupt):
            bench._run_logged(
                [sys.executable, "-c", suite], tmp_path, tmp_path / "log", 90, False, progress
            )
    finally:
        signal.signal(signal.SIGINT, previous)
    return progress


def _running(pid: int) -> bool:
    """Whether ``pid`` still runs (an exited orphan no init has reaped yet does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True


def test_an_interrupted_suite_runs_its_cleanup_and_leaves_no_child_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The load suite starts an emulator and a telephony server, the VAD suite pool workers:
    SIGTERM to the suite alone ended it before its ``finally`` could stop them, and they ran
    on, holding ports and CPU. The suite now gets SIGINT (its cleanup runs) and whatever of
    its process group is left SIGTERM, then SIGKILL."""
    monkeypatch.setattr(bench, "STOP_GRACE_S", 0.5, raising=False)
    started, cleaned = tmp_path / "pid", tmp_path / "cleaned"
    suite = (  # its child ignores SIGINT, and the suite's cleanup leaves it running
        "import os, signal, subprocess, sys, time\n"
        "signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
        "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
        "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
        "try:\n"
        f"    open({str(started) + '.tmp'!r}, 'w').write(str(child.pid))\n"
        f"    os.replace({str(started) + '.tmp'!r}, {str(started)!r})\n"
        "    time.sleep(60)\n"
        "finally:\n"
        f"    open({str(cleaned)!r}, 'w').write('ran')\n"
    )

    progress = _interrupt_once_started(suite, started, tmp_path)
    child = int(started.read_text())
    if _running(child):
        os.kill(child, signal.SIGKILL)
        pytest.fail(f"the suite's child (pid {child}) was still running after the interrupt")
    assert cleaned.exists(), "the suite was ended before its own cleanup could run"
    assert "interrupted: stopped" in progress.getvalue()


@pytest.fixture
def suites_started(monkeypatch: pytest.MonkeyPatch) -> list[subprocess.Popen[str]]:
    """Every process the bench starts, as it starts them (to look at their pipes after)."""
    started: list[subprocess.Popen[str]] = []
    real_popen = subprocess.Popen

    def popen(*args: Any, **kwargs: Any) -> subprocess.Popen[str]:
        proc = real_popen(*args, **kwargs)
        started.append(proc)
        return proc

    monkeypatch.setattr(bench.subprocess, "Popen", popen)
    return started


def test_a_suite_s_output_pipe_is_closed_once_it_has_been_read(
    tmp_path: Path, suites_started: list[subprocess.Popen[str]]
) -> None:
    """Session 47: the suite's stdout pipe was left open after every run (an ``unclosed file``
    ResourceWarning per suite when it was collected). Closed once its reader is done, on a
    normal end and on an interrupt."""
    code, _ = bench._run_logged(
        [sys.executable, "-c", "print('done')"],
        tmp_path,
        tmp_path / "log",
        60,
        False,
        io.StringIO(),
    )
    assert code == 0 and (tmp_path / "log").read_text() == "done\n"
    started = tmp_path / "started"
    _interrupt_once_started(
        f"import os, time\nopen({str(started)!r} + '.tmp', 'w').close()\n"
        f"os.replace({str(started) + '.tmp'!r}, {str(started)!r})\ntime.sleep(60)\n",
        started,
        tmp_path,
    )
    assert len(suites_started) == 2
    assert all(p.stdout is not None and p.stdout.closed for p in suites_started)


def test_a_ctrl_c_while_the_output_reader_starts_stops_the_suite_and_closes_its_pipe(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, suites_started: list[subprocess.Popen[str]]
) -> None:
    # WRONG: the reader thread was started before the try that stops the suite on an
    # interrupt: a Ctrl-C in that moment (a suite quick to start on a loaded machine) left the
    # suite running and its pipe open (a CI run: the pipe test above found one left open)
    class InterruptedWhileStarting(threading.Thread):
        def start(self) -> None:
            super().start()
            raise KeyboardInterrupt

    monkeypatch.setattr(bench.threading, "Thread", InterruptedWhileStarting)
    with pytest.raises(KeyboardInterrupt):
        bench._run_logged(
            [sys.executable, "-c", "import time\ntime.sleep(60)\n"],
            tmp_path,
            tmp_path / "log",
            90,
            False,
            io.StringIO(),
        )
    (proc,) = suites_started
    assert proc.poll() is not None  # the suite was stopped
    assert proc.stdout is not None and proc.stdout.closed
