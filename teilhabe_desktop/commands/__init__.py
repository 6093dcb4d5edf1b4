"""Sub-commands of the command line, one module per command group (see ``cli.py``)."""
