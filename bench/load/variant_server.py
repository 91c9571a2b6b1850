"""The telephony-server CLI with one of this round's CPU savings turned back off, for A/B runs.

``BENCH_LOAD_VARIANT=append-per-packet python -m bench.load.variant_server telephony-server ...``
runs the real CLI with the realtime service's ``append_interval_ms=0`` (one
``input_audio_buffer.append`` per 20 ms caller packet, as before coalescing);
``BENCH_LOAD_VARIANT=vad-thread`` with the VAD's ``run_inline=False`` (each chunk that completes
a model window runs on the analyzer's worker thread). The bench's ``pack-append-20ms`` and
``pack-vad-thread`` modes run it, so each saving shows on its own against ``pack``.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Any

from pipecat_rt_best.cli import main
from pipecat_rt_best.noise_robust_vad.analyzer import NoiseRobustVADAnalyzer
from pipecat_rt_best.realtime.append import AppendMixin

VARIANTS: dict[str, tuple[Any, str, Any]] = {
    "append-per-packet": (AppendMixin, "append_interval_ms", 0),
    "vad-thread": (NoiseRobustVADAnalyzer, "run_inline", False),
}


def _with_default(init: Callable[..., None], name: str, value: Any) -> Callable[..., None]:
    @functools.wraps(init)
    def wrapped(self: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault(name, value)
        init(self, *args, **kwargs)

    return wrapped


def apply(variant: str) -> None:
    """Turn the saving ``variant`` names back off (for every instance made from now on)."""
    try:
        cls, name, value = VARIANTS[variant]
    except KeyError:
        raise SystemExit(
            f"BENCH_LOAD_VARIANT must be one of {', '.join(VARIANTS)}, got {variant!r}"
        ) from None
    cls.__init__ = _with_default(cls.__init__, name, value)


if __name__ == "__main__":
    apply(os.environ.get("BENCH_LOAD_VARIANT", ""))
    raise SystemExit(main())
