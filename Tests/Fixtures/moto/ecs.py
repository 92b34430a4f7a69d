"""Independent checks and setup through boto3, so tests do not only trust ecsplan.

usage: ecs.py ENDPOINT KEY SECRET COMMAND [ARGS...]
  describe CLUSTER              -> JSON summary of the cluster, services and task definitions
  warm                          -> lists clusters: moto loads its ECS backend on the first call, which can take seconds
  stable-tasks                  -> tasks keep their status (moto advances it on each describe otherwise)
  instance CLUSTER              -> registers an EC2 container instance
  tasks CLUSTER                 -> JSON list of the revisions of tasks not STOPPED
  cluster NAME                  -> creates a cluster without the managed-by tag
  unmanaged-service CLUSTER NAME -> creates a service (and family) without the managed-by tag
  services CLUSTER N FAMILY     -> creates N services of FAMILY (for request-count tests)
  task-behind CLUSTER SERVICE FAMILY -> a task of FAMILY's revision 1 in SERVICE's group, then a new revision the service runs
                                    (mid-deployment on ECS: the task is one revision behind its service)
"""
import json, sys
import boto3

endpoint, key, secret, command, *args = sys.argv[1:]
ecs = boto3.client("ecs", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id=key, aws_secret_access_key=secret)

if command == "warm":
    ecs.list_clusters()
elif command == "describe":
    cluster = args[0]
    arns = ecs.list_services(cluster=cluster)["serviceArns"]
    services = ecs.describe_services(cluster=cluster, services=arns, include=["TAGS"])["services"] if arns else []
    families = {}
    for fam in ecs.list_task_definition_families()["families"]:
        families[fam] = ecs.list_task_definitions(familyPrefix=fam)["taskDefinitionArns"]
    clusters = ecs.describe_clusters(clusters=[cluster], include=["TAGS"])["clusters"]
    print(json.dumps({
        "clusters": [{"name": c["clusterName"], "status": c["status"], "tags": {t["key"]: t["value"] for t in c.get("tags", [])}} for c in clusters],
        "services": sorted([{"name": s["serviceName"], "status": s["status"], "desiredCount": s["desiredCount"], "taskDefinition": s["taskDefinition"].split("/")[-1],
                             "tags": {t["key"]: t["value"] for t in s.get("tags", [])}} for s in services], key=lambda s: s["name"]),
        "taskDefinitions": {f: [a.split("/")[-1] for a in v] for f, v in families.items()},
    }, sort_keys=True))
elif command == "stable-tasks":
    # moto advances a task's lastStatus on every describe unless told not to.
    import urllib.request
    req = urllib.request.Request(endpoint + "/moto-api/state-manager/set-transition", method="POST",
                                 data=json.dumps({"model_name": "ecs::task", "transition": {"progression": "manual", "times": 1000000}}).encode())
    urllib.request.urlopen(req)
elif command == "instance":
    ec2 = boto3.client("ec2", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id=key, aws_secret_access_key=secret)
    ami = ec2.describe_images()["Images"][0]["ImageId"]
    instance = ec2.run_instances(ImageId=ami, MinCount=1, MaxCount=1)["Instances"][0]["InstanceId"]
    ecs.register_container_instance(cluster=args[0], instanceIdentityDocument=json.dumps({"instanceId": instance}))
elif command == "tasks":
    arns = ecs.list_tasks(cluster=args[0])["taskArns"]
    tasks = ecs.describe_tasks(cluster=args[0], tasks=arns)["tasks"] if arns else []
    print(json.dumps(sorted(t["taskDefinitionArn"].split("/")[-1] for t in tasks if t["lastStatus"] != "STOPPED")))
elif command == "cluster":
    ecs.create_cluster(clusterName=args[0])
elif command == "unmanaged-service":
    cluster, name = args
    td = ecs.register_task_definition(family=name, containerDefinitions=[{"name": "app", "image": "busybox", "memory": 64}])
    ecs.create_service(cluster=cluster, serviceName=name, taskDefinition=td["taskDefinition"]["taskDefinitionArn"], desiredCount=1)
elif command == "services":
    cluster, n, family = args
    td = ecs.register_task_definition(family=family, containerDefinitions=[{"name": "app", "image": "busybox", "memory": 64}])
    for i in range(int(n)):
        ecs.create_service(cluster=cluster, serviceName=f"{family}-{i}", taskDefinition=td["taskDefinition"]["taskDefinitionArn"], desiredCount=0)
elif command == "task-behind":
    cluster, service, family = args
    ecs.run_task(cluster=cluster, taskDefinition=f"{family}:1", group=f"service:{service}", count=1)
    td = ecs.register_task_definition(family=family, containerDefinitions=[{"name": "app", "image": "busybox:2", "memory": 64}])
    ecs.update_service(cluster=cluster, service=service, taskDefinition=td["taskDefinition"]["taskDefinitionArn"])
print("ok", file=sys.stderr)
