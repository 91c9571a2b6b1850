"""The package's public surface: every top-level export resolves, lazily, and nothing pulls torch."""

from __future__ import annotations

import subprocess
import sys

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
