"""Reproducible offline benchmark corpus for the VAD bench: noisy 8 kHz μ-law phone calls.

Build:  .venv/bin/python -m bench.vad.corpus        (≈ 1 min; cached under bench/.corpus/)

* Real recorded speech and real noise come from Debian packages, fetched at build time with
  ``apt-get download`` at pinned versions, checked against the sha256 recorded below, and
  unpacked with ``dpkg-deb -x`` into ``bench/.corpus/`` (git-ignored; no audio is committed).
* Callers: asterisk prompts (en_US Allison, it_IT Carlo) and LibriVox/CMU recordings from
  pocketsphinx-testdata. Background talkers (never the caller's recording): asterisk fr_CA
  June, ru_RU, es_MX prompts. Music: asterisk-moh-opsound. Ambience/door/impact/hiss:
  sonic-pi-samples. Pink/brown noise, mains hum, engine hum and keyboard clicks are synthesised
  from seeds.
* A call (~75 s) alternates bot turns and caller turns; ~30 % of caller turns barge in while
  the bot is speaking. The bot's speech is a state on the timeline (the caller's line carries
  no echo): ``bot_planned`` is what it would say uninterrupted (the bench cuts it where the VAD
  under test confirms a start), ``bot`` a nominal version cut 0.4 s after each barge-in onset
  (used only to report false starts while the bot talks). Caller turns are 1–2 prompts with a
  short pause; caller level −26 dBFS ± 6/4 dB per call, ± 3 dB per turn. The same call
  timelines are used for every noise and SNR (paired design).
* Noise is scaled against the caller's active speech level (energy over 10 ms frames within
  25 dB of the clip's loudest), at SNR 20/10/5/0 dB, plus clean. The mix goes through the
  telephony path: int16 → G.711 μ-law → PCM16 at 8 kHz.
* Labels (turn onset/offset) come from the clean caller reference before mixing: the first and
  last 10 ms frame within 35 dB of the clip's loudest frame. Never from a VAD.
* Calls are added until every cell has ≥ 10 minutes of noise-only audio, so one false start
  moves the per-minute rate by ≤ 0.1.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import soundfile as sf
import soxr
from tqdm import tqdm

from pipecat_rt_best.base.g711 import ulaw_decode, ulaw_encode
from pipecat_rt_best.noise_robust_vad.tuning import turns_mask

RATE = 8000
REPO = Path(__file__).resolve().parents[2]
CACHE = REPO / "bench" / ".corpus"
OUT = CACHE / "vad"
CORPUS_VERSION = 1  # the --room variant is recorded as version 2

# package -> (version, sha256 of the .deb as observed when this builder was written)
DEBS: dict[str, tuple[str, str]] = {
    "asterisk-core-sounds-en-wav": (
        "1.6.1-1",
        "2be3ea287d83299d143815fa804f11179a75b7affd4a758b98b55f5afc18a35d",
    ),
    "asterisk-core-sounds-es-wav": (
        "1.6.1-1",
        "9283a09a6d56fccdcc2bcfe86c48f0f844289cfbd46a3184d8785a6f7f569903",
    ),
    "asterisk-core-sounds-fr-wav": (
        "1.6.1-1",
        "8d4e1bc32ed5ba7fbda40841ca1825ed20cc6232724a473c90f8bb0e53e6073e",
    ),
    "asterisk-core-sounds-it-wav": (
        "1.6.1-1",
        "5a26638089e134b8ac39363fe249c5c93c50cd8bfdc9b2499ae61ec4a35e2fcb",
    ),
    "asterisk-core-sounds-ru-wav": (
        "1.6.1-1",
        "ccbfaebfa450b7a9ddf644ae0f3d1e9017d5df7c0aebe816e946345589d38201",
    ),
    "asterisk-moh-opsound-wav": (
        "2.03-1.1",
        "8f9d808a729d305c2d3343993f21ca5e6829e411682618dc8ea7aa8bc24a566c",
    ),
    "pocketsphinx-testdata": (
        "0.8+5prealpha+1-15",
        "eaeb7a01d54f20b799d1a81ef110ec544b2cb47ea006614078220737a33019f0",
    ),
    "sonic-pi-samples": (
        "3.2.2~repack-8",
        "25f2312d2fae005e6ad0f4726b8ed3084e776006a5a132083506e960224ac79d",
    ),
}

SNRS: tuple[int | None, ...] = (None, 20, 10, 5, 0)  # None = clean
NOISES = ("babble", "tv", "music", "pink", "car", "hum", "keyboard", "ambience")
SPEECH_NOISES = ("babble", "tv")
MIN_NOISE_ONLY_MIN = 10.0
CALL_SECONDS = 75.0
SEED = 20261124
# Room for speech-like noise (babble, TV): RT60 and direct-to-reverberant ratio ranges
ROOM_RT60_S = (0.3, 0.6)
ROOM_DRR_DB = (-6.0, 0.0)
# Noise-only time excludes [onset - GUARD_BEFORE, offset + GUARD_AFTER] around caller turns.
GUARD_BEFORE = 0.25
GUARD_AFTER = 1.0


def cell_name(noise: str | None, snr: int | None) -> str:
    return "clean" if snr is None or noise is None else f"{noise}_{snr}dB"


# -- fetching ---------------------------------------------------------------------------------


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fetch_packages(
    cache: Path = CACHE, packages: dict[str, tuple[str, str]] | None = None
) -> dict[str, Path]:
    """Download (pinned, sha256-checked) and unpack the source packages; return their roots."""
    debs = cache / "debs"
    debs.mkdir(parents=True, exist_ok=True)
    roots: dict[str, Path] = {}
    for pkg, (version, sha) in (DEBS if packages is None else packages).items():
        found = [p for p in debs.glob(f"{pkg}_*.deb") if _sha256(p) == sha]
        if not found:
            print(f"fetching {pkg}={version} ...", file=sys.stderr)
            res = subprocess.run(
                ["apt-get", "download", f"{pkg}={version}"],
                cwd=debs,
                capture_output=True,
                text=True,
            )
            if res.returncode != 0:
                raise RuntimeError(
                    f"apt-get download {pkg}={version} failed (run `apt-get update` first?):\n"
                    f"{res.stderr.strip()}"
                )
            found = [p for p in debs.glob(f"{pkg}_*.deb") if _sha256(p) == sha]
            if not found:
                raise RuntimeError(f"{pkg}: downloaded .deb does not match pinned sha256 {sha}")
        root = cache / "src" / pkg
        stamp = root / ".extracted"
        if not stamp.exists():
            root.mkdir(parents=True, exist_ok=True)
            subprocess.run(["dpkg-deb", "-x", str(found[0]), str(root)], check=True)
            stamp.write_text(sha)
        roots[pkg] = root
    return roots


# -- audio helpers --------------------------------------------------------------------------


def load(path: Path) -> np.ndarray:
    x, sr = sf.read(str(path), dtype="float32", always_2d=True)
    x = x.mean(axis=1)
    if sr != RATE:
        x = soxr.resample(x, sr, RATE, quality="HQ").astype(np.float32)
    return x


def frame_db(x: np.ndarray, frame: int = RATE // 100) -> np.ndarray:
    n = len(x) // frame
    if n == 0:
        return np.full(1, -120.0)
    e = np.mean(np.square(x[: n * frame].reshape(n, frame), dtype=np.float64), axis=1)
    return 10 * np.log10(e + 1e-12)


def active_span(x: np.ndarray, below_peak_db: float = 35.0) -> tuple[int, int]:
    """(first, last+1) sample of the 10 ms frames within ``below_peak_db`` of the loudest."""
    db = frame_db(x)
    idx = np.flatnonzero(db >= db.max() - below_peak_db)
    f = RATE // 100
    return int(idx[0] * f), int((idx[-1] + 1) * f)


def trim(x: np.ndarray, pad: float = 0.02) -> np.ndarray:
    a, b = active_span(x)
    p = int(pad * RATE)
    return x[max(0, a - p) : min(len(x), b + p)]


def active_level_db(x: np.ndarray) -> float:
    db = frame_db(x)
    act = db[db >= db.max() - 25.0]
    return float(10 * np.log10(np.mean(10 ** (act / 10))))


def scale_to(x: np.ndarray, level_db: float) -> np.ndarray:
    return (x * 10 ** ((level_db - active_level_db(x)) / 20)).astype(np.float32)


def rms_db(x: np.ndarray) -> float:
    return float(10 * np.log10(np.mean(np.square(x, dtype=np.float64)) + 1e-12))


# -- sources ----------------------------------------------------------------------------------


@dataclass
class Sources:
    """A corpus's recordings: its voices and music, and (the round-1 corpus's only: the
    splits have none) its room ambience, sound events and line hiss."""

    callers: dict[str, list[np.ndarray]]
    talkers: dict[str, list[np.ndarray]]
    music: list[np.ndarray]
    ambience: list[np.ndarray] = field(default_factory=list)
    events: list[np.ndarray] = field(default_factory=list)
    hiss: list[np.ndarray] = field(default_factory=list)


def _prompts(root: Path, voice: str) -> list[np.ndarray]:
    d = next((root / "usr/share/asterisk/sounds").glob(voice))
    clips = []
    for p in sorted(d.glob("*.wav")):
        x = trim(load(p))
        if 0.6 * RATE <= len(x) <= 6.0 * RATE:
            clips.append(x)
    return clips


def load_sources(roots: dict[str, Path]) -> Sources:
    snd = "asterisk-core-sounds"
    ps = roots["pocketsphinx-testdata"] / "usr/share/pocketsphinx/test/data"
    sp = roots["sonic-pi-samples"] / "usr/share/sonic-pi/samples"
    moh = roots["asterisk-moh-opsound-wav"] / "usr/share/asterisk/moh"
    return Sources(
        callers={
            "en_allison": _prompts(roots[f"{snd}-en-wav"], "en_US_f_Allison"),
            "it_carlo": _prompts(roots[f"{snd}-it-wav"], "it_IT_m_Carlo"),
            "librivox": [trim(load(p)) for p in sorted((ps / "librivox").glob("*.wav"))]
            + [trim(load(p)) for p in sorted((ps / "cards").glob("*.wav"))],
        },
        talkers={
            "fr_june": _prompts(roots[f"{snd}-fr-wav"], "fr_CA_f_June"),
            "ru": _prompts(roots[f"{snd}-ru-wav"], "ru_RU_f_*"),
            "es_allison": _prompts(roots[f"{snd}-es-wav"], "es_MX_f_Allison"),
        },
        music=[load(p) for p in sorted(moh.glob("*.wav"))],
        ambience=[
            load(sp / f"{n}.flac")
            for n in (
                "ambi_drone",
                "ambi_haunted_hum",
                "ambi_sauna",
                "ambi_soft_buzz",
                "ambi_lunar_land",
            )
        ],
        events=[
            load(sp / f"{n}.flac")
            for n in (
                "perc_door",
                "perc_impact1",
                "perc_impact2",
                "perc_snap",
                "perc_till",
                "misc_crow",
                "perc_swoosh",
            )
        ],
        hiss=[load(sp / "vinyl_hiss.flac")],
    )


# -- timelines --------------------------------------------------------------------------------


@dataclass
class Turn:
    onset: float  # seconds, first active frame of the clean caller speech
    offset: float  # seconds, end of the last active frame
    barge_in: bool
    level_db: float  # caller active level of this turn (dBFS, before μ-law)


@dataclass
class Call:
    index: int
    caller: str
    duration: float
    level_db: float
    turns: list[Turn] = field(default_factory=list)
    bot: list[tuple[float, float]] = field(default_factory=list)
    """Nominal bot speech: a barge-in cuts it 0.4 s after the caller's onset (for reporting)."""
    bot_planned: list[tuple[float, float]] = field(default_factory=list)
    """What the bot would say uninterrupted; the bench cuts it where the VAD under test
    confirms a start (a false start cuts the bot too, a missed barge-in doesn't)."""

    def noise_only_seconds(self) -> float:
        return float(noise_only_mask(self, 100).sum()) / 100.0


