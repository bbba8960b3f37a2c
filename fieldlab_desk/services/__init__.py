"""Use cases shared by the desktop app and the CLI. Functions take the session as a keyword."""
