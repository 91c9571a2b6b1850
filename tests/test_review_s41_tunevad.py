"""Session 41's review of ``pipecat-rt-best tune-vad`` run as a user would on their own
recordings: one test a finding."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from pipecat_rt_best.cli import build_parser, main
from tests.noise_robust_vad.conftest import speechlike


def _call(folder: Path) -> None:
    """A 9.5 s call (the caller's 1.5 s turn at 4 s) and its label file."""
    sf.write(folder / "call.wav", speechlike(8000, seconds=1.5, lead=4.0), 8000, subtype="PCM_16")
    (folder / "call.txt").write_text("4.0\t5.5\tcaller\n")


class _HeadOne:
    """stdout piped into ``head -1``: the first write goes through, every later one finds the
    reader gone."""

    def __init__(self) -> None:
        self.written: list[str] = []

    def write(self, text: str) -> int:
        if self.written:
            raise BrokenPipeError(32, "Broken pipe")
        self.written.append(text)
        return len(text)

    def flush(self) -> None:
        pass


def test_tune_vad_piped_into_head_still_writes_its_json_and_plot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # WRONG: the table and summary were printed before tune_vad.json and the plot were
    # written: `tune-vad calls/ --grid ... | head` (a grid of 140 settings fills stdout's
    # buffer) ended on the BrokenPipeError with --out left empty, the whole Silero pass and
    # sweep lost. EXPECTED: the results are on disk before the first line is printed
    _call(tmp_path)
    out = tmp_path / "out"
    grid = ["--grid", "min_speech_ms=192,256"]
    args = build_parser().parse_args(["tune-vad", str(tmp_path), *grid, "--out", str(out)])
    monkeypatch.setattr(sys, "stdout", _HeadOne())
    with pytest.raises(BrokenPipeError):
        args.func(args)
    assert (out / "tune_vad.json").exists()
    assert (out / "tune_vad.png").exists()


def test_tune_vad_noise_only_table_shows_dashes_not_nan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # WRONG: on noise-only recordings (the README's first example, ROOM_NOISE.wav) every row
    # read "| nan | nan / nan |" in the latency columns and 0.0 % caught busy / split of no
    # turns, where tune_vad.json says null and the missed column "-" (``_fields``: "null, as
    # the table's -"). EXPECTED: "-" for what was not measured
    rng = np.random.default_rng(0)
    sf.write(tmp_path / "room.wav", (300 * rng.standard_normal(8000 * 6)).astype(np.int16), 8000)
    grid = ["--grid", "min_speech_ms=192"]
    assert main(["tune-vad", str(tmp_path), *grid, "--out", str(tmp_path / "out")]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| ")]
    assert len(rows) == 3  # the header, the baseline, the one setting
    for row in rows[1:]:
        assert "nan" not in row, row
        assert row.endswith("| - | - | - / - | - |"), row


def test_tune_vad_names_a_label_file_without_turns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # WRONG: an empty label file (Audacity's export of a label track before any label was
    # added) read as "labelled: call.wav (0 turns, call.txt)" over a header saying "(no label
    # files: false starts only)", and the caller's turn counted as a false start without a
    # word. EXPECTED: the header does not deny the label file, and a note names the file with
    # no turns and what it does to its recording
    _call(tmp_path)
    (tmp_path / "call.txt").write_text("# caller turns\n")
    grid = ["--grid", "min_speech_ms=192"]
    assert main(["tune-vad", str(tmp_path), *grid, "--out", str(tmp_path / "out")]) == 0
    text = capsys.readouterr().out
    assert "no label files" not in text
    assert (
        f"note: {tmp_path / 'call.txt'} labels no turn: every start in call.wav is counted as a "
        "false start" in text
    )


def test_reading_a_long_stereo_48_khz_recording_does_not_hold_it_all_decoded(
    tmp_path: Path,
) -> None:
    # WRONG: _load decoded the whole file as float32, every channel, then copied the caller's
    # channel before resampling: an hour of 48 kHz stereo peaked at 2.3 GB (measured RSS), a
    # working day's room recording (the noise-only input tune-vad asks for) ran out of memory.
    # EXPECTED: read and resampled a block at a time: the peak stays near the 16 kHz mono
    # result's size (here 2 min: 7.7 MB out of a 46 MB decode)
    rate, seconds = 48000, 120
    rng = np.random.default_rng(1)
    stereo = (0.1 * rng.standard_normal((rate * seconds, 2))).astype(np.float32)
    sf.write(tmp_path / "room.wav", stereo, rate, subtype="PCM_16")
    whole = sf.read(tmp_path / "room.wav", dtype="float32")[0][:, 1]
    del stereo
    # measured in a process of its own: tracemalloc counts every thread's allocations, and a
    # thread another test left in this worker (a server, a pool) made the peak 160 MB in CI
    probe = (
        "import sys, tracemalloc, numpy as np\n"
        "from pathlib import Path\n"
        "from pipecat_rt_best.cli.tune_vad import _load\n"
        "tracemalloc.start()\n"
        "x, rate = _load(Path(sys.argv[1]), 1)\n"
        "peak = tracemalloc.get_traced_memory()[1]\n"
        "np.save(sys.argv[2], x)\n"
        "print(rate, peak)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "room.wav"), str(tmp_path / "x.npy")],
        capture_output=True,
        text=True,
        check=True,
    )
    out_rate, peak = map(int, out.stdout.split())
    x = np.load(tmp_path / "x.npy")
    assert out_rate == 16000 and abs(len(x) - seconds * 16000) <= 1
    assert peak < 3 * x.nbytes, f"{peak / 1e6:.1f} MB for a {x.nbytes / 1e6:.1f} MB result"
    import soxr

    # the same audio as resampling it whole
    ref = soxr.resample(whole, rate, 16000, quality="HQ")
    assert len(ref) == len(x) and float(np.max(np.abs(ref - x))) < 1e-4
