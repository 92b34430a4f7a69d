"""Generates sigv4-vectors.json with botocore's SigV4Auth (run once; the output is committed).

The cases follow the published AWS Signature Version 4 test suite (get-vanilla,
post-x-www-form-urlencoded, ...) with the suite's credentials and date, plus
the JSON 1.1 requests ecsplan sends, with and without a session token.
"""
import datetime, json
from unittest import mock
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

KEY, SECRET = "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
cases = [
    dict(name="get-vanilla", method="GET", url="https://example.amazonaws.com/", headers={}, body="", service="service", token=None),
    dict(name="get-vanilla-query-order", method="GET", url="https://example.amazonaws.com/?Param2=value2&Param1=value1", headers={}, body="", service="service", token=None),
    dict(name="post-x-www-form-urlencoded", method="POST", url="https://example.amazonaws.com/",
         headers={"Content-Type": "application/x-www-form-urlencoded"}, body="Param1=value1", service="service", token=None),
    dict(name="post-ecs-json", method="POST", url="https://ecs.us-east-1.amazonaws.com/",
         headers={"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "AmazonEC2ContainerServiceV20141113.ListClusters"},
         body="{}", service="ecs", token=None),
    dict(name="post-ecs-json-session-token", method="POST", url="https://ecs.eu-west-1.amazonaws.com/",
         headers={"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "AmazonEC2ContainerServiceV20141113.DescribeServices"},
         body='{"cluster":"prod","services":["web"]}', service="ecs", token="AQoDYXdzEPT//////////wEXAMPLEtoken", region="eu-west-1"),
    dict(name="post-local-endpoint-port", method="POST", url="http://127.0.0.1:4566/",
         headers={"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "AmazonEC2ContainerServiceV20141113.ListClusters"},
         body='{"maxResults":100}', service="ecs", token=None),
]
out = []
fixed = datetime.datetime(2015, 8, 30, 12, 36, 0)
for c in cases:
    region = c.get("region", "us-east-1")
    req = AWSRequest(method=c["method"], url=c["url"], data=c["body"].encode(), headers=dict(c["headers"]))
    auth = SigV4Auth(Credentials(KEY, SECRET, c["token"]), c["service"], region)
    with mock.patch("botocore.auth.get_current_datetime", return_value=fixed):
        # The same steps as SigV4Auth.add_auth, keeping the intermediate strings.
        req.context["timestamp"] = fixed.strftime("%Y%m%dT%H%M%SZ")
        auth._modify_request_before_signing(req)
        canonical = auth.canonical_request(req)
        string_to_sign = auth.string_to_sign(req, canonical)
        auth._inject_signature_to_request(req, auth.signature(string_to_sign, req))
    out.append(dict(name=c["name"], method=c["method"], url=c["url"], headers=c["headers"], signedHeaders=dict(req.headers.items()), body=c["body"], service=c["service"], region=region,
                    accessKeyId=KEY, secretAccessKey=SECRET, sessionToken=c["token"], date="20150830T123600Z",
                    canonicalRequest=canonical, stringToSign=string_to_sign, authorization=req.headers["Authorization"]))
json.dump(out, open("sigv4-vectors.json", "w"), indent=2)
print("wrote", len(out), "vectors")
