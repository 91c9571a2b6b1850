"""The picture of a simulated call, drawn from its report (``report.json``) alone.

:func:`plot_call` is what ``pipecat-rt-best simulate`` saves as ``timeline.png`` and what the
``simulated_call`` notebook shows: the same function on the same report, so the notebook
plots the call it ran. Top: the caller's voice, the room (TV) and the bot as the handset
played it (RMS envelopes on one clock), speech spans shaded. Bottom: one row per practice,
a marker per event. Every label is in the legend or on an axis: no text in the plot area,
so nothing overlaps.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from pipecat_rt_best.testing.simulated_call.timeline import PRACTICES, TAGS

# kind → (marker, colour, legend label)
MARKERS: dict[str, tuple[str, str, str]] = {
    "pool warm": ("o", "tab:gray", "pool: session warmed"),
    "pool checkout": ("o", "tab:green", "pool: checkout"),
    "caller starts": ("^", "tab:blue", "VAD start (turn)"),
    "caller stops": ("v", "tab:blue", "VAD stop (commit)"),
    "VAD reject": ("X", "tab:red", "VAD reject (background speech)"),
    "barge-in": ("*", "crimson", "barge-in"),
    "truncate": ("D", "tab:purple", "truncated at heard ms"),
    "replace": ("D", "tab:purple", "reply replaced by heard words"),
    "delete": ("D", "tab:pink", "unheard reply deleted"),
    "TTS first audio": ("|", "tab:orange", "TTS first audio (per sentence)"),
    "spoken numbers": ("s", "tab:brown", "numbers spelled before TTS"),
    "prompt number": ("s", "peru", "numbers spelled in the prompt"),
    "bytes at model": ("P", "teal", "caller's G.711 bytes at the model"),
    "tool call": (">", "tab:olive", "state tool call"),
    "state": ("H", "darkgreen", "state transition"),
}

FIGSIZE = (13, 7.5)  # inches

LANES = (
    ("caller", "tab:blue", "caller"),
    ("background", "tab:gray", "TV / room"),
    ("bot", "tab:orange", "bot (played)"),
)


def _envelope_db(values: list[float]) -> np.ndarray:
    v = np.asarray(values, dtype=np.float64)
    return np.clip(20 * np.log10(np.maximum(v, 1e-6)), -60, 0)


def plot_call(report: dict[str, Any], fig: Any = None) -> Any:
    """Draw ``report`` (from :func:`~.call.build_report`) on ``fig`` (default: a new pyplot
    figure, which a notebook shows inline); returns the matplotlib figure."""
    # lazy: matplotlib is a plotting extra, imported only to draw
    from matplotlib.artist import Artist
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    if fig is None:
        import matplotlib.pyplot as plt

        fig = plt.figure(figsize=FIGSIZE)
    ax_audio, ax_events = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [1.1, 1.4]})
    lanes = report["lanes"]
    step = lanes["window_ms"] / 1000
    offsets = {"caller": 2.0, "background": 1.0, "bot": 0.0}
    for key, colour, _label in LANES:
        db = _envelope_db(lanes[key])
        t = np.arange(len(db)) * step
        height = (db + 60) / 60 * 0.9  # -60..0 dBFS → 0..0.9 of a lane
        ax_audio.fill_between(t, offsets[key], offsets[key] + height, color=colour, lw=0)
    seg = report["segments"]
    for a, b in seg["caller"]:
        ax_audio.axvspan(a, b, ymin=2 / 3, ymax=1, color="tab:blue", alpha=0.08)
    for a, b, _ in seg["background"]:
        ax_audio.axvspan(a, b, ymin=1 / 3, ymax=2 / 3, color="tab:red", alpha=0.10)
    for a, b in seg["bot"]:
        ax_audio.axvspan(a, b, ymin=0, ymax=1 / 3, color="tab:orange", alpha=0.08)
    ax_audio.set_yticks([0.45, 1.45, 2.45], [label for _, _, label in reversed(LANES)])
    ax_audio.set_ylim(0, 3)
    ax_audio.set_title(
        f"simulated call ({report['modality']} modality, {report['audio_format']}): "
        "the line, the room and the bot (RMS, -60..0 dBFS per lane)",
        fontsize=10,
    )

    used: dict[str, tuple[str, str]] = {}
    for e in report["events"]:
        n = e["practice"]
        style = MARKERS.get(e["kind"])
        if not n or style is None:
            continue
        marker, colour, label = style
        size = 160 if marker == "|" else 70
        ax_events.scatter([e["t"]], [n], marker=marker, color=colour, s=size, zorder=3, lw=1.5)
        used[label] = (marker, colour)
        if e["kind"] in ("barge-in", "VAD reject", "truncate", "replace", "state"):
            ax_audio.axvline(e["t"], color=colour, lw=1.0, ls="--", alpha=0.8)
    ax_events.set_yticks(list(PRACTICES), [f"{n} {TAGS[n]}" for n in PRACTICES])
    ax_events.set_ylim(7.6, 0.4)
    ax_events.grid(axis="y", color="0.9")
    ax_events.set_xlabel("seconds since the call started")
    seen = [n for n, p in report["practices"].items() if p["seen"]]
    ax_events.set_title(f"the practices at work (seen: {', '.join(seen)} of 7)", fontsize=10)
    ax_events.set_xlim(0, max(report["duration_s"], 1.0))

    handles: list[Artist] = [Patch(color=c, alpha=0.6, label=label) for _, c, label in LANES]
    handles.append(Patch(color="tab:red", alpha=0.2, label="TV speech span"))
    handles.append(
        Line2D([], [], color="0.4", ls="--", label="reject / barge-in / cut / state, on the audio")
    )
    handles += [
        Line2D([], [], marker=marker, ls="", color=colour, label=label, markersize=8)
        for label, (marker, colour) in used.items()
    ]
    fig.legend(handles=handles, loc="lower center", ncol=4, fontsize=8, frameon=False)
    fig.tight_layout(rect=(0, 0.12, 1, 1))
    return fig


def save_timeline_png(report: dict[str, Any], path: Path) -> Path:
    """Draw ``report`` and save it as a PNG at ``path``.

    The figure is a bare :class:`matplotlib.figure.Figure`, saved through its own Agg
    canvas: pyplot is not used, so its backend (a notebook's inline one) and its figures
    are left as they were."""
    # lazy: matplotlib is a plotting extra, imported only to draw
    from matplotlib.figure import Figure

    fig = plot_call(report, Figure(figsize=FIGSIZE))
    fig.savefig(path, dpi=110)
    return path
