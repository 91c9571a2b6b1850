"""Make ``noise_robust_vad/data/silero_vad_{8k,16k}.onnx``: pipecat's Silero model with one
sample rate's branch inlined — the same network, ~30 % less onnxruntime time per window.

pipecat's ``silero_vad.onnx`` is a TorchScript export: the whole network sits inside an ``If``
on the ``sr`` input (16 kHz branch, 8 kHz branch), and inside each branch three more ``If`` nodes
test tensor shapes (is there a recurrent state yet, is the encoder's output one frame long).
onnxruntime runs every ``If`` as a separate subgraph on every call, and its own optimizer
cannot fold them (it crashes on this file when the shapes are made static). With ``sr`` a
constant and the input and state shapes fixed (batch left free), onnxscript's optimizer folds
all but one: the decoder's "squeeze the time axis if it is 1", which a window of the model's
size always takes (the encoder makes one frame of 288 / 576 samples); this script inlines
that branch itself. Then it replaces the export's chains of ``Squeeze``/``Unsqueeze``/``Gather``
around the LSTM and the output with one data-movement node each (``Split`` the state,
``Transpose`` into and out of the LSTM, ``Concat`` the new state, ``Reshape`` the output, whose
``ReduceMean`` is over one value): 42 nodes instead of 52, ~1 µs of onnxruntime overhead each.
What is left is one flat graph of plain operators (no ``If``) per rate, ~30 % less time per
window than pipecat's file (at 8 kHz, one stream: 58 vs 83 µs; the folding alone ~15–20 %).

The weights and operators are pipecat's, untouched; outputs and recurrent states are
bit-identical to the original's (checked here on noise and speech-like audio, batch 1 and 3,
and by ``tests/noise_robust_vad/test_silero_model.py`` on every run). Silero VAD is by
Silero Team, MIT licence (https://github.com/snakers4/silero-vad). Needs ``onnx`` and
``onnxscript`` (``.[bench]``); the output is deterministic.

  .venv/bin/python -m bench.vad.silero_single_rate        # → src/.../data/silero_vad_{8k,16k}.onnx
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from pipecat_rt_best.noise_robust_vad.silero_model import (
    SINGLE_RATE_MODELS,
    context_samples,
    pipecat_model_path,
    window_samples,
)

DATA = Path(__file__).resolve().parents[2] / "src/pipecat_rt_best/noise_robust_vad/data"


def single_rate(source: Path, sample_rate: int) -> bytes:
    """The model at ``source`` with ``sr`` fixed to ``sample_rate`` and no ``If`` left."""
    import onnx
    import onnxscript.optimizer
    from onnx import numpy_helper

    model = onnx.load(str(source))
    graph = model.graph
    width = context_samples(sample_rate) + window_samples(sample_rate)
    for value in graph.input:
        dims = {"input": ["batch", width], "state": [2, "batch", 128]}.get(value.name)
        if dims is None:
            continue
        shape = value.type.tensor_type.shape
        shape.ClearField("dim")
        for d in dims:
            if isinstance(d, str):
                shape.dim.add().dim_param = d
            else:
                shape.dim.add().dim_value = d
    (sr,) = [v for v in graph.input if v.name == "sr"]
    graph.input.remove(sr)
    graph.initializer.append(numpy_helper.from_array(np.array(sample_rate, np.int64), "sr"))
    flat = onnxscript.optimizer.optimize(model)
    nodes = list(flat.graph.node)
    branches = [i for i, n in enumerate(nodes) if n.op_type == "If"]
    if len(branches) != 1:
        raise RuntimeError(f"expected one If left after folding, found {len(branches)}")
    (i,) = branches
    (then,) = [a.g for a in nodes[i].attribute if a.name == "then_branch"]
    if [n.op_type for n in then.node] != ["Squeeze"]:
        raise RuntimeError("the remaining If is not the decoder's squeeze: the model changed")
    squeeze = onnx.NodeProto()
    squeeze.CopyFrom(then.node[0])
    squeeze.output[:] = [nodes[i].output[0]]
    del flat.graph.node[i]
    flat.graph.node.insert(i, squeeze)
    # the If's condition (Shape → Gather → Equal) now feeds nothing: drop it
    while True:
        used = {x for n in flat.graph.node for x in n.input} | {o.name for o in flat.graph.output}
        dead = [n for n in flat.graph.node if not any(o in used for o in n.output)]
        if not dead:
            break
        for n in dead:
            flat.graph.node.remove(n)
    _tidy(flat)  # ends with onnx's full model check
    flat.doc_string = (
        f"pipecat's silero_vad.onnx (sha256 {sha256(source)}) with sr={sample_rate} folded in; "
        "made by bench/vad/silero_single_rate.py"
    )
    return flat.SerializeToString()


def _tidy(model: Any) -> None:
    """Collapse the export's reshaping chains around the LSTM and the output (in place).

    Each step checks the pattern it replaces and raises if the graph differs (a new Silero
    version); :func:`check_identical` then proves the result bit-identical."""
    import onnx
    from onnx import helper, numpy_helper

    g = model.graph
    nodes = list(g.node)
    producer = {o: n for n in nodes for o in n.output}
    users: dict[str, list[Any]] = {}
    for n in nodes:
        for i in n.input:
            users.setdefault(i, []).append(n)
    consts = {i.name: numpy_helper.to_array(i) for i in g.initializer}

    def chain(name: str, *ops: str) -> list[Any]:
        """The nodes producing ``name``, walking back through first inputs: ``ops`` in order."""
        found = []
        for op in ops:
            n = producer[name]
            if n.op_type != op:
                raise RuntimeError(f"unexpected Silero graph: {n.op_type} where {op} was expected")
            found.append(n)
            name = n.input[0]
        return found

    (lstm,) = [n for n in nodes if n.op_type == "LSTM"]
    drop: list[Any] = []
    # X = Unsqueeze(Squeeze(encoder [B,128,1], -1), 0) → Transpose(encoder, [2, 0, 1])
    unsq, sq = chain(lstm.input[0], "Unsqueeze", "Squeeze")
    drop += [unsq, sq]
    add = [helper.make_node("Transpose", [sq.input[0]], [lstm.input[0]], perm=[2, 0, 1])]
    # h0, c0 = Unsqueeze(Gather(state, 0 / 1), 0) → Split(state)
    picked = {}
    for k in (5, 6):
        unsq, gather = chain(lstm.input[k], "Unsqueeze", "Gather")
        if gather.input[0] != "state":
            raise RuntimeError("unexpected Silero graph: the LSTM's initial state is not 'state'")
        picked[int(consts[gather.input[1]])] = lstm.input[k]
        drop += [unsq, gather]
    add.append(helper.make_node("Split", ["state"], [picked[0], picked[1]], axis=0))
    # stateN = Concat(Unsqueeze(Squeeze(Y_h)), Unsqueeze(Squeeze(Y_c))) → Concat(Y_h, Y_c);
    # decoder input = Unsqueeze(Squeeze(Y_h), -1) → Transpose(Y_h, [1, 2, 0])
    y_h, y_c = lstm.output[1], lstm.output[2]
    (concat,) = [n for n in nodes if list(n.output) == ["stateN"]]
    for name, y in zip(concat.input, (y_h, y_c), strict=True):
        unsq, sq = chain(name, "Unsqueeze", "Squeeze")
        if sq.input[0] != y:
            raise RuntimeError("unexpected Silero graph: stateN is not the LSTM's (h, c)")
        drop += [unsq, sq]
    (to_decoder,) = [n for n in users[producer[concat.input[0]].input[0]] if n not in drop]
    drop += [concat, to_decoder]
    add.append(helper.make_node("Concat", [y_h, y_c], ["stateN"], axis=0))
    add.append(helper.make_node("Transpose", [y_h], [to_decoder.output[0]], perm=[1, 2, 0]))
    # output = Unsqueeze(ReduceMean(Squeeze(sigmoid [B,1,1], 1), [1]), 1) → Reshape([-1, 1])
    unsq, mean, sq = chain("output", "Unsqueeze", "ReduceMean", "Squeeze")
    drop += [unsq, mean, sq]
    g.initializer.append(numpy_helper.from_array(np.array([-1, 1], np.int64), "batch_by_1"))
    add.append(helper.make_node("Reshape", [sq.input[0], "batch_by_1"], ["output"]))
    for i, n in enumerate(add):
        n.name = f"single_rate/{n.op_type}_{i}"
    # the remaining nodes and the new ones, in topological order
    todo = [n for n in nodes if n not in drop] + add
    have = {v.name for v in g.input} | set(consts) | {"batch_by_1", ""}
    ordered: list[Any] = []
    while todo:
        ready = [n for n in todo if all(i in have for i in n.input)]
        if not ready:
            raise RuntimeError("unexpected Silero graph: a cycle after tidying")
        for n in ready:
            ordered.append(n)
            have |= set(n.output)
            todo.remove(n)
    del g.node[:]
    g.node.extend(ordered)
    onnx.checker.check_model(model, full_check=True)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_identical(source: Path, flat: bytes, sample_rate: int) -> None:
    """Both models on the same streams (noise, then a pitched, amplitude-modulated tone), batch
    1 and 3: every output and recurrent state must be equal."""
    import onnxruntime

    def session(model: str | bytes) -> onnxruntime.InferenceSession:
        opts = onnxruntime.SessionOptions()
        opts.intra_op_num_threads = opts.inter_op_num_threads = 1
        opts.log_severity_level = 3
        return onnxruntime.InferenceSession(model, opts, providers=["CPUExecutionProvider"])

    a, b = session(str(source)), session(flat)
    width = context_samples(sample_rate) + window_samples(sample_rate)
    rng = np.random.default_rng(sample_rate)
    t = np.arange(200 * width) / sample_rate
    voice = 0.3 * np.sin(2 * np.pi * 140 * t * (1 + 0.1 * np.sin(3 * t))) * (np.sin(5 * t) > 0)
    for batch in (1, 3):
        x = 0.05 * rng.standard_normal((batch, 200 * width)) + voice
        sa = sb = np.zeros((2, batch, 128), np.float32)
        for k in range(200):
            w = x[:, k * width : (k + 1) * width].astype(np.float32)
            oa, sa = a.run(None, {"input": w, "state": sa, "sr": np.array(sample_rate)})
            ob, sb = b.run(None, {"input": w, "state": sb})
            if not (np.array_equal(oa, ob) and np.array_equal(sa, sb)):
                raise RuntimeError(f"{sample_rate} Hz, batch {batch}: outputs differ at {k}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=None, help="default: pipecat's model")
    ap.add_argument("--out", type=Path, default=DATA)
    args = ap.parse_args(argv)
    try:
        import onnxscript  # noqa: F401  (the folding needs it; only this script does)

        source = args.source or pipecat_model_path()
    except (ImportError, FileNotFoundError) as e:
        print(f"error: {e} (install the bench extra: pip install -e '.[bench]')", file=sys.stderr)
        return 2
    if not source.is_file():
        print(f"error: --source {source}: no such file", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for rate, name in SINGLE_RATE_MODELS.items():
        flat = single_rate(source, rate)
        check_identical(source, flat, rate)
        (args.out / name).write_bytes(flat)
        print(f"wrote {args.out / name} ({len(flat) / 1e6:.2f} MB), identical to the source")
    (args.out / "silero_vad_single_rate.json").write_text(
        json.dumps({"source_sha256": sha256(source)}, indent=1) + "\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
