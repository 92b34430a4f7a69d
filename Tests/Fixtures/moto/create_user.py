"""Creates an IAM user with an allow-all inline policy and an access key in a
moto server started with INITIAL_NO_AUTH_ACTION_COUNT=3 (these are the three
unchecked requests); prints the key as JSON. Every later request must be signed
with it."""
import json, sys
import boto3

endpoint = sys.argv[1]
iam = boto3.client("iam", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="bootstrap", aws_secret_access_key="bootstrap")
iam.create_user(UserName="ecsplan-test")
iam.put_user_policy(UserName="ecsplan-test", PolicyName="allow-all",
                    PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))
key = iam.create_access_key(UserName="ecsplan-test")["AccessKey"]
print(json.dumps({"accessKeyId": key["AccessKeyId"], "secretAccessKey": key["SecretAccessKey"]}))
