"""Beneath a Steel Sky's CD speech, read out of the game's data files, and its voices estimated.

``heldout11``'s speech (:mod:`bench.vad.corpus_split`) is the English voice acting of Beneath a
Steel Sky (Revolution Software, 1994; Debian's ``beneath-a-steel-sky``, freeware under the game's
own licence: free to redistribute with its readme). The game keeps every file in one archive,
``sky.dsk``, indexed by ``sky.dnr``; no audio library (libsndfile, ffmpeg, sox) reads it and no
Python package does, so this reader is hand-written from the layout ScummVM's ``sky`` engine
reads (``disk.cpp``, ``rnc_deco.cpp``, ``sound.cpp``):

* ``sky.dnr``: a 32-bit little-endian count, then 8-byte entries: a 16-bit file number, a 24-bit
  offset into ``sky.dsk`` (bit 23 set: the offset is in 16-byte units) and 24 bits of flags (the
  low 22 bits the stored size);
* a file starts with a 22-byte ``DataFileHeader``; a speech file's samples follow it, either
  stored (the rest of the file) or packed with Rob Northen's RNC method 1 (``RNC\\x01`` right after
  the header: 18 bytes of header of its own, big-endian unpacked and packed sizes, CRC-16s,
  then LZ77 blocks with three Huffman tables each; :func:`rnc1_unpack`, checked against the
  unpacked CRC);
* the speech is file numbers 50000–59999 (a line's text number plus 50000), 8-bit unsigned
  mono PCM at 11025 Hz.

There are **no per-line speaker labels** (the text numbers do not say who speaks), so the voices
are **estimated**: each line is embedded with the pack's own GE2E voice encoder
(:mod:`pipecat_rt_best.noise_robust_vad.speaker_embedding`, the encoder the VAD's speaker cue
uses: a possible bias, the corpus's callers and talkers are told apart by the very model the cue
relies on, so a cluster holds lines that encoder finds alike), and the embeddings are grouped by
average-linkage agglomerative clustering on cosine distance (:func:`cluster`, deterministic;
hand-written in numpy too: scipy's would be a new dependency for a one-off step). The
result is committed as a table, :data:`VOICES_FILE` (cluster -> file numbers), written by
``python -m bench.vad.steel_sky --cluster``; the corpus build reads the table and runs no model.
A cluster is an estimated speaker, not a label: it can mix two actors with similar voices, or
split one actor's lines (a shouted and a calm line) into two.
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import soxr

DSK = "usr/share/scummvm/beneath-a-steel-sky/sky.dsk"
DNR = "usr/share/scummvm/beneath-a-steel-sky/sky.dnr"
SPEECH_FILES = range(50000, 60000)
# 59000 and up: the intro and end sequences (lines of up to 90 s, some over music): left out
LINE_FILES = range(50000, 59000)
SPEECH_RATE = 11025
HEADER = 22  # sizeof(DataFileHeader)
CUT_OVER_FLOOR_DB = 12.0  # speech_cut's floor rule: 8-bit lines carry a quantisation floor
RNC_HEADER = 18
VOICES_FILE = Path(__file__).with_name("steel_sky_voices.json")


# -- the archive ----------------------------------------------------------------------------------


def dnr_entries(dnr: bytes) -> Iterator[tuple[int, int, int]]:
    """``sky.dnr``'s entries: (file number, byte offset in ``sky.dsk``, stored size)."""
    (count,) = struct.unpack_from("<I", dnr, 0)
    for i in range(count):
        base = 4 + 8 * i
        (number,) = struct.unpack_from("<H", dnr, base)
        offset = int.from_bytes(dnr[base + 2 : base + 5], "little")
        flags = int.from_bytes(dnr[base + 5 : base + 8], "little")
        if offset & 0x800000:
            offset = (offset & 0x7FFFFF) << 4
        yield number, offset, flags & 0x3FFFFF


def speech_pcm(dsk: bytes, dnr: bytes) -> dict[int, bytes]:
    """Every speech file's samples (8-bit unsigned, :data:`SPEECH_RATE`), by file number."""
    out: dict[int, bytes] = {}
    for number, offset, size in dnr_entries(dnr):
        if number not in SPEECH_FILES:
            continue
        data = dsk[offset : offset + size]
        body = data[HEADER:]
        out[number] = rnc1_unpack(body) if body[:4] == b"RNC\x01" else bytes(body)
    return dict(sorted(out.items()))


