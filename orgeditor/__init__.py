"""orgeditor: an org chart editor for sales organisations."""

# what `orgeditor --version` says when the package metadata is missing; keep it equal to
# the version in pyproject.toml
__version__ = "0.1.0"
