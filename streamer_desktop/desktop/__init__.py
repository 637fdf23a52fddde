"""The streamer's desktop app (PySide6 on a qasync loop).

Widgets render and emit signals; state and network calls live in the
presenters (:mod:`workspace`, :mod:`board`), which talk to the service only
through :mod:`streamer_desktop.client`.
"""
