"""``pipecat-rt-best tune-vad``: tune the noise-robust VAD on your own recordings.

Give noise-only recordings (the room, the TV, the call-centre floor: every start there is a false
start) and, optionally, recordings with the caller labelled (a label file next to the audio:
``call1.wav`` → ``call1.txt``, ``call1.labels.txt`` or ``call1_labels.txt``, or Audacity's default
``Labels.txt`` in a folder with one recording; one turn per line as ``start end`` in seconds,
Audacity's label export of regions works as is). The summary names the recordings scored as
noise-only, and a ``.txt`` beside the recordings that labels none of them. A recording with more than one channel (a
call recording keeps the bot on another channel) needs ``--channel``: the caller's channel, or
``mix`` to average them. Silero runs once per file; then a grid of
:class:`NoiseRobustVADParams` is replayed over its output (``noise_robust_vad.tuning``, the same
code ``bench/vad/sweep.py`` uses), and the command prints the trade-off table, writes a plot and
recommends the setting with the fewest false starts that misses at most ``--max-missed-pct`` of
the labelled turns (ties: fewer missed, then fewer split turns, then the lower start + end p50
latency, then the pack's default value; the order of a grid's values never decides). The
barge-in fields act only while the bot speaks, and the recordings are replayed without the bot's
speech: swept, they are named as not measured and left at the pack's defaults.
"""

from __future__ import annotations

import argparse
import codecs
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipecat_rt_best.cli import vad_plots
from pipecat_rt_best.cli.errors import CliError, check_out_folder
from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams

if TYPE_CHECKING:
    from collections.abc import Callable

    import numpy as np
    from tqdm import tqdm

    # lazy: the command's --help must not load numpy/onnxruntime
    from pipecat_rt_best.noise_robust_vad.tuning import Events, Recording, TuneScore

AUDIO_SUFFIXES = (".wav", ".flac", ".ogg")
OTHER_AUDIO_SUFFIXES = (
    *(".mp3", ".m4a", ".mp4", ".aac", ".opus", ".wma", ".webm", ".amr", ".3gp"),
    *(".aif", ".aiff", ".au", ".caf", ".raw", ".pcm", ".ul", ".al", ".sln", ".gsm", ".vox"),
)
"""Audio a folder may hold that tune-vad does not read: named in a note, not skipped silently."""
BASELINE = "pipecat SileroVADAnalyzer (stock)"
"""The baseline every table row is read against: pipecat's analyzer with its defaults, on the
same recordings (:mod:`.noise_robust_vad.baseline`)."""
TIMELINE_PAGE_S = 120.0
"""A long recording's time line is drawn in pages this long (a readable picture)."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "tune-vad",
        help="tune the noise-robust VAD on your own recordings (false starts vs missed turns)",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
    )
    parser.add_argument("paths", nargs="+", metavar="WAV_OR_DIR", help="audio files or folders")
    parser.add_argument(
        "--grid",
        action="append",
        default=[],
        metavar="FIELD=V1,V2,...",
        help="sweep this NoiseRobustVADParams field (repeatable, once per field; replaces the "
        "default grid: floor_margin_db, caller_gate_db, min_speech_ms)",
    )
    parser.add_argument(
        "--channel",
        type=_channel,
        default=None,
        metavar="N|mix",
        help="the caller's channel in a recording with more than one (a call recording keeps "
        "the bot on another: 0 = left, 1 = right), or mix to average them (a stereo room "
        "recording); needed when any file has more than one channel, mono files are read as "
        "they are",
    )
    parser.add_argument(
        "--rate",
        type=int,
        choices=(8000, 16000),
        default=None,
        help="the sample rate the VAD runs at in your pipeline (Silero scores 8 and 16 kHz "
        "differently): 8000 for a phone call's G.711, 16000 for a browser or app; default: "
        "8000 for recordings under 16 kHz, else 16000",
    )
    parser.add_argument(
        "--max-missed-pct", type=float, default=3.0, help="allowed missed turns (default 3)"
    )
    parser.add_argument(
        "--out", type=Path, default=Path("tune-vad-out"), help="folder for the plot and JSON"
    )
    parser.add_argument(
        "--timelines",
        action="store_true",
        help="also draw each recording on a time line under the recommended setting "
        f"(<out>/timeline/, a picture per {TIMELINE_PAGE_S:g} s): where each false start and "
        "missed turn is, and what the VAD had learned then",
    )
    parser.set_defaults(func=run)


def _channel(text: str) -> int | str:
    """``--channel``: a channel number from 0, or ``mix``."""
    if text.strip().lower() == "mix":
        return "mix"
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(
            f"expected a channel number (0 = left, 1 = right) or mix, not {text!r}"
        )
    return number


def _is_resource_fork(f: Path) -> bool:
    """A macOS AppleDouble file (``._call1.wav``, left beside each file copied off a Mac to
    another file system): metadata, not audio, though its name ends as the file's does."""
    return f.name.startswith("._")


