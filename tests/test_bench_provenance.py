"""Every results file a bench writes says when, at which commit, on what machine and by which
command it was produced (none did: a number measured 850 commits ago read like one of today's)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from bench import provenance

REPO = Path(__file__).resolve().parents[1]
KEYS = {"utc", "git", "cpu_model", "cpu_count", "load_average", "pipecat_ai", "python", "command"}
# modules that write into bench/ but are no measurement: the VAD corpus and its splits, and a
# hash of the Silero source
NOT_RESULTS = {
    "bench/vad/corpus.py",
    "bench/vad/corpus_split.py",
    "bench/vad/silero_single_rate.py",
    "bench/vad/tts_voices.py",  # heldout9's synthesis cache, a corpus's input
    "bench/vad/tts_voices10.py",  # heldout10's synthesis cache, a corpus's input
    "bench/vad/steel_sky.py",  # heldout11's voice table, a corpus's input
}


def test_a_stamp_names_the_date_commit_machine_load_pipecat_and_command() -> None:
    prov = provenance.stamp("bench.example", ["--calls", "3", "--out", "a b"])
    assert set(prov) == KEYS
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", prov["utc"])
    assert re.fullmatch(r"[0-9a-f]{7,}(-dirty)?|.+-g[0-9a-f]{7,}(-dirty)?", prov["git"])
    assert prov["cpu_count"] >= 1 and prov["cpu_model"]
    assert len(prov["load_average"]) == 3
    assert prov["pipecat_ai"][0].isdigit()
    assert prov["command"] == "python -m bench.example --calls 3 --out 'a b'"
    md = provenance.markdown(prov)
    assert md.startswith("## Provenance\n") and prov["git"] in md and prov["command"] in md
    assert any(prov["cpu_model"] in line for line in provenance.text_lines(prov))


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def test_rewritten_results_are_not_dirt_but_changed_code_is(tmp_path: Path) -> None:
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "config", "user.email", "t@example.com")
    _git(tmp_path, "config", "user.name", "t")
    files = {
        "bench/x/run.py": "x = 1\n",
        "bench/x/results/results.md": "1\n",
        "bench/telephony/results.md": "1\n",
    }
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "one")
    clean = provenance.git_describe(tmp_path)
    assert re.fullmatch(r"[0-9a-f]{7,}", clean)
    (tmp_path / "bench/x/results/results.md").write_text("2\n")  # a bench of the batch ran
    (tmp_path / "bench/telephony/results.md").write_text("2\n")
    assert provenance.git_describe(tmp_path) == clean
    (tmp_path / "bench/x/run.py").write_text("x = 2\n")  # the code measured is not the commit's
    assert provenance.git_describe(tmp_path) == clean + "-dirty"
    assert provenance.git_describe(tmp_path / "bench" / "..") == clean + "-dirty"
    outside = tmp_path.parent / f"{tmp_path.name}_not_a_repo"
    outside.mkdir()
    assert provenance.git_describe(outside) == "unknown"


def _writers() -> list[Path]:
    """Every bench module that writes a file (``write_text``, ``savefig``, ``.open("w"``)."""
    found = []
    for path in sorted((REPO / "bench").rglob("*.py")):
        rel = path.relative_to(REPO).as_posix()
        if rel in NOT_RESULTS or rel == "bench/provenance.py":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"\.write_text\(|\.open\(\"w\"", text):
            found.append(path)
    return found


@pytest.mark.parametrize("path", _writers(), ids=lambda p: str(p.relative_to(REPO)))
def test_every_bench_writer_stamps_what_it_writes(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert "provenance.stamp(" in text, f"{path.relative_to(REPO)} writes results unstamped"


def test_the_writers_found_include_every_published_bench() -> None:
    found = {p.relative_to(REPO).as_posix() for p in _writers()}
    assert {
        "bench/numbers/__main__.py",
        "bench/pool/run.py",
        "bench/pool/reconnect.py",
        "bench/telephony/run.py",
        "bench/telephony_faults/run.py",
        "bench/truncation/run.py",
        "bench/tts/run.py",
        "bench/tts/splitter.py",
        "bench/load/run.py",
        "bench/load/soak.py",
        "bench/vad/run.py",
    } <= found


def test_a_quick_run_writes_the_stamp_into_its_results(tmp_path: Path) -> None:
    from bench.numbers.__main__ import main as numbers
    from bench.telephony.run import main as telephony

    assert numbers(["--quick", "--out", str(tmp_path / "numbers")]) == 0
    data = json.loads((tmp_path / "numbers" / "results.json").read_text())
    assert set(data["provenance"]) == KEYS
    assert data["provenance"]["command"].startswith("python -m bench.numbers --quick --out ")
    report = (tmp_path / "numbers" / "report.txt").read_text()
    assert f"produced: {data['provenance']['utc']} at {data['provenance']['git']}" in report
    out = tmp_path / "telephony.md"
    assert telephony(["--seconds", "1", "--repeats", "1", "--out", str(out)]) == 0
    text = out.read_text()
    assert "## Provenance" in text and "`python -m bench.telephony --seconds 1 --repeats 1" in text
