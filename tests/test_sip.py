"""SIP messages, digest, SDP, G.711 and RTP of the SIP phone (lib/sip.py, lib/rtp.py)."""

from __future__ import annotations

import asyncio
import contextlib
import io
import struct
import wave

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.nuisance_calls.lib import sip
from custom_components.nuisance_calls.lib.exceptions import (
    AudioFormatError,
    NuisanceCallsError,
    SipParseError,
)
from custom_components.nuisance_calls.lib.rtp import (
    RtpSender,
    alaw_to_pcm16,
    alaw_to_ulaw,
    linear_to_alaw,
    linear_to_ulaw,
    pcm16_to_alaw,
    rtp_header,
    wav_to_alaw,
)
from custom_components.nuisance_calls.lib.sip import (
    MAX_DATAGRAM,
    SipMessage,
    authorization,
    build_sdp_answer,
    choose_codec,
    digest_response,
    new_branch,
    new_tag,
    parse_challenge,
    parse_cseq,
    parse_message,
    parse_name_addr,
    parse_sdp_offer,
    parse_via,
    random_bits,
    read_name_addr,
    response_to,
    split_list,
    uri_user,
    via_branch,
)

INVITE = (
    b"INVITE sip:620@192.168.178.20:5062 SIP/2.0\r\n"
    b"v: SIP/2.0/UDP 192.168.178.1:5060;branch=z9hG4bK1;rport\r\n"
    b"Via: SIP/2.0/UDP 10.0.0.1:5070;branch=z9hG4bK0, SIP/2.0/UDP [::1]:5080\r\n"
    b'f: "Max Mustermann" <sip:%2B49301234567@fritz.box>;tag=abc\r\n'
    b"t: <sip:620@fritz.box>\r\n"
    b"i: 123@fritz.box\r\n"
    b"CSeq: 1 INVITE\r\n"
    b"m: <sip:box@192.168.178.1:5060>\r\n"
    b'Record-Route: <sip:192.168.178.1;lr>, "a,b" <sip:10.0.0.2;lr>\r\n'
    b"P-Called-Party-ID: <sip:987654@fritz.box>\r\n"
    b"X-Folded: one\r\n  two\r\n"
    b"c: application/sdp\r\n"
    b"l: 4\r\n"
    b"\r\n"
    b"bodyEXTRA"
)

OFFER = (
    b"v=0\r\no=- 1 1 IN IP4 192.168.178.1\r\ns=-\r\nc=IN IP4 192.168.178.1\r\nt=0 0\r\n"
    b"m=audio 7078 RTP/AVP 9 8 0 101\r\na=rtpmap:9 G722/8000\r\na=rtpmap:8 PCMA/8000\r\n"
    b"a=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\n"
    b"m=video 9000 RTP/AVP 96\r\n"
)


def test_parse_a_fritzbox_invite() -> None:
    """Compact forms, Via lists, folding, quoted commas, Content-Length."""
    message = parse_message(INVITE)
    assert message.is_request
    assert (message.method, message.uri) == ("INVITE", "sip:620@192.168.178.20:5062")
    assert message.call_id == "123@fritz.box"
    assert message.header("from") == message.header("f")
    assert len(message.header_all("Via")) == 3
    via = message.top_via
    assert via is not None
    assert (via.host, via.port, via.branch) == ("192.168.178.1", 5060, "z9hG4bK1")
    assert "rport" in via.params
    assert parse_via(message.header_all("Via")[2]).host == "[::1]"
    assert message.header_all("Record-Route") == [
        "<sip:192.168.178.1;lr>",
        '"a,b" <sip:10.0.0.2;lr>',
    ]
    assert message.header("X-Folded") == "one two"
    assert message.body == b"body"
    sender = parse_name_addr(message.header("From") or "")
    assert (sender.display, sender.tag) == ("Max Mustermann", "abc")
    assert uri_user(sender.uri) == "+49301234567"
    assert parse_cseq(message.header("CSeq")) == (1, "INVITE")
    assert message.header("Nope") is None


