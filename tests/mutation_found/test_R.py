"""A test a hand mutation run (session 22) found missing: it kills mutant R."""

import io

from loguru import logger

from pipecat_rt_best.base.redaction import install_redaction, redact, redact_url

S = "f00dfacecafe4a1b9c0d3e2f1a0b9c8d"
LEAKS = [
    f"Authorization: token {S}",  # R3  (GitHub-style scheme)
    f"wss://h/v1?token={S}",  # R5
    f"https://acct.blob.core.windows.net/c/b?sv=2022&sig={S}",  # R6 (Azure SAS)
    f"https://h/login?user=a&password={S}",  # R7
    f"OPENAI sk-proj-{S[:10]}_{S[10:]}",  # R8 (project keys have - and _)
    f"DB_PASSWORD={S}",  # R9
    f"https://h/b?sv=1&Sig={S}",  # R16 (query names in any case)
]


def test_redact():
    for line in LEAKS:
        assert S[12:20] not in redact(line), (line, redact(line))
    # a password with an @ in it: nothing of it is left
    assert "p4rt" not in redact(f"postgres://admin:{S}@p4rt@db:5432/app")  # R11


def test_redact_url():
    assert S not in redact_url(f"https://h/cb#access_token={S}")  # R12
    assert S not in redact_url(f"https://h/x?key={S}&model=m")  # R18


def test_loguru_messages_and_exceptions_are_redacted():
    install_redaction()
    out = io.StringIO()
    sink = logger.add(out, level="DEBUG")
    try:
        logger.info(f"connecting with api-key: {S}")  # R15
        try:
            raise RuntimeError(f"rejected Authorization: Bearer {S}")
        except RuntimeError:
            logger.exception("connect failed")  # R14
    finally:
        logger.remove(sink)
    assert S not in out.getvalue(), out.getvalue()
