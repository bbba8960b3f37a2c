"""commands of the desktop app."""
