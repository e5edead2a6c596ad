"""A fake FRITZ!Box TR-064 server: phone books, call barring, call list, home codes.

The tests drive it with our asyncio client (``lib.tr064``) and with real
fritzconnection (``tests/test_fake_tr064.py``); ``python -m simulator --tr064
PORT`` (``scripts/develop``) serves the demo phone book and call barring list
with it (its call list is empty, its home codes are 49 / 30). It serves, on
127.0.0.1 in a background thread:

* ``/tr64desc.xml``: a device description with a ``systemVersion`` and two
  services, ``X_AVM-DE_OnTel:1`` and ``X_VoIP:1`` (``/igddesc.xml`` is a 404,
  which fritzconnection tolerates);
* ``/x_contactSCPD.xml``: the OnTel service's actions ``GetPhonebookList``,
  ``GetPhonebook``, ``GetCallBarringList``, ``SetCallBarringEntry``,
  ``DeleteCallBarringEntryUID``, ``GetCallBarringEntryByNum`` and ``GetCallList``
  with their state variables (fritzconnection converts out arguments by their
  data type);
* ``/x_voipSCPD.xml``: the VoIP service's ``X_AVM-DE_GetVoIPCommonCountryCode``
  (``NewX_AVM-DE_LKZ``, ``NewX_AVM-DE_LKZPrefix``) and
  ``X_AVM-DE_GetVoIPCommonAreaCode`` (``NewX_AVM-DE_OKZ``,
  ``NewX_AVM-DE_OKZPrefix``);
* ``/upnp/control/x_contact`` and ``/upnp/control/x_voip``: the SOAP control
  endpoints, behind HTTP Digest auth (RFC 2617, MD5, ``qop=auth``) like the real
  box; errors are UPnP SOAP faults with HTTP status 500 (an action of the other
  service is 401 "Invalid Action");
* ``/phonebook?id=N``: phone book N in AVM's XML format (the URL that
  ``GetPhonebook`` hands out; not authenticated, the real one carries a sid);
* ``/callbarring``: the call barring list ("Rufsperre") in the same format, each
  ``<contact>`` with its ``<uniqueid>`` (the URL ``GetCallBarringList`` hands out);
* ``/calllist?sid=SID``: the call list ("Anrufliste") in AVM's format
  (``<root><timestamp>`` and one ``<Call>`` per call, newest first; the URL
  ``GetCallList`` hands out). A missing or wrong sid is 403. It honours AVM's
  query parameters: ``max=N`` (the N newest; 0 or none: all), ``days=N`` (calls
  since the start of the day N days ago, by ``now()``: 1 is today and
  yesterday) and ``id=N`` (only calls with a higher id) - ``id`` only together
  with ``timestamp=`` equal to the list's ``<timestamp>``, as AVM documents;
  otherwise ``id`` is ignored and the whole list comes back.

The call barring actions behave like AVM's x_contactSCPD describes them:

* ``GetCallBarringList`` -> ``NewPhonebookURL`` (the ``/callbarring`` URL);
* ``SetCallBarringEntry(NewPhonebookEntryData)`` -> ``NewPhonebookEntryUniqueID``:
  the data is an XML document with one ``<contact>`` (``person/realName``,
  ``telephony/number`` elements, optionally ``uniqueid``); an existing uniqueid
  overwrites that entry, otherwise a new entry gets a fresh uid (uids are never
  reused). Malformed data -> fault 402 "Invalid Args"; a new entry while the list
  holds ``barring_capacity`` entries -> fault 820 "Internal Error";
* ``DeleteCallBarringEntryUID(NewPhonebookEntryUniqueID)``; unknown uid -> fault
  714 "NoSuchEntryInArray";
* ``GetCallBarringEntryByNum(NewNumber)`` -> ``NewPhonebookEntryData`` (the first
  entry with that number, as a ``<contact>`` document; numbers are compared without
  spaces, ``-``, ``/``, ``(`` and ``)``); unknown -> fault 714.

Tests control the box through its public fields, all read on every request, so a
test may change them between calls:

* ``phonebooks``: id -> (name, [(contact name, [numbers])]);
* ``barring``: uid -> (name, [numbers]), the call barring list; pre-fill it for
  entries "the user added by hand", inspect it after calls. Request threads change
  it under ``lock``; hold that lock to touch it while a client may be calling;
* ``barring_capacity``: the most entries the list takes (``None``: unlimited);
* ``calls``: the call list, newest first (``FakeCall``s); ``add_call()`` puts a
  call at the top with the next id (ids only grow, as on the box);
  ``call_list_timestamp`` is the list's ``<timestamp>`` (change it to model a
  list that started over); ``call_list_body``, when set, is served as the call
  list instead, byte for byte (hostile or broken bodies); ``now`` is the box's
  local clock (naive) for ``days=`` and ``add_call``;
* ``country_code`` / ``area_code`` (``"49"`` / ``"30"``) and their prefixes
  ``country_prefix`` / ``area_prefix`` (``"00"`` / ``"0"``): what the two VoIP
  actions answer;
* ``fail_actions``: SOAP action names answered with HTTP 500 and fault 820
  "Internal Error" (before anything else is done), to test failures and retries;
* ``fail_auth``: answer 401 to every SOAP request;
* ``delay_actions``: action name -> seconds to wait, after doing the action,
  before answering (a slow box; a client cancelled meanwhile misses the answer).

``requests`` records what was asked, in order: ``"GET <path>"`` for every GET,
``"SOAP <action>"`` for every authorized SOAP call (failed ones included) and
``"DENIED <action>"`` for every SOAP call answered 401 (the first call of a client
always gets one: that is the digest challenge).
"""

