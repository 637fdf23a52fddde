"""The demo shop's name and sign-ins (shown in the README), importable without the service:
the desktop signs in with them to the service it runs itself."""

DEMO_BUSINESS = "demo-shop"
DEMO_STREAMER = ("anna@demo.shop", "streamer-demo")
DEMO_COLLEAGUE = ("mateo@demo.shop", "colleague-demo")
DEMO_ADMIN = ("admin@demo.shop", "admin-demo")
"""E-mail and password of the demo users."""
