"""``python -m liaison ...``: the command line alone, without Qt."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
