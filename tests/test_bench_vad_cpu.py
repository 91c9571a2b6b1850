"""bench.vad.cpu's two drives: ``--drive analyze_audio`` (both analyzers awaited on an event loop,
as pipecat's VAD controller drives them) must make the same decisions as ``--drive process`` (the
analysis alone), or its CPU ratio would compare different work; and a user's mistake is one line
and exit 2 (the runs themselves need a built corpus: results in bench/vad/results/cpu*/)."""

from __future__ import annotations

import numpy as np
import pytest

from bench.vad import cpu
from bench.vad.corpus import Call
from bench.vad.run import (
    new_ours_analyzer,
    new_pipecat_analyzer,
    ours_awaited_events,
    ours_streaming_events,
    pipecat_awaited_events,
    pipecat_events,
)
from tests.noise_robust_vad.conftest import speechlike


def _call_audio() -> tuple[np.ndarray, Call]:
    """Two utterances with a pause; the bot 'talks' over the second (a barge-in)."""
    one, two = speechlike(8000, 1.5, seed=3), speechlike(8000, 1.2, seed=5)
    pcm = np.concatenate([one, two])
    seconds = len(pcm) / 8000
    call = Call(0, "synth", seconds, -26.0, bot_planned=[(len(one) / 8000 - 0.3, seconds)])
    return pcm, call


def test_awaited_drives_decide_as_the_synchronous_ones() -> None:
    pcm, call = _call_audio()
    ours = ours_streaming_events(new_ours_analyzer({}), pcm, call)
    assert ours, "the synthetic call gives the pack's analyzer no start: the test checks nothing"
    assert ours_awaited_events(new_ours_analyzer({}), pcm, call) == ours
    stock = pipecat_events(new_pipecat_analyzer({}), pcm)
    assert stock, "the synthetic call gives pipecat's analyzer no start: the test checks nothing"
    assert pipecat_awaited_events(new_pipecat_analyzer({}), pcm, call) == stock


def test_each_drive_pairs_the_matching_runners() -> None:
    assert set(cpu.DRIVES) == {"process", "analyze_audio"}
    assert cpu.DRIVES["analyze_audio"]["ours"][1] is ours_awaited_events
    assert cpu.DRIVES["analyze_audio"]["pipecat"][1] is pipecat_awaited_events
    assert cpu.RUNNERS is cpu.DRIVES["process"]


def test_an_unknown_drive_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cpu.main(["--drive", "threads"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "--drive" in err and "analyze_audio" in err and "Traceback" not in err
