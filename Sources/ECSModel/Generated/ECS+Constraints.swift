// generated from botocore 1.43.11 by Tools/ecsmodel/generate.py, do not edit.
// Change the generator, the pinned version or Sources/ECSModel/Overlay.yaml and run it again.

extension ECS.AutoScalingGroupProvider: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        self.managedScaling?.checkConstraints(at: path + [.member("managedScaling")], into: &out)
    }
}

extension ECS.CapacityProvider: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        self.autoScalingGroupProvider?.checkConstraints(at: path + [.member("autoScalingGroupProvider")], into: &out)
        self.managedInstancesProvider?.checkConstraints(at: path + [.member("managedInstancesProvider")], into: &out)
        ModelConstraint.count(self.tags?.count, min: 0, max: 50, noun: "items", path + [.member("tags")], &out)
        for (i0, e0) in (self.tags ?? []).enumerated() { e0.checkConstraints(at: path + [.member("tags")] + [.index(i0)], into: &out) }
    }
}

extension ECS.CapacityProviderStrategyItem: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        ModelConstraint.range(self.weight, min: 0, max: 1000, path + [.member("weight")], &out)
        ModelConstraint.range(self.base, min: 0, max: 100000, path + [.member("base")], &out)
    }
}

extension ECS.Cluster: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        ModelConstraint.count(self.tags?.count, min: 0, max: 50, noun: "items", path + [.member("tags")], &out)
        for (i0, e0) in (self.tags ?? []).enumerated() { e0.checkConstraints(at: path + [.member("tags")] + [.index(i0)], into: &out) }
        for (i0, e0) in (self.defaultCapacityProviderStrategy ?? []).enumerated() { e0.checkConstraints(at: path + [.member("defaultCapacityProviderStrategy")] + [.index(i0)], into: &out) }
    }
}

extension ECS.ContainerInstance: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        ModelConstraint.count(self.tags?.count, min: 0, max: 50, noun: "items", path + [.member("tags")], &out)
        for (i0, e0) in (self.tags ?? []).enumerated() { e0.checkConstraints(at: path + [.member("tags")] + [.index(i0)], into: &out) }
    }
}

extension ECS.CreateClusterRequest: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        ModelConstraint.count(self.tags?.count, min: 0, max: 50, noun: "items", path + [.member("tags")], &out)
        for (i0, e0) in (self.tags ?? []).enumerated() { e0.checkConstraints(at: path + [.member("tags")] + [.index(i0)], into: &out) }
        for (i0, e0) in (self.defaultCapacityProviderStrategy ?? []).enumerated() { e0.checkConstraints(at: path + [.member("defaultCapacityProviderStrategy")] + [.index(i0)], into: &out) }
    }
}

extension ECS.CreateClusterResponse: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        self.cluster?.checkConstraints(at: path + [.member("cluster")], into: &out)
    }
}

extension ECS.CreateServiceRequest: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in (self.capacityProviderStrategy ?? []).enumerated() { e0.checkConstraints(at: path + [.member("capacityProviderStrategy")] + [.index(i0)], into: &out) }
        self.deploymentConfiguration?.checkConstraints(at: path + [.member("deploymentConfiguration")], into: &out)
        ModelConstraint.count(self.tags?.count, min: 0, max: 50, noun: "items", path + [.member("tags")], &out)
        for (i0, e0) in (self.tags ?? []).enumerated() { e0.checkConstraints(at: path + [.member("tags")] + [.index(i0)], into: &out) }
        self.serviceConnectConfiguration?.checkConstraints(at: path + [.member("serviceConnectConfiguration")], into: &out)
        for (i0, e0) in (self.volumeConfigurations ?? []).enumerated() { e0.checkConstraints(at: path + [.member("volumeConfigurations")] + [.index(i0)], into: &out) }
    }
}

extension ECS.CreateServiceResponse: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        self.service?.checkConstraints(at: path + [.member("service")], into: &out)
    }
}

extension ECS.DeleteClusterResponse: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        self.cluster?.checkConstraints(at: path + [.member("cluster")], into: &out)
    }
}

extension ECS.DeleteServiceResponse: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        self.service?.checkConstraints(at: path + [.member("service")], into: &out)
    }
}

extension ECS.Deployment: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in (self.capacityProviderStrategy ?? []).enumerated() { e0.checkConstraints(at: path + [.member("capacityProviderStrategy")] + [.index(i0)], into: &out) }
        self.serviceConnectConfiguration?.checkConstraints(at: path + [.member("serviceConnectConfiguration")], into: &out)
        for (i0, e0) in (self.volumeConfigurations ?? []).enumerated() { e0.checkConstraints(at: path + [.member("volumeConfigurations")] + [.index(i0)], into: &out) }
    }
}

extension ECS.DeploymentConfiguration: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in (self.lifecycleHooks ?? []).enumerated() { e0.checkConstraints(at: path + [.member("lifecycleHooks")] + [.index(i0)], into: &out) }
    }
}

extension ECS.DeploymentLifecycleHook: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        self.timeoutConfiguration?.checkConstraints(at: path + [.member("timeoutConfiguration")], into: &out)
    }
}

extension ECS.DeploymentLifecycleHookTimeoutConfiguration: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        ModelConstraint.range(self.timeoutInMinutes, min: 1, max: 20160, path + [.member("timeoutInMinutes")], &out)
    }
}

extension ECS.DescribeCapacityProvidersResponse: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in (self.capacityProviders ?? []).enumerated() { e0.checkConstraints(at: path + [.member("capacityProviders")] + [.index(i0)], into: &out) }
    }
}

extension ECS.DescribeClustersResponse: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in (self.clusters ?? []).enumerated() { e0.checkConstraints(at: path + [.member("clusters")] + [.index(i0)], into: &out) }
    }
}

extension ECS.DescribeContainerInstancesResponse: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in (self.containerInstances ?? []).enumerated() { e0.checkConstraints(at: path + [.member("containerInstances")] + [.index(i0)], into: &out) }
    }
}

extension ECS.DescribeServiceDeploymentsResponse: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in (self.serviceDeployments ?? []).enumerated() { e0.checkConstraints(at: path + [.member("serviceDeployments")] + [.index(i0)], into: &out) }
    }
}

extension ECS.DescribeServiceRevisionsResponse: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in (self.serviceRevisions ?? []).enumerated() { e0.checkConstraints(at: path + [.member("serviceRevisions")] + [.index(i0)], into: &out) }
    }
}

extension ECS.DescribeServicesResponse: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in (self.services ?? []).enumerated() { e0.checkConstraints(at: path + [.member("services")] + [.index(i0)], into: &out) }
    }
}

extension ECS.DescribeTaskDefinitionResponse: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        ModelConstraint.count(self.tags?.count, min: 0, max: 50, noun: "items", path + [.member("tags")], &out)
        for (i0, e0) in (self.tags ?? []).enumerated() { e0.checkConstraints(at: path + [.member("tags")] + [.index(i0)], into: &out) }
    }
}

extension ECS.DescribeTasksResponse: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in (self.tasks ?? []).enumerated() { e0.checkConstraints(at: path + [.member("tasks")] + [.index(i0)], into: &out) }
    }
}

extension ECS.EBSTagSpecification: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        ModelConstraint.count(self.tags?.count, min: 0, max: 50, noun: "items", path + [.member("tags")], &out)
        for (i0, e0) in (self.tags ?? []).enumerated() { e0.checkConstraints(at: path + [.member("tags")] + [.index(i0)], into: &out) }
    }
}

extension ECS.InstanceLaunchTemplate: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        self.storageConfiguration?.checkConstraints(at: path + [.member("storageConfiguration")], into: &out)
        self.instanceRequirements?.checkConstraints(at: path + [.member("instanceRequirements")], into: &out)
    }
}

extension ECS.InstanceRequirementsRequest: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        ModelConstraint.count(self.excludedInstanceTypes?.count, min: 0, max: 400, noun: "items", path + [.member("excludedInstanceTypes")], &out)
        for (i0, e0) in (self.excludedInstanceTypes ?? []).enumerated() { ModelConstraint.text(e0, min: 1, max: 30, pattern: "[a-zA-Z0-9\\.\\*\\-]+", path + [.member("excludedInstanceTypes")] + [.index(i0)], &out) }
        ModelConstraint.count(self.allowedInstanceTypes?.count, min: 0, max: 400, noun: "items", path + [.member("allowedInstanceTypes")], &out)
        for (i0, e0) in (self.allowedInstanceTypes ?? []).enumerated() { ModelConstraint.text(e0, min: 1, max: 30, pattern: "[a-zA-Z0-9\\.\\*\\-]+", path + [.member("allowedInstanceTypes")] + [.index(i0)], &out) }
    }
}

extension ECS.ListTagsForResourceResponse: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        ModelConstraint.count(self.tags?.count, min: 0, max: 50, noun: "items", path + [.member("tags")], &out)
        for (i0, e0) in (self.tags ?? []).enumerated() { e0.checkConstraints(at: path + [.member("tags")] + [.index(i0)], into: &out) }
    }
}

extension ECS.ManagedInstancesProvider: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        self.instanceLaunchTemplate?.checkConstraints(at: path + [.member("instanceLaunchTemplate")], into: &out)
    }
}

