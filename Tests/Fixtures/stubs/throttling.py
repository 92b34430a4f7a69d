"""An endpoint that throttles its first requests.

usage: throttling.py PORT STATS_FILE COUNT

The first COUNT requests are answered HTTP 400 ThrottlingException ("Rate
exceeded"), every later one `{}` with HTTP 200. STATS_FILE gets how many
requests were throttled ("throttled") and answered ("answered").
"""
import http.server, json, os, sys, threading

import stubkit

port, stats_file, count = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
lock = threading.Lock()
stats = {"throttled": 0, "answered": 0}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with lock:
            throttle = stats["throttled"] < count
            stats["throttled" if throttle else "answered"] += 1
            with open(stats_file + ".tmp", "w") as f:
                json.dump(stats, f)
            os.replace(stats_file + ".tmp", stats_file)
        if throttle:
            stubkit.answer(self, 400, b'{"__type":"ThrottlingException","message":"Rate exceeded"}')
        else:
            stubkit.answer(self)

    def log_message(self, *args):
        pass


stubkit.serve(port, Handler)
