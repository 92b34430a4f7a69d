// generated from botocore 1.43.11 by Tools/ecsmodel/generate.py, do not edit.
// Change the generator, the pinned version or Sources/ECSModel/Overlay.yaml and run it again.

import ECSModel

extension ECS.AcceleratorCountRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.min { m.append(("min", .int(v))) }
        if let v = self.max { m.append(("max", .int(v))) }
        return .object(shape: "AcceleratorCountRequest", members: m)
    }
}

extension ECS.AcceleratorTotalMemoryMiBRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.min { m.append(("min", .int(v))) }
        if let v = self.max { m.append(("max", .int(v))) }
        return .object(shape: "AcceleratorTotalMemoryMiBRequest", members: m)
    }
}

extension ECS.AdvancedConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.alternateTargetGroupArn { m.append(("alternateTargetGroupArn", .string(v))) }
        if let v = self.productionListenerRule { m.append(("productionListenerRule", .string(v))) }
        if let v = self.testListenerRule { m.append(("testListenerRule", .string(v))) }
        if let v = self.roleArn { m.append(("roleArn", .string(v))) }
        return .object(shape: "AdvancedConfiguration", members: m)
    }
}

extension ECS.Attachment: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.id { m.append(("id", .string(v))) }
        if let v = self.type { m.append(("type", .string(v))) }
        if let v = self.status { m.append(("status", .string(v))) }
        if let v = self.details { m.append(("details", .list(v.map { e0 in e0.shapeTree }))) }
        return .object(shape: "Attachment", members: m)
    }
}

extension ECS.Attribute: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("name", .string(self.name)))
        if let v = self.value { m.append(("value", .string(v))) }
        if let v = self.targetType { m.append(("targetType", .string(v.rawValue))) }
        if let v = self.targetId { m.append(("targetId", .string(v))) }
        return .object(shape: "Attribute", members: m)
    }
}

extension ECS.AutoRepairConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.actionsStatus { m.append(("actionsStatus", .string(v.rawValue))) }
        return .object(shape: "AutoRepairConfiguration", members: m)
    }
}

extension ECS.AutoScalingGroupProvider: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("autoScalingGroupArn", .string(self.autoScalingGroupArn)))
        if let v = self.managedScaling { m.append(("managedScaling", v.shapeTree)) }
        if let v = self.managedTerminationProtection { m.append(("managedTerminationProtection", .string(v.rawValue))) }
        if let v = self.managedDraining { m.append(("managedDraining", .string(v.rawValue))) }
        return .object(shape: "AutoScalingGroupProvider", members: m)
    }
}

extension ECS.AwsVpcConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("subnets", .list(self.subnets.map { e0 in .string(e0) })))
        if let v = self.securityGroups { m.append(("securityGroups", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.assignPublicIp { m.append(("assignPublicIp", .string(v.rawValue))) }
        return .object(shape: "AwsVpcConfiguration", members: m)
    }
}

extension ECS.BaselineEbsBandwidthMbpsRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.min { m.append(("min", .int(v))) }
        if let v = self.max { m.append(("max", .int(v))) }
        return .object(shape: "BaselineEbsBandwidthMbpsRequest", members: m)
    }
}

extension ECS.CanaryConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.canaryPercent { m.append(("canaryPercent", .double(v))) }
        if let v = self.canaryBakeTimeInMinutes { m.append(("canaryBakeTimeInMinutes", .int(v))) }
        return .object(shape: "CanaryConfiguration", members: m)
    }
}

extension ECS.CapacityProvider: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.capacityProviderArn { m.append(("capacityProviderArn", .string(v))) }
        if let v = self.name { m.append(("name", .string(v))) }
        if let v = self.cluster { m.append(("cluster", .string(v))) }
        if let v = self.status { m.append(("status", .string(v.rawValue))) }
        if let v = self.autoScalingGroupProvider { m.append(("autoScalingGroupProvider", v.shapeTree)) }
        if let v = self.managedInstancesProvider { m.append(("managedInstancesProvider", v.shapeTree)) }
        if let v = self.updateStatus { m.append(("updateStatus", .string(v.rawValue))) }
        if let v = self.updateStatusReason { m.append(("updateStatusReason", .string(v))) }
        if let v = self.tags { m.append(("tags", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.type { m.append(("type", .string(v.rawValue))) }
        return .object(shape: "CapacityProvider", members: m)
    }
}

extension ECS.CapacityProviderStrategyItem: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("capacityProvider", .string(self.capacityProvider)))
        if let v = self.weight { m.append(("weight", .int(v))) }
        if let v = self.base { m.append(("base", .int(v))) }
        return .object(shape: "CapacityProviderStrategyItem", members: m)
    }
}

extension ECS.CapacityReservationRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.reservationGroupArn { m.append(("reservationGroupArn", .string(v))) }
        if let v = self.reservationPreference { m.append(("reservationPreference", .string(v.rawValue))) }
        return .object(shape: "CapacityReservationRequest", members: m)
    }
}