def speech_lines(root: Path, rate: int) -> dict[int, np.ndarray]:
    """The package's speech lines (``root``: its unpacked tree) as float samples at ``rate``."""
    pcm = speech_pcm((root / DSK).read_bytes(), (root / DNR).read_bytes())
    lines = {}
    for number, data in pcm.items():
        x = (np.frombuffer(data, dtype=np.uint8).astype(np.float32) - 128.0) / 128.0
        y = soxr.resample(x, SPEECH_RATE, rate, quality="HQ") if len(x) else x
        lines[number] = np.asarray(y, dtype=np.float32)
    return lines


# -- RNC method 1 ---------------------------------------------------------------------------------


def _crc16_table() -> list[int]:
    table = []
    for i in range(256):
        v = i
        for _ in range(8):
            v = (v >> 1) ^ 0xA001 if v & 1 else v >> 1
        table.append(v)
    return table


_CRC16 = _crc16_table()


def crc16(data: bytes) -> int:
    """RNC's CRC-16 (polynomial 0xA001, reflected, initial 0)."""
    crc = 0
    for b in data:
        crc = (crc >> 8) ^ _CRC16[(crc ^ b) & 0xFF]
    return crc


class _Bits:
    """RNC method 1's bit reader: 16-bit little-endian words, LSB first, with raw bytes read
    from the same stream between them."""

    def __init__(self, data: bytes) -> None:
        self.data = data + b"\0\0\0\0"
        self.pos = 0
        self.buf = self._word(0)
        self.count = 16

    def _word(self, p: int) -> int:
        return self.data[p] | (self.data[p + 1] << 8)

    def skip(self, n: int) -> None:
        self.buf >>= n
        self.count -= n
        if self.count < 16:
            self.pos += 2
            self.buf |= self._word(self.pos) << self.count
            self.count += 16

    def read(self, n: int) -> int:
        v = self.buf & ((1 << n) - 1)
        self.skip(n)
        return v

    def raw(self, n: int) -> bytes:
        """``n`` literal bytes, from the stream right after the current word."""
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        self.count -= 16
        self.buf &= (1 << self.count) - 1
        self.buf |= self._word(self.pos) << self.count
        self.count += 16
        return out


def _huffman_table(bits: _Bits) -> tuple[int, list[tuple[int, int]]]:
    """One of a block's Huffman tables, as a lookup on the next ``width`` bits: (width, entries
    of (code length, symbol))."""
    count = bits.read(5)
    lengths = [bits.read(4) for _ in range(count)]
    width = max(lengths, default=0)
    lookup = [(0, -1)] * (1 << width)
    code = 0
    for length in range(1, 17):
        for symbol, n in enumerate(lengths):
            if n == length:
                mirrored = int(f"{code:0{length}b}"[::-1], 2)
                for high in range(1 << (width - length)):
                    lookup[mirrored | (high << length)] = (length, symbol)
                code += 1
        code <<= 1
    return width, lookup


def _symbol(bits: _Bits, table: tuple[int, list[tuple[int, int]]]) -> int:
    width, lookup = table
    length, symbol = lookup[bits.buf & ((1 << width) - 1)] if width else (0, -1)
    if symbol < 0:
        raise ValueError("RNC: no Huffman code matches")
    bits.skip(length)
    if symbol < 2:
        return symbol
    return (1 << (symbol - 1)) | bits.read(symbol - 1)


def rnc1_unpack(packed: bytes) -> bytes:
    """Unpack an RNC method-1 stream (``RNC\\x01``, sizes, CRCs, then the blocks); the result is
    checked against the header's unpacked length and CRC-16."""
    if packed[:4] != b"RNC\x01":
        raise ValueError("not an RNC method-1 stream")
    unpacked_len, packed_len, unpacked_crc = struct.unpack_from(">IIH", packed, 4)
    bits = _Bits(bytes(packed[RNC_HEADER : RNC_HEADER + packed_len]))
    out = bytearray()
    bits.skip(2)  # the lock and key flags
    while len(out) < unpacked_len:
        literal, distance, length = (_huffman_table(bits) for _ in range(3))
        steps = bits.read(16)
        while True:
            n = _symbol(bits, literal)
            if n:
                out += bits.raw(n)
            steps -= 1
            if steps <= 0:
                break
            back = _symbol(bits, distance) + 1
            n = _symbol(bits, length) + 2
            start = len(out) - back
            if back >= n:
                out += out[start : start + n]
            else:  # an overlapping copy repeats the last ``back`` bytes
                for k in range(n):
                    out.append(out[start + k])
    out = out[:unpacked_len]
    if len(out) != unpacked_len or crc16(bytes(out)) != unpacked_crc:
        raise ValueError("RNC: unpacked data fails its length or CRC check")
    return bytes(out)


