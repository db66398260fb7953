"""Khasan 1938 Explorer."""
__version__ = "0.1.0"