extension ECS.Cluster: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.clusterArn { m.append(("clusterArn", .string(v))) }
        if let v = self.clusterName { m.append(("clusterName", .string(v))) }
        if let v = self.configuration { m.append(("configuration", v.shapeTree)) }
        if let v = self.status { m.append(("status", .string(v))) }
        if let v = self.registeredContainerInstancesCount { m.append(("registeredContainerInstancesCount", .int(v))) }
        if let v = self.runningTasksCount { m.append(("runningTasksCount", .int(v))) }
        if let v = self.pendingTasksCount { m.append(("pendingTasksCount", .int(v))) }
        if let v = self.activeServicesCount { m.append(("activeServicesCount", .int(v))) }
        if let v = self.statistics { m.append(("statistics", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.tags { m.append(("tags", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.settings { m.append(("settings", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.capacityProviders { m.append(("capacityProviders", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.defaultCapacityProviderStrategy {
            m.append(("defaultCapacityProviderStrategy", .list(v.map { e0 in e0.shapeTree })))
        }
        if let v = self.attachments { m.append(("attachments", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.attachmentsStatus { m.append(("attachmentsStatus", .string(v))) }
        if let v = self.serviceConnectDefaults { m.append(("serviceConnectDefaults", v.shapeTree)) }
        return .object(shape: "Cluster", members: m)
    }
}

extension ECS.ClusterConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.executeCommandConfiguration { m.append(("executeCommandConfiguration", v.shapeTree)) }
        if let v = self.managedStorageConfiguration { m.append(("managedStorageConfiguration", v.shapeTree)) }
        return .object(shape: "ClusterConfiguration", members: m)
    }
}

extension ECS.ClusterServiceConnectDefaults: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.namespace { m.append(("namespace", .string(v))) }
        return .object(shape: "ClusterServiceConnectDefaults", members: m)
    }
}

extension ECS.ClusterServiceConnectDefaultsRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("namespace", .string(self.namespace)))
        return .object(shape: "ClusterServiceConnectDefaultsRequest", members: m)
    }
}

extension ECS.ClusterSetting: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.name { m.append(("name", .string(v.rawValue))) }
        if let v = self.value { m.append(("value", .string(v))) }
        return .object(shape: "ClusterSetting", members: m)
    }
}

extension ECS.Container: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.containerArn { m.append(("containerArn", .string(v))) }
        if let v = self.taskArn { m.append(("taskArn", .string(v))) }
        if let v = self.name { m.append(("name", .string(v))) }
        if let v = self.image { m.append(("image", .string(v))) }
        if let v = self.imageDigest { m.append(("imageDigest", .string(v))) }
        if let v = self.runtimeId { m.append(("runtimeId", .string(v))) }
        if let v = self.lastStatus { m.append(("lastStatus", .string(v))) }
        if let v = self.exitCode { m.append(("exitCode", .int(v))) }
        if let v = self.reason { m.append(("reason", .string(v))) }
        if let v = self.networkBindings { m.append(("networkBindings", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.networkInterfaces { m.append(("networkInterfaces", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.healthStatus { m.append(("healthStatus", .string(v.rawValue))) }
        if let v = self.managedAgents { m.append(("managedAgents", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.cpu { m.append(("cpu", .string(v))) }
        if let v = self.memory { m.append(("memory", .string(v))) }
        if let v = self.memoryReservation { m.append(("memoryReservation", .string(v))) }
        if let v = self.gpuIds { m.append(("gpuIds", .list(v.map { e0 in .string(e0) }))) }
        return .object(shape: "Container", members: m)
    }
}

extension ECS.ContainerDefinition: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.name { m.append(("name", .string(v))) }
        if let v = self.image { m.append(("image", .string(v))) }
        if let v = self.repositoryCredentials { m.append(("repositoryCredentials", v.shapeTree)) }
        if let v = self.cpu { m.append(("cpu", .int(v))) }
        if let v = self.memory { m.append(("memory", .int(v))) }
        if let v = self.memoryReservation { m.append(("memoryReservation", .int(v))) }
        if let v = self.links { m.append(("links", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.portMappings { m.append(("portMappings", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.essential { m.append(("essential", .bool(v))) }
        if let v = self.restartPolicy { m.append(("restartPolicy", v.shapeTree)) }
        if let v = self.entryPoint { m.append(("entryPoint", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.command { m.append(("command", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.environment { m.append(("environment", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.environmentFiles { m.append(("environmentFiles", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.mountPoints { m.append(("mountPoints", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.volumesFrom { m.append(("volumesFrom", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.linuxParameters { m.append(("linuxParameters", v.shapeTree)) }
        if let v = self.secrets { m.append(("secrets", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.dependsOn { m.append(("dependsOn", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.startTimeout { m.append(("startTimeout", .int(v))) }
        if let v = self.stopTimeout { m.append(("stopTimeout", .int(v))) }
        if let v = self.versionConsistency { m.append(("versionConsistency", .string(v.rawValue))) }
        if let v = self.hostname { m.append(("hostname", .string(v))) }
        if let v = self.user { m.append(("user", .string(v))) }
        if let v = self.workingDirectory { m.append(("workingDirectory", .string(v))) }
        if let v = self.disableNetworking { m.append(("disableNetworking", .bool(v))) }
        if let v = self.privileged { m.append(("privileged", .bool(v))) }
        if let v = self.readonlyRootFilesystem { m.append(("readonlyRootFilesystem", .bool(v))) }
        if let v = self.dnsServers { m.append(("dnsServers", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.dnsSearchDomains { m.append(("dnsSearchDomains", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.extraHosts { m.append(("extraHosts", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.dockerSecurityOptions {
            m.append(("dockerSecurityOptions", .list(v.map { e0 in .string(e0) })))
        }
        if let v = self.interactive { m.append(("interactive", .bool(v))) }
        if let v = self.pseudoTerminal { m.append(("pseudoTerminal", .bool(v))) }
        if let v = self.dockerLabels {
            m.append(("dockerLabels", .object(shape: nil, members: v.map { e0 in (e0.key, .string(e0.value)) })))
        }
        if let v = self.ulimits { m.append(("ulimits", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.logConfiguration { m.append(("logConfiguration", v.shapeTree)) }
        if let v = self.healthCheck { m.append(("healthCheck", v.shapeTree)) }
        if let v = self.systemControls { m.append(("systemControls", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.resourceRequirements { m.append(("resourceRequirements", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.firelensConfiguration { m.append(("firelensConfiguration", v.shapeTree)) }
        if let v = self.credentialSpecs { m.append(("credentialSpecs", .list(v.map { e0 in .string(e0) }))) }
        return .object(shape: "ContainerDefinition", members: m)
    }
}

extension ECS.ContainerDependency: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("containerName", .string(self.containerName)))
        m.append(("condition", .string(self.condition.rawValue)))
        return .object(shape: "ContainerDependency", members: m)
    }
}

extension ECS.ContainerImage: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.containerName { m.append(("containerName", .string(v))) }
        if let v = self.imageDigest { m.append(("imageDigest", .string(v))) }
        if let v = self.image { m.append(("image", .string(v))) }
        return .object(shape: "ContainerImage", members: m)
    }
}

extension ECS.ContainerInstance: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.containerInstanceArn { m.append(("containerInstanceArn", .string(v))) }
        if let v = self.ec2InstanceId { m.append(("ec2InstanceId", .string(v))) }
        if let v = self.capacityProviderName { m.append(("capacityProviderName", .string(v))) }
        if let v = self.version { m.append(("version", .int(v))) }
        if let v = self.versionInfo { m.append(("versionInfo", v.shapeTree)) }
        if let v = self.remainingResources { m.append(("remainingResources", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.registeredResources { m.append(("registeredResources", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.status { m.append(("status", .string(v))) }
        if let v = self.statusReason { m.append(("statusReason", .string(v))) }
        if let v = self.agentConnected { m.append(("agentConnected", .bool(v))) }
        if let v = self.runningTasksCount { m.append(("runningTasksCount", .int(v))) }
        if let v = self.pendingTasksCount { m.append(("pendingTasksCount", .int(v))) }
        if let v = self.agentUpdateStatus { m.append(("agentUpdateStatus", .string(v.rawValue))) }
        if let v = self.attributes { m.append(("attributes", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.registeredAt { m.append(("registeredAt", .double(v.secondsSince1970))) }
        if let v = self.attachments { m.append(("attachments", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.tags { m.append(("tags", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.healthStatus { m.append(("healthStatus", v.shapeTree)) }
        return .object(shape: "ContainerInstance", members: m)
    }
}

extension ECS.ContainerInstanceHealthStatus: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.overallStatus { m.append(("overallStatus", .string(v.rawValue))) }
        if let v = self.details { m.append(("details", .list(v.map { e0 in e0.shapeTree }))) }
        return .object(shape: "ContainerInstanceHealthStatus", members: m)
    }
}

extension ECS.ContainerOverride: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.name { m.append(("name", .string(v))) }
        if let v = self.command { m.append(("command", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.environment { m.append(("environment", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.environmentFiles { m.append(("environmentFiles", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.cpu { m.append(("cpu", .int(v))) }
        if let v = self.memory { m.append(("memory", .int(v))) }
        if let v = self.memoryReservation { m.append(("memoryReservation", .int(v))) }
        if let v = self.resourceRequirements { m.append(("resourceRequirements", .list(v.map { e0 in e0.shapeTree }))) }
        return .object(shape: "ContainerOverride", members: m)
    }
}

extension ECS.ContainerRestartPolicy: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("enabled", .bool(self.enabled)))
        if let v = self.ignoredExitCodes { m.append(("ignoredExitCodes", .list(v.map { e0 in .int(e0) }))) }
        if let v = self.restartAttemptPeriod { m.append(("restartAttemptPeriod", .int(v))) }
        return .object(shape: "ContainerRestartPolicy", members: m)
    }
}

extension ECS.CreateClusterRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.clusterName { m.append(("clusterName", .string(v))) }
        if let v = self.tags { m.append(("tags", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.settings { m.append(("settings", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.configuration { m.append(("configuration", v.shapeTree)) }
        if let v = self.capacityProviders { m.append(("capacityProviders", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.defaultCapacityProviderStrategy {
            m.append(("defaultCapacityProviderStrategy", .list(v.map { e0 in e0.shapeTree })))
        }
        if let v = self.serviceConnectDefaults { m.append(("serviceConnectDefaults", v.shapeTree)) }
        return .object(shape: "CreateClusterRequest", members: m)
    }
}

extension ECS.CreateClusterResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.cluster { m.append(("cluster", v.shapeTree)) }
        return .object(shape: "CreateClusterResponse", members: m)
    }
}

extension ECS.CreateServiceRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.cluster { m.append(("cluster", .string(v))) }
        if let v = self.serviceName { m.append(("serviceName", .string(v))) }
        if let v = self.taskDefinition { m.append(("taskDefinition", .string(v))) }
        if let v = self.availabilityZoneRebalancing { m.append(("availabilityZoneRebalancing", .string(v.rawValue))) }
        if let v = self.loadBalancers { m.append(("loadBalancers", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.serviceRegistries { m.append(("serviceRegistries", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.desiredCount { m.append(("desiredCount", .int(v))) }
        if let v = self.clientToken { m.append(("clientToken", .string(v))) }
        if let v = self.launchType { m.append(("launchType", .string(v.rawValue))) }
        if let v = self.capacityProviderStrategy {
            m.append(("capacityProviderStrategy", .list(v.map { e0 in e0.shapeTree })))
        }
        if let v = self.platformVersion { m.append(("platformVersion", .string(v))) }
        if let v = self.role { m.append(("role", .string(v))) }
        if let v = self.deploymentConfiguration { m.append(("deploymentConfiguration", v.shapeTree)) }
        if let v = self.placementConstraints { m.append(("placementConstraints", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.placementStrategy { m.append(("placementStrategy", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.networkConfiguration { m.append(("networkConfiguration", v.shapeTree)) }
        if let v = self.healthCheckGracePeriodSeconds { m.append(("healthCheckGracePeriodSeconds", .int(v))) }
        if let v = self.schedulingStrategy { m.append(("schedulingStrategy", .string(v.rawValue))) }
        if let v = self.deploymentController { m.append(("deploymentController", v.shapeTree)) }
        if let v = self.tags { m.append(("tags", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.enableECSManagedTags { m.append(("enableECSManagedTags", .bool(v))) }
        if let v = self.propagateTags { m.append(("propagateTags", .string(v.rawValue))) }
        if let v = self.enableExecuteCommand { m.append(("enableExecuteCommand", .bool(v))) }
        if let v = self.serviceConnectConfiguration { m.append(("serviceConnectConfiguration", v.shapeTree)) }
        if let v = self.volumeConfigurations { m.append(("volumeConfigurations", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.vpcLatticeConfigurations {
            m.append(("vpcLatticeConfigurations", .list(v.map { e0 in e0.shapeTree })))
        }
        return .object(shape: "CreateServiceRequest", members: m)
    }
}

extension ECS.CreateServiceResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.service { m.append(("service", v.shapeTree)) }
        return .object(shape: "CreateServiceResponse", members: m)
    }
}

extension ECS.CreatedAt: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.before { m.append(("before", .double(v.secondsSince1970))) }
        if let v = self.after { m.append(("after", .double(v.secondsSince1970))) }
        return .object(shape: "CreatedAt", members: m)
    }
}

extension ECS.DeleteClusterRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("cluster", .string(self.cluster)))
        return .object(shape: "DeleteClusterRequest", members: m)
    }
}

extension ECS.DeleteClusterResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.cluster { m.append(("cluster", v.shapeTree)) }
        return .object(shape: "DeleteClusterResponse", members: m)
    }
}

extension ECS.DeleteServiceRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.cluster { m.append(("cluster", .string(v))) }
        m.append(("service", .string(self.service)))
        if let v = self.force { m.append(("force", .bool(v))) }
        return .object(shape: "DeleteServiceRequest", members: m)
    }
}

extension ECS.DeleteServiceResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.service { m.append(("service", v.shapeTree)) }
        return .object(shape: "DeleteServiceResponse", members: m)
    }
}

extension ECS.Deployment: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.id { m.append(("id", .string(v))) }
        if let v = self.status { m.append(("status", .string(v))) }
        if let v = self.taskDefinition { m.append(("taskDefinition", .string(v))) }
        if let v = self.desiredCount { m.append(("desiredCount", .int(v))) }
        if let v = self.pendingCount { m.append(("pendingCount", .int(v))) }
        if let v = self.runningCount { m.append(("runningCount", .int(v))) }
        if let v = self.failedTasks { m.append(("failedTasks", .int(v))) }
        if let v = self.createdAt { m.append(("createdAt", .double(v.secondsSince1970))) }
        if let v = self.updatedAt { m.append(("updatedAt", .double(v.secondsSince1970))) }
        if let v = self.capacityProviderStrategy {
            m.append(("capacityProviderStrategy", .list(v.map { e0 in e0.shapeTree })))
        }
        if let v = self.launchType { m.append(("launchType", .string(v.rawValue))) }
        if let v = self.platformVersion { m.append(("platformVersion", .string(v))) }
        if let v = self.platformFamily { m.append(("platformFamily", .string(v))) }
        if let v = self.networkConfiguration { m.append(("networkConfiguration", v.shapeTree)) }
        if let v = self.rolloutState { m.append(("rolloutState", .string(v.rawValue))) }
        if let v = self.rolloutStateReason { m.append(("rolloutStateReason", .string(v))) }
        if let v = self.serviceConnectConfiguration { m.append(("serviceConnectConfiguration", v.shapeTree)) }
        if let v = self.serviceConnectResources {
            m.append(("serviceConnectResources", .list(v.map { e0 in e0.shapeTree })))
        }
        if let v = self.volumeConfigurations { m.append(("volumeConfigurations", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.fargateEphemeralStorage { m.append(("fargateEphemeralStorage", v.shapeTree)) }
        if let v = self.vpcLatticeConfigurations {
            m.append(("vpcLatticeConfigurations", .list(v.map { e0 in e0.shapeTree })))
        }
        return .object(shape: "Deployment", members: m)
    }
}

extension ECS.DeploymentAlarms: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("alarmNames", .list(self.alarmNames.map { e0 in .string(e0) })))
        m.append(("rollback", .bool(self.rollback)))
        m.append(("enable", .bool(self.enable)))
        return .object(shape: "DeploymentAlarms", members: m)
    }
}

extension ECS.DeploymentCircuitBreaker: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("enable", .bool(self.enable)))
        m.append(("rollback", .bool(self.rollback)))
        return .object(shape: "DeploymentCircuitBreaker", members: m)
    }
}

extension ECS.DeploymentConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.deploymentCircuitBreaker { m.append(("deploymentCircuitBreaker", v.shapeTree)) }
        if let v = self.maximumPercent { m.append(("maximumPercent", .int(v))) }
        if let v = self.minimumHealthyPercent { m.append(("minimumHealthyPercent", .int(v))) }
        if let v = self.alarms { m.append(("alarms", v.shapeTree)) }
        if let v = self.strategy { m.append(("strategy", .string(v.rawValue))) }
        if let v = self.bakeTimeInMinutes { m.append(("bakeTimeInMinutes", .int(v))) }
        if let v = self.lifecycleHooks { m.append(("lifecycleHooks", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.linearConfiguration { m.append(("linearConfiguration", v.shapeTree)) }
        if let v = self.canaryConfiguration { m.append(("canaryConfiguration", v.shapeTree)) }
        return .object(shape: "DeploymentConfiguration", members: m)
    }
}

extension ECS.DeploymentController: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("type", .string(self.type.rawValue)))
        return .object(shape: "DeploymentController", members: m)
    }
}

extension ECS.DeploymentEphemeralStorage: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.kmsKeyId { m.append(("kmsKeyId", .string(v))) }
        return .object(shape: "DeploymentEphemeralStorage", members: m)
    }
}

extension ECS.DeploymentLifecycleHook: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.targetType { m.append(("targetType", .string(v.rawValue))) }
        if let v = self.hookTargetArn { m.append(("hookTargetArn", .string(v))) }
        if let v = self.roleArn { m.append(("roleArn", .string(v))) }
        if let v = self.lifecycleStages { m.append(("lifecycleStages", .list(v.map { e0 in .string(e0.rawValue) }))) }
        if let v = self.hookDetails { m.append(("hookDetails", v.shapeTree)) }
        if let v = self.timeoutConfiguration { m.append(("timeoutConfiguration", v.shapeTree)) }
        return .object(shape: "DeploymentLifecycleHook", members: m)
    }
}

extension ECS.DeploymentLifecycleHookDetail: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.hookId { m.append(("hookId", .string(v))) }
        if let v = self.targetType { m.append(("targetType", .string(v.rawValue))) }
        if let v = self.targetArn { m.append(("targetArn", .string(v))) }
        if let v = self.status { m.append(("status", .string(v.rawValue))) }
        if let v = self.expiresAt { m.append(("expiresAt", .double(v.secondsSince1970))) }
        if let v = self.timeoutAction { m.append(("timeoutAction", .string(v.rawValue))) }
        return .object(shape: "DeploymentLifecycleHookDetail", members: m)
    }
}

extension ECS.DeploymentLifecycleHookTimeoutConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.timeoutInMinutes { m.append(("timeoutInMinutes", .int(v))) }
        if let v = self.action { m.append(("action", .string(v.rawValue))) }
        return .object(shape: "DeploymentLifecycleHookTimeoutConfiguration", members: m)
    }
}

extension ECS.DeregisterTaskDefinitionRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("taskDefinition", .string(self.taskDefinition)))
        return .object(shape: "DeregisterTaskDefinitionRequest", members: m)
    }
}

extension ECS.DeregisterTaskDefinitionResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.taskDefinition { m.append(("taskDefinition", v.shapeTree)) }
        return .object(shape: "DeregisterTaskDefinitionResponse", members: m)
    }
}

extension ECS.DescribeCapacityProvidersRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.capacityProviders { m.append(("capacityProviders", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.cluster { m.append(("cluster", .string(v))) }
        if let v = self.include { m.append(("include", .list(v.map { e0 in .string(e0.rawValue) }))) }
        if let v = self.maxResults { m.append(("maxResults", .int(v))) }
        if let v = self.nextToken { m.append(("nextToken", .string(v))) }
        return .object(shape: "DescribeCapacityProvidersRequest", members: m)
    }
}

extension ECS.DescribeCapacityProvidersResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.capacityProviders { m.append(("capacityProviders", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.failures { m.append(("failures", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.nextToken { m.append(("nextToken", .string(v))) }
        return .object(shape: "DescribeCapacityProvidersResponse", members: m)
    }
}

extension ECS.DescribeClustersRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.clusters { m.append(("clusters", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.include { m.append(("include", .list(v.map { e0 in .string(e0.rawValue) }))) }
        return .object(shape: "DescribeClustersRequest", members: m)
    }
}

extension ECS.DescribeClustersResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.clusters { m.append(("clusters", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.failures { m.append(("failures", .list(v.map { e0 in e0.shapeTree }))) }
        return .object(shape: "DescribeClustersResponse", members: m)
    }
}

extension ECS.DescribeContainerInstancesRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.cluster { m.append(("cluster", .string(v))) }
        m.append(("containerInstances", .list(self.containerInstances.map { e0 in .string(e0) })))
        if let v = self.include { m.append(("include", .list(v.map { e0 in .string(e0.rawValue) }))) }
        return .object(shape: "DescribeContainerInstancesRequest", members: m)
    }
}

extension ECS.DescribeContainerInstancesResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.containerInstances { m.append(("containerInstances", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.failures { m.append(("failures", .list(v.map { e0 in e0.shapeTree }))) }
        return .object(shape: "DescribeContainerInstancesResponse", members: m)
    }
}

extension ECS.DescribeServiceDeploymentsRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("serviceDeploymentArns", .list(self.serviceDeploymentArns.map { e0 in .string(e0) })))
        return .object(shape: "DescribeServiceDeploymentsRequest", members: m)
    }
}

extension ECS.DescribeServiceDeploymentsResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.serviceDeployments { m.append(("serviceDeployments", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.failures { m.append(("failures", .list(v.map { e0 in e0.shapeTree }))) }
        return .object(shape: "DescribeServiceDeploymentsResponse", members: m)
    }
}

extension ECS.DescribeServiceRevisionsRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("serviceRevisionArns", .list(self.serviceRevisionArns.map { e0 in .string(e0) })))
        return .object(shape: "DescribeServiceRevisionsRequest", members: m)
    }
}

extension ECS.DescribeServiceRevisionsResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.serviceRevisions { m.append(("serviceRevisions", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.failures { m.append(("failures", .list(v.map { e0 in e0.shapeTree }))) }
        return .object(shape: "DescribeServiceRevisionsResponse", members: m)
    }
}

extension ECS.DescribeServicesRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.cluster { m.append(("cluster", .string(v))) }
        m.append(("services", .list(self.services.map { e0 in .string(e0) })))
        if let v = self.include { m.append(("include", .list(v.map { e0 in .string(e0.rawValue) }))) }
        return .object(shape: "DescribeServicesRequest", members: m)
    }
}

extension ECS.DescribeServicesResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.services { m.append(("services", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.failures { m.append(("failures", .list(v.map { e0 in e0.shapeTree }))) }
        return .object(shape: "DescribeServicesResponse", members: m)
    }
}

extension ECS.DescribeTaskDefinitionRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("taskDefinition", .string(self.taskDefinition)))
        if let v = self.include { m.append(("include", .list(v.map { e0 in .string(e0.rawValue) }))) }
        return .object(shape: "DescribeTaskDefinitionRequest", members: m)
    }
}

extension ECS.DescribeTaskDefinitionResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.taskDefinition { m.append(("taskDefinition", v.shapeTree)) }
        if let v = self.tags { m.append(("tags", .list(v.map { e0 in e0.shapeTree }))) }
        return .object(shape: "DescribeTaskDefinitionResponse", members: m)
    }
}

extension ECS.DescribeTasksRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.cluster { m.append(("cluster", .string(v))) }
        m.append(("tasks", .list(self.tasks.map { e0 in .string(e0) })))
        if let v = self.include { m.append(("include", .list(v.map { e0 in .string(e0.rawValue) }))) }
        return .object(shape: "DescribeTasksRequest", members: m)
    }
}

extension ECS.DescribeTasksResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.tasks { m.append(("tasks", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.failures { m.append(("failures", .list(v.map { e0 in e0.shapeTree }))) }
        return .object(shape: "DescribeTasksResponse", members: m)
    }
}

extension ECS.Device: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("hostPath", .string(self.hostPath)))
        if let v = self.containerPath { m.append(("containerPath", .string(v))) }
        if let v = self.permissions { m.append(("permissions", .list(v.map { e0 in .string(e0.rawValue) }))) }
        return .object(shape: "Device", members: m)
    }
}

extension ECS.DockerVolumeConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.scope { m.append(("scope", .string(v.rawValue))) }
        if let v = self.autoprovision { m.append(("autoprovision", .bool(v))) }
        if let v = self.driver { m.append(("driver", .string(v))) }
        if let v = self.driverOpts {
            m.append(("driverOpts", .object(shape: nil, members: v.map { e0 in (e0.key, .string(e0.value)) })))
        }
        if let v = self.labels {
            m.append(("labels", .object(shape: nil, members: v.map { e0 in (e0.key, .string(e0.value)) })))
        }
        return .object(shape: "DockerVolumeConfiguration", members: m)
    }
}

extension ECS.EBSTagSpecification: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("resourceType", .string(self.resourceType.rawValue)))
        if let v = self.tags { m.append(("tags", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.propagateTags { m.append(("propagateTags", .string(v.rawValue))) }
        return .object(shape: "EBSTagSpecification", members: m)
    }
}

extension ECS.ECSManagedResources: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.ingressPaths { m.append(("ingressPaths", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.autoScaling { m.append(("autoScaling", v.shapeTree)) }
        if let v = self.metricAlarms { m.append(("metricAlarms", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.serviceSecurityGroups {
            m.append(("serviceSecurityGroups", .list(v.map { e0 in e0.shapeTree })))
        }
        if let v = self.logGroups { m.append(("logGroups", .list(v.map { e0 in e0.shapeTree }))) }
        return .object(shape: "ECSManagedResources", members: m)
    }
}

extension ECS.EFSAuthorizationConfig: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.accessPointId { m.append(("accessPointId", .string(v))) }
        if let v = self.iam { m.append(("iam", .string(v.rawValue))) }
        return .object(shape: "EFSAuthorizationConfig", members: m)
    }
}

extension ECS.EFSVolumeConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("fileSystemId", .string(self.fileSystemId)))
        if let v = self.rootDirectory { m.append(("rootDirectory", .string(v))) }
        if let v = self.transitEncryption { m.append(("transitEncryption", .string(v.rawValue))) }
        if let v = self.transitEncryptionPort { m.append(("transitEncryptionPort", .int(v))) }
        if let v = self.authorizationConfig { m.append(("authorizationConfig", v.shapeTree)) }
        return .object(shape: "EFSVolumeConfiguration", members: m)
    }
}

extension ECS.EnvironmentFile: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("value", .string(self.value)))
        m.append(("type", .string(self.type.rawValue)))
        return .object(shape: "EnvironmentFile", members: m)
    }
}

extension ECS.EphemeralStorage: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("sizeInGiB", .int(self.sizeInGiB)))
        return .object(shape: "EphemeralStorage", members: m)
    }
}

extension ECS.ExecuteCommandConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.kmsKeyId { m.append(("kmsKeyId", .string(v))) }
        if let v = self.logging { m.append(("logging", .string(v.rawValue))) }
        if let v = self.logConfiguration { m.append(("logConfiguration", v.shapeTree)) }
        return .object(shape: "ExecuteCommandConfiguration", members: m)
    }
}

extension ECS.ExecuteCommandLogConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.cloudWatchLogGroupName { m.append(("cloudWatchLogGroupName", .string(v))) }
        if let v = self.cloudWatchEncryptionEnabled { m.append(("cloudWatchEncryptionEnabled", .bool(v))) }
        if let v = self.s3BucketName { m.append(("s3BucketName", .string(v))) }
        if let v = self.s3EncryptionEnabled { m.append(("s3EncryptionEnabled", .bool(v))) }
        if let v = self.s3KeyPrefix { m.append(("s3KeyPrefix", .string(v))) }
        return .object(shape: "ExecuteCommandLogConfiguration", members: m)
    }
}

extension ECS.FSxWindowsFileServerAuthorizationConfig: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("credentialsParameter", .string(self.credentialsParameter)))
        m.append(("domain", .string(self.domain)))
        return .object(shape: "FSxWindowsFileServerAuthorizationConfig", members: m)
    }
}

extension ECS.FSxWindowsFileServerVolumeConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("fileSystemId", .string(self.fileSystemId)))
        m.append(("rootDirectory", .string(self.rootDirectory)))
        m.append(("authorizationConfig", self.authorizationConfig.shapeTree))
        return .object(shape: "FSxWindowsFileServerVolumeConfiguration", members: m)
    }
}

extension ECS.Failure: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.arn { m.append(("arn", .string(v))) }
        if let v = self.reason { m.append(("reason", .string(v))) }
        if let v = self.detail { m.append(("detail", .string(v))) }
        return .object(shape: "Failure", members: m)
    }
}

extension ECS.FirelensConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("type", .string(self.type.rawValue)))
        if let v = self.options {
            m.append(("options", .object(shape: nil, members: v.map { e0 in (e0.key, .string(e0.value)) })))
        }
        return .object(shape: "FirelensConfiguration", members: m)
    }
}

extension ECS.HealthCheck: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("command", .list(self.command.map { e0 in .string(e0) })))
        if let v = self.interval { m.append(("interval", .int(v))) }
        if let v = self.timeout { m.append(("timeout", .int(v))) }
        if let v = self.retries { m.append(("retries", .int(v))) }
        if let v = self.startPeriod { m.append(("startPeriod", .int(v))) }
        return .object(shape: "HealthCheck", members: m)
    }
}

extension ECS.HookDetails: ShapeTreeWritable {
    var shapeTree: ShapeTree { document.shapeTree }
}

extension ECS.HostEntry: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("hostname", .string(self.hostname)))
        m.append(("ipAddress", .string(self.ipAddress)))
        return .object(shape: "HostEntry", members: m)
    }
}

extension ECS.HostVolumeProperties: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.sourcePath { m.append(("sourcePath", .string(v))) }
        return .object(shape: "HostVolumeProperties", members: m)
    }
}

extension ECS.InferenceAccelerator: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("deviceName", .string(self.deviceName)))
        m.append(("deviceType", .string(self.deviceType)))
        return .object(shape: "InferenceAccelerator", members: m)
    }
}

extension ECS.InferenceAcceleratorOverride: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.deviceName { m.append(("deviceName", .string(v))) }
        if let v = self.deviceType { m.append(("deviceType", .string(v))) }
        return .object(shape: "InferenceAcceleratorOverride", members: m)
    }
}

extension ECS.InfrastructureOptimization: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.scaleInAfter { m.append(("scaleInAfter", .int(v))) }
        return .object(shape: "InfrastructureOptimization", members: m)
    }
}

extension ECS.InstanceHealthCheckResult: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.type { m.append(("type", .string(v.rawValue))) }
        if let v = self.status { m.append(("status", .string(v.rawValue))) }
        if let v = self.statusReason { m.append(("statusReason", .string(v))) }
        if let v = self.lastUpdated { m.append(("lastUpdated", .double(v.secondsSince1970))) }
        if let v = self.lastStatusChange { m.append(("lastStatusChange", .double(v.secondsSince1970))) }
        return .object(shape: "InstanceHealthCheckResult", members: m)
    }
}

extension ECS.InstanceLaunchTemplate: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("ec2InstanceProfileArn", .string(self.ec2InstanceProfileArn)))
        m.append(("networkConfiguration", self.networkConfiguration.shapeTree))
        if let v = self.storageConfiguration { m.append(("storageConfiguration", v.shapeTree)) }
        if let v = self.localStorageConfiguration { m.append(("localStorageConfiguration", v.shapeTree)) }
        if let v = self.monitoring { m.append(("monitoring", .string(v.rawValue))) }
        if let v = self.capacityOptionType { m.append(("capacityOptionType", .string(v.rawValue))) }
        if let v = self.instanceMetadataTagsPropagation { m.append(("instanceMetadataTagsPropagation", .bool(v))) }
        if let v = self.instanceRequirements { m.append(("instanceRequirements", v.shapeTree)) }
        if let v = self.fipsEnabled { m.append(("fipsEnabled", .bool(v))) }
        if let v = self.capacityReservations { m.append(("capacityReservations", v.shapeTree)) }
        return .object(shape: "InstanceLaunchTemplate", members: m)
    }
}

extension ECS.InstanceRequirementsRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("vCpuCount", self.vCpuCount.shapeTree))
        m.append(("memoryMiB", self.memoryMiB.shapeTree))
        if let v = self.cpuManufacturers { m.append(("cpuManufacturers", .list(v.map { e0 in .string(e0.rawValue) }))) }
        if let v = self.memoryGiBPerVCpu { m.append(("memoryGiBPerVCpu", v.shapeTree)) }
        if let v = self.excludedInstanceTypes {
            m.append(("excludedInstanceTypes", .list(v.map { e0 in .string(e0) })))
        }
        if let v = self.instanceGenerations {
            m.append(("instanceGenerations", .list(v.map { e0 in .string(e0.rawValue) })))
        }
        if let v = self.spotMaxPricePercentageOverLowestPrice {
            m.append(("spotMaxPricePercentageOverLowestPrice", .int(v)))
        }
        if let v = self.onDemandMaxPricePercentageOverLowestPrice {
            m.append(("onDemandMaxPricePercentageOverLowestPrice", .int(v)))
        }
        if let v = self.bareMetal { m.append(("bareMetal", .string(v.rawValue))) }
        if let v = self.burstablePerformance { m.append(("burstablePerformance", .string(v.rawValue))) }
        if let v = self.requireHibernateSupport { m.append(("requireHibernateSupport", .bool(v))) }
        if let v = self.networkInterfaceCount { m.append(("networkInterfaceCount", v.shapeTree)) }
        if let v = self.localStorage { m.append(("localStorage", .string(v.rawValue))) }
        if let v = self.localStorageTypes {
            m.append(("localStorageTypes", .list(v.map { e0 in .string(e0.rawValue) })))
        }
        if let v = self.totalLocalStorageGB { m.append(("totalLocalStorageGB", v.shapeTree)) }
        if let v = self.baselineEbsBandwidthMbps { m.append(("baselineEbsBandwidthMbps", v.shapeTree)) }
        if let v = self.acceleratorTypes { m.append(("acceleratorTypes", .list(v.map { e0 in .string(e0.rawValue) }))) }
        if let v = self.acceleratorCount { m.append(("acceleratorCount", v.shapeTree)) }
        if let v = self.acceleratorManufacturers {
            m.append(("acceleratorManufacturers", .list(v.map { e0 in .string(e0.rawValue) })))
        }
        if let v = self.acceleratorNames { m.append(("acceleratorNames", .list(v.map { e0 in .string(e0.rawValue) }))) }
        if let v = self.acceleratorTotalMemoryMiB { m.append(("acceleratorTotalMemoryMiB", v.shapeTree)) }
        if let v = self.networkBandwidthGbps { m.append(("networkBandwidthGbps", v.shapeTree)) }
        if let v = self.allowedInstanceTypes { m.append(("allowedInstanceTypes", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.maxSpotPriceAsPercentageOfOptimalOnDemandPrice {
            m.append(("maxSpotPriceAsPercentageOfOptimalOnDemandPrice", .int(v)))
        }
        return .object(shape: "InstanceRequirementsRequest", members: m)
    }
}

extension ECS.KernelCapabilities: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.add { m.append(("add", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.drop { m.append(("drop", .list(v.map { e0 in .string(e0) }))) }
        return .object(shape: "KernelCapabilities", members: m)
    }
}

extension ECS.KeyValuePair: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.name { m.append(("name", .string(v))) }
        if let v = self.value { m.append(("value", .string(v))) }
        return .object(shape: "KeyValuePair", members: m)
    }
}

extension ECS.LinearConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.stepPercent { m.append(("stepPercent", .double(v))) }
        if let v = self.stepBakeTimeInMinutes { m.append(("stepBakeTimeInMinutes", .int(v))) }
        return .object(shape: "LinearConfiguration", members: m)
    }
}

