"""The desktop app (PySide6): main window, views, dialogs, item models, undo commands, charts."""
