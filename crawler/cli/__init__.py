"""The ``newsarchive`` command: everything a person runs by hand (click).

Each subcommand lives in ``crawler/cli/<name>.py`` as a click command named
``command`` with ``help`` and an example in its epilog; the work itself is a
library function in ``models/`` or ``pipelines/``.  Known errors become one
line on stderr and a non-zero exit status (:class:`CommandError`; usage errors
exit 2); unexpected ones propagate.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any, Sequence

import click

#: Subcommand modules, in ``--help`` order.
COMMANDS = [
    "demo",
    "extract",
    "db",
    "crawl",
    "search",
    "claims",
    "history",
    "entities",
    "stats",
    "rejects",
    "export",
    "reprocess",
    "warc",
    "spool",
]

#: Exit statuses shared by every command.
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_PIPE = 141


class CommandError(Exception):
    """A known failure: printed as ``newsarchive: error: <message>``."""

    def __init__(self, message: str, status: int = EXIT_ERROR):
        super().__init__(message)
        self.status = status


class Group(click.Group):
    """Subcommands loaded from :data:`COMMANDS`, listed in that order."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        return importlib.import_module(f"crawler.cli.{name}").command

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # The reader went away (`newsarchive export | head`): stop quietly, like other Unix tools.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise click.exceptions.Exit(EXIT_PIPE) from None


CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _group() -> click.Group:
    from crawler.cli.options import common

    @click.group(cls=Group, context_settings=CONTEXT, epilog="Example: newsarchive demo --db archive.db")
    @click.version_option(package_name="newsarchive", prog_name="newsarchive")
    @common
    def cli() -> None:
        """Crawl financial news into a clean, queryable archive."""

    return cli


cli = _group()


def _usage_line(exc: click.UsageError) -> str:
    """Click's usage error as one line that says where the fix is."""
    ctx = exc.ctx
    path = ctx.command_path if ctx is not None else "newsarchive"
    message = " ".join(exc.format_message().split())
    if isinstance(exc, click.NoSuchOption) and exc.possibilities:
        message = message.rstrip(".")
    return f"{path}: error: {message} (see `{path} --help`)"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv``; returns the exit status (never raises for known errors)."""
    from crawler.cli.options import set_verbosity

    set_verbosity(0)
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        result: Any = cli.main(args=args, prog_name="newsarchive", standalone_mode=False)
    except CommandError as exc:
        print(f"newsarchive: error: {exc}", file=sys.stderr)
        return exc.status
    except click.UsageError as exc:
        print(_usage_line(exc), file=sys.stderr)
        return EXIT_USAGE
    except click.ClickException as exc:  # e.g. click.FileError
        print(f"newsarchive: error: {' '.join(exc.format_message().split())}", file=sys.stderr)
        return exc.exit_code
    except (KeyboardInterrupt, click.Abort):
        print("newsarchive: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    return int(result or 0)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    run()
