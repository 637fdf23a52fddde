"""My requests and Active: the board that orders the cards by the shared timing rules,
its list models and the painted card."""
