"""HA-free core of nuisance_calls.

Everything below this package is plain asyncio and standard-library Python
(plus ``phonenumbers``): the FRITZ!Box call monitor protocol and client, number
normalisation, the classifier, the call lifecycle and the per-caller tally.
It imports nothing from Home Assistant, so it is unit-tested directly and
could be published as a library of its own.
"""