def noise_only_mask(
    call: Call, rate: int, before: float = GUARD_BEFORE, after: float = GUARD_AFTER
) -> np.ndarray:
    """Boolean mask at ``rate`` Hz: True where no caller turn (with guards) is present."""
    return turns_mask([(t.onset, t.offset) for t in call.turns], call.duration, rate, before, after)


def plan_bot_turn(rng: np.random.Generator, call: Call, t: float) -> tuple[float, bool]:
    """The bot's next turn from ``t`` (added to ``call``), and when the caller speaks: onset, barge-in."""
    bot_start = t
    bot_len = float(rng.uniform(2.0, 7.0))
    barge = bool(rng.random() < 0.3)
    call.bot_planned.append((bot_start, bot_start + bot_len))
    if barge:
        onset = bot_start + float(rng.uniform(1.0, max(1.2, bot_len - 0.5)))
        call.bot.append((bot_start, onset + 0.4))
    else:
        call.bot.append((bot_start, bot_start + bot_len))
        gap = rng.uniform(4.0, 10.0) if rng.random() < 0.25 else rng.uniform(0.5, 3.0)
        onset = bot_start + bot_len + float(gap)
    return onset, barge


def draw_caller_speech(rng: np.random.Generator, pool: list[np.ndarray]) -> np.ndarray:
    """One caller turn: 1-2 prompts from ``pool`` with a short pause between them."""
    parts = [pool[int(rng.integers(len(pool)))]]
    if rng.random() < 0.4:
        pause = np.zeros(int(rng.uniform(0.15, 0.35) * RATE), dtype=np.float32)
        parts += [pause, pool[int(rng.integers(len(pool)))]]
    return np.concatenate(parts)