# -- voices ---------------------------------------------------------------------------------------

EMBED_RATE = 16000  # the lines are 11025 Hz: the encoder's 16 kHz input keeps their top band
WINDOW_S = 1.6  # Resemblyzer's partial utterance; a line's embedding averages its windows
STEP_S = 0.8
# average linkage merges until the closest two clusters are this far apart (cosine distance):
# the tighter cut gives the voice clusters, the looser one the groups that hold them (one actor
# can be split over several clusters of one group: a caller's group gives no background talker)
CLUSTER_DISTANCE = 0.25
GROUP_DISTANCE = 0.35
MIN_LINE_S = 1.0  # shorter lines are clustered by no one (too little voice for the encoder)
MIN_SIZE = 15  # the smallest cluster or group written to the table


def load_voices(path: Path | None = None) -> dict[str, list[int]]:
    """The committed table's (:data:`VOICES_FILE`) clusters and groups: name -> file numbers."""
    table = json.loads((VOICES_FILE if path is None else path).read_text())
    return {
        name: entry["files"] for name, entry in {**table["groups"], **table["clusters"]}.items()
    }


def line_embeddings(lines: Sequence[np.ndarray], rate: int = EMBED_RATE) -> np.ndarray:
    """(lines, 256) unit embeddings: each line's 1.6 s windows (0.8 s apart; a shorter line as
    one window) embedded by the pack's GE2E encoder, averaged and normalised."""
    from pipecat_rt_best.noise_robust_vad import speaker_embedding as se

    window, step = round(WINDOW_S * rate), round(STEP_S * rate)
    out = np.zeros((len(lines), se.EMBEDDING_SIZE))
    for i, x in enumerate(lines):
        starts = range(0, max(1, len(x) - window + 1), step)
        parts = [x[s : s + window] for s in starts]
        e = np.mean(se.embed_many(parts, rate), axis=0)
        out[i] = e / np.linalg.norm(e)
    return out


def cluster(emb: np.ndarray, max_distance: float = CLUSTER_DISTANCE) -> list[list[int]]:
    """Average-linkage agglomerative clustering of unit embeddings on cosine distance, merged
    until the closest two clusters are ``max_distance`` apart; clusters as sorted row lists,
    biggest first (ties by first row). Deterministic (a tie in distance goes to the lowest
    rows), and nested: a looser ``max_distance`` only merges the clusters of a tighter one."""
    n = len(emb)
    dist = 1.0 - emb @ emb.T
    np.fill_diagonal(dist, np.inf)
    size = np.ones(n)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    alive = np.ones(n, dtype=bool)
    while len(members) > 1:
        i, j = divmod(int(np.argmin(dist)), n)
        if dist[i, j] > max_distance:
            break
        i, j = min(i, j), max(i, j)
        merged = (size[i] * dist[i] + size[j] * dist[j]) / (size[i] + size[j])
        merged[~alive] = np.inf
        dist[i, :] = merged
        dist[:, i] = merged
        dist[i, i] = np.inf
        dist[j, :] = np.inf
        dist[:, j] = np.inf
        alive[j] = False
        size[i] += size[j]
        members[i] += members.pop(j)
    groups = [sorted(m) for m in members.values()]
    return sorted(groups, key=lambda g: (-len(g), g[0]))


def tightness(emb: np.ndarray, rows: Sequence[int]) -> float:
    """Mean cosine of a cluster's embeddings to their normalised mean (1: one point)."""
    e = emb[list(rows)]
    c = e.mean(axis=0)
    return float(np.mean(e @ (c / np.linalg.norm(c))))


