"""Printing rows: tables that fit the terminal (rich), JSON, JSON lines, CSV.

rich is imported where a table or a console is made, not with this module: a command
printing JSON, or run in a pipe, does not pay its import (issue 11).
"""

from __future__ import annotations

import csv
import functools
import json
import os
import re
import sys
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Iterator, Sequence

if TYPE_CHECKING:
    from rich.box import Box
    from rich.console import Console
    from rich.text import Text


@functools.lru_cache(maxsize=1)
def plain_box() -> Box:
    """Header underlined with dashes, no outer frame: readable, greppable, and pure ASCII."""
    from rich import box

    return box.Box(
        "    \n"
        "    \n"
        "--- \n"
        "    \n"
        "    \n"
        "    \n"
        "    \n"
        "    \n"
    )


#: Width used when stdout is not a terminal (a pipe, a file, cron).
PIPE_WIDTH = 160
#: Widest a column that is not among the ``wide`` ones gets (terminal cells), and how far
#: that cap may come down on a narrow terminal so the wide ones keep WIDE_MIN cells.
NARROW_MAX = 22
NARROW_MIN = 8
WIDE_MIN = 24
#: Cells between two columns.
GAP = 2
#: Search snippets mark matches as [term].
_MARK = re.compile(r"\[([^\[\]]+)\]")


def jsonable(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def console(file: Any = None) -> Console:
    """A console on ``file`` (stdout): the terminal's width, or :data:`PIPE_WIDTH` in a pipe."""
    from rich.console import Console

    file = file or sys.stdout
    tty = hasattr(file, "isatty") and file.isatty()
    width = None if tty else int(os.environ.get("COLUMNS") or PIPE_WIDTH)
    return Console(file=file, width=width, highlight=False, soft_wrap=False, emoji=False,
                   force_terminal=None if tty else False)


@functools.lru_cache(maxsize=1)
def stderr_console() -> Console:
    """The one console on stderr: progress bars and log lines share it, so neither garbles the other."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def _cell(value: Any) -> Text:
    from rich.text import Text

    if value is None:
        return Text("")
    if isinstance(value, datetime):
        return Text(value.strftime("%Y-%m-%d %H:%M"))
    if isinstance(value, float):
        return Text(f"{value:.3f}")
    if isinstance(value, (list, dict)):
        return Text(json.dumps(value, ensure_ascii=False))
    return Text(" ".join(str(value).split()))


def highlighted(snippet: str | None) -> Text:
    """A search snippet with its ``[matches]`` in bold (the brackets stay, for pipes)."""
    from rich.text import Text

    text = Text()
    pos = 0
    for m in _MARK.finditer(snippet or ""):
        text.append(snippet[pos:m.start()])  # type: ignore[index]
        text.append(m.group(0), style="bold yellow")
        pos = m.end()
    text.append((snippet or "")[pos:])
    return text


def _widths(cells: list[list[Text]], columns: Sequence[str], wide: Sequence[str], room: int) -> dict[str, int]:
    """Widths of the narrow columns: their longest cell up to a cap, the cap lowered
    until the ``wide`` columns keep at least :data:`WIDE_MIN` cells each."""
    from rich.cells import cell_len

    natural = {c: max([cell_len(c)] + [row[i].cell_len for row in cells])
               for i, c in enumerate(columns) if c not in wide}
    cap = NARROW_MAX
    while cap > NARROW_MIN and sum(min(w, cap) for w in natural.values()) > room - WIDE_MIN * len(wide):
        cap -= 1
    # A header never breaks: a column is at least as wide as its name (or its longest cell).
    return {c: min(w, max(cap, cell_len(c))) for c, w in natural.items()}


def print_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], *, file: Any = None,
                wide: Sequence[str] = ()) -> None:
    """Rows as a table as wide as the terminal; long cells wrap, never clip.
    ``wide`` columns (text, titles, URLs) get the room the others leave."""
    from rich.table import Table

    out = console(file)
    if not rows:
        out.print("(no rows)")
        return
    wide = [c for c in wide if c in columns]
    cells = [[highlighted(row.get(c)) if c == "snippet" else _cell(row.get(c)) for c in columns] for row in rows]
    widths = _widths(cells, columns, wide, out.width - GAP * (len(columns) - 1))
    table = Table(box=plain_box(), show_edge=False, pad_edge=False, padding=(0, GAP - 1, 0, 0), collapse_padding=True,
                  header_style="bold", expand=bool(wide))
    for name in columns:
        if name in wide:  # shares the room the others leave, wrapping
            table.add_column(name, overflow="fold", ratio=1, min_width=WIDE_MIN)
        else:
            table.add_column(name, overflow="fold", width=widths[name])
    for row_cells in cells:
        table.add_row(*row_cells)
    out.print(table)


def write_rows(rows: Sequence[dict[str, Any]], fmt: str, file: Any = None) -> None:
    """``rows`` as ``json`` (an array), ``jsonl`` or ``csv``, with every key of the rows."""
    file = file or sys.stdout
    if fmt == "json":
        json.dump([jsonable(r) for r in rows], file, ensure_ascii=False, indent=2)
        file.write("\n")
    elif fmt == "jsonl":
        for r in rows:
            file.write(json.dumps(jsonable(r), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        keys = list(dict.fromkeys(k for r in rows for k in r))
        writer = csv.writer(file)
        writer.writerow(keys)
        for r in rows:
            writer.writerow([json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else jsonable(v)
                             for v in (r.get(k) for k in keys)])
    else:
        raise ValueError(f"unknown format {fmt!r}")


def emit(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str, *, wide: Sequence[str] = ()) -> None:
    """Print ``rows`` as a table of ``columns``, or in a machine format with every key."""
    with reader_may_leave():
        if fmt == "table":
            print_table(rows, columns, wide=wide)
        else:
            write_rows(rows, fmt)


@contextmanager
def reader_may_leave() -> Iterator[None]:
    """``newsarchive ... | head``: when the reader closes the pipe, stop quietly."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        # Point stdout at /dev/null so the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise
