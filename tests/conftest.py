"""Suite-wide hooks: the longest test files first; the ports a test held refused, released after it.

``make test`` runs pytest-xdist with ``--dist loadfile``: each worker takes the next whole
file in collection order. Alphabetical order put the three longest files (the sample bots'
offline calls, the notebooks, the soak) near the end, where one of them kept a worker busy
for a minute and more after the other had finished. Started first, the short files fill in
around them (longest-first scheduling). Only the order changes: every test still runs, in its
file's own order. The durations are ``--durations=0`` totals per file (session 43's last CI
run, ``make test``'s six workers on two cores, so about three times each file's time alone); a
file missing from the list (renamed, new) simply keeps its place after these.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.ports import release_refused_ports

LONGEST_FILES_FIRST = (
    "tests/test_bot_errors.py",  # 147 s
    "tests/test_pipelines.py",  # 118 s
    "tests/test_cli_errors.py",  # 114 s
    "tests/azure_tts/test_service.py",  # 92 s
    "tests/simulated_call/test_simulate.py",  # 86 s
    "tests/g711_passthrough/test_faults.py",  # 84 s
    "tests/test_browser_bot.py",  # 66 s
    "tests/test_layering.py",  # 65 s
    "tests/noise_robust_vad/test_tune_vad.py",  # 61 s
    "tests/interruption_truncation/test_fuzz.py",  # 61 s
    "tests/session_pool/test_reconnect.py",  # 59 s
    "tests/realtime_emulator/test_bad_input.py",  # 55 s
    "tests/call_pipeline/test_call_exit.py",  # 53 s
    "tests/azure_tts/test_example.py",  # 41 s
    "tests/azure_tts/test_interruption.py",  # 38 s
    "tests/session_pool/test_telephony_server.py",  # 37 s
    "tests/test_notebooks.py",  # 36 s
    "tests/test_bench_telephony_faults.py",  # 32 s
    "tests/interruption_truncation/test_fuzz_handed.py",  # 29 s
    "tests/test_load_bench.py",  # 28 s
    "tests/g711_passthrough/test_e2e.py",  # 27 s
    "tests/indic_numbers/test_properties.py",  # 26 s
    "tests/call_pipeline/test_keypad.py",  # 25 s
    "tests/test_extras.py",  # 24 s
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {path: i for i, path in enumerate(LONGEST_FILES_FIRST)}
    last = len(rank)

    def key(item: pytest.Item) -> int:
        return rank.get(item.nodeid.split("::", 1)[0], last)

    items.sort(key=key)  # stable: each file's tests, and the other files, keep their order


@pytest.fixture(autouse=True)
def _release_refused_ports() -> Iterator[None]:
    """The ports :func:`tests.ports.refused_port` held for a test are closed when it ends."""
    try:
        yield
    finally:
        release_refused_ports()
