"""bench/truncation: what the model is told after a barge-in — pipecat's estimate vs the pack's.

The same simulated calls (``pipecat_rt_best.testing.virtual_time_call``: virtual time,
the emulator's protocol core as the server, pipecat's output-transport pacing and a far
end with a 60–200 ms jitter buffer, 1–8 ms link each way, up to 30 ms link jitter) run
once per configuration, side by side in this process:

* ``pipecat (stock)`` — pipecat's own ``OpenAIRealtimeLLMService`` (PCM 24 kHz, its own
  ``_handle_interruption`` / ``_truncate_current_audio_response``: ``min(wall clock since
  the item's first delta arrived, audio received)``), nothing re-implemented;
* ``pack: confirmed`` — the pack's service + ``PlayoutTracker``, the far end echoing a
  mark per chunk (``PlayoutConfirmedFrame``);
* ``pack: handed, delay 240`` — tracker, no marks, ``playout_delay_ms=240`` (the far
  end's worst delay: jitter buffer + link);
* ``pack: handed, delay 0`` — the same left at its default (for transports that play
  as they write): what happens if a buffering far end is not declared;
* ``pack: wallclock`` — no tracker in the pipeline (time since BotStartedSpeaking).

Per barge-in, **error = told − heard** over the episode's assistant items: what the
emulator keeps for them after the client's truncate/delete (the model's belief), minus
what the far end played (ground truth). Positive = the model believes the caller heard
words they did not. Reported: |error| p50 / p99, signed p1 / p99, how often the model was
told > 20 ms more than was heard, invalid truncates (rejected by the server), other
server errors, and the ratio of pipecat's |error| to the pack's.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loguru import logger

from bench import provenance

HERE = Path(__file__).resolve().parent


# the virtual-time rig's defaults for what a row's ``kw`` may change about the call itself
DEFAULT_LINK_MS = (1.0, 8.0)
IDLE = (0.0, 0.0, 0.0)


@dataclass
class Config:
    name: str
    kind: str  # "pack" | "stock"
    kw: dict[str, Any]

    @property
    def condition(self) -> tuple[Any, ...]:
        """The call's conditions (the bot↔far-end link, the event loop): a pack row is
        compared only with the stock row run under the same ones."""
        return (tuple(self.kw.get("link_ms", DEFAULT_LINK_MS)), tuple(self.kw.get("busy", IDLE)))


CONFIGS = [
    Config("pipecat (stock)", "stock", {"marks": True}),
    Config("pack: confirmed (marks)", "pack", {"marks": True}),
    Config("pack: handed, delay 240", "pack", {"marks": False, "playout_delay_ms": 240.0}),
    Config("pack: handed, delay 0", "pack", {"marks": False}),
    Config("pack: wallclock (no tracker)", "pack", {"marks": False, "tracker": False}),
]


@dataclass
class Stats:
    errors: list[float] = field(default_factory=list)
    invalid: int = 0
    truncates: int = 0
    over: int = 0  # barge-ins told more than was heard (beyond audio pipecat's transport dropped)
    codes: Counter[str] = field(default_factory=Counter)
    wall_s: float = 0.0

    def pct(self, values: list[float], p: float) -> float:
        s = sorted(values)
        return s[min(len(s) - 1, round(p * (len(s) - 1)))]

    @property
    def abs_errors(self) -> list[float]:
        return [abs(e) for e in self.errors]

    @property
    def over_20(self) -> float:
        return sum(e > 20.0 for e in self.errors) / len(self.errors)


LINK_SWEEP = [
    Config("confirmed, link 1–8 ms each way", "pack", {"marks": True, "link_ms": (1.0, 8.0)}),
    Config("stock, link 1–8 ms each way", "stock", {"marks": True, "link_ms": (1.0, 8.0)}),
    Config("confirmed, link 10–20 ms", "pack", {"marks": True, "link_ms": (10.0, 20.0)}),
    Config("stock, link 10–20 ms", "stock", {"marks": True, "link_ms": (10.0, 20.0)}),
    Config("confirmed, link 25–40 ms", "pack", {"marks": True, "link_ms": (25.0, 40.0)}),
    Config("stock, link 25–40 ms", "stock", {"marks": True, "link_ms": (25.0, 40.0)}),
]


# the virtual-time rig's ``BUSY_LOOP`` (5 % of writes stall up to 150 ms, echoes up to 60 ms
# late); spelled out because importing the rig here would load pipecat for ``--help``
BUSY = (0.05, 150.0, 60.0)
BUSY_CONFIGS = [
    Config("stock, busy loop", "stock", {"marks": True, "busy": BUSY}),
    Config(
        "confirmed, busy loop (default: no extrapolation)", "pack", {"marks": True, "busy": BUSY}
    ),
    Config(
        "confirmed, busy loop, extrapolation 250 ms",
        "pack",
        {"marks": True, "busy": BUSY, "max_extrapolation_ms": 250.0},
    ),
    Config("stock, idle loop", "stock", {"marks": True}),
    Config(
        "confirmed, idle loop, extrapolation 250 ms",
        "pack",
        {"marks": True, "max_extrapolation_ms": 250.0},
    ),
]


async def _run(
    calls: int, episodes: int, seed0: int, fmt: str, configs: list[Config]
) -> dict[str, Stats]:
    from tqdm import tqdm

    from pipecat_rt_best.testing.virtual_time_call import random_scenario, run_call

    out = {c.name: Stats() for c in configs}
    for seed in tqdm(range(seed0, seed0 + calls), desc=f"calls ({fmt})", unit="call"):
        for c in configs:
            if c.kind == "stock" and fmt != "pcm":
                continue  # pipecat's realtime audio path is PCM 24 kHz only
            sc = random_scenario(seed, episodes=episodes, fmt=fmt, telephony=True, **c.kw)  # type: ignore[arg-type]
            t0 = time.perf_counter()
            result = await run_call(sc, c.kind)  # type: ignore[arg-type]
            st = out[c.name]
            st.wall_s += time.perf_counter() - t0
            for ep in result.episodes:
                st.errors.append(ep.error_ms)
                st.over += ep.error_ms - ep.dropped_ms > 0.5  # told is whole ms, heard is not
                st.invalid += ep.invalid_truncates
                st.truncates += len(ep.truncations)
                for e in ep.errors:
                    st.codes[str(e["error"].get("code"))] += 1
    return {k: v for k, v in out.items() if v.errors}


def _baselines(configs: list[Config], stats: dict[str, Stats]) -> dict[str, Stats]:
    """For each pack row, the stock row of ``stats`` run under the same link and loop."""
    stock = {c.condition: stats[c.name] for c in configs if c.kind == "stock" and c.name in stats}
    return {
        c.name: stock[c.condition]
        for c in configs
        if c.kind == "pack" and c.name in stats and c.condition in stock
    }


def _table(stats: dict[str, Stats], configs: list[Config]) -> str:
    """Each pack row's ratio is against pipecat's stock service run under the same link
    and event loop in the same table; a row without one shows none."""
    bases = _baselines(configs, stats)
    rows = [
        "| estimate | barge-ins | \\|err\\| p50 ms | \\|err\\| p99 ms | signed p1 / p99 ms "
        "| told > heard | told > heard+20 ms | invalid truncates | other server errors "
        "| p50 / p99 vs pipecat, same link and loop |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, st in stats.items():
        p50 = st.pct(st.abs_errors, 0.5)
        p99 = st.pct(st.abs_errors, 0.99)
        ratio = "—"
        base = bases.get(name)
        if base is not None:
            b50, b99 = base.pct(base.abs_errors, 0.5), base.pct(base.abs_errors, 0.99)
            ratio = f"{b50 / max(p50, 0.1):.1f}x / {b99 / max(p99, 0.1):.1f}x smaller"
        others = ", ".join(f"{k} {v}" for k, v in sorted(st.codes.items())) or "0"
        rows.append(
            f"| {name} | {len(st.errors)} | {p50:.1f} | {p99:.1f} | "
            f"{st.pct(st.errors, 0.01):+.0f} / {st.pct(st.errors, 0.99):+.0f} | "
            f"{st.over} | {100 * st.over_20:.1f} % | {st.invalid} of {st.truncates} | {others} "
            f"| {ratio} |"
        )
    return "\n".join(rows)


def _plot(stats: dict[str, Stats], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 4.5))
    for name, st in stats.items():
        s = sorted(st.errors)
        ax.step(s, [(i + 1) / len(s) for i in range(len(s))], where="post", label=name)  # ECDF
    ax.axvline(0, color="black", lw=0.8)
    ax.set_xlim(-300, 1500)
    ax.set_xlabel("told − heard per barge-in (ms); > 0: the model thinks the caller heard more")
    ax.set_ylabel("share of barge-ins")
    ax.set_title("What the model is told after a barge-in (60–200 ms jitter buffer)")
    ax.legend(fontsize=8, loc="lower right")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.truncation", description=__doc__)
    parser.add_argument("--calls", type=int, default=200, help="simulated calls per format")
    parser.add_argument("--episodes", type=int, default=5, help="barge-ins per call")
    parser.add_argument("--seed", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=HERE / "results")
    args = parser.parse_args(argv)
    if args.calls < 1 or args.episodes < 1:
        parser.error("--calls and --episodes must be at least 1")

    logger.remove()
    args.out.mkdir(parents=True, exist_ok=True)
    sections = []
    all_stats: dict[str, Stats] = {}
    for fmt in ("pcm", "pcmu"):
        stats = asyncio.run(_run(args.calls, args.episodes, args.seed, fmt, CONFIGS))
        label = "PCM 24 kHz" if fmt == "pcm" else "G.711 μ-law (pipecat has no G.711 path)"
        sections.append(f"### {label}\n\n{_table(stats, CONFIGS)}\n")
        if fmt == "pcm":
            all_stats = stats
    sweep_calls = max(1, args.calls // 2)
    sweep = asyncio.run(_run(sweep_calls, args.episodes, args.seed, "pcm", LINK_SWEEP))
    sections.append(
        f"### Confirmed estimate vs the bot↔far-end link ({sweep_calls} calls, PCM)\n\n"
        "The confirmed estimate is short by what the `clear` and the mark echoes spend on the "
        "wire, which no client can observe; it never passes what was heard.\n\n"
        + _table(sweep, LINK_SWEEP)
        + "\n"
    )
    busy = asyncio.run(_run(sweep_calls, args.episodes, args.seed, "pcm", BUSY_CONFIGS))
    sections.append(
        f"### A busy event loop ({sweep_calls} calls, PCM)\n\n"
        "5 % of the transport's writes stall up to 150 ms and mark echoes reach the service "
        "up to 60 ms late. Extrapolating past the last confirmation then tells the model about "
        "audio the far end is still re-buffering after running dry; the default does not "
        "extrapolate. Each pack row is compared with pipecat's stock service on the same "
        "loop (busy or idle).\n\n" + _table(busy, BUSY_CONFIGS) + "\n"
    )
    cmd = (
        f"python -m bench.truncation --calls {args.calls} --episodes {args.episodes} "
        f"--seed {args.seed}"
    )
    report = (
        "# bench/truncation results\n\n"
        f"`{cmd}` — {args.calls} simulated calls × {args.episodes} barge-ins per format; "
        "far end: 60–200 ms jitter buffer, 1–8 ms link each way, up to 30 ms link jitter, "
        "20/40 ms output chunks; server 1.05–6× real time; replies of 2–16 words, split "
        "into up to 3 items or chained by a tool call. Error = told − heard (ms).\n\n"
        + "\n".join(sections)
        + "\n![error CDF](errors_pcm.png)\n\n"
        + provenance.markdown(provenance.stamp("bench.truncation", argv))
    )
    (args.out / "results.md").write_text(report)
    _plot(all_stats, args.out / "errors_pcm.png")
    print(report)
    print(f"wrote {args.out / 'results.md'} and {args.out / 'errors_pcm.png'}")
    return 0
