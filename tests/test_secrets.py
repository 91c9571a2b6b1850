"""Secrets nowhere: a distinctive key, every logger at DEBUG, found in no output (issue 16.6)."""

from __future__ import annotations

import ast
import asyncio
import io
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from loguru import logger
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from pipecat_rt_best.base.redaction import REDACTED, install_redaction, redact
from pipecat_rt_best.realtime import RealtimeConfigError, backend_config_from_env
from pipecat_rt_best.testing.realtime_emulator import RealtimeEmulator

KEY = "sk-zq7DistinctiveKey0042"
AZURE_KEY = "f00dfacecafe4a1b9c0d3e2f1a0b9c8d"  # no sk- shape: only its header gives it away


@pytest.mark.parametrize(
    "line",
    [
        f"> Authorization: Bearer {KEY}",
        f"> api-key: {AZURE_KEY}",
        f"> Ocp-Apim-Subscription-Key: {AZURE_KEY}",
        f"{{'api-key': '{AZURE_KEY}', 'x': 1}}",
        f'headers=[("Authorization", "Bearer {AZURE_KEY}")]',
        f"GET /openai/v1/realtime?deployment=d&api-key={AZURE_KEY} HTTP/1.1",
        f"wss://bot.example.com/telnyx/media?pcrb_token={AZURE_KEY}",
        f"pasted {KEY} somewhere",
        f"(b'api-key', b'{AZURE_KEY}')",  # raw ASGI / HTTP header tuples
        f"> Authorization: Bearer {AZURE_KEY}",  # a token of no sk- shape (Entra, Speech)
        f"authorization: Basic {AZURE_KEY}",
        f"Proxy-Authorization: bearer {AZURE_KEY}",
        f"Config(api_key='{AZURE_KEY}')",
        f"AZURE_OPENAI_API_KEY={AZURE_KEY}",
        f"TWILIO_AUTH_TOKEN: {AZURE_KEY}",
        f"https://fn.example.net/api/hook?code={AZURE_KEY}",
        f"ws://gwuser:{AZURE_KEY}@127.0.0.1:9/v1/realtime",
        f"postgres://admin:{AZURE_KEY}@x@db:5432/app",  # an @ inside the password
        f"https://acct.blob.core.windows.net/c/a.wav?sv=2024&sig={AZURE_KEY}",  # a SAS URL
        f"wss://gw.example.com/v1/realtime?token={AZURE_KEY}",
        f"https://svc.example.com/hook?password={AZURE_KEY}",
        # a review (session 25): a token with a space in it, an object given as one, and an
        # error quoting the header
        f"> Authorization: Bearer part1 {AZURE_KEY}",
        f"> Authorization: Bearer AccessToken(token='{AZURE_KEY}', expires_on=1767225600)",
        f"Error connecting: invalid Authorization header: Bearer {AZURE_KEY}",
        # session 42: an Entra ID token quoted bare (a JWT), and Azure Speech's form of one
        f"token eyJ0eXAiOiJKV1QifQ.eyJpc3MiOiJodHRwczovL3N0cy53aW5kb3dzLm5ldC90LyJ9.{AZURE_KEY}",
        f"auth_token='aad#/subscriptions/s/resourceGroups/g/providers/x/accounts/a#{AZURE_KEY}'",
        f"speech token aad#/subscriptions/s/accounts/a#{AZURE_KEY} refused",
    ],
)
def test_redact_removes_the_secret_and_keeps_the_rest(line: str) -> None:
    clean = redact(line)
    assert KEY not in clean and AZURE_KEY not in clean and REDACTED in clean
    assert redact("closed (code=1011) after 3 s") == "closed (code=1011) after 3 s"
    for harmless in (
        "max_tokens=300",
        "input_token_details=None",
        "ws://127.0.0.1:9/v1",
        # prose that names a variable: the pack's own messages stay readable
        "set AZURE_OPENAI_REALTIME_ENDPOINT + AZURE_OPENAI_API_KEY, or OPENAI_API_KEY",
        "set OPENAI_API_KEY: the key of your project",
        "missing api_key, falling back to the token",
    ):
        assert redact(harmless) == harmless


