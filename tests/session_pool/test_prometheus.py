"""The Prometheus collector reads the pools' own numbers on each scrape."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from pipecat_rt_best.session_pool.pool import RealtimeSessionPool, SessionBackend
from pipecat_rt_best.session_pool.prometheus import register_pool_metrics
from pipecat_rt_best.testing.realtime_emulator import RealtimeEmulator

from .helpers import fast_config

SECRET = "sk-PROM-5be2d1c0"


def _samples(registry: CollectorRegistry) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    text = generate_latest(registry).decode()
    assert SECRET not in text
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


async def test_scrapes_show_the_pool_as_it_is() -> None:
    async with RealtimeEmulator(api_key=SECRET) as emu:
        backend = SessionBackend(
            url=f"{emu.url}?model=m", headers={"Authorization": f"Bearer {SECRET}"}, name="openai"
        )
        registry = CollectorRegistry()
        async with RealtimeSessionPool(backend, fast_config(min_idle=2)) as pool:
            register_pool_metrics([pool], registry)
            await pool.wait_ready(5)
            session = await pool.checkout()
            await emu.wait_for(lambda: pool.metrics.idle == 2)
            s = _samples(registry)
            b = (("backend", "openai"),)
            assert s[("pipecat_rt_best_pool_sessions", (*b, ("state", "idle")))] == 2
            assert s[("pipecat_rt_best_pool_sessions", (*b, ("state", "in_use")))] == 1
            assert s[("pipecat_rt_best_pool_sessions_created_total", b)] == 3
            assert s[("pipecat_rt_best_pool_checkouts_total", (*b, ("kind", "warm")))] == 1
            assert s[("pipecat_rt_best_pool_ready", b)] == 1
            assert s[("pipecat_rt_best_pool_checkout_wait_seconds_count", b)] == 1
            assert (
                s[("pipecat_rt_best_pool_checkout_wait_seconds_bucket", (*b, ("le", "+Inf")))] == 1
            )
            assert (
                s[("pipecat_rt_best_pool_checkout_wait_seconds_bucket", (*b, ("le", "10.0")))] == 1
            )
            await session.aclose()
