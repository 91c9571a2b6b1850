"""deploy/: the Kubernetes manifests parse and agree with the server's defaults and the
Dockerfile (no container engine here: the image itself is not built by the tests)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from pipecat_rt_best.cli import build_parser

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def _manifests() -> dict[str, dict[str, Any]]:
    docs: dict[str, dict[str, Any]] = {}
    for path in sorted((DEPLOY / "kubernetes").glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            docs[doc["kind"]] = doc
    return docs


def _server_args(argv: list[str]) -> Any:
    assert argv[:2] == ["pipecat-rt-best", "telephony-server"], argv
    return build_parser().parse_args(argv[1:])


def test_manifests_parse_and_match_the_server() -> None:
    docs = _manifests()
    assert {"Deployment", "Service", "HorizontalPodAutoscaler"} <= set(docs)
    deployment = docs["Deployment"]
    pod = deployment["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    args = _server_args(container["args"])
    assert args.host == "0.0.0.0"  # reachable from outside the pod
    # ... so not open to anyone: signed webhooks, token-checked streams, a call cap
    assert args.validate_twilio_signature and args.providers is None and args.max_calls
    (port,) = [p["containerPort"] for p in container["ports"]]
    assert port == args.port

    ready, live = container["readinessProbe"]["httpGet"], container["livenessProbe"]["httpGet"]
    assert (ready["path"], ready["port"]) == ("/readyz", port)
    assert (live["path"], live["port"]) == ("/healthz", port)

    pre_stop = container["lifecycle"]["preStop"]["exec"]["command"]
    assert pre_stop[0] == "sleep"
    assert pod["terminationGracePeriodSeconds"] >= args.drain_timeout + float(pre_stop[1])

    labels = deployment["spec"]["template"]["metadata"]["labels"]
    service = docs["Service"]["spec"]
    assert service["selector"].items() <= labels.items()
    assert [p["targetPort"] for p in service["ports"]] == [port]

    hpa = docs["HorizontalPodAutoscaler"]["spec"]
    assert hpa["scaleTargetRef"]["name"] == deployment["metadata"]["name"]
    assert hpa["scaleTargetRef"]["kind"] == "Deployment"
    assert hpa["metrics"][0]["resource"]["name"] == "cpu"


def test_dockerfile_runs_the_server_the_manifests_probe() -> None:
    text = (DEPLOY / "Dockerfile").read_text()
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    assert lines[0] == "FROM python:3.11-slim" or "FROM python:3.11-slim" in lines
    assert 'pip install ".[telephony,azure,entra]"' in text
    cmd = next(line for line in lines if line.startswith("CMD "))
    cmd_text = cmd + "".join(lines[lines.index(cmd) + 1 :])
    argv = yaml.safe_load(cmd_text.removeprefix("CMD ").replace("\\", ""))
    args = _server_args(argv)
    (container,) = _manifests()["Deployment"]["spec"]["template"]["spec"]["containers"]
    assert vars(args) == vars(_server_args(container["args"]))  # the same server
    assert f"http://127.0.0.1:{args.port}/healthz" in text  # HEALTHCHECK
    assert "HEALTHCHECK" in text


def test_the_docker_instructions_give_the_drain_time_to_finish() -> None:
    # Docker's default stop grace is 10 s, then SIGKILL: `--drain-timeout 300` cut calls anyway
    (container,) = _manifests()["Deployment"]["spec"]["template"]["spec"]["containers"]
    drain = _server_args(container["args"]).drain_timeout
    for doc in ("Dockerfile", "README.md"):
        text = (DEPLOY / doc).read_text()
        for pattern in (
            r"docker run --stop-timeout (\d+)",
            r"docker stop -t (\d+)",
            r"stop_grace_period: (\d+)s",
        ):
            found = [int(n) for n in re.findall(pattern, text)]
            assert found and all(n > drain for n in found), (doc, pattern, found)


def test_the_docs_say_readyz_cannot_see_the_backend_without_a_pool() -> None:
    # /readyz checks the pools; with --pool-size 0 there is none, and a backend that refuses
    # every call leaves it 200: a reader of the probe's description must be told
    readme = (DEPLOY.parent / "README.md").read_text()
    probes = readme[readme.index("* **Probes**") :].split("\n* **")[0]
    assert "`--pool-size 0`" in probes and "200 even when" in probes
    deploy = (DEPLOY / "README.md").read_text()
    readiness = deploy[deploy.index("readiness on `/readyz`") :].split("liveness")[0]
    assert "PIPECAT_RT_BEST_POOL_SIZE=0" in readiness and "200 even when" in readiness
