"""bench.vad.inline_hop's command line: a user's mistake is one line and exit 2 (the runs
themselves need a built corpus: the bench's results are in bench/vad/results/inline_hop/)."""

from __future__ import annotations

import pytest

from bench.vad.inline_hop import main


def test_too_few_calls_or_repeats_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--calls", "0"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "--calls and --reps must be at least 1" in err and "Traceback" not in err


def test_a_corpus_not_built_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--split", "no_such_split"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("inline_hop: error:") and "\n" not in err
