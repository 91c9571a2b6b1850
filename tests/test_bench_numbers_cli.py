"""bench.numbers checks where it writes before the run (a bad --json ran everything, then died
with a FileNotFoundError traceback), and writes its results by default (it wrote none)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.numbers.__main__ import OUT, main


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--json", "/proc/nope/x.json"], "--json's folder /proc/nope: cannot make the folder"),
        (["--out", "/proc/nope"], "--out /proc/nope: cannot make the folder"),
    ],
)
def test_an_output_place_that_cannot_be_written_is_one_line_before_the_run(
    args: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as e:
        main(["--quick", *args])
    assert e.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""  # nothing ran
    last = err.strip().splitlines()[-1]
    assert "error:" in last and says in last


def test_a_folder_given_as_json_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["--quick", "--json", str(tmp_path)])
    assert "is a folder: pass a file name" in capsys.readouterr().err


def test_results_have_a_default_folder() -> None:
    assert Path(__file__).resolve().parents[1] / "bench" / "numbers" / "results" == OUT
    assert (OUT / "results.json").is_file()  # the committed run
