"""The HTTP client of the sync service: typed calls and the event stream. No Qt here."""
