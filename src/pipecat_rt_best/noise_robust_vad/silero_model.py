"""Torch-free streaming Silero VAD: onnxruntime + numpy, nothing else.

The model file is the one pipecat ships (``pipecat/audio/vad/data/silero_vad.onnx``). The
``silero-vad`` PyPI package's file can be used instead when that package is present; it is
located by path with :func:`importlib.util.find_spec`, which does not run the package (its
``__init__`` imports torch). Install it, if wanted, with ``pip install --no-deps silero-vad``.

The network takes one window of 256 samples at 8 kHz or 512 at 16 kHz (32 ms), preceded by the
last 32 / 64 samples of the previous window ("context"), plus a recurrent state of shape
``[2, batch, 128]``. :class:`SileroModel` carries both across calls, frames arbitrary chunk
lengths into exact windows (leftover samples wait for the next call), and can run many
independent streams as one batch (one ONNX run per time step for all streams).

pipecat's file keeps the whole network inside an ``If`` on the sample rate, with three more
``If`` nodes inside, and onnxruntime runs each as a separate subgraph on every call. When the
model asked for is pipecat's, :class:`SileroModel` runs the pack's single-rate copy of that same
file instead (``data/silero_vad_{8k,16k}.onnx``, made by ``bench/vad/silero_single_rate.py``:
``sr`` folded in, no ``If`` left, the export's reshaping chains collapsed, pipecat's weights
and operators untouched): bit-identical outputs and states, ~30 % less onnxruntime time per
window (58 vs 83 µs at 8 kHz here). It stands in for any file with the same bytes (pipecat's,
or silero-vad's identical copy), and only while that file is the one the copy was made from
(sha256 recorded beside it); otherwise the file runs as it is.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import onnxruntime

SUPPORTED_SAMPLE_RATES = (8000, 16000)
DATA = Path(__file__).with_name("data")
SINGLE_RATE_MODELS = {8000: "silero_vad_8k.onnx", 16000: "silero_vad_16k.onnx"}
_SINGLE_RATE_SOURCE = DATA / "silero_vad_single_rate.json"  # {"source_sha256": ...}


def window_samples(sample_rate: int) -> int:
    """Samples per model window: 256 at 8 kHz, 512 at 16 kHz (32 ms either way)."""
    _check_rate(sample_rate)
    return 256 if sample_rate == 8000 else 512


def context_samples(sample_rate: int) -> int:
    """Samples of the previous window the model sees in front of each window."""
    _check_rate(sample_rate)
    return 32 if sample_rate == 8000 else 64


def _check_rate(sample_rate: int) -> None:
    if sample_rate not in SUPPORTED_SAMPLE_RATES:
        raise ValueError(
            f"Silero VAD supports sample rates {SUPPORTED_SAMPLE_RATES}, got {sample_rate!r}"
        )


def pipecat_model_path() -> Path:
    """Path of the Silero ONNX file bundled with pipecat."""
    spec = importlib.util.find_spec("pipecat")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("pipecat is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "audio/vad/data/silero_vad.onnx"
    if not path.is_file():
        raise FileNotFoundError(f"pipecat's Silero model is missing: {path}")
    return path


def silero_package_model_path(name: str = "silero_vad.onnx") -> Path | None:
    """Path of a model file from the optional ``silero-vad`` package, or None if absent.

    ``find_spec`` on a top-level package locates it without importing it, so torch is never
    loaded. (silero-vad 6.2.3 ships a ``silero_vad.onnx`` byte-identical to pipecat's.)
    """
    spec = importlib.util.find_spec("silero_vad")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / name
    return path if path.is_file() else None


def resolve_model_path(model: str | Path | None) -> Path:
    """Resolve ``None``/``"pipecat"`` (default), ``"silero-vad"`` or an explicit file path."""
    if model is None or model == "pipecat":
        return pipecat_model_path()
    if model == "silero-vad":
        path = silero_package_model_path()
        if path is None:
            raise FileNotFoundError(
                "the silero-vad package is not installed "
                "(install it with `pip install --no-deps silero-vad`; never import it, it needs torch)"
            )
        return path
    path = Path(model)
    if not path.is_file():
        raise FileNotFoundError(
            f"Silero model file not found: {path} (model= takes 'pipecat', the default, "
            "'silero-vad' or the path of an ONNX file)"
        )
    return path


@lru_cache(maxsize=4)
def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@lru_cache(maxsize=1)
def _single_rate_source() -> str | None:
    """The sha256 of the file the single-rate copies were made from (None: not shipped)."""
    if not _SINGLE_RATE_SOURCE.is_file():
        return None
    source = json.loads(_SINGLE_RATE_SOURCE.read_text()).get("source_sha256")
    return source if isinstance(source, str) else None


def single_rate_model_path(path: Path, sample_rate: int) -> Path | None:
    """The pack's single-rate copy of the model at ``path`` for ``sample_rate``, or None if
    there is none (``path`` is not the file the copies were made from)."""
    _check_rate(sample_rate)
    copy = DATA / SINGLE_RATE_MODELS[sample_rate]
    source = _single_rate_source()
    if source is None or not copy.is_file():
        return None
    return copy if _sha256(path.resolve()) == source else None


_SESSIONS: dict[tuple[str, int], onnxruntime.InferenceSession] = {}


def _session(path: Path, threads: int) -> onnxruntime.InferenceSession:
    """One InferenceSession per (file, threads), shared: sessions are stateless and thread-safe."""
    key = (str(path.resolve()), threads)
    session = _SESSIONS.get(key)
    if session is None:
        opts = onnxruntime.SessionOptions()
        opts.inter_op_num_threads = 1
        opts.intra_op_num_threads = threads
        opts.log_severity_level = 3  # the op18 variant logs harmless initializer warnings
        session = onnxruntime.InferenceSession(
            str(path), sess_options=opts, providers=["CPUExecutionProvider"]
        )
        _SESSIONS[key] = session
    return session


_V5_INPUTS = ("input", "state")  # and "sr", but a single-rate file has it folded in
_V5_OUTPUTS = ("output", "stateN")


def _check_silero_v5(session: onnxruntime.InferenceSession, path: Path) -> None:
    """Refuse, by its file and its inputs, a model that is not Silero v5 (a v4 file's inputs
    are input, sr, h, c): onnxruntime would say only that it finds no NodeArg "state"."""
    inputs = [i.name for i in session.get_inputs()]
    outputs = [o.name for o in session.get_outputs()]
    if not (set(_V5_INPUTS) <= set(inputs) and set(_V5_OUTPUTS) <= set(outputs)):
        raise ValueError(
            f"{path} is not a Silero v5 VAD model (its inputs are {', '.join(inputs)}; "
            f"Silero v5 takes {', '.join(_V5_INPUTS)}, sr): pass model='pipecat' (the default, "
            "pipecat's file) or a Silero v5 ONNX file"
        )


class SileroModel:
    """Streaming Silero VAD over ``batch_size`` independent audio streams.

    Args:
        model: ``None``/``"pipecat"`` (default), ``"silero-vad"`` or a path to an ONNX file.
            pipecat's file runs as the pack's single-rate copy of it (same outputs, faster)
            when there is one; ``single_rate=False`` runs the file itself.
        sample_rate: 8000 or 16000.
        batch_size: Number of independent streams scored together.
        threads: onnxruntime intra-op threads (1 is right for one call per stream).
    """

    def __init__(
        self,
        model: str | Path | None = None,
        *,
        sample_rate: int = 8000,
        batch_size: int = 1,
        threads: int = 1,
        single_rate: bool = True,
    ) -> None:
        _check_rate(sample_rate)
        if batch_size < 1:
            raise ValueError("batch_size must be >= 1")
        self.model_path = resolve_model_path(model)
        self.sample_rate = sample_rate
        self.batch_size = batch_size
        self.window = window_samples(sample_rate)
        self.context = context_samples(sample_rate)
        copy = single_rate_model_path(self.model_path, sample_rate) if single_rate else None
        self.session_path = copy or self.model_path  # the file onnxruntime actually runs
        self._session = _session(self.session_path, threads)
        _check_silero_v5(self._session, self.model_path)
        self._sr = np.array(sample_rate, dtype=np.int64)
        # Fixed buffers bound to the session once (onnxruntime reads and writes them in place):
        # each step writes the new window after the context, runs, and copies the new state
        # back. Saves ~10 µs of per-run allocation and conversion against session.run().
        self._input = np.zeros((batch_size, self.context + self.window), dtype=np.float32)
        self._state = np.zeros((2, batch_size, 128), dtype=np.float32)
        self._state_out = np.zeros_like(self._state)
        self._out = np.zeros((batch_size, 1), dtype=np.float32)
        self._io = self._session.io_binding()
        self._io.bind_cpu_input("input", self._input)
        self._io.bind_cpu_input("state", self._state)
        if any(i.name == "sr" for i in self._session.get_inputs()):
            self._io.bind_cpu_input("sr", self._sr)
        for name, buf in (("output", self._out), ("stateN", self._state_out)):
            self._io.bind_output(name, "cpu", 0, np.float32, list(buf.shape), buf.ctypes.data)
        self._pending = np.zeros(0, dtype=np.float32)  # single-stream leftover samples

    def reset(self, index: int | None = None) -> None:
        """Forget the recurrent state and context (of one stream, or all), like a new call."""
        if index is None:
            self._state[:] = 0.0
            self._input[:, : self.context] = 0.0
            self._pending = np.zeros(0, dtype=np.float32)
        else:
            self._state[:, index, :] = 0.0
            self._input[index, : self.context] = 0.0

    @property
    def pending_samples(self) -> int:
        """Samples waiting for the next call to complete a window (single-stream use)."""
        return int(self._pending.size)

    def step(self, windows: np.ndarray) -> np.ndarray:
        """Score one window per stream. ``windows``: float32 ``[batch, window]`` in [-1, 1]."""
        if np.shape(windows) != (self.batch_size, self.window):
            raise ValueError(
                f"expected windows of shape {(self.batch_size, self.window)}, "
                f"got {np.shape(windows)}"
            )
        ctx = self.context
        self._input[:, ctx:] = windows
        self._session.run_with_iobinding(self._io)
        self._state[...] = self._state_out
        self._input[:, :ctx] = self._input[:, -ctx:]  # the next window's context
        return self._out[:, 0].copy()

    def step_one(self, window: np.ndarray) -> float:
        """:meth:`step` for a single stream (``batch_size`` 1): the probability of one window
        of ``self.window`` float samples, without the batch's shape check and result copy
        (what an analyzer runs 31 times a second)."""
        if self.batch_size != 1:
            raise ValueError("step_one() is for batch_size=1; use step() for batches")
        ctx = self.context
        self._input[0, ctx:] = window
        self._session.run_with_iobinding(self._io)
        self._state[...] = self._state_out
        self._input[0, :ctx] = self._input[0, -ctx:]
        return float(self._out[0, 0])

    def process(self, audio: np.ndarray) -> np.ndarray:
        """Stream float32 mono samples (single stream); return one probability per full window.

        Samples that do not fill a window are kept for the next call, so chunk boundaries never
        change the result.
        """
        if self.batch_size != 1:
            raise ValueError("process() is for batch_size=1; use step() for batches")
        samples = np.asarray(audio, dtype=np.float32).reshape(-1)
        if self._pending.size:
            samples = np.concatenate((self._pending, samples))
        n = samples.size // self.window
        self._pending = samples[n * self.window :].copy()
        probs = np.empty(n, dtype=np.float32)
        for i in range(n):
            probs[i] = self.step(samples[i * self.window : (i + 1) * self.window][None, :])[0]
        return probs


def score_streams(
    signals: Sequence[np.ndarray],
    sample_rate: int,
    *,
    model: str | Path | None = None,
    batch_size: int = 64,
) -> list[np.ndarray]:
    """Silero probabilities for many whole signals, batching streams per ONNX run.

    Plain streaming (no state resets); equivalent to :meth:`SileroModel.process` per signal.
    Shorter signals are zero-padded to their batch's longest; their extra windows are dropped.
    """
    win = window_samples(sample_rate)
    results: list[np.ndarray] = [np.zeros(0, dtype=np.float32)] * len(signals)
    for start in range(0, len(signals), batch_size):
        group = list(range(start, min(start + batch_size, len(signals))))
        counts = [len(signals[i]) // win for i in group]
        steps = max(counts) if counts else 0
        block = np.zeros((len(group), steps * win), dtype=np.float32)
        for row, i in enumerate(group):
            block[row, : counts[row] * win] = signals[i][: counts[row] * win]
        m = SileroModel(model, sample_rate=sample_rate, batch_size=len(group))
        out = np.empty((len(group), steps), dtype=np.float32)
        for t in range(steps):
            out[:, t] = m.step(block[:, t * win : (t + 1) * win])
        for row, i in enumerate(group):
            results[i] = out[row, : counts[row]].copy()
    return results
