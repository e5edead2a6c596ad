# Type stubs for the part of fritzconnection (MIT) that nuisance_calls uses:
# its TR-064 codec and model, which do no I/O (see lib/tr064.py). fritzconnection
# ships no py.typed; these describe fritzconnection 1.15, and
# tests/test_library.py pins the behaviour they describe.