from __future__ import annotations

from collections.abc import Callable
import contextlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
import hashlib
import hmac
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import secrets
import threading
import time
from urllib.parse import parse_qs, urlsplit
from urllib.request import parse_http_list, parse_keqv_list
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

SERVICE_TYPE = "urn:dslforum-org:service:X_AVM-DE_OnTel:1"
CONTROL_URL = "/upnp/control/x_contact"
SCPD_URL = "/x_contactSCPD.xml"
VOIP_SERVICE_TYPE = "urn:dslforum-org:service:X_VoIP:1"
VOIP_CONTROL_URL = "/upnp/control/x_voip"
VOIP_SCPD_URL = "/x_voipSCPD.xml"
PHONEBOOK_PATH = "/phonebook"
CALL_BARRING_PATH = "/callbarring"
CALL_LIST_PATH = "/calllist"
CALL_BARRING_NAME = "Rufsperre"
REALM = "F!Box SOAP-Auth"
XML_TYPE = "text/xml; charset=utf-8"
# fritzconnection treats exactly "text/html" as "resource not available" and an
# html body with status 401 as FritzAuthorizationError.
HTML_TYPE = "text/html"

DESCRIPTION = f"""<?xml version="1.0" encoding="utf-8"?>
<root xmlns="urn:dslforum-org:device-1-0">
<specVersion><major>1</major><minor>0</minor></specVersion>
<systemVersion><HW>226</HW><Major>154</Major><Minor>7</Minor><Patch>57</Patch>\
<Buildnumber>111111</Buildnumber><Display>154.07.57</Display></systemVersion>
<device>
<deviceType>urn:dslforum-org:device:InternetGatewayDevice:1</deviceType>
<friendlyName>FRITZ!Box 7590 (fake)</friendlyName>
<manufacturer>AVM</manufacturer>
<manufacturerURL>http://www.avm.de</manufacturerURL>
<modelDescription>FRITZ!Box 7590</modelDescription>
<modelName>FRITZ!Box 7590</modelName>
<modelNumber>avm</modelNumber>
<UDN>uuid:739f2409-bccb-40e7-8e6c-fa0000000001</UDN>
<serviceList>
<service>
<serviceType>{SERVICE_TYPE}</serviceType>
<serviceId>urn:X_AVM-DE_OnTel-com:serviceId:X_AVM-DE_OnTel1</serviceId>
<controlURL>{CONTROL_URL}</controlURL>
<eventSubURL>{CONTROL_URL}</eventSubURL>
<SCPDURL>{SCPD_URL}</SCPDURL>
</service>
<service>
<serviceType>{VOIP_SERVICE_TYPE}</serviceType>
<serviceId>urn:X_VoIP-com:serviceId:X_VoIP1</serviceId>
<controlURL>{VOIP_CONTROL_URL}</controlURL>
<eventSubURL>{VOIP_CONTROL_URL}</eventSubURL>
<SCPDURL>{VOIP_SCPD_URL}</SCPDURL>
</service>
</serviceList>
</device>
</root>
"""


def _argument(name: str, direction: str, variable: str) -> str:
    return (
        f"<argument><name>{name}</name><direction>{direction}</direction>"
        f"<relatedStateVariable>{variable}</relatedStateVariable></argument>"
    )


