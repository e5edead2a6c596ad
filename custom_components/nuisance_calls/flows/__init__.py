"""The config flow's steps, one module per kind of entry (``config_flow.py`` joins them)."""