extension ECS.ManagedInstancesStorageConfiguration: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        ModelConstraint.range(self.storageSizeGiB, min: 1, max: nil, path + [.member("storageSizeGiB")], &out)
    }
}

extension ECS.ManagedScaling: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        ModelConstraint.range(self.targetCapacity, min: 1, max: 100, path + [.member("targetCapacity")], &out)
        ModelConstraint.range(self.minimumScalingStepSize, min: 1, max: 10000, path + [.member("minimumScalingStepSize")], &out)
        ModelConstraint.range(self.maximumScalingStepSize, min: 1, max: 10000, path + [.member("maximumScalingStepSize")], &out)
        ModelConstraint.range(self.instanceWarmupPeriod, min: 0, max: 10000, path + [.member("instanceWarmupPeriod")], &out)
    }
}

extension ECS.PutClusterCapacityProvidersRequest: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in self.defaultCapacityProviderStrategy.enumerated() { e0.checkConstraints(at: path + [.member("defaultCapacityProviderStrategy")] + [.index(i0)], into: &out) }
    }
}

extension ECS.PutClusterCapacityProvidersResponse: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        self.cluster?.checkConstraints(at: path + [.member("cluster")], into: &out)
    }
}

extension ECS.RegisterTaskDefinitionRequest: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        ModelConstraint.count(self.tags?.count, min: 0, max: 50, noun: "items", path + [.member("tags")], &out)
        for (i0, e0) in (self.tags ?? []).enumerated() { e0.checkConstraints(at: path + [.member("tags")] + [.index(i0)], into: &out) }
    }
}

extension ECS.RegisterTaskDefinitionResponse: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        ModelConstraint.count(self.tags?.count, min: 0, max: 50, noun: "items", path + [.member("tags")], &out)
        for (i0, e0) in (self.tags ?? []).enumerated() { e0.checkConstraints(at: path + [.member("tags")] + [.index(i0)], into: &out) }
    }
}

extension ECS.RunTaskRequest: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in (self.capacityProviderStrategy ?? []).enumerated() { e0.checkConstraints(at: path + [.member("capacityProviderStrategy")] + [.index(i0)], into: &out) }
        ModelConstraint.count(self.tags?.count, min: 0, max: 50, noun: "items", path + [.member("tags")], &out)
        for (i0, e0) in (self.tags ?? []).enumerated() { e0.checkConstraints(at: path + [.member("tags")] + [.index(i0)], into: &out) }
        for (i0, e0) in (self.volumeConfigurations ?? []).enumerated() { e0.checkConstraints(at: path + [.member("volumeConfigurations")] + [.index(i0)], into: &out) }
    }
}

extension ECS.RunTaskResponse: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in (self.tasks ?? []).enumerated() { e0.checkConstraints(at: path + [.member("tasks")] + [.index(i0)], into: &out) }
    }
}

extension ECS.Service: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in (self.capacityProviderStrategy ?? []).enumerated() { e0.checkConstraints(at: path + [.member("capacityProviderStrategy")] + [.index(i0)], into: &out) }
        self.deploymentConfiguration?.checkConstraints(at: path + [.member("deploymentConfiguration")], into: &out)
        for (i0, e0) in (self.taskSets ?? []).enumerated() { e0.checkConstraints(at: path + [.member("taskSets")] + [.index(i0)], into: &out) }
        for (i0, e0) in (self.deployments ?? []).enumerated() { e0.checkConstraints(at: path + [.member("deployments")] + [.index(i0)], into: &out) }
        ModelConstraint.count(self.tags?.count, min: 0, max: 50, noun: "items", path + [.member("tags")], &out)
        for (i0, e0) in (self.tags ?? []).enumerated() { e0.checkConstraints(at: path + [.member("tags")] + [.index(i0)], into: &out) }
    }
}

extension ECS.ServiceConnectClientAlias: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        ModelConstraint.range(self.port, min: 0, max: 65535, path + [.member("port")], &out)
    }
}

extension ECS.ServiceConnectConfiguration: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in (self.services ?? []).enumerated() { e0.checkConstraints(at: path + [.member("services")] + [.index(i0)], into: &out) }
    }
}

extension ECS.ServiceConnectService: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in (self.clientAliases ?? []).enumerated() { e0.checkConstraints(at: path + [.member("clientAliases")] + [.index(i0)], into: &out) }
        ModelConstraint.range(self.ingressPortOverride, min: 0, max: 65535, path + [.member("ingressPortOverride")], &out)
        self.timeout?.checkConstraints(at: path + [.member("timeout")], into: &out)
    }
}

extension ECS.ServiceDeployment: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        self.deploymentConfiguration?.checkConstraints(at: path + [.member("deploymentConfiguration")], into: &out)
    }
}

