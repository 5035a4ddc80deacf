"""The command-line commands (`kefutai backup|restore|check …`), named apart from desktop.cli so that a start of
the window does not import the command line (and what it needs) only to see that it was not asked for."""

COMMANDS = ("backup", "restore", "check", "move")
