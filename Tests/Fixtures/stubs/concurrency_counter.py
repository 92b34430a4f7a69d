"""An endpoint that counts how many requests it holds open at once.

usage: concurrency_counter.py PORT STATS_FILE WANT

Every POST is held until WANT requests are open together (or 3 s have passed),
then answered `{}` with HTTP 200. STATS_FILE gets the most requests seen open
at once ("peak") and the connections accepted ("connections"). A client whose
connections to one host are capped below WANT shows a peak at its cap, and its
requests each wait the 3 s out.
"""
import http.server, json, os, sys, threading

import stubkit

port, stats_file, want = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
cond = threading.Condition()
state = {"open": 0, "peak": 0, "connections": 0}


def save():
    with open(stats_file + ".tmp", "w") as f:
        json.dump({"peak": state["peak"], "connections": state["connections"]}, f)
    os.replace(stats_file + ".tmp", stats_file)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def setup(self):
        super().setup()
        with cond:
            state["connections"] += 1
            save()

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with cond:
            state["open"] += 1
            state["peak"] = max(state["peak"], state["open"])
            save()
            cond.notify_all()
            cond.wait_for(lambda: state["peak"] >= want, timeout=3)
            state["open"] -= 1
        stubkit.answer(self)

    def log_message(self, *args):
        pass


stubkit.serve(port, Handler)
