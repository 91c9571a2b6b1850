"""Suite-wide collection order: the longest test files first.

``make test`` runs pytest-xdist with ``--dist loadfile``: each worker takes the next whole
file in collection order. Alphabetical order put the three longest files (the sample bots'
offline calls, the notebooks, the soak) near the end, where one of them kept a worker busy
for a minute and more after the other had finished. Started first, the short files fill in
around them (longest-first scheduling). Only the order changes: every test still runs, in its
file's own order. The durations are ``--durations=0`` totals per file (session 31, two
workers); a file missing from the list (renamed, new) simply keeps its place after these.
"""

from __future__ import annotations

import pytest

LONGEST_FILES_FIRST = (
    "tests/azure_tts/test_service.py",  # 88 s
    "tests/test_pipelines.py",  # 85 s
    "tests/session_pool/test_reconnect.py",  # 55 s
    "tests/test_bot_errors.py",  # 53 s
    "tests/simulated_call/test_simulate.py",  # 52 s
    "tests/interruption_truncation/test_fuzz.py",  # 51 s (39 s since session 34's split)
    "tests/interruption_truncation/test_fuzz_handed.py",  # its other half: 25 s
    "tests/test_cli_errors.py",  # 48 s
    "tests/test_browser_bot.py",  # 46 s
    "tests/azure_tts/test_interruption.py",  # 38 s
    "tests/test_notebooks.py",  # 37 s
    "tests/g711_passthrough/test_faults.py",  # 34 s
    "tests/test_load_bench.py",  # 30 s
    "tests/azure_tts/test_example.py",  # 31 s
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {path: i for i, path in enumerate(LONGEST_FILES_FIRST)}
    last = len(rank)

    def key(item: pytest.Item) -> int:
        return rank.get(item.nodeid.split("::", 1)[0], last)

    items.sort(key=key)  # stable: each file's tests, and the other files, keep their order
