"""Make ``noise_robust_vad/data/voice_encoder.onnx`` from Resemblyzer's published weights.

The speaker cue (:mod:`pipecat_rt_best.noise_robust_vad.speaker_embedding`) runs Resemblyzer's
GE2E voice encoder (Corentin Jemine, Apache-2.0) with onnxruntime. Its weights ship inside the
``Resemblyzer`` wheel on PyPI as a legacy (pre-1.6) torch pickle; this script reads that
pickle *without torch* (the tensors' bytes follow the pickle, a little-endian int64 element
count each) and writes the network as three ONNX ``LSTM`` nodes and the projection, weights
stored as float16 and cast to float32 when the session loads (embeddings match the float32
network's to cosine 0.999999). Needs the ``onnx`` package (``.[bench]``).

  .venv/bin/python -m bench.vad.voice_encoder_weights            # pip download, convert
  .venv/bin/python -m bench.vad.voice_encoder_weights --wheel Resemblyzer-0.1.4-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import hashlib
import io
import pickle
import struct
import subprocess
import sys
import tempfile
import zipfile
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np

WHEEL = "Resemblyzer-0.1.4-py3-none-any.whl"
WHEEL_SHA256 = "8f12eb2f1a9982d32e8db7856de754709b59c93a77bcf0ff536584b619a9dd1f"
OUT = (
    Path(__file__).resolve().parents[2]
    / "src/pipecat_rt_best/noise_robust_vad/data/voice_encoder.onnx"
)
_DTYPES = {"FloatStorage": np.float32, "DoubleStorage": np.float64, "LongStorage": np.int64}


class _Storage:
    def __init__(self, dtype: Any) -> None:
        self.dtype = dtype
        self.data: np.ndarray | None = None


class _Tensor:
    def __init__(self, storage: _Storage, offset: int, size: tuple, stride: tuple) -> None:
        self.storage, self.offset, self.size, self.stride = storage, offset, size, stride

    def array(self) -> np.ndarray:
        a = self.storage.data
        assert a is not None
        view = np.lib.stride_tricks.as_strided(
            a[self.offset :], shape=self.size, strides=[s * a.itemsize for s in self.stride]
        )
        return np.array(view)


def _rebuild(storage: _Storage, offset: int, size: tuple, stride: tuple, *_: Any) -> _Tensor:
    return _Tensor(storage, offset, tuple(size), tuple(stride))


class _Unpickler(pickle.Unpickler):
    """Only what a legacy state dict needs: tensors, storages, OrderedDict; nothing runs."""

    def __init__(self, f: io.BufferedIOBase, storages: dict[str, _Storage]) -> None:
        super().__init__(f)
        self.storages = storages

    def find_class(self, module: str, name: str) -> Any:
        if module == "torch._utils" and name.startswith("_rebuild_tensor"):
            return _rebuild
        if module == "torch" and name in _DTYPES:
            return name
        if module == "collections" and name == "OrderedDict":
            return OrderedDict
        raise pickle.UnpicklingError(f"unexpected global {module}.{name} in the weights")

    def persistent_load(self, pid: Any) -> _Storage:
        _, storage_type, key, *_ = pid
        return self.storages.setdefault(key, _Storage(_DTYPES[storage_type]))


def read_legacy_torch(data: bytes) -> dict[str, Any]:
    f = io.BytesIO(data)
    storages: dict[str, _Storage] = {}
    for _ in range(3):  # magic number, protocol version, system info
        _Unpickler(f, storages).load()
    result = _Unpickler(f, storages).load()
    for key in _Unpickler(f, storages).load():  # the storages' keys, in file order
        s = storages[key]
        (n,) = struct.unpack("<q", f.read(8))
        s.data = np.frombuffer(f.read(n * np.dtype(s.dtype).itemsize), dtype=s.dtype)

    def walk(o: Any) -> Any:
        if isinstance(o, _Tensor):
            return o.array()
        if isinstance(o, dict):
            return {k: walk(v) for k, v in o.items()}
        return o

    return walk(result)


def _onnx_gates(m: np.ndarray) -> np.ndarray:
    """torch orders an LSTM's gate rows i, f, g, o; ONNX i, o, f, c."""
    i, f, g, o = np.split(m, 4, axis=0)
    return np.concatenate([i, o, f, g], axis=0)


def build_onnx(state: dict[str, np.ndarray]) -> Any:
    """mels [frames, batch, 40] -> emb [batch, 256] (ReLU'd, not yet unit length)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    inits, nodes = [], []

    def weight(name: str, arr: np.ndarray) -> str:  # float16 on disk, float32 in the graph
        inits.append(numpy_helper.from_array(arr.astype(np.float16), f"{name}_16"))
        nodes.append(helper.make_node("Cast", [f"{name}_16"], [name], to=TensorProto.FLOAT))
        return name

    inits += [numpy_helper.from_array(np.array([a], np.int64), f"axis{a}") for a in (0, 1)]
    prev = "mels"
    for k in range(3):
        w = weight(f"W{k}", _onnx_gates(state[f"lstm.weight_ih_l{k}"])[None])
        r = weight(f"R{k}", _onnx_gates(state[f"lstm.weight_hh_l{k}"])[None])
        biases = [_onnx_gates(state[f"lstm.bias_{x}_l{k}"]) for x in ("ih", "hh")]
        b = weight(f"B{k}", np.concatenate(biases)[None])
        nodes.append(helper.make_node("LSTM", [prev, w, r, b], [f"Y{k}", f"H{k}"], hidden_size=256))
        nodes.append(helper.make_node("Squeeze", [f"Y{k}", "axis1"], [f"S{k}"]))
        prev = f"S{k}"
    out_w = weight("Wo", state["linear.weight"].T)
    out_b = weight("bo", state["linear.bias"])
    nodes += [
        helper.make_node("Squeeze", ["H2", "axis0"], ["h"]),
        helper.make_node("MatMul", ["h", out_w], ["lin"]),
        helper.make_node("Add", ["lin", out_b], ["linb"]),
        helper.make_node("Relu", ["linb"], ["emb"]),
    ]
    graph = helper.make_graph(
        nodes,
        "resemblyzer_voice_encoder",
        [helper.make_tensor_value_info("mels", TensorProto.FLOAT, ["frames", "batch", 40])],
        [helper.make_tensor_value_info("emb", TensorProto.FLOAT, ["batch", 256])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8  # readable by onnxruntime >= 1.15
    onnx.checker.check_model(model)
    return model


def convert(wheel: Path, out: Path = OUT) -> Path:
    import onnx

    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        raise SystemExit(f"{wheel}: sha256 {digest}, expected {WHEEL_SHA256} ({WHEEL})")
    with zipfile.ZipFile(wheel) as z:
        state = read_legacy_torch(z.read("resemblyzer/pretrained.pt"))["model_state"]
    out.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(build_onnx(state), out)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wheel", type=Path, help=f"a downloaded {WHEEL} (default: pip download it)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel
        if wheel is None:
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp,
                 "Resemblyzer==0.1.4"],
                check=True,
            )  # fmt: skip
            wheel = Path(tmp) / WHEEL
        out = convert(wheel, args.out)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
