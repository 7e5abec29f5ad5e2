"""Helpers shared by the tests: charts, canvases, menus and dialogs shown for real, pictures.

Importable as `support` from every test: pytest puts tests/ on the path for tests/conftest.py.
"""