def _variable(name: str, data_type: str) -> str:
    return (
        f'<stateVariable sendEvents="no"><name>{name}</name>'
        f"<dataType>{data_type}</dataType></stateVariable>"
    )


SCPD = f"""<?xml version="1.0" encoding="utf-8"?>
<scpd xmlns="urn:dslforum-org:service-1-0">
<specVersion><major>1</major><minor>0</minor></specVersion>
<actionList>
<action><name>GetPhonebookList</name><argumentList>
{_argument("NewPhonebookList", "out", "X_AVM-DE_PhonebookList")}
</argumentList></action>
<action><name>GetPhonebook</name><argumentList>
{_argument("NewPhonebookID", "in", "X_AVM-DE_PhonebookID")}
{_argument("NewPhonebookName", "out", "X_AVM-DE_PhonebookName")}
{_argument("NewPhonebookExtraID", "out", "X_AVM-DE_PhonebookExtraID")}
{_argument("NewPhonebookURL", "out", "X_AVM-DE_PhonebookURL")}
</argumentList></action>
<action><name>GetCallBarringEntryByNum</name><argumentList>
{_argument("NewNumber", "in", "X_AVM-DE_Number")}
{_argument("NewPhonebookEntryData", "out", "X_AVM-DE_PhonebookEntryData")}
</argumentList></action>
<action><name>GetCallBarringList</name><argumentList>
{_argument("NewPhonebookURL", "out", "X_AVM-DE_PhonebookURL")}
</argumentList></action>
<action><name>SetCallBarringEntry</name><argumentList>
{_argument("NewPhonebookEntryData", "in", "X_AVM-DE_PhonebookEntryData")}
{_argument("NewPhonebookEntryUniqueID", "out", "X_AVM-DE_PhonebookEntryUniqueID")}
</argumentList></action>
<action><name>DeleteCallBarringEntryUID</name><argumentList>
{_argument("NewPhonebookEntryUniqueID", "in", "X_AVM-DE_PhonebookEntryUniqueID")}
</argumentList></action>
<action><name>GetCallList</name><argumentList>
{_argument("NewCallListURL", "out", "X_AVM-DE_CallListURL")}
</argumentList></action>
</actionList>
<serviceStateTable>
{_variable("X_AVM-DE_PhonebookList", "string")}
{_variable("X_AVM-DE_PhonebookID", "ui2")}
{_variable("X_AVM-DE_PhonebookName", "string")}
{_variable("X_AVM-DE_PhonebookExtraID", "string")}
{_variable("X_AVM-DE_PhonebookURL", "string")}
{_variable("X_AVM-DE_PhonebookEntryData", "string")}
{_variable("X_AVM-DE_PhonebookEntryUniqueID", "ui4")}
{_variable("X_AVM-DE_Number", "string")}
{_variable("X_AVM-DE_CallListURL", "string")}
</serviceStateTable>
</scpd>
"""

VOIP_SCPD = f"""<?xml version="1.0" encoding="utf-8"?>
<scpd xmlns="urn:dslforum-org:service-1-0">
<specVersion><major>1</major><minor>0</minor></specVersion>
<actionList>
<action><name>X_AVM-DE_GetVoIPCommonCountryCode</name><argumentList>
{_argument("NewX_AVM-DE_LKZ", "out", "X_AVM-DE_LKZ")}
{_argument("NewX_AVM-DE_LKZPrefix", "out", "X_AVM-DE_LKZPrefix")}
</argumentList></action>
<action><name>X_AVM-DE_GetVoIPCommonAreaCode</name><argumentList>
{_argument("NewX_AVM-DE_OKZ", "out", "X_AVM-DE_OKZ")}
{_argument("NewX_AVM-DE_OKZPrefix", "out", "X_AVM-DE_OKZPrefix")}
</argumentList></action>
</actionList>
<serviceStateTable>
{_variable("X_AVM-DE_LKZ", "string")}
{_variable("X_AVM-DE_LKZPrefix", "string")}
{_variable("X_AVM-DE_OKZ", "string")}
{_variable("X_AVM-DE_OKZPrefix", "string")}
</serviceStateTable>
</scpd>
"""

ENVELOPE = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" '
    's:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">'
    "<s:Body>{body}</s:Body></s:Envelope>"
)
UNAUTHORIZED = (
    "<HTML><HEAD><TITLE>401 Unauthorized (ERR_NONE)</TITLE></HEAD>"
    "<BODY><H1>401 Unauthorized</H1>Authorization failed</BODY></HTML>"
)
NOT_FOUND = "<HTML><HEAD><TITLE>404 Not Found</TITLE></HEAD><BODY>Not Found</BODY></HTML>"
FORBIDDEN = "<HTML><HEAD><TITLE>403 Forbidden</TITLE></HEAD><BODY>Forbidden</BODY></HTML>"
NUMBER_TYPES = ("home", "mobile", "work")