def _is_recording(f: Path) -> bool:
    """A file in a folder that tune-vad reads as a recording."""
    return f.suffix.lower() in AUDIO_SUFFIXES and not _is_resource_fork(f)


def _audio_files(paths: list[str]) -> tuple[list[Path], list[str]]:
    """The recordings under ``paths`` (files, or folders searched recursively), each once
    (a file given twice, or also inside a given folder, was scored twice), and a note for what
    a folder holds that was skipped: macOS's ``._`` files (read as audio, one refused the whole
    run: "Format not recognised") and audio in a format it does not read (``.mp3``, ``.raw``:
    left out without a word)."""
    files: list[Path] = []
    forks: list[Path] = []
    unread: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.suffix.lower() in AUDIO_SUFFIXES)
            files += [f for f in found if not _is_resource_fork(f)]
            forks += [f for f in found if _is_resource_fork(f)]
            unread += sorted(
                f
                for f in p.rglob("*")
                if f.suffix.lower() in OTHER_AUDIO_SUFFIXES and not _is_resource_fork(f)
            )
        elif p.is_file() and p.suffix.lower() == ".txt":
            raise CliError(
                f"{raw} is not audio (a .txt is read as the labels of the recording beside "
                f"it): give the recording ({', '.join(AUDIO_SUFFIXES)})"
            )
        elif p.is_file():
            files.append(p)
        else:
            raise CliError(f"no such file or folder: {raw}")
    if not files:
        raise CliError(f"no audio files ({', '.join(AUDIO_SUFFIXES)}) in {', '.join(paths)}")
    seen: set[Path] = set()
    unique = []
    for f in files:
        if f.resolve() not in seen:
            seen.add(f.resolve())
            unique.append(f)
    notes = []
    if forks:
        notes.append(
            f"note: skipped {len(forks)} macOS resource file(s) (._*, metadata left by a copy "
            f"off a Mac, not audio): {_some(forks)}"
        )
    if unread:
        notes.append(
            f"note: skipped {len(unread)} audio file(s) in a format tune-vad does not read "
            f"(it reads {', '.join(AUDIO_SUFFIXES)}): {_some(unread)}: convert them to .wav to "
            "tune on them"
        )
    return unique, notes


def _some(files: list[Path], shown: int = 3) -> str:
    """The first ``shown`` of ``files``, and how many more."""
    more = len(files) - shown
    return ", ".join(map(str, files[:shown])) + (f" and {more} more" if more > 0 else "")


@dataclass(frozen=True)
class Input:
    """A recording to tune on, and its labelled turns (none: noise-only)."""

    path: Path
    turns: list[tuple[float, float]]
    label_file: Path | None = None


AUDACITY_LABELS = ("Labels.txt", "labels.txt")
"""Audacity's default name for an exported label file: taken as the labels of the only
recording in its folder."""


def _label_file(audio: Path) -> Path | None:
    """The label file of ``audio``: ``<stem>.labels.txt``, ``<stem>.txt``, ``<stem>_labels.txt``
    (the first that exists), else Audacity's ``Labels.txt`` when ``audio`` is the only recording
    in its folder; None when there is none (the recording is noise-only)."""
    for name in _label_names(audio):
        if (cand := audio.with_name(name)).is_file():
            return cand
    recordings = [f for f in audio.parent.iterdir() if _is_recording(f)]
    if len(recordings) == 1:
        for name in AUDACITY_LABELS:
            if (audio.parent / name).is_file():
                return audio.parent / name
    return None


