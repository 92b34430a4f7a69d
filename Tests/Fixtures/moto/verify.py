"""Objects for the verify tests, signed with the test user's key: a role ECS may
assume and one it may not, an ECR repository with an image tagged 1.0, a secret,
SSM parameters, a log group, a VPC with a subnet, a security group and a
target group. Prints their ids as JSON.

usage: verify.py ENDPOINT KEY SECRET"""
import json, sys
import boto3

endpoint, key, secret = sys.argv[1:4]
session = boto3.session.Session(aws_access_key_id=key, aws_secret_access_key=secret, region_name="us-east-1")
client = lambda name: session.client(name, endpoint_url=endpoint)

iam = client("iam")
def trust(service):
    return json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"}]})
iam.create_role(RoleName="web-exec", AssumeRolePolicyDocument=trust("ecs-tasks.amazonaws.com"))
iam.create_role(RoleName="ec2-only", AssumeRolePolicyDocument=trust("ec2.amazonaws.com"))

ecr = client("ecr")
ecr.create_repository(repositoryName="web")
manifest = {"schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
            "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "size": 1,
                       "digest": "sha256:" + "a" * 64}, "layers": []}
ecr.put_image(repositoryName="web", imageManifest=json.dumps(manifest), imageTag="1.0")

secret_arn = client("secretsmanager").create_secret(Name="prod/api-key", SecretString="s3cr3t-value")["ARN"]
ssm = client("ssm")
ssm.put_parameter(Name="/prod/db-password", Value="hunter2", Type="SecureString")
for i in range(1, 12):  # /batch/p1 … /batch/p11: more than one GetParameters request holds
    ssm.put_parameter(Name=f"/batch/p{i}", Value=f"value-{i}", Type="String")
client("logs").create_log_group(logGroupName="/ecs/web")

ec2 = client("ec2")
vpc = ec2.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
subnet = ec2.create_subnet(VpcId=vpc, CidrBlock="10.0.1.0/24")["Subnet"]["SubnetId"]
group = ec2.create_security_group(GroupName="web", Description="web", VpcId=vpc)["GroupId"]
target_group = client("elbv2").create_target_group(Name="web", Protocol="HTTP", Port=80, VpcId=vpc,
                                                   TargetType="ip")["TargetGroups"][0]["TargetGroupArn"]
print(json.dumps({"secret": secret_arn, "subnet": subnet, "securityGroup": group, "targetGroup": target_group}))
