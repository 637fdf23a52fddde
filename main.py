"""Start the streamer desktop (or, with ``serve``, the sync service alone); see ``--help``."""

import sys

from streamer_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
