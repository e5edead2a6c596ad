"""Tests of nuisance_calls."""
