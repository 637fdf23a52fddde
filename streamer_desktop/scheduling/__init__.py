"""Pure time logic shared by the service and the desktop.

No Qt, no HTTP, no database and no clock reads: every function that needs the
current instant takes it as ``now``.
"""
