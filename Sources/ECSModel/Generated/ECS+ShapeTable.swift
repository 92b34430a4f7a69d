// generated from botocore 1.43.11 by Tools/ecsmodel/generate.py, do not edit.
// Change the generator, the pinned version or Sources/ECSModel/Overlay.yaml and run it again.

extension ECS {
    /// The model's facts about one shape, by name; nil for a shape ecsplan does not use.
    public static func shape(named name: Swift.String) -> ShapeInfo? {
        switch name {
        case "AcceleratorCountRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("min", "BoxedInteger"),
                ShapeInfo.Member("max", "BoxedInteger"),
            ])
        case "AcceleratorManufacturer":
            return ShapeInfo(.enumeration, enumValues: AcceleratorManufacturer.knownValues)
        case "AcceleratorManufacturerSet":
            return ShapeInfo(.list, element: "AcceleratorManufacturer")
        case "AcceleratorName":
            return ShapeInfo(.enumeration, enumValues: AcceleratorName.knownValues)
        case "AcceleratorNameSet": return ShapeInfo(.list, element: "AcceleratorName")
        case "AcceleratorTotalMemoryMiBRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("min", "BoxedInteger"),
                ShapeInfo.Member("max", "BoxedInteger"),
            ])
        case "AcceleratorType":
            return ShapeInfo(.enumeration, enumValues: AcceleratorType.knownValues)
        case "AcceleratorTypeSet": return ShapeInfo(.list, element: "AcceleratorType")
        case "AccessType": return ShapeInfo(.enumeration, enumValues: AccessType.knownValues)
        case "AdvancedConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("alternateTargetGroupArn", "String"),
                ShapeInfo.Member("productionListenerRule", "String"),
                ShapeInfo.Member("testListenerRule", "String"),
                ShapeInfo.Member("roleArn", "String"),
            ])
        case "AgentUpdateStatus":
            return ShapeInfo(.enumeration, enumValues: AgentUpdateStatus.knownValues)
        case "AllowedInstanceType":
            return ShapeInfo(.string, min: 1, max: 30, pattern: "[a-zA-Z0-9\\.\\*\\-]+")
        case "AllowedInstanceTypeSet":
            return ShapeInfo(.list, element: "AllowedInstanceType", min: 0, max: 400)
        case "ApplicationProtocol":
            return ShapeInfo(.enumeration, enumValues: ApplicationProtocol.knownValues)
        case "AssignPublicIp":
            return ShapeInfo(.enumeration, enumValues: AssignPublicIp.knownValues)
        case "Attachment":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("id", "String"),
                ShapeInfo.Member("type", "String"),
                ShapeInfo.Member("status", "String"),
                ShapeInfo.Member("details", "AttachmentDetails"),
            ])
        case "AttachmentDetails": return ShapeInfo(.list, element: "KeyValuePair")
        case "Attachments": return ShapeInfo(.list, element: "Attachment")
        case "Attribute":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("name", "String", required: true),
                ShapeInfo.Member("value", "String"),
                ShapeInfo.Member("targetType", "TargetType"),
                ShapeInfo.Member("targetId", "String"),
            ])
        case "Attributes": return ShapeInfo(.list, element: "Attribute")
        case "AutoRepairActionsStatus":
            return ShapeInfo(.enumeration, enumValues: AutoRepairActionsStatus.knownValues)
        case "AutoRepairConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("actionsStatus", "AutoRepairActionsStatus"),
            ])
        case "AutoScalingGroupProvider":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("autoScalingGroupArn", "String", required: true),
                ShapeInfo.Member("managedScaling", "ManagedScaling"),
                ShapeInfo.Member("managedTerminationProtection", "ManagedTerminationProtection"),
                ShapeInfo.Member("managedDraining", "ManagedDraining"),
            ])
        case "AvailabilityZoneRebalancing":
            return ShapeInfo(.enumeration, enumValues: AvailabilityZoneRebalancing.knownValues)
        case "AwsVpcConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("subnets", "StringList", required: true),
                ShapeInfo.Member("securityGroups", "StringList"),
                ShapeInfo.Member("assignPublicIp", "AssignPublicIp"),
            ])
        case "BareMetal": return ShapeInfo(.enumeration, enumValues: BareMetal.knownValues)
        case "BaselineEbsBandwidthMbpsRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("min", "BoxedInteger"),
                ShapeInfo.Member("max", "BoxedInteger"),
            ])
        case "Boolean": return ShapeInfo(.boolean)
        case "BoxedBoolean": return ShapeInfo(.boolean)
        case "BoxedDouble": return ShapeInfo(.double)
        case "BoxedInteger": return ShapeInfo(.integer)
        case "BurstablePerformance":
            return ShapeInfo(.enumeration, enumValues: BurstablePerformance.knownValues)
        case "CPUArchitecture":
            return ShapeInfo(.enumeration, enumValues: CPUArchitecture.knownValues)
        case "CanaryConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("canaryPercent", "Double"),
                ShapeInfo.Member("canaryBakeTimeInMinutes", "Integer"),
            ])
        case "CapacityOptionType":
            return ShapeInfo(.enumeration, enumValues: CapacityOptionType.knownValues)
        case "CapacityProvider":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("capacityProviderArn", "String"),
                ShapeInfo.Member("name", "String"),
                ShapeInfo.Member("cluster", "String"),
                ShapeInfo.Member("status", "CapacityProviderStatus"),
                ShapeInfo.Member("autoScalingGroupProvider", "AutoScalingGroupProvider"),
                ShapeInfo.Member("managedInstancesProvider", "ManagedInstancesProvider"),
                ShapeInfo.Member("updateStatus", "CapacityProviderUpdateStatus"),
                ShapeInfo.Member("updateStatusReason", "String"),
                ShapeInfo.Member("tags", "Tags"),
                ShapeInfo.Member("type", "CapacityProviderType"),
            ])
        case "CapacityProviderField":
            return ShapeInfo(.enumeration, enumValues: CapacityProviderField.knownValues)
        case "CapacityProviderFieldList": return ShapeInfo(.list, element: "CapacityProviderField")
        case "CapacityProviderStatus":
            return ShapeInfo(.enumeration, enumValues: CapacityProviderStatus.knownValues)
        case "CapacityProviderStrategy":
            return ShapeInfo(.list, element: "CapacityProviderStrategyItem")
        case "CapacityProviderStrategyItem":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("capacityProvider", "String", required: true),
                ShapeInfo.Member("weight", "CapacityProviderStrategyItemWeight"),
                ShapeInfo.Member("base", "CapacityProviderStrategyItemBase"),
            ])
        case "CapacityProviderStrategyItemBase": return ShapeInfo(.integer, min: 0, max: 100000)
        case "CapacityProviderStrategyItemWeight": return ShapeInfo(.integer, min: 0, max: 1000)
        case "CapacityProviderType":
            return ShapeInfo(.enumeration, enumValues: CapacityProviderType.knownValues)
        case "CapacityProviderUpdateStatus":
            return ShapeInfo(.enumeration, enumValues: CapacityProviderUpdateStatus.knownValues)
        case "CapacityProviders": return ShapeInfo(.list, element: "CapacityProvider")
        case "CapacityReservationPreference":
            return ShapeInfo(.enumeration, enumValues: CapacityReservationPreference.knownValues)
        case "CapacityReservationRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("reservationGroupArn", "String"),
                ShapeInfo.Member("reservationPreference", "CapacityReservationPreference"),
            ])
        case "Cluster":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("clusterArn", "String"),
                ShapeInfo.Member("clusterName", "String"),
                ShapeInfo.Member("configuration", "ClusterConfiguration"),
                ShapeInfo.Member("status", "String"),
                ShapeInfo.Member("registeredContainerInstancesCount", "Integer"),
                ShapeInfo.Member("runningTasksCount", "Integer"),
                ShapeInfo.Member("pendingTasksCount", "Integer"),
                ShapeInfo.Member("activeServicesCount", "Integer"),
                ShapeInfo.Member("statistics", "Statistics"),
                ShapeInfo.Member("tags", "Tags"),
                ShapeInfo.Member("settings", "ClusterSettings"),
                ShapeInfo.Member("capacityProviders", "StringList"),
                ShapeInfo.Member("defaultCapacityProviderStrategy", "CapacityProviderStrategy"),
                ShapeInfo.Member("attachments", "Attachments"),
                ShapeInfo.Member("attachmentsStatus", "String"),
                ShapeInfo.Member("serviceConnectDefaults", "ClusterServiceConnectDefaults"),
            ])
        case "ClusterConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("executeCommandConfiguration", "ExecuteCommandConfiguration"),
                ShapeInfo.Member("managedStorageConfiguration", "ManagedStorageConfiguration"),
            ])
        case "ClusterField": return ShapeInfo(.enumeration, enumValues: ClusterField.knownValues)
        case "ClusterFieldList": return ShapeInfo(.list, element: "ClusterField")
        case "ClusterServiceConnectDefaults":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("namespace", "String"),
            ])
        case "ClusterServiceConnectDefaultsRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("namespace", "String", required: true),
            ])
        case "ClusterSetting":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("name", "ClusterSettingName"),
                ShapeInfo.Member("value", "String"),
            ])
        case "ClusterSettingName":
            return ShapeInfo(.enumeration, enumValues: ClusterSettingName.knownValues)
        case "ClusterSettings": return ShapeInfo(.list, element: "ClusterSetting")
        case "Clusters": return ShapeInfo(.list, element: "Cluster")
        case "Compatibility": return ShapeInfo(.enumeration, enumValues: Compatibility.knownValues)
        case "CompatibilityList": return ShapeInfo(.list, element: "Compatibility")
        case "Connectivity": return ShapeInfo(.enumeration, enumValues: Connectivity.knownValues)
        case "Container":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("containerArn", "String"),
                ShapeInfo.Member("taskArn", "String"),
                ShapeInfo.Member("name", "String"),
                ShapeInfo.Member("image", "String"),
                ShapeInfo.Member("imageDigest", "String"),
                ShapeInfo.Member("runtimeId", "String"),
                ShapeInfo.Member("lastStatus", "String"),
                ShapeInfo.Member("exitCode", "BoxedInteger"),
                ShapeInfo.Member("reason", "String"),
                ShapeInfo.Member("networkBindings", "NetworkBindings"),
                ShapeInfo.Member("networkInterfaces", "NetworkInterfaces"),
                ShapeInfo.Member("healthStatus", "HealthStatus"),
                ShapeInfo.Member("managedAgents", "ManagedAgents"),
                ShapeInfo.Member("cpu", "String"),
                ShapeInfo.Member("memory", "String"),
                ShapeInfo.Member("memoryReservation", "String"),
                ShapeInfo.Member("gpuIds", "GpuIds"),
            ])
        case "ContainerCondition":
            return ShapeInfo(.enumeration, enumValues: ContainerCondition.knownValues)
        case "ContainerDefinition":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("name", "String"),
                ShapeInfo.Member("image", "String"),
                ShapeInfo.Member("repositoryCredentials", "RepositoryCredentials"),
                ShapeInfo.Member("cpu", "Integer"),
                ShapeInfo.Member("memory", "BoxedInteger"),
                ShapeInfo.Member("memoryReservation", "BoxedInteger"),
                ShapeInfo.Member("links", "StringList"),
                ShapeInfo.Member("portMappings", "PortMappingList"),
                ShapeInfo.Member("essential", "BoxedBoolean"),
                ShapeInfo.Member("restartPolicy", "ContainerRestartPolicy"),
                ShapeInfo.Member("entryPoint", "StringList"),
                ShapeInfo.Member("command", "StringList"),
                ShapeInfo.Member("environment", "EnvironmentVariables"),
                ShapeInfo.Member("environmentFiles", "EnvironmentFiles"),
                ShapeInfo.Member("mountPoints", "MountPointList"),
                ShapeInfo.Member("volumesFrom", "VolumeFromList"),
                ShapeInfo.Member("linuxParameters", "LinuxParameters"),
                ShapeInfo.Member("secrets", "SecretList"),
                ShapeInfo.Member("dependsOn", "ContainerDependencies"),
                ShapeInfo.Member("startTimeout", "BoxedInteger"),
                ShapeInfo.Member("stopTimeout", "BoxedInteger"),
                ShapeInfo.Member("versionConsistency", "VersionConsistency"),
                ShapeInfo.Member("hostname", "String"),
                ShapeInfo.Member("user", "String"),
                ShapeInfo.Member("workingDirectory", "String"),
                ShapeInfo.Member("disableNetworking", "BoxedBoolean"),
                ShapeInfo.Member("privileged", "BoxedBoolean"),
                ShapeInfo.Member("readonlyRootFilesystem", "BoxedBoolean"),
                ShapeInfo.Member("dnsServers", "StringList"),
                ShapeInfo.Member("dnsSearchDomains", "StringList"),
                ShapeInfo.Member("extraHosts", "HostEntryList"),
                ShapeInfo.Member("dockerSecurityOptions", "StringList"),
                ShapeInfo.Member("interactive", "BoxedBoolean"),
                ShapeInfo.Member("pseudoTerminal", "BoxedBoolean"),
                ShapeInfo.Member("dockerLabels", "DockerLabelsMap"),
                ShapeInfo.Member("ulimits", "UlimitList"),
                ShapeInfo.Member("logConfiguration", "LogConfiguration"),
                ShapeInfo.Member("healthCheck", "HealthCheck"),
                ShapeInfo.Member("systemControls", "SystemControls"),
                ShapeInfo.Member("resourceRequirements", "ResourceRequirements"),
                ShapeInfo.Member("firelensConfiguration", "FirelensConfiguration"),
                ShapeInfo.Member("credentialSpecs", "StringList"),
            ])
        case "ContainerDefinitions": return ShapeInfo(.list, element: "ContainerDefinition")
        case "ContainerDependencies": return ShapeInfo(.list, element: "ContainerDependency")
        case "ContainerDependency":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("containerName", "String", required: true),
                ShapeInfo.Member("condition", "ContainerCondition", required: true),
            ])
        case "ContainerImage":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("containerName", "String"),
                ShapeInfo.Member("imageDigest", "String"),
                ShapeInfo.Member("image", "String"),
            ])
        case "ContainerImages": return ShapeInfo(.list, element: "ContainerImage")
        case "ContainerInstance":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("containerInstanceArn", "String"),
                ShapeInfo.Member("ec2InstanceId", "String"),
                ShapeInfo.Member("capacityProviderName", "String"),
                ShapeInfo.Member("version", "Long"),
                ShapeInfo.Member("versionInfo", "VersionInfo"),
                ShapeInfo.Member("remainingResources", "Resources"),
                ShapeInfo.Member("registeredResources", "Resources"),
                ShapeInfo.Member("status", "String"),
                ShapeInfo.Member("statusReason", "String"),
                ShapeInfo.Member("agentConnected", "Boolean"),
                ShapeInfo.Member("runningTasksCount", "Integer"),
                ShapeInfo.Member("pendingTasksCount", "Integer"),
                ShapeInfo.Member("agentUpdateStatus", "AgentUpdateStatus"),
                ShapeInfo.Member("attributes", "Attributes"),
                ShapeInfo.Member("registeredAt", "Timestamp"),
                ShapeInfo.Member("attachments", "Attachments"),
                ShapeInfo.Member("tags", "Tags"),
                ShapeInfo.Member("healthStatus", "ContainerInstanceHealthStatus"),
            ])
        case "ContainerInstanceField":
            return ShapeInfo(.enumeration, enumValues: ContainerInstanceField.knownValues)
        case "ContainerInstanceFieldList":
            return ShapeInfo(.list, element: "ContainerInstanceField")
        case "ContainerInstanceHealthStatus":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("overallStatus", "InstanceHealthCheckState"),
                ShapeInfo.Member("details", "InstanceHealthCheckResultList"),
            ])
        case "ContainerInstanceStatus":
            return ShapeInfo(.enumeration, enumValues: ContainerInstanceStatus.knownValues)
        case "ContainerInstances": return ShapeInfo(.list, element: "ContainerInstance")
        case "ContainerOverride":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("name", "String"),
                ShapeInfo.Member("command", "StringList"),
                ShapeInfo.Member("environment", "EnvironmentVariables"),
                ShapeInfo.Member("environmentFiles", "EnvironmentFiles"),
                ShapeInfo.Member("cpu", "BoxedInteger"),
                ShapeInfo.Member("memory", "BoxedInteger"),
                ShapeInfo.Member("memoryReservation", "BoxedInteger"),
                ShapeInfo.Member("resourceRequirements", "ResourceRequirements"),
            ])
        case "ContainerOverrides": return ShapeInfo(.list, element: "ContainerOverride")
        case "ContainerRestartPolicy":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("enabled", "BoxedBoolean", required: true),
                ShapeInfo.Member("ignoredExitCodes", "IntegerList"),
                ShapeInfo.Member("restartAttemptPeriod", "BoxedInteger"),
            ])
        case "Containers": return ShapeInfo(.list, element: "Container")
        case "CpuManufacturer":
            return ShapeInfo(.enumeration, enumValues: CpuManufacturer.knownValues)
        case "CpuManufacturerSet": return ShapeInfo(.list, element: "CpuManufacturer")
        case "CreateClusterRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("clusterName", "String"),
                ShapeInfo.Member("tags", "Tags"),
                ShapeInfo.Member("settings", "ClusterSettings"),
                ShapeInfo.Member("configuration", "ClusterConfiguration"),
                ShapeInfo.Member("capacityProviders", "StringList"),
                ShapeInfo.Member("defaultCapacityProviderStrategy", "CapacityProviderStrategy"),
                ShapeInfo.Member("serviceConnectDefaults", "ClusterServiceConnectDefaultsRequest"),
            ])
        case "CreateClusterResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cluster", "Cluster"),
            ])
        case "CreateServiceRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cluster", "String"),
                ShapeInfo.Member("serviceName", "String", required: true),
                ShapeInfo.Member("taskDefinition", "String"),
                ShapeInfo.Member("availabilityZoneRebalancing", "AvailabilityZoneRebalancing"),
                ShapeInfo.Member("loadBalancers", "LoadBalancers"),
                ShapeInfo.Member("serviceRegistries", "ServiceRegistries"),
                ShapeInfo.Member("desiredCount", "BoxedInteger"),
                ShapeInfo.Member("clientToken", "String"),
                ShapeInfo.Member("launchType", "LaunchType"),
                ShapeInfo.Member("capacityProviderStrategy", "CapacityProviderStrategy"),
                ShapeInfo.Member("platformVersion", "String"),
                ShapeInfo.Member("role", "String"),
                ShapeInfo.Member("deploymentConfiguration", "DeploymentConfiguration"),
                ShapeInfo.Member("placementConstraints", "PlacementConstraints"),
                ShapeInfo.Member("placementStrategy", "PlacementStrategies"),
                ShapeInfo.Member("networkConfiguration", "NetworkConfiguration"),
                ShapeInfo.Member("healthCheckGracePeriodSeconds", "BoxedInteger"),
                ShapeInfo.Member("schedulingStrategy", "SchedulingStrategy"),
                ShapeInfo.Member("deploymentController", "DeploymentController"),
                ShapeInfo.Member("tags", "Tags"),
                ShapeInfo.Member("enableECSManagedTags", "Boolean"),
                ShapeInfo.Member("propagateTags", "PropagateTags"),
                ShapeInfo.Member("enableExecuteCommand", "Boolean"),
                ShapeInfo.Member("serviceConnectConfiguration", "ServiceConnectConfiguration"),
                ShapeInfo.Member("volumeConfigurations", "ServiceVolumeConfigurations"),
                ShapeInfo.Member("vpcLatticeConfigurations", "VpcLatticeConfigurations"),
            ])
        case "CreateServiceResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("service", "Service"),
            ])
        case "CreatedAt":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("before", "Timestamp"),
                ShapeInfo.Member("after", "Timestamp"),
            ])
        case "DeleteClusterRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cluster", "String", required: true),
            ])
        case "DeleteClusterResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cluster", "Cluster"),
            ])
        case "DeleteServiceRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cluster", "String"),
                ShapeInfo.Member("service", "String", required: true),
                ShapeInfo.Member("force", "BoxedBoolean"),
            ])
        case "DeleteServiceResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("service", "Service"),
            ])
        case "Deployment":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("id", "String"),
                ShapeInfo.Member("status", "String"),
                ShapeInfo.Member("taskDefinition", "String"),
                ShapeInfo.Member("desiredCount", "Integer"),
                ShapeInfo.Member("pendingCount", "Integer"),
                ShapeInfo.Member("runningCount", "Integer"),
                ShapeInfo.Member("failedTasks", "Integer"),
                ShapeInfo.Member("createdAt", "Timestamp"),
                ShapeInfo.Member("updatedAt", "Timestamp"),
                ShapeInfo.Member("capacityProviderStrategy", "CapacityProviderStrategy"),
                ShapeInfo.Member("launchType", "LaunchType"),
                ShapeInfo.Member("platformVersion", "String"),
                ShapeInfo.Member("platformFamily", "String"),
                ShapeInfo.Member("networkConfiguration", "NetworkConfiguration"),
                ShapeInfo.Member("rolloutState", "DeploymentRolloutState"),
                ShapeInfo.Member("rolloutStateReason", "String"),
                ShapeInfo.Member("serviceConnectConfiguration", "ServiceConnectConfiguration"),
                ShapeInfo.Member("serviceConnectResources", "ServiceConnectServiceResourceList"),
                ShapeInfo.Member("volumeConfigurations", "ServiceVolumeConfigurations"),
                ShapeInfo.Member("fargateEphemeralStorage", "DeploymentEphemeralStorage"),
                ShapeInfo.Member("vpcLatticeConfigurations", "VpcLatticeConfigurations"),
            ])
        case "DeploymentAlarms":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("alarmNames", "StringList", required: true),
                ShapeInfo.Member("rollback", "Boolean", required: true),
                ShapeInfo.Member("enable", "Boolean", required: true),
            ])
        case "DeploymentCircuitBreaker":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("enable", "Boolean", required: true),
                ShapeInfo.Member("rollback", "Boolean", required: true),
            ])
        case "DeploymentConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("deploymentCircuitBreaker", "DeploymentCircuitBreaker"),
                ShapeInfo.Member("maximumPercent", "BoxedInteger"),
                ShapeInfo.Member("minimumHealthyPercent", "BoxedInteger"),
                ShapeInfo.Member("alarms", "DeploymentAlarms"),
                ShapeInfo.Member("strategy", "DeploymentStrategy"),
                ShapeInfo.Member("bakeTimeInMinutes", "BoxedInteger"),
                ShapeInfo.Member("lifecycleHooks", "DeploymentLifecycleHookList"),
                ShapeInfo.Member("linearConfiguration", "LinearConfiguration"),
                ShapeInfo.Member("canaryConfiguration", "CanaryConfiguration"),
            ])
        case "DeploymentController":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("type", "DeploymentControllerType", required: true),
            ])
        case "DeploymentControllerType":
            return ShapeInfo(.enumeration, enumValues: DeploymentControllerType.knownValues)
        case "DeploymentEphemeralStorage":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("kmsKeyId", "String"),
            ])
        case "DeploymentLifecycleHook":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("targetType", "DeploymentLifecycleHookTargetType"),
                ShapeInfo.Member("hookTargetArn", "String"),
                ShapeInfo.Member("roleArn", "IAMRoleArn"),
                ShapeInfo.Member("lifecycleStages", "DeploymentLifecycleHookStageList"),
                ShapeInfo.Member("hookDetails", "HookDetails"),
                ShapeInfo.Member("timeoutConfiguration", "DeploymentLifecycleHookTimeoutConfiguration"),
            ])
        case "DeploymentLifecycleHookAction":
            return ShapeInfo(.enumeration, enumValues: DeploymentLifecycleHookAction.knownValues)
        case "DeploymentLifecycleHookDetail":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("hookId", "String"),
                ShapeInfo.Member("targetType", "DeploymentLifecycleHookTargetType"),
                ShapeInfo.Member("targetArn", "String"),
                ShapeInfo.Member("status", "DeploymentLifecycleHookStatus"),
                ShapeInfo.Member("expiresAt", "Timestamp"),
                ShapeInfo.Member("timeoutAction", "DeploymentLifecycleHookAction"),
            ])
        case "DeploymentLifecycleHookDetailList":
            return ShapeInfo(.list, element: "DeploymentLifecycleHookDetail")
        case "DeploymentLifecycleHookDuration": return ShapeInfo(.integer, min: 1, max: 20160)
        case "DeploymentLifecycleHookList":
            return ShapeInfo(.list, element: "DeploymentLifecycleHook")
        case "DeploymentLifecycleHookStage":
            return ShapeInfo(.enumeration, enumValues: DeploymentLifecycleHookStage.knownValues)
        case "DeploymentLifecycleHookStageList":
            return ShapeInfo(.list, element: "DeploymentLifecycleHookStage")
        case "DeploymentLifecycleHookStatus":
            return ShapeInfo(.enumeration, enumValues: DeploymentLifecycleHookStatus.knownValues)
        case "DeploymentLifecycleHookTargetType":
            return ShapeInfo(.enumeration,
                             enumValues: DeploymentLifecycleHookTargetType.knownValues)
        case "DeploymentLifecycleHookTimeoutConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("timeoutInMinutes", "DeploymentLifecycleHookDuration"),
                ShapeInfo.Member("action", "DeploymentLifecycleHookAction"),
            ])
        case "DeploymentRolloutState":
            return ShapeInfo(.enumeration, enumValues: DeploymentRolloutState.knownValues)
        case "DeploymentStrategy":
            return ShapeInfo(.enumeration, enumValues: DeploymentStrategy.knownValues)
        case "Deployments": return ShapeInfo(.list, element: "Deployment")
        case "DeregisterTaskDefinitionRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("taskDefinition", "String", required: true),
            ])
        case "DeregisterTaskDefinitionResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("taskDefinition", "TaskDefinition"),
            ])
        case "DescribeCapacityProvidersRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("capacityProviders", "StringList"),
                ShapeInfo.Member("cluster", "String"),
                ShapeInfo.Member("include", "CapacityProviderFieldList"),
                ShapeInfo.Member("maxResults", "BoxedInteger"),
                ShapeInfo.Member("nextToken", "String"),
            ])
        case "DescribeCapacityProvidersResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("capacityProviders", "CapacityProviders"),
                ShapeInfo.Member("failures", "Failures"),
                ShapeInfo.Member("nextToken", "String"),
            ])
        case "DescribeClustersRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("clusters", "StringList"),
                ShapeInfo.Member("include", "ClusterFieldList"),
            ])
        case "DescribeClustersResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("clusters", "Clusters"),
                ShapeInfo.Member("failures", "Failures"),
            ])
        case "DescribeContainerInstancesRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cluster", "String"),
                ShapeInfo.Member("containerInstances", "StringList", required: true),
                ShapeInfo.Member("include", "ContainerInstanceFieldList"),
            ])
        case "DescribeContainerInstancesResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("containerInstances", "ContainerInstances"),
                ShapeInfo.Member("failures", "Failures"),
            ])
        case "DescribeServiceDeploymentsRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("serviceDeploymentArns", "StringList", required: true),
            ])
        case "DescribeServiceDeploymentsResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("serviceDeployments", "ServiceDeployments"),
                ShapeInfo.Member("failures", "Failures"),
            ])
        case "DescribeServiceRevisionsRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("serviceRevisionArns", "StringList", required: true),
            ])
        case "DescribeServiceRevisionsResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("serviceRevisions", "ServiceRevisions"),
                ShapeInfo.Member("failures", "Failures"),
            ])
        case "DescribeServicesRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cluster", "String"),
                ShapeInfo.Member("services", "StringList", required: true),
                ShapeInfo.Member("include", "ServiceFieldList"),
            ])
        case "DescribeServicesResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("services", "Services"),
                ShapeInfo.Member("failures", "Failures"),
            ])
        case "DescribeTaskDefinitionRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("taskDefinition", "String", required: true),
                ShapeInfo.Member("include", "TaskDefinitionFieldList"),
            ])
        case "DescribeTaskDefinitionResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("taskDefinition", "TaskDefinition"),
                ShapeInfo.Member("tags", "Tags"),
            ])
        case "DescribeTasksRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cluster", "String"),
                ShapeInfo.Member("tasks", "StringList", required: true),
                ShapeInfo.Member("include", "TaskFieldList"),
            ])
        case "DescribeTasksResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("tasks", "Tasks"),
                ShapeInfo.Member("failures", "Failures"),
            ])
        case "DesiredStatus": return ShapeInfo(.enumeration, enumValues: DesiredStatus.knownValues)
        case "Device":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("hostPath", "String", required: true),
                ShapeInfo.Member("containerPath", "String"),
                ShapeInfo.Member("permissions", "DeviceCgroupPermissions"),
            ])
        case "DeviceCgroupPermission":
            return ShapeInfo(.enumeration, enumValues: DeviceCgroupPermission.knownValues)
        case "DeviceCgroupPermissions": return ShapeInfo(.list, element: "DeviceCgroupPermission")
        case "DevicesList": return ShapeInfo(.list, element: "Device")
        case "DockerLabelsMap": return ShapeInfo(.map, element: "String")
        case "DockerVolumeConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("scope", "Scope"),
                ShapeInfo.Member("autoprovision", "BoxedBoolean"),
                ShapeInfo.Member("driver", "String"),
                ShapeInfo.Member("driverOpts", "StringMap"),
                ShapeInfo.Member("labels", "StringMap"),
            ])
        case "Double": return ShapeInfo(.double)
        case "Duration": return ShapeInfo(.integer, min: 0, max: 2147483647)
        case "EBSKMSKeyId": return ShapeInfo(.string)
        case "EBSResourceType":
            return ShapeInfo(.enumeration, enumValues: EBSResourceType.knownValues)
        case "EBSSnapshotId": return ShapeInfo(.string)
        case "EBSTagSpecification":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("resourceType", "EBSResourceType", required: true),
                ShapeInfo.Member("tags", "Tags"),
                ShapeInfo.Member("propagateTags", "PropagateTags"),
            ])
        case "EBSTagSpecifications": return ShapeInfo(.list, element: "EBSTagSpecification")
        case "EBSVolumeType": return ShapeInfo(.string)
        case "ECSManagedResources":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("ingressPaths", "ManagedIngressPaths"),
                ShapeInfo.Member("autoScaling", "ManagedAutoScaling"),
                ShapeInfo.Member("metricAlarms", "ManagedMetricAlarms"),
                ShapeInfo.Member("serviceSecurityGroups", "ManagedSecurityGroups"),
                ShapeInfo.Member("logGroups", "ManagedLogGroups"),
            ])
        case "ECSVolumeName": return ShapeInfo(.string)
        case "EFSAuthorizationConfig":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("accessPointId", "String"),
                ShapeInfo.Member("iam", "EFSAuthorizationConfigIAM"),
            ])
        case "EFSAuthorizationConfigIAM":
            return ShapeInfo(.enumeration, enumValues: EFSAuthorizationConfigIAM.knownValues)
        case "EFSTransitEncryption":
            return ShapeInfo(.enumeration, enumValues: EFSTransitEncryption.knownValues)
        case "EFSVolumeConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("fileSystemId", "String", required: true),
                ShapeInfo.Member("rootDirectory", "String"),
                ShapeInfo.Member("transitEncryption", "EFSTransitEncryption"),
                ShapeInfo.Member("transitEncryptionPort", "BoxedInteger"),
                ShapeInfo.Member("authorizationConfig", "EFSAuthorizationConfig"),
            ])
        case "EnvironmentFile":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("value", "String", required: true),
                ShapeInfo.Member("type", "EnvironmentFileType", required: true),
            ])
        case "EnvironmentFileType":
            return ShapeInfo(.enumeration, enumValues: EnvironmentFileType.knownValues)
        case "EnvironmentFiles": return ShapeInfo(.list, element: "EnvironmentFile")
        case "EnvironmentVariables":
            return ShapeInfo(.list, element: "KeyValuePair", sensitive: true)
        case "EphemeralStorage":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("sizeInGiB", "Integer", required: true),
            ])
        case "ExcludedInstanceType":
            return ShapeInfo(.string, min: 1, max: 30, pattern: "[a-zA-Z0-9\\.\\*\\-]+")
        case "ExcludedInstanceTypeSet":
            return ShapeInfo(.list, element: "ExcludedInstanceType", min: 0, max: 400)
        case "ExecuteCommandConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("kmsKeyId", "String"),
                ShapeInfo.Member("logging", "ExecuteCommandLogging"),
                ShapeInfo.Member("logConfiguration", "ExecuteCommandLogConfiguration"),
            ])
        case "ExecuteCommandLogConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cloudWatchLogGroupName", "String"),
                ShapeInfo.Member("cloudWatchEncryptionEnabled", "Boolean"),
                ShapeInfo.Member("s3BucketName", "String"),
                ShapeInfo.Member("s3EncryptionEnabled", "Boolean"),
                ShapeInfo.Member("s3KeyPrefix", "String"),
            ])
        case "ExecuteCommandLogging":
            return ShapeInfo(.enumeration, enumValues: ExecuteCommandLogging.knownValues)
        case "FSxWindowsFileServerAuthorizationConfig":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("credentialsParameter", "String", required: true),
                ShapeInfo.Member("domain", "String", required: true),
            ])
        case "FSxWindowsFileServerVolumeConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("fileSystemId", "String", required: true),
                ShapeInfo.Member("rootDirectory", "String", required: true),
                ShapeInfo.Member("authorizationConfig", "FSxWindowsFileServerAuthorizationConfig", required: true),
            ])
        case "Failure":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("arn", "String"),
                ShapeInfo.Member("reason", "String"),
                ShapeInfo.Member("detail", "String"),
            ])
        case "Failures": return ShapeInfo(.list, element: "Failure")
        case "FirelensConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("type", "FirelensConfigurationType", required: true),
                ShapeInfo.Member("options", "FirelensConfigurationOptionsMap"),
            ])
        case "FirelensConfigurationOptionsMap": return ShapeInfo(.map, element: "String")
        case "FirelensConfigurationType":
            return ShapeInfo(.enumeration, enumValues: FirelensConfigurationType.knownValues)
        case "GpuIds": return ShapeInfo(.list, element: "String")
        case "HealthCheck":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("command", "StringList", required: true),
                ShapeInfo.Member("interval", "BoxedInteger"),
                ShapeInfo.Member("timeout", "BoxedInteger"),
                ShapeInfo.Member("retries", "BoxedInteger"),
                ShapeInfo.Member("startPeriod", "BoxedInteger"),
            ])
        case "HealthStatus": return ShapeInfo(.enumeration, enumValues: HealthStatus.knownValues)
        case "HookDetails": return ShapeInfo(.document)
        case "HostEntry":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("hostname", "String", required: true),
                ShapeInfo.Member("ipAddress", "String", required: true),
            ])
        case "HostEntryList": return ShapeInfo(.list, element: "HostEntry")
        case "HostVolumeProperties":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("sourcePath", "String"),
            ])
        case "IAMRoleArn": return ShapeInfo(.string)
        case "InferenceAccelerator":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("deviceName", "String", required: true),
                ShapeInfo.Member("deviceType", "String", required: true),
            ])
        case "InferenceAcceleratorOverride":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("deviceName", "String"),
                ShapeInfo.Member("deviceType", "String"),
            ])
        case "InferenceAcceleratorOverrides":
            return ShapeInfo(.list, element: "InferenceAcceleratorOverride")
        case "InferenceAccelerators": return ShapeInfo(.list, element: "InferenceAccelerator")
        case "InfrastructureOptimization":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("scaleInAfter", "BoxedInteger"),
            ])
        case "InstanceGeneration":
            return ShapeInfo(.enumeration, enumValues: InstanceGeneration.knownValues)
        case "InstanceGenerationSet": return ShapeInfo(.list, element: "InstanceGeneration")
        case "InstanceHealthCheckResult":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("type", "InstanceHealthCheckType"),
                ShapeInfo.Member("status", "InstanceHealthCheckState"),
                ShapeInfo.Member("statusReason", "String"),
                ShapeInfo.Member("lastUpdated", "Timestamp"),
                ShapeInfo.Member("lastStatusChange", "Timestamp"),
            ])
        case "InstanceHealthCheckResultList":
            return ShapeInfo(.list, element: "InstanceHealthCheckResult")
        case "InstanceHealthCheckState":
            return ShapeInfo(.enumeration, enumValues: InstanceHealthCheckState.knownValues)
        case "InstanceHealthCheckType":
            return ShapeInfo(.enumeration, enumValues: InstanceHealthCheckType.knownValues)
        case "InstanceLaunchTemplate":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("ec2InstanceProfileArn", "String", required: true),
                ShapeInfo.Member("networkConfiguration", "ManagedInstancesNetworkConfiguration", required: true),
                ShapeInfo.Member("storageConfiguration", "ManagedInstancesStorageConfiguration"),
                ShapeInfo.Member("localStorageConfiguration", "ManagedInstancesLocalStorageConfiguration"),
                ShapeInfo.Member("monitoring", "ManagedInstancesMonitoringOptions"),
                ShapeInfo.Member("capacityOptionType", "CapacityOptionType"),
                ShapeInfo.Member("instanceMetadataTagsPropagation", "BoxedBoolean"),
                ShapeInfo.Member("instanceRequirements", "InstanceRequirementsRequest"),
                ShapeInfo.Member("fipsEnabled", "BoxedBoolean"),
                ShapeInfo.Member("capacityReservations", "CapacityReservationRequest"),
            ])
        case "InstanceRequirementsRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("vCpuCount", "VCpuCountRangeRequest", required: true),
                ShapeInfo.Member("memoryMiB", "MemoryMiBRequest", required: true),
                ShapeInfo.Member("cpuManufacturers", "CpuManufacturerSet"),
                ShapeInfo.Member("memoryGiBPerVCpu", "MemoryGiBPerVCpuRequest"),
                ShapeInfo.Member("excludedInstanceTypes", "ExcludedInstanceTypeSet"),
                ShapeInfo.Member("instanceGenerations", "InstanceGenerationSet"),
                ShapeInfo.Member("spotMaxPricePercentageOverLowestPrice", "BoxedInteger"),
                ShapeInfo.Member("onDemandMaxPricePercentageOverLowestPrice", "BoxedInteger"),
                ShapeInfo.Member("bareMetal", "BareMetal"),
                ShapeInfo.Member("burstablePerformance", "BurstablePerformance"),
                ShapeInfo.Member("requireHibernateSupport", "BoxedBoolean"),
                ShapeInfo.Member("networkInterfaceCount", "NetworkInterfaceCountRequest"),
                ShapeInfo.Member("localStorage", "LocalStorage"),
                ShapeInfo.Member("localStorageTypes", "LocalStorageTypeSet"),
                ShapeInfo.Member("totalLocalStorageGB", "TotalLocalStorageGBRequest"),
                ShapeInfo.Member("baselineEbsBandwidthMbps", "BaselineEbsBandwidthMbpsRequest"),
                ShapeInfo.Member("acceleratorTypes", "AcceleratorTypeSet"),
                ShapeInfo.Member("acceleratorCount", "AcceleratorCountRequest"),
                ShapeInfo.Member("acceleratorManufacturers", "AcceleratorManufacturerSet"),
                ShapeInfo.Member("acceleratorNames", "AcceleratorNameSet"),
                ShapeInfo.Member("acceleratorTotalMemoryMiB", "AcceleratorTotalMemoryMiBRequest"),
                ShapeInfo.Member("networkBandwidthGbps", "NetworkBandwidthGbpsRequest"),
                ShapeInfo.Member("allowedInstanceTypes", "AllowedInstanceTypeSet"),
                ShapeInfo.Member("maxSpotPriceAsPercentageOfOptimalOnDemandPrice", "BoxedInteger"),
            ])
        case "Integer": return ShapeInfo(.integer)
        case "IntegerList": return ShapeInfo(.list, element: "BoxedInteger")
        case "IpcMode": return ShapeInfo(.enumeration, enumValues: IpcMode.knownValues)
        case "KernelCapabilities":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("add", "StringList"),
                ShapeInfo.Member("drop", "StringList"),
            ])
        case "KeyValuePair":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("name", "String"),
                ShapeInfo.Member("value", "String"),
            ])
        case "LaunchType": return ShapeInfo(.enumeration, enumValues: LaunchType.knownValues)
        case "LinearConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("stepPercent", "Double"),
                ShapeInfo.Member("stepBakeTimeInMinutes", "Integer"),
            ])
        case "LinuxParameters":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("capabilities", "KernelCapabilities"),
                ShapeInfo.Member("devices", "DevicesList"),
                ShapeInfo.Member("initProcessEnabled", "BoxedBoolean"),
                ShapeInfo.Member("sharedMemorySize", "BoxedInteger"),
                ShapeInfo.Member("tmpfs", "TmpfsList"),
                ShapeInfo.Member("maxSwap", "BoxedInteger"),
                ShapeInfo.Member("swappiness", "BoxedInteger"),
            ])
        case "ListClustersRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("nextToken", "String"),
                ShapeInfo.Member("maxResults", "BoxedInteger"),
            ])
        case "ListClustersResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("clusterArns", "StringList"),
                ShapeInfo.Member("nextToken", "String"),
            ])
        case "ListContainerInstancesRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cluster", "String"),
                ShapeInfo.Member("filter", "String"),
                ShapeInfo.Member("nextToken", "String"),
                ShapeInfo.Member("maxResults", "BoxedInteger"),
                ShapeInfo.Member("status", "ContainerInstanceStatus"),
            ])
        case "ListContainerInstancesResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("containerInstanceArns", "StringList"),
                ShapeInfo.Member("nextToken", "String"),
            ])
        case "ListServiceDeploymentsRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("service", "String", required: true),
                ShapeInfo.Member("cluster", "String"),
                ShapeInfo.Member("status", "ServiceDeploymentStatusList"),
                ShapeInfo.Member("createdAt", "CreatedAt"),
                ShapeInfo.Member("nextToken", "String"),
                ShapeInfo.Member("maxResults", "BoxedInteger"),
            ])
        case "ListServiceDeploymentsResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("serviceDeployments", "ServiceDeploymentsBrief"),
                ShapeInfo.Member("nextToken", "String"),
            ])
        case "ListServicesRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cluster", "String"),
                ShapeInfo.Member("nextToken", "String"),
                ShapeInfo.Member("maxResults", "BoxedInteger"),
                ShapeInfo.Member("launchType", "LaunchType"),
                ShapeInfo.Member("schedulingStrategy", "SchedulingStrategy"),
                ShapeInfo.Member("resourceManagementType", "ResourceManagementType"),
            ])
        case "ListServicesResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("serviceArns", "StringList"),
                ShapeInfo.Member("nextToken", "String"),
            ])
        case "ListTagsForResourceRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("resourceArn", "String", required: true),
            ])
        case "ListTagsForResourceResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("tags", "Tags"),
            ])
        case "ListTaskDefinitionFamiliesRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("familyPrefix", "String"),
                ShapeInfo.Member("status", "TaskDefinitionFamilyStatus"),
                ShapeInfo.Member("nextToken", "String"),
                ShapeInfo.Member("maxResults", "BoxedInteger"),
            ])
        case "ListTaskDefinitionFamiliesResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("families", "StringList"),
                ShapeInfo.Member("nextToken", "String"),
            ])
        case "ListTaskDefinitionsRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("familyPrefix", "String"),
                ShapeInfo.Member("status", "TaskDefinitionStatus"),
                ShapeInfo.Member("sort", "SortOrder"),
                ShapeInfo.Member("nextToken", "String"),
                ShapeInfo.Member("maxResults", "BoxedInteger"),
            ])
        case "ListTaskDefinitionsResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("taskDefinitionArns", "StringList"),
                ShapeInfo.Member("nextToken", "String"),
            ])
        case "ListTasksRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cluster", "String"),
                ShapeInfo.Member("containerInstance", "String"),
                ShapeInfo.Member("family", "String"),
                ShapeInfo.Member("nextToken", "String"),
                ShapeInfo.Member("maxResults", "BoxedInteger"),
                ShapeInfo.Member("startedBy", "String"),
                ShapeInfo.Member("serviceName", "String"),
                ShapeInfo.Member("desiredStatus", "DesiredStatus"),
                ShapeInfo.Member("launchType", "LaunchType"),
                ShapeInfo.Member("daemonName", "String"),
            ])
        case "ListTasksResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("taskArns", "StringList"),
                ShapeInfo.Member("nextToken", "String"),
            ])
        case "LoadBalancer":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("targetGroupArn", "String"),
                ShapeInfo.Member("loadBalancerName", "String"),
                ShapeInfo.Member("containerName", "String"),
                ShapeInfo.Member("containerPort", "BoxedInteger"),
                ShapeInfo.Member("advancedConfiguration", "AdvancedConfiguration"),
            ])
        case "LoadBalancers": return ShapeInfo(.list, element: "LoadBalancer")
        case "LocalStorage": return ShapeInfo(.enumeration, enumValues: LocalStorage.knownValues)
        case "LocalStorageType":
            return ShapeInfo(.enumeration, enumValues: LocalStorageType.knownValues)
        case "LocalStorageTypeSet": return ShapeInfo(.list, element: "LocalStorageType")
        case "LogConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("logDriver", "LogDriver", required: true),
                ShapeInfo.Member("options", "LogConfigurationOptionsMap"),
                ShapeInfo.Member("secretOptions", "SecretList"),
            ])
        case "LogConfigurationOptionsMap": return ShapeInfo(.map, element: "String")
        case "LogDriver": return ShapeInfo(.enumeration, enumValues: LogDriver.knownValues)
        case "Long": return ShapeInfo(.integer)
        case "ManagedAgent":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("lastStartedAt", "Timestamp"),
                ShapeInfo.Member("name", "ManagedAgentName"),
                ShapeInfo.Member("reason", "String"),
                ShapeInfo.Member("lastStatus", "String"),
            ])
        case "ManagedAgentName":
            return ShapeInfo(.enumeration, enumValues: ManagedAgentName.knownValues)
        case "ManagedAgents": return ShapeInfo(.list, element: "ManagedAgent")
        case "ManagedApplicationAutoScalingPolicies":
            return ShapeInfo(.list, element: "ManagedApplicationAutoScalingPolicy")
        case "ManagedApplicationAutoScalingPolicy":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("arn", "String"),
                ShapeInfo.Member("status", "ManagedResourceStatus", required: true),
                ShapeInfo.Member("statusReason", "String"),
                ShapeInfo.Member("updatedAt", "Timestamp", required: true),
                ShapeInfo.Member("policyType", "String", required: true),
                ShapeInfo.Member("targetValue", "Double", required: true),
                ShapeInfo.Member("metric", "String", required: true),
            ])
        case "ManagedAutoScaling":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("scalableTarget", "ManagedScalableTarget"),
                ShapeInfo.Member("applicationAutoScalingPolicies", "ManagedApplicationAutoScalingPolicies"),
            ])
        case "ManagedCertificate":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("arn", "String"),
                ShapeInfo.Member("status", "ManagedResourceStatus", required: true),
                ShapeInfo.Member("statusReason", "String"),
                ShapeInfo.Member("updatedAt", "Timestamp", required: true),
                ShapeInfo.Member("domainName", "String", required: true),
            ])
        case "ManagedDraining":
            return ShapeInfo(.enumeration, enumValues: ManagedDraining.knownValues)
        case "ManagedIngressPath":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("accessType", "AccessType", required: true),
                ShapeInfo.Member("endpoint", "String", required: true),
                ShapeInfo.Member("loadBalancer", "ManagedLoadBalancer"),
                ShapeInfo.Member("loadBalancerSecurityGroups", "ManagedSecurityGroups"),
                ShapeInfo.Member("certificate", "ManagedCertificate"),
                ShapeInfo.Member("listener", "ManagedListener"),
                ShapeInfo.Member("rule", "ManagedListenerRule"),
                ShapeInfo.Member("targetGroups", "ManagedTargetGroups"),
            ])
        case "ManagedIngressPaths": return ShapeInfo(.list, element: "ManagedIngressPath")
        case "ManagedInstancesLocalStorageConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("useLocalStorage", "Boolean"),
            ])
        case "ManagedInstancesMonitoringOptions":
            return ShapeInfo(.enumeration,
                             enumValues: ManagedInstancesMonitoringOptions.knownValues)
        case "ManagedInstancesNetworkConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("subnets", "StringList"),
                ShapeInfo.Member("securityGroups", "StringList"),
            ])
        case "ManagedInstancesProvider":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("infrastructureRoleArn", "String"),
                ShapeInfo.Member("instanceLaunchTemplate", "InstanceLaunchTemplate"),
                ShapeInfo.Member("propagateTags", "PropagateMITags"),
                ShapeInfo.Member("infrastructureOptimization", "InfrastructureOptimization"),
                ShapeInfo.Member("autoRepairConfiguration", "AutoRepairConfiguration"),
            ])
        case "ManagedInstancesStorageConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("storageSizeGiB", "TaskVolumeStorageGiB"),
            ])
        case "ManagedListener":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("arn", "String"),
                ShapeInfo.Member("status", "ManagedResourceStatus", required: true),
                ShapeInfo.Member("statusReason", "String"),
                ShapeInfo.Member("updatedAt", "Timestamp", required: true),
            ])
        case "ManagedListenerRule":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("arn", "String"),
                ShapeInfo.Member("status", "ManagedResourceStatus", required: true),
                ShapeInfo.Member("statusReason", "String"),
                ShapeInfo.Member("updatedAt", "Timestamp", required: true),
            ])
        case "ManagedLoadBalancer":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("arn", "String"),
                ShapeInfo.Member("status", "ManagedResourceStatus", required: true),
                ShapeInfo.Member("statusReason", "String"),
                ShapeInfo.Member("updatedAt", "Timestamp", required: true),
                ShapeInfo.Member("scheme", "String", required: true),
                ShapeInfo.Member("subnetIds", "StringList"),
                ShapeInfo.Member("securityGroupIds", "StringList"),
            ])
        case "ManagedLogGroup":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("arn", "String"),
                ShapeInfo.Member("status", "ManagedResourceStatus", required: true),
                ShapeInfo.Member("statusReason", "String"),
                ShapeInfo.Member("updatedAt", "Timestamp", required: true),
                ShapeInfo.Member("logGroupName", "String", required: true),
            ])
        case "ManagedLogGroups": return ShapeInfo(.list, element: "ManagedLogGroup")
        case "ManagedMetricAlarm":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("arn", "String"),
                ShapeInfo.Member("status", "ManagedResourceStatus", required: true),
                ShapeInfo.Member("statusReason", "String"),
                ShapeInfo.Member("updatedAt", "Timestamp", required: true),
            ])
        case "ManagedMetricAlarms": return ShapeInfo(.list, element: "ManagedMetricAlarm")
        case "ManagedResourceStatus":
            return ShapeInfo(.enumeration, enumValues: ManagedResourceStatus.knownValues)
        case "ManagedScalableTarget":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("arn", "String"),
                ShapeInfo.Member("status", "ManagedResourceStatus", required: true),
                ShapeInfo.Member("statusReason", "String"),
                ShapeInfo.Member("updatedAt", "Timestamp", required: true),
                ShapeInfo.Member("minCapacity", "Integer", required: true),
                ShapeInfo.Member("maxCapacity", "Integer", required: true),
            ])
        case "ManagedScaling":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("status", "ManagedScalingStatus"),
                ShapeInfo.Member("targetCapacity", "ManagedScalingTargetCapacity"),
                ShapeInfo.Member("minimumScalingStepSize", "ManagedScalingStepSize"),
                ShapeInfo.Member("maximumScalingStepSize", "ManagedScalingStepSize"),
                ShapeInfo.Member("instanceWarmupPeriod", "ManagedScalingInstanceWarmupPeriod"),
            ])
        case "ManagedScalingInstanceWarmupPeriod": return ShapeInfo(.integer, min: 0, max: 10000)
        case "ManagedScalingStatus":
            return ShapeInfo(.enumeration, enumValues: ManagedScalingStatus.knownValues)
        case "ManagedScalingStepSize": return ShapeInfo(.integer, min: 1, max: 10000)
        case "ManagedScalingTargetCapacity": return ShapeInfo(.integer, min: 1, max: 100)
        case "ManagedSecurityGroup":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("arn", "String"),
                ShapeInfo.Member("status", "ManagedResourceStatus", required: true),
                ShapeInfo.Member("statusReason", "String"),
                ShapeInfo.Member("updatedAt", "Timestamp", required: true),
            ])
        case "ManagedSecurityGroups": return ShapeInfo(.list, element: "ManagedSecurityGroup")
        case "ManagedStorageConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("kmsKeyId", "String"),
                ShapeInfo.Member("fargateEphemeralStorageKmsKeyId", "String"),
            ])
        case "ManagedTargetGroup":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("arn", "String"),
                ShapeInfo.Member("status", "ManagedResourceStatus", required: true),
                ShapeInfo.Member("statusReason", "String"),
                ShapeInfo.Member("updatedAt", "Timestamp", required: true),
                ShapeInfo.Member("healthCheckPath", "String", required: true),
                ShapeInfo.Member("healthCheckPort", "Integer", required: true),
                ShapeInfo.Member("port", "Integer", required: true),
            ])
        case "ManagedTargetGroups": return ShapeInfo(.list, element: "ManagedTargetGroup")
        case "ManagedTerminationProtection":
            return ShapeInfo(.enumeration, enumValues: ManagedTerminationProtection.knownValues)
        case "MemoryGiBPerVCpuRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("min", "BoxedDouble"),
                ShapeInfo.Member("max", "BoxedDouble"),
            ])
        case "MemoryMiBRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("min", "BoxedInteger", required: true),
                ShapeInfo.Member("max", "BoxedInteger"),
            ])
        case "MountPoint":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("sourceVolume", "String"),
                ShapeInfo.Member("containerPath", "String"),
                ShapeInfo.Member("readOnly", "BoxedBoolean"),
            ])
        case "MountPointList": return ShapeInfo(.list, element: "MountPoint")
        case "NetworkBandwidthGbpsRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("min", "BoxedDouble"),
                ShapeInfo.Member("max", "BoxedDouble"),
            ])
        case "NetworkBinding":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("bindIP", "String"),
                ShapeInfo.Member("containerPort", "BoxedInteger"),
                ShapeInfo.Member("hostPort", "BoxedInteger"),
                ShapeInfo.Member("protocol", "TransportProtocol"),
                ShapeInfo.Member("containerPortRange", "String"),
                ShapeInfo.Member("hostPortRange", "String"),
            ])
        case "NetworkBindings": return ShapeInfo(.list, element: "NetworkBinding")
        case "NetworkConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("awsvpcConfiguration", "AwsVpcConfiguration"),
            ])
        case "NetworkInterface":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("attachmentId", "String"),
                ShapeInfo.Member("privateIpv4Address", "String"),
                ShapeInfo.Member("ipv6Address", "String"),
            ])
        case "NetworkInterfaceCountRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("min", "BoxedInteger"),
                ShapeInfo.Member("max", "BoxedInteger"),
            ])
        case "NetworkInterfaces": return ShapeInfo(.list, element: "NetworkInterface")
        case "NetworkMode": return ShapeInfo(.enumeration, enumValues: NetworkMode.knownValues)
        case "OSFamily": return ShapeInfo(.enumeration, enumValues: OSFamily.knownValues)
        case "PidMode": return ShapeInfo(.enumeration, enumValues: PidMode.knownValues)
        case "PlacementConstraint":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("type", "PlacementConstraintType"),
                ShapeInfo.Member("expression", "String"),
            ])
        case "PlacementConstraintType":
            return ShapeInfo(.enumeration, enumValues: PlacementConstraintType.knownValues)
        case "PlacementConstraints": return ShapeInfo(.list, element: "PlacementConstraint")
        case "PlacementStrategies": return ShapeInfo(.list, element: "PlacementStrategy")
        case "PlacementStrategy":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("type", "PlacementStrategyType"),
                ShapeInfo.Member("field", "String"),
            ])
        case "PlacementStrategyType":
            return ShapeInfo(.enumeration, enumValues: PlacementStrategyType.knownValues)
        case "PortMapping":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("containerPort", "BoxedInteger"),
                ShapeInfo.Member("hostPort", "BoxedInteger"),
                ShapeInfo.Member("protocol", "TransportProtocol"),
                ShapeInfo.Member("name", "String"),
                ShapeInfo.Member("appProtocol", "ApplicationProtocol"),
                ShapeInfo.Member("containerPortRange", "String"),
            ])
        case "PortMappingList": return ShapeInfo(.list, element: "PortMapping")
        case "PortNumber": return ShapeInfo(.integer, min: 0, max: 65535)
        case "PropagateMITags":
            return ShapeInfo(.enumeration, enumValues: PropagateMITags.knownValues)
        case "PropagateTags": return ShapeInfo(.enumeration, enumValues: PropagateTags.knownValues)
        case "ProxyConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("type", "ProxyConfigurationType"),
                ShapeInfo.Member("containerName", "String", required: true),
                ShapeInfo.Member("properties", "ProxyConfigurationProperties"),
            ])
        case "ProxyConfigurationProperties": return ShapeInfo(.list, element: "KeyValuePair")
        case "ProxyConfigurationType":
            return ShapeInfo(.enumeration, enumValues: ProxyConfigurationType.knownValues)
        case "PutClusterCapacityProvidersRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cluster", "String", required: true),
                ShapeInfo.Member("capacityProviders", "StringList", required: true),
                ShapeInfo.Member("defaultCapacityProviderStrategy", "CapacityProviderStrategy", required: true),
            ])
        case "PutClusterCapacityProvidersResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cluster", "Cluster"),
            ])
        case "RegisterTaskDefinitionRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("family", "String", required: true),
                ShapeInfo.Member("taskRoleArn", "String"),
                ShapeInfo.Member("executionRoleArn", "String"),
                ShapeInfo.Member("networkMode", "NetworkMode"),
                ShapeInfo.Member("containerDefinitions", "ContainerDefinitions", required: true),
                ShapeInfo.Member("volumes", "VolumeList"),
                ShapeInfo.Member("placementConstraints", "TaskDefinitionPlacementConstraints"),
                ShapeInfo.Member("requiresCompatibilities", "CompatibilityList"),
                ShapeInfo.Member("cpu", "String"),
                ShapeInfo.Member("memory", "String"),
                ShapeInfo.Member("tags", "Tags"),
                ShapeInfo.Member("pidMode", "PidMode"),
                ShapeInfo.Member("ipcMode", "IpcMode"),
                ShapeInfo.Member("proxyConfiguration", "ProxyConfiguration"),
                ShapeInfo.Member("inferenceAccelerators", "InferenceAccelerators"),
                ShapeInfo.Member("ephemeralStorage", "EphemeralStorage"),
                ShapeInfo.Member("runtimePlatform", "RuntimePlatform"),
                ShapeInfo.Member("enableFaultInjection", "BoxedBoolean"),
            ])
        case "RegisterTaskDefinitionResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("taskDefinition", "TaskDefinition"),
                ShapeInfo.Member("tags", "Tags"),
            ])
        case "RepositoryCredentials":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("credentialsParameter", "String", required: true),
            ], sensitive: true)
        case "RequiresAttributes": return ShapeInfo(.list, element: "Attribute")
        case "ResolvedConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("loadBalancers", "ServiceRevisionLoadBalancers"),
            ])
        case "Resource":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("name", "String"),
                ShapeInfo.Member("type", "String"),
                ShapeInfo.Member("doubleValue", "Double"),
                ShapeInfo.Member("longValue", "Long"),
                ShapeInfo.Member("integerValue", "Integer"),
                ShapeInfo.Member("stringSetValue", "StringList"),
            ])
        case "ResourceManagementType":
            return ShapeInfo(.enumeration, enumValues: ResourceManagementType.knownValues)
        case "ResourceRequirement":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("value", "String", required: true),
                ShapeInfo.Member("type", "ResourceType", required: true),
            ])
        case "ResourceRequirements": return ShapeInfo(.list, element: "ResourceRequirement")
        case "ResourceType": return ShapeInfo(.enumeration, enumValues: ResourceType.knownValues)
        case "Resources": return ShapeInfo(.list, element: "Resource")
        case "Rollback":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("reason", "String"),
                ShapeInfo.Member("startedAt", "Timestamp"),
                ShapeInfo.Member("serviceRevisionArn", "String"),
            ])
        case "RunTaskRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("capacityProviderStrategy", "CapacityProviderStrategy"),
                ShapeInfo.Member("cluster", "String"),
                ShapeInfo.Member("count", "BoxedInteger"),
                ShapeInfo.Member("enableECSManagedTags", "Boolean"),
                ShapeInfo.Member("enableExecuteCommand", "Boolean"),
                ShapeInfo.Member("group", "String"),
                ShapeInfo.Member("launchType", "LaunchType"),
                ShapeInfo.Member("networkConfiguration", "NetworkConfiguration"),
                ShapeInfo.Member("overrides", "TaskOverride"),
                ShapeInfo.Member("placementConstraints", "PlacementConstraints"),
                ShapeInfo.Member("placementStrategy", "PlacementStrategies"),
                ShapeInfo.Member("platformVersion", "String"),
                ShapeInfo.Member("propagateTags", "PropagateTags"),
                ShapeInfo.Member("referenceId", "String"),
                ShapeInfo.Member("startedBy", "String"),
                ShapeInfo.Member("tags", "Tags"),
                ShapeInfo.Member("taskDefinition", "String", required: true),
                ShapeInfo.Member("clientToken", "String"),
                ShapeInfo.Member("volumeConfigurations", "TaskVolumeConfigurations"),
            ])
        case "RunTaskResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("tasks", "Tasks"),
                ShapeInfo.Member("failures", "Failures"),
            ])
        case "RuntimePlatform":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cpuArchitecture", "CPUArchitecture"),
                ShapeInfo.Member("operatingSystemFamily", "OSFamily"),
            ])
        case "S3FilesVolumeConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("fileSystemArn", "String", required: true),
                ShapeInfo.Member("rootDirectory", "String"),
                ShapeInfo.Member("transitEncryptionPort", "BoxedInteger"),
                ShapeInfo.Member("accessPointArn", "String"),
            ])
        case "Scale":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("value", "Double"),
                ShapeInfo.Member("unit", "ScaleUnit"),
            ])
        case "ScaleUnit": return ShapeInfo(.enumeration, enumValues: ScaleUnit.knownValues)
        case "SchedulingStrategy":
            return ShapeInfo(.enumeration, enumValues: SchedulingStrategy.knownValues)
        case "Scope": return ShapeInfo(.enumeration, enumValues: Scope.knownValues)
        case "Secret":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("name", "String", required: true),
                ShapeInfo.Member("valueFrom", "String", required: true),
            ])
        case "SecretList": return ShapeInfo(.list, element: "Secret")
        case "Service":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("serviceArn", "String"),
                ShapeInfo.Member("serviceName", "String"),
                ShapeInfo.Member("clusterArn", "String"),
                ShapeInfo.Member("loadBalancers", "LoadBalancers"),
                ShapeInfo.Member("serviceRegistries", "ServiceRegistries"),
                ShapeInfo.Member("status", "String"),
                ShapeInfo.Member("desiredCount", "Integer"),
                ShapeInfo.Member("runningCount", "Integer"),
                ShapeInfo.Member("pendingCount", "Integer"),
                ShapeInfo.Member("launchType", "LaunchType"),
                ShapeInfo.Member("capacityProviderStrategy", "CapacityProviderStrategy"),
                ShapeInfo.Member("platformVersion", "String"),
                ShapeInfo.Member("platformFamily", "String"),
                ShapeInfo.Member("taskDefinition", "String"),
                ShapeInfo.Member("deploymentConfiguration", "DeploymentConfiguration"),
                ShapeInfo.Member("taskSets", "TaskSets"),
                ShapeInfo.Member("deployments", "Deployments"),
                ShapeInfo.Member("roleArn", "String"),
                ShapeInfo.Member("events", "ServiceEvents"),
                ShapeInfo.Member("createdAt", "Timestamp"),
                ShapeInfo.Member("currentServiceDeployment", "String"),
                ShapeInfo.Member("currentServiceRevisions", "ServiceCurrentRevisionSummaryList"),
                ShapeInfo.Member("placementConstraints", "PlacementConstraints"),
                ShapeInfo.Member("placementStrategy", "PlacementStrategies"),
                ShapeInfo.Member("networkConfiguration", "NetworkConfiguration"),
                ShapeInfo.Member("healthCheckGracePeriodSeconds", "BoxedInteger"),
                ShapeInfo.Member("schedulingStrategy", "SchedulingStrategy"),
                ShapeInfo.Member("deploymentController", "DeploymentController"),
                ShapeInfo.Member("tags", "Tags"),
                ShapeInfo.Member("createdBy", "String"),
                ShapeInfo.Member("enableECSManagedTags", "Boolean"),
                ShapeInfo.Member("propagateTags", "PropagateTags"),
                ShapeInfo.Member("enableExecuteCommand", "Boolean"),
                ShapeInfo.Member("availabilityZoneRebalancing", "AvailabilityZoneRebalancing"),
                ShapeInfo.Member("resourceManagementType", "ResourceManagementType"),
            ])
        case "ServiceConnectAccessLogConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("format", "ServiceConnectAccessLoggingFormat", required: true),
                ShapeInfo.Member("includeQueryParameters", "ServiceConnectIncludeQueryParameters"),
            ])
        case "ServiceConnectAccessLoggingFormat":
            return ShapeInfo(.enumeration,
                             enumValues: ServiceConnectAccessLoggingFormat.knownValues)
        case "ServiceConnectClientAlias":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("port", "PortNumber", required: true),
                ShapeInfo.Member("dnsName", "String"),
                ShapeInfo.Member("testTrafficRules", "ServiceConnectTestTrafficRules"),
            ])
        case "ServiceConnectClientAliasList":
            return ShapeInfo(.list, element: "ServiceConnectClientAlias")
        case "ServiceConnectConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("enabled", "Boolean", required: true),
                ShapeInfo.Member("namespace", "String"),
                ShapeInfo.Member("services", "ServiceConnectServiceList"),
                ShapeInfo.Member("logConfiguration", "LogConfiguration"),
                ShapeInfo.Member("accessLogConfiguration", "ServiceConnectAccessLogConfiguration"),
            ])
        case "ServiceConnectIncludeQueryParameters":
            return ShapeInfo(.enumeration,
                             enumValues: ServiceConnectIncludeQueryParameters.knownValues)
        case "ServiceConnectService":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("portName", "String", required: true),
                ShapeInfo.Member("discoveryName", "String"),
                ShapeInfo.Member("clientAliases", "ServiceConnectClientAliasList"),
                ShapeInfo.Member("ingressPortOverride", "PortNumber"),
                ShapeInfo.Member("timeout", "TimeoutConfiguration"),
                ShapeInfo.Member("tls", "ServiceConnectTlsConfiguration"),
            ])
        case "ServiceConnectServiceList": return ShapeInfo(.list, element: "ServiceConnectService")
        case "ServiceConnectServiceResource":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("discoveryName", "String"),
                ShapeInfo.Member("discoveryArn", "String"),
            ])
        case "ServiceConnectServiceResourceList":
            return ShapeInfo(.list, element: "ServiceConnectServiceResource")
        case "ServiceConnectTestTrafficHeaderMatchRules":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("exact", "String", required: true),
            ])
        case "ServiceConnectTestTrafficHeaderRules":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("name", "String", required: true),
                ShapeInfo.Member("value", "ServiceConnectTestTrafficHeaderMatchRules"),
            ])
        case "ServiceConnectTestTrafficRules":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("header", "ServiceConnectTestTrafficHeaderRules", required: true),
            ])
        case "ServiceConnectTlsCertificateAuthority":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("awsPcaAuthorityArn", "String"),
            ])
        case "ServiceConnectTlsConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("issuerCertificateAuthority", "ServiceConnectTlsCertificateAuthority", required: true),
                ShapeInfo.Member("kmsKey", "String"),
                ShapeInfo.Member("roleArn", "String"),
            ])
        case "ServiceCurrentRevisionSummary":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("arn", "String"),
                ShapeInfo.Member("requestedTaskCount", "Integer"),
                ShapeInfo.Member("runningTaskCount", "Integer"),
                ShapeInfo.Member("pendingTaskCount", "Integer"),
            ])
        case "ServiceCurrentRevisionSummaryList":
            return ShapeInfo(.list, element: "ServiceCurrentRevisionSummary")
        case "ServiceDeployment":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("serviceDeploymentArn", "String"),
                ShapeInfo.Member("serviceArn", "String"),
                ShapeInfo.Member("clusterArn", "String"),
                ShapeInfo.Member("createdAt", "Timestamp"),
                ShapeInfo.Member("startedAt", "Timestamp"),
                ShapeInfo.Member("finishedAt", "Timestamp"),
                ShapeInfo.Member("stoppedAt", "Timestamp"),
                ShapeInfo.Member("updatedAt", "Timestamp"),
                ShapeInfo.Member("sourceServiceRevisions", "ServiceRevisionsSummaryList"),
                ShapeInfo.Member("targetServiceRevision", "ServiceRevisionSummary"),
                ShapeInfo.Member("status", "ServiceDeploymentStatus"),
                ShapeInfo.Member("statusReason", "String"),
                ShapeInfo.Member("lifecycleStage", "ServiceDeploymentLifecycleStage"),
                ShapeInfo.Member("lifecycleHookDetails", "DeploymentLifecycleHookDetailList"),
                ShapeInfo.Member("deploymentConfiguration", "DeploymentConfiguration"),
                ShapeInfo.Member("rollback", "Rollback"),
                ShapeInfo.Member("deploymentCircuitBreaker", "ServiceDeploymentCircuitBreaker"),
                ShapeInfo.Member("alarms", "ServiceDeploymentAlarms"),
            ])
        case "ServiceDeploymentAlarms":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("status", "ServiceDeploymentRollbackMonitorsStatus"),
                ShapeInfo.Member("alarmNames", "StringList"),
                ShapeInfo.Member("triggeredAlarmNames", "StringList"),
            ])
        case "ServiceDeploymentBrief":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("serviceDeploymentArn", "String"),
                ShapeInfo.Member("serviceArn", "String"),
                ShapeInfo.Member("clusterArn", "String"),
                ShapeInfo.Member("startedAt", "Timestamp"),
                ShapeInfo.Member("createdAt", "Timestamp"),
                ShapeInfo.Member("finishedAt", "Timestamp"),
                ShapeInfo.Member("targetServiceRevisionArn", "String"),
                ShapeInfo.Member("status", "ServiceDeploymentStatus"),
                ShapeInfo.Member("statusReason", "String"),
            ])
        case "ServiceDeploymentCircuitBreaker":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("status", "ServiceDeploymentRollbackMonitorsStatus"),
                ShapeInfo.Member("failureCount", "Integer"),
                ShapeInfo.Member("threshold", "Integer"),
            ])
        case "ServiceDeploymentLifecycleStage":
            return ShapeInfo(.enumeration, enumValues: ServiceDeploymentLifecycleStage.knownValues)
        case "ServiceDeploymentRollbackMonitorsStatus":
            return ShapeInfo(.enumeration,
                             enumValues: ServiceDeploymentRollbackMonitorsStatus.knownValues)
        case "ServiceDeploymentStatus":
            return ShapeInfo(.enumeration, enumValues: ServiceDeploymentStatus.knownValues)
        case "ServiceDeploymentStatusList":
            return ShapeInfo(.list, element: "ServiceDeploymentStatus")
        case "ServiceDeployments": return ShapeInfo(.list, element: "ServiceDeployment")
        case "ServiceDeploymentsBrief": return ShapeInfo(.list, element: "ServiceDeploymentBrief")
        case "ServiceEvent":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("id", "String"),
                ShapeInfo.Member("createdAt", "Timestamp"),
                ShapeInfo.Member("message", "String"),
            ])
        case "ServiceEvents": return ShapeInfo(.list, element: "ServiceEvent")
        case "ServiceField": return ShapeInfo(.enumeration, enumValues: ServiceField.knownValues)
        case "ServiceFieldList": return ShapeInfo(.list, element: "ServiceField")
        case "ServiceManagedEBSVolumeConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("encrypted", "BoxedBoolean"),
                ShapeInfo.Member("kmsKeyId", "EBSKMSKeyId"),
                ShapeInfo.Member("volumeType", "EBSVolumeType"),
                ShapeInfo.Member("sizeInGiB", "BoxedInteger"),
                ShapeInfo.Member("snapshotId", "EBSSnapshotId"),
                ShapeInfo.Member("volumeInitializationRate", "BoxedInteger"),
                ShapeInfo.Member("iops", "BoxedInteger"),
                ShapeInfo.Member("throughput", "BoxedInteger"),
                ShapeInfo.Member("tagSpecifications", "EBSTagSpecifications"),
                ShapeInfo.Member("roleArn", "IAMRoleArn", required: true),
                ShapeInfo.Member("filesystemType", "TaskFilesystemType"),
            ])
        case "ServiceRegistries": return ShapeInfo(.list, element: "ServiceRegistry")
        case "ServiceRegistry":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("registryArn", "String"),
                ShapeInfo.Member("port", "BoxedInteger"),
                ShapeInfo.Member("containerName", "String"),
                ShapeInfo.Member("containerPort", "BoxedInteger"),
            ])
        case "ServiceRevision":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("serviceRevisionArn", "String"),
                ShapeInfo.Member("serviceArn", "String"),
                ShapeInfo.Member("clusterArn", "String"),
                ShapeInfo.Member("taskDefinition", "String"),
                ShapeInfo.Member("capacityProviderStrategy", "CapacityProviderStrategy"),
                ShapeInfo.Member("launchType", "LaunchType"),
                ShapeInfo.Member("platformVersion", "String"),
                ShapeInfo.Member("platformFamily", "String"),
                ShapeInfo.Member("loadBalancers", "LoadBalancers"),
                ShapeInfo.Member("serviceRegistries", "ServiceRegistries"),
                ShapeInfo.Member("networkConfiguration", "NetworkConfiguration"),
                ShapeInfo.Member("containerImages", "ContainerImages"),
                ShapeInfo.Member("guardDutyEnabled", "Boolean"),
                ShapeInfo.Member("serviceConnectConfiguration", "ServiceConnectConfiguration"),
                ShapeInfo.Member("volumeConfigurations", "ServiceVolumeConfigurations"),
                ShapeInfo.Member("fargateEphemeralStorage", "DeploymentEphemeralStorage"),
                ShapeInfo.Member("createdAt", "Timestamp"),
                ShapeInfo.Member("vpcLatticeConfigurations", "VpcLatticeConfigurations"),
                ShapeInfo.Member("resolvedConfiguration", "ResolvedConfiguration"),
                ShapeInfo.Member("ecsManagedResources", "ECSManagedResources"),
            ])
        case "ServiceRevisionLoadBalancer":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("targetGroupArn", "String"),
                ShapeInfo.Member("productionListenerRule", "String"),
            ])
        case "ServiceRevisionLoadBalancers":
            return ShapeInfo(.list, element: "ServiceRevisionLoadBalancer")
        case "ServiceRevisionSummary":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("arn", "String"),
                ShapeInfo.Member("requestedTaskCount", "Integer"),
                ShapeInfo.Member("runningTaskCount", "Integer"),
                ShapeInfo.Member("pendingTaskCount", "Integer"),
                ShapeInfo.Member("requestedTestTrafficWeight", "Double"),
                ShapeInfo.Member("requestedProductionTrafficWeight", "Double"),
            ])
        case "ServiceRevisions": return ShapeInfo(.list, element: "ServiceRevision")
        case "ServiceRevisionsSummaryList":
            return ShapeInfo(.list, element: "ServiceRevisionSummary")
        case "ServiceVolumeConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("name", "ECSVolumeName", required: true),
                ShapeInfo.Member("managedEBSVolume", "ServiceManagedEBSVolumeConfiguration"),
            ])
        case "ServiceVolumeConfigurations":
            return ShapeInfo(.list, element: "ServiceVolumeConfiguration")
        case "Services": return ShapeInfo(.list, element: "Service")
        case "SortOrder": return ShapeInfo(.enumeration, enumValues: SortOrder.knownValues)
        case "StabilityStatus":
            return ShapeInfo(.enumeration, enumValues: StabilityStatus.knownValues)
        case "Statistics": return ShapeInfo(.list, element: "KeyValuePair")
        case "StopTaskRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cluster", "String"),
                ShapeInfo.Member("task", "String", required: true),
                ShapeInfo.Member("reason", "String"),
            ])
        case "StopTaskResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("task", "Task"),
            ])
        case "String": return ShapeInfo(.string)
        case "StringList": return ShapeInfo(.list, element: "String")
        case "StringMap": return ShapeInfo(.map, element: "String")
        case "SystemControl":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("namespace", "String"),
                ShapeInfo.Member("value", "String"),
            ])
        case "SystemControls": return ShapeInfo(.list, element: "SystemControl")
        case "Tag":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("key", "TagKey"),
                ShapeInfo.Member("value", "TagValue"),
            ])
        case "TagKey":
            return ShapeInfo(.string, min: 1, max: 128,
                             pattern: "([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)")
        case "TagKeys": return ShapeInfo(.list, element: "TagKey")
        case "TagResourceRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("resourceArn", "String", required: true),
                ShapeInfo.Member("tags", "Tags", required: true),
            ])
        case "TagResourceResponse": return ShapeInfo(.structure, members: [])
        case "TagValue":
            return ShapeInfo(.string, min: 0, max: 256,
                             pattern: "([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)")
        case "Tags": return ShapeInfo(.list, element: "Tag", min: 0, max: 50)
        case "TargetType": return ShapeInfo(.enumeration, enumValues: TargetType.knownValues)
        case "Task":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("attachments", "Attachments"),
                ShapeInfo.Member("attributes", "Attributes"),
                ShapeInfo.Member("availabilityZone", "String"),
                ShapeInfo.Member("capacityProviderName", "String"),
                ShapeInfo.Member("clusterArn", "String"),
                ShapeInfo.Member("connectivity", "Connectivity"),
                ShapeInfo.Member("connectivityAt", "Timestamp"),
                ShapeInfo.Member("containerInstanceArn", "String"),
                ShapeInfo.Member("containers", "Containers"),
                ShapeInfo.Member("cpu", "String"),
                ShapeInfo.Member("createdAt", "Timestamp"),
                ShapeInfo.Member("desiredStatus", "String"),
                ShapeInfo.Member("enableExecuteCommand", "Boolean"),
                ShapeInfo.Member("executionStoppedAt", "Timestamp"),
                ShapeInfo.Member("group", "String"),
                ShapeInfo.Member("healthStatus", "HealthStatus"),
                ShapeInfo.Member("inferenceAccelerators", "InferenceAccelerators"),
                ShapeInfo.Member("lastStatus", "String"),
                ShapeInfo.Member("launchType", "LaunchType"),
                ShapeInfo.Member("memory", "String"),
                ShapeInfo.Member("overrides", "TaskOverride"),
                ShapeInfo.Member("platformVersion", "String"),
                ShapeInfo.Member("platformFamily", "String"),
                ShapeInfo.Member("pullStartedAt", "Timestamp"),
                ShapeInfo.Member("pullStoppedAt", "Timestamp"),
                ShapeInfo.Member("startedAt", "Timestamp"),
                ShapeInfo.Member("startedBy", "String"),
                ShapeInfo.Member("stopCode", "TaskStopCode"),
                ShapeInfo.Member("stoppedAt", "Timestamp"),
                ShapeInfo.Member("stoppedReason", "String"),
                ShapeInfo.Member("stoppingAt", "Timestamp"),
                ShapeInfo.Member("tags", "Tags"),
                ShapeInfo.Member("taskArn", "String"),
                ShapeInfo.Member("taskDefinitionArn", "String"),
                ShapeInfo.Member("version", "Long"),
                ShapeInfo.Member("ephemeralStorage", "EphemeralStorage"),
                ShapeInfo.Member("fargateEphemeralStorage", "TaskEphemeralStorage"),
            ])
        case "TaskDefinition":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("taskDefinitionArn", "String"),
                ShapeInfo.Member("containerDefinitions", "ContainerDefinitions"),
                ShapeInfo.Member("family", "String"),
                ShapeInfo.Member("taskRoleArn", "String"),
                ShapeInfo.Member("executionRoleArn", "String"),
                ShapeInfo.Member("networkMode", "NetworkMode"),
                ShapeInfo.Member("revision", "Integer"),
                ShapeInfo.Member("volumes", "VolumeList"),
                ShapeInfo.Member("status", "TaskDefinitionStatus"),
                ShapeInfo.Member("requiresAttributes", "RequiresAttributes"),
                ShapeInfo.Member("placementConstraints", "TaskDefinitionPlacementConstraints"),
                ShapeInfo.Member("compatibilities", "CompatibilityList"),
                ShapeInfo.Member("runtimePlatform", "RuntimePlatform"),
                ShapeInfo.Member("requiresCompatibilities", "CompatibilityList"),
                ShapeInfo.Member("cpu", "String"),
                ShapeInfo.Member("memory", "String"),
                ShapeInfo.Member("inferenceAccelerators", "InferenceAccelerators"),
                ShapeInfo.Member("pidMode", "PidMode"),
                ShapeInfo.Member("ipcMode", "IpcMode"),
                ShapeInfo.Member("proxyConfiguration", "ProxyConfiguration"),
                ShapeInfo.Member("registeredAt", "Timestamp"),
                ShapeInfo.Member("deregisteredAt", "Timestamp"),
                ShapeInfo.Member("deleteRequestedAt", "Timestamp"),
                ShapeInfo.Member("registeredBy", "String"),
                ShapeInfo.Member("ephemeralStorage", "EphemeralStorage"),
                ShapeInfo.Member("enableFaultInjection", "BoxedBoolean"),
            ])
        case "TaskDefinitionFamilyStatus":
            return ShapeInfo(.enumeration, enumValues: TaskDefinitionFamilyStatus.knownValues)
        case "TaskDefinitionField":
            return ShapeInfo(.enumeration, enumValues: TaskDefinitionField.knownValues)
        case "TaskDefinitionFieldList": return ShapeInfo(.list, element: "TaskDefinitionField")
        case "TaskDefinitionPlacementConstraint":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("type", "TaskDefinitionPlacementConstraintType"),
                ShapeInfo.Member("expression", "String"),
            ])
        case "TaskDefinitionPlacementConstraintType":
            return ShapeInfo(.enumeration,
                             enumValues: TaskDefinitionPlacementConstraintType.knownValues)
        case "TaskDefinitionPlacementConstraints":
            return ShapeInfo(.list, element: "TaskDefinitionPlacementConstraint")
        case "TaskDefinitionStatus":
            return ShapeInfo(.enumeration, enumValues: TaskDefinitionStatus.knownValues)
        case "TaskEphemeralStorage":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("sizeInGiB", "Integer"),
                ShapeInfo.Member("kmsKeyId", "String"),
            ])
        case "TaskField": return ShapeInfo(.enumeration, enumValues: TaskField.knownValues)
        case "TaskFieldList": return ShapeInfo(.list, element: "TaskField")
        case "TaskFilesystemType":
            return ShapeInfo(.enumeration, enumValues: TaskFilesystemType.knownValues)
        case "TaskManagedEBSVolumeConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("encrypted", "BoxedBoolean"),
                ShapeInfo.Member("kmsKeyId", "EBSKMSKeyId"),
                ShapeInfo.Member("volumeType", "EBSVolumeType"),
                ShapeInfo.Member("sizeInGiB", "BoxedInteger"),
                ShapeInfo.Member("snapshotId", "EBSSnapshotId"),
                ShapeInfo.Member("volumeInitializationRate", "BoxedInteger"),
                ShapeInfo.Member("iops", "BoxedInteger"),
                ShapeInfo.Member("throughput", "BoxedInteger"),
                ShapeInfo.Member("tagSpecifications", "EBSTagSpecifications"),
                ShapeInfo.Member("roleArn", "IAMRoleArn", required: true),
                ShapeInfo.Member("terminationPolicy", "TaskManagedEBSVolumeTerminationPolicy"),
                ShapeInfo.Member("filesystemType", "TaskFilesystemType"),
            ])
        case "TaskManagedEBSVolumeTerminationPolicy":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("deleteOnTermination", "BoxedBoolean", required: true),
            ])
        case "TaskOverride":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("containerOverrides", "ContainerOverrides"),
                ShapeInfo.Member("cpu", "String"),
                ShapeInfo.Member("inferenceAcceleratorOverrides", "InferenceAcceleratorOverrides"),
                ShapeInfo.Member("executionRoleArn", "String"),
                ShapeInfo.Member("memory", "String"),
                ShapeInfo.Member("taskRoleArn", "String"),
                ShapeInfo.Member("ephemeralStorage", "EphemeralStorage"),
            ])
        case "TaskSet":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("id", "String"),
                ShapeInfo.Member("taskSetArn", "String"),
                ShapeInfo.Member("serviceArn", "String"),
                ShapeInfo.Member("clusterArn", "String"),
                ShapeInfo.Member("startedBy", "String"),
                ShapeInfo.Member("externalId", "String"),
                ShapeInfo.Member("status", "String"),
                ShapeInfo.Member("taskDefinition", "String"),
                ShapeInfo.Member("computedDesiredCount", "Integer"),
                ShapeInfo.Member("pendingCount", "Integer"),
                ShapeInfo.Member("runningCount", "Integer"),
                ShapeInfo.Member("createdAt", "Timestamp"),
                ShapeInfo.Member("updatedAt", "Timestamp"),
                ShapeInfo.Member("launchType", "LaunchType"),
                ShapeInfo.Member("capacityProviderStrategy", "CapacityProviderStrategy"),
                ShapeInfo.Member("platformVersion", "String"),
                ShapeInfo.Member("platformFamily", "String"),
                ShapeInfo.Member("networkConfiguration", "NetworkConfiguration"),
                ShapeInfo.Member("loadBalancers", "LoadBalancers"),
                ShapeInfo.Member("serviceRegistries", "ServiceRegistries"),
                ShapeInfo.Member("scale", "Scale"),
                ShapeInfo.Member("stabilityStatus", "StabilityStatus"),
                ShapeInfo.Member("stabilityStatusAt", "Timestamp"),
                ShapeInfo.Member("tags", "Tags"),
                ShapeInfo.Member("fargateEphemeralStorage", "DeploymentEphemeralStorage"),
            ])
        case "TaskSets": return ShapeInfo(.list, element: "TaskSet")
        case "TaskStopCode": return ShapeInfo(.enumeration, enumValues: TaskStopCode.knownValues)
        case "TaskVolumeConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("name", "ECSVolumeName", required: true),
                ShapeInfo.Member("managedEBSVolume", "TaskManagedEBSVolumeConfiguration"),
            ])
        case "TaskVolumeConfigurations": return ShapeInfo(.list, element: "TaskVolumeConfiguration")
        case "TaskVolumeStorageGiB": return ShapeInfo(.integer, min: 1)
        case "Tasks": return ShapeInfo(.list, element: "Task")
        case "TimeoutConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("idleTimeoutSeconds", "Duration"),
                ShapeInfo.Member("perRequestTimeoutSeconds", "Duration"),
            ])
        case "Timestamp": return ShapeInfo(.timestamp)
        case "Tmpfs":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("containerPath", "String", required: true),
                ShapeInfo.Member("size", "Integer", required: true),
                ShapeInfo.Member("mountOptions", "StringList"),
            ])
        case "TmpfsList": return ShapeInfo(.list, element: "Tmpfs")
        case "TotalLocalStorageGBRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("min", "BoxedDouble"),
                ShapeInfo.Member("max", "BoxedDouble"),
            ])
        case "TransportProtocol":
            return ShapeInfo(.enumeration, enumValues: TransportProtocol.knownValues)
        case "Ulimit":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("name", "UlimitName", required: true),
                ShapeInfo.Member("softLimit", "Integer", required: true),
                ShapeInfo.Member("hardLimit", "Integer", required: true),
            ])
        case "UlimitList": return ShapeInfo(.list, element: "Ulimit")
        case "UlimitName": return ShapeInfo(.enumeration, enumValues: UlimitName.knownValues)
        case "UntagResourceRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("resourceArn", "String", required: true),
                ShapeInfo.Member("tagKeys", "TagKeys", required: true),
            ])
        case "UntagResourceResponse": return ShapeInfo(.structure, members: [])
        case "UpdateClusterRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cluster", "String", required: true),
                ShapeInfo.Member("settings", "ClusterSettings"),
                ShapeInfo.Member("configuration", "ClusterConfiguration"),
                ShapeInfo.Member("serviceConnectDefaults", "ClusterServiceConnectDefaultsRequest"),
            ])
        case "UpdateClusterResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cluster", "Cluster"),
            ])
        case "UpdateClusterSettingsRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cluster", "String", required: true),
                ShapeInfo.Member("settings", "ClusterSettings", required: true),
            ])
        case "UpdateClusterSettingsResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cluster", "Cluster"),
            ])
        case "UpdateServiceRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("cluster", "String"),
                ShapeInfo.Member("service", "String", required: true),
                ShapeInfo.Member("desiredCount", "BoxedInteger"),
                ShapeInfo.Member("taskDefinition", "String"),
                ShapeInfo.Member("capacityProviderStrategy", "CapacityProviderStrategy"),
                ShapeInfo.Member("deploymentConfiguration", "DeploymentConfiguration"),
                ShapeInfo.Member("availabilityZoneRebalancing", "AvailabilityZoneRebalancing"),
                ShapeInfo.Member("networkConfiguration", "NetworkConfiguration"),
                ShapeInfo.Member("placementConstraints", "PlacementConstraints"),
                ShapeInfo.Member("placementStrategy", "PlacementStrategies"),
                ShapeInfo.Member("platformVersion", "String"),
                ShapeInfo.Member("forceNewDeployment", "Boolean"),
                ShapeInfo.Member("healthCheckGracePeriodSeconds", "BoxedInteger"),
                ShapeInfo.Member("deploymentController", "DeploymentController"),
                ShapeInfo.Member("enableExecuteCommand", "BoxedBoolean"),
                ShapeInfo.Member("enableECSManagedTags", "BoxedBoolean"),
                ShapeInfo.Member("loadBalancers", "LoadBalancers"),
                ShapeInfo.Member("propagateTags", "PropagateTags"),
                ShapeInfo.Member("serviceRegistries", "ServiceRegistries"),
                ShapeInfo.Member("serviceConnectConfiguration", "ServiceConnectConfiguration"),
                ShapeInfo.Member("volumeConfigurations", "ServiceVolumeConfigurations"),
                ShapeInfo.Member("vpcLatticeConfigurations", "VpcLatticeConfigurations"),
            ])
        case "UpdateServiceResponse":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("service", "Service"),
            ])
        case "VCpuCountRangeRequest":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("min", "BoxedInteger", required: true),
                ShapeInfo.Member("max", "BoxedInteger"),
            ])
        case "VersionConsistency":
            return ShapeInfo(.enumeration, enumValues: VersionConsistency.knownValues)
        case "VersionInfo":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("agentVersion", "String"),
                ShapeInfo.Member("agentHash", "String"),
                ShapeInfo.Member("dockerVersion", "String"),
            ])
        case "Volume":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("name", "String"),
                ShapeInfo.Member("host", "HostVolumeProperties"),
                ShapeInfo.Member("dockerVolumeConfiguration", "DockerVolumeConfiguration"),
                ShapeInfo.Member("efsVolumeConfiguration", "EFSVolumeConfiguration"),
                ShapeInfo.Member("s3filesVolumeConfiguration", "S3FilesVolumeConfiguration"),
                ShapeInfo.Member("fsxWindowsFileServerVolumeConfiguration", "FSxWindowsFileServerVolumeConfiguration"),
                ShapeInfo.Member("configuredAtLaunch", "BoxedBoolean"),
            ])
        case "VolumeFrom":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("sourceContainer", "String"),
                ShapeInfo.Member("readOnly", "BoxedBoolean"),
            ])
        case "VolumeFromList": return ShapeInfo(.list, element: "VolumeFrom")
        case "VolumeList": return ShapeInfo(.list, element: "Volume")
        case "VpcLatticeConfiguration":
            return ShapeInfo(.structure, members: [
                ShapeInfo.Member("roleArn", "IAMRoleArn", required: true),
                ShapeInfo.Member("targetGroupArn", "String", required: true),
                ShapeInfo.Member("portName", "String", required: true),
            ])
        case "VpcLatticeConfigurations": return ShapeInfo(.list, element: "VpcLatticeConfiguration")
        default: return nil
        }
    }
}
