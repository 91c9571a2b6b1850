"""The package's public surface: every top-level export resolves, lazily, and nothing pulls torch."""

from __future__ import annotations

import subprocess
import sys

import pytest

import pipecat_rt_best


def test_every_export_resolves() -> None:
    for name in pipecat_rt_best.__all__:
        assert getattr(pipecat_rt_best, name) is not None, name
    assert set(dir(pipecat_rt_best)) >= set(pipecat_rt_best.__all__)


def test_unknown_attribute_is_an_attribute_error() -> None:
    try:
        pipecat_rt_best.no_such_thing  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected AttributeError")


def test_import_is_lazy_and_torch_free() -> None:
    code = (
        "import sys, pipecat_rt_best\n"
        "assert 'onnxruntime' not in sys.modules and 'pipecat' not in sys.modules, 'eager import'\n"
        "for name in pipecat_rt_best.__all__: getattr(pipecat_rt_best, name)\n"
        "assert 'torch' not in sys.modules, 'torch was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_typed_marker_ships() -> None:
    from importlib.resources import files

    assert files("pipecat_rt_best").joinpath("py.typed").is_file()


def test_what_the_package_runs_ships_inside_it() -> None:
    """``simulate`` and the sample bots run the example prompts: they live in the package, so a
    wheel install has them (they once lived in the repository's pipelines/ folder)."""
    from pathlib import Path

    import pipecat_rt_best
    from pipecat_rt_best.realtime_prompt import example_prompt_path, load_prompt
    from pipecat_rt_best.testing.simulated_call.scenario import PROMPT_PATH

    package = Path(pipecat_rt_best.__file__).resolve().parent
    for name in ("hindi_loan_collection.yaml", "tech_support_technest.yaml"):
        path = example_prompt_path(name)
        assert path.is_relative_to(package) and load_prompt(path).prompt.states
    assert PROMPT_PATH.is_relative_to(package)
    with pytest.raises(FileNotFoundError, match=r"the pack ships hindi_loan_collection\.yaml"):
        example_prompt_path("nope.yaml")
    offenders = [
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if "parents[4]" in p.read_text(encoding="utf-8")
        or '"pipelines"' in p.read_text(encoding="utf-8")
    ]
    assert offenders == []  # nothing reaches out of the package into a checkout
