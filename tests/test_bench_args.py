"""Every bench's command line: a value that cannot run is one line and exit 2, not a traceback."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest


@pytest.mark.parametrize(
    ("bench", "args", "says"),
    [
        ("pool", ["--handshake-ms", "-5"], "--handshake-ms, --interval and --hold must be >= 0"),
        ("pool", ["--max-opening", "0"], "--max-opening must be >= 1"),
        ("telephony", ["--seconds", "0"], "--seconds, --delta-ms and --repeats must be at least 1"),
        ("telephony", ["--repeats", "0"], "--seconds, --delta-ms and --repeats must be at least 1"),
        ("truncation", ["--calls", "0"], "--calls and --episodes must be at least 1"),
        ("truncation", ["--episodes", "0"], "--calls and --episodes must be at least 1"),
        ("telephony_faults", ["--calls", "5"], "--calls must be at least 20"),
        ("telephony_faults", ["--baseline-wait-s", "1"], "--baseline-wait-s must be at least 5"),
    ],
)
def test_a_value_that_cannot_run_is_one_line(
    bench: str, args: list[str], says: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    with pytest.raises(SystemExit) as e:
        importlib.import_module(f"bench.{bench}.run").main([*args, "--out", str(out)])
    assert e.value.code == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert "error:" in last and says in last
    assert not out.exists()
