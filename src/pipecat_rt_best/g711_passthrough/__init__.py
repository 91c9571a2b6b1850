"""Practice 6: G.711 straight through, from the phone network to the model and back.

Pure: :mod:`.dialects` (the providers' media-stream JSON, as the application sees it),
:mod:`.playout` (:class:`MarkLedger`, :class:`OutboundAligner`: marks ↔ played audio),
:mod:`.reorder` (caller packets back in their ``chunk`` order).
pipecat adapters:

* :class:`TwilioPassthroughSerializer`, :class:`TelnyxPassthroughSerializer`,
  :class:`PlivoPassthroughSerializer`, :class:`ExotelPassthroughSerializer` — provider
  bytes to the realtime service untouched (plus a decoded 8 kHz copy for the VAD), the
  model's bytes back untouched, provider marks →
  :class:`~pipecat_rt_best.base.frames.PlayoutConfirmedFrame`.
* :class:`G711PassthroughTransport` — pipecat's FastAPI WebSocket transport, 8 kHz
  pinned, sending a mark after each chunk and the model's own bytes.
* :func:`create_telephony_app` — webhooks + media sockets, one pipeline per call; calls
  end with a logged reason (a fallback prompt when the bot fails, :mod:`.call_deadlines`),
  streams need a per-call token when signatures are checked (:mod:`.stream_token`).

The codecs are in the base layer (:mod:`pipecat_rt_best.base.g711`); a provider-like client
for offline tests is :class:`pipecat_rt_best.testing.MediaStreamSimulator`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipecat_rt_best._lazy import lazy_face

if TYPE_CHECKING:  # the public names; lazy_face() reads this block
    from pipecat_rt_best.g711_passthrough.call_deadlines import (
        DeadlineConfig as DeadlineConfig,
        EndReason as EndReason,
    )
    from pipecat_rt_best.g711_passthrough.fallback import (
        load_prompt_wav as load_prompt_wav,
        sit_tone_pcm as sit_tone_pcm,
    )
    from pipecat_rt_best.g711_passthrough.playout import (
        MarkLedger as MarkLedger,
        OutboundAligner as OutboundAligner,
    )
    from pipecat_rt_best.g711_passthrough.serializer import (
        ExotelPassthroughSerializer as ExotelPassthroughSerializer,
        G711PassthroughSerializer as G711PassthroughSerializer,
        PlivoPassthroughSerializer as PlivoPassthroughSerializer,
        TelnyxPassthroughSerializer as TelnyxPassthroughSerializer,
        TwilioPassthroughSerializer as TwilioPassthroughSerializer,
        serializer_for as serializer_for,
    )
    from pipecat_rt_best.g711_passthrough.server import (
        CallInfo as CallInfo,
        CallSummary as CallSummary,
        TelephonyServerConfig as TelephonyServerConfig,
        create_telephony_app as create_telephony_app,
    )
    from pipecat_rt_best.g711_passthrough.transport import (
        G711PassthroughTransport as G711PassthroughTransport,
        g711_transport_params as g711_transport_params,
    )

if not TYPE_CHECKING:  # hidden from type checkers: they read the names above, and flag others
    __getattr__, __dir__ = lazy_face(__name__, __file__)
