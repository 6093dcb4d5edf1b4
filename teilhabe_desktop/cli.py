"""Command line: ``teilhabe-desktop [--db PATH] [--demo]`` and the headless commands.

The commands use the same core, store, exchange and reports code as the GUI. Errors go
to stderr; exit code 2 for bad input, 1 for failures (see DESIGN.md §6).
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from teilhabe_desktop import APP_NAME, __version__
from teilhabe_desktop.core.errors import UserError

#: Modules below ``teilhabe_desktop.commands`` that add sub-commands. Each has
#: ``register(subparsers, common)`` and sets ``handler(args, session) -> int`` as default;
#: a command that needs no database also sets ``needs_session=False`` (it gets ``None``).
COMMAND_MODULES: tuple[str, ...] = (
    "check",
    "backup",
    "passphrase",
    "plan",
    "person",
    "catalogue",
    "places",
    "sozialraum",
    "report",
    "text",
)
#: The top-level command words and the module that registers each, so that a command
#: imports only its own module (and what that needs), not every command's.
COMMANDS: dict[str, str] = {
    "check": "check",
    "backup": "backup",
    "restore": "backup",
    "passphrase": "passphrase",
    "plan": "plan",
    "person": "person",
    "catalogue": "catalogue",
    "places": "places",
    "sozialraum": "sozialraum",
    "report": "report",
    "text": "text",
}
_HELP = ("-h", "--help")

#: ``handler(args, session) -> int`` with an open :class:`~teilhabe_desktop.session.Session`.
Handler = Callable[[argparse.Namespace, object], int]
#: How long a writing command waits for the database's writer lock.
WRITER_WAIT_SECONDS = 10.0

#: argparse's messages and their German text; the patterns are compiled only when a
#: message is shown (a command that parses well does not pay for them).
_GERMAN_ERRORS = (
    (r"the following arguments are required: (.*)", "Diese Angaben fehlen: {0}"),
    (r"unrecognized arguments: (.*)", "Unbekannte Angaben: {0}"),
    (
        r"argument (\S+): invalid choice: '?([^' ]*)'? \(choose from (.*)\)",
        "{0}: „{1}“ gibt es nicht. Möglich sind: {2}",
    ),
    (r"argument (\S+): expected one argument", "{0}: Hier fehlt ein Wert."),
    (r"argument (\S+): invalid (\w+) value: (.*)", "{0}: ungültiger Wert {2}"),
    # a type function's own (German) message
    (r"argument (\S+): (.*)", "{0}: {1}"),
)


class GermanHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, "Aufruf: " if prefix is None else prefix)

    def start_section(self, heading):
        super().start_section(
            {"options": "Optionen", "positional arguments": "Befehle"}.get(heading, heading)
        )


class GermanArgumentParser(argparse.ArgumentParser):
    """argparse with German help and error messages; exit code 2 for bad input as before."""

    def __init__(self, *args, add_help: bool = True, **kwargs) -> None:
        kwargs.setdefault("formatter_class", GermanHelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        if add_help:
            self.add_argument("-h", "--help", action="help", help="diese Hilfe zeigen und beenden")

    def error(self, message: str):  # type: ignore[override]
        for pattern, german in _GERMAN_ERRORS:
            match = re.fullmatch(pattern, message, re.DOTALL)
            if match:
                message = german.format(*match.groups())
                break
        self.print_usage(sys.stderr)
        self.exit(2, f"Fehler: {message}\n")


def _common_options() -> argparse.ArgumentParser:
    # --db is accepted before and after a command's own words.
    common = GermanArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        metavar="DATEI",
        default=argparse.SUPPRESS,
        help="Datenbankdatei (Standard: im Datenordner des Benutzers)",
    )
    common.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS,
        help="Beispielkatalog und Beispielpersonen laden (ändert nichts, wenn schon geladen)",
    )
    return common


def _modules_for(argv: Sequence[str] | None) -> tuple[str, ...]:
    """The command modules a parse of ``argv`` needs: the named command's only; none to
    start the GUI; all of them for the overview help or an unknown word (whose error
    message lists every command)."""
    if argv is None:
        return COMMAND_MODULES
    words = list(argv)
    for position, word in enumerate(words):
        if word == "--":
            break
        if word.startswith("-"):
            continue
        if position > 0 and words[position - 1] == "--db":
            continue  # the value of --db
        module = COMMANDS.get(word)
        return (module,) if module is not None else COMMAND_MODULES
    return COMMAND_MODULES if any(word in _HELP for word in words) else ()


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv`` (with every command when ``argv`` is None)."""
    common = _common_options()
    parser = GermanArgumentParser(
        prog="teilhabe-desktop",
        description=f"{APP_NAME} – sozialraumorientierte Teilhabeplanung",
        parents=[common],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help="Versionsnummer zeigen und beenden",
    )

    parser.add_argument(
        "--selftest", action="store_true", help="Selbsttest des Programms ausführen"
    )
    subparsers = parser.add_subparsers(
        dest="command", metavar="BEFEHL", parser_class=GermanArgumentParser
    )
    for name in _modules_for(argv):
        module = importlib.import_module(f"teilhabe_desktop.commands.{name}")
        module.register(subparsers, common)
    return parser