def place_turn(
    rng: np.random.Generator,
    call: Call,
    track: np.ndarray,
    speech: np.ndarray,
    onset: float,
    barge: bool,
    level_db: float,
    span: Callable[[np.ndarray], tuple[int, int]],
) -> float | None:
    """Put a caller turn at ``onset`` on ``track`` and label it by ``span`` of the clean speech.

    Returns when the bot may speak next, or None when the turn no longer fits the call.
    """
    speech = scale_to(speech, level_db)
    a, b = span(speech)  # labels from the clean reference
    place = round(onset * RATE) - a
    if place < 0 or place + len(speech) >= len(track) - RATE:
        return None
    track[place : place + len(speech)] += speech
    call.turns.append(
        Turn(onset=(place + a) / RATE, offset=(place + b) / RATE, barge_in=barge, level_db=level_db)
    )
    return (place + b) / RATE + float(rng.uniform(0.6, 1.2))


def plan_call(index: int, src: Sources, seed: int = SEED) -> tuple[Call, np.ndarray]:
    """A call timeline and its clean caller track (8 kHz float)."""
    rng = np.random.default_rng([seed, index])
    caller = sorted(src.callers)[index % len(src.callers)]
    pool = src.callers[caller]
    n = int(CALL_SECONDS * RATE)
    track = np.zeros(n, dtype=np.float32)
    level = float(-26.0 + rng.uniform(-6.0, 4.0))
    call = Call(index=index, caller=caller, duration=CALL_SECONDS, level_db=level)
    t: float | None = 0.5
    while t is not None and t < CALL_SECONDS - 10.0:
        onset, barge = plan_bot_turn(rng, call, t)
        speech = draw_caller_speech(rng, pool)
        turn_level = level + float(rng.uniform(-3.0, 3.0))
        t = place_turn(rng, call, track, speech, onset, barge, turn_level, active_span)
    return call, track


