"""Progress on a terminal (rich), silence elsewhere.

Long commands show what is happening on stderr when it is a terminal and
``-q`` was not given; in cron (no TTY) they print nothing but their summary,
and the log file and the exit status speak.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING, Any

from crawler.cli.options import verbosity
from crawler.cli.output import stderr_console

if TYPE_CHECKING:
    from rich.progress import Progress


def enabled(stream: Any = None) -> bool:
    """Progress is drawn only on a terminal, and not with ``-q``."""
    stream = stream or sys.stderr
    return verbosity() >= 0 and hasattr(stream, "isatty") and stream.isatty()


class Bar:
    """A progress bar (``total`` known) or a spinner with counters (``total`` None).

    Use as a context manager; call it as ``bar(done, total)`` (the library
    functions' ``progress`` callback) or ``bar.update(done, status=...)``.
    Does nothing when :func:`enabled` is false.
    """

    def __init__(self, label: str, *, total: float | None = None, unit: str = ""):
        self.label = label
        self.total = total
        self.unit = unit
        self.progress: Progress | None = None
        self.task: Any = None

    def __enter__(self) -> "Bar":
        if enabled():  # (rich only then: a command in a pipe does not import it)
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TaskProgressColumn,
                                       TextColumn, TimeElapsedColumn, TimeRemainingColumn)

            columns: list[Any] = [SpinnerColumn(), TextColumn("[bold]{task.description}")]
            if self.total is not None:
                columns += [BarColumn(), MofNCompleteColumn() if self.unit else TaskProgressColumn(),
                            TimeRemainingColumn()]
            columns += [TextColumn("{task.fields[status]}"), TimeElapsedColumn()]
            self.progress = Progress(*columns, console=stderr_console(), transient=False)
            self.progress.start()
            self.task = self.progress.add_task(self.label, total=self.total, status="")
        return self

    def __call__(self, done: float, total: float | None = None) -> None:
        self.update(done, total=total)

    def update(self, done: float | None = None, *, total: float | None = None, status: str | None = None) -> None:
        if self.progress is None:
            return
        fields: dict[str, Any] = {}
        if status is not None:
            fields["status"] = status
        self.progress.update(self.task, completed=done, total=total if total is not None else self.total,
                             **fields)

    def log(self, message: str) -> None:
        """A line above the bar (or nothing without a terminal)."""
        if self.progress is not None:
            self.progress.console.print(message, highlight=False, markup=False)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.progress is not None:
            self.progress.stop()
