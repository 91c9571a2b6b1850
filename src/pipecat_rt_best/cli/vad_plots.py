"""The noise-robust VAD's pictures, for ``tune-vad`` and ``bench/vad``: the trade-off between
false starts and missed turns over a grid of settings, and one recording on a time line.

matplotlib is optional (``pip install matplotlib``): without it each function draws nothing and
returns False, and the callers say so.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipecat_rt_best.noise_robust_vad.tuning import Events, Trace, TuneScore


def _figure(figsize: tuple[float, float], to_file: bool = True) -> Any | None:
    """A new matplotlib figure, or None without matplotlib. ``to_file``: a bare
    :class:`matplotlib.figure.Figure` (a command writing PNGs: saved through its own Agg
    canvas, with pyplot's backend, e.g. a notebook's inline one, and its figures left as they
    were); else a pyplot figure on whatever backend is set (a notebook shows it)."""
    try:
        import matplotlib  # noqa: F401  (the package itself: its parts may be loaded already)
    except ImportError:
        return None
    if to_file:
        from matplotlib.figure import Figure

        return Figure(figsize=figsize)
    import matplotlib.pyplot as plt

    return plt.figure(figsize=figsize)


def tradeoff(
    rows: Sequence[tuple[dict[str, float], TuneScore]],
    best: dict[str, float],
    path: Path,
    baseline: TuneScore | None = None,
) -> bool:
    """False starts per noise-minute against missed turns, one point per setting, the
    recommended one in red, and ``baseline`` (pipecat's stock analyzer) in grey."""
    fig = _figure((7, 5))
    if fig is None:
        return False
    ax = fig.subplots()
    xs = [r[1].missed_pct for r in rows]
    ys = [r[1].fs_per_min for r in rows]
    ax.scatter(xs, ys, c="tab:blue", label="grid settings")
    for cfg, s in rows:
        if cfg == best:
            ax.scatter([s.missed_pct], [s.fs_per_min], c="tab:red", s=90, label="recommended")
    if baseline is not None:
        ax.scatter(
            [baseline.missed_pct],
            [baseline.fs_per_min],
            c="0.4",
            marker="s",
            s=70,
            label="pipecat SileroVADAnalyzer (stock)",
        )
    ax.set_xlabel("missed turns % (labelled recordings)")
    ax.set_ylabel("false starts per noise-minute")
    ax.set_title("noise-robust VAD: false starts vs missed turns")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    return True


TIMELINE_FIGSIZE = (15.0, 7.0)  # inches

_JUDGED = {  # kind: marker, colour, size
    "reject": ("x", "black", 30),
    "start": ("^", "tab:green", 60),
    "false start": ("v", "tab:red", 80),
}


def timeline(
    tr: Trace,
    turns: Sequence[tuple[float, float]],
    title: str,
    path: Path,
    span: tuple[float, float] | None = None,
    baseline: Events | None = None,
) -> bool:
    """:func:`timeline_figure`'s picture, written to ``path`` (PNG)."""
    fig = _figure(TIMELINE_FIGSIZE)
    if fig is None:
        return False
    _draw_timeline(fig, tr, turns, title, span, baseline)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    return True


def timeline_figure(
    tr: Trace,
    turns: Sequence[tuple[float, float]],
    title: str,
    span: tuple[float, float] | None = None,
    baseline: Events | None = None,
) -> Any | None:
    """One recording, replayed (:func:`.tuning.trace`), between ``span`` seconds (default:
    all of it), as a matplotlib figure (in a notebook: shown inline); None without matplotlib.

    Top: each window's level with what the machine had learned by then (the ambient, the
    background talk, the caller), the labelled caller turns (blue; orange when missed), the
    bot's speech (grey, along the bottom edge), and every judged candidate (× a rejection, with
    a line up to the gate it missed; ▲ a start; red ▼ a false start, with a line down to the
    gate it cleared). Bottom: the model's probability, the speech weight (0 non-speech ambient,
    1 talk), where the VAD was in a turn (green), and with ``baseline`` (pipecat's stock
    analyzer's events on the same audio, :mod:`.noise_robust_vad.baseline`) where that one was
    (grey, along the top edge)."""
    fig = _figure(TIMELINE_FIGSIZE, to_file=False)
    if fig is None:
        return None
    return _draw_timeline(fig, tr, turns, title, span, baseline)


def _draw_timeline(
    fig: Any,
    tr: Trace,
    turns: Sequence[tuple[float, float]],
    title: str,
    span: tuple[float, float] | None,
    baseline: Events | None,
) -> Any:
    """Draw :func:`timeline_figure`'s picture on ``fig``; returns ``fig``."""
    import numpy as np

    top, bottom = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 1]})
    for i, (a, b) in enumerate(turns):
        top.axvspan(a, b, color="tab:orange" if i in tr.missed else "tab:blue", alpha=0.15)
    window_s = float(tr.t[1] - tr.t[0]) if len(tr.t) > 1 else 0.032
    edges = np.flatnonzero(np.diff(np.concatenate(([0], tr.bot.astype(np.int8), [0]))))
    for a, b in zip(edges[::2], edges[1::2], strict=True):
        top.axvspan(tr.t[a] - window_s, tr.t[b - 1], ymin=0.0, ymax=0.04, color="0.45")
    top.plot(tr.t, tr.level_db, color="0.6", lw=0.5, label="window level")
    top.plot(tr.t, tr.ambient_db, color="tab:brown", ls="--", lw=1.2, label="ambient")
    top.plot(tr.t, tr.talk_db, color="tab:purple", lw=1.2, label="background talk")
    top.plot(tr.t, tr.caller_db, color="tab:blue", lw=1.5, label="caller (learned)")
    for kind, (marker, color, size) in _JUDGED.items():
        shown = [j for j in tr.judged if j.kind == kind and j.level_db is not None]
        if not shown:
            continue
        ts = [j.t for j in shown]
        levels = [j.level_db for j in shown]
        top.scatter(
            ts, levels, marker=marker, color=color, s=size, zorder=3, label=f"{kind} ({len(shown)})"
        )
        gated = [j for j in shown if j.gate_db is not None]
        top.vlines(
            [j.t for j in gated],
            [j.level_db for j in gated],
            [j.gate_db for j in gated],
            color=color,
            lw=0.8,
            alpha=0.7,
        )
    finite = tr.level_db[np.isfinite(tr.level_db) & (tr.level_db > -100.0)]  # not digital silence
    if finite.size:
        top.set_ylim(max(float(np.percentile(finite, 2)) - 3, -100), float(finite.max()) + 3)
    top.set_ylabel("dBFS")
    top.set_title(title, fontsize=10)
    top.legend(loc="upper right", fontsize=7, ncol=4)
    bottom.plot(tr.t, tr.prob, color="black", lw=0.6, label="speech probability")
    bottom.plot(tr.t, tr.speech_weight, color="tab:purple", lw=1.2, label="speech weight")
    bottom.fill_between(
        tr.t, 0, 1, where=tr.in_turn, color="tab:green", alpha=0.2, step="pre", label="in a turn"
    )
    if baseline is not None:
        on: float | None = None
        label = f"pipecat (stock): in a turn, {sum(e > 0 for _, e in baseline)} starts"
        for t, e in [*baseline, (float(tr.t[-1]) if len(tr.t) else 0.0, -1)]:
            if e > 0 and on is None:
                on = t
            elif e < 0 and on is not None:
                bottom.axvspan(on, t, ymin=0.9, ymax=1.0, color="0.35", label=label)
                on, label = None, "_"
    bottom.set_ylim(0, 1.02)
    bottom.set_xlabel("seconds")
    bottom.legend(loc="center right", fontsize=7, ncol=3)
    end = float(tr.t[-1]) if len(tr.t) else 1.0
    bottom.set_xlim(*(span or (0.0, end)))
    fig.tight_layout()
    return fig