extension ECS.LinuxParameters: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.capabilities { m.append(("capabilities", v.shapeTree)) }
        if let v = self.devices { m.append(("devices", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.initProcessEnabled { m.append(("initProcessEnabled", .bool(v))) }
        if let v = self.sharedMemorySize { m.append(("sharedMemorySize", .int(v))) }
        if let v = self.tmpfs { m.append(("tmpfs", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.maxSwap { m.append(("maxSwap", .int(v))) }
        if let v = self.swappiness { m.append(("swappiness", .int(v))) }
        return .object(shape: "LinuxParameters", members: m)
    }
}

extension ECS.ListClustersRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.nextToken { m.append(("nextToken", .string(v))) }
        if let v = self.maxResults { m.append(("maxResults", .int(v))) }
        return .object(shape: "ListClustersRequest", members: m)
    }
}

extension ECS.ListClustersResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.clusterArns { m.append(("clusterArns", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.nextToken { m.append(("nextToken", .string(v))) }
        return .object(shape: "ListClustersResponse", members: m)
    }
}

extension ECS.ListContainerInstancesRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.cluster { m.append(("cluster", .string(v))) }
        if let v = self.filter { m.append(("filter", .string(v))) }
        if let v = self.nextToken { m.append(("nextToken", .string(v))) }
        if let v = self.maxResults { m.append(("maxResults", .int(v))) }
        if let v = self.status { m.append(("status", .string(v.rawValue))) }
        return .object(shape: "ListContainerInstancesRequest", members: m)
    }
}

extension ECS.ListContainerInstancesResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.containerInstanceArns {
            m.append(("containerInstanceArns", .list(v.map { e0 in .string(e0) })))
        }
        if let v = self.nextToken { m.append(("nextToken", .string(v))) }
        return .object(shape: "ListContainerInstancesResponse", members: m)
    }
}

