class Contact:
    name: str | None
    uniqueid: str | None
    numbers: list[str]

class Phonebook:
    contacts: list[Contact]
    def __init__(self) -> None: ...
