"""A flood of one kind of event logs its first few, then every 100th (pure logic)."""

from __future__ import annotations

from loguru import logger

from pipecat_rt_best.base.log_throttle import LogThrottle, loud


def test_each_kind_logs_its_first_three_then_every_hundredth_with_its_count() -> None:
    assert [n for n in range(1, 301) if loud(n)] == [1, 2, 3, 100, 200, 300]
    throttle = LogThrottle()
    lines: list[tuple[str, str]] = []
    sink = logger.add(lambda m: lines.append((m.record["level"].name, m.record["message"])))
    try:
        for _ in range(250):
            throttle.log("signature", "rejected a webhook")
        throttle.log("other", "refused a socket", level="ERROR")
        throttle.log("other", "refused a socket", quiet=True)  # the caller's own cap
    finally:
        logger.remove(sink)
    loud_lines = [message for level, message in lines if level != "DEBUG"]
    assert loud_lines == [
        "rejected a webhook (#1)",
        "rejected a webhook (#2)",
        "rejected a webhook (#3)",
        "rejected a webhook (#100)",
        "rejected a webhook (#200)",
        "refused a socket (#1)",  # its own count
    ]
    assert ("ERROR", "refused a socket (#1)") in lines
    assert ("DEBUG", "refused a socket (#2)") in lines
    assert len(lines) == 252  # the rest at debug


def test_the_kinds_counted_stay_bounded() -> None:
    throttle = LogThrottle(max_kinds=2)
    assert [throttle.count(kind) for kind in ("a", "b", "c", "d", "a")] == [1, 1, 1, 2, 2]
