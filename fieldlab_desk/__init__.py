"""FieldLab Desk: portfolio, budgets, Theory of Change and effect measurement for library innovation."""

__version__ = "0.1.0"