# -- noises -----------------------------------------------------------------------------------


def _colored(rng: np.random.Generator, n: int, exponent: float) -> np.ndarray:
    spec = np.fft.rfft(rng.standard_normal(n))
    f = np.fft.rfftfreq(n, 1 / RATE)
    f[0] = f[1]
    spec /= f ** (exponent / 2)
    x = np.fft.irfft(spec, n)
    return (x / np.std(x)).astype(np.float32)


def _talker_stream(
    rng: np.random.Generator, clips: list[np.ndarray], n: int, gap: tuple[float, float]
) -> np.ndarray:
    out = np.zeros(n, dtype=np.float32)
    pos = -int(rng.uniform(0, 3.0) * RATE)
    while pos < n:
        c = scale_to(clips[int(rng.integers(len(clips)))], -26.0 + float(rng.uniform(-2, 2)))
        a, b = max(0, pos), min(n, pos + len(c))
        if b > a:
            out[a:b] += c[a - pos : b - pos]
        pos += len(c) + int(rng.uniform(*gap) * RATE)
    return out


def _tile(rng: np.random.Generator, x: np.ndarray, n: int) -> np.ndarray:
    reps = int(np.ceil((n + len(x)) / len(x))) + 1
    y = np.tile(x, reps)
    start = int(rng.integers(len(x)))
    return y[start : start + n].astype(np.float32)


