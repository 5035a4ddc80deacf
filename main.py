"""Start 客服台: see `python main.py --help`."""

import sys

from desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
