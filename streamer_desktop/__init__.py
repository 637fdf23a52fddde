"""Streamer desktop: the live-video-shopping streamer's workplace and its sync service."""

__version__ = "0.2.0"
"""The one version: the package's metadata, ``--version``, the service's API and the
installers all read it from here."""
APP_NAME = "Streamer Desktop"
"""The app's name as people see it."""