def test_serialise_round_trip_and_response() -> None:
    """Responses copy Vias, From, To (+tag), Call-ID, CSeq and, for 18x/2xx, Record-Route."""
    invite = parse_message(INVITE)
    ok = response_to(invite, 200, "OK", to_tag="xyz", headers=[("Contact", "<sip:a@b>")])
    again = parse_message(ok.to_bytes())
    assert (again.status, again.reason) == (200, "OK")
    assert not again.is_request
    assert again.header("To") == "<sip:620@fritz.box>;tag=xyz"
    assert again.header_all("Via") == invite.header_all("Via")
    assert again.header_all("Record-Route") == invite.header_all("Record-Route")
    assert again.header("Content-Length") == "0"
    trying = response_to(invite, 100, "Trying")
    assert trying.header("Record-Route") is None
    assert trying.header("To") == "<sip:620@fritz.box>"
    tagged = response_to(parse_message(ok.to_bytes()), 200, "OK", to_tag="other")
    assert tagged.header("To") == "<sip:620@fritz.box>;tag=xyz"  # never a second tag
    request = SipMessage.request("BYE", "sip:x@y", [("Via", "SIP/2.0/UDP h;branch=b")])
    request.set_header("l", "99")
    request.body = b"12"
    assert parse_message(request.to_bytes()).header("Content-Length") == "2"
    request.remove_header("Via")
    assert request.top_via is None
    request.set_header("Via", "garbage")
    assert request.top_via is None


def test_uris_and_helpers() -> None:
    """User parts, name-addr without brackets, branches, list splitting."""
    assert uri_user("sip:fritz.box") is None
    assert uri_user("sip:**610@fritz.box;user=phone") == "**610"
    assert uri_user("sips:0301234567:pw@host") == "0301234567"
    assert uri_user("tel:+4930123;phone-context=x") == "+4930123"
    assert uri_user("nonsense") is None
    bare = parse_name_addr("sip:a@b;tag=1")
    assert (bare.uri, bare.tag, bare.display) == ("sip:a@b", "1", "")
    assert new_branch().startswith("z9hG4bK")
    assert new_branch() != new_branch()
    assert split_list(r'"x\"," <sip:a>, <sip:b,c>') == [r'"x\"," <sip:a>', "<sip:b,c>"]
    for bad in ("<sip:a@b", "<>", "", "sip:a@b;=x"):
        with pytest.raises(SipParseError):
            parse_name_addr(bad)
    for bad in ("SIP/2.0 host", "SIP/2.0/UDP host:port", "SIP/2.0/UDP :5060"):
        with pytest.raises(SipParseError):
            parse_via(bad)
    for bad in (None, "x INVITE", "1", "12345678901 INVITE"):
        with pytest.raises(SipParseError):
            parse_cseq(bad)


@pytest.mark.parametrize(
    "data",
    [
        b"A" * (MAX_DATAGRAM + 1),
        b"INVITE sip:x SIP/2.0\r\nVia: x",  # no end of headers
        b"\xff\xfe\r\n\r\n",
        b"INVITE sip:x SIP/2.0\r\n" + b"X: y\r\n" * 101 + b"\r\n",
        b"INVITE sip:x SIP/2.0\r\nX: " + b"y" * 5000 + b"\r\n\r\n",
        b"INVITE sip:x SIP/2.0\r\nX: \x07bell\r\n\r\n",
        b"HELLO\r\n\r\n",
        b"INVITE sip:x SIP/2.0\r\nno colon\r\n\r\n",
        b"INVITE sip:x SIP/2.0\r\nContent-Length: 10\r\n\r\nshort",
        b"INVITE sip:x SIP/2.0\r\nContent-Length: -1\r\n\r\n",
        b"SIP/2.0 700 Nope\r\n\r\n",
        b"INVITE sip:x SIP/2.0\r\nX: a\rb\r\n\r\n",  # a CR that ends no line
        b"INVITE sip:x SIP/2.0\r\nVia : x\r\nBad Name: y\r\n\r\n",
        b"INVITE sip:x SIP/2.0\r\nVia\x00: x\r\n\r\n",
    ],
)
def test_hostile_datagrams_raise_sip_parse_error(data: bytes) -> None:
    """Oversized, unterminated, binary, too many/long lines, control characters, bad lengths."""
    with pytest.raises(SipParseError) as err:
        parse_message(data)
    assert isinstance(err.value, NuisanceCallsError)