extension ECS.ListServiceDeploymentsRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("service", .string(self.service)))
        if let v = self.cluster { m.append(("cluster", .string(v))) }
        if let v = self.status { m.append(("status", .list(v.map { e0 in .string(e0.rawValue) }))) }
        if let v = self.createdAt { m.append(("createdAt", v.shapeTree)) }
        if let v = self.nextToken { m.append(("nextToken", .string(v))) }
        if let v = self.maxResults { m.append(("maxResults", .int(v))) }
        return .object(shape: "ListServiceDeploymentsRequest", members: m)
    }
}

extension ECS.ListServiceDeploymentsResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.serviceDeployments { m.append(("serviceDeployments", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.nextToken { m.append(("nextToken", .string(v))) }
        return .object(shape: "ListServiceDeploymentsResponse", members: m)
    }
}

extension ECS.ListServicesRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.cluster { m.append(("cluster", .string(v))) }
        if let v = self.nextToken { m.append(("nextToken", .string(v))) }
        if let v = self.maxResults { m.append(("maxResults", .int(v))) }
        if let v = self.launchType { m.append(("launchType", .string(v.rawValue))) }
        if let v = self.schedulingStrategy { m.append(("schedulingStrategy", .string(v.rawValue))) }
        if let v = self.resourceManagementType { m.append(("resourceManagementType", .string(v.rawValue))) }
        return .object(shape: "ListServicesRequest", members: m)
    }
}

extension ECS.ListServicesResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.serviceArns { m.append(("serviceArns", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.nextToken { m.append(("nextToken", .string(v))) }
        return .object(shape: "ListServicesResponse", members: m)
    }
}

extension ECS.ListTagsForResourceRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("resourceArn", .string(self.resourceArn)))
        return .object(shape: "ListTagsForResourceRequest", members: m)
    }
}

extension ECS.ListTagsForResourceResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.tags { m.append(("tags", .list(v.map { e0 in e0.shapeTree }))) }
        return .object(shape: "ListTagsForResourceResponse", members: m)
    }
}

extension ECS.ListTaskDefinitionFamiliesRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.familyPrefix { m.append(("familyPrefix", .string(v))) }
        if let v = self.status { m.append(("status", .string(v.rawValue))) }
        if let v = self.nextToken { m.append(("nextToken", .string(v))) }
        if let v = self.maxResults { m.append(("maxResults", .int(v))) }
        return .object(shape: "ListTaskDefinitionFamiliesRequest", members: m)
    }
}

extension ECS.ListTaskDefinitionFamiliesResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.families { m.append(("families", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.nextToken { m.append(("nextToken", .string(v))) }
        return .object(shape: "ListTaskDefinitionFamiliesResponse", members: m)
    }
}

extension ECS.ListTaskDefinitionsRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.familyPrefix { m.append(("familyPrefix", .string(v))) }
        if let v = self.status { m.append(("status", .string(v.rawValue))) }
        if let v = self.sort { m.append(("sort", .string(v.rawValue))) }
        if let v = self.nextToken { m.append(("nextToken", .string(v))) }
        if let v = self.maxResults { m.append(("maxResults", .int(v))) }
        return .object(shape: "ListTaskDefinitionsRequest", members: m)
    }
}

extension ECS.ListTaskDefinitionsResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.taskDefinitionArns { m.append(("taskDefinitionArns", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.nextToken { m.append(("nextToken", .string(v))) }
        return .object(shape: "ListTaskDefinitionsResponse", members: m)
    }
}

extension ECS.ListTasksRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.cluster { m.append(("cluster", .string(v))) }
        if let v = self.containerInstance { m.append(("containerInstance", .string(v))) }
        if let v = self.family { m.append(("family", .string(v))) }
        if let v = self.nextToken { m.append(("nextToken", .string(v))) }
        if let v = self.maxResults { m.append(("maxResults", .int(v))) }
        if let v = self.startedBy { m.append(("startedBy", .string(v))) }
        if let v = self.serviceName { m.append(("serviceName", .string(v))) }
        if let v = self.desiredStatus { m.append(("desiredStatus", .string(v.rawValue))) }
        if let v = self.launchType { m.append(("launchType", .string(v.rawValue))) }
        if let v = self.daemonName { m.append(("daemonName", .string(v))) }
        return .object(shape: "ListTasksRequest", members: m)
    }
}

extension ECS.ListTasksResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.taskArns { m.append(("taskArns", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.nextToken { m.append(("nextToken", .string(v))) }
        return .object(shape: "ListTasksResponse", members: m)
    }
}

extension ECS.LoadBalancer: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.targetGroupArn { m.append(("targetGroupArn", .string(v))) }
        if let v = self.loadBalancerName { m.append(("loadBalancerName", .string(v))) }
        if let v = self.containerName { m.append(("containerName", .string(v))) }
        if let v = self.containerPort { m.append(("containerPort", .int(v))) }
        if let v = self.advancedConfiguration { m.append(("advancedConfiguration", v.shapeTree)) }
        return .object(shape: "LoadBalancer", members: m)
    }
}

extension ECS.LogConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("logDriver", .string(self.logDriver.rawValue)))
        if let v = self.options {
            m.append(("options", .object(shape: nil, members: v.map { e0 in (e0.key, .string(e0.value)) })))
        }
        if let v = self.secretOptions { m.append(("secretOptions", .list(v.map { e0 in e0.shapeTree }))) }
        return .object(shape: "LogConfiguration", members: m)
    }
}

extension ECS.ManagedAgent: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.lastStartedAt { m.append(("lastStartedAt", .double(v.secondsSince1970))) }
        if let v = self.name { m.append(("name", .string(v.rawValue))) }
        if let v = self.reason { m.append(("reason", .string(v))) }
        if let v = self.lastStatus { m.append(("lastStatus", .string(v))) }
        return .object(shape: "ManagedAgent", members: m)
    }
}

extension ECS.ManagedApplicationAutoScalingPolicy: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.arn { m.append(("arn", .string(v))) }
        m.append(("status", .string(self.status.rawValue)))
        if let v = self.statusReason { m.append(("statusReason", .string(v))) }
        m.append(("updatedAt", .double(self.updatedAt.secondsSince1970)))
        m.append(("policyType", .string(self.policyType)))
        m.append(("targetValue", .double(self.targetValue)))
        m.append(("metric", .string(self.metric)))
        return .object(shape: "ManagedApplicationAutoScalingPolicy", members: m)
    }
}

extension ECS.ManagedAutoScaling: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.scalableTarget { m.append(("scalableTarget", v.shapeTree)) }
        if let v = self.applicationAutoScalingPolicies {
            m.append(("applicationAutoScalingPolicies", .list(v.map { e0 in e0.shapeTree })))
        }
        return .object(shape: "ManagedAutoScaling", members: m)
    }
}

extension ECS.ManagedCertificate: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.arn { m.append(("arn", .string(v))) }
        m.append(("status", .string(self.status.rawValue)))
        if let v = self.statusReason { m.append(("statusReason", .string(v))) }
        m.append(("updatedAt", .double(self.updatedAt.secondsSince1970)))
        m.append(("domainName", .string(self.domainName)))
        return .object(shape: "ManagedCertificate", members: m)
    }
}