extension ECS.ServiceManagedEBSVolumeConfiguration: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in (self.tagSpecifications ?? []).enumerated() { e0.checkConstraints(at: path + [.member("tagSpecifications")] + [.index(i0)], into: &out) }
    }
}

extension ECS.ServiceRevision: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in (self.capacityProviderStrategy ?? []).enumerated() { e0.checkConstraints(at: path + [.member("capacityProviderStrategy")] + [.index(i0)], into: &out) }
        self.serviceConnectConfiguration?.checkConstraints(at: path + [.member("serviceConnectConfiguration")], into: &out)
        for (i0, e0) in (self.volumeConfigurations ?? []).enumerated() { e0.checkConstraints(at: path + [.member("volumeConfigurations")] + [.index(i0)], into: &out) }
    }
}

extension ECS.ServiceVolumeConfiguration: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        self.managedEBSVolume?.checkConstraints(at: path + [.member("managedEBSVolume")], into: &out)
    }
}

extension ECS.StopTaskResponse: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        self.task?.checkConstraints(at: path + [.member("task")], into: &out)
    }
}

extension ECS.Tag: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        ModelConstraint.text(self.key, min: 1, max: 128, pattern: "([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)", path + [.member("key")], &out)
        ModelConstraint.text(self.value, min: 0, max: 256, pattern: "([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)", path + [.member("value")], &out)
    }
}

extension ECS.TagResourceRequest: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        ModelConstraint.count(self.tags.count, min: 0, max: 50, noun: "items", path + [.member("tags")], &out)
        for (i0, e0) in self.tags.enumerated() { e0.checkConstraints(at: path + [.member("tags")] + [.index(i0)], into: &out) }
    }
}

extension ECS.Task: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        ModelConstraint.count(self.tags?.count, min: 0, max: 50, noun: "items", path + [.member("tags")], &out)
        for (i0, e0) in (self.tags ?? []).enumerated() { e0.checkConstraints(at: path + [.member("tags")] + [.index(i0)], into: &out) }
    }
}

extension ECS.TaskManagedEBSVolumeConfiguration: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in (self.tagSpecifications ?? []).enumerated() { e0.checkConstraints(at: path + [.member("tagSpecifications")] + [.index(i0)], into: &out) }
    }
}

extension ECS.TaskSet: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in (self.capacityProviderStrategy ?? []).enumerated() { e0.checkConstraints(at: path + [.member("capacityProviderStrategy")] + [.index(i0)], into: &out) }
        ModelConstraint.count(self.tags?.count, min: 0, max: 50, noun: "items", path + [.member("tags")], &out)
        for (i0, e0) in (self.tags ?? []).enumerated() { e0.checkConstraints(at: path + [.member("tags")] + [.index(i0)], into: &out) }
    }
}

extension ECS.TaskVolumeConfiguration: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        self.managedEBSVolume?.checkConstraints(at: path + [.member("managedEBSVolume")], into: &out)
    }
}

extension ECS.TimeoutConfiguration: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        ModelConstraint.range(self.idleTimeoutSeconds, min: 0, max: 2147483647, path + [.member("idleTimeoutSeconds")], &out)
        ModelConstraint.range(self.perRequestTimeoutSeconds, min: 0, max: 2147483647, path + [.member("perRequestTimeoutSeconds")], &out)
    }
}

extension ECS.UntagResourceRequest: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in self.tagKeys.enumerated() { ModelConstraint.text(e0, min: 1, max: 128, pattern: "([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)", path + [.member("tagKeys")] + [.index(i0)], &out) }
    }
}

extension ECS.UpdateClusterResponse: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        self.cluster?.checkConstraints(at: path + [.member("cluster")], into: &out)
    }
}

extension ECS.UpdateClusterSettingsResponse: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        self.cluster?.checkConstraints(at: path + [.member("cluster")], into: &out)
    }
}

extension ECS.UpdateServiceRequest: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        for (i0, e0) in (self.capacityProviderStrategy ?? []).enumerated() { e0.checkConstraints(at: path + [.member("capacityProviderStrategy")] + [.index(i0)], into: &out) }
        self.deploymentConfiguration?.checkConstraints(at: path + [.member("deploymentConfiguration")], into: &out)
        self.serviceConnectConfiguration?.checkConstraints(at: path + [.member("serviceConnectConfiguration")], into: &out)
        for (i0, e0) in (self.volumeConfigurations ?? []).enumerated() { e0.checkConstraints(at: path + [.member("volumeConfigurations")] + [.index(i0)], into: &out) }
    }
}

extension ECS.UpdateServiceResponse: ConstraintChecked {
    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {
        self.service?.checkConstraints(at: path + [.member("service")], into: &out)
    }
}