def test_lf_only_messages_are_read() -> None:
    """A sloppy peer's bare LF line ends are accepted."""
    message = parse_message(b"OPTIONS sip:a SIP/2.0\nCall-ID: 1\n\n")
    assert message.call_id == "1"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_parse_or_raise_sip_parse_error(data: bytes) -> None:
    """No input makes the parser raise anything but SipParseError."""
    with contextlib.suppress(SipParseError):
        parse_message(data)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.from_regex(r"X-[A-Za-z0-9-]{1,20}", fullmatch=True),
            st.text(
                alphabet=st.characters(
                    min_codepoint=32,
                    max_codepoint=0x2FF,
                    exclude_categories=("Cc",),
                    exclude_characters=",",
                ),
                max_size=40,
            )
            .map(str.strip)
            .filter(str.isprintable),
        ),
        max_size=20,
    ),
    st.binary(max_size=200),
)
def test_serialised_messages_parse_back(headers: list[tuple[str, str]], body: bytes) -> None:
    """What we write, we read back: headers (by name) and body."""
    message = SipMessage.request("MESSAGE", "sip:a@b", headers)
    message.remove_header("Content-Length")
    message.body = body
    again = parse_message(message.to_bytes())
    assert again.body == body
    for name, value in message.headers:
        assert value in [v for k, v in again.headers if k.lower() == name.lower()]


# --- digest ---


def test_digest_rfc2617_worked_example() -> None:
    """RFC 2617 3.5: Mufasa / Circle Of Life, qop=auth."""
    assert (
        digest_response(
            username="Mufasa",
            password="Circle Of Life",
            realm="testrealm@host.com",
            nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093",
            method="GET",
            uri="/dir/index.html",
            qop="auth",
            nc="00000001",
            cnonce="0a4f113b",
        )
        == "6629fae49393a05397450978507c4ef1"
    )


def test_digest_without_qop_rfc2069() -> None:
    """Without qop (as the FRITZ!Box asks): MD5(HA1:nonce:HA2); SIPp's verifyauth agrees."""
    assert (
        digest_response(
            username="620",
            password="secret",
            realm="fritz.box",
            nonce="6F1B2C3D4E5F6071",
            method="REGISTER",
            uri="sip:fritz.box",
        )
        == "b2ae54e54c802ecce81c686fbee200d2"
    )


def test_challenge_and_authorization() -> None:
    """A FRITZ!Box challenge without qop, one with qop, and ones we cannot answer."""
    box = parse_challenge('Digest realm="fritz.box", nonce="ABC", opaque="o"')
    header = authorization(box, username="620", password="pw", method="REGISTER", uri="sip:fb")
    assert header.startswith('Digest username="620", realm="fritz.box", nonce="ABC"')
    assert 'opaque="o"' in header
    assert "qop" not in header
    expected = digest_response(
        username="620",
        password="pw",
        realm="fritz.box",
        nonce="ABC",
        method="REGISTER",
        uri="sip:fb",
    )
    assert f'response="{expected}"' in header
    with_qop = parse_challenge('Digest realm="r", nonce="n", qop="auth,auth-int", stale=true')
    assert with_qop["stale"] == "true"
    header = authorization(with_qop, username="u", password="p", method="REGISTER", uri="sip:r")
    assert "qop=auth, nc=00000001, cnonce=" in header
    with pytest.raises(SipParseError):
        authorization(
            parse_challenge('Digest realm="r", nonce="n", qop="auth-int"'),
            username="u",
            password="p",
            method="REGISTER",
            uri="sip:r",
        )
    for bad in (
        'Basic realm="r"',
        'Digest realm="r"',
        'Digest realm="r", nonce="n", algorithm=SHA-256',
    ):
        with pytest.raises(SipParseError):
            parse_challenge(bad)


# --- SDP ---


