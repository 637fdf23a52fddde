"""E-mail to customers: composing messages with calendar invitations, and sending them."""
