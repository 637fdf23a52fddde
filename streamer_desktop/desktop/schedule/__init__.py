"""Schedule a stream: the dialog with its calendar and linked Your time / Customer time
fields, its texts, and the presenter that books (or moves) the stream."""