extension ECS.ManagedIngressPath: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("accessType", .string(self.accessType.rawValue)))
        m.append(("endpoint", .string(self.endpoint)))
        if let v = self.loadBalancer { m.append(("loadBalancer", v.shapeTree)) }
        if let v = self.loadBalancerSecurityGroups {
            m.append(("loadBalancerSecurityGroups", .list(v.map { e0 in e0.shapeTree })))
        }
        if let v = self.certificate { m.append(("certificate", v.shapeTree)) }
        if let v = self.listener { m.append(("listener", v.shapeTree)) }
        if let v = self.rule { m.append(("rule", v.shapeTree)) }
        if let v = self.targetGroups { m.append(("targetGroups", .list(v.map { e0 in e0.shapeTree }))) }
        return .object(shape: "ManagedIngressPath", members: m)
    }
}

extension ECS.ManagedInstancesLocalStorageConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.useLocalStorage { m.append(("useLocalStorage", .bool(v))) }
        return .object(shape: "ManagedInstancesLocalStorageConfiguration", members: m)
    }
}

extension ECS.ManagedInstancesNetworkConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.subnets { m.append(("subnets", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.securityGroups { m.append(("securityGroups", .list(v.map { e0 in .string(e0) }))) }
        return .object(shape: "ManagedInstancesNetworkConfiguration", members: m)
    }
}

extension ECS.ManagedInstancesProvider: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.infrastructureRoleArn { m.append(("infrastructureRoleArn", .string(v))) }
        if let v = self.instanceLaunchTemplate { m.append(("instanceLaunchTemplate", v.shapeTree)) }
        if let v = self.propagateTags { m.append(("propagateTags", .string(v.rawValue))) }
        if let v = self.infrastructureOptimization { m.append(("infrastructureOptimization", v.shapeTree)) }
        if let v = self.autoRepairConfiguration { m.append(("autoRepairConfiguration", v.shapeTree)) }
        return .object(shape: "ManagedInstancesProvider", members: m)
    }
}

extension ECS.ManagedInstancesStorageConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.storageSizeGiB { m.append(("storageSizeGiB", .int(v))) }
        return .object(shape: "ManagedInstancesStorageConfiguration", members: m)
    }
}

extension ECS.ManagedListener: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.arn { m.append(("arn", .string(v))) }
        m.append(("status", .string(self.status.rawValue)))
        if let v = self.statusReason { m.append(("statusReason", .string(v))) }
        m.append(("updatedAt", .double(self.updatedAt.secondsSince1970)))
        return .object(shape: "ManagedListener", members: m)
    }
}

extension ECS.ManagedListenerRule: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.arn { m.append(("arn", .string(v))) }
        m.append(("status", .string(self.status.rawValue)))
        if let v = self.statusReason { m.append(("statusReason", .string(v))) }
        m.append(("updatedAt", .double(self.updatedAt.secondsSince1970)))
        return .object(shape: "ManagedListenerRule", members: m)
    }
}

extension ECS.ManagedLoadBalancer: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.arn { m.append(("arn", .string(v))) }
        m.append(("status", .string(self.status.rawValue)))
        if let v = self.statusReason { m.append(("statusReason", .string(v))) }
        m.append(("updatedAt", .double(self.updatedAt.secondsSince1970)))
        m.append(("scheme", .string(self.scheme)))
        if let v = self.subnetIds { m.append(("subnetIds", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.securityGroupIds { m.append(("securityGroupIds", .list(v.map { e0 in .string(e0) }))) }
        return .object(shape: "ManagedLoadBalancer", members: m)
    }
}

extension ECS.ManagedLogGroup: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.arn { m.append(("arn", .string(v))) }
        m.append(("status", .string(self.status.rawValue)))
        if let v = self.statusReason { m.append(("statusReason", .string(v))) }
        m.append(("updatedAt", .double(self.updatedAt.secondsSince1970)))
        m.append(("logGroupName", .string(self.logGroupName)))
        return .object(shape: "ManagedLogGroup", members: m)
    }
}

extension ECS.ManagedMetricAlarm: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.arn { m.append(("arn", .string(v))) }
        m.append(("status", .string(self.status.rawValue)))
        if let v = self.statusReason { m.append(("statusReason", .string(v))) }
        m.append(("updatedAt", .double(self.updatedAt.secondsSince1970)))
        return .object(shape: "ManagedMetricAlarm", members: m)
    }
}

extension ECS.ManagedScalableTarget: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.arn { m.append(("arn", .string(v))) }
        m.append(("status", .string(self.status.rawValue)))
        if let v = self.statusReason { m.append(("statusReason", .string(v))) }
        m.append(("updatedAt", .double(self.updatedAt.secondsSince1970)))
        m.append(("minCapacity", .int(self.minCapacity)))
        m.append(("maxCapacity", .int(self.maxCapacity)))
        return .object(shape: "ManagedScalableTarget", members: m)
    }
}

extension ECS.ManagedScaling: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.status { m.append(("status", .string(v.rawValue))) }
        if let v = self.targetCapacity { m.append(("targetCapacity", .int(v))) }
        if let v = self.minimumScalingStepSize { m.append(("minimumScalingStepSize", .int(v))) }
        if let v = self.maximumScalingStepSize { m.append(("maximumScalingStepSize", .int(v))) }
        if let v = self.instanceWarmupPeriod { m.append(("instanceWarmupPeriod", .int(v))) }
        return .object(shape: "ManagedScaling", members: m)
    }
}

extension ECS.ManagedSecurityGroup: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.arn { m.append(("arn", .string(v))) }
        m.append(("status", .string(self.status.rawValue)))
        if let v = self.statusReason { m.append(("statusReason", .string(v))) }
        m.append(("updatedAt", .double(self.updatedAt.secondsSince1970)))
        return .object(shape: "ManagedSecurityGroup", members: m)
    }
}

extension ECS.ManagedStorageConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.kmsKeyId { m.append(("kmsKeyId", .string(v))) }
        if let v = self.fargateEphemeralStorageKmsKeyId { m.append(("fargateEphemeralStorageKmsKeyId", .string(v))) }
        return .object(shape: "ManagedStorageConfiguration", members: m)
    }
}

extension ECS.ManagedTargetGroup: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.arn { m.append(("arn", .string(v))) }
        m.append(("status", .string(self.status.rawValue)))
        if let v = self.statusReason { m.append(("statusReason", .string(v))) }
        m.append(("updatedAt", .double(self.updatedAt.secondsSince1970)))
        m.append(("healthCheckPath", .string(self.healthCheckPath)))
        m.append(("healthCheckPort", .int(self.healthCheckPort)))
        m.append(("port", .int(self.port)))
        return .object(shape: "ManagedTargetGroup", members: m)
    }
}

extension ECS.MemoryGiBPerVCpuRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.min { m.append(("min", .double(v))) }
        if let v = self.max { m.append(("max", .double(v))) }
        return .object(shape: "MemoryGiBPerVCpuRequest", members: m)
    }
}

extension ECS.MemoryMiBRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("min", .int(self.min)))
        if let v = self.max { m.append(("max", .int(v))) }
        return .object(shape: "MemoryMiBRequest", members: m)
    }
}

extension ECS.MountPoint: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.sourceVolume { m.append(("sourceVolume", .string(v))) }
        if let v = self.containerPath { m.append(("containerPath", .string(v))) }
        if let v = self.readOnly { m.append(("readOnly", .bool(v))) }
        return .object(shape: "MountPoint", members: m)
    }
}

extension ECS.NetworkBandwidthGbpsRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.min { m.append(("min", .double(v))) }
        if let v = self.max { m.append(("max", .double(v))) }
        return .object(shape: "NetworkBandwidthGbpsRequest", members: m)
    }
}

extension ECS.NetworkBinding: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.bindIP { m.append(("bindIP", .string(v))) }
        if let v = self.containerPort { m.append(("containerPort", .int(v))) }
        if let v = self.hostPort { m.append(("hostPort", .int(v))) }
        if let v = self.`protocol` { m.append(("protocol", .string(v.rawValue))) }
        if let v = self.containerPortRange { m.append(("containerPortRange", .string(v))) }
        if let v = self.hostPortRange { m.append(("hostPortRange", .string(v))) }
        return .object(shape: "NetworkBinding", members: m)
    }
}

extension ECS.NetworkConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.awsvpcConfiguration { m.append(("awsvpcConfiguration", v.shapeTree)) }
        return .object(shape: "NetworkConfiguration", members: m)
    }
}

extension ECS.NetworkInterface: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.attachmentId { m.append(("attachmentId", .string(v))) }
        if let v = self.privateIpv4Address { m.append(("privateIpv4Address", .string(v))) }
        if let v = self.ipv6Address { m.append(("ipv6Address", .string(v))) }
        return .object(shape: "NetworkInterface", members: m)
    }
}

extension ECS.NetworkInterfaceCountRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.min { m.append(("min", .int(v))) }
        if let v = self.max { m.append(("max", .int(v))) }
        return .object(shape: "NetworkInterfaceCountRequest", members: m)
    }
}

extension ECS.PlacementConstraint: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.type { m.append(("type", .string(v.rawValue))) }
        if let v = self.expression { m.append(("expression", .string(v))) }
        return .object(shape: "PlacementConstraint", members: m)
    }
}

extension ECS.PlacementStrategy: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.type { m.append(("type", .string(v.rawValue))) }
        if let v = self.field { m.append(("field", .string(v))) }
        return .object(shape: "PlacementStrategy", members: m)
    }
}

extension ECS.PortMapping: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.containerPort { m.append(("containerPort", .int(v))) }
        if let v = self.hostPort { m.append(("hostPort", .int(v))) }
        if let v = self.`protocol` { m.append(("protocol", .string(v.rawValue))) }
        if let v = self.name { m.append(("name", .string(v))) }
        if let v = self.appProtocol { m.append(("appProtocol", .string(v.rawValue))) }
        if let v = self.containerPortRange { m.append(("containerPortRange", .string(v))) }
        return .object(shape: "PortMapping", members: m)
    }
}

extension ECS.ProxyConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.type { m.append(("type", .string(v.rawValue))) }
        m.append(("containerName", .string(self.containerName)))
        if let v = self.properties { m.append(("properties", .list(v.map { e0 in e0.shapeTree }))) }
        return .object(shape: "ProxyConfiguration", members: m)
    }
}

extension ECS.PutClusterCapacityProvidersRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("cluster", .string(self.cluster)))
        m.append(("capacityProviders", .list(self.capacityProviders.map { e0 in .string(e0) })))
        m.append(("defaultCapacityProviderStrategy", .list(self.defaultCapacityProviderStrategy.map { e0 in e0.shapeTree })))
        return .object(shape: "PutClusterCapacityProvidersRequest", members: m)
    }
}

extension ECS.PutClusterCapacityProvidersResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.cluster { m.append(("cluster", v.shapeTree)) }
        return .object(shape: "PutClusterCapacityProvidersResponse", members: m)
    }
}

extension ECS.RegisterTaskDefinitionRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("family", .string(self.family)))
        if let v = self.taskRoleArn { m.append(("taskRoleArn", .string(v))) }
        if let v = self.executionRoleArn { m.append(("executionRoleArn", .string(v))) }
        if let v = self.networkMode { m.append(("networkMode", .string(v.rawValue))) }
        m.append(("containerDefinitions", .list(self.containerDefinitions.map { e0 in e0.shapeTree })))
        if let v = self.volumes { m.append(("volumes", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.placementConstraints { m.append(("placementConstraints", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.requiresCompatibilities {
            m.append(("requiresCompatibilities", .list(v.map { e0 in .string(e0.rawValue) })))
        }
        if let v = self.cpu { m.append(("cpu", .string(v))) }
        if let v = self.memory { m.append(("memory", .string(v))) }
        if let v = self.tags { m.append(("tags", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.pidMode { m.append(("pidMode", .string(v.rawValue))) }
        if let v = self.ipcMode { m.append(("ipcMode", .string(v.rawValue))) }
        if let v = self.proxyConfiguration { m.append(("proxyConfiguration", v.shapeTree)) }
        if let v = self.inferenceAccelerators {
            m.append(("inferenceAccelerators", .list(v.map { e0 in e0.shapeTree })))
        }
        if let v = self.ephemeralStorage { m.append(("ephemeralStorage", v.shapeTree)) }
        if let v = self.runtimePlatform { m.append(("runtimePlatform", v.shapeTree)) }
        if let v = self.enableFaultInjection { m.append(("enableFaultInjection", .bool(v))) }
        return .object(shape: "RegisterTaskDefinitionRequest", members: m)
    }
}

extension ECS.RegisterTaskDefinitionResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.taskDefinition { m.append(("taskDefinition", v.shapeTree)) }
        if let v = self.tags { m.append(("tags", .list(v.map { e0 in e0.shapeTree }))) }
        return .object(shape: "RegisterTaskDefinitionResponse", members: m)
    }
}

extension ECS.RepositoryCredentials: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("credentialsParameter", .string(self.credentialsParameter)))
        return .object(shape: "RepositoryCredentials", members: m)
    }
}

extension ECS.ResolvedConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.loadBalancers { m.append(("loadBalancers", .list(v.map { e0 in e0.shapeTree }))) }
        return .object(shape: "ResolvedConfiguration", members: m)
    }
}

