"""Streamer desktop: the live-video-shopping streamer's workplace and its sync service."""

__version__ = "0.1.0"
