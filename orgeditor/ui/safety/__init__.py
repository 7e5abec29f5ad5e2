"""Keeping the user's work safe: autosave and recovery, file locks, the crash handler."""
