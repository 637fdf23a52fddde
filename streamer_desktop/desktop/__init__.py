"""The streamer's desktop app (PySide6 on a qasync loop).

A folder per feature (``shell``, ``requests``, ``chat``, ``schedule``, ``stream``,
``settings``, ``team``); what several features use stays at this level. Widgets render
and emit signals; state and network calls live in the workspace and the presenters,
which talk to the service only through :mod:`streamer_desktop.client`.
"""
