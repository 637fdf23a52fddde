"""``python -m streamer_desktop``: the same program as ``main.py``."""

import sys

from streamer_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