@pytest.fixture
def everything_at_debug() -> Iterator[io.StringIO]:
    """Every stdlib logger and loguru at DEBUG, into one buffer."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    sink = logger.add(out, level="TRACE")
    try:
        yield out
    finally:
        logger.remove(sink)
        root.removeHandler(handler)
        root.setLevel(old_level)


async def test_no_key_in_any_log_line_of_a_realtime_handshake(
    everything_at_debug: io.StringIO,
) -> None:
    install_redaction()
    async with RealtimeEmulator(api_key=KEY) as emu:
        async with connect(emu.url, additional_headers={"Authorization": f"Bearer {KEY}"}) as ws:
            await ws.recv()
        async with connect(emu.azure_url, additional_headers={"api-key": KEY}) as ws:
            await ws.recv()
        with pytest.raises(InvalidStatus):  # a wrong key, echoed nowhere either
            async with connect(emu.azure_url, additional_headers={"api-key": AZURE_KEY}):
                pass
    logged = everything_at_debug.getvalue()
    assert "Authorization" in logged or "api-key" in logged  # the headers were logged ...
    assert KEY not in logged and AZURE_KEY not in logged  # ... without their values


@pytest.mark.parametrize(
    "env",
    [
        {"PIPECAT_RT_BEST_BACKEND": KEY},
        {"AZURE_OPENAI_REALTIME_ENDPOINT": f"https://res.openai.azure.com/{KEY}",
         "AZURE_OPENAI_API_KEY": "x"},
        {"AZURE_OPENAI_REALTIME_ENDPOINT": f"https://res.openai.azure.com/?api-key={KEY}",
         "AZURE_OPENAI_API_KEY": "x"},
        # session 42: a key or token pasted into the Entra switch
        {"AZURE_OPENAI_REALTIME_ENDPOINT": "https://res.openai.azure.com",
         "AZURE_OPENAI_AUTH": KEY},
    ],
)  # fmt: skip
def test_configuration_errors_do_not_echo_a_pasted_key(env: dict[str, str]) -> None:
    with pytest.raises(RealtimeConfigError) as err:
        backend_config_from_env(env)
    assert KEY not in str(err.value)


def test_the_emulator_takes_its_key_from_the_environment_and_warns_about_the_flag() -> None:
    with socket.socket() as busy:  # the run stops at the port: only the warning matters here
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        done = subprocess.run(
            [sys.executable, "-m", "pipecat_rt_best.cli", "emulator", "--api-key", KEY,
             "--port", port],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
    assert "set EMULATOR_API_KEY instead" in done.stderr  # the warning names the variable
    assert KEY not in done.stderr + done.stdout and "Traceback" not in done.stderr
    assert done.returncode == 2 and f"127.0.0.1:{port}" in done.stderr.splitlines()[-1]


@pytest.mark.parametrize("command", ["emulator", "azure-speech-emulator"])
def test_an_emulator_key_on_the_command_line_is_warned_about_never_echoed(
    command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipecat_rt_best.cli import build_parser
    from pipecat_rt_best.cli.emulator import server_key

    monkeypatch.setenv("EMULATOR_API_KEY", AZURE_KEY)
    sink = io.StringIO()
    handle = logger.add(sink, level="DEBUG")
    try:
        flagged = build_parser().parse_args([command, "--api-key", KEY])
        assert server_key(flagged, command) == KEY  # the flag wins
        assert server_key(build_parser().parse_args([command]), command) == AZURE_KEY
        monkeypatch.delenv("EMULATOR_API_KEY")
        assert server_key(build_parser().parse_args([command]), command) == "test-key"
    finally:
        logger.remove(handle)
    logged = sink.getvalue()
    assert logged.count("visible to every user in the process list") == 1
    assert f"{command}:" in logged and KEY not in logged and AZURE_KEY not in logged


def test_a_password_in_the_backend_url_is_not_in_its_repr() -> None:
    # a gateway with basic auth: the repr is logged at INFO by telephony-server
    config = backend_config_from_env(
        {
            "OPENAI_API_KEY": "x",
            "OPENAI_REALTIME_URL": f"ws://gw:{AZURE_KEY}@127.0.0.1:9/v1/realtime",
        }
    )
    assert AZURE_KEY not in repr(config) and "127.0.0.1:9" in repr(config)


def test_a_bad_azure_speech_host_is_not_echoed() -> None:
    from pipecat_rt_best.azure_tts.env import AzureSpeechConfig, AzureSpeechConfigError

    host = f"https://res.example.com/tts?subscription-key={AZURE_KEY}"
    with pytest.raises(AzureSpeechConfigError) as err:
        AzureSpeechConfig.from_env({"AZURE_SPEECH_API_KEY": "k", "AZURE_SPEECH_HOST": host})
    assert "AZURE_SPEECH_HOST" in str(err.value) and AZURE_KEY not in str(err.value)


def test_a_loguru_message_is_redacted_once_redaction_is_installed() -> None:
    # the CLI, the telephony server and the emulator install it; a message a library logs
    # with a key in it must reach every sink redacted (no test pinned the loguru side)
    install_redaction()
    out = io.StringIO()
    sink = logger.add(out, level="DEBUG", format="{message}")
    try:
        logger.info(f"connecting with Authorization: Bearer {AZURE_KEY}")
    finally:
        logger.remove(sink)
    assert AZURE_KEY not in out.getvalue() and REDACTED in out.getvalue()


@pytest.fixture
def host_logging() -> Iterator[None]:
    """A process with no redaction installed yet; its logging is put back after the test."""
    patcher, factory = logger._core.patcher, logging.getLogRecordFactory()  # type: ignore[attr-defined]
    logger._core.patcher = None  # type: ignore[attr-defined]
    logging.setLogRecordFactory(logging.LogRecord)
    try:
        yield
    finally:
        logger._core.patcher = patcher  # type: ignore[attr-defined]
        logging.setLogRecordFactory(factory)


def test_redaction_chains_the_hosts_loguru_patcher_and_record_factory(
    host_logging: None,
) -> None:
    # an application embedding the telephony app has its own trace-id patcher and record
    # factory: installing the redaction replaced both, and every host line then failed with
    # KeyError: 'trace_id' (a sink formatting {extra[trace_id]})
    logger.configure(patcher=lambda r: r["extra"].setdefault("trace_id", "T-42"))

    def host_factory(*args: object, **kwargs: object) -> logging.LogRecord:
        record = logging.LogRecord(*args, **kwargs)  # type: ignore[arg-type]
        record.trace_id = "T-43"
        return record

    logging.setLogRecordFactory(host_factory)
    install_redaction()
    installed = (logger._core.patcher, logging.getLogRecordFactory())  # type: ignore[attr-defined]
    install_redaction()  # again (the telephony app, then an emulator): not wrapped twice
    assert (logger._core.patcher, logging.getLogRecordFactory()) == installed  # type: ignore[attr-defined]
    out = io.StringIO()
    sink = logger.add(out, level="DEBUG", format="{extra[trace_id]} | {message}", catch=False)
    line = f"connecting with Authorization: Bearer {AZURE_KEY}"
    try:
        logger.info(line)
    finally:
        logger.remove(sink)
    assert out.getvalue() == f"T-42 | {redact(line)}\n" and AZURE_KEY not in redact(line)
    record = logging.getLogger("host").makeRecord(
        "host", logging.INFO, __file__, 1, "api-key: %s", (AZURE_KEY,), None
    )
    assert record.trace_id == "T-43" and record.getMessage() == f"api-key: {REDACTED}"  # type: ignore[attr-defined]
    # a patcher the host sets after the install is chained in its turn by the next install
    logger.configure(patcher=lambda r: r["extra"].setdefault("trace_id", "T-44"))
    install_redaction()
    out = io.StringIO()
    sink = logger.add(out, level="DEBUG", format="{extra[trace_id]} | {message}", catch=False)
    try:
        logger.info(f"api-key: {AZURE_KEY}")
    finally:
        logger.remove(sink)
    assert out.getvalue() == f"T-44 | api-key: {REDACTED}\n"


def test_the_clis_stdlib_lines_have_a_time_and_level_and_stay_redacted() -> None:
    # uvicorn's lines read "INFO:uvicorn.error:Started server process" (logging.basicConfig's
    # default format): no time, unlike every loguru line around them
    script = f"""