extension ECS.Resource: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.name { m.append(("name", .string(v))) }
        if let v = self.type { m.append(("type", .string(v))) }
        if let v = self.doubleValue { m.append(("doubleValue", .double(v))) }
        if let v = self.longValue { m.append(("longValue", .int(v))) }
        if let v = self.integerValue { m.append(("integerValue", .int(v))) }
        if let v = self.stringSetValue { m.append(("stringSetValue", .list(v.map { e0 in .string(e0) }))) }
        return .object(shape: "Resource", members: m)
    }
}

extension ECS.ResourceRequirement: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("value", .string(self.value)))
        m.append(("type", .string(self.type.rawValue)))
        return .object(shape: "ResourceRequirement", members: m)
    }
}

extension ECS.Rollback: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.reason { m.append(("reason", .string(v))) }
        if let v = self.startedAt { m.append(("startedAt", .double(v.secondsSince1970))) }
        if let v = self.serviceRevisionArn { m.append(("serviceRevisionArn", .string(v))) }
        return .object(shape: "Rollback", members: m)
    }
}

extension ECS.RunTaskRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.capacityProviderStrategy {
            m.append(("capacityProviderStrategy", .list(v.map { e0 in e0.shapeTree })))
        }
        if let v = self.cluster { m.append(("cluster", .string(v))) }
        if let v = self.count { m.append(("count", .int(v))) }
        if let v = self.enableECSManagedTags { m.append(("enableECSManagedTags", .bool(v))) }
        if let v = self.enableExecuteCommand { m.append(("enableExecuteCommand", .bool(v))) }
        if let v = self.group { m.append(("group", .string(v))) }
        if let v = self.launchType { m.append(("launchType", .string(v.rawValue))) }
        if let v = self.networkConfiguration { m.append(("networkConfiguration", v.shapeTree)) }
        if let v = self.overrides { m.append(("overrides", v.shapeTree)) }
        if let v = self.placementConstraints { m.append(("placementConstraints", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.placementStrategy { m.append(("placementStrategy", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.platformVersion { m.append(("platformVersion", .string(v))) }
        if let v = self.propagateTags { m.append(("propagateTags", .string(v.rawValue))) }
        if let v = self.referenceId { m.append(("referenceId", .string(v))) }
        if let v = self.startedBy { m.append(("startedBy", .string(v))) }
        if let v = self.tags { m.append(("tags", .list(v.map { e0 in e0.shapeTree }))) }
        m.append(("taskDefinition", .string(self.taskDefinition)))
        if let v = self.clientToken { m.append(("clientToken", .string(v))) }
        if let v = self.volumeConfigurations { m.append(("volumeConfigurations", .list(v.map { e0 in e0.shapeTree }))) }
        return .object(shape: "RunTaskRequest", members: m)
    }
}

extension ECS.RunTaskResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.tasks { m.append(("tasks", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.failures { m.append(("failures", .list(v.map { e0 in e0.shapeTree }))) }
        return .object(shape: "RunTaskResponse", members: m)
    }
}

extension ECS.RuntimePlatform: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.cpuArchitecture { m.append(("cpuArchitecture", .string(v.rawValue))) }
        if let v = self.operatingSystemFamily { m.append(("operatingSystemFamily", .string(v.rawValue))) }
        return .object(shape: "RuntimePlatform", members: m)
    }
}

extension ECS.S3FilesVolumeConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("fileSystemArn", .string(self.fileSystemArn)))
        if let v = self.rootDirectory { m.append(("rootDirectory", .string(v))) }
        if let v = self.transitEncryptionPort { m.append(("transitEncryptionPort", .int(v))) }
        if let v = self.accessPointArn { m.append(("accessPointArn", .string(v))) }
        return .object(shape: "S3FilesVolumeConfiguration", members: m)
    }
}

extension ECS.Scale: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.value { m.append(("value", .double(v))) }
        if let v = self.unit { m.append(("unit", .string(v.rawValue))) }
        return .object(shape: "Scale", members: m)
    }
}

extension ECS.Secret: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("name", .string(self.name)))
        m.append(("valueFrom", .string(self.valueFrom)))
        return .object(shape: "Secret", members: m)
    }
}

extension ECS.Service: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.serviceArn { m.append(("serviceArn", .string(v))) }
        if let v = self.serviceName { m.append(("serviceName", .string(v))) }
        if let v = self.clusterArn { m.append(("clusterArn", .string(v))) }
        if let v = self.loadBalancers { m.append(("loadBalancers", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.serviceRegistries { m.append(("serviceRegistries", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.status { m.append(("status", .string(v))) }
        if let v = self.desiredCount { m.append(("desiredCount", .int(v))) }
        if let v = self.runningCount { m.append(("runningCount", .int(v))) }
        if let v = self.pendingCount { m.append(("pendingCount", .int(v))) }
        if let v = self.launchType { m.append(("launchType", .string(v.rawValue))) }
        if let v = self.capacityProviderStrategy {
            m.append(("capacityProviderStrategy", .list(v.map { e0 in e0.shapeTree })))
        }
        if let v = self.platformVersion { m.append(("platformVersion", .string(v))) }
        if let v = self.platformFamily { m.append(("platformFamily", .string(v))) }
        if let v = self.taskDefinition { m.append(("taskDefinition", .string(v))) }
        if let v = self.deploymentConfiguration { m.append(("deploymentConfiguration", v.shapeTree)) }
        if let v = self.taskSets { m.append(("taskSets", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.deployments { m.append(("deployments", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.roleArn { m.append(("roleArn", .string(v))) }
        if let v = self.events { m.append(("events", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.createdAt { m.append(("createdAt", .double(v.secondsSince1970))) }
        if let v = self.currentServiceDeployment { m.append(("currentServiceDeployment", .string(v))) }
        if let v = self.currentServiceRevisions {
            m.append(("currentServiceRevisions", .list(v.map { e0 in e0.shapeTree })))
        }
        if let v = self.placementConstraints { m.append(("placementConstraints", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.placementStrategy { m.append(("placementStrategy", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.networkConfiguration { m.append(("networkConfiguration", v.shapeTree)) }
        if let v = self.healthCheckGracePeriodSeconds { m.append(("healthCheckGracePeriodSeconds", .int(v))) }
        if let v = self.schedulingStrategy { m.append(("schedulingStrategy", .string(v.rawValue))) }
        if let v = self.deploymentController { m.append(("deploymentController", v.shapeTree)) }
        if let v = self.tags { m.append(("tags", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.createdBy { m.append(("createdBy", .string(v))) }
        if let v = self.enableECSManagedTags { m.append(("enableECSManagedTags", .bool(v))) }
        if let v = self.propagateTags { m.append(("propagateTags", .string(v.rawValue))) }
        if let v = self.enableExecuteCommand { m.append(("enableExecuteCommand", .bool(v))) }
        if let v = self.availabilityZoneRebalancing { m.append(("availabilityZoneRebalancing", .string(v.rawValue))) }
        if let v = self.resourceManagementType { m.append(("resourceManagementType", .string(v.rawValue))) }
        return .object(shape: "Service", members: m)
    }
}

extension ECS.ServiceConnectAccessLogConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("format", .string(self.format.rawValue)))
        if let v = self.includeQueryParameters { m.append(("includeQueryParameters", .string(v.rawValue))) }
        return .object(shape: "ServiceConnectAccessLogConfiguration", members: m)
    }
}

extension ECS.ServiceConnectClientAlias: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("port", .int(self.port)))
        if let v = self.dnsName { m.append(("dnsName", .string(v))) }
        if let v = self.testTrafficRules { m.append(("testTrafficRules", v.shapeTree)) }
        return .object(shape: "ServiceConnectClientAlias", members: m)
    }
}

extension ECS.ServiceConnectConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("enabled", .bool(self.enabled)))
        if let v = self.namespace { m.append(("namespace", .string(v))) }
        if let v = self.services { m.append(("services", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.logConfiguration { m.append(("logConfiguration", v.shapeTree)) }
        if let v = self.accessLogConfiguration { m.append(("accessLogConfiguration", v.shapeTree)) }
        return .object(shape: "ServiceConnectConfiguration", members: m)
    }
}

extension ECS.ServiceConnectService: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("portName", .string(self.portName)))
        if let v = self.discoveryName { m.append(("discoveryName", .string(v))) }
        if let v = self.clientAliases { m.append(("clientAliases", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.ingressPortOverride { m.append(("ingressPortOverride", .int(v))) }
        if let v = self.timeout { m.append(("timeout", v.shapeTree)) }
        if let v = self.tls { m.append(("tls", v.shapeTree)) }
        return .object(shape: "ServiceConnectService", members: m)
    }
}

extension ECS.ServiceConnectServiceResource: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.discoveryName { m.append(("discoveryName", .string(v))) }
        if let v = self.discoveryArn { m.append(("discoveryArn", .string(v))) }
        return .object(shape: "ServiceConnectServiceResource", members: m)
    }
}

extension ECS.ServiceConnectTestTrafficHeaderMatchRules: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("exact", .string(self.exact)))
        return .object(shape: "ServiceConnectTestTrafficHeaderMatchRules", members: m)
    }
}

extension ECS.ServiceConnectTestTrafficHeaderRules: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("name", .string(self.name)))
        if let v = self.value { m.append(("value", v.shapeTree)) }
        return .object(shape: "ServiceConnectTestTrafficHeaderRules", members: m)
    }
}

extension ECS.ServiceConnectTestTrafficRules: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("header", self.header.shapeTree))
        return .object(shape: "ServiceConnectTestTrafficRules", members: m)
    }
}

extension ECS.ServiceConnectTlsCertificateAuthority: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.awsPcaAuthorityArn { m.append(("awsPcaAuthorityArn", .string(v))) }
        return .object(shape: "ServiceConnectTlsCertificateAuthority", members: m)
    }
}

extension ECS.ServiceConnectTlsConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("issuerCertificateAuthority", self.issuerCertificateAuthority.shapeTree))
        if let v = self.kmsKey { m.append(("kmsKey", .string(v))) }
        if let v = self.roleArn { m.append(("roleArn", .string(v))) }
        return .object(shape: "ServiceConnectTlsConfiguration", members: m)
    }
}

extension ECS.ServiceCurrentRevisionSummary: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.arn { m.append(("arn", .string(v))) }
        if let v = self.requestedTaskCount { m.append(("requestedTaskCount", .int(v))) }
        if let v = self.runningTaskCount { m.append(("runningTaskCount", .int(v))) }
        if let v = self.pendingTaskCount { m.append(("pendingTaskCount", .int(v))) }
        return .object(shape: "ServiceCurrentRevisionSummary", members: m)
    }
}

extension ECS.ServiceDeployment: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.serviceDeploymentArn { m.append(("serviceDeploymentArn", .string(v))) }
        if let v = self.serviceArn { m.append(("serviceArn", .string(v))) }
        if let v = self.clusterArn { m.append(("clusterArn", .string(v))) }
        if let v = self.createdAt { m.append(("createdAt", .double(v.secondsSince1970))) }
        if let v = self.startedAt { m.append(("startedAt", .double(v.secondsSince1970))) }
        if let v = self.finishedAt { m.append(("finishedAt", .double(v.secondsSince1970))) }
        if let v = self.stoppedAt { m.append(("stoppedAt", .double(v.secondsSince1970))) }
        if let v = self.updatedAt { m.append(("updatedAt", .double(v.secondsSince1970))) }
        if let v = self.sourceServiceRevisions {
            m.append(("sourceServiceRevisions", .list(v.map { e0 in e0.shapeTree })))
        }
        if let v = self.targetServiceRevision { m.append(("targetServiceRevision", v.shapeTree)) }
        if let v = self.status { m.append(("status", .string(v.rawValue))) }
        if let v = self.statusReason { m.append(("statusReason", .string(v))) }
        if let v = self.lifecycleStage { m.append(("lifecycleStage", .string(v.rawValue))) }
        if let v = self.lifecycleHookDetails { m.append(("lifecycleHookDetails", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.deploymentConfiguration { m.append(("deploymentConfiguration", v.shapeTree)) }
        if let v = self.rollback { m.append(("rollback", v.shapeTree)) }
        if let v = self.deploymentCircuitBreaker { m.append(("deploymentCircuitBreaker", v.shapeTree)) }
        if let v = self.alarms { m.append(("alarms", v.shapeTree)) }
        return .object(shape: "ServiceDeployment", members: m)
    }
}

extension ECS.ServiceDeploymentAlarms: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.status { m.append(("status", .string(v.rawValue))) }
        if let v = self.alarmNames { m.append(("alarmNames", .list(v.map { e0 in .string(e0) }))) }
        if let v = self.triggeredAlarmNames { m.append(("triggeredAlarmNames", .list(v.map { e0 in .string(e0) }))) }
        return .object(shape: "ServiceDeploymentAlarms", members: m)
    }
}