def _stray_label_files(inputs: list[Input]) -> list[str]:
    """A note for each ``.txt`` in a recording's folder that is no recording's label file (a
    label file saved under another name leaves its recording scored as noise-only). The label
    file of a recording in the folder that was not given is not stray: telling the user to
    rename it after a given recording would label that one with another call's turns."""
    used = {i.label_file.resolve() for i in inputs if i.label_file is not None}
    unlabelled: dict[Path, list[Path]] = {}
    for i in inputs:
        if i.label_file is None:
            unlabelled.setdefault(i.path.parent.resolve(), []).append(i.path)
    notes = []
    for folder in dict.fromkeys(i.path.parent for i in inputs):
        others = {  # the folder's recordings that were not given: their labels are theirs
            found.resolve()
            for f in folder.iterdir()
            if _is_recording(f) and (found := _label_file(f)) is not None
        } | {  # audio it does not read (call3.mp3's call3.txt): that file's too (the diff review)
            (folder / name).resolve()
            for f in folder.iterdir()
            if f.suffix.lower() in OTHER_AUDIO_SUFFIXES and not _is_resource_fork(f)
            for name in _label_names(f)
            if (folder / name).is_file()
        }
        texts = (t for t in folder.iterdir() if t.suffix.lower() == ".txt")  # .TXT too
        for txt in sorted(t for t in texts if not _is_resource_fork(t)):
            if txt.resolve() in used or txt.resolve() in others:
                continue
            nolabels = unlabelled.get(folder.resolve(), [])
            # "call1.TXT" for call1.wav: the names are matched exactly (on Linux)
            cased = [
                (name, r)
                for r in nolabels
                for name in _label_names(r)
                if name.lower() == txt.name.lower()
            ]
            if cased:
                hint = f"{cased[0][0]} if it labels {cased[0][1].name} (a lower-case .txt)"
            elif len(nolabels) == 1:
                hint = f"{nolabels[0].stem}.txt if it labels {nolabels[0].name}"
            else:
                hint = "<recording>.txt after the recording it labels"
            notes.append(f"note: {txt} labels no recording: name it {hint}")
    return notes


def _empty_label_files(inputs: list[Input]) -> list[str]:
    """A note for each label file that labels no turn (an empty export, comments only): its
    recording is scored as noise-only, every start in it a false start, the caller's too."""
    return [
        f"note: {i.label_file} labels no turn: every start in {i.path.name} is counted as a "
        "false start (label the caller's turns in it, 'start end' per line, or remove it if "
        "the recording has no caller)"
        for i in inputs
        if i.label_file is not None and not i.turns
    ]


def _label_names(audio: Path) -> list[str]:
    """The names :func:`_label_file` looks for beside ``audio``, in its order."""
    stem = audio.with_suffix("").name
    return [f"{stem}.labels.txt", f"{stem}.txt", f"{stem}_labels.txt"]


def _label_text(cand: Path) -> str:
    """The text of label file ``cand``. Only the first two fields of a line are read, so a
    label's text may be in any encoding, and a UTF-8 file may start with a byte order mark
    (Notepad's "UTF-8 with BOM"). UTF-16 is read by its byte order mark (Notepad's "Unicode",
    PowerShell's ``>``): decoded as UTF-8 its first line was a row of mangled bytes. Without
    the mark (its NUL bytes show it) it is one line asking for UTF-8."""
    data = cand.read_bytes()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data:
        raise CliError(
            f"{cand}: looks like UTF-16 without a byte order mark: save it as UTF-8 (or plain text)"
        )
    return data.decode("utf-8-sig", errors="replace")


def _labels(cand: Path) -> list[tuple[float, float]]:
    """The turns of label file ``cand``; a line it cannot use, or turns that overlap (a turn
    pasted twice, an end typed past the next start: one utterance scored as two turns), is one
    line."""
    turns = []
    lines: list[int] = []  # each turn's line number
    text = _label_text(cand)
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("\\"):  # Audacity: the frequency range of the label above
            continue
        parts = line.split()
        try:
            a, b = float(parts[0]), float(parts[1])
        except (IndexError, ValueError):
            raise CliError(
                f"{cand}:{no}: expected 'start end' in seconds, got {line.strip()!r}"
            ) from None
        if not (math.isfinite(a) and math.isfinite(b) and a >= 0):
            raise CliError(
                f"{cand}:{no}: expected 'start end' in seconds >= 0, got {line.strip()!r}"
            )
        if b == a:
            raise CliError(
                f"{cand}:{no}: the turn has no length (it starts and ends at {a:g} s): "
                "label each caller turn from its start to its end (a region, not a point "
                "label)"
            )
        if b < a:
            raise CliError(f"{cand}:{no}: turn ends ({b}) before it starts ({a})")
        turns.append((a, b))
        lines.append(no)
    _refuse_overlaps(cand, turns, lines)
    return turns


