"""bench.truncation: a pack row's 'vs pipecat' ratio divides by pipecat's stock run under the
same link and event loop, or there is none (it divided by one stock row per table: the
25-40 ms link's for the whole link sweep, the busy loop's for an idle-loop row)."""

from __future__ import annotations

from bench.truncation import run


def _stats(err_ms: float) -> run.Stats:
    return run.Stats(errors=[err_ms] * 10, truncates=10)


def _ratio_cells(table: str) -> dict[str, str]:
    rows = [line.strip("|").split("|") for line in table.splitlines()[2:]]
    return {cells[0].strip(): cells[-1].strip() for cells in rows}


def test_each_row_is_compared_with_stock_under_its_own_conditions() -> None:
    configs = [
        run.Config("pack, short link", "pack", {"link_ms": (1.0, 8.0)}),
        run.Config("stock, short link", "stock", {"link_ms": (1.0, 8.0)}),
        run.Config("pack, long link", "pack", {"link_ms": (25.0, 40.0)}),
        run.Config("stock, long link", "stock", {"link_ms": (25.0, 40.0)}),
        run.Config("pack, busy loop", "pack", {"busy": run.BUSY}),
    ]
    stats = {
        "pack, short link": _stats(10.0),
        "stock, short link": _stats(200.0),
        "pack, long link": _stats(50.0),
        "stock, long link": _stats(100.0),
        "pack, busy loop": _stats(40.0),
    }
    cells = _ratio_cells(run._table(stats, configs))
    assert cells["pack, short link"] == "20.0x / 20.0x smaller"  # not 100 / 10
    assert cells["pack, long link"] == "2.0x / 2.0x smaller"
    assert cells["pack, busy loop"] == "—"  # no stock run on a busy loop here
    assert cells["stock, short link"] == cells["stock, long link"] == "—"


def test_the_benchs_tables_have_a_stock_run_for_every_condition() -> None:
    for configs in (run.CONFIGS, run.LINK_SWEEP, run.BUSY_CONFIGS):
        stock = {c.condition for c in configs if c.kind == "stock"}
        assert {c.condition for c in configs if c.kind == "pack"} <= stock