extension ECS.ServiceDeploymentBrief: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.serviceDeploymentArn { m.append(("serviceDeploymentArn", .string(v))) }
        if let v = self.serviceArn { m.append(("serviceArn", .string(v))) }
        if let v = self.clusterArn { m.append(("clusterArn", .string(v))) }
        if let v = self.startedAt { m.append(("startedAt", .double(v.secondsSince1970))) }
        if let v = self.createdAt { m.append(("createdAt", .double(v.secondsSince1970))) }
        if let v = self.finishedAt { m.append(("finishedAt", .double(v.secondsSince1970))) }
        if let v = self.targetServiceRevisionArn { m.append(("targetServiceRevisionArn", .string(v))) }
        if let v = self.status { m.append(("status", .string(v.rawValue))) }
        if let v = self.statusReason { m.append(("statusReason", .string(v))) }
        return .object(shape: "ServiceDeploymentBrief", members: m)
    }
}

extension ECS.ServiceDeploymentCircuitBreaker: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.status { m.append(("status", .string(v.rawValue))) }
        if let v = self.failureCount { m.append(("failureCount", .int(v))) }
        if let v = self.threshold { m.append(("threshold", .int(v))) }
        return .object(shape: "ServiceDeploymentCircuitBreaker", members: m)
    }
}

extension ECS.ServiceEvent: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.id { m.append(("id", .string(v))) }
        if let v = self.createdAt { m.append(("createdAt", .double(v.secondsSince1970))) }
        if let v = self.message { m.append(("message", .string(v))) }
        return .object(shape: "ServiceEvent", members: m)
    }
}

extension ECS.ServiceManagedEBSVolumeConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.encrypted { m.append(("encrypted", .bool(v))) }
        if let v = self.kmsKeyId { m.append(("kmsKeyId", .string(v))) }
        if let v = self.volumeType { m.append(("volumeType", .string(v))) }
        if let v = self.sizeInGiB { m.append(("sizeInGiB", .int(v))) }
        if let v = self.snapshotId { m.append(("snapshotId", .string(v))) }
        if let v = self.volumeInitializationRate { m.append(("volumeInitializationRate", .int(v))) }
        if let v = self.iops { m.append(("iops", .int(v))) }
        if let v = self.throughput { m.append(("throughput", .int(v))) }
        if let v = self.tagSpecifications { m.append(("tagSpecifications", .list(v.map { e0 in e0.shapeTree }))) }
        m.append(("roleArn", .string(self.roleArn)))
        if let v = self.filesystemType { m.append(("filesystemType", .string(v.rawValue))) }
        return .object(shape: "ServiceManagedEBSVolumeConfiguration", members: m)
    }
}

extension ECS.ServiceRegistry: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.registryArn { m.append(("registryArn", .string(v))) }
        if let v = self.port { m.append(("port", .int(v))) }
        if let v = self.containerName { m.append(("containerName", .string(v))) }
        if let v = self.containerPort { m.append(("containerPort", .int(v))) }
        return .object(shape: "ServiceRegistry", members: m)
    }
}

extension ECS.ServiceRevision: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.serviceRevisionArn { m.append(("serviceRevisionArn", .string(v))) }
        if let v = self.serviceArn { m.append(("serviceArn", .string(v))) }
        if let v = self.clusterArn { m.append(("clusterArn", .string(v))) }
        if let v = self.taskDefinition { m.append(("taskDefinition", .string(v))) }
        if let v = self.capacityProviderStrategy {
            m.append(("capacityProviderStrategy", .list(v.map { e0 in e0.shapeTree })))
        }
        if let v = self.launchType { m.append(("launchType", .string(v.rawValue))) }
        if let v = self.platformVersion { m.append(("platformVersion", .string(v))) }
        if let v = self.platformFamily { m.append(("platformFamily", .string(v))) }
        if let v = self.loadBalancers { m.append(("loadBalancers", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.serviceRegistries { m.append(("serviceRegistries", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.networkConfiguration { m.append(("networkConfiguration", v.shapeTree)) }
        if let v = self.containerImages { m.append(("containerImages", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.guardDutyEnabled { m.append(("guardDutyEnabled", .bool(v))) }
        if let v = self.serviceConnectConfiguration { m.append(("serviceConnectConfiguration", v.shapeTree)) }
        if let v = self.volumeConfigurations { m.append(("volumeConfigurations", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.fargateEphemeralStorage { m.append(("fargateEphemeralStorage", v.shapeTree)) }
        if let v = self.createdAt { m.append(("createdAt", .double(v.secondsSince1970))) }
        if let v = self.vpcLatticeConfigurations {
            m.append(("vpcLatticeConfigurations", .list(v.map { e0 in e0.shapeTree })))
        }
        if let v = self.resolvedConfiguration { m.append(("resolvedConfiguration", v.shapeTree)) }
        if let v = self.ecsManagedResources { m.append(("ecsManagedResources", v.shapeTree)) }
        return .object(shape: "ServiceRevision", members: m)
    }
}

extension ECS.ServiceRevisionLoadBalancer: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.targetGroupArn { m.append(("targetGroupArn", .string(v))) }
        if let v = self.productionListenerRule { m.append(("productionListenerRule", .string(v))) }
        return .object(shape: "ServiceRevisionLoadBalancer", members: m)
    }
}

extension ECS.ServiceRevisionSummary: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.arn { m.append(("arn", .string(v))) }
        if let v = self.requestedTaskCount { m.append(("requestedTaskCount", .int(v))) }
        if let v = self.runningTaskCount { m.append(("runningTaskCount", .int(v))) }
        if let v = self.pendingTaskCount { m.append(("pendingTaskCount", .int(v))) }
        if let v = self.requestedTestTrafficWeight { m.append(("requestedTestTrafficWeight", .double(v))) }
        if let v = self.requestedProductionTrafficWeight { m.append(("requestedProductionTrafficWeight", .double(v))) }
        return .object(shape: "ServiceRevisionSummary", members: m)
    }
}

extension ECS.ServiceVolumeConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("name", .string(self.name)))
        if let v = self.managedEBSVolume { m.append(("managedEBSVolume", v.shapeTree)) }
        return .object(shape: "ServiceVolumeConfiguration", members: m)
    }
}

extension ECS.StopTaskRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.cluster { m.append(("cluster", .string(v))) }
        m.append(("task", .string(self.task)))
        if let v = self.reason { m.append(("reason", .string(v))) }
        return .object(shape: "StopTaskRequest", members: m)
    }
}

extension ECS.StopTaskResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.task { m.append(("task", v.shapeTree)) }
        return .object(shape: "StopTaskResponse", members: m)
    }
}

extension ECS.SystemControl: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.namespace { m.append(("namespace", .string(v))) }
        if let v = self.value { m.append(("value", .string(v))) }
        return .object(shape: "SystemControl", members: m)
    }
}

extension ECS.Tag: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.key { m.append(("key", .string(v))) }
        if let v = self.value { m.append(("value", .string(v))) }
        return .object(shape: "Tag", members: m)
    }
}

extension ECS.TagResourceRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("resourceArn", .string(self.resourceArn)))
        m.append(("tags", .list(self.tags.map { e0 in e0.shapeTree })))
        return .object(shape: "TagResourceRequest", members: m)
    }
}

extension ECS.TagResourceResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree { .null }
}

