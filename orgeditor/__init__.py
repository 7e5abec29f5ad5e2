"""orgeditor: an org chart editor for sales organisations."""

__version__ = "0.1.0"
