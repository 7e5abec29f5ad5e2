"""The standalone build's entry point (packaging/orgeditor.spec): the `orgeditor` command."""

import sys

from orgeditor.cli import main

if __name__ == "__main__":
    sys.exit(main())
