"""A fault-injecting HTTP proxy for the ECS backend's resilience tests.

usage: fault_proxy.py LISTEN_PORT UPSTREAM_URL STATS_FILE [--lose-answers]

Every request is numbered. Before forwarding, on a fixed schedule, it answers
with throttling (HTTP 400 ThrottlingException), HTTP 429, HTTP 500 or 503,
resets the connection, or waits 1.5 s. These faults are injected before the
request reaches moto, so they test retries alone.

With --lose-answers, mutations that must not happen twice are also let
through to moto and then their answer is lost (LOST_ANSWERS): the connection
is reset ("lost"), or the answer is held back past the client's timeout
("late", 4 s), so the client cannot tell whether the change was made.

STATS_FILE gets, after every request, the count of each fault, of the
requests per operation that reached moto ("forwarded"), and the clientToken
of every request that carried one, per operation ("clientTokens").
"""
import http.server, json, os, socket, socketserver, sys, time, urllib.request, urllib.error, threading

port, upstream, stats_file = int(sys.argv[1]), sys.argv[2].rstrip("/"), sys.argv[3]
lose_answers = "--lose-answers" in sys.argv[4:]
lock = threading.Lock()
state = {"n": 0, "faults": {}, "forwarded": {}, "clientTokens": {}}

# (operation, how many times it has reached moto) -> what happens to moto's answer
LOST_ANSWERS = {
    ("CreateService", 1): "late",
    ("RegisterTaskDefinition", 1): "lost",
    ("RegisterTaskDefinition", 2): "late",
    ("RunTask", 1): "lost",
}

def count(kind, name):
    state[kind][name] = state[kind].get(name, 0) + 1
    return state[kind][name]

def save():
    with open(stats_file + ".tmp", "w") as f:
        json.dump(state, f)
    os.replace(stats_file + ".tmp", stats_file)

SCHEDULE = [  # (every, offset, fault) — the first match wins
    (7, 1, "throttle"), (11, 2, "http500"), (13, 3, "reset"), (17, 4, "http429"), (19, 5, "slow"), (23, 6, "http503"),
]

def fault_for(n):
    for every, offset, name in SCHEDULE:
        if n % every == offset:
            return name
    return None

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        operation = self.headers.get("X-Amz-Target", "").split(".")[-1]
        with lock:
            state["n"] += 1
            fault = fault_for(state["n"])
            if fault:
                count("faults", fault)
            try:
                token = json.loads(body or b"{}").get("clientToken")
            except ValueError:
                token = None
            if token:
                state["clientTokens"].setdefault(operation, []).append(token)
            save()
        if fault == "reset":
            self.reset()
            return
        if fault in ("throttle", "http429", "http500", "http503"):
            status = {"throttle": 400, "http429": 429, "http500": 500, "http503": 503}[fault]
            kind = {"throttle": "ThrottlingException", "http429": "TooManyRequestsException", "http500": "ServerException", "http503": "ServiceUnavailable"}[fault]
            payload = json.dumps({"__type": kind, "message": "injected by fault_proxy"}).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/x-amz-json-1.1")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            return
        if fault == "slow":
            time.sleep(1.5)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length", "connection")}
        headers["Host"] = self.headers.get("Host", "")
        req = urllib.request.Request(upstream + self.path, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                status, data, ctype = resp.status, resp.read(), resp.headers.get("Content-Type", "application/x-amz-json-1.1")
        except urllib.error.HTTPError as e:
            status, data, ctype = e.code, e.read(), e.headers.get("Content-Type", "application/x-amz-json-1.1")
        with lock:
            reached = count("forwarded", operation)
            lost = LOST_ANSWERS.get((operation, reached)) if lose_answers and status == 200 else None
            if lost:
                count("faults", lost)
            save()
        if lost == "lost":
            self.reset()
            return
        if lost == "late":
            time.sleep(4)
            self.close_connection = True
            return
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def reset(self):
        # SO_LINGER 0 turns the close into a TCP reset; shutdown makes it happen
        # now, even though the handler's file objects still hold the socket.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        self.connection.shutdown(socket.SHUT_RDWR)
        self.close_connection = True

class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

Server(("127.0.0.1", port), Handler).serve_forever()