import logging
from pipecat_rt_best.cli.errors import setup_logging
setup_logging("INFO")
logging.getLogger("uvicorn.error").warning("Started server process, api-key: {AZURE_KEY}")
try:
    raise RuntimeError("handshake with Authorization: Bearer {KEY}")
except RuntimeError:
    logging.getLogger("websockets.client").exception("connect failed")
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    stamp = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} \| "
    assert re.match(stamp + r"WARNING  \| uvicorn\.error - Started server process", lines[0])
    assert re.match(stamp + r"ERROR    \| websockets\.client - connect failed", lines[1])
    assert "RuntimeError: handshake with Authorization: [REDACTED]" in done.stderr
    assert KEY not in done.stderr and AZURE_KEY not in done.stderr  # the traceback's text too


def test_a_logged_traceback_shows_no_variable_values_and_stays_redacted() -> None:
    # loguru's default sink prints each frame's variables under a traceback (diagnose): a key
    # a frame holds (of no sk- shape: no pattern would catch it) was there in clear; a chained
    # exception's message is not the logged one's, so only the sink itself can redact it
    script = f"""
import os
from loguru import logger
from pipecat_rt_best.cli.errors import setup_logging
setup_logging("INFO")
os.environ["AZURE_OPENAI_API_KEY"] = "{AZURE_KEY}"

def connect(api_key):
    try:
        raise OSError("handshake with Authorization: Bearer {KEY}")
    except OSError as exc:
        raise RuntimeError("the call failed") from exc

try:
    connect(os.environ["AZURE_OPENAI_API_KEY"])
except RuntimeError:
    logger.exception("telephony: call CA1 failed")
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "RuntimeError: the call failed" in done.stderr  # the traceback is still there
    assert "OSError: handshake with Authorization: [REDACTED]" in done.stderr
    assert AZURE_KEY not in done.stderr and KEY not in done.stderr


def _logger_add_calls(path: Path) -> Iterator[ast.Call]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "add"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "logger"
        ):
            yield node


def test_every_loguru_sink_the_repository_adds_prints_no_variable_values() -> None:
    # diagnose=True (loguru's default) prints a key held by any frame of a logged traceback
    root = Path(__file__).parent.parent
    files = [p for d in ("src", "examples", "pipelines", "bench") for p in (root / d).rglob("*.py")]
    calls = [(p, c) for p in files for c in _logger_add_calls(p)]
    assert calls  # the walk finds them
    diagnosing = [
        f"{p.relative_to(root)}:{c.lineno}"
        for p, c in calls
        if not any(
            k.arg == "diagnose" and isinstance(k.value, ast.Constant) and k.value.value is False
            for k in c.keywords
        )
    ]
    assert diagnosing == []
    # pipecat's runner adds its own sink with loguru's defaults: the bots turn diagnose off
    # before anything loads loguru (an empty LOGURU_DIAGNOSE counts as unset: loguru_env)
    for bot in (root / "pipelines").glob("*.py"):
        text = bot.read_text(encoding="utf-8")
        assert 'os.environ.update(loguru_env(LOGURU_LEVEL="WARNING", LOGURU_DIAGNOSE="NO"))' in text
        assert text.index("LOGURU_DIAGNOSE") < text.index("\nwith exit_on_missing_extra"), bot.name


@pytest.mark.parametrize("name", ["api-key: ", "AZURE_OPENAI_API_KEY=", "wss://h/r?key="])
def test_a_redacted_value_ends_at_a_colored_lines_reset_code(name: str) -> None:
    # log_to_stderr redacts whole lines, colored ones on a terminal: the reset stays
    assert redact(f"{name}{AZURE_KEY}\x1b[0m tail") == f"{name}{REDACTED}\x1b[0m tail"


def _server_log_after_webhooks(command: Callable[[int], list[str]], paths: tuple[str, ...]) -> str:
    """Start a telephony server (``command(port)``, no API keys in its environment), GET each
    webhook path once it answers /healthz, stop it with SIGINT: all it wrote (stdout and stderr)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if "API_KEY" not in k and "AZURE" not in k}
    proc = subprocess.Popen(
        command(port), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=5).close()
                break
            except OSError:
                time.sleep(0.1)
        for path in paths:
            urllib.request.urlopen(base + path, timeout=5).close()
    finally:
        proc.send_signal(signal.SIGINT)
        log, _ = proc.communicate(timeout=30)
    return log


