"""Replays a recorded ECS deployment to ecsplan's ECS backend.

moto 5.2.1 runs no deployments (a service's deployment never moves to a new
task definition, and CreateService drops deploymentConfiguration), so the
watcher of `ecsplan apply` is tested against what ECS itself answers: each
fixture here holds the DescribeServices responses of one deployment, poll by
poll, with the tasks (DescribeTasks shapes) that existed at each poll.

    python3 replay.py PORT_FILE FIXTURE.json LOG.jsonl

Each DescribeServices call moves to the next poll (the last one repeats);
ListTasks and DescribeTasks answer from the current poll's tasks, honouring
desiredStatus. StopTask is logged to LOG.jsonl (with the poll it came at) and
the task shows as STOPPED from then on. RegisterTaskDefinition and
UpdateService answer with the fixture's recorded responses.
"""
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port_file, fixture_path, log_path = sys.argv[1], sys.argv[2], sys.argv[3]
with open(fixture_path) as f:
    fixture = json.load(f)
polls = fixture["polls"]
state = {"poll": -1, "stopped": {}}


def current_tasks():
    poll = polls[max(0, min(state["poll"], len(polls) - 1))]
    out = []
    for task in poll.get("tasks", []):
        task = dict(task)
        stop = state["stopped"].get(task["taskArn"])
        if stop:
            task.update(lastStatus="STOPPED", desiredStatus="STOPPED", stoppedReason=stop, stopCode="UserInitiated")
        out.append(task)
    return out


def log(entry):
    with open(log_path, "a") as f:
        f.write(json.dumps(entry) + "\n")


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        op = self.headers.get("X-Amz-Target", "").split(".")[-1]
        log({"operation": op, "poll": state["poll"], "request": body})
        if op == "DescribeServices":
            state["poll"] = min(state["poll"] + 1, len(polls) - 1)
            return self.reply(polls[state["poll"]]["describeServices"])
        if op == "ListTasks":
            wanted = body.get("desiredStatus", "RUNNING")
            arns = [t["taskArn"] for t in current_tasks() if t["desiredStatus"] == wanted]
            return self.reply({"taskArns": arns})
        if op == "DescribeTasks":
            wanted = set(body.get("tasks", []))
            return self.reply({"tasks": [t for t in current_tasks() if t["taskArn"] in wanted], "failures": []})
        if op == "StopTask":
            state["stopped"][body["task"]] = body.get("reason", "")
            task = next((t for t in current_tasks() if t["taskArn"] == body["task"]), {"taskArn": body["task"]})
            return self.reply({"task": task})
        if op in fixture.get("responses", {}):
            return self.reply(fixture["responses"][op])
        self.reply({"__type": "UnknownOperationException", "message": f"{op} is not recorded in {fixture_path}"}, status=400)

    def reply(self, payload, status=200):
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/x-amz-json-1.1")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


# Port 0: the kernel picks a free port, written to PORT_FILE once listening, so
# no other test's server can take it between choosing and binding.
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(port_file + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.replace(port_file + ".tmp", port_file)
server.serve_forever()