def test_sdp_answer_to_the_fritzbox_offer() -> None:
    """G722, PCMA, PCMU, telephone-event offered: PCMA answered, with telephone-event."""
    offer = parse_sdp_offer(OFFER)
    assert (offer.host, offer.port, offer.payloads) == ("192.168.178.1", 7078, (9, 8, 0, 101))
    assert offer.rtpmap[101] == "telephone-event/8000"
    assert choose_codec(offer) == 8
    answer = build_sdp_answer(offer, host="192.168.178.20", port=40000, codec=8, session_id=7)
    text = answer.decode()
    assert "m=audio 40000 RTP/AVP 8 101\r\n" in text
    assert "a=rtpmap:8 PCMA/8000\r\n" in text
    assert "c=IN IP4 192.168.178.20\r\n" in text
    assert "a=fmtp:101 0-16\r\n" in text
    assert parse_sdp_offer(answer).payloads == (8, 101)


def test_sdp_choices_and_refusals() -> None:
    """PCMU only: PCMU; neither, or a rejected stream: None (488); no audio: error."""
    pcmu = parse_sdp_offer(b"c=IN IP4 1.2.3.4\r\nm=audio 4000 RTP/AVP 0\r\n")
    assert choose_codec(pcmu) == 0
    answer = build_sdp_answer(pcmu, host="h", port=1, codec=0, session_id=1).decode()
    assert "a=rtpmap:0 PCMU/8000" in answer
    assert "telephone-event" not in answer
    assert choose_codec(parse_sdp_offer(b"c=IN IP4 h\r\nm=audio 4000 RTP/AVP 9 18\r\n")) is None
    assert choose_codec(parse_sdp_offer(b"c=IN IP4 h\r\nm=audio 0 RTP/AVP 8\r\n")) is None
    media_level = parse_sdp_offer(b"m=audio 4000 RTP/AVP 8\r\nc=IN IP4 5.6.7.8\r\n")
    assert media_level.host == "5.6.7.8"
    for bad in (
        b"v=0\r\n",
        b"\xff",
        b"m=video 1 RTP/AVP 96\r\nc=IN IP4 h\r\n",
        b"m=audio 1 RTP/AVP 8\r\n",
    ):
        with pytest.raises(SipParseError):
            parse_sdp_offer(bad)


# --- G.711 and RTP ---


def test_alaw_known_values() -> None:
    """G.711 A-law: silence 0xD5/0x55, full scale 0xAA/0x2A, segment edges."""
    assert linear_to_alaw(0) == 0xD5
    assert linear_to_alaw(-1) == 0x55
    assert linear_to_alaw(15) == 0xD5
    assert linear_to_alaw(16) == 0xD4
    assert linear_to_alaw(32767) == 0xAA
    assert linear_to_alaw(-32768) == 0x2A
    assert linear_to_alaw(40000) == 0xAA  # beyond 16 bits: clipped
    assert linear_to_alaw(1000) == 0xFA
    assert linear_to_alaw(-1000) == 0x7A
    pcm = struct.pack("<6h", 0, -1, 16, 32767, -32768, 1000)
    assert pcm16_to_alaw(pcm) == bytes([0xD5, 0x55, 0xD4, 0xAA, 0x2A, 0xFA])
    assert alaw_to_pcm16(bytes([0xD5, 0xAA])) == struct.pack("<2h", 8, 32256)
    with pytest.raises(AudioFormatError):
        pcm16_to_alaw(b"\x00")


