"""The test suite's ports: a refused one stays refused for its test and is released after it."""

from __future__ import annotations

import socket

import pytest

from tests.ports import free_port, held_ports, refused_port, release_refused_ports


def test_a_refused_port_refuses_connections_and_no_server_can_take_it() -> None:
    # WRONG: "unreachable" services were given a free port closed again; a parallel test's
    # emulator took one, and the Azure Speech SDK hung on it (SERVER, not CONNECTIVITY)
    port = refused_port()
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port), 2):
        pass
    with socket.socket() as server, pytest.raises(OSError):
        server.bind(("127.0.0.1", port))
    with socket.socket() as server:  # a free port is one a server can bind
        server.bind(("127.0.0.1", free_port()))


def test_the_ports_held_for_a_test_are_closed_when_it_ends(request: pytest.FixtureRequest) -> None:
    # WRONG: the refused ports were kept until the process exited: 27 sockets left bound by
    # test_bot_errors.py alone, 27 ResourceWarning lines at a CI worker's exit
    assert "_release_refused_ports" in request.fixturenames  # conftest's, after every test
    assert held_ports() == []  # none left over from the tests before this one
    refused_port()
    refused_port()
    held = held_ports()
    assert len(held) == 2 and all(s.fileno() != -1 for s in held)
    release_refused_ports()
    assert held_ports() == [] and all(s.fileno() == -1 for s in held)
