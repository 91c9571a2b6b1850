"""bench.vad.corpus_split's ``heldout11``: Beneath a Steel Sky's CD speech (bench.vad.steel_sky),
its voices estimated by clustering. No corpus and no model needed: the archive reader runs on a
small synthetic ``sky.dsk``/``sky.dnr``, the clustering on made-up embeddings, and the checks on
the committed voice table are on its file numbers only."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from bench.vad import corpus_split as cs, steel_sky as ss
from bench.vad.corpus import DEBS


def test_heldout11_uses_no_other_splits_packages() -> None:
    pkgs = cs.SPLIT_PACKAGES["heldout11"]
    assert set(pkgs) == {"beneath-a-steel-sky", "neverball-common"}
    others = {p for s in cs.BUILDABLE_SPLITS if s != "heldout11" for p in cs.SPLIT_PACKAGES[s]}
    assert not set(pkgs) & (others | set(DEBS))
    assert "heldout11" not in cs.SHARED_PACKAGES


def test_the_voice_table_keeps_callers_and_background_apart() -> None:
    table = json.loads(ss.VOICES_FILE.read_text())
    groups, clusters = table["groups"], table["clusters"]
    files = {name: set(e["files"]) for name, e in {**groups, **clusters}.items()}
    # clusters nest in the group the table names; groups (and clusters) are disjoint
    for name, c in clusters.items():
        assert files[name] <= files[c["group"]]
    for level in (groups, clusters):
        every = [n for e in level.values() for n in e["files"]]
        assert len(every) == len(set(every))
        assert all(n in ss.LINE_FILES for n in every)  # no intro or end sequence
    # a caller cluster's group gives no background talker: an actor the encoder split over two
    # clusters of one group is not both; 3-6 callers, both sexes by median F0; 6+ talkers
    callers, talkers = cs.STEEL_SKY_CALLERS, cs.STEEL_SKY_TALKERS
    assert 3 <= len(callers) <= 6 and len(talkers) >= 6
    assert {clusters[c]["group"] for c in callers} == set(cs.STEEL_SKY_CALLER_GROUPS)
    assert not set(cs.STEEL_SKY_CALLER_GROUPS) & set(talkers)
    assert all(t in groups for t in talkers)
    caller_files = set().union(*(files[c] for c in callers))
    assert not caller_files & set().union(*(files[t] for t in talkers))
    f0 = [clusters[c]["median_f0_hz"] for c in callers]
    assert min(f0) < 165 < max(f0)


def test_crc16_is_rncs() -> None:
    assert ss.crc16(b"123456789") == 0xBB3D  # CRC-16/ARC, the check value


def _archive(tmp: Path, files: dict[int, bytes]) -> Path:
    """A package tree whose ``sky.dsk`` holds ``files`` stored (22-byte header, no packing)."""
    root = tmp / "bass"
    (root / ss.DSK).parent.mkdir(parents=True)
    dsk, dnr = bytearray(), bytearray(struct.pack("<I", len(files)))
    for number, data in files.items():
        while len(dsk) % 16:
            dsk.append(0)
        body = bytes(ss.HEADER) + data
        dnr += struct.pack("<H", number)
        dnr += ((len(dsk) >> 4) | 0x800000).to_bytes(3, "little")  # in 16-byte units
        dnr += len(body).to_bytes(3, "little")
        dsk += body
    (root / ss.DSK).write_bytes(bytes(dsk))
    (root / ss.DNR).write_bytes(bytes(dnr))
    return root


def _line(seconds: float, f0: float, seed: int) -> bytes:
    """A pitched 8-bit line (11025 Hz) with silence around it."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * ss.SPEECH_RATE)) / ss.SPEECH_RATE
    voiced = 0.5 * np.sign(np.sin(2 * np.pi * f0 * t)) * np.hanning(len(t))
    x = np.concatenate(
        [np.zeros(2000), voiced + 0.003 * rng.standard_normal(len(t)), np.zeros(2000)]
    )
    return np.clip(np.round(x * 127 + 128), 0, 255).astype(np.uint8).tobytes()


def test_the_reader_takes_the_speech_files_only(tmp_path: Path) -> None:
    root = _archive(
        tmp_path, {100: b"\x80" * 50, 50007: _line(1.5, 120, 1), 59001: _line(1, 200, 2)}
    )
    pcm = ss.speech_pcm((root / ss.DSK).read_bytes(), (root / ss.DNR).read_bytes())
    assert list(pcm) == [50007, 59001] and pcm[50007] == _line(1.5, 120, 1)
    lines = ss.speech_lines(root, 8000)
    assert abs(len(lines[50007]) - len(pcm[50007]) * 8000 / ss.SPEECH_RATE) <= 1
    with pytest.raises(ValueError, match="RNC"):
        ss.rnc1_unpack(b"RNC\x02" + bytes(20))


def test_clustering_is_nested_and_deterministic() -> None:
    rng = np.random.default_rng(0)
    centres = rng.standard_normal((3, 16))
    emb = np.concatenate([c + 0.15 * rng.standard_normal((10, 16)) for c in centres])
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    tight = ss.cluster(emb, 0.1)
    loose = ss.cluster(emb, 0.3)
    assert sorted(map(tuple, loose)) == [tuple(range(k, k + 10)) for k in (0, 10, 20)]
    assert all(any(set(c) <= set(g) for g in loose) for c in tight)
    assert ss.cluster(emb, 0.3) == loose and ss.tightness(emb, loose[0]) > 0.9


def test_heldout11_sources_load_from_the_packages_layout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {50000 + k: _line(1.0 + 0.1 * k, 110 + 20 * k, k) for k in range(12)}
    root = _archive(tmp_path, files)
    # the callers' groups (g00, g01) hold their clusters' files; each talker group one line
    groups = {"g00": {"files": [50000, 50001, 50010]}, "g01": {"files": [50002, 50003, 50011]}}
    groups |= {t: {"files": [50004 + i]} for i, t in enumerate(cs.STEEL_SKY_TALKERS)}
    clusters = {
        name: {"files": [50000 + k, 50010 + k % 2]} for k, name in enumerate(cs.STEEL_SKY_CALLERS)
    }
    table = {"groups": groups, "clusters": clusters}
    voices = tmp_path / "voices.json"
    voices.write_text(json.dumps(table))
    monkeypatch.setattr(ss, "VOICES_FILE", voices)
    bgm = tmp_path / "nb" / cs.NEVERBALL_BGM
    bgm.mkdir(parents=True)
    for track in cs.NEVERBALL_TRACKS:
        sf.write(bgm / f"{track}.ogg", 0.1 * np.ones(8000, dtype=np.float32), 8000)
    src = cs.load_split_sources(
        {"beneath-a-steel-sky": root, "neverball-common": tmp_path / "nb"}, "heldout11"
    )
    assert set(src.callers) == {f"en_steel_sky_{c}" for c in cs.STEEL_SKY_CALLERS}
    assert set(src.talkers) == {f"steel_sky_{t}" for t in cs.STEEL_SKY_TALKERS}
    assert len(src.music) == len(cs.NEVERBALL_TRACKS)
    for clips in src.callers.values():
        assert len(clips) == 2
        for x in clips:  # cut to the speech: no silence left at either end
            assert 0.6 * 8000 <= len(x) <= 6 * 8000 and abs(x[:80]).max() > 0.01