# A call list entry's <Type>, as AVM's x_contactSCPD numbers them.
CALL_INCOMING = 1  # answered
CALL_MISSED = 2
CALL_OUTGOING = 3
CALL_ACTIVE_INCOMING = 9
CALL_REJECTED = 10
CALL_ACTIVE_OUTGOING = 11
OUTGOING_CALL_TYPES = frozenset({CALL_OUTGOING, CALL_ACTIVE_OUTGOING})
DEFAULT_OWN_NUMBER = "5550100"


@dataclass(frozen=True)
class FakeCall:
    """One call of the box's call list.

    ``number`` is the other party as the box writes it (``""``: withheld),
    ``own_number`` ours; ``time`` is the box's local time (naive, the list
    shows minutes); ``duration`` is in seconds (the list shows ``h:mm``,
    rounded up to whole minutes).
    """

    id: int
    type: int
    number: str
    time: datetime
    duration: int = 0
    own_number: str = DEFAULT_OWN_NUMBER
    name: str = ""
    device: str = ""
    port: str = ""


def _duration(seconds: int) -> str:
    minutes = -(-max(seconds, 0) // 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


def call_xml(call: FakeCall) -> str:
    """One ``<Call>`` element in AVM's format: who called whom depends on the type."""
    if call.type in OUTGOING_CALL_TYPES:
        parties = (
            f"<Called>{escape(call.number)}</Called><Caller>{escape(call.own_number)}</Caller>"
            f"<CallerNumber>{escape(call.own_number)}</CallerNumber>"
        )
    else:
        parties = (
            f"<Caller>{escape(call.number)}</Caller><Called>{escape(call.own_number)}</Called>"
            f"<CalledNumber>{escape(call.own_number)}</CalledNumber>"
        )
    return (
        f"<Call><Id>{call.id}</Id><Type>{call.type}</Type>{parties}"
        f"<Name>{escape(call.name)}</Name><Numbertype>sip</Numbertype>"
        f"<Device>{escape(call.device)}</Device><Port>{escape(call.port)}</Port>"
        f"<Date>{call.time:%d.%m.%y %H:%M}</Date><Duration>{_duration(call.duration)}</Duration>"
        "<Count></Count><Path /></Call>"
    )


def call_list_xml(timestamp: int, calls: list[FakeCall]) -> str:
    """The call list document (``/calllist``), calls in the order given (newest first)."""
    return "".join(
        [
            '<?xml version="1.0" encoding="utf-8"?>\n<root>',
            f"<timestamp>{timestamp}</timestamp>\n",
            *(call_xml(call) + "\n" for call in calls),
            "</root>\n",
        ]
    )


def _query_int(query: dict[str, list[str]], name: str) -> int | None:
    raw = query.get(name, [""])[0].strip()
    return int(raw) if raw.isascii() and raw.isdigit() else None


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def _localname(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _fault(code: int, description: str) -> str:
    # The newlines matter: fritzconnection strips the text of every node under
    # <detail>, and the real box's (indented) faults have text everywhere.
    return ENVELOPE.format(
        body="\n<s:Fault>\n<faultcode>s:Client</faultcode>\n<faultstring>UPnPError</faultstring>"
        '\n<detail>\n<UPnPError xmlns="urn:dslforum-org:control-1-0">\n'
        f"<errorCode>{code}</errorCode>\n<errorDescription>{description}</errorDescription>"
        "\n</UPnPError>\n</detail>\n</s:Fault>\n"
    )


def contact_xml(uid: int, name: str, numbers: list[str]) -> str:
    """One ``<contact>`` element in AVM's format (without XML declaration)."""
    parts = [
        f"<contact><category>0</category><person><realName>{escape(name)}"
        f'</realName></person><telephony nid="{len(numbers)}">'
    ]
    parts.extend(
        f'<number type="{NUMBER_TYPES[i % len(NUMBER_TYPES)]}" prio="{int(i == 0)}" '
        f'id="{i}">{escape(number)}</number>'
        for i, number in enumerate(numbers)
    )
    parts.append(f"</telephony><uniqueid>{uid}</uniqueid></contact>")
    return "".join(parts)


def _export_xml(name: str, contacts: list[tuple[int, str, list[str]]]) -> str:
    return "".join(
        [
            '<?xml version="1.0" encoding="utf-8"?>\n<phonebooks>',
            f'<phonebook owner="1" name={quoteattr(name)}><timestamp>1700000000</timestamp>',
            *(contact_xml(uid, real_name, numbers) for uid, real_name, numbers in contacts),
            "</phonebook></phonebooks>",
        ]
    )


def phonebook_xml(name: str, contacts: list[tuple[str, list[str]]]) -> str:
    """One phone book in AVM's export format (what the box serves at the book's URL)."""
    return _export_xml(
        name, [(uid, real_name, numbers) for uid, (real_name, numbers) in enumerate(contacts, 1)]
    )


def barring_xml(barring: dict[int, tuple[str, list[str]]]) -> str:
    """The call barring list in AVM's export format (served at ``/callbarring``)."""
    return _export_xml(
        CALL_BARRING_NAME, [(uid, name, list(numbers)) for uid, (name, numbers) in barring.items()]
    )


def _comparable_number(number: str) -> str:
    return number.strip().translate(str.maketrans("", "", " -/()"))


class _SoapFault(Exception):
    """An action's UPnP error: answered with HTTP 500 and a SOAP fault."""

    def __init__(self, code: int, description: str) -> None:
        super().__init__(code, description)
        self.code = code
        self.description = description


def _parse_entry(data: str) -> tuple[int | None, str, list[str]]:
    """(uniqueid or None, name, numbers) from SetCallBarringEntry's contact document."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as err:
        raise _SoapFault(402, "Invalid Args") from err
    contacts = [root] if _localname(root.tag) == "contact" else root.findall(".//contact")
    if len(contacts) != 1:
        raise _SoapFault(402, "Invalid Args")
    contact = contacts[0]
    name = (contact.findtext("person/realName") or "").strip()
    numbers = [
        text for node in contact.findall("telephony/number") if (text := (node.text or "").strip())
    ]
    raw_uid = (contact.findtext("uniqueid") or "").strip()
    if raw_uid and not raw_uid.isdigit():
        raise _SoapFault(402, "Invalid Args")
    return (int(raw_uid) if raw_uid else None), name, numbers


@dataclass
class FakeFritzBox:
    """The fake box: its phone books, its credentials and what it was asked."""

    # id -> (phone book name, [(contact real name, [numbers])])
    phonebooks: dict[int, tuple[str, list[tuple[str, list[str]]]]]
    user: str = "admin"
    password: str = "secret"
    fail_auth: bool = False  # answer 401 to every SOAP request
    # the call barring list: uniqueid -> (name, [numbers])
    barring: dict[int, tuple[str, list[str]]] = field(default_factory=dict)
    # SetCallBarringEntry of a new entry fails (820) once the list holds this many
    barring_capacity: int | None = None
    # SOAP actions answered with HTTP 500 and fault 820
    fail_actions: set[str] = field(default_factory=set)
    # SOAP actions answered this many seconds after they were done
    delay_actions: dict[str, float] = field(default_factory=dict)
    # the call list, newest first; add_call() puts one on top
    calls: list[FakeCall] = field(default_factory=list)
    call_list_timestamp: int = 1700000000
    # served as the call list instead, byte for byte
    call_list_body: bytes | None = None
    # the box's local clock (naive): days= and add_call's default time
    now: Callable[[], datetime] = datetime.now
    country_code: str = "49"
    country_prefix: str = "00"
    area_code: str = "30"
    area_prefix: str = "0"
    # the session id in the call list URL (GetCallList)
    sid: str = field(default_factory=lambda: secrets.token_hex(8))
    requests: list[str] = field(default_factory=list, init=False)
    _last_uid: int = field(default=0, init=False, repr=False)
    _last_call_id: int = field(default=0, init=False, repr=False)
    _nonces: set[str] = field(default_factory=set, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _server: _Server | None = field(default=None, init=False, repr=False)
    _thread: threading.Thread | None = field(default=None, init=False, repr=False)

    @property
    def lock(self) -> threading.Lock:
        """The lock request threads hold while they read or change ``barring`` or ``calls``."""
        return self._lock

    def add_call(
        self,
        number: str,
        kind: int = CALL_INCOMING,
        time: datetime | None = None,
        duration: int = 0,
        *,
        own_number: str = DEFAULT_OWN_NUMBER,
        name: str = "",
        device: str = "",
        port: str = "",
    ) -> int:
        """Put a call on top of the call list (``kind``: a ``CALL_*`` type); its id.

        Ids grow by one from the highest the list ever held, as on the box;
        ``time`` defaults to ``now()`` (to the minute).
        """
        when = (time or self.now()).replace(second=0, microsecond=0)
        with self._lock:
            call_id = max(self._last_call_id, *(call.id for call in self.calls), 0) + 1
            self._last_call_id = call_id
            self.calls.insert(
                0,
                FakeCall(call_id, kind, number, when, duration, own_number, name, device, port),
            )
        return call_id

    def call_list(self, query: dict[str, list[str]]) -> str:
        """The call list document for a ``/calllist`` query (``max``, ``days``, ``id``)."""
        with self._lock:
            calls = list(self.calls)
        if (days := _query_int(query, "days")) is not None:
            since = datetime.combine(self.now().date() - timedelta(days=days), datetime.min.time())
            calls = [call for call in calls if call.time >= since]
        since_id = _query_int(query, "id")
        if since_id is not None and _query_int(query, "timestamp") == self.call_list_timestamp:
            calls = [call for call in calls if call.id > since_id]
        if most := _query_int(query, "max"):
            calls = calls[:most]
        return call_list_xml(self.call_list_timestamp, calls)

    @property
    def port(self) -> int:
        """The port served on (after start())."""
        assert self._server is not None, "not started"
        return self._server.server_port

    def start(self, port: int = 0) -> int:
        """Serve on 127.0.0.1 (on a free port by default) in a background thread; the port."""
        assert self._server is None, "already started"
        self._server = _Server(self, port)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="fake-tr064",
            daemon=True,
        )
        self._thread.start()
        return self.port

    def stop(self) -> None:
        """Stop serving; joins the server thread and every request thread."""
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join()
        self._server = self._thread = None

    def _record(self, entry: str) -> None:
        with self._lock:
            self.requests.append(entry)

    def challenge(self) -> str:
        """A fresh WWW-Authenticate header value."""
        nonce = secrets.token_hex(8).upper()
        with self._lock:
            self._nonces.add(nonce)
        return f'Digest realm="{REALM}", nonce="{nonce}", algorithm=MD5, qop="auth"'

    def authorized(self, method: str, uri: str, header: str | None) -> bool:
        """Whether an Authorization header is a valid digest for user and password."""
        if self.fail_auth or not header or not header.lower().startswith("digest "):
            return False
        params = parse_keqv_list(parse_http_list(header[len("digest ") :]))
        with self._lock:
            known_nonce = params.get("nonce") in self._nonces
        if not (
            known_nonce
            and params.get("username") == self.user
            and params.get("realm") == REALM
            and params.get("uri") == uri
            and params.get("qop") == "auth"
            and params.get("algorithm", "MD5").upper() == "MD5"
        ):
            return False
        ha1 = _md5(f"{self.user}:{REALM}:{self.password}")
        ha2 = _md5(f"{method}:{uri}")
        expected = _md5(
            f"{ha1}:{params['nonce']}:{params.get('nc', '')}:{params.get('cnonce', '')}:auth:{ha2}"
        )
        return hmac.compare_digest(expected, params.get("response", ""))

    def soap(
        self,
        action: str,
        arguments: dict[str, str],
        base_url: str,
        service: str = SERVICE_TYPE,
    ) -> tuple[int, str]:
        """Status and SOAP envelope answering an (authorized) action of ``service``."""
        try:
            out = self._answer(service, action, arguments, base_url)
        except _SoapFault as fault:
            return HTTPStatus.INTERNAL_SERVER_ERROR, _fault(fault.code, fault.description)
        values = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in out.items())
        body = f'<u:{action}Response xmlns:u="{service}">{values}</u:{action}Response>'
        return HTTPStatus.OK, ENVELOPE.format(body=body)

    def _answer(
        self, service: str, action: str, arguments: dict[str, str], base_url: str
    ) -> dict[str, str]:
        """An action's out arguments; raises _SoapFault for its UPnP errors."""
        if action in self.fail_actions:
            raise _SoapFault(820, "Internal Error")
        handlers = {
            SERVICE_TYPE: {
                "GetPhonebookList": self._get_phonebook_list,
                "GetPhonebook": self._get_phonebook,
                "GetCallBarringList": self._get_call_barring_list,
                "SetCallBarringEntry": self._set_call_barring_entry,
                "DeleteCallBarringEntryUID": self._delete_call_barring_entry_uid,
                "GetCallBarringEntryByNum": self._get_call_barring_entry_by_num,
                "GetCallList": self._get_call_list,
            },
            VOIP_SERVICE_TYPE: {
                "X_AVM-DE_GetVoIPCommonCountryCode": self._get_country_code,
                "X_AVM-DE_GetVoIPCommonAreaCode": self._get_area_code,
            },
        }.get(service, {})
        handler = handlers.get(action)
        if handler is None:
            raise _SoapFault(401, "Invalid Action")
        return handler(arguments, base_url)

    def _get_phonebook_list(self, arguments: dict[str, str], base_url: str) -> dict[str, str]:
        return {"NewPhonebookList": ",".join(str(pb_id) for pb_id in self.phonebooks)}

    def _get_phonebook(self, arguments: dict[str, str], base_url: str) -> dict[str, str]:
        # fritzconnection sends "NewPhonebookId", the SCPD says "NewPhonebookID".
        raw = next((v for k, v in arguments.items() if k.lower() == "newphonebookid"), "")
        pb_id = int(raw) if raw.strip().isdigit() else -1
        if pb_id not in self.phonebooks:
            raise _SoapFault(713, "SpecifiedArrayIndexInvalid")
        return {
            "NewPhonebookName": self.phonebooks[pb_id][0],
            "NewPhonebookExtraID": "",
            "NewPhonebookURL": f"{base_url}{PHONEBOOK_PATH}?id={pb_id}",
        }

    def _get_call_barring_list(self, arguments: dict[str, str], base_url: str) -> dict[str, str]:
        return {"NewPhonebookURL": f"{base_url}{CALL_BARRING_PATH}"}

    def _get_call_list(self, arguments: dict[str, str], base_url: str) -> dict[str, str]:
        return {"NewCallListURL": f"{base_url}{CALL_LIST_PATH}?sid={self.sid}"}

    def _get_country_code(self, arguments: dict[str, str], base_url: str) -> dict[str, str]:
        return {"NewX_AVM-DE_LKZ": self.country_code, "NewX_AVM-DE_LKZPrefix": self.country_prefix}

    def _get_area_code(self, arguments: dict[str, str], base_url: str) -> dict[str, str]:
        return {"NewX_AVM-DE_OKZ": self.area_code, "NewX_AVM-DE_OKZPrefix": self.area_prefix}

    def _set_call_barring_entry(self, arguments: dict[str, str], base_url: str) -> dict[str, str]:
        uid, name, numbers = _parse_entry(arguments.get("NewPhonebookEntryData", ""))
        with self._lock:
            if uid is None or uid not in self.barring:
                if self.barring_capacity is not None and len(self.barring) >= self.barring_capacity:
                    raise _SoapFault(820, "Internal Error")
                uid = max(self._last_uid, *self.barring, 0) + 1
            self._last_uid = max(self._last_uid, uid)
            self.barring[uid] = (name, numbers)
        return {"NewPhonebookEntryUniqueID": str(uid)}

    def _delete_call_barring_entry_uid(
        self, arguments: dict[str, str], base_url: str
    ) -> dict[str, str]:
        raw = arguments.get("NewPhonebookEntryUniqueID", "")
        if not raw.isdigit():
            raise _SoapFault(402, "Invalid Args")
        with self._lock:
            if self.barring.pop(int(raw), None) is None:
                raise _SoapFault(714, "NoSuchEntryInArray")
            self._last_uid = max(self._last_uid, int(raw))
        return {}

    def _get_call_barring_entry_by_num(
        self, arguments: dict[str, str], base_url: str
    ) -> dict[str, str]:
        wanted = _comparable_number(arguments.get("NewNumber", ""))
        with self._lock:
            found = next(
                (
                    (uid, name, list(numbers))
                    for uid, (name, numbers) in self.barring.items()
                    if wanted and any(_comparable_number(n) == wanted for n in numbers)
                ),
                None,
            )
        if found is None:
            raise _SoapFault(714, "NoSuchEntryInArray")
        return {
            "NewPhonebookEntryData": '<?xml version="1.0" encoding="utf-8"?>\n'
            + contact_xml(*found)
        }


SERVICES_BY_CONTROL_URL = {CONTROL_URL: SERVICE_TYPE, VOIP_CONTROL_URL: VOIP_SERVICE_TYPE}


class _Server(ThreadingHTTPServer):
    daemon_threads = False  # tracked, so that
    block_on_close = True  # server_close() joins the request threads

    def __init__(self, box: FakeFritzBox, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.box = box


class _Handler(BaseHTTPRequestHandler):
    # HTTP/1.0: one request per connection, so no request thread outlives stop().
    protocol_version = "HTTP/1.0"
    # A client that connects and then gives up before it asks (a request
    # cancelled by a reload) must not keep its thread, and stop(), waiting.
    timeout = 2.0
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""

    def _send(
        self,
        status: int,
        content_type: str,
        text: str | bytes,
        headers: dict[str, str] | None = None,
    ) -> None:
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        # The client may have given up (cancelled while the box was slow).
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(data)

    def do_GET(self) -> None:
        box = self.server.box
        box._record(f"GET {self.path}")
        url = urlsplit(self.path)
        if url.path == "/tr64desc.xml":
            self._send(HTTPStatus.OK, XML_TYPE, DESCRIPTION)
        elif url.path == SCPD_URL:
            self._send(HTTPStatus.OK, XML_TYPE, SCPD)
        elif url.path == VOIP_SCPD_URL:
            self._send(HTTPStatus.OK, XML_TYPE, VOIP_SCPD)
        elif url.path == PHONEBOOK_PATH:
            raw = parse_qs(url.query).get("id", [""])[0]
            book = box.phonebooks.get(int(raw)) if raw.isdigit() else None
            if book is None:
                self._send(HTTPStatus.NOT_FOUND, HTML_TYPE, NOT_FOUND)
            else:
                self._send(HTTPStatus.OK, XML_TYPE, phonebook_xml(*book))
        elif url.path == CALL_BARRING_PATH:
            with box.lock:
                text = barring_xml(box.barring)
            self._send(HTTPStatus.OK, XML_TYPE, text)
        elif url.path == CALL_LIST_PATH:
            query = parse_qs(url.query)
            if not hmac.compare_digest(query.get("sid", [""])[0], box.sid):
                self._send(HTTPStatus.FORBIDDEN, HTML_TYPE, FORBIDDEN)
            elif box.call_list_body is not None:
                self._send(HTTPStatus.OK, XML_TYPE, box.call_list_body)
            else:
                self._send(HTTPStatus.OK, XML_TYPE, box.call_list(query))
        else:  # igddesc.xml and anything else
            self._send(HTTPStatus.NOT_FOUND, HTML_TYPE, NOT_FOUND)

    def do_POST(self) -> None:
        box = self.server.box
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        service = SERVICES_BY_CONTROL_URL.get(urlsplit(self.path).path)
        if service is None:
            box._record(f"POST {self.path}")
            self._send(HTTPStatus.NOT_FOUND, HTML_TYPE, NOT_FOUND)
            return
        try:
            envelope = ET.fromstring(body)
            soap_body = next(e for e in envelope if _localname(e.tag) == "Body")
            call = soap_body[0]
        except ET.ParseError, StopIteration, IndexError:
            box._record("SOAP <malformed>")
            self._send(HTTPStatus.BAD_REQUEST, HTML_TYPE, "<HTML>Bad Request</HTML>")
            return
        action = _localname(call.tag)
        if not box.authorized("POST", self.path, self.headers.get("Authorization")):
            box._record(f"DENIED {action}")
            self._send(
                HTTPStatus.UNAUTHORIZED,
                HTML_TYPE,
                UNAUTHORIZED,
                {"WWW-Authenticate": box.challenge()},
            )
            return
        box._record(f"SOAP {action}")
        arguments = {_localname(arg.tag): (arg.text or "").strip() for arg in call}
        base_url = f"http://127.0.0.1:{self.server.server_port}"
        status, envelope_text = box.soap(action, arguments, base_url, service)
        if delay := box.delay_actions.get(action):
            time.sleep(delay)
        self._send(status, XML_TYPE, envelope_text)


DEMO_PHONEBOOKS: dict[int, tuple[str, list[tuple[str, list[str]]]]] = {
    0: ("Telefonbuch", [("Anna (friend)", ["089 1234567"]), ("Dentist", ["040 1112233"])]),
}
"""The demo box's phone book: two of the simulator's demo callers are contacts."""
DEMO_BARRING: dict[int, tuple[str, list[str]]] = {1: ("Blocked by hand", ["0309999999"])}
"""The demo box's call barring list: one entry the user made on the box."""


def demo_box() -> FakeFritzBox:
    """The box ``python -m simulator --tr064`` serves (user admin, password secret)."""
    return FakeFritzBox(dict(DEMO_PHONEBOOKS), barring=dict(DEMO_BARRING))