def _refuse_overlaps(cand: Path, turns: list[tuple[float, float]], lines: list[int]) -> None:
    """One line for the first turn (by start) that begins before an earlier one ends; turns
    that only touch (one ends where the next starts) are fine, and so is a file out of order."""
    reach: tuple[float, float, int] | None = None  # the turn reaching furthest so far
    for (a, b), no in sorted(zip(turns, lines, strict=True)):
        if reach is not None and a < reach[1]:
            ra, rb, rno = reach
            raise CliError(
                f"{cand}:{no}: the turn {a:g}-{b:g} s overlaps the turn {ra:g}-{rb:g} s "
                f"(line {rno}): a caller's turns do not overlap; merge them or correct the times"
            )
        if reach is None or b > reach[1]:
            reach = (a, b, no)


LABEL_END_SLACK_S = 1.0
"""A labelled turn may end this far past its recording's end (a region dragged to the end):
further, it is a typo (``173.79`` for ``17.379``) that would make one turn of the rest of the
recording, every later start neither a false start nor a turn, and is refused."""


def _inputs(files: list[Path], channel: int | str | None = None) -> list[Input]:
    """Each recording with its labelled turns, every file's header and labels read before the
    slow part (a typo in the last label file is found before the first Silero pass, not after
    it): a file soundfile cannot read, a label line it cannot use, turns that overlap, a turn
    that starts after the end of its recording or ends well after it (``LABEL_END_SLACK_S``),
    a recording shorter than one window (an empty export: nothing to measure), one with more
    than one channel and no ``channel`` (which is the caller's?) or fewer channels than
    ``channel``, each one line."""
    import soundfile as sf

    # lazy: the command's --help must not load numpy/onnxruntime
    from pipecat_rt_best.noise_robust_vad.state_machine import WINDOW_MS

    inputs = []
    for path in files:
        try:
            info = sf.info(str(path))
        except Exception as exc:  # soundfile raises its own error types for unreadable files
            raise CliError(f"cannot read {path}: {exc}") from None
        seconds = info.frames / info.samplerate
        if info.channels > 1 and channel is None:
            raise CliError(
                f"{path} has {info.channels} channels: pass --channel 0..{info.channels - 1} "
                "(the caller's: a call recording keeps the bot on another), --channel mix to "
                "average them (a room recording), or give a mono file"
            )
        if info.channels > 1 and isinstance(channel, int) and channel >= info.channels:
            raise CliError(
                f"--channel {channel}: {path} has {info.channels} channels (0..{info.channels - 1})"
            )
        if seconds * 1000 < WINDOW_MS:
            raise CliError(
                f"{path}: {seconds * 1000:.0f} ms of audio, shorter than one {WINDOW_MS:g} ms "
                "window: nothing to measure (an empty export?): record or export it again, or "
                "leave it out"
            )
        label_file = _label_file(path)
        turns = _labels(label_file) if label_file is not None else []
        late = [(a, b) for a, b in turns if a >= seconds]
        if late:
            raise CliError(
                f"{path}: a labelled turn starts at {late[0][0]:g} s, after the recording ends "
                f"({seconds:.1f} s): labels are 'start end' in seconds (not milliseconds)"
            )
        long = [(a, b) for a, b in turns if b > seconds + LABEL_END_SLACK_S]
        if long:
            a, b = long[0]
            raise CliError(
                f"{label_file}: the turn {a:g}-{b:g} s ends after the recording ends "
                f"({seconds:.1f} s): a typo in its end? (labels are 'start end' in seconds)"
            )
        inputs.append(Input(path, turns, label_file))
    return inputs


