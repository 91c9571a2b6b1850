"""Practice 6: G.711 straight through, from the phone network to the model and back.

* :mod:`.codecs` — bit-exact μ-law / A-law table codecs (no ``audioop``).
* :class:`TwilioPassthroughSerializer`, :class:`TelnyxPassthroughSerializer`,
  :class:`PlivoPassthroughSerializer`, :class:`ExotelPassthroughSerializer` — provider
  bytes to the realtime service untouched (plus a decoded 8 kHz copy for the VAD), the
  model's bytes back untouched, provider marks → :class:`PlayoutConfirmedFrame`.
* :class:`G711PassthroughTransport` — pipecat's FastAPI WebSocket transport, 8 kHz
  pinned, sending a mark after each chunk and the model's own bytes.
* :func:`create_telephony_app` — webhooks + media sockets, one pipeline per call.
* :class:`MediaStreamSimulator` — a provider-like client (jitter buffer, marks, clear).
"""

from __future__ import annotations

import importlib
from typing import Any

_LAZY: dict[str, str] = {
    "G711PassthroughSerializer": "serializer",
    "TwilioPassthroughSerializer": "serializer",
    "TelnyxPassthroughSerializer": "serializer",
    "PlivoPassthroughSerializer": "serializer",
    "ExotelPassthroughSerializer": "serializer",
    "serializer_for": "serializer",
    "G711PassthroughTransport": "transport",
    "g711_transport_params": "transport",
    "CallInfo": "server",
    "TelephonyServerConfig": "server",
    "create_telephony_app": "server",
    "g711_pipeline_factory": "sample",
    "serve_in_background": "sample",
    "MediaStreamSimulator": "simulator",
    "line_audio": "simulator",
    "JitterConfig": "jitter",
    "JitterBuffer": "jitter",
    "MarkLedger": "playout",
    "OutboundAligner": "playout",
    "simulated_call": "demo",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
