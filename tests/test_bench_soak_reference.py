"""bench.load.soak's memory growth counts from a minute the run has: a 3-minute soak (the
documented quick one) reported 'minute 5 -> 3 | - MB'."""

from __future__ import annotations

from bench.load.soak import SoakResult, reference_minute, report


def test_the_reference_minute_fits_the_run() -> None:
    assert reference_minute(60) == 5.0  # the full soak: unchanged
    assert reference_minute(25) == 5.0
    assert reference_minute(10) == 2.0  # the first fifth
    assert reference_minute(3) == 1.0  # at least minute 1


def test_a_three_minute_soak_reports_its_memory_growth() -> None:
    r = SoakResult(minutes=3.0, wall_s=8.0)
    r.memory = [
        {"minute": float(m), "rss_mb": 100.0 + m, "heap_mb": float("nan")} for m in (1, 2, 3)
    ]
    text = report(r, "test")
    assert "| RSS growth, minute 1 → 3 (the whole process" in text
    assert "| +2.0 MB |" in text
