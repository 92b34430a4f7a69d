// generated from botocore 1.43.11 by Tools/ecsmodel/generate.py, do not edit.
// Change the generator, the pinned version or Sources/ECSModel/Overlay.yaml and run it again.

extension Overlay {
    /// ECS's default for members it fills in when they are not given, by shape and member.
    public static let defaults: [Swift.String: [Swift.String: DefaultValue]] = [
        "AwsVpcConfiguration": ["assignPublicIp": .string("DISABLED")],
        "ContainerDefinition": ["cpu": .int(0), "disableNetworking": .bool(false), "essential": .bool(true), "interactive": .bool(false), "privileged": .bool(false), "pseudoTerminal": .bool(false), "readonlyRootFilesystem": .bool(false)],
        "ContainerRestartPolicy": ["restartAttemptPeriod": .int(300)],
        "CreateServiceRequest": ["enableECSManagedTags": .bool(false), "enableExecuteCommand": .bool(false), "healthCheckGracePeriodSeconds": .int(0), "propagateTags": .string("NONE"), "schedulingStrategy": .string("REPLICA")],
        "DeploymentAlarms": ["enable": .bool(false), "rollback": .bool(false)],
        "DeploymentCircuitBreaker": ["enable": .bool(false), "rollback": .bool(false)],
        "DeploymentConfiguration": ["strategy": .string("ROLLING")],
        "DeploymentController": ["type": .string("ECS")],
        "DockerVolumeConfiguration": ["scope": .string("task")],
        "EFSAuthorizationConfig": ["iam": .string("DISABLED")],
        "EFSVolumeConfiguration": ["rootDirectory": .string("/"), "transitEncryption": .string("DISABLED")],
        "EnvironmentFile": ["type": .string("s3")],
        "FirelensConfiguration": ["type": .string("fluentbit")],
        "HealthCheck": ["interval": .int(30), "retries": .int(3), "startPeriod": .int(0), "timeout": .int(5)],
        "MountPoint": ["readOnly": .bool(false)],
        "PortMapping": ["protocol": .string("tcp")],
        "RegisterTaskDefinitionRequest": ["enableFaultInjection": .bool(false)],
        "RuntimePlatform": ["cpuArchitecture": .string("X86_64"), "operatingSystemFamily": .string("LINUX")],
        "VolumeFrom": ["readOnly": .bool(false)],
    ]

    /// How lists the API treats as sets are keyed, by shape and member (absent: the list keeps its order).
    public static let sets: [Swift.String: [Swift.String: SetKey]] = [
        "AwsVpcConfiguration": ["securityGroups": .value, "subnets": .value],
        "ContainerDefinition": ["credentialSpecs": .value, "dependsOn": .members(["containerName"], value: nil), "dockerSecurityOptions": .value, "environment": .members(["name"], value: "value"), "environmentFiles": .members(["value"], value: nil), "extraHosts": .members(["hostname"], value: "ipAddress"), "links": .value, "mountPoints": .members(["containerPath"], value: nil), "portMappings": .members(["containerPort", "containerPortRange", "protocol"], value: nil), "resourceRequirements": .members(["type"], value: "value"), "secrets": .members(["name"], value: "valueFrom"), "systemControls": .members(["namespace"], value: "value"), "ulimits": .members(["name"], value: nil), "volumesFrom": .members(["sourceContainer"], value: nil)],
        "ContainerOverride": ["environment": .members(["name"], value: "value")],
        "ContainerRestartPolicy": ["ignoredExitCodes": .value],
        "CreateClusterRequest": ["capacityProviders": .value, "defaultCapacityProviderStrategy": .members(["capacityProvider"], value: nil), "settings": .members(["name"], value: "value"), "tags": .members(["key"], value: "value")],
        "CreateServiceRequest": ["capacityProviderStrategy": .members(["capacityProvider"], value: nil), "loadBalancers": .members(["targetGroupArn", "loadBalancerName", "containerName", "containerPort"], value: nil), "placementConstraints": .members(["type", "expression"], value: nil), "serviceRegistries": .members(["registryArn"], value: nil), "tags": .members(["key"], value: "value")],
        "KernelCapabilities": ["add": .value, "drop": .value],
        "LinuxParameters": ["devices": .members(["hostPath"], value: nil), "tmpfs": .members(["containerPath"], value: nil)],
        "LogConfiguration": ["secretOptions": .members(["name"], value: "valueFrom")],
        "ProxyConfiguration": ["properties": .members(["name"], value: "value")],
        "RegisterTaskDefinitionRequest": ["containerDefinitions": .members(["name"], value: nil), "inferenceAccelerators": .members(["deviceName"], value: nil), "placementConstraints": .members(["type", "expression"], value: nil), "requiresCompatibilities": .value, "tags": .members(["key"], value: "value"), "volumes": .members(["name"], value: nil)],
        "TaskOverride": ["containerOverrides": .members(["name"], value: nil)],
    ]

    /// Members whose change ECS cannot apply in place: the object is replaced.
    public static func forcesReplace(shape: Swift.String, member: Swift.String) -> Swift.Bool {
        switch (shape, member) {
        case ("CreateServiceRequest", "launchType"), ("CreateServiceRequest", "role"), ("CreateServiceRequest", "schedulingStrategy"): return true
        default: return false
        }
    }

    /// Members whose values are secrets (the model's own plus the overlay's).
    public static func isSensitive(shape: Swift.String, member: Swift.String) -> Swift.Bool {
        switch (shape, member) {
        case ("ContainerDefinition", "environment"), ("ContainerDefinition", "repositoryCredentials"), ("ContainerOverride", "environment"), ("RepositoryCredentials", "credentialsParameter"): return true
        default: return false
        }
    }

    /// Members of a section's describe output that its request does not take:
    /// pasted describe output keeps them, and they are noted and ignored.
    public static func outputOnlyMembers(section: Swift.String) -> [Swift.String] {
        switch section {
        case "clusters": return ["clusterArn", "status", "registeredContainerInstancesCount", "runningTasksCount", "pendingTasksCount", "activeServicesCount", "statistics", "attachments", "attachmentsStatus"]
        case "services": return ["serviceArn", "clusterArn", "status", "runningCount", "pendingCount", "platformFamily", "taskSets", "deployments", "roleArn", "events", "createdAt", "currentServiceDeployment", "currentServiceRevisions", "createdBy", "resourceManagementType"]
        case "taskDefinitions": return ["taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities", "registeredAt", "deregisteredAt", "deleteRequestedAt", "registeredBy"]
        default: return []
        }
    }
}
