"""The web dashboard: server-rendered pages, the offline world map and vendored static files."""
