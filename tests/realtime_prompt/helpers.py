"""Shared helpers: the example prompts, and mutations of them as YAML text."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from pipecat_rt_best.realtime_prompt.loader import EXAMPLES, LoadedPrompt, loads_prompt

ROOT = Path(__file__).resolve().parents[2]
PROMPTS = EXAMPLES
TECHNEST = PROMPTS / "tech_support_technest.yaml"
HINDI_LOAN = PROMPTS / "hindi_loan_collection.yaml"
GOLDEN = Path(__file__).resolve().parent / "golden"


def technest_data() -> dict[str, Any]:
    data = yaml.safe_load(TECHNEST.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def state(data: dict[str, Any], state_id: str) -> dict[str, Any]:
    return next(s for s in data["states"] if s["id"] == state_id)


def mutated(change: Callable[[dict[str, Any]], object]) -> tuple[LoadedPrompt, str]:
    """The TechNest prompt after ``change`` (on its data), loaded back from YAML text."""
    data = copy.deepcopy(technest_data())
    change(data)
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)
    return loads_prompt(text, source="technest.yaml"), text


def line_of(text: str, needle: str) -> int:
    """1-based line of the first line of ``text`` containing ``needle``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in text")
