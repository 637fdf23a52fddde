"""Helpers shared by the tests: a pinned clock, a service on loopback, API shortcuts."""
