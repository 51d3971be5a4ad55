"""Modal screens of the TUI: dialogs, pickers, help."""
