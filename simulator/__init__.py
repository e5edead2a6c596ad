"""A simulated FRITZ!Box call monitor for tests, the demo and benchmarks."""

from .fritzbox import FritzBoxSimulator

__all__ = ["FritzBoxSimulator"]
