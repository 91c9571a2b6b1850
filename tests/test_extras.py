"""A base install (no extras): each optional dependency left out is one line naming the extra
that brings it, and what does not need it works without it."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pipecat_rt_best.base.extras import EXTRAS, MissingExtraError, missing_extra

_BLOCK = """
import sys
class _Absent:  # these modules are not installed
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {blocked!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
sys.meta_path.insert(0, _Absent())
"""


def _run(blocked: set[str], code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    script = _BLOCK.format(blocked=sorted(blocked)) + textwrap.dedent(code)
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True, text=True, timeout=120, cwd=tmp_path, check=False,
    )  # fmt: skip


def test_missing_extra_names_the_extra_and_leaves_other_modules_alone() -> None:
    err = missing_extra(ModuleNotFoundError("x", name="fastapi.responses"), "the server")
    assert isinstance(err, MissingExtraError) and "pipecat-rt-best[telephony]" in str(err)
    other = ModuleNotFoundError("x", name="numpy")
    assert missing_extra(other, "anything") is other  # a broken install, not an extra


@pytest.mark.parametrize(
    ("blocked", "argv", "extra"),
    [
        (
            {"uvicorn", "fastapi", "starlette"},
            ["telephony-server", "--emulator", "--port", "0"],
            "telephony",
        ),
        ({"uvicorn", "fastapi", "starlette"}, ["telephony-call"], "telephony"),
        ({"azure"}, ["simulate", "--out", "out"], "azure"),
    ],
)
def test_a_command_whose_extra_is_missing_is_one_line(
    blocked: set[str], argv: list[str], extra: str, tmp_path: Path
) -> None:
    done = _run(
        blocked,
        f"from pipecat_rt_best.cli import main\nsys.exit(main({argv!r}))",
        tmp_path,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    (line,) = [x for x in done.stderr.splitlines() if ": error: " in x]
    assert f"pipecat-rt-best[{extra}]" in line


@pytest.mark.parametrize(
    ("script", "blocked", "missing", "extra"),
    [
        ("pipelines/browser_bot.py", {"aiortc"}, "aiortc", "bots"),
        ("pipelines/phone_bot.py", {"uvicorn", "fastapi", "starlette"}, "uvicorn", "bots"),
        ("examples/azure_tts_call.py", {"azure"}, "azure", "azure"),
    ],
)
def test_a_script_whose_extra_is_missing_is_one_line(
    script: str, blocked: set[str], missing: str, extra: str, tmp_path: Path
) -> None:
    # it was a traceback (pipecat's ImportError "Missing module: aiortc", the pack's
    # MissingExtraError); the sample bots name the extra that brings all they need
    path = Path(__file__).resolve().parents[1] / script
    done = _run(
        blocked,
        f"""
        import runpy
        sys.argv = [{str(path)!r}, "--offline"]
        runpy.run_path({str(path)!r}, run_name="__main__")
        """,
        tmp_path,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        f"{path.name}: error: this script needs {missing}, which is not installed: "
        f"pip install 'pipecat-rt-best[{extra}]' (in a clone: pip install -e '.[{extra}]')"
    ]


def test_a_public_name_whose_extra_is_missing_says_which() -> None:
    done = _run(
        {"fastapi", "starlette"},
        """
        try:
            from pipecat_rt_best import G711PassthroughTransport
        except ImportError as exc:
            print(type(exc).__name__, exc)
        """,
        Path.cwd(),
    )
    assert "MissingExtraError" in done.stdout and "pipecat-rt-best[telephony]" in done.stdout


def test_an_audio_call_and_the_examples_helpers_need_no_speech_sdk_nor_server() -> None:
    done = _run(
        {"azure", "fastapi", "starlette", "uvicorn"},
        """
        from pipecat_rt_best.call_pipeline import phone_call, worker_running
        from pipecat_rt_best.call_pipeline.pipeline import worker_running as w
        assert worker_running is w
        print("ok")
        """,
        Path.cwd(),
    )
    assert done.stdout.strip().endswith("ok"), done.stderr


def test_python_dash_m_runs_the_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pipecat_rt_best", "--help"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0 and "telephony-server" in done.stdout


def test_help_and_dir_of_every_package_work_on_a_base_install() -> None:
    # WRONG (review s41, left then; confirmed session 42): on an install without [telephony]
    # and [azure], `help(pipecat_rt_best)` in a notebook raised MissingExtraError: pydoc (and
    # inspect.getmembers, and completion) loads every name dir() lists and only skips an
    # AttributeError. EXPECTED: help works; dir() lists exactly the names that load (read from
    # the pack's sources, not by importing them); a name left out still says which extra.
    done = _run(
        set(EXTRAS) - {"tqdm", "matplotlib"},
        """
        import importlib, json, pkgutil, pydoc
        import pipecat_rt_best
        from pipecat_rt_best._lazy import _exports
        from pipecat_rt_best.base.extras import MissingExtraError
        packages = ["pipecat_rt_best"] + [
            m.name for m in pkgutil.walk_packages(pipecat_rt_best.__path__, "pipecat_rt_best.")
            if m.ispkg
        ]
        report = {
            "help": [], "listed_but_fails": [], "loads_but_hidden": [], "hidden": [],
            "star": [], "all_not_loading": [],
        }
        for name in packages:
            package = importlib.import_module(name)
            listed = set(dir(package))  # before anything loads
            in_all = set(getattr(package, "__all__", ()))  # none: the cli, no face
            try:
                exec(f"from {name} import *", {})
            except Exception as exc:
                report["star"].append(f"{name}: {type(exc).__name__}: {exc}")
            for export in _exports(package.__file__, name):
                try:
                    getattr(package, export)
                    loads = True
                except MissingExtraError:
                    loads = False
                if export in listed and not loads:
                    report["listed_but_fails"].append(f"{name}.{export}")
                if export not in listed and loads:
                    report["loads_but_hidden"].append(f"{name}.{export}")
                if export not in listed:
                    report["hidden"].append(f"{name}.{export}")
                if (export in in_all) != loads:
                    report["all_not_loading"].append(f"{name}.{export}")
            try:
                pydoc.render_doc(package)
            except Exception as exc:
                report["help"].append(f"{name}: {type(exc).__name__}: {exc}")
        try:
            from pipecat_rt_best import G711PassthroughTransport
        except MissingExtraError as exc:
            report["message"] = str(exc)
        print(json.dumps(report))
        """,
        Path.cwd(),
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["help"] == [], report["help"]
    assert report["listed_but_fails"] == [] and report["loads_but_hidden"] == [], report
    # WRONG (left in session 42): `from pipecat_rt_best import *` raised MissingExtraError on
    # a base install (its __all__ listed every name). EXPECTED: __all__ is the names that load
    assert report["star"] == [] and report["all_not_loading"] == [], report
    assert "pipecat_rt_best.G711PassthroughTransport" in report["hidden"]
    assert "pipecat_rt_best.azure_tts.AzureSpeechTTSService" in report["hidden"]
    assert "pip install 'pipecat-rt-best[telephony]'" in report["message"]


def test_dir_lists_every_public_name_when_the_extras_are_installed() -> None:
    import pipecat_rt_best
    from pipecat_rt_best import azure_tts, call_pipeline
    from pipecat_rt_best._lazy import _exports

    for package in (pipecat_rt_best, azure_tts, call_pipeline):
        assert package.__file__ is not None
        names = set(_exports(package.__file__, package.__name__))
        assert set(package.__all__) - {"__version__"} == names
        assert names <= set(dir(package))
    assert pipecat_rt_best.__all__[-1] == "__version__"


# -- Microsoft Entra ID (session 42): azure-identity is the entra extra's --------------------

_BLOCK_IDENTITY = """
import sys
class _Absent:  # azure-identity is not installed (the Speech SDK's azure package may be)
    def find_spec(self, name, path=None, target=None):
        if name == "azure.identity" or name.startswith("azure.identity."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
sys.meta_path.insert(0, _Absent())
"""


def test_azure_identity_is_the_entra_extras_not_the_speech_sdks() -> None:
    # the two share the "azure" namespace: the longest name decides
    err = missing_extra(ModuleNotFoundError("x", name="azure.identity"), "Entra ID")
    assert isinstance(err, MissingExtraError) and "pipecat-rt-best[entra]" in str(err)
    assert str(err).startswith("Entra ID needs azure.identity, which is not installed")
    err = missing_extra(ModuleNotFoundError("x", name="azure.cognitiveservices.speech"), "TTS")
    assert "pipecat-rt-best[azure]" in str(err)
    assert EXTRAS["azure.identity"] == "entra"


def _entra_env(tmp_path: Path) -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith(("AZURE_", "OPENAI_"))}
    return {
        **env,
        "AZURE_OPENAI_REALTIME_ENDPOINT": "https://sahyog.openai.azure.com",
        "AZURE_OPENAI_AUTH": "entra",
        "PYTHONPATH": os.pathsep.join(sys.path),
    }


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        # a sample bot: the extra that brings all it needs
        (
            ["pipelines/phone_bot.py", "-t", "twilio"],
            "phone_bot.py: error: this script needs azure.identity, which is not installed: "
            "pip install 'pipecat-rt-best[bots]' (in a clone: pip install -e '.[bots]')",
        ),
        # the command line: the extra itself
        (
            ["-m", "pipecat_rt_best", "telephony-server", "--port", "0"],
            "pipecat-rt-best telephony-server: error: Microsoft Entra ID authentication needs "
            "azure.identity, which is not installed: pip install 'pipecat-rt-best[entra]' "
            "(in a clone: pip install -e '.[entra]')",
        ),
    ],
)
def test_entra_without_azure_identity_is_one_line_before_anything_starts(
    argv: list[str], line: str, tmp_path: Path
) -> None:
    repo = Path(__file__).resolve().parents[1]
    runner = tmp_path / "run.py"
    target = argv[0]
    if target == "-m":
        body = f"import runpy\nsys.argv = ['pipecat-rt-best', *{argv[2:]!r}]\n"
        body += "runpy.run_module('pipecat_rt_best', run_name='__main__')\n"
    else:
        script = str(repo / target)
        body = f"import runpy\nsys.argv = [{script!r}, *{argv[1:]!r}]\n"
        body += f"runpy.run_path({script!r}, run_name='__main__')\n"
    runner.write_text(_BLOCK_IDENTITY + body, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(runner)], capture_output=True, text=True, timeout=120,
        cwd=tmp_path, env=_entra_env(tmp_path), check=False,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [line], done.stderr
