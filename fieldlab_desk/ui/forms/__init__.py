"""Python classes generated from forms/*.ui by scripts/build_resources.py."""