def _load(
    path: Path, channel: int | str | None = None, rate: int | None = None
) -> tuple[np.ndarray, int]:
    """The recording as float32 at ``rate`` (8000 or 16000; None: 8 kHz for a recording under
    16 kHz, else 16 kHz): a mono file as it is, a multi-channel one's
    ``channel`` (a number), or its channels averaged (``"mix"``). Read and resampled
    ``BLOCK_S`` at a time: decoded whole (every channel, float32) an hour of 48 kHz stereo
    peaked at 2.3 GB, 7 times the result."""
    import numpy as np
    import soundfile as sf
    import soxr

    parts: list[np.ndarray] = []
    try:
        with sf.SoundFile(str(path)) as f:
            sr, channels = f.samplerate, f.channels
            if (
                channels > 1
                and channel != "mix"
                and not (isinstance(channel, int) and channel < channels)
            ):
                # _inputs refuses these before the slow part
                raise CliError(f"{path} has {channels} channels: pass --channel N or --channel mix")
            rate = rate or (8000 if sr < 16000 else 16000)
            stream = None if sr == rate else soxr.ResampleStream(sr, rate, 1, "float32", "HQ")
            for block in f.blocks(round(BLOCK_S * sr), dtype="float32", always_2d=True):
                if channels == 1:
                    x = block[:, 0]
                elif channel == "mix":
                    x = block.mean(axis=1, dtype=np.float32)
                else:
                    x = block[:, channel]
                x = np.ascontiguousarray(x)
                parts.append(x if stream is None else stream.resample_chunk(x))
            if stream is not None:
                parts.append(stream.resample_chunk(np.zeros(0, np.float32), last=True))
    except CliError:
        raise
    except Exception as exc:  # soundfile raises its own error types for unreadable files
        raise CliError(f"cannot read {path}: {exc}") from None
    if not parts:  # no frames (_inputs refuses a recording shorter than a window)
        return np.zeros(0, np.float32), rate or 8000
    return np.concatenate(parts).astype(np.float32, copy=False), rate


BLOCK_S = 10.0
""":func:`model_output` computes a recording's windows this much audio at a time: its memory
stays bounded (the distance cue's LPC residuals of a whole 16 kHz hour at once took ~3.5 GB)
and its progress shows within a long file."""


