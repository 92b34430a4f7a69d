"""An endpoint whose kept-alive connections die under their second request.

usage: dying_connection.py PORT STATS_FILE

On each connection the first request is answered `{}` (HTTP 200, kept alive);
the second is read whole, counted, and its connection closed without an answer:
a server that carried out a request and then lost the connection, as a load
balancer does when it drops an idle connection at the wrong moment. STATS_FILE
gets how many times each operation (X-Amz-Target) arrived.
"""
import http.server, json, os, sys, threading

import stubkit

port, stats_file = int(sys.argv[1]), sys.argv[2]
lock = threading.Lock()
received = {}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        operation = (self.headers.get("X-Amz-Target") or "?").rsplit(".", 1)[-1]
        with lock:
            received[operation] = received.get(operation, 0) + 1
            with open(stats_file + ".tmp", "w") as f:
                json.dump(received, f)
            os.replace(stats_file + ".tmp", stats_file)
        self.served = getattr(self, "served", 0) + 1
        if self.served > 1:
            self.close_connection = True
            return  # no answer: the handler closes the connection
        stubkit.answer(self)

    def log_message(self, *args):
        pass


stubkit.serve(port, Handler)
