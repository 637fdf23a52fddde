"""The streamer's own settings: what is stored, and the dialog that edits it."""
