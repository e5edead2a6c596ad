from typing import Any, ClassVar

class Soaper:
    headers: ClassVar[dict[str, str]]
    envelope: ClassVar[str]
    body_template: ClassVar[str]
    argument_template: ClassVar[str]

def preprocess_arguments(arguments: dict[str, Any]) -> dict[str, Any]: ...
