"""The open request's stream: the stream box and live view, the presenter that starts,
ends and cancels it, its questions, and the live picture sent to the customer."""
