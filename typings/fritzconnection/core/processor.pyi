from typing import Any
from xml.etree.ElementTree import Element

class Service:
    serviceType: str | None
    controlURL: str | None

class Description:
    services: dict[str, Service]
    def __init__(self, root: Element) -> None: ...

def process_node(obj: Any, root: Element) -> None: ...
