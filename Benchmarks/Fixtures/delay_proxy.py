"""A proxy that holds every request DELAY_MS before passing it to moto: the
round trip of a real region, which loopback hides (ECSBench.swift).

usage: delay_proxy.py PORT_FILE UPSTREAM_URL DELAY_MS [CONNECT_MS]

Listens on a port the kernel picks (written to PORT_FILE once listening),
one thread per connection, HTTP/1.1 keep-alive, so a client that sends
requests concurrently or reuses connections gains what it would on ECS.
CONNECT_MS (default 0) is added to the first request of each connection: what
opening one costs in a region (TCP's round trip, then TLS's one or two), which
a client that opens a connection per request pays every time.
With DELAY_PROXY_TRACE=FILE set, each request appends "start end action
connection first" to FILE (seconds since the proxy started): where a client's
round trips queue behind each other.
"""
import http.client, http.server, os, sys, threading, time, urllib.parse

port_file, upstream, delay = sys.argv[1], urllib.parse.urlsplit(sys.argv[2]), int(sys.argv[3]) / 1000.0
connect_delay = int(sys.argv[4]) / 1000.0 if len(sys.argv) > 4 else 0.0
trace_path = os.environ.get("DELAY_PROXY_TRACE")
trace_lock = threading.Lock()
started = time.monotonic()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: with Nagle on, a kept-alive
    # connection's body waits for the client's delayed ACK (40 ms on Linux).
    disable_nagle_algorithm = True

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        begin = time.monotonic()
        first = not getattr(self, "answered", False)
        self.answered = True
        time.sleep(delay + (connect_delay if first else 0.0))
        conn = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=120)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection", "content-length")}
        conn.request("POST", self.path, body=body, headers=headers)
        answer = conn.getresponse()
        data = answer.read()
        conn.close()
        self.send_response(answer.status)
        for k, v in answer.getheaders():
            if k.lower() not in ("content-length", "connection", "transfer-encoding", "server", "date"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        if self.close_connection:
            self.send_header("Connection", "close")  # as any HTTP/1.1 server answers a client's close
        self.end_headers()
        self.wfile.write(data)
        if trace_path:
            action = (self.headers.get("X-Amz-Target") or "?").rsplit(".", 1)[-1]
            line = "%.4f %.4f %s %d %d\n" % (begin - started, time.monotonic() - started, action,
                                              id(self.connection), first)
            with trace_lock, open(trace_path, "a") as f:
                f.write(line)

    do_GET = do_POST

    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    # socketserver listens with a backlog of 5: a client opening more connections
    # at once than the accept loop takes lost SYNs and waited a second to resend them.
    request_queue_size = 128


server = Server(("127.0.0.1", 0), Handler)
server.daemon_threads = True
with open(port_file + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.replace(port_file + ".tmp", port_file)
server.serve_forever()
