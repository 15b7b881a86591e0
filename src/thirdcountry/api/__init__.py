"""The JSON API: ``create_app(settings)`` builds it together with the web pages (see app.py)."""
