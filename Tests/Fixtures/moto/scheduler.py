"""Plays ECS's service scheduler against moto, which runs none: keeps each
service of CLUSTER at desiredCount tasks of its current task definition,
surging up to maximumPercent (200) like an ECS rolling deployment, and never
stops a task (that is what ecsplan's rollout does). Tasks are started with
RunTask in group service:NAME. Runs until killed.

usage: scheduler.py ENDPOINT KEY SECRET CLUSTER
"""
import json, sys, time
import boto3

endpoint, key, secret, cluster = sys.argv[1:5]
ecs = boto3.client("ecs", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id=key, aws_secret_access_key=secret)
while True:
    try:
        arns = ecs.list_services(cluster=cluster)["serviceArns"]
        services = ecs.describe_services(cluster=cluster, services=arns)["services"] if arns else []
        task_arns = ecs.list_tasks(cluster=cluster)["taskArns"]
        tasks = ecs.describe_tasks(cluster=cluster, tasks=task_arns)["tasks"] if task_arns else []
        for s in services:
            if s["status"] != "ACTIVE":
                continue
            mine = [t for t in tasks if t.get("group") == "service:" + s["serviceName"] and t["lastStatus"] != "STOPPED" and t["desiredStatus"] == "RUNNING"]
            primary = [t for t in mine if t["taskDefinitionArn"] == s["taskDefinition"]]
            room = min(s["desiredCount"] - len(primary), s["desiredCount"] * 2 - len(mine))
            if room > 0:
                ecs.run_task(cluster=cluster, taskDefinition=s["taskDefinition"], count=room, group="service:" + s["serviceName"], startedBy="ecs-svc/fake")
    except Exception as e:  # moto restarts, races with deletes: keep scheduling
        print("scheduler:", e, file=sys.stderr)
    time.sleep(0.2)
