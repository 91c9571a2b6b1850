"""A notebook's pyplot, for tests of code that writes pictures: a backend that is not Agg
(as a notebook's inline one is not) and a figure of the notebook's own, current."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest


@contextmanager
def notebook_pyplot() -> Iterator[None]:
    """pyplot on the ``svg`` backend with one figure open; on leaving, fails when the code
    under test switched the backend or opened, closed or made current another figure, then
    puts back the backend the test run had."""
    matplotlib = pytest.importorskip("matplotlib")
    import matplotlib.pyplot as plt

    before = matplotlib.get_backend()
    plt.switch_backend("svg")
    mine = plt.figure()
    open_before = plt.get_fignums()
    try:
        yield
        assert matplotlib.get_backend() == "svg", "the notebook's backend was switched"
        assert plt.get_fignums() == open_before, "pyplot's figures changed"
        assert plt.gcf() is mine, "the notebook's current figure changed"
    finally:
        plt.close("all")
        plt.switch_backend(before)
