"""The moto side of the ECS benchmark (Benchmarks/Sources/ecsplan-bench/ECSBench.swift).

usage: ecs_bench.py ENDPOINT COMMAND ARGS...
  tasks CLUSTER N T I         -> registers I container instances, starts T tasks (RunTask, group
                                 service:svcI) for each of svc0..svcN-1 as ECS's scheduler would, and
                                 stops moto from advancing their status
  ecs-deploy CLUSTER N TAG    -> runs ecs-deploy's `ecs deploy CLUSTER svcI --tag TAG --timeout -1`
                                 for each service, in this one process (no interpreter start per
                                 service), and prints {"seconds": S, "requests": {operation: count}}
  ecs-deploy-processes CLUSTER N TAG
                              -> the same, as a user runs it: `ecs deploy` as a process of its own
                                 for each service, one after the other (the console script of this
                                 interpreter's environment, not a pyenv shim); prints {"seconds": S}
  floor CLUSTER N TAG THREADS -> the same image update as one boto3 client issuing only the requests
                                 it needs, on THREADS threads: DescribeServices in tens, then per service
                                 RegisterTaskDefinition and UpdateService; prints the same JSON. What
                                 ecsplan is measured against when every request costs a round trip.
  floor-reading CLUSTER N TAG THREADS [WITHOUT]
                              -> the floor's update after reading what ecsplan's refresh reads, request for
                                 request, on 16 connections (ecsplan's read pool): what ecsplan's own
                                 requests cost when sent by boto3; prints the same JSON. WITHOUT (a comma
                                 list of `tasks`, `families`) leaves out the cluster's ListTasks and
                                 DescribeTasks, or the families' DescribeTaskDefinition: what each of the
                                 reads the floor skips costs
"""
import json, sys, time, urllib.request

endpoint, command, *args = sys.argv[1:]

if command == "tasks":
    import boto3
    cluster, n, t, instances = args[0], int(args[1]), int(args[2]), int(args[3])
    ecs = boto3.client("ecs", endpoint_url=endpoint, region_name="us-east-1")
    ec2 = boto3.client("ec2", endpoint_url=endpoint, region_name="us-east-1")
    ami = ec2.describe_images()["Images"][0]["ImageId"]
    for instance in ec2.run_instances(ImageId=ami, MinCount=instances, MaxCount=instances)["Instances"]:
        ecs.register_container_instance(cluster=cluster, instanceIdentityDocument=json.dumps({"instanceId": instance["InstanceId"]}))
    req = urllib.request.Request(endpoint + "/moto-api/state-manager/set-transition", method="POST",
                                 data=json.dumps({"model_name": "ecs::task", "transition": {"progression": "manual", "times": 1000000}}).encode())
    urllib.request.urlopen(req)
    for i in range(n):
        service = ecs.describe_services(cluster=cluster, services=[f"svc{i}"])["services"][0]
        ecs.run_task(cluster=cluster, taskDefinition=service["taskDefinition"], count=t, group=f"service:svc{i}", startedBy="ecs-svc/bench")
elif command == "ecs-deploy":
    import botocore.client
    from click.testing import CliRunner
    from ecs_deploy.cli import ecs
    cluster, n, tag = args[0], int(args[1]), args[2]
    counts = {}
    original = botocore.client.BaseClient._make_api_call

    def counting(self, operation, params):
        counts[operation] = counts.get(operation, 0) + 1
        return original(self, operation, params)

    botocore.client.BaseClient._make_api_call = counting
    runner = CliRunner()
    start = time.monotonic()
    for i in range(n):
        result = runner.invoke(ecs, ["deploy", cluster, f"svc{i}", "--tag", tag, "--timeout", "-1", "--region", "us-east-1"])
        if result.exit_code != 0:
            print(f"ecs deploy {cluster} svc{i} failed ({result.exit_code}): {result.output}", file=sys.stderr)
            sys.exit(1)
    print(json.dumps({"seconds": time.monotonic() - start, "requests": counts}))