def room_impulse_response(rng: np.random.Generator) -> np.ndarray:
    """A seeded synthetic room response at 8 kHz: a direct path plus an exponentially decaying
    noise tail (RT60 0.3–0.6 s, direct-to-reverberant ratio −6…0 dB: a source 2–4 m away in a
    furnished room), normalised to unit energy."""
    rt60 = float(rng.uniform(*ROOM_RT60_S))
    drr_db = float(rng.uniform(*ROOM_DRR_DB))
    n = int(1.2 * rt60 * RATE)
    t = np.arange(n) / RATE
    tail = rng.standard_normal(n) * np.exp(-6.9 * t / rt60)
    tail[: int(0.003 * RATE)] = 0.0  # first reflections arrive a few ms after the direct path
    # air/wall absorption: high frequencies decay faster (one-pole low-pass on the tail)
    tail = _one_pole_lowpass(tail, 2500.0)
    tail /= np.sqrt(np.sum(tail**2))
    h = tail
    h[0] += 10 ** (drr_db / 20)
    return (h / np.sqrt(np.sum(h**2))).astype(np.float32)


def _shape(x: np.ndarray, gain: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """Zero-phase filtering by a magnitude response ``gain(f_hz)`` (FFT of the whole signal)."""
    spec = np.fft.rfft(x)
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    return np.fft.irfft(spec * gain(f), len(x))


def _one_pole_lowpass(x: np.ndarray, fc: float) -> np.ndarray:
    return _shape(x, lambda f: 1.0 / np.sqrt(1.0 + (f / fc) ** 2))


def loudspeaker(x: np.ndarray) -> np.ndarray:
    """A small TV loudspeaker: 2nd-order high-pass at 180 Hz, 2nd-order roll-off above 3 kHz."""

    def gain(f: np.ndarray) -> np.ndarray:
        hp = (f / 180.0) ** 2 / np.sqrt(1.0 + (f / 180.0) ** 4)
        lp = 1.0 / np.sqrt(1.0 + (f / 3000.0) ** 4)
        return np.asarray(hp * lp)

    return _shape(x, gain).astype(np.float32)


def through_room(x: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h = room_impulse_response(rng)
    m = len(x) + len(h) - 1
    y = np.fft.irfft(np.fft.rfft(x, m) * np.fft.rfft(h, m), m)[: len(x)]
    return y.astype(np.float32)


def keyboard_clicks(rng: np.random.Generator, n: int, duration: float) -> np.ndarray:
    """Typing: bursts of 1.5–5 s of decaying 4–12 ms clicks (~6 a second), 1–4 s apart; ``n``
    samples at ``RATE`` (both corpora draw it the same way, then add their own floor)."""
    x = np.zeros(n, dtype=np.float32)
    pos = 0.0
    while pos < duration:
        burst_end = pos + rng.uniform(1.5, 5.0)
        while pos < min(burst_end, duration - 0.05):
            i = int(pos * RATE)
            m = int(rng.uniform(0.004, 0.012) * RATE)
            click = rng.standard_normal(m) * np.exp(-np.arange(m) / (m / 4))
            x[i : i + m] += (click * rng.uniform(0.5, 1.5)).astype(np.float32)
            pos += rng.exponential(1 / 7.0) + 0.03
        pos = burst_end + rng.uniform(1.0, 4.0)
    return x


def make_noise(
    kind: str, call: Call, src: Sources, seed: int = SEED, room: bool = False
) -> np.ndarray:
    """One call's noise track. With ``room``, babble talkers and the TV reach the phone through
    a seeded synthetic room (and the TV through a loudspeaker first); the talker streams
    themselves are the same either way (the room draws from its own random stream)."""
    x = _make_noise_dry(kind, call, src, seed)
    if room and kind in SPEECH_NOISES:
        rng = np.random.default_rng([seed, call.index, NOISES.index(kind), 11])
        if kind == "tv":
            x = loudspeaker(x)
        x = through_room(x, rng)
    return x


def _make_noise_dry(kind: str, call: Call, src: Sources, seed: int) -> np.ndarray:
    rng = np.random.default_rng([seed, call.index, NOISES.index(kind), 7])
    n = int(call.duration * RATE)
    t = np.arange(n) / RATE
    talkers = sorted(src.talkers)
    if kind == "babble":
        k = int(rng.integers(4, 7))
        x = sum(
            (
                _talker_stream(rng, src.talkers[talkers[i % len(talkers)]], n, (0.05, 0.5))
                * 10 ** (rng.uniform(-3, 3) / 20)
            )
            for i in range(k)
        )
    elif kind == "tv":
        voice = talkers[call.index % len(talkers)]
        speech = _talker_stream(rng, src.talkers[voice], n, (0.1, 0.8))
        bed = _tile(rng, src.music[int(rng.integers(len(src.music)))], n)
        x = speech + bed * 10 ** ((rms_db(speech) - 15 - rms_db(bed)) / 20)
    elif kind == "music":
        x = _tile(rng, src.music[call.index % len(src.music)], n)
    elif kind == "pink":
        x = _colored(rng, n, 1.0)
    elif kind == "car":
        brown = _colored(rng, n, 2.0)
        f0 = 32.0 + 6.0 * np.sin(2 * np.pi * 0.05 * t + rng.uniform(0, 6))
        phase = 2 * np.pi * np.cumsum(f0) / RATE
        engine = sum(np.sin(h * phase) / h for h in range(1, 8))
        x = brown + 0.5 * engine.astype(np.float32) + 0.1 * _colored(rng, n, 0.0)
    elif kind == "hum":
        mains = 50.0 if call.index % 2 else 60.0
        x = sum(np.sin(2 * np.pi * mains * h * t + rng.uniform(0, 6)) / h for h in range(1, 10))
        x = x.astype(np.float32) + 0.05 * _colored(rng, n, 0.0)
    elif kind == "keyboard":
        x = keyboard_clicks(rng, n, call.duration)
        x += 0.02 * _colored(rng, n, 1.0)
    elif kind == "ambience":
        amb = _tile(rng, src.ambience[call.index % len(src.ambience)], n)
        hiss = _tile(rng, src.hiss[0], n)
        x = amb / (np.std(amb) + 1e-9) + 0.3 * hiss / (np.std(hiss) + 1e-9)
        pos = rng.uniform(1.0, 5.0)
        while pos < call.duration - 2:
            ev = src.events[int(rng.integers(len(src.events)))]
            ev = ev / (np.abs(ev).max() + 1e-9) * rng.uniform(1.0, 4.0)
            i = int(pos * RATE)
            m = min(len(ev), n - i)
            x[i : i + m] += ev[:m]
            pos += rng.uniform(3.0, 8.0)
    else:
        raise ValueError(kind)
    return np.asarray(x, dtype=np.float32)


def telephony(x: np.ndarray) -> bytes:
    """Float mix → int16 (clipped) → G.711 μ-law bytes."""
    pcm = np.clip(np.rint(x * 32768.0), -32768, 32767).astype(np.int16)
    return ulaw_encode(pcm)


def mix(track: np.ndarray, noise: np.ndarray | None, call: Call, snr: int | None) -> bytes:
    if noise is None or snr is None:
        return telephony(track)
    target = call.level_db - snr
    scaled = noise * 10 ** ((target - rms_db(noise)) / 20)
    return telephony(track + scaled)


# -- build ------------------------------------------------------------------------------------


def build(
    out: Path = OUT,
    min_noise_only_min: float = MIN_NOISE_ONLY_MIN,
    seed: int = SEED,
    room: bool = False,
) -> Path:
    roots = fetch_packages()
    print("loading sources ...", file=sys.stderr)
    src = load_sources(roots)
    calls: list[Call] = []
    tracks: list[np.ndarray] = []
    while sum(c.noise_only_seconds() for c in calls) < min_noise_only_min * 60.0:
        call, track = plan_call(len(calls), src, seed)
        calls.append(call)
        tracks.append(track)
    out.mkdir(parents=True, exist_ok=True)
    cells = [(None, None)] + [(nz, s) for nz in NOISES for s in SNRS if s is not None]
    for noise, snr in tqdm(cells, desc="mixing cells", unit="cell"):
        blobs = []
        for call, track in zip(calls, tracks, strict=True):
            nz = make_noise(noise, call, src, seed, room) if noise else None
            blobs.append(np.frombuffer(mix(track, nz, call, snr), dtype=np.uint8))
        np.save(out / f"{cell_name(noise, snr)}.npy", np.concatenate(blobs))
    meta = {
        "version": 2 if room else CORPUS_VERSION,
        "seed": seed,
        "room": room,
        "rate": RATE,
        "guard_before": GUARD_BEFORE,
        "guard_after": GUARD_AFTER,
        "noises": list(NOISES),
        "speech_noises": list(SPEECH_NOISES),
        "snrs": [s for s in SNRS if s is not None],
        "cells": [cell_name(nz, s) for nz, s in cells],
        "calls": [asdict(c) for c in calls],
        "packages": {k: {"version": v, "sha256": h} for k, (v, h) in DEBS.items()},
    }
    (out / "corpus.json").write_text(json.dumps(meta, indent=1))
    noise_min = sum(c.noise_only_seconds() for c in calls) / 60
    print(
        f"{len(calls)} calls, {len(calls) * CALL_SECONDS / 60:.1f} min per cell, "
        f"{noise_min:.1f} noise-only min per cell, {sum(len(c.turns) for c in calls)} turns "
        f"per cell, {len(cells)} cells -> {out}",
        file=sys.stderr,
    )
    return out


def built_cells(root: Path) -> list[str]:
    """The cells of the corpus at ``root`` whose audio is there (in the corpus's order)."""
    meta = json.loads((root / "corpus.json").read_text())
    return [c for c in meta.get("cells", []) if (root / f"{c}.npy").exists()]


def chosen_cells(
    ap: argparse.ArgumentParser,
    root: Path,
    cells: str | None,
    default: Callable[[Path], list[str]] | None = None,
) -> list[str]:
    """A tool's ``--cells`` over the corpus at ``root`` (comma list; empty: ``default(root)``,
    else every cell built there). A missing corpus or an unknown cell is one line and exit 2."""
    if not (root / "corpus.json").exists():
        ap.error(
            f"no corpus at {root} (build one: python -m bench.vad.corpus_split --split all, "
            "or python -m bench.vad.corpus for the round-1 corpus)"
        )
    built = built_cells(root)
    wanted = [c for c in (cells or "").split(",") if c] or (
        built if default is None else default(root)
    )
    unknown = [c for c in wanted if c not in built]
    if unknown:
        ap.error(f"no cell {', '.join(unknown)} in {root} (it has {', '.join(built)})")
    return wanted


def chosen_call(
    ap: argparse.ArgumentParser, root: Path, cell: str, call: int | None
) -> tuple[str, Corpus]:
    """A tool's ``--cell`` (exactly one, built) and ``--call`` (an index into the corpus, or
    None), and the corpus: a mistake is one line and exit 2."""
    if not cell or "," in cell:
        ap.error(f"--cell {cell!r}: one cell, e.g. tv_5dB")
    (name,) = chosen_cells(ap, root, cell)
    corpus = load_corpus(root)
    if call is not None and not 0 <= call < len(corpus.calls):
        ap.error(f"--call {call}: the corpus has calls 0 to {len(corpus.calls) - 1}")
    return name, corpus


@dataclass
class Corpus:
    root: Path
    meta: dict
    calls: list[Call]

    def cell_audio(self, cell: str) -> list[np.ndarray]:
        """PCM16 (int16) per call for one cell, decoded from μ-law."""
        data = np.load(self.root / f"{cell}.npy")
        out, pos = [], 0
        for c in self.calls:
            n = round(c.duration * RATE)
            out.append(ulaw_decode(data[pos : pos + n].tobytes()))
            pos += n
        return out


def load_corpus(root: Path = OUT) -> Corpus:
    meta_path = root / "corpus.json"
    if not meta_path.exists():
        raise FileNotFoundError(
            f"no corpus at {root}; build it: .venv/bin/python -m bench.vad.corpus"
        )
    meta = json.loads(meta_path.read_text())
    calls = []
    for c in (dict(c) for c in meta["calls"]):
        turns = [Turn(**t) for t in c.pop("turns")]
        bot = [tuple(b) for b in c.pop("bot")]
        planned = [tuple(b) for b in c.pop("bot_planned")]
        calls.append(Call(**c, turns=turns, bot=bot, bot_planned=planned))
    return Corpus(root=root, meta=meta, calls=calls)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--noise-minutes", type=float, default=MIN_NOISE_ONLY_MIN)
    ap.add_argument("--seed", type=int, default=SEED, help="timelines, noises and rooms")
    ap.add_argument(
        "--room",
        action="store_true",
        help="babble talkers and the TV (through a small loudspeaker) reach the phone through a "
        "seeded synthetic room; default: dry, as in the published results",
    )
    args = ap.parse_args(argv)
    build(args.out, args.noise_minutes, args.seed, room=args.room)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