def open_command_session(args: argparse.Namespace):
    """Open the database named by ``--db`` (or the default one) for a command."""
    from teilhabe_desktop.commands.passphrase import CommandLineKeys
    from teilhabe_desktop.session import open_session

    demo = getattr(args, "demo", False)
    args.keys = CommandLineKeys()
    return open_session(
        getattr(args, "db", None),
        keys=args.keys,
        demo=demo,
        # one writer per file: a writing command waits a little for the GUI or another
        # command, then says so; reading commands work beside them (WAL)
        writer=demo or getattr(args, "writes", True),
        wait_seconds=WRITER_WAIT_SECONDS,
    )


def _fail(error: BaseException) -> int:
    """The one place where a command's error reaches the user: German, no traceback.

    The log file is opened here, when there is something to log: a command that
    succeeds does not pay for setting up logging (issue 16)."""
    from teilhabe_desktop.errorlog import log_error, setup_logging, unexpected_error_text

    setup_logging()

    if isinstance(error, UserError):
        log_error("command refused", error)
        print(f"Fehler: {error.message}", file=sys.stderr)
        return error.exit_code
    log_error("command failed", error)
    print(f"Fehler: {unexpected_error_text()}", file=sys.stderr)
    return 1


def _is_unusable(error: BaseException) -> bool:
    from teilhabe_desktop.store.errors import DatabaseUnusable

    return isinstance(error, DatabaseUnusable)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if os.name == "posix":
        os.umask(0o077)  # every file and folder the app writes is for the user alone
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.selftest:
        from teilhabe_desktop.selftest import run_selftest

        return run_selftest()
    if args.command is None:
        from teilhabe_desktop.ui.shell.app import run_gui

        return run_gui(getattr(args, "db", None), demo=getattr(args, "demo", False))
    handler: Handler = args.handler
    if not getattr(args, "needs_session", True):
        return _run(handler, args, None)
    try:
        session = open_command_session(args)
    except Exception as error:
        unusable = getattr(args, "when_unusable", None)
        if unusable is not None and _is_unusable(error):
            try:  # e.g. `restore`: it is what an unusable database needs
                return unusable(args, error)
            except Exception as second:
                return _fail(second)
        return _fail(error)
    try:
        return _run(handler, args, session)
    finally:
        session.close()


def _run(handler: Handler, args: argparse.Namespace, session) -> int:
    try:
        return handler(args, session)
    except BrokenPipeError:
        # the reader (e.g. `| head`) stopped early: not an error of ours
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silences the flush at exit
        return 0
    except Exception as error:
        return _fail(error)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
