"""G.711 μ-law and A-law, bit-exact with ITU-T G.711, with or without ``audioop``.

Pure logic: no pipecat. Two interchangeable backends, producing the same bytes:

* **tables** (always available; numpy and bytes methods only). The tables are derived
  once, at import, from the reference algorithm (the one CPython's ``audioop``
  ``lin2ulaw``/``ulaw2lin``/``lin2alaw``/``alaw2lin`` use for 16-bit samples): encoding
  is one 65,536-entry lookup indexed by the PCM16 sample, decoding one 256-entry lookup
  indexed by the code. Decoding to PCM16 bytes picks the cheaper of two equivalent
  lookups by size: up to :data:`TRANSLATE_MAX_BYTES` two ``bytes.translate`` calls (the
  low and the high byte of each little-endian sample) and an interleave, with no numpy
  call overhead (half the cost for a 20 ms packet); larger buffers numpy fancy indexing,
  which wins from ~1.2 kB on.
* **audioop** — the C codec of the standard library (Python ≤ 3.12) or of the
  ``audioop-lts`` backport, which pipecat itself requires on Python ≥ 3.13, so it is
  present wherever pipecat is. Used for the bytes-in/bytes-out calls
  (:func:`decode_to_bytes`, :func:`encode` and friends) when it can be imported on a
  little-endian machine: about 8x cheaper than the tables for a 20 ms packet. The
  array-returning :func:`decode` / :func:`ulaw_decode` / :func:`alaw_decode` always use
  the tables.

:func:`set_backend` switches (tests and ``bench/telephony`` use it to measure both);
``tests/g711_passthrough/test_codecs.py`` pins both against ``audioop`` on all 256 codes
and all 65,536 PCM16 values.

Note on μ-law: codes ``0x7F`` (-0) and ``0xFF`` (+0) both decode to PCM 0, and PCM 0
encodes to ``0xFF``; every other code survives decode → encode unchanged. A-law has no
such pair: decode → encode is the identity on all 256 codes.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Callable
from typing import Literal, TypeVar

import numpy as np
import numpy.typing as npt

G711Law = Literal["ulaw", "alaw"]
Backend = Literal["audioop", "tables"]

try:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # 3.11/3.12: deprecated
        import audioop as _audioop
except ImportError:  # pragma: no cover - Python >= 3.13 without audioop-lts
    _audioop = None  # type: ignore[assignment]

_Codec = Callable[[bytes | bytearray | memoryview, int], bytes]
# law -> (decode to PCM16, encode from PCM16) of audioop, when usable (native = little endian)
_AUDIOOP: dict[str, tuple[_Codec, _Codec]] | None = (
    {
        "ulaw": (_audioop.ulaw2lin, _audioop.lin2ulaw),
        "alaw": (_audioop.alaw2lin, _audioop.lin2alaw),
    }
    if _audioop is not None and sys.byteorder == "little"
    else None
)
_accel: dict[str, tuple[_Codec, _Codec]] | None = _AUDIOOP

BYTES_PER_MS = 8  # 8 kHz, one byte per sample
SAMPLE_RATE = 8000

_ULAW_BIAS = 0x84
_ULAW_CLIP = 8159
_ULAW_SEG_END = np.array([0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF], dtype=np.int32)
_ALAW_SEG_END = np.array([0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF], dtype=np.int32)


def _segment(
    values: npt.NDArray[np.int32], seg_end: npt.NDArray[np.int32]
) -> npt.NDArray[np.int32]:
    """Index of the first segment whose end is >= value (8 when none is)."""
    return np.searchsorted(seg_end, values, side="left").astype(np.int32)


def _build_ulaw_encode() -> npt.NDArray[np.uint8]:
    pcm = np.arange(-32768, 32768, dtype=np.int32) >> 2  # 14-bit
    mask = np.where(pcm < 0, 0x7F, 0xFF)
    mag = np.minimum(np.abs(pcm), _ULAW_CLIP) + (_ULAW_BIAS >> 2)
    seg = _segment(mag, _ULAW_SEG_END)
    uval = (np.minimum(seg, 7) << 4) | ((mag >> (np.minimum(seg, 7) + 1)) & 0xF)
    uval = np.where(seg >= 8, 0x7F, uval)
    return ((uval ^ mask) & 0xFF).astype(np.uint8)


def _build_ulaw_decode() -> npt.NDArray[np.int16]:
    u = (~np.arange(256, dtype=np.int32)) & 0xFF
    t = ((u & 0x0F) << 3) + _ULAW_BIAS
    t = t << ((u & 0x70) >> 4)
    return np.where(u & 0x80, _ULAW_BIAS - t, t - _ULAW_BIAS).astype(np.int16)


def _build_alaw_encode() -> npt.NDArray[np.uint8]:
    pcm = np.arange(-32768, 32768, dtype=np.int32) >> 3  # 13-bit
    mask = np.where(pcm >= 0, 0xD5, 0x55)
    mag = np.where(pcm >= 0, pcm, -pcm - 1)
    seg = _segment(mag, _ALAW_SEG_END)
    segc = np.minimum(seg, 7)
    quant = np.where(segc < 2, (mag >> 1) & 0xF, (mag >> np.maximum(segc, 1)) & 0xF)
    aval = np.where(seg >= 8, 0x7F, (segc << 4) | quant)
    return ((aval ^ mask) & 0xFF).astype(np.uint8)


def _build_alaw_decode() -> npt.NDArray[np.int16]:
    a = np.arange(256, dtype=np.int32) ^ 0x55
    t = (a & 0x0F) << 4
    seg = (a & 0x70) >> 4
    t = np.where(seg == 0, t + 8, t + 0x108)
    t = np.where(seg > 1, t << np.maximum(seg - 1, 0), t)
    return np.where(a & 0x80, t, -t).astype(np.int16)


ULAW_ENCODE_TABLE = _build_ulaw_encode()  # index: pcm16 + 32768
ULAW_DECODE_TABLE = _build_ulaw_decode()  # index: code
ALAW_ENCODE_TABLE = _build_alaw_encode()
ALAW_DECODE_TABLE = _build_alaw_decode()
for _table in (ULAW_ENCODE_TABLE, ULAW_DECODE_TABLE, ALAW_ENCODE_TABLE, ALAW_DECODE_TABLE):
    _table.setflags(write=False)

# Up to this many G.711 bytes, decode_to_bytes uses bytes.translate; above, numpy.
TRANSLATE_MAX_BYTES = 1024


def _byte_planes(table: npt.NDArray[np.int16]) -> tuple[bytes, bytes]:
    """256-byte translate tables: low byte and high byte of each little-endian sample."""
    le = table.astype("<i2").view(np.uint8)
    return le[0::2].tobytes(), le[1::2].tobytes()


# law -> (low-byte table, high-byte table, little-endian int16 table)
_DECODE_BYTES: dict[str, tuple[bytes, bytes, npt.NDArray[np.int16]]] = {
    "ulaw": (*_byte_planes(ULAW_DECODE_TABLE), ULAW_DECODE_TABLE.astype("<i2")),
    "alaw": (*_byte_planes(ALAW_DECODE_TABLE), ALAW_DECODE_TABLE.astype("<i2")),
}


def _as_pcm16(pcm: bytes | bytearray | memoryview | npt.NDArray[np.int16]) -> npt.NDArray[np.int16]:
    if isinstance(pcm, np.ndarray):
        if pcm.dtype != np.int16:
            raise TypeError(f"PCM samples must be int16, got {pcm.dtype}")
        return pcm
    if len(pcm) % 2:
        raise ValueError(f"PCM16 audio must have an even number of bytes, got {len(pcm)}")
    return np.frombuffer(pcm, dtype="<i2")


def _encode(
    pcm: bytes | bytearray | memoryview | npt.NDArray[np.int16],
    table: npt.NDArray[np.uint8],
    law: str,
) -> bytes:
    samples = _as_pcm16(pcm)  # checks dtype / even length for both backends
    accel = _accel
    if accel is not None:
        data = pcm if not isinstance(pcm, np.ndarray) else np.ascontiguousarray(samples).data
        return accel[law][1](data, 2)
    return table[samples.astype(np.int32) + 32768].tobytes()


def _decode(
    data: bytes | bytearray | memoryview, table: npt.NDArray[np.int16]
) -> npt.NDArray[np.int16]:
    return table[np.frombuffer(data, dtype=np.uint8)]


def ulaw_encode(pcm: bytes | bytearray | memoryview | npt.NDArray[np.int16]) -> bytes:
    """Encode little-endian PCM16 (bytes or int16 array) to μ-law bytes."""
    return _encode(pcm, ULAW_ENCODE_TABLE, "ulaw")


def alaw_encode(pcm: bytes | bytearray | memoryview | npt.NDArray[np.int16]) -> bytes:
    """Encode little-endian PCM16 (bytes or int16 array) to A-law bytes."""
    return _encode(pcm, ALAW_ENCODE_TABLE, "alaw")


def ulaw_decode(data: bytes | bytearray | memoryview) -> npt.NDArray[np.int16]:
    """Decode μ-law bytes to int16 samples."""
    return _decode(data, ULAW_DECODE_TABLE)


def alaw_decode(data: bytes | bytearray | memoryview) -> npt.NDArray[np.int16]:
    """Decode A-law bytes to int16 samples."""
    return _decode(data, ALAW_DECODE_TABLE)


def encode(pcm: bytes | bytearray | memoryview | npt.NDArray[np.int16], law: G711Law) -> bytes:
    """Encode PCM16 with the given law."""
    table = ULAW_ENCODE_TABLE if law == "ulaw" else _checked(law, ALAW_ENCODE_TABLE)
    return _encode(pcm, table, law)


def decode(data: bytes | bytearray | memoryview, law: G711Law) -> npt.NDArray[np.int16]:
    """Decode G.711 bytes of the given law to int16 samples."""
    return _decode(data, ULAW_DECODE_TABLE if law == "ulaw" else _checked(law, ALAW_DECODE_TABLE))


def decode_to_bytes(data: bytes | bytearray | memoryview, law: G711Law) -> bytes:
    """Decode G.711 bytes to little-endian PCM16 bytes (the per-packet hot path)."""
    accel = _accel
    if accel is not None:
        try:
            return accel[law][0](data, 2)
        except (KeyError, TypeError):
            raise ValueError(f"unknown G.711 law {law!r}; expected 'ulaw' or 'alaw'") from None
    return decode_to_bytes_tables(data, law)


def decode_to_bytes_tables(data: bytes | bytearray | memoryview, law: G711Law) -> bytes:
    """:func:`decode_to_bytes` with the tables backend (translate or numpy, by size)."""
    try:
        lo, hi, table = _DECODE_BYTES[law]
    except (KeyError, TypeError):
        raise ValueError(f"unknown G.711 law {law!r}; expected 'ulaw' or 'alaw'") from None
    n = len(data)
    if n > TRANSLATE_MAX_BYTES:
        return table[np.frombuffer(data, dtype=np.uint8)].tobytes()
    if isinstance(data, memoryview):
        data = data.tobytes()
    out = bytearray(2 * n)
    out[0::2] = data.translate(lo)
    out[1::2] = data.translate(hi)
    return bytes(out)


def decode_to_bytes_numpy(data: bytes | bytearray | memoryview, law: G711Law) -> bytes:
    """:func:`decode_to_bytes` always through numpy (kept for tests and the benchmark)."""
    return decode(data, law).astype("<i2", copy=False).tobytes()


def get_backend() -> Backend:
    """The backend of the bytes-in/bytes-out calls: ``"audioop"`` or ``"tables"``."""
    return "audioop" if _accel is not None else "tables"


def audioop_available() -> bool:
    """``audioop`` (stdlib or ``audioop-lts``) imports and the machine is little endian."""
    return _AUDIOOP is not None


def set_backend(backend: Backend) -> None:
    """Use ``audioop`` (when available) or the tables for the bytes-in/bytes-out calls."""
    global _accel
    if backend == "tables":
        _accel = None
    elif backend == "audioop":
        if _AUDIOOP is None:
            raise RuntimeError("audioop is not available here (Python >= 3.13 needs audioop-lts)")
        _accel = _AUDIOOP
    else:
        raise ValueError(f"unknown G.711 backend {backend!r}; expected 'audioop' or 'tables'")


_T = TypeVar("_T", bound=np.generic)


def _checked(law: str, table: npt.NDArray[_T]) -> npt.NDArray[_T]:
    if law != "alaw":
        raise ValueError(f"unknown G.711 law {law!r}; expected 'ulaw' or 'alaw'")
    return table
