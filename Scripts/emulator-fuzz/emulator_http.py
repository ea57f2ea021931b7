"""Raw HTTP/1.1 to the ECS emulator, and Alibaba Cloud's V3 and V1 signatures, for the fuzz and flood runs.

Requests are written byte by byte (any method, path, header or body, however malformed) on keep-alive
connections; a connection the server closes is opened again. Signing follows the wire facts in
../shared/DESIGN.md, as the official SDK signs: V3 (ACS3-HMAC-SHA256) over the sorted query, the
lower-cased sorted headers and the body's SHA-256; V1 (HMAC-SHA1) over the sorted query.
"""
import base64
import hashlib
import hmac
import http.client
import socket
import urllib.parse


def rfc3986(text):
    return urllib.parse.quote(text, safe='-_.~')


def canonical_query(items):
    return '&'.join(f'{rfc3986(k)}={rfc3986(v)}' for k, v in sorted(items))


def sign_v3(method, host, items, headers, body, key_id, secret):
    """Headers to send for a V3-signed call: `headers` (must hold x-acs-action, -version, -date,
    -signature-nonce) plus host, x-acs-content-sha256 and Authorization; every header passed is signed."""
    signed = {k.lower(): v.strip() for k, v in headers.items()}
    signed['host'] = host
    signed['x-acs-content-sha256'] = hashlib.sha256(body).hexdigest()
    names = sorted(signed)
    canonical = '\n'.join([
        method, '/', canonical_query(items),
        ''.join(f'{n}:{signed[n]}\n' for n in names), ';'.join(names), signed['x-acs-content-sha256']])
    to_sign = 'ACS3-HMAC-SHA256\n' + hashlib.sha256(canonical.encode()).hexdigest()
    signature = hmac.new(secret.encode(), to_sign.encode(), hashlib.sha256).hexdigest()
    signed['authorization'] = (
        f'ACS3-HMAC-SHA256 Credential={key_id},SignedHeaders={";".join(names)},Signature={signature}')
    return signed


def sign_v1(method, items, key_id, secret):
    """The query items of a V1-signed call: `items` (must hold Action, Version, Timestamp and SignatureNonce)
    plus the signature's own."""
    full = list(items) + [
        ('Format', 'JSON'), ('SignatureMethod', 'HMAC-SHA1'), ('SignatureVersion', '1.0'), ('AccessKeyId', key_id)]
    to_sign = f'{method}&%2F&{rfc3986(canonical_query(full))}'
    digest = hmac.new((secret + '&').encode(), to_sign.encode(), hashlib.sha1).digest()
    return full + [('Signature', base64.b64encode(digest).decode())]


class Connection:
    """One keep-alive connection to HOST:PORT that reopens itself; `send` returns (status, body) or None
    when the server closed without answering."""

    def __init__(self, host, port, timeout=2):
        self.address = (host, port)
        self.timeout = timeout
        self.sock = None
        self.reconnects = 0

    def _open(self):
        self.sock = socket.create_connection(self.address, timeout=self.timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.reconnects += 1

    def close(self):
        if self.sock:
            self.sock.close()
        self.sock = None

    def send(self, raw):
        for attempt in (0, 1):
            if self.sock is None:
                self._open()
            try:
                self.sock.sendall(raw)
                response = http.client.HTTPResponse(self.sock, method=raw.split(b' ', 1)[0].decode('latin-1'))
                response.begin()
                body = response.read()
                if response.will_close:
                    self.close()
                return response.status, body
            except (ConnectionError, http.client.RemoteDisconnected, http.client.BadStatusLine,
                    http.client.IncompleteRead, socket.timeout, OSError):
                self.close()
                if attempt == 1:
                    return None
        return None


def request_bytes(method, target, headers, body=b''):
    """An HTTP/1.1 request as bytes; `headers` is a list of (name, value) strings sent as they are."""
    lines = [f'{method} {target} HTTP/1.1'.encode('utf-8', 'surrogateescape')]
    has_length = False
    for name, value in headers:
        has_length |= name.lower() == 'content-length'
        lines.append(f'{name}: {value}'.encode('utf-8', 'surrogateescape'))
    if not has_length:
        lines.append(f'Content-Length: {len(body)}'.encode())
    return b'\r\n'.join(lines) + b'\r\n\r\n' + body


def rss_kib(pid):
    """The resident set size of a process, in KiB (Linux /proc)."""
    with open(f'/proc/{pid}/status') as status:
        for line in status:
            if line.startswith('VmRSS:'):
                return int(line.split()[1])
    return 0
