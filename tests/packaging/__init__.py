"""Packaging tests: the integration as HACS installs it."""