def test_alaw_round_trip_is_close_and_ulaw_known_values() -> None:
    """Decoding A-law stays within the segment's step; mu-law edges as in G.711."""
    for sample in range(-32768, 32768, 97):
        decoded = struct.unpack("<h", alaw_to_pcm16(bytes([linear_to_alaw(sample)])))[0]
        assert abs(decoded - sample) <= max(16, abs(sample) // 16)
    assert (linear_to_ulaw(0), linear_to_ulaw(32767), linear_to_ulaw(-32768)) == (0xFF, 0x80, 0x00)
    assert linear_to_ulaw(-1) == 0x7F
    assert alaw_to_ulaw(bytes([0xD5, 0xAA, 0x2A])) == bytes([0xFE, 0x80, 0x00])  # +8, max, min


def _wav(rate: int = 8000, channels: int = 1, width: int = 2, frames: bytes = b"") -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(width)
        out.setframerate(rate)
        out.writeframes(frames)
    return buffer.getvalue()


def test_wav_to_alaw() -> None:
    """PCM16 mono 8 kHz WAV in, A-law out; anything else is refused."""
    assert wav_to_alaw(_wav(frames=struct.pack("<3h", 0, 32767, -32768))) == b"\xd5\xaa\x2a"
    for bad in (_wav(rate=16000), _wav(channels=2), _wav(width=1), b"RIFF nonsense", b""):
        with pytest.raises(AudioFormatError):
            wav_to_alaw(bad)


def test_rtp_header() -> None:
    """RFC 3550: V=2, marker, PT, sequence, timestamp, SSRC; fields wrap."""
    header = rtp_header(
        payload_type=8, sequence=65536 + 5, timestamp=2**32 + 7, ssrc=42, marker=True
    )
    assert header == struct.pack("!BBHII", 0x80, 0x88, 5, 7, 42)
    assert rtp_header(payload_type=0, sequence=1, timestamp=2, ssrc=3)[1] == 0


async def test_rtp_sender_paces_frames(socket_enabled: None) -> None:
    """Five frames: 20 ms apart on the loop clock, sequence +1, timestamp +160."""
    loop = asyncio.get_running_loop()
    arrivals: list[tuple[float, bytes]] = []

    class Sink(asyncio.DatagramProtocol):
        def datagram_received(self, data: bytes, addr: tuple[str | int, ...]) -> None:
            arrivals.append((loop.time(), data))

    sink, _ = await loop.create_datagram_endpoint(Sink, local_addr=("127.0.0.1", 0))
    sender = RtpSender(payload_type=8)
    with pytest.raises(RuntimeError):
        await sender.play(b"x", ("127.0.0.1", 9))
    transport, _ = await loop.create_datagram_endpoint(lambda: sender, local_addr=("127.0.0.1", 0))
    try:
        start = loop.time()
        sent = await sender.play(b"\x00" * 800, sink.get_extra_info("sockname"))
        elapsed = loop.time() - start
        await asyncio.sleep(0.05)
        transport.sendto(b"echo", sink.get_extra_info("sockname"))
    finally:
        sender.close()
        sink.close()
    assert sent == 5
    assert 0.09 <= elapsed < 1.0  # the last frame is due 80 ms after the first, plus 20
    assert len(arrivals) == 5
    fields = [struct.unpack("!BBHII", data[:12]) for _, data in arrivals]
    assert [f[2] for f in fields] == [(fields[0][2] + i) % 65536 for i in range(5)]
    assert [f[3] for f in fields] == [(fields[0][3] + 160 * i) % 2**32 for i in range(5)]
    stopped = RtpSender(payload_type=0)
    stopped.stop()
    stopped.datagram_received(b"x", ("h", 1))
    assert stopped.received == 1


def test_header_names_in_any_case_and_mixed_line_ends() -> None:
    """``V:``, ``call-id``, ``CONTACT`` are Via, Call-ID, Contact; CRLF and LF lines mix."""
    message = parse_message(
        b"OPTIONS sip:a SIP/2.0\r\nV: SIP/2.0/UDP h:5;branch=z9hG4bKx\n"
        b"call-id: 7\r\nCONTACT: <sip:b@h>\r\nX-Own: 1\n\n"
    )
    assert [name for name, _ in message.headers] == ["Via", "Call-ID", "Contact", "X-Own"]
    assert message.header("i") == "7"
    assert message.header("x-own") == "1"
    assert message.top_via is not None
    assert message.top_via.branch == "z9hG4bKx"
    two = parse_message(
        b"OPTIONS sip:a SIP/2.0\r\nVia: SIP/2.0/UDP a;branch=1, SIP/2.0/UDP b\r\n\r\n"
    )
    assert two.top_via is not None
    assert two.top_via.host == "a"
    assert parse_message(b"OPTIONS sip:a SIP/2.0\r\nVia: nonsense\r\n\r\n").top_via is None


def test_header_look_up_follows_changes_to_a_parsed_message() -> None:
    """A parsed message answers ``header`` from an index; changing its headers by hand
    (a list operation, not ``set_header``) is still seen."""
    message = parse_message(b"OPTIONS sip:a SIP/2.0\r\nCall-ID: 7\r\nX-Own: 1\r\n\r\n")
    assert message.header("Call-ID") == "7"
    assert message.header("Expires") is None
    message.headers.append(("Expires", "60"))
    assert message.header("Expires") == "60"
    message.headers = [("Call-ID", "8")]
    assert message.header("Call-ID") == "8"
    assert message.header("X-Own") is None
    assert message.has_headers(["Call-ID"])
    assert not message.has_headers(["Call-ID", "CSeq"])


def test_header_all_of_a_parsed_message_and_after_changes_by_hand() -> None:
    """``header_all`` rules a header out from the index of a parsed message, and still
    finds one added by hand afterwards (or spelled another way)."""
    message = parse_message(b"OPTIONS sip:a SIP/2.0\r\nCall-ID: 7\r\n\r\n")
    assert message.header_all("Record-Route") == []
    message.headers.append(("record-route", "<sip:p1;lr>, <sip:p2;lr>"))
    assert message.header_all("Record-Route") == ["<sip:p1;lr>", "<sip:p2;lr>"]
    message.headers = [("X-Own", "a"), ("x-own", "b")]
    assert message.header_all("X-Own") == ["a", "b"]


@pytest.mark.parametrize(
    ("status", "reason", "to_tag", "headers", "body"),
    [
        (100, "Trying", None, [], b""),
        (180, "Ringing", "t1", [("Contact", "<sip:a@b>")], b""),
        (200, "OK", "t2", [("Contact", "<sip:a@b>"), ("Content-Type", "application/sdp")], b"v=0"),
        (200, "OK", "t3", [("content-length", "99"), ("l", "98"), ("X-Own", "1")], b"12"),
        (487, "Request Terminated", "t4", [], b""),
    ],
)
def test_a_response_is_written_with_one_content_length(
    status: int, reason: str, to_tag: str | None, headers: list[tuple[str, str]], body: bytes
) -> None:
    """A response copies Record-Route into 18x and 2xx only, adds the To tag once, and
    carries one Content-Length, the body's, whatever Content-Length headers were given
    (in any spelling, compact ``l`` too)."""
    invite = parse_message(INVITE)
    made = response_to(invite, status, reason, to_tag=to_tag, headers=headers, body=body).to_bytes()
    again = parse_message(made)
    assert again.body == body
    assert [value for name, value in again.headers if name == "Content-Length"] == [str(len(body))]
    assert bool(again.header_all("Record-Route")) == (100 < status < 300)
    if to_tag is not None:
        assert again.header("To") == f"<sip:620@fritz.box>;tag={to_tag}"


def test_tags_branches_and_session_ids_are_fresh_randomness() -> None:
    """Cut from a pooled CSPRNG buffer: never repeated, in range, across refills and
    after the pool is reset (as in a forked child)."""
    tags = {new_tag() for _ in range(2_000)}  # 12 KB: the 4 KiB pool refilled twice
    assert len(tags) == 2_000
    assert all(len(tag) == 12 and int(tag, 16) >= 0 for tag in tags)
    branches = {new_branch() for _ in range(100)}
    assert len(branches) == 100
    assert all(branch.startswith("z9hG4bK") for branch in branches)
    values = [random_bits(31) for _ in range(2_000)]
    assert all(0 <= value < 2**31 for value in values)
    assert max(values) >= 2**30  # the top bit is used
    assert len(set(values)) > 1_990
    assert random_bits(3) < 8
    sip._RANDOM.reset()
    assert new_tag() not in tags


def test_reading_from_to_and_the_branch_without_parsing_parameters() -> None:
    """What a call needs of From/To and the top Via, read without the parameter parser."""
    assert read_name_addr('"Max" <sip:0301@fritz.box>;tag=a') == (
        "Max",
        "sip:0301@fritz.box",
        ";tag=a",
    )
    assert read_name_addr("sip:0301@fritz.box;tag=b") == ("", "sip:0301@fritz.box", ";tag=b")
    for bad in ("<sip:x", "<>", "   ", ";tag=c"):
        with pytest.raises(SipParseError):
            read_name_addr(bad)
    assert via_branch("SIP/2.0/UDP h:5060;rport;Branch = z9hG4bKa1") == "z9hG4bKa1"
    assert via_branch("SIP/2.0/UDP a;branch=first, SIP/2.0/UDP b;branch=second") == "first"
    assert via_branch("SIP/2.0/UDP h:5060;rport") is None
    assert via_branch(None) is None
    assert via_branch("") is None
