"""The open request's conversation: its list model and the painted bubbles, day
separators and stream boxes."""