def test_a_get_webhooks_caller_number_reaches_no_log_line() -> None:
    # Exotel fetches its dynamic URL with GET (CallFrom/CallTo in the query), as Twilio does
    # with its Voice URL set to HTTP GET: uvicorn's access line showed the caller's number
    log = _server_log_after_webhooks(
        lambda port: [sys.executable, "-m", "pipecat_rt_best.cli", "telephony-server", "--emulator",
                      "--no-vad", "--providers", "exotel,twilio", "--port", str(port),
                      "--pool-size", "0"],
        ("/exotel/voice?CallSid=b6f1c2&CallFrom=09876543210&CallTo=08047112233",
         "/twilio/voice?CallSid=CA11&From=%2B919876543210&To=%2B918047112233"),
    )  # fmt: skip
    assert '"GET /exotel/voice HTTP/1.1" 200' in log, log[-2000:]  # the access line stays
    assert '"GET /twilio/voice HTTP/1.1" 200' in log
    assert "9876543210" not in log and "8047112233" not in log


_PLAIN_UVICORN = """
import sys
import uvicorn
from pipecat_rt_best.g711_passthrough import TelephonyServerConfig, create_telephony_app

async def never(transport, call):
    raise RuntimeError("no call in this test")

app = create_telephony_app(never, TelephonyServerConfig(providers=("exotel", "twilio")))
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]))  # uvicorn's own LOGGING_CONFIG
"""


