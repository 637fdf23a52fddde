"""The web tests use the session's Chromium (``browser`` in ``tests/conftest.py``)."""
