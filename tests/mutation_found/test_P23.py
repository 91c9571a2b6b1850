"""A test a hand mutation run (session 22) found missing: it kills mutant P23."""

import asyncio

from pipecat_rt_best.session_pool.pool import open_session
from pipecat_rt_best.testing.realtime_emulator import Faults, RealtimeEmulator
from tests.session_pool.helpers import KEY, backend, settle


def _error_first(e):
    if e.get("type") == "session.created":
        return {
            "type": "error",
            "error": {"type": "invalid_request_error", "code": "rate_limit_exceeded"},
        }
    return e


async def scenario():
    async with RealtimeEmulator(api_key=KEY, faults=Faults(rewrite_event=_error_first)) as emu:
        try:
            s = await open_session(backend(emu), open_timeout_s=2.0)
        except Exception as exc:
            assert "rate_limit_exceeded" in str(exc), exc
        else:
            raise AssertionError(f"an error event was taken for session.created: {s!r}")
        await settle(emu, 0, timeout=2.0)  # and its socket was closed


def test_a_first_event_that_is_not_session_created_fails_and_leaves_no_socket():
    asyncio.run(scenario())