elif command == "ecs-deploy-processes":
    import os, subprocess
    cluster, n, tag = args[0], int(args[1]), args[2]
    script = os.path.join(os.path.dirname(sys.executable), "ecs")
    start = time.monotonic()
    for i in range(n):
        result = subprocess.run([script, "deploy", cluster, f"svc{i}", "--tag", tag, "--timeout", "-1",
                                 "--region", "us-east-1"], capture_output=True, text=True)
        if result.returncode != 0:
            print(f"ecs deploy {cluster} svc{i} failed ({result.returncode}): {result.stdout}{result.stderr}",
                  file=sys.stderr)
            sys.exit(1)
    print(json.dumps({"seconds": time.monotonic() - start}))
elif command in ("floor", "floor-reading"):
    import boto3, botocore.config
    from concurrent.futures import ThreadPoolExecutor
    cluster, n, tag, threads = args[0], int(args[1]), args[2], int(args[3])
    without = set(args[4].split(",")) if len(args) > 4 and args[4] else set()
    if without - {"tasks", "families"}:
        sys.exit(f"floor-reading leaves out tasks or families, not {','.join(sorted(without))}")
    connections = 16 if command == "floor-reading" else threads
    ecs = boto3.client("ecs", endpoint_url=endpoint, region_name="us-east-1",
                       config=botocore.config.Config(max_pool_connections=connections, retries={"mode": "standard"}))
    counts, lock = {}, __import__("threading").Lock()

    def call(operation, **params):
        with lock:
            counts[operation] = counts.get(operation, 0) + 1
        return getattr(ecs, operation)(**params)

    start = time.monotonic()
    names = [f"svc{i}" for i in range(n)]
    if command == "floor-reading":
        # ecsplan's refresh, request for request, on 16 connections as ecsplan reads:
        # the cluster, then its services, instances and tasks beside every family's latest revision.
        call("describe_clusters", clusters=[cluster])

        def services():
            arns = call("list_services", cluster=cluster, maxResults=100)["serviceArns"]
            with ThreadPoolExecutor(16) as inner:
                list(inner.map(lambda chunk: call("describe_services", cluster=cluster, services=chunk),
                               [arns[i:i + 10] for i in range(0, len(arns), 10)]))

        def instances():
            arns = call("list_container_instances", cluster=cluster, maxResults=100)["containerInstanceArns"]
            call("describe_container_instances", cluster=cluster, containerInstances=arns)

        def tasks():
            arns = call("list_tasks", cluster=cluster, maxResults=100)["taskArns"]
            with ThreadPoolExecutor(16) as inner:
                list(inner.map(lambda chunk: call("describe_tasks", cluster=cluster, tasks=chunk),
                               [arns[i:i + 100] for i in range(0, len(arns), 100)]))

        with ThreadPoolExecutor(16) as pool:
            reads = [pool.submit(f) for f in (services, instances) + (() if "tasks" in without else (tasks,))]
            if "families" not in without:
                reads += [pool.submit(call, "describe_task_definition", taskDefinition=f"svc{i}") for i in range(n)]
            for read in reads:
                read.result()
    with ThreadPoolExecutor(threads) as pool:
        if command == "floor":
            described = list(pool.map(lambda chunk: call("describe_services", cluster=cluster, services=chunk),
                                      [names[i:i + 10] for i in range(0, n, 10)]))
            assert sum(len(d["services"]) for d in described) == n

        def deploy(i):
            revision = call("register_task_definition", family=f"svc{i}", containerDefinitions=[
                {"name": "app", "image": f"registry.example.com/team/svc{i}:{tag}", "memory": 64}])
            call("update_service", cluster=cluster, service=f"svc{i}",
                 taskDefinition=revision["taskDefinition"]["taskDefinitionArn"])

        list(pool.map(deploy, range(n)))
    print(json.dumps({"seconds": time.monotonic() - start, "requests": counts}))
else:
    sys.exit(f"unknown command {command}")