extension ECS.Task: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.attachments { m.append(("attachments", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.attributes { m.append(("attributes", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.availabilityZone { m.append(("availabilityZone", .string(v))) }
        if let v = self.capacityProviderName { m.append(("capacityProviderName", .string(v))) }
        if let v = self.clusterArn { m.append(("clusterArn", .string(v))) }
        if let v = self.connectivity { m.append(("connectivity", .string(v.rawValue))) }
        if let v = self.connectivityAt { m.append(("connectivityAt", .double(v.secondsSince1970))) }
        if let v = self.containerInstanceArn { m.append(("containerInstanceArn", .string(v))) }
        if let v = self.containers { m.append(("containers", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.cpu { m.append(("cpu", .string(v))) }
        if let v = self.createdAt { m.append(("createdAt", .double(v.secondsSince1970))) }
        if let v = self.desiredStatus { m.append(("desiredStatus", .string(v))) }
        if let v = self.enableExecuteCommand { m.append(("enableExecuteCommand", .bool(v))) }
        if let v = self.executionStoppedAt { m.append(("executionStoppedAt", .double(v.secondsSince1970))) }
        if let v = self.group { m.append(("group", .string(v))) }
        if let v = self.healthStatus { m.append(("healthStatus", .string(v.rawValue))) }
        if let v = self.inferenceAccelerators {
            m.append(("inferenceAccelerators", .list(v.map { e0 in e0.shapeTree })))
        }
        if let v = self.lastStatus { m.append(("lastStatus", .string(v))) }
        if let v = self.launchType { m.append(("launchType", .string(v.rawValue))) }
        if let v = self.memory { m.append(("memory", .string(v))) }
        if let v = self.overrides { m.append(("overrides", v.shapeTree)) }
        if let v = self.platformVersion { m.append(("platformVersion", .string(v))) }
        if let v = self.platformFamily { m.append(("platformFamily", .string(v))) }
        if let v = self.pullStartedAt { m.append(("pullStartedAt", .double(v.secondsSince1970))) }
        if let v = self.pullStoppedAt { m.append(("pullStoppedAt", .double(v.secondsSince1970))) }
        if let v = self.startedAt { m.append(("startedAt", .double(v.secondsSince1970))) }
        if let v = self.startedBy { m.append(("startedBy", .string(v))) }
        if let v = self.stopCode { m.append(("stopCode", .string(v.rawValue))) }
        if let v = self.stoppedAt { m.append(("stoppedAt", .double(v.secondsSince1970))) }
        if let v = self.stoppedReason { m.append(("stoppedReason", .string(v))) }
        if let v = self.stoppingAt { m.append(("stoppingAt", .double(v.secondsSince1970))) }
        if let v = self.tags { m.append(("tags", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.taskArn { m.append(("taskArn", .string(v))) }
        if let v = self.taskDefinitionArn { m.append(("taskDefinitionArn", .string(v))) }
        if let v = self.version { m.append(("version", .int(v))) }
        if let v = self.ephemeralStorage { m.append(("ephemeralStorage", v.shapeTree)) }
        if let v = self.fargateEphemeralStorage { m.append(("fargateEphemeralStorage", v.shapeTree)) }
        return .object(shape: "Task", members: m)
    }
}

extension ECS.TaskDefinition: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.taskDefinitionArn { m.append(("taskDefinitionArn", .string(v))) }
        if let v = self.containerDefinitions { m.append(("containerDefinitions", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.family { m.append(("family", .string(v))) }
        if let v = self.taskRoleArn { m.append(("taskRoleArn", .string(v))) }
        if let v = self.executionRoleArn { m.append(("executionRoleArn", .string(v))) }
        if let v = self.networkMode { m.append(("networkMode", .string(v.rawValue))) }
        if let v = self.revision { m.append(("revision", .int(v))) }
        if let v = self.volumes { m.append(("volumes", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.status { m.append(("status", .string(v.rawValue))) }
        if let v = self.requiresAttributes { m.append(("requiresAttributes", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.placementConstraints { m.append(("placementConstraints", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.compatibilities { m.append(("compatibilities", .list(v.map { e0 in .string(e0.rawValue) }))) }
        if let v = self.runtimePlatform { m.append(("runtimePlatform", v.shapeTree)) }
        if let v = self.requiresCompatibilities {
            m.append(("requiresCompatibilities", .list(v.map { e0 in .string(e0.rawValue) })))
        }
        if let v = self.cpu { m.append(("cpu", .string(v))) }
        if let v = self.memory { m.append(("memory", .string(v))) }
        if let v = self.inferenceAccelerators {
            m.append(("inferenceAccelerators", .list(v.map { e0 in e0.shapeTree })))
        }
        if let v = self.pidMode { m.append(("pidMode", .string(v.rawValue))) }
        if let v = self.ipcMode { m.append(("ipcMode", .string(v.rawValue))) }
        if let v = self.proxyConfiguration { m.append(("proxyConfiguration", v.shapeTree)) }
        if let v = self.registeredAt { m.append(("registeredAt", .double(v.secondsSince1970))) }
        if let v = self.deregisteredAt { m.append(("deregisteredAt", .double(v.secondsSince1970))) }
        if let v = self.deleteRequestedAt { m.append(("deleteRequestedAt", .double(v.secondsSince1970))) }
        if let v = self.registeredBy { m.append(("registeredBy", .string(v))) }
        if let v = self.ephemeralStorage { m.append(("ephemeralStorage", v.shapeTree)) }
        if let v = self.enableFaultInjection { m.append(("enableFaultInjection", .bool(v))) }
        return .object(shape: "TaskDefinition", members: m)
    }
}

extension ECS.TaskDefinitionPlacementConstraint: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.type { m.append(("type", .string(v.rawValue))) }
        if let v = self.expression { m.append(("expression", .string(v))) }
        return .object(shape: "TaskDefinitionPlacementConstraint", members: m)
    }
}

extension ECS.TaskEphemeralStorage: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.sizeInGiB { m.append(("sizeInGiB", .int(v))) }
        if let v = self.kmsKeyId { m.append(("kmsKeyId", .string(v))) }
        return .object(shape: "TaskEphemeralStorage", members: m)
    }
}

extension ECS.TaskManagedEBSVolumeConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.encrypted { m.append(("encrypted", .bool(v))) }
        if let v = self.kmsKeyId { m.append(("kmsKeyId", .string(v))) }
        if let v = self.volumeType { m.append(("volumeType", .string(v))) }
        if let v = self.sizeInGiB { m.append(("sizeInGiB", .int(v))) }
        if let v = self.snapshotId { m.append(("snapshotId", .string(v))) }
        if let v = self.volumeInitializationRate { m.append(("volumeInitializationRate", .int(v))) }
        if let v = self.iops { m.append(("iops", .int(v))) }
        if let v = self.throughput { m.append(("throughput", .int(v))) }
        if let v = self.tagSpecifications { m.append(("tagSpecifications", .list(v.map { e0 in e0.shapeTree }))) }
        m.append(("roleArn", .string(self.roleArn)))
        if let v = self.terminationPolicy { m.append(("terminationPolicy", v.shapeTree)) }
        if let v = self.filesystemType { m.append(("filesystemType", .string(v.rawValue))) }
        return .object(shape: "TaskManagedEBSVolumeConfiguration", members: m)
    }
}

extension ECS.TaskManagedEBSVolumeTerminationPolicy: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("deleteOnTermination", .bool(self.deleteOnTermination)))
        return .object(shape: "TaskManagedEBSVolumeTerminationPolicy", members: m)
    }
}

extension ECS.TaskOverride: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.containerOverrides { m.append(("containerOverrides", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.cpu { m.append(("cpu", .string(v))) }
        if let v = self.inferenceAcceleratorOverrides {
            m.append(("inferenceAcceleratorOverrides", .list(v.map { e0 in e0.shapeTree })))
        }
        if let v = self.executionRoleArn { m.append(("executionRoleArn", .string(v))) }
        if let v = self.memory { m.append(("memory", .string(v))) }
        if let v = self.taskRoleArn { m.append(("taskRoleArn", .string(v))) }
        if let v = self.ephemeralStorage { m.append(("ephemeralStorage", v.shapeTree)) }
        return .object(shape: "TaskOverride", members: m)
    }
}

extension ECS.TaskSet: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.id { m.append(("id", .string(v))) }
        if let v = self.taskSetArn { m.append(("taskSetArn", .string(v))) }
        if let v = self.serviceArn { m.append(("serviceArn", .string(v))) }
        if let v = self.clusterArn { m.append(("clusterArn", .string(v))) }
        if let v = self.startedBy { m.append(("startedBy", .string(v))) }
        if let v = self.externalId { m.append(("externalId", .string(v))) }
        if let v = self.status { m.append(("status", .string(v))) }
        if let v = self.taskDefinition { m.append(("taskDefinition", .string(v))) }
        if let v = self.computedDesiredCount { m.append(("computedDesiredCount", .int(v))) }
        if let v = self.pendingCount { m.append(("pendingCount", .int(v))) }
        if let v = self.runningCount { m.append(("runningCount", .int(v))) }
        if let v = self.createdAt { m.append(("createdAt", .double(v.secondsSince1970))) }
        if let v = self.updatedAt { m.append(("updatedAt", .double(v.secondsSince1970))) }
        if let v = self.launchType { m.append(("launchType", .string(v.rawValue))) }
        if let v = self.capacityProviderStrategy {
            m.append(("capacityProviderStrategy", .list(v.map { e0 in e0.shapeTree })))
        }
        if let v = self.platformVersion { m.append(("platformVersion", .string(v))) }
        if let v = self.platformFamily { m.append(("platformFamily", .string(v))) }
        if let v = self.networkConfiguration { m.append(("networkConfiguration", v.shapeTree)) }
        if let v = self.loadBalancers { m.append(("loadBalancers", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.serviceRegistries { m.append(("serviceRegistries", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.scale { m.append(("scale", v.shapeTree)) }
        if let v = self.stabilityStatus { m.append(("stabilityStatus", .string(v.rawValue))) }
        if let v = self.stabilityStatusAt { m.append(("stabilityStatusAt", .double(v.secondsSince1970))) }
        if let v = self.tags { m.append(("tags", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.fargateEphemeralStorage { m.append(("fargateEphemeralStorage", v.shapeTree)) }
        return .object(shape: "TaskSet", members: m)
    }
}

extension ECS.TaskVolumeConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("name", .string(self.name)))
        if let v = self.managedEBSVolume { m.append(("managedEBSVolume", v.shapeTree)) }
        return .object(shape: "TaskVolumeConfiguration", members: m)
    }
}

extension ECS.TimeoutConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.idleTimeoutSeconds { m.append(("idleTimeoutSeconds", .int(v))) }
        if let v = self.perRequestTimeoutSeconds { m.append(("perRequestTimeoutSeconds", .int(v))) }
        return .object(shape: "TimeoutConfiguration", members: m)
    }
}

extension ECS.Tmpfs: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("containerPath", .string(self.containerPath)))
        m.append(("size", .int(self.size)))
        if let v = self.mountOptions { m.append(("mountOptions", .list(v.map { e0 in .string(e0) }))) }
        return .object(shape: "Tmpfs", members: m)
    }
}

extension ECS.TotalLocalStorageGBRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.min { m.append(("min", .double(v))) }
        if let v = self.max { m.append(("max", .double(v))) }
        return .object(shape: "TotalLocalStorageGBRequest", members: m)
    }
}

extension ECS.Ulimit: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("name", .string(self.name.rawValue)))
        m.append(("softLimit", .int(self.softLimit)))
        m.append(("hardLimit", .int(self.hardLimit)))
        return .object(shape: "Ulimit", members: m)
    }
}

extension ECS.UntagResourceRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("resourceArn", .string(self.resourceArn)))
        m.append(("tagKeys", .list(self.tagKeys.map { e0 in .string(e0) })))
        return .object(shape: "UntagResourceRequest", members: m)
    }
}

extension ECS.UntagResourceResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree { .null }
}

extension ECS.UpdateClusterRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("cluster", .string(self.cluster)))
        if let v = self.settings { m.append(("settings", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.configuration { m.append(("configuration", v.shapeTree)) }
        if let v = self.serviceConnectDefaults { m.append(("serviceConnectDefaults", v.shapeTree)) }
        return .object(shape: "UpdateClusterRequest", members: m)
    }
}

extension ECS.UpdateClusterResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.cluster { m.append(("cluster", v.shapeTree)) }
        return .object(shape: "UpdateClusterResponse", members: m)
    }
}

extension ECS.UpdateClusterSettingsRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("cluster", .string(self.cluster)))
        m.append(("settings", .list(self.settings.map { e0 in e0.shapeTree })))
        return .object(shape: "UpdateClusterSettingsRequest", members: m)
    }
}

extension ECS.UpdateClusterSettingsResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.cluster { m.append(("cluster", v.shapeTree)) }
        return .object(shape: "UpdateClusterSettingsResponse", members: m)
    }
}

extension ECS.UpdateServiceRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.cluster { m.append(("cluster", .string(v))) }
        m.append(("service", .string(self.service)))
        if let v = self.desiredCount { m.append(("desiredCount", .int(v))) }
        if let v = self.taskDefinition { m.append(("taskDefinition", .string(v))) }
        if let v = self.capacityProviderStrategy {
            m.append(("capacityProviderStrategy", .list(v.map { e0 in e0.shapeTree })))
        }
        if let v = self.deploymentConfiguration { m.append(("deploymentConfiguration", v.shapeTree)) }
        if let v = self.availabilityZoneRebalancing { m.append(("availabilityZoneRebalancing", .string(v.rawValue))) }
        if let v = self.networkConfiguration { m.append(("networkConfiguration", v.shapeTree)) }
        if let v = self.placementConstraints { m.append(("placementConstraints", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.placementStrategy { m.append(("placementStrategy", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.platformVersion { m.append(("platformVersion", .string(v))) }
        if let v = self.forceNewDeployment { m.append(("forceNewDeployment", .bool(v))) }
        if let v = self.healthCheckGracePeriodSeconds { m.append(("healthCheckGracePeriodSeconds", .int(v))) }
        if let v = self.deploymentController { m.append(("deploymentController", v.shapeTree)) }
        if let v = self.enableExecuteCommand { m.append(("enableExecuteCommand", .bool(v))) }
        if let v = self.enableECSManagedTags { m.append(("enableECSManagedTags", .bool(v))) }
        if let v = self.loadBalancers { m.append(("loadBalancers", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.propagateTags { m.append(("propagateTags", .string(v.rawValue))) }
        if let v = self.serviceRegistries { m.append(("serviceRegistries", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.serviceConnectConfiguration { m.append(("serviceConnectConfiguration", v.shapeTree)) }
        if let v = self.volumeConfigurations { m.append(("volumeConfigurations", .list(v.map { e0 in e0.shapeTree }))) }
        if let v = self.vpcLatticeConfigurations {
            m.append(("vpcLatticeConfigurations", .list(v.map { e0 in e0.shapeTree })))
        }
        return .object(shape: "UpdateServiceRequest", members: m)
    }
}

extension ECS.UpdateServiceResponse: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.service { m.append(("service", v.shapeTree)) }
        return .object(shape: "UpdateServiceResponse", members: m)
    }
}

extension ECS.VCpuCountRangeRequest: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("min", .int(self.min)))
        if let v = self.max { m.append(("max", .int(v))) }
        return .object(shape: "VCpuCountRangeRequest", members: m)
    }
}

extension ECS.VersionInfo: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.agentVersion { m.append(("agentVersion", .string(v))) }
        if let v = self.agentHash { m.append(("agentHash", .string(v))) }
        if let v = self.dockerVersion { m.append(("dockerVersion", .string(v))) }
        return .object(shape: "VersionInfo", members: m)
    }
}

extension ECS.Volume: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.name { m.append(("name", .string(v))) }
        if let v = self.host { m.append(("host", v.shapeTree)) }
        if let v = self.dockerVolumeConfiguration { m.append(("dockerVolumeConfiguration", v.shapeTree)) }
        if let v = self.efsVolumeConfiguration { m.append(("efsVolumeConfiguration", v.shapeTree)) }
        if let v = self.s3filesVolumeConfiguration { m.append(("s3filesVolumeConfiguration", v.shapeTree)) }
        if let v = self.fsxWindowsFileServerVolumeConfiguration {
            m.append(("fsxWindowsFileServerVolumeConfiguration", v.shapeTree))
        }
        if let v = self.configuredAtLaunch { m.append(("configuredAtLaunch", .bool(v))) }
        return .object(shape: "Volume", members: m)
    }
}

extension ECS.VolumeFrom: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        if let v = self.sourceContainer { m.append(("sourceContainer", .string(v))) }
        if let v = self.readOnly { m.append(("readOnly", .bool(v))) }
        return .object(shape: "VolumeFrom", members: m)
    }
}

extension ECS.VpcLatticeConfiguration: ShapeTreeWritable {
    var shapeTree: ShapeTree {
        var m: [(Swift.String, ShapeTree)] = []
        m.append(("roleArn", .string(self.roleArn)))
        m.append(("targetGroupArn", .string(self.targetGroupArn)))
        m.append(("portName", .string(self.portName)))
        return .object(shape: "VpcLatticeConfiguration", members: m)
    }
}
