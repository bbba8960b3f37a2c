"""Charts with matplotlib on the Qt backend. Import this package only when a chart is shown:
matplotlib costs about a second to import."""
