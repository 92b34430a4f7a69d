"""What the stub endpoints here share: a JSON answer, and a threaded server on
127.0.0.1 whose listen backlog takes a client opening many connections at once
(socketserver's default of 5 drops their SYNs, and each is resent a second later)."""
import http.server, socketserver


def answer(handler, status=200, body=b"{}"):
    handler.send_response(status)
    handler.send_header("Content-Type", "application/x-amz-json-1.1")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64


def serve(port, handler):
    Server(("127.0.0.1", port), handler).serve_forever()
