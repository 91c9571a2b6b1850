"""pipecat's ``run_test``, given a start-up deadline a loaded CI machine meets.

pipecat's own waits 1 s for the pipeline to start, then raises ``TimeoutError`` from the
frame pusher while its runner goes on as an orphan task; at the test's end the event loop
cancels that runner, and the cancelled pipeline worker waits for a pipeline that never
finishes: a CI run hung there for good (``test_works_in_pipecats_vad_processor``, 6
workers on 2 cores). The tests use this one instead.
"""

from __future__ import annotations

from typing import Any

from pipecat.tests.utils import run_test as _pipecat_run_test

START_TIMEOUT_S = 30.0


async def run_test(processor: Any, **kwargs: Any) -> Any:
    """``pipecat.tests.utils.run_test`` with ``start_timeout`` :data:`START_TIMEOUT_S`
    unless one is given."""
    kwargs.setdefault("start_timeout", START_TIMEOUT_S)
    return await _pipecat_run_test(processor, **kwargs)
