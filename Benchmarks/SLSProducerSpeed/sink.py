"""A Log Service sink on 127.0.0.1 for Benchmarks/sls-producer-speed.sh: takes PutLogs calls, decompresses each
body (lz4 or zstd, as x-log-compresstype says), reads its LogGroup and counts the logs; GET /_stats answers the
counts so far as JSON and resets them. The first line of standard output is `listening on http://127.0.0.1:PORT`.
It checks no signature: both clients' signatures are proven elsewhere (the official-SDK vectors)."""
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import lz4.block
import zstd
from aliyun.log.log_logs_pb2 import LogGroup

lock = threading.Lock()
stats = {"requests": 0, "logs": 0, "raw_bytes": 0, "bad": 0}


class Sink(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, body=b""):
        self.send_response(status)
        self.send_header("content-length", str(len(body)))
        self.send_header("x-log-requestid", "sink")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path != "/_stats":
            return self.answer(404)
        with lock:
            body = json.dumps(stats).encode()
            for key in stats:
                stats[key] = 0
        self.answer(200, body)

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        raw_size = int(self.headers.get("x-log-bodyrawsize", "0"))
        kind = self.headers.get("x-log-compresstype", "")
        try:
            if kind == "lz4":
                raw = lz4.block.decompress(body, uncompressed_size=raw_size)
            elif kind == "zstd":
                raw = zstd.decompress(body)
            else:
                raw = body
            group = LogGroup()
            group.ParseFromString(raw)
            count = len(group.Logs)
        except Exception:
            with lock:
                stats["bad"] += 1
            return self.answer(400, b'{"errorCode":"PostBodyInvalid","errorMessage":"unreadable"}')
        with lock:
            stats["requests"] += 1
            stats["logs"] += count
            stats["raw_bytes"] += len(raw)
        self.answer(200)


server = ThreadingHTTPServer(("127.0.0.1", 0), Sink)
print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
server.serve_forever()
