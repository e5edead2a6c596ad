"""Benchmarks of the nuisance_calls integration (not part of the integration)."""
