"""A loopback stub of the credential endpoints the AWS SDKs call, serving the
documented responses: ECS/EKS container credentials, EC2 IMDSv2 and the IAM
Identity Center portal's GetRoleCredentials. Each request is appended to LOG as
one JSON line (method, path, the headers that carry tokens), so tests can check
what ecsplan sent.

usage: credential_endpoints.py PORT LOG"""
import datetime, json, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse, parse_qs

PORT, LOG = int(sys.argv[1]), sys.argv[2]
CONTAINER_TOKEN = "container-auth-token"
IMDS_TOKEN = "imds-session-token"
SSO_TOKEN = "sso-access-token"


def expiry():
    when = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def record(self):
        keep = ["Authorization", "X-aws-ec2-metadata-token",
                "X-aws-ec2-metadata-token-ttl-seconds", "x-amz-sso_bearer_token"]
        with open(LOG, "a") as f:
            f.write(json.dumps({"method": self.command, "path": self.path,
                                "headers": {k: self.headers[k] for k in keep if self.headers[k]}}) + "\n")

    def reply(self, status, body, content_type="application/json"):
        data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_PUT(self):
        self.record()
        if self.path == "/latest/api/token" and self.headers["X-aws-ec2-metadata-token-ttl-seconds"]:
            return self.reply(200, IMDS_TOKEN, "text/plain")
        self.reply(400, "missing TTL header", "text/plain")

    def do_GET(self):
        self.record()
        url = urlparse(self.path)
        if url.path == "/container-credentials":
            if self.headers["Authorization"] != CONTAINER_TOKEN:
                return self.reply(401, {"message": "bad token"})
            return self.reply(200, {"AccessKeyId": "ASIACONTAINER", "SecretAccessKey": "container-secret",
                                    "Token": "container-session", "Expiration": expiry(),
                                    "RoleArn": "arn:aws:iam::123456789012:role/task"})
        if url.path.startswith("/latest/meta-data/iam/security-credentials/"):
            if self.headers["X-aws-ec2-metadata-token"] != IMDS_TOKEN:
                return self.reply(401, "", "text/plain")
            role = url.path.rsplit("/", 1)[1]
            if role == "":
                return self.reply(200, "ecsplan-instance-role", "text/plain")
            if role == "ecsplan-instance-role":
                return self.reply(200, {"Code": "Success", "Type": "AWS-HMAC",
                                        "AccessKeyId": "ASIAINSTANCE", "SecretAccessKey": "instance-secret",
                                        "Token": "instance-session", "Expiration": expiry(),
                                        "LastUpdated": "2026-01-01T00:00:00Z"})
            return self.reply(404, "", "text/plain")
        if url.path == "/federation/credentials":
            if self.headers["x-amz-sso_bearer_token"] != SSO_TOKEN:
                return self.reply(401, {"message": "Session token not found or invalid"})
            q = parse_qs(url.query)
            if q.get("account_id") != ["123456789012"] or q.get("role_name") != ["Deployer"]:
                return self.reply(403, {"message": "No access"})
            ms = int((datetime.datetime.now(datetime.timezone.utc).timestamp() + 3600) * 1000)
            return self.reply(200, {"roleCredentials": {"accessKeyId": "ASIASSO", "secretAccessKey": "sso-secret",
                                                        "sessionToken": "sso-session", "expiration": ms}})
        self.reply(404, {"message": "not found"})


ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
