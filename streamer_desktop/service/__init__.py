"""The sync service: stores requests, messages and scheduled streams, and pushes events.

It never imports the desktop or the HTTP client; both talk to it over HTTP only.
"""