def test_request_lines_lose_their_query_under_uvicorns_default_logging() -> None:
    # the README's uvicorn.run(app): hiding the query set record.args = None, and uvicorn's
    # AccessFormatter (its default LOGGING_CONFIG) unpacks record.args: a "Logging error"
    # traceback on stderr instead of the access line, for every request with a query
    log = _server_log_after_webhooks(
        lambda port: [sys.executable, "-c", _PLAIN_UVICORN, str(port)],
        ("/exotel/voice?CallSid=b6f1c2&CallFrom=09876543210&CallTo=08047112233",
         "/twilio/voice?CallSid=CA11&From=%2B919876543210&token=sk-abcdefghijkl"),
    )  # fmt: skip
    assert "Logging error" not in log and "Traceback" not in log, log[-3000:]
    assert '"GET /exotel/voice HTTP/1.1" 200' in log, log[-2000:]
    assert '"GET /twilio/voice HTTP/1.1" 200' in log
    assert "9876543210" not in log and "abcdefghijkl" not in log


def test_a_reprs_own_placeholder_is_left_as_it_is() -> None:
    # telephony-server's start-up line read "RealtimeBackendConfig(…, api_key=[REDACTED]": the
    # placeholder was taken for a key and the ")" after it eaten (the backends review)
    from pipecat_rt_best.realtime.env import configured_backend

    config = configured_backend(
        {
            "AZURE_OPENAI_REALTIME_ENDPOINT": "https://res.openai.azure.com",
            "AZURE_OPENAI_API_KEY": AZURE_KEY,
        }
    )
    assert config is not None
    assert redact(repr(config)) == repr(config) and repr(config).endswith("api_key=<redacted>)")
    assert redact(f"api_key={AZURE_KEY})").startswith(f"api_key={REDACTED}")  # a key still goes


# -- Microsoft Entra ID (session 42) ---------------------------------------------------------


