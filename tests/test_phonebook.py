"""Known contacts from the FRITZ!Box phone books."""

from __future__ import annotations

from custom_components.nuisance_calls.phonebook import contact_records


def test_contact_records_normalise_and_skip_internal_numbers() -> None:
    """Contacts' numbers become allow records with the (cleaned) name as label."""
    records, skipped = contact_records(
        [
            ("Mum", ["030 1234567", "0171 2345678"]),
            ("Doctor\n<b>Dr. X</b>", ["+49 89 7654321"]),
            ("Intercom", ["**610", "abc"]),
        ],
        "DE",
        "phonebook:FRITZ!Box",
    )
    assert [(r.number, r.allow, r.label, r.source) for r in records] == [
        ("+49301234567", True, "Mum", "phonebook:FRITZ!Box"),
        ("+491712345678", True, "Mum", "phonebook:FRITZ!Box"),
        ("+49897654321", True, "Doctor <b>Dr. X</b>", "phonebook:FRITZ!Box"),
    ]
    assert skipped == 2