def model_output(
    samples: np.ndarray, rate: int, progress: Callable[[float], object] | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Silero probability, level (dBFS) and clarity (the distance cue's input) per 32 ms
    window, with the analyzer's model-reset policy (every 2 s of clear non-speech) applied as
    if the VAD were always quiet, as ``bench/vad/sweep.py`` applies it: the analyzer (and
    ``bench/vad/run.py``) resets only while the VAD is quiet, which depends on the setting,
    and one Silero pass serves every setting of the grid. So a reset may fall in a pause
    inside a turn here: counts usually agree with the analyzer's, event times (the latency
    columns) can differ by tens to hundreds of ms.
    ``samples``: floats in [-1, 1], or int16 PCM (scaled to that). ``progress``, if given, is
    called after each ``BLOCK_S`` of audio with the seconds done so far."""
    import numpy as np

    if np.issubdtype(samples.dtype, np.integer):
        samples = samples.astype(np.float32) / 32768.0

    # lazy: the command's --help must not load numpy/onnxruntime
    from pipecat_rt_best.noise_robust_vad.clarity import residual_kurtosis

    # lazy: the command's --help must not load numpy/onnxruntime
    from pipecat_rt_best.noise_robust_vad.silero_model import SileroModel, window_samples

    # lazy: the command's --help must not load numpy/onnxruntime
    from pipecat_rt_best.noise_robust_vad.state_machine import WINDOW_MS, ModelResetPolicy

    win = window_samples(rate)
    n = len(samples) // win
    x = samples[: n * win].reshape(n, win)
    model = SileroModel(sample_rate=rate)
    policy = ModelResetPolicy(round(2000 / WINDOW_MS))
    probs, levels, clarity = np.zeros(n), np.zeros(n), np.zeros(n)
    block = round(BLOCK_S * 1000 / WINDOW_MS)
    for first in range(0, n, block):
        part = slice(first, min(n, first + block))
        levels[part] = 10 * np.log10(np.mean(np.square(x[part], dtype=np.float64), axis=1) + 1e-12)
        clarity[part] = residual_kurtosis(x[part])
        for k in range(part.start, part.stop):
            probs[k] = model.step_one(x[k])
            if policy.update(probs[k], quiet=True):
                model.reset()
        if progress is not None:
            progress(part.stop * WINDOW_MS / 1000)
    return probs, levels, clarity


def _seconds_bar(desc: str, seconds: float) -> tqdm:
    """A progress bar over one recording's seconds (cleared when done)."""
    from tqdm import tqdm

    return tqdm(
        total=seconds,
        desc=desc,
        leave=False,
        bar_format="{desc}: {percentage:3.0f}%|{bar}| {n:.0f}/{total:.0f} s [{elapsed}<{remaining}]",
    )


def _grid(specs: list[str]) -> dict[str, tuple[float, ...]]:
    # lazy: the command's --help must not load numpy/onnxruntime
    from pipecat_rt_best.noise_robust_vad.tuning import DEFAULT_GRID

    if not specs:
        return dict(DEFAULT_GRID)
    grid: dict[str, tuple[float, ...]] = {}
    for spec in specs:
        name, _, values = spec.partition("=")
        name = name.strip()
        try:
            numbers = tuple(float(v) for v in values.split(","))
        except ValueError:
            raise CliError(f"--grid {spec!r}: expected FIELD=V1,V2,... with numbers") from None
        if name in grid:  # the later one replaced the earlier without a word
            both = ",".join(f"{v:g}" for v in (*grid[name], *numbers))
            raise CliError(f"--grid {name} given twice: list its values once, {name}={both}")
        grid[name] = numbers
    return grid


def _fmt(cfg: dict[str, float]) -> str:
    return ", ".join(f"{k}={v:g}" for k, v in cfg.items())


def run(args: argparse.Namespace) -> int:
    if not 0 <= args.max_missed_pct <= 100:
        raise CliError(f"--max-missed-pct must be within 0..100, not {args.max_missed_pct:g}")
    import numpy as np
    from tqdm import tqdm

    # lazy: the command's --help must not load numpy/onnxruntime
    from pipecat_rt_best.noise_robust_vad.baseline import stock_analyzer, stock_events
    from pipecat_rt_best.noise_robust_vad.silero_model import window_samples
    from pipecat_rt_best.noise_robust_vad.speaker_embedding import WindowEmbedder
    from pipecat_rt_best.noise_robust_vad.tuning import (
        Recording,
        TuneScore,
        grid_configs,
        recommend,
        score,
        sweep,
        unmeasured,
        within_budget,
    )

    files, skipped = _audio_files(args.paths)
    grid = _grid(args.grid)
    try:
        configs = grid_configs(grid)
    except ValueError as exc:
        raise CliError(f"--grid: {exc}") from None
    # every setting validated before the slow part (not only up to the first that uses the
    # voice cue), each named when it is refused
    settings = []
    for cfg in configs:
        try:
            settings.append(NoiseRobustVADParams().with_changes(**cfg))
        except (ValueError, TypeError) as exc:
            raise CliError(f"--grid setting {_fmt(cfg)}: {exc}") from None
    voices = any(p.uses_speaker for p in settings)
    inputs = _inputs(files, args.channel)  # every header and label file, before the slow part
    check_out_folder(args.out)  # made once the arguments are known good
    recs: list[Recording] = []
    stock: list[Events] = []  # pipecat's stock SileroVADAnalyzer on the same recordings
    baseline = TuneScore()
    rates: set[int] = set()  # the rates Silero ran at (--rate, or each recording's own)
    for item in tqdm(inputs, desc="Silero", unit="file"):
        path, turns = item.path, item.turns
        samples, rate = _load(path, args.channel, args.rate)
        rates.add(rate)
        seconds = len(samples) / rate
        with _seconds_bar(f"{path.name}: Silero", seconds) as bar:
            probs, levels, clarity = model_output(samples, rate, lambda s: bar.update(s - bar.n))
        # the background-voice cue embeds spans as it asks for them (memoised across settings)
        embedder = WindowEmbedder.over(samples, window_samples(rate), rate, {}) if voices else None
        rec = Recording(path.name, probs, levels, turns, clarity=clarity, embedder=embedder)
        recs.append(rec)
        pcm = (np.clip(samples, -1.0, 1.0) * 32767.0).astype(np.int16)
        with _seconds_bar(f"{path.name}: pipecat (stock)", seconds) as bar:
            stock.append(
                stock_events(stock_analyzer(rate), pcm, rate, lambda s: bar.update(s - bar.n))
            )
        baseline = baseline.add(score(rec, stock[-1]))
    rows = []
    for cfg in tqdm(configs, desc="sweep", unit="setting"):
        rows += sweep(recs, [cfg])
    best_cfg, best = recommend(rows, args.max_missed_pct)
    # fields these recordings cannot measure stay at the pack's defaults: their rows are the
    # same, and the value nearest the default would otherwise be "recommended" unmeasured
    blind = unmeasured(grid, recs)
    chosen = {k: v for k, v in best_cfg.items() if k not in blind}
    # the results on disk before the first line is printed: a reader that stops early
    # (`| head`) ends the printing, and the run's work was lost with it
    plotted = vad_plots.tradeoff(rows, best_cfg, args.out / "tune_vad.png", baseline)
    (args.out / "tune_vad.json").write_text(
        json.dumps(
            {
                "recommended": chosen,
                "not_measured": blind,
                "sample_rates": sorted(rates),
                "baseline": {"vad": BASELINE, **_fields(baseline)},
                "rows": [{"setting": cfg, **_fields(s)} for cfg, s in rows],
            },
            indent=1,
            allow_nan=False,  # JSON has no NaN: _fields writes null
        )
    )
    pages = None
    if args.timelines and plotted:
        pages = _timelines(recs, chosen, args.out / "timeline", stock)
    if best.turns and not within_budget(best, args.max_missed_pct):
        print(
            f"note: no setting misses at most {args.max_missed_pct:g} % of the labelled turns; "
            "recommending the one that misses fewest"
        )
    noise_min = rows[0][1].noise_minutes
    n_turns = rows[0][1].turns
    labelled = [
        f"{i.path} ({len(i.turns)} turns, {i.label_file.name})" for i in inputs if i.label_file
    ]
    none_labelled = " (no label files: false starts only)"
    if labelled:  # a label file without a turn (an empty export) is read, not missing
        none_labelled = " (no turns in the label files: false starts only)"
    # the minutes false starts are counted over: every recording's time outside its labelled
    # turns (and their guards), not only the noise-only recordings' listed below
    khz = " and ".join(f"{r // 1000}" for r in sorted(rates))
    print(
        f"{len(recs)} recordings at {khz} kHz, {noise_min:.1f} minutes outside labelled turns, "
        f"{n_turns} labelled turns" + ("" if n_turns else none_labelled)
    )
    if len(rates) > 1:
        print(
            "note: Silero scores 8 and 16 kHz differently and these recordings were tuned at "
            "both (each at its own rate): pass --rate 8000 (a phone pipeline) or --rate 16000 "
            "to tune all of them at your pipeline's"
        )
    if labelled:
        print(f"  labelled: {', '.join(labelled)}")
    noise_only = [str(i.path) for i in inputs if i.label_file is None]
    if noise_only:
        print(
            f"  noise-only (no label file: every start is a false start): {', '.join(noise_only)}"
        )
    for note in skipped + _stray_label_files(inputs) + _empty_label_files(inputs):
        print(note)
    if blind:
        defaults = NoiseRobustVADParams()
        kept = ", ".join(f"{n}={getattr(defaults, n)!r}" for n in blind)
        acts, its = ("it acts", "its") if len(blind) == 1 else ("they act", "their")
        print(
            f"note: {', '.join(blind)} not measured: {acts} only while the bot speaks, and "
            "tune-vad replays the caller's channel without the bot's speech, so "
            f"{its} values score the same; the recommendation keeps the pack's default "
            f"({kept}) (bench/vad/backchannels.py measures barge-ins)"
        )
    print(
        "\n| setting | false starts/min | missed | caught busy % | start p50 ms "
        "| end p50 / p90 ms | split % |"
        "\n|---|---|---|---|---|---|---|"
    )
    budget = args.max_missed_pct
    print(_table_row(f"{BASELINE} (for comparison)", baseline, budget))
    for cfg, s in rows:
        same = {k: v for k, v in cfg.items() if k not in blind} == chosen
        mark = " **(recommended)**" if same else ""
        print(_table_row(f"{_fmt(cfg)}{mark}", s, budget))
    # the values exactly (repr), so the line pasted back is the setting that was tested
    pasted = ", ".join(f"{k}={v!r}" for k, v in chosen.items())
    print(
        f"\nrecommended: NoiseRobustVADParams({pasted})"
        f"  ({best.fs_per_min:.2f} false starts/min, {_missed(best)} missed; "
        f"{BASELINE}: {baseline.fs_per_min:.2f}, {_missed(baseline)})"
    )
    if not n_turns:  # "fewest false starts" alone leans to the strictest setting
        print(
            "note: no labelled turns, so missed turns were not weighed: the fewest false starts "
            "is often the strictest setting, which may miss quiet callers; label a few calls "
            "(call1.txt beside call1.wav: 'start end' per turn) to weigh them"
        )
    if plotted:
        print(f"wrote {args.out / 'tune_vad.png'} and tune_vad.json")
    else:
        drawn = "plots" if args.timelines else "plot"
        print(f"wrote {args.out / 'tune_vad.json'} (no {drawn}: pip install matplotlib to draw it)")
    if pages is not None:
        print(
            f"wrote {pages} time line(s) under the recommended setting to {args.out / 'timeline'}"
        )
    return 0


def _missed(s: TuneScore, max_missed_pct: float | None = None) -> str:
    """Missed turns as a count and share (``1/33 (3.03 %)``, ``-`` without labelled turns),
    with ``, over 3 %`` when the recommendation's rule (:func:`tuning.within_budget`, on the
    exact share) leaves the row out: a share rounded to the budget ("3.0") no longer reads as
    within it."""
    # lazy: the command's --help must not load numpy/onnxruntime
    from pipecat_rt_best.noise_robust_vad.tuning import within_budget

    if not s.turns:
        return "-"
    over = max_missed_pct is not None and not within_budget(s, max_missed_pct)
    return f"{s.missed}/{s.turns} ({s.missed_pct:.2f} %" + (
        f", over {max_missed_pct:g} %)" if over else ")"
    )


def _table_row(label: str, s: TuneScore, max_missed_pct: float | None = None) -> str:
    """One row of the table; what was not measured is ``-``, as ``tune_vad.json``'s null (a
    latency without detected turns was ``nan``, a share of no labelled turns ``0.0``)."""
    f = _fields(s)

    def cell(name: str, spec: str) -> str:
        value = f[name]
        return "-" if value is None else format(value, spec)

    return (
        f"| {label} | {cell('fs_per_min', '.2f')} | {_missed(s, max_missed_pct)} | "
        f"{'-' if not s.turns else format(s.caught_busy_pct, '.1f')} | "
        f"{cell('start_p50_ms', '.0f')} | {cell('end_p50_ms', '.0f')} / "
        f"{cell('end_p90_ms', '.0f')} | {cell('split_pct', '.1f')} |"
    )


def _fields(s: TuneScore) -> dict[str, float | None]:
    """One row of ``tune_vad.json``. What was not measured is ``null``, as the table's ``-``:
    a latency without detected turns (NaN, which JSON has no token for: ``JSON.parse`` and
    strict parsers refused the file), a share of labelled turns without any (it read 0.0)."""

    def measured(x: float) -> float | None:
        return x if math.isfinite(x) else None

    def per_turn(x: float) -> float | None:
        return x if s.turns else None

    return {
        "fs_per_min": s.fs_per_min if s.noise_minutes else None,  # no minute outside turns
        "missed_pct": per_turn(s.missed_pct),
        "false_starts": s.false_starts,
        "missed": s.missed,
        "caught_busy": s.caught_busy,
        "start_p50_ms": measured(s.start_p50_ms),
        "end_p50_ms": measured(s.end_ms(50)),
        "end_p90_ms": measured(s.end_ms(90)),
        "split_pct": per_turn(s.split_pct),
    }


def _timelines(
    recs: list[Recording],
    cfg: dict[str, float],
    folder: Path,
    stock: list[Events] | None = None,
) -> int:
    """Each recording on a time line (pages of ``TIMELINE_PAGE_S``), with where pipecat's stock
    analyzer was in a turn (``stock``, per recording); the number of pictures."""
    import math

    from tqdm import tqdm

    # lazy: the command's --help must not load numpy
    from pipecat_rt_best.noise_robust_vad.tuning import trace

    params = NoiseRobustVADParams().with_changes(**cfg)
    pages = 0
    stems: set[str] = set()
    baselines = [None] * len(recs) if stock is None else stock
    for rec, baseline in zip(tqdm(recs, desc="timelines", unit="file"), baselines, strict=True):
        if not len(rec.probs):
            tqdm.write(f"no time line for {rec.name}: shorter than one 32 ms window")
            continue
        tr = trace(rec, params)
        title = (
            f"{rec.name}: {tr.false_starts} false starts"
            + (f", {len(tr.missed)} of {len(rec.turns)} turns missed" if rec.turns else "")
            + f"  [{_fmt(cfg)}]"
        )
        n = max(1, math.ceil(rec.duration_s / TIMELINE_PAGE_S))
        stem = base = Path(rec.name).stem
        suffix = 1
        while stem in stems:  # the same file name in two folders
            stem, suffix = f"{base}_{suffix}", suffix + 1
        stems.add(stem)
        for i in range(n):
            span = (i * TIMELINE_PAGE_S, min(rec.duration_s, (i + 1) * TIMELINE_PAGE_S))
            name = f"{stem}.png" if n == 1 else f"{stem}_{round(span[0]):05d}s.png"
            pages += vad_plots.timeline(tr, rec.turns, title, folder / name, span, baseline)
    return pages
