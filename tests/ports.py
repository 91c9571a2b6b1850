"""Ports for tests: a free one for a server the test starts, a refused one for a service that is down.

A free port closed again is only free until someone binds it: with the suite's workers
starting emulators on ephemeral ports side by side, a "nothing listens here" port was taken
by a parallel test's server twice — once an emulator answered 403, once the Azure Speech SDK
hung on a server that never upgraded the connection and the error came as a timeout
(``SERVER``) instead of a refused connection (``CONNECTIVITY``). :func:`refused_port` keeps
its port bound without listening, so a connection to it is refused and no server can take
it, until the test that asked for it ends (``conftest.py`` releases them after every test).
"""

from __future__ import annotations

import socket

_HELD: list[socket.socket] = []  # refused ports of the running test


def free_port() -> int:
    """A port nothing is bound to now, for a server the test starts itself."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def refused_port() -> int:
    """A port on 127.0.0.1 that refuses connections until the running test ends."""
    held = socket.socket()
    held.bind(("127.0.0.1", 0))
    _HELD.append(held)
    return int(held.getsockname()[1])


def held_ports() -> list[socket.socket]:
    """The sockets :func:`refused_port` holds now (for the test that checks they are released)."""
    return list(_HELD)


def release_refused_ports() -> None:
    """Close every port :func:`refused_port` handed out (kept to the process's end, a worker
    whose warning filters showed ResourceWarning printed one ``unclosed <socket ...>`` line each)."""
    while _HELD:
        _HELD.pop().close()
