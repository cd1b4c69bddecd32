"""A print server for UI tests: a small IPP server on 127.0.0.1 that the CUPS library (and so Qt's
print dialog) sees as a CUPS server with one printer, "Kantoor". Each job printed to it is kept in
its folder as job-N.pdf (the document Qt sent) and job-N.json (the job's IPP attributes); nothing
is ever printed. It runs in a process of its own: Qt holds Python's interpreter lock while it asks
the CUPS library, so a server thread in the test's process could never answer."""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import struct
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PRINTER = "Kantoor"

# IPP value tags and operations (RFC 8010, RFC 8011, CUPS extensions)
_INTEGER, _BOOLEAN, _ENUM = 0x21, 0x22, 0x23
_TEXT, _NAME, _KEYWORD, _URI, _CHARSET, _LANGUAGE, _MIME = 0x41, 0x42, 0x44, 0x45, 0x47, 0x48, 0x49
_OPERATION_GROUP, _JOB_GROUP, _END, _PRINTER_GROUP = 0x01, 0x02, 0x03, 0x04
_PRINT_JOB, _CREATE_JOB, _SEND_DOCUMENT = 0x0002, 0x0005, 0x0006
_GET_PRINTER_ATTRIBUTES, _CUPS_GET_DEFAULT, _CUPS_GET_PRINTERS = 0x000B, 0x4001, 0x4002


def _attribute(tag: int, name: str, value: object) -> bytes:
    if isinstance(value, bool):
        data = bytes([value])
    elif isinstance(value, int):
        data = struct.pack(">i", value)
    else:
        data = str(value).encode()
    key = name.encode()
    return bytes([tag]) + struct.pack(">H", len(key)) + key + struct.pack(">H", len(data)) + data


def _request(body: bytes) -> tuple[int, int, dict[str, list[bytes]], bytes]:
    """An IPP request: (operation, request id, attributes by name, the document after them)."""
    _version, operation, request_id = struct.unpack(">HHI", body[:8])
    at, name, attributes = 8, "", {}
    while body[at] != _END:
        tag = body[at]
        at += 1
        if tag < 0x10:  # a group starts
            continue
        (size,) = struct.unpack(">H", body[at : at + 2])
        key = body[at + 2 : at + 2 + size].decode()
        at += 2 + size
        (size,) = struct.unpack(">H", body[at : at + 2])
        value = body[at + 2 : at + 2 + size]
        at += 2 + size
        if key:
            name = key
            attributes[name] = [value]
        else:  # another value of the same attribute
            attributes[name].append(value)
    return operation, request_id, attributes, body[at + 1 :]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: PrintServer

    def log_message(self, *_args) -> None:
        pass

    def do_GET(self) -> None:  # the printer's PPD: there is none, the library then uses defaults
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self) -> None:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while size := int(self.rfile.readline().strip() or b"0", 16):
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            self.rfile.readline()
            body = b"".join(chunks)
        else:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        operation, request_id, attributes, document = _request(body)
        answer = struct.pack(">HHI", 0x0200, 0, request_id) + bytes([_OPERATION_GROUP])
        answer += _attribute(_CHARSET, "attributes-charset", "utf-8")
        answer += _attribute(_LANGUAGE, "attributes-natural-language", "en")
        if operation in (_GET_PRINTER_ATTRIBUTES, _CUPS_GET_DEFAULT, _CUPS_GET_PRINTERS):
            port = self.server.server_address[1]
            answer += bytes([_PRINTER_GROUP])
            answer += _attribute(_NAME, "printer-name", PRINTER)
            answer += _attribute(_URI, "printer-uri-supported", f"ipp://127.0.0.1:{port}/printers/{PRINTER}")
            answer += _attribute(_URI, "device-uri", "file:///dev/null")
            answer += _attribute(_ENUM, "printer-type", 0x4 | 0x8 | 0x10)  # black, colour, duplex
            answer += _attribute(_ENUM, "printer-state", 3)  # idle
            answer += _attribute(_BOOLEAN, "printer-is-accepting-jobs", True)
            answer += _attribute(_TEXT, "printer-info", PRINTER)
            answer += _attribute(_TEXT, "printer-make-and-model", "Test printer")
            answer += _attribute(_MIME, "document-format-supported", "application/pdf")
        elif operation in (_PRINT_JOB, _CREATE_JOB, _SEND_DOCUMENT):
            if operation != _CREATE_JOB:
                self.server.keep(document, attributes)
            answer += bytes([_JOB_GROUP]) + _attribute(_INTEGER, "job-id", 1) + _attribute(_ENUM, "job-state", 9)
        answer += bytes([_END])
        self.send_response(200)
        self.send_header("Content-Type", "application/ipp")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, folder: Path) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.folder = folder
        self.count = 0

    def keep(self, document: bytes, attributes: dict[str, list[bytes]]) -> None:
        self.count += 1
        values = {key: [value.decode("latin-1") for value in values] for key, values in attributes.items()}
        (self.folder / f"job-{self.count}.json").write_text(json.dumps(values), encoding="utf-8")
        partial = self.folder / f"job-{self.count}.part"
        partial.write_bytes(document)
        partial.rename(self.folder / f"job-{self.count}.pdf")  # whole, or not there


class PrintServer:
    """The server's process, and what was printed to it."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.process = subprocess.Popen(
            [sys.executable, __file__, str(folder)], stdout=subprocess.PIPE, text=True, encoding="utf-8"
        )
        self.address = f"127.0.0.1:{int(self.process.stdout.readline())}"

    def jobs(self) -> list[bytes]:
        """The documents printed so far, oldest first."""
        files = sorted(self.folder.glob("job-*.pdf"), key=lambda path: int(path.stem.split("-")[1]))
        return [path.read_bytes() for path in files]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        self.process.stdout.close()


@contextmanager
def print_server(monkeypatch, folder: Path) -> Iterator[PrintServer]:
    """The server, running, and the CUPS library of this process (on this thread, the GUI's, where
    Qt asks it) pointed at it; afterwards the library goes back to its default server."""
    library = ctypes.CDLL(ctypes.util.find_library("cups") or "libcups.so.2")
    library.cupsSetServer.argtypes = [ctypes.c_char_p]
    server = PrintServer(folder)
    monkeypatch.setenv("CUPS_SERVER", server.address)
    library.cupsSetServer(server.address.encode())
    try:
        yield server
    finally:
        library.cupsSetServer(None)
        server.stop()


if __name__ == "__main__":
    running = _Server(Path(sys.argv[1]))
    print(running.server_address[1], flush=True)
    running.serve_forever()