def median_f0(x: np.ndarray, rate: int) -> float | None:
    """A line's median F0 (Hz): 40 ms frames 10 ms apart, loud ones only (over twice a tenth of
    the line's RMS), their autocorrelation peak at 70–400 Hz where it reaches 0.5; None with
    fewer than 5 such frames."""
    n, hop = round(0.04 * rate), round(0.01 * rate)
    lo, hi = rate // 400, rate // 70
    floor = 0.2 * float(np.sqrt(np.mean(x * x) + 1e-12))
    f0s = []
    for s in range(0, len(x) - n, hop):
        w = x[s : s + n] - float(np.mean(x[s : s + n]))
        if float(np.sqrt(np.mean(w * w))) < floor:
            continue
        ac = np.correlate(w, w, "full")[n - 1 :]
        if ac[0] <= 0:
            continue
        k = lo + int(np.argmax(ac[lo:hi]))
        if ac[k] > 0.5 * ac[0]:
            f0s.append(rate / k)
    return float(np.median(f0s)) if len(f0s) >= 5 else None


def _entry(emb: np.ndarray, rows: list[int], kept: list[int], cut: list[np.ndarray]) -> dict:
    sample = rows[:: max(1, len(rows) // 25)]
    f0s = [f for f in (median_f0(cut[i], EMBED_RATE) for i in sample) if f is not None]
    return {
        "lines": len(rows),
        "tightness": round(tightness(emb, rows), 3),
        "median_f0_hz": round(float(np.median(f0s))) if f0s else None,
        "files": [kept[i] for i in rows],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--cluster",
        action="store_true",
        help=f"embed every line, cluster, and write {VOICES_FILE.name}",
    )
    ap.add_argument(
        "--embeddings", type=Path, default=None, help="an .npz to keep the embeddings in (reused)"
    )
    args = ap.parse_args(argv)
    if not args.cluster:
        ap.print_help()
        return 0
    from bench.vad import corpus_split as cs
    from bench.vad.corpus import RATE, fetch_packages, frame_db

    pins = {"beneath-a-steel-sky": cs.EXTRA_DEBS["beneath-a-steel-sky"]}
    root = fetch_packages(packages=pins)["beneath-a-steel-sky"]
    lines = speech_lines(root, EMBED_RATE)
    kept: list[int] = []
    cut: list[np.ndarray] = []
    for number, x8 in speech_lines(root, RATE).items():
        if number not in LINE_FILES:
            continue
        # the span the corpus cuts a line to (on its 8 kHz copy), taken from the 16 kHz copy
        idx = cs.speech_frames(frame_db(x8), CUT_OVER_FLOOR_DB)
        a, b = idx[0] * 2 * (RATE // 100), (idx[-1] + 1) * 2 * (RATE // 100)
        if b - a >= MIN_LINE_S * EMBED_RATE:
            kept.append(number)
            cut.append(lines[number][a:b])
    if args.embeddings and args.embeddings.exists():
        saved = np.load(args.embeddings)
        if list(saved["kept"]) != kept:
            raise SystemExit(f"{args.embeddings} holds other lines' embeddings")
        emb = saved["emb"]
    else:
        print(f"embedding {len(cut)} of {len(lines)} lines ...", file=sys.stderr)
        emb = line_embeddings(cut)
        if args.embeddings:
            np.savez(args.embeddings, emb=emb, kept=np.array(kept))
    groups = [g for g in cluster(emb, GROUP_DISTANCE) if len(g) >= MIN_SIZE]
    clusters = [c for c in cluster(emb, CLUSTER_DISTANCE) if len(c) >= MIN_SIZE]
    table: dict[str, dict] = {"groups": {}, "clusters": {}}
    for k, g in enumerate(groups):
        table["groups"][f"g{k:02d}"] = _entry(emb, g, kept, cut)
    for k, c in enumerate(clusters):
        group = next((f"g{j:02d}" for j, g in enumerate(groups) if c[0] in g), None)
        table["clusters"][f"c{k:02d}"] = {"group": group, **_entry(emb, c, kept, cut)}
    VOICES_FILE.write_text(json.dumps(table, indent=1) + "\n")
    for level in ("groups", "clusters"):
        for name, e in table[level].items():
            print(
                f"{name} {e.get('group', '')}: {e['lines']} lines, tightness {e['tightness']}, "
                f"median F0 {e['median_f0_hz']} Hz",
                file=sys.stderr,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
