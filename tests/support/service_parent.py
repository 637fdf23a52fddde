"""A stand-in desktop for tests: starts its own service process, prints the service's URL
and then waits to be killed."""

import sys
import threading
from pathlib import Path

from streamer_desktop.embedded import ServiceProcess

service = ServiceProcess(Path(sys.argv[1]))
print(service.start(), flush=True)
threading.Event().wait()
