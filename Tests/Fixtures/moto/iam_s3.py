"""IAM and S3 set-up and checks for the credential-chain and team-lock tests,
signed with the test user's key.

usage: iam_s3.py ENDPOINT KEY SECRET role NAME      -> prints the role ARN
       iam_s3.py ENDPOINT KEY SECRET bucket NAME    -> creates the bucket
       iam_s3.py ENDPOINT KEY SECRET get BUCKET KEY -> prints the object, or nothing"""
import json, sys
import boto3

endpoint, key, secret, command = sys.argv[1:5]
args = sys.argv[5:]
session = boto3.session.Session(aws_access_key_id=key, aws_secret_access_key=secret, region_name="us-east-1")

if command == "role":
    iam = session.client("iam", endpoint_url=endpoint)
    trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"},
                                                       "Action": ["sts:AssumeRole", "sts:AssumeRoleWithWebIdentity"]}]}
    arn = iam.create_role(RoleName=args[0], AssumeRolePolicyDocument=json.dumps(trust))["Role"]["Arn"]
    iam.put_role_policy(RoleName=args[0], PolicyName="allow-all",
                        PolicyDocument=json.dumps({"Version": "2012-10-17",
                                                   "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))
    print(arn)
elif command == "bucket":
    session.client("s3", endpoint_url=endpoint).create_bucket(Bucket=args[0])
elif command == "get":
    s3 = session.client("s3", endpoint_url=endpoint)
    try:
        print(s3.get_object(Bucket=args[0], Key=args[1])["Body"].read().decode())
    except s3.exceptions.NoSuchKey:
        pass
else:
    sys.exit(f"unknown command {command}")
