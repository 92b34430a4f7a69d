"""An endpoint that answers every request with what it received.

usage: echo.py PORT STATS_FILE [CERT_FILE KEY_FILE]

Each request (any method, any path) is answered HTTP 200 with a JSON object:
"method", "path", "headers" (names lowercased), "body" (as text). The answer
carries `X-Echo-Region: eu-west-3`; HEAD gets the headers only. The path
`/slow` answers after 3 seconds. With CERT_FILE and KEY_FILE (PEM) it speaks
TLS. STATS_FILE gets the number of requests ("answered") and of connections
that carried one ("connections").
"""
import http.server, json, os, ssl, sys, threading, time

import stubkit

port, stats_file = int(sys.argv[1]), sys.argv[2]
lock = threading.Lock()
stats = {"answered": 0, "connections": 0}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def echo(self, with_body=True):
        length = int(self.headers.get("Content-Length", "0"))
        received = self.rfile.read(length) if length else b""
        if self.path == "/slow":
            time.sleep(3)
        with lock:
            stats["answered"] += 1
            # One handler a connection; a port probe that sends nothing is not counted.
            if not getattr(self, "counted", False):
                self.counted = True
                stats["connections"] += 1
            with open(stats_file + ".tmp", "w") as f:
                json.dump(stats, f)
            os.replace(stats_file + ".tmp", stats_file)
        body = json.dumps({
            "method": self.command, "path": self.path,
            "headers": {k.lower(): v for k, v in self.headers.items()},
            "body": received.decode("utf-8", "replace"),
        }).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Echo-Region", "eu-west-3")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = echo

    def do_HEAD(self):
        self.echo(with_body=False)

    def log_message(self, *args):
        pass


server = stubkit.Server(("127.0.0.1", port), Handler)
if len(sys.argv) > 4:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(sys.argv[3], sys.argv[4])
    server.socket = context.wrap_socket(server.socket, server_side=True)
server.serve_forever()