def test_no_entra_token_or_resource_id_in_reprs_or_configuration_errors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pipecat_rt_best.azure_tts.env import AzureSpeechConfig, AzureSpeechConfigError
    from tests.entra_helpers import RESOURCE_ID, entra_jwt, fake_entra_provider

    token = entra_jwt(AZURE_KEY)
    fake_entra_provider(monkeypatch, token)
    env = {"AZURE_SPEECH_RESOURCE_ID": RESOURCE_ID, "AZURE_SPEECH_REGION": "eastus"}
    for config in (
        AzureSpeechConfig.from_env(env),
        AzureSpeechConfig.from_env({**env, "AZURE_SPEECH_AUTH_TOKEN": token}),
    ):
        for shown in (repr(config), str(config)):
            assert AZURE_KEY not in shown and RESOURCE_ID not in shown and "Entra ID" in shown
    # a token pasted as the resource id, or alone where the id is needed: never echoed
    for bad in (
        {"AZURE_SPEECH_RESOURCE_ID": token, "AZURE_SPEECH_REGION": "eastus"},
        {"AZURE_SPEECH_AUTH_TOKEN": token, "AZURE_SPEECH_REGION": "eastus"},
    ):
        with pytest.raises(AzureSpeechConfigError) as err:
            AzureSpeechConfig.from_env(bad)
        assert AZURE_KEY not in str(err.value) and "eyJ" not in str(err.value)
    realtime = backend_config_from_env(
        {
            "AZURE_OPENAI_REALTIME_ENDPOINT": "https://res.openai.azure.com",
            "AZURE_OPENAI_AUTH": "entra",
        }
    )
    assert AZURE_KEY not in repr(realtime) and AZURE_KEY not in realtime.describe()


async def test_no_entra_token_in_any_log_line_of_an_entra_session_or_its_failure(
    everything_at_debug: io.StringIO, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipecat_rt_best.base import entra
    from pipecat_rt_best.base.token_source import TokenProviderError, safe_token_provider
    from pipecat_rt_best.realtime.pooled import session_backend_from_env
    from pipecat_rt_best.session_pool.pool import RealtimeSessionPool
    from tests.entra_helpers import entra_jwt, fake_entra_provider

    install_redaction()
    token = entra_jwt(AZURE_KEY)
    fake_entra_provider(monkeypatch, token)
    async with RealtimeEmulator(api_key="no-key-auth", azure_token=token) as emu:
        env = {"AZURE_OPENAI_REALTIME_ENDPOINT": emu.azure_url, "AZURE_OPENAI_AUTH": "entra"}
        backend = session_backend_from_env(env)
        async with RealtimeSessionPool(backend) as pool:
            await pool.wait_ready(5)
            assert [h["auth"] for h in emu.handshakes][:1] == ["bearer"]
        emu.azure_token = "expired-now"  # refused: the failure is logged, the token is not
        async with RealtimeSessionPool(backend) as pool:
            for _ in range(50):
                if any(h["status"] == 401 for h in emu.handshakes):
                    break
                await asyncio.sleep(0.05)

    # a credential whose failure quotes the token (azure.identity's messages may)
    class Quoting:
        def get_token(self, *scopes: str, **_: object) -> object:
            raise RuntimeError(f"refresh failed for {token}")

    monkeypatch.setattr(
        entra, "_bearer_provider", lambda cred, scope: lambda: cred.get_token(scope)
    )
    failing = safe_token_provider(entra.entra_token_provider(Quoting()))
    with pytest.raises(TokenProviderError) as err:
        await failing()
    assert AZURE_KEY not in str(err.value) and "RuntimeError" in str(err.value)
    logged = everything_at_debug.getvalue()
    assert "401" in logged or "HTTP" in logged  # the refusal was logged ...
    assert AZURE_KEY not in logged and "eyJ" not in logged  # ... without the token


def test_the_stderr_sink_writes_to_stderr_as_it_is_at_each_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the sink held the sys.stderr of the moment it was added: once pytest had closed that
    # capture, every later line was loguru's "Logging error ... I/O operation on closed file"
    from loguru import logger

    from pipecat_rt_best.base.redaction import log_to_stderr

    first, second = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stderr", first)
    sink = log_to_stderr("INFO")
    try:
        logger.info(f"one api-key: {AZURE_KEY}")
        first.close()
        monkeypatch.setattr(sys, "stderr", second)
        logger.info(f"two api-key: {AZURE_KEY}")
    finally:
        logger.remove(sink)
    assert "two" in second.getvalue() and AZURE_KEY not in second.getvalue()
