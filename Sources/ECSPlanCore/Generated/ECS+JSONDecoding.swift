// generated from botocore 1.43.11 by Tools/ecsmodel/generate.py, do not edit.
// Change the generator, the pinned version or Sources/ECSModel/Overlay.yaml and run it again.

import ECSModel
import YAML

extension ECS.AcceleratorCountRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _min: Swift.Int? = nil
        var _max: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "min": _min = try r.int()
            case "max": _max = try r.int()
            default: try r.skipValue()
            }
        }
        return Self(min: _min, max: _max)
    }
}

extension ECS.AcceleratorTotalMemoryMiBRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _min: Swift.Int? = nil
        var _max: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "min": _min = try r.int()
            case "max": _max = try r.int()
            default: try r.skipValue()
            }
        }
        return Self(min: _min, max: _max)
    }
}

extension ECS.AdvancedConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _alternateTargetGroupArn: Swift.String? = nil
        var _productionListenerRule: Swift.String? = nil
        var _testListenerRule: Swift.String? = nil
        var _roleArn: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "alternateTargetGroupArn": _alternateTargetGroupArn = try r.string()
            case "productionListenerRule": _productionListenerRule = try r.string()
            case "testListenerRule": _testListenerRule = try r.string()
            case "roleArn": _roleArn = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(alternateTargetGroupArn: _alternateTargetGroupArn,
                    productionListenerRule: _productionListenerRule,
                    testListenerRule: _testListenerRule, roleArn: _roleArn)
    }
}

extension ECS.Attachment: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _id: Swift.String? = nil
        var _type: Swift.String? = nil
        var _status: Swift.String? = nil
        var _details: [ECS.KeyValuePair]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "id": _id = try r.string()
            case "type": _type = try r.string()
            case "status": _status = try r.string()
            case "details": _details = try r.list { try $0.shape(ECS.KeyValuePair.self) }
            default: try r.skipValue()
            }
        }
        return Self(id: _id, type: _type, status: _status, details: _details)
    }
}

extension ECS.Attribute: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _name: Swift.String? = nil
        var _value: Swift.String? = nil
        var _targetType: ECS.TargetType? = nil
        var _targetId: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "name": _name = try r.string()
            case "value": _value = try r.string()
            case "targetType": _targetType = try r.decodeEnum(ECS.TargetType.self)
            case "targetId": _targetId = try r.string()
            default: try r.skipValue()
            }
        }
        guard let _name else { throw JSONScanner.Unsupported() }
        return Self(name: _name, value: _value, targetType: _targetType, targetId: _targetId)
    }
}

extension ECS.AutoRepairConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _actionsStatus: ECS.AutoRepairActionsStatus? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "actionsStatus": _actionsStatus = try r.decodeEnum(ECS.AutoRepairActionsStatus.self)
            default: try r.skipValue()
            }
        }
        return Self(actionsStatus: _actionsStatus)
    }
}

extension ECS.AutoScalingGroupProvider: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _autoScalingGroupArn: Swift.String? = nil
        var _managedScaling: ECS.ManagedScaling? = nil
        var _managedTerminationProtection: ECS.ManagedTerminationProtection? = nil
        var _managedDraining: ECS.ManagedDraining? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "autoScalingGroupArn": _autoScalingGroupArn = try r.string()
            case "managedScaling": _managedScaling = try r.shape(ECS.ManagedScaling.self)
            case "managedTerminationProtection":
                _managedTerminationProtection = try r.decodeEnum(ECS.ManagedTerminationProtection.self)
            case "managedDraining": _managedDraining = try r.decodeEnum(ECS.ManagedDraining.self)
            default: try r.skipValue()
            }
        }
        guard let _autoScalingGroupArn else { throw JSONScanner.Unsupported() }
        return Self(autoScalingGroupArn: _autoScalingGroupArn, managedScaling: _managedScaling,
                    managedTerminationProtection: _managedTerminationProtection,
                    managedDraining: _managedDraining)
    }
}

extension ECS.AwsVpcConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _subnets: [Swift.String]? = nil
        var _securityGroups: [Swift.String]? = nil
        var _assignPublicIp: ECS.AssignPublicIp? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "subnets": _subnets = try r.list { try $0.string() }
            case "securityGroups": _securityGroups = try r.list { try $0.string() }
            case "assignPublicIp": _assignPublicIp = try r.decodeEnum(ECS.AssignPublicIp.self)
            default: try r.skipValue()
            }
        }
        guard let _subnets else { throw JSONScanner.Unsupported() }
        return Self(subnets: _subnets, securityGroups: _securityGroups,
                    assignPublicIp: _assignPublicIp)
    }
}

extension ECS.BaselineEbsBandwidthMbpsRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _min: Swift.Int? = nil
        var _max: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "min": _min = try r.int()
            case "max": _max = try r.int()
            default: try r.skipValue()
            }
        }
        return Self(min: _min, max: _max)
    }
}

extension ECS.CanaryConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _canaryPercent: Swift.Double? = nil
        var _canaryBakeTimeInMinutes: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "canaryPercent": _canaryPercent = try r.double()
            case "canaryBakeTimeInMinutes": _canaryBakeTimeInMinutes = try r.int()
            default: try r.skipValue()
            }
        }
        return Self(canaryPercent: _canaryPercent,
                    canaryBakeTimeInMinutes: _canaryBakeTimeInMinutes)
    }
}

extension ECS.CapacityProvider: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _capacityProviderArn: Swift.String? = nil
        var _name: Swift.String? = nil
        var _cluster: Swift.String? = nil
        var _status: ECS.CapacityProviderStatus? = nil
        var _autoScalingGroupProvider: ECS.AutoScalingGroupProvider? = nil
        var _managedInstancesProvider: ECS.ManagedInstancesProvider? = nil
        var _updateStatus: ECS.CapacityProviderUpdateStatus? = nil
        var _updateStatusReason: Swift.String? = nil
        var _tags: [ECS.Tag]? = nil
        var _type: ECS.CapacityProviderType? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "capacityProviderArn": _capacityProviderArn = try r.string()
            case "name": _name = try r.string()
            case "cluster": _cluster = try r.string()
            case "status": _status = try r.decodeEnum(ECS.CapacityProviderStatus.self)
            case "autoScalingGroupProvider": _autoScalingGroupProvider = try r.shape(ECS.AutoScalingGroupProvider.self)
            case "managedInstancesProvider": _managedInstancesProvider = try r.shape(ECS.ManagedInstancesProvider.self)
            case "updateStatus": _updateStatus = try r.decodeEnum(ECS.CapacityProviderUpdateStatus.self)
            case "updateStatusReason": _updateStatusReason = try r.string()
            case "tags": _tags = try r.list { try $0.shape(ECS.Tag.self) }
            case "type": _type = try r.decodeEnum(ECS.CapacityProviderType.self)
            default: try r.skipValue()
            }
        }
        return Self(capacityProviderArn: _capacityProviderArn, name: _name, cluster: _cluster,
                    status: _status, autoScalingGroupProvider: _autoScalingGroupProvider,
                    managedInstancesProvider: _managedInstancesProvider,
                    updateStatus: _updateStatus, updateStatusReason: _updateStatusReason,
                    tags: _tags, type: _type)
    }
}

extension ECS.CapacityProviderStrategyItem: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _capacityProvider: Swift.String? = nil
        var _weight: Swift.Int? = nil
        var _base: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "capacityProvider": _capacityProvider = try r.string()
            case "weight": _weight = try r.int()
            case "base": _base = try r.int()
            default: try r.skipValue()
            }
        }
        guard let _capacityProvider else { throw JSONScanner.Unsupported() }
        return Self(capacityProvider: _capacityProvider, weight: _weight, base: _base)
    }
}

extension ECS.CapacityReservationRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _reservationGroupArn: Swift.String? = nil
        var _reservationPreference: ECS.CapacityReservationPreference? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "reservationGroupArn": _reservationGroupArn = try r.string()
            case "reservationPreference":
                _reservationPreference = try r.decodeEnum(ECS.CapacityReservationPreference.self)
            default: try r.skipValue()
            }
        }
        return Self(reservationGroupArn: _reservationGroupArn,
                    reservationPreference: _reservationPreference)
    }
}

extension ECS.Cluster: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _clusterArn: Swift.String? = nil
        var _clusterName: Swift.String? = nil
        var _configuration: ECS.ClusterConfiguration? = nil
        var _status: Swift.String? = nil
        var _registeredContainerInstancesCount: Swift.Int? = nil
        var _runningTasksCount: Swift.Int? = nil
        var _pendingTasksCount: Swift.Int? = nil
        var _activeServicesCount: Swift.Int? = nil
        var _statistics: [ECS.KeyValuePair]? = nil
        var _tags: [ECS.Tag]? = nil
        var _settings: [ECS.ClusterSetting]? = nil
        var _capacityProviders: [Swift.String]? = nil
        var _defaultCapacityProviderStrategy: [ECS.CapacityProviderStrategyItem]? = nil
        var _attachments: [ECS.Attachment]? = nil
        var _attachmentsStatus: Swift.String? = nil
        var _serviceConnectDefaults: ECS.ClusterServiceConnectDefaults? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "clusterArn": _clusterArn = try r.string()
            case "clusterName": _clusterName = try r.string()
            case "configuration": _configuration = try r.shape(ECS.ClusterConfiguration.self)
            case "status": _status = try r.string()
            case "registeredContainerInstancesCount": _registeredContainerInstancesCount = try r.int()
            case "runningTasksCount": _runningTasksCount = try r.int()
            case "pendingTasksCount": _pendingTasksCount = try r.int()
            case "activeServicesCount": _activeServicesCount = try r.int()
            case "statistics": _statistics = try r.list { try $0.shape(ECS.KeyValuePair.self) }
            case "tags": _tags = try r.list { try $0.shape(ECS.Tag.self) }
            case "settings": _settings = try r.list { try $0.shape(ECS.ClusterSetting.self) }
            case "capacityProviders": _capacityProviders = try r.list { try $0.string() }
            case "defaultCapacityProviderStrategy":
                _defaultCapacityProviderStrategy = try r.list { try $0.shape(ECS.CapacityProviderStrategyItem.self) }
            case "attachments": _attachments = try r.list { try $0.shape(ECS.Attachment.self) }
            case "attachmentsStatus": _attachmentsStatus = try r.string()
            case "serviceConnectDefaults": _serviceConnectDefaults = try r.shape(ECS.ClusterServiceConnectDefaults.self)
            default: try r.skipValue()
            }
        }
        return Self(clusterArn: _clusterArn, clusterName: _clusterName,
                    configuration: _configuration, status: _status,
                    registeredContainerInstancesCount: _registeredContainerInstancesCount,
                    runningTasksCount: _runningTasksCount, pendingTasksCount: _pendingTasksCount,
                    activeServicesCount: _activeServicesCount, statistics: _statistics,
                    tags: _tags, settings: _settings, capacityProviders: _capacityProviders,
                    defaultCapacityProviderStrategy: _defaultCapacityProviderStrategy,
                    attachments: _attachments, attachmentsStatus: _attachmentsStatus,
                    serviceConnectDefaults: _serviceConnectDefaults)
    }
}

extension ECS.ClusterConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _executeCommandConfiguration: ECS.ExecuteCommandConfiguration? = nil
        var _managedStorageConfiguration: ECS.ManagedStorageConfiguration? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "executeCommandConfiguration":
                _executeCommandConfiguration = try r.shape(ECS.ExecuteCommandConfiguration.self)
            case "managedStorageConfiguration":
                _managedStorageConfiguration = try r.shape(ECS.ManagedStorageConfiguration.self)
            default: try r.skipValue()
            }
        }
        return Self(executeCommandConfiguration: _executeCommandConfiguration,
                    managedStorageConfiguration: _managedStorageConfiguration)
    }
}

extension ECS.ClusterServiceConnectDefaults: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _namespace: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "namespace": _namespace = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(namespace: _namespace)
    }
}

extension ECS.ClusterServiceConnectDefaultsRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _namespace: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "namespace": _namespace = try r.string()
            default: try r.skipValue()
            }
        }
        guard let _namespace else { throw JSONScanner.Unsupported() }
        return Self(namespace: _namespace)
    }
}

extension ECS.ClusterSetting: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _name: ECS.ClusterSettingName? = nil
        var _value: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "name": _name = try r.decodeEnum(ECS.ClusterSettingName.self)
            case "value": _value = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(name: _name, value: _value)
    }
}

extension ECS.Container: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _containerArn: Swift.String? = nil
        var _taskArn: Swift.String? = nil
        var _name: Swift.String? = nil
        var _image: Swift.String? = nil
        var _imageDigest: Swift.String? = nil
        var _runtimeId: Swift.String? = nil
        var _lastStatus: Swift.String? = nil
        var _exitCode: Swift.Int? = nil
        var _reason: Swift.String? = nil
        var _networkBindings: [ECS.NetworkBinding]? = nil
        var _networkInterfaces: [ECS.NetworkInterface]? = nil
        var _healthStatus: ECS.HealthStatus? = nil
        var _managedAgents: [ECS.ManagedAgent]? = nil
        var _cpu: Swift.String? = nil
        var _memory: Swift.String? = nil
        var _memoryReservation: Swift.String? = nil
        var _gpuIds: [Swift.String]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "containerArn": _containerArn = try r.string()
            case "taskArn": _taskArn = try r.string()
            case "name": _name = try r.string()
            case "image": _image = try r.string()
            case "imageDigest": _imageDigest = try r.string()
            case "runtimeId": _runtimeId = try r.string()
            case "lastStatus": _lastStatus = try r.string()
            case "exitCode": _exitCode = try r.int()
            case "reason": _reason = try r.string()
            case "networkBindings": _networkBindings = try r.list { try $0.shape(ECS.NetworkBinding.self) }
            case "networkInterfaces": _networkInterfaces = try r.list { try $0.shape(ECS.NetworkInterface.self) }
            case "healthStatus": _healthStatus = try r.decodeEnum(ECS.HealthStatus.self)
            case "managedAgents": _managedAgents = try r.list { try $0.shape(ECS.ManagedAgent.self) }
            case "cpu": _cpu = try r.string()
            case "memory": _memory = try r.string()
            case "memoryReservation": _memoryReservation = try r.string()
            case "gpuIds": _gpuIds = try r.list { try $0.string() }
            default: try r.skipValue()
            }
        }
        return Self(containerArn: _containerArn, taskArn: _taskArn, name: _name, image: _image,
                    imageDigest: _imageDigest, runtimeId: _runtimeId, lastStatus: _lastStatus,
                    exitCode: _exitCode, reason: _reason, networkBindings: _networkBindings,
                    networkInterfaces: _networkInterfaces, healthStatus: _healthStatus,
                    managedAgents: _managedAgents, cpu: _cpu, memory: _memory,
                    memoryReservation: _memoryReservation, gpuIds: _gpuIds)
    }
}

extension ECS.ContainerDefinition: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _name: Swift.String? = nil
        var _image: Swift.String? = nil
        var _repositoryCredentials: ECS.RepositoryCredentials? = nil
        var _cpu: Swift.Int? = nil
        var _memory: Swift.Int? = nil
        var _memoryReservation: Swift.Int? = nil
        var _links: [Swift.String]? = nil
        var _portMappings: [ECS.PortMapping]? = nil
        var _essential: Swift.Bool? = nil
        var _restartPolicy: ECS.ContainerRestartPolicy? = nil
        var _entryPoint: [Swift.String]? = nil
        var _command: [Swift.String]? = nil
        var _environment: [ECS.KeyValuePair]? = nil
        var _environmentFiles: [ECS.EnvironmentFile]? = nil
        var _mountPoints: [ECS.MountPoint]? = nil
        var _volumesFrom: [ECS.VolumeFrom]? = nil
        var _linuxParameters: ECS.LinuxParameters? = nil
        var _secrets: [ECS.Secret]? = nil
        var _dependsOn: [ECS.ContainerDependency]? = nil
        var _startTimeout: Swift.Int? = nil
        var _stopTimeout: Swift.Int? = nil
        var _versionConsistency: ECS.VersionConsistency? = nil
        var _hostname: Swift.String? = nil
        var _user: Swift.String? = nil
        var _workingDirectory: Swift.String? = nil
        var _disableNetworking: Swift.Bool? = nil
        var _privileged: Swift.Bool? = nil
        var _readonlyRootFilesystem: Swift.Bool? = nil
        var _dnsServers: [Swift.String]? = nil
        var _dnsSearchDomains: [Swift.String]? = nil
        var _extraHosts: [ECS.HostEntry]? = nil
        var _dockerSecurityOptions: [Swift.String]? = nil
        var _interactive: Swift.Bool? = nil
        var _pseudoTerminal: Swift.Bool? = nil
        var _dockerLabels: [Swift.String: Swift.String]? = nil
        var _ulimits: [ECS.Ulimit]? = nil
        var _logConfiguration: ECS.LogConfiguration? = nil
        var _healthCheck: ECS.HealthCheck? = nil
        var _systemControls: [ECS.SystemControl]? = nil
        var _resourceRequirements: [ECS.ResourceRequirement]? = nil
        var _firelensConfiguration: ECS.FirelensConfiguration? = nil
        var _credentialSpecs: [Swift.String]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "name": _name = try r.string()
            case "image": _image = try r.string()
            case "repositoryCredentials": _repositoryCredentials = try r.shape(ECS.RepositoryCredentials.self)
            case "cpu": _cpu = try r.int()
            case "memory": _memory = try r.int()
            case "memoryReservation": _memoryReservation = try r.int()
            case "links": _links = try r.list { try $0.string() }
            case "portMappings": _portMappings = try r.list { try $0.shape(ECS.PortMapping.self) }
            case "essential": _essential = try r.bool()
            case "restartPolicy": _restartPolicy = try r.shape(ECS.ContainerRestartPolicy.self)
            case "entryPoint": _entryPoint = try r.list { try $0.string() }
            case "command": _command = try r.list { try $0.string() }
            case "environment": _environment = try r.list { try $0.shape(ECS.KeyValuePair.self) }
            case "environmentFiles": _environmentFiles = try r.list { try $0.shape(ECS.EnvironmentFile.self) }
            case "mountPoints": _mountPoints = try r.list { try $0.shape(ECS.MountPoint.self) }
            case "volumesFrom": _volumesFrom = try r.list { try $0.shape(ECS.VolumeFrom.self) }
            case "linuxParameters": _linuxParameters = try r.shape(ECS.LinuxParameters.self)
            case "secrets": _secrets = try r.list { try $0.shape(ECS.Secret.self) }
            case "dependsOn": _dependsOn = try r.list { try $0.shape(ECS.ContainerDependency.self) }
            case "startTimeout": _startTimeout = try r.int()
            case "stopTimeout": _stopTimeout = try r.int()
            case "versionConsistency": _versionConsistency = try r.decodeEnum(ECS.VersionConsistency.self)
            case "hostname": _hostname = try r.string()
            case "user": _user = try r.string()
            case "workingDirectory": _workingDirectory = try r.string()
            case "disableNetworking": _disableNetworking = try r.bool()
            case "privileged": _privileged = try r.bool()
            case "readonlyRootFilesystem": _readonlyRootFilesystem = try r.bool()
            case "dnsServers": _dnsServers = try r.list { try $0.string() }
            case "dnsSearchDomains": _dnsSearchDomains = try r.list { try $0.string() }
            case "extraHosts": _extraHosts = try r.list { try $0.shape(ECS.HostEntry.self) }
            case "dockerSecurityOptions": _dockerSecurityOptions = try r.list { try $0.string() }
            case "interactive": _interactive = try r.bool()
            case "pseudoTerminal": _pseudoTerminal = try r.bool()
            case "dockerLabels": _dockerLabels = try r.map { try $0.string() }
            case "ulimits": _ulimits = try r.list { try $0.shape(ECS.Ulimit.self) }
            case "logConfiguration": _logConfiguration = try r.shape(ECS.LogConfiguration.self)
            case "healthCheck": _healthCheck = try r.shape(ECS.HealthCheck.self)
            case "systemControls": _systemControls = try r.list { try $0.shape(ECS.SystemControl.self) }
            case "resourceRequirements":
                _resourceRequirements = try r.list { try $0.shape(ECS.ResourceRequirement.self) }
            case "firelensConfiguration": _firelensConfiguration = try r.shape(ECS.FirelensConfiguration.self)
            case "credentialSpecs": _credentialSpecs = try r.list { try $0.string() }
            default: try r.skipValue()
            }
        }
        return Self(name: _name, image: _image, repositoryCredentials: _repositoryCredentials,
                    cpu: _cpu, memory: _memory, memoryReservation: _memoryReservation,
                    links: _links, portMappings: _portMappings, essential: _essential,
                    restartPolicy: _restartPolicy, entryPoint: _entryPoint, command: _command,
                    environment: _environment, environmentFiles: _environmentFiles,
                    mountPoints: _mountPoints, volumesFrom: _volumesFrom,
                    linuxParameters: _linuxParameters, secrets: _secrets, dependsOn: _dependsOn,
                    startTimeout: _startTimeout, stopTimeout: _stopTimeout,
                    versionConsistency: _versionConsistency, hostname: _hostname, user: _user,
                    workingDirectory: _workingDirectory, disableNetworking: _disableNetworking,
                    privileged: _privileged, readonlyRootFilesystem: _readonlyRootFilesystem,
                    dnsServers: _dnsServers, dnsSearchDomains: _dnsSearchDomains,
                    extraHosts: _extraHosts, dockerSecurityOptions: _dockerSecurityOptions,
                    interactive: _interactive, pseudoTerminal: _pseudoTerminal,
                    dockerLabels: _dockerLabels, ulimits: _ulimits,
                    logConfiguration: _logConfiguration, healthCheck: _healthCheck,
                    systemControls: _systemControls, resourceRequirements: _resourceRequirements,
                    firelensConfiguration: _firelensConfiguration,
                    credentialSpecs: _credentialSpecs)
    }
}

extension ECS.ContainerDependency: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _containerName: Swift.String? = nil
        var _condition: ECS.ContainerCondition? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "containerName": _containerName = try r.string()
            case "condition": _condition = try r.decodeEnum(ECS.ContainerCondition.self)
            default: try r.skipValue()
            }
        }
        guard let _containerName, let _condition else { throw JSONScanner.Unsupported() }
        return Self(containerName: _containerName, condition: _condition)
    }
}

extension ECS.ContainerImage: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _containerName: Swift.String? = nil
        var _imageDigest: Swift.String? = nil
        var _image: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "containerName": _containerName = try r.string()
            case "imageDigest": _imageDigest = try r.string()
            case "image": _image = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(containerName: _containerName, imageDigest: _imageDigest, image: _image)
    }
}

extension ECS.ContainerInstance: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _containerInstanceArn: Swift.String? = nil
        var _ec2InstanceId: Swift.String? = nil
        var _capacityProviderName: Swift.String? = nil
        var _version: Swift.Int? = nil
        var _versionInfo: ECS.VersionInfo? = nil
        var _remainingResources: [ECS.Resource]? = nil
        var _registeredResources: [ECS.Resource]? = nil
        var _status: Swift.String? = nil
        var _statusReason: Swift.String? = nil
        var _agentConnected: Swift.Bool? = nil
        var _runningTasksCount: Swift.Int? = nil
        var _pendingTasksCount: Swift.Int? = nil
        var _agentUpdateStatus: ECS.AgentUpdateStatus? = nil
        var _attributes: [ECS.Attribute]? = nil
        var _registeredAt: ECSTimestamp? = nil
        var _attachments: [ECS.Attachment]? = nil
        var _tags: [ECS.Tag]? = nil
        var _healthStatus: ECS.ContainerInstanceHealthStatus? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "containerInstanceArn": _containerInstanceArn = try r.string()
            case "ec2InstanceId": _ec2InstanceId = try r.string()
            case "capacityProviderName": _capacityProviderName = try r.string()
            case "version": _version = try r.int()
            case "versionInfo": _versionInfo = try r.shape(ECS.VersionInfo.self)
            case "remainingResources": _remainingResources = try r.list { try $0.shape(ECS.Resource.self) }
            case "registeredResources": _registeredResources = try r.list { try $0.shape(ECS.Resource.self) }
            case "status": _status = try r.string()
            case "statusReason": _statusReason = try r.string()
            case "agentConnected": _agentConnected = try r.bool()
            case "runningTasksCount": _runningTasksCount = try r.int()
            case "pendingTasksCount": _pendingTasksCount = try r.int()
            case "agentUpdateStatus": _agentUpdateStatus = try r.decodeEnum(ECS.AgentUpdateStatus.self)
            case "attributes": _attributes = try r.list { try $0.shape(ECS.Attribute.self) }
            case "registeredAt": _registeredAt = try r.timestamp()
            case "attachments": _attachments = try r.list { try $0.shape(ECS.Attachment.self) }
            case "tags": _tags = try r.list { try $0.shape(ECS.Tag.self) }
            case "healthStatus": _healthStatus = try r.shape(ECS.ContainerInstanceHealthStatus.self)
            default: try r.skipValue()
            }
        }
        return Self(containerInstanceArn: _containerInstanceArn, ec2InstanceId: _ec2InstanceId,
                    capacityProviderName: _capacityProviderName, version: _version,
                    versionInfo: _versionInfo, remainingResources: _remainingResources,
                    registeredResources: _registeredResources, status: _status,
                    statusReason: _statusReason, agentConnected: _agentConnected,
                    runningTasksCount: _runningTasksCount, pendingTasksCount: _pendingTasksCount,
                    agentUpdateStatus: _agentUpdateStatus, attributes: _attributes,
                    registeredAt: _registeredAt, attachments: _attachments, tags: _tags,
                    healthStatus: _healthStatus)
    }
}

extension ECS.ContainerInstanceHealthStatus: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _overallStatus: ECS.InstanceHealthCheckState? = nil
        var _details: [ECS.InstanceHealthCheckResult]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "overallStatus": _overallStatus = try r.decodeEnum(ECS.InstanceHealthCheckState.self)
            case "details": _details = try r.list { try $0.shape(ECS.InstanceHealthCheckResult.self) }
            default: try r.skipValue()
            }
        }
        return Self(overallStatus: _overallStatus, details: _details)
    }
}

extension ECS.ContainerOverride: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _name: Swift.String? = nil
        var _command: [Swift.String]? = nil
        var _environment: [ECS.KeyValuePair]? = nil
        var _environmentFiles: [ECS.EnvironmentFile]? = nil
        var _cpu: Swift.Int? = nil
        var _memory: Swift.Int? = nil
        var _memoryReservation: Swift.Int? = nil
        var _resourceRequirements: [ECS.ResourceRequirement]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "name": _name = try r.string()
            case "command": _command = try r.list { try $0.string() }
            case "environment": _environment = try r.list { try $0.shape(ECS.KeyValuePair.self) }
            case "environmentFiles": _environmentFiles = try r.list { try $0.shape(ECS.EnvironmentFile.self) }
            case "cpu": _cpu = try r.int()
            case "memory": _memory = try r.int()
            case "memoryReservation": _memoryReservation = try r.int()
            case "resourceRequirements":
                _resourceRequirements = try r.list { try $0.shape(ECS.ResourceRequirement.self) }
            default: try r.skipValue()
            }
        }
        return Self(name: _name, command: _command, environment: _environment,
                    environmentFiles: _environmentFiles, cpu: _cpu, memory: _memory,
                    memoryReservation: _memoryReservation,
                    resourceRequirements: _resourceRequirements)
    }
}

extension ECS.ContainerRestartPolicy: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _enabled: Swift.Bool? = nil
        var _ignoredExitCodes: [Swift.Int]? = nil
        var _restartAttemptPeriod: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "enabled": _enabled = try r.bool()
            case "ignoredExitCodes": _ignoredExitCodes = try r.list { try $0.int() }
            case "restartAttemptPeriod": _restartAttemptPeriod = try r.int()
            default: try r.skipValue()
            }
        }
        guard let _enabled else { throw JSONScanner.Unsupported() }
        return Self(enabled: _enabled, ignoredExitCodes: _ignoredExitCodes,
                    restartAttemptPeriod: _restartAttemptPeriod)
    }
}

extension ECS.CreateClusterRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        try scanJSON(&r) { _, _ in false }
    }

    /// Also reads the keys `extra` takes (ecsplan's own, beside the request's members).
    static func scanJSON(
        _ r: inout JSONScanner, extra: (inout JSONScanner, KeyText) throws -> Swift.Bool
    ) throws -> Self {
        var _clusterName: Swift.String? = nil
        var _tags: [ECS.Tag]? = nil
        var _settings: [ECS.ClusterSetting]? = nil
        var _configuration: ECS.ClusterConfiguration? = nil
        var _capacityProviders: [Swift.String]? = nil
        var _defaultCapacityProviderStrategy: [ECS.CapacityProviderStrategyItem]? = nil
        var _serviceConnectDefaults: ECS.ClusterServiceConnectDefaultsRequest? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "clusterName": _clusterName = try r.string()
            case "tags": _tags = try r.list { try $0.shape(ECS.Tag.self) }
            case "settings": _settings = try r.list { try $0.shape(ECS.ClusterSetting.self) }
            case "configuration": _configuration = try r.shape(ECS.ClusterConfiguration.self)
            case "capacityProviders": _capacityProviders = try r.list { try $0.string() }
            case "defaultCapacityProviderStrategy":
                _defaultCapacityProviderStrategy = try r.list { try $0.shape(ECS.CapacityProviderStrategyItem.self) }
            case "serviceConnectDefaults":
                _serviceConnectDefaults = try r.shape(ECS.ClusterServiceConnectDefaultsRequest.self)
            default: if try !extra(&r, key) { try r.skipValue() }
            }
        }
        return Self(clusterName: _clusterName, tags: _tags, settings: _settings,
                    configuration: _configuration, capacityProviders: _capacityProviders,
                    defaultCapacityProviderStrategy: _defaultCapacityProviderStrategy,
                    serviceConnectDefaults: _serviceConnectDefaults)
    }
}

extension ECS.CreateClusterResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _cluster: ECS.Cluster? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cluster": _cluster = try r.shape(ECS.Cluster.self)
            default: try r.skipValue()
            }
        }
        return Self(cluster: _cluster)
    }
}

extension ECS.CreateServiceRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        try scanJSON(&r) { _, _ in false }
    }

    /// Also reads the keys `extra` takes (ecsplan's own, beside the request's members).
    static func scanJSON(
        _ r: inout JSONScanner, extra: (inout JSONScanner, KeyText) throws -> Swift.Bool
    ) throws -> Self {
        var _cluster: Swift.String? = nil
        var _serviceName: Swift.String? = nil
        var _taskDefinition: Swift.String? = nil
        var _availabilityZoneRebalancing: ECS.AvailabilityZoneRebalancing? = nil
        var _loadBalancers: [ECS.LoadBalancer]? = nil
        var _serviceRegistries: [ECS.ServiceRegistry]? = nil
        var _desiredCount: Swift.Int? = nil
        var _clientToken: Swift.String? = nil
        var _launchType: ECS.LaunchType? = nil
        var _capacityProviderStrategy: [ECS.CapacityProviderStrategyItem]? = nil
        var _platformVersion: Swift.String? = nil
        var _role: Swift.String? = nil
        var _deploymentConfiguration: ECS.DeploymentConfiguration? = nil
        var _placementConstraints: [ECS.PlacementConstraint]? = nil
        var _placementStrategy: [ECS.PlacementStrategy]? = nil
        var _networkConfiguration: ECS.NetworkConfiguration? = nil
        var _healthCheckGracePeriodSeconds: Swift.Int? = nil
        var _schedulingStrategy: ECS.SchedulingStrategy? = nil
        var _deploymentController: ECS.DeploymentController? = nil
        var _tags: [ECS.Tag]? = nil
        var _enableECSManagedTags: Swift.Bool? = nil
        var _propagateTags: ECS.PropagateTags? = nil
        var _enableExecuteCommand: Swift.Bool? = nil
        var _serviceConnectConfiguration: ECS.ServiceConnectConfiguration? = nil
        var _volumeConfigurations: [ECS.ServiceVolumeConfiguration]? = nil
        var _vpcLatticeConfigurations: [ECS.VpcLatticeConfiguration]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cluster": _cluster = try r.string()
            case "serviceName": _serviceName = try r.string()
            case "taskDefinition": _taskDefinition = try r.string()
            case "availabilityZoneRebalancing":
                _availabilityZoneRebalancing = try r.decodeEnum(ECS.AvailabilityZoneRebalancing.self)
            case "loadBalancers": _loadBalancers = try r.list { try $0.shape(ECS.LoadBalancer.self) }
            case "serviceRegistries": _serviceRegistries = try r.list { try $0.shape(ECS.ServiceRegistry.self) }
            case "desiredCount": _desiredCount = try r.int()
            case "clientToken": _clientToken = try r.string()
            case "launchType": _launchType = try r.decodeEnum(ECS.LaunchType.self)
            case "capacityProviderStrategy":
                _capacityProviderStrategy = try r.list { try $0.shape(ECS.CapacityProviderStrategyItem.self) }
            case "platformVersion": _platformVersion = try r.string()
            case "role": _role = try r.string()
            case "deploymentConfiguration": _deploymentConfiguration = try r.shape(ECS.DeploymentConfiguration.self)
            case "placementConstraints":
                _placementConstraints = try r.list { try $0.shape(ECS.PlacementConstraint.self) }
            case "placementStrategy": _placementStrategy = try r.list { try $0.shape(ECS.PlacementStrategy.self) }
            case "networkConfiguration": _networkConfiguration = try r.shape(ECS.NetworkConfiguration.self)
            case "healthCheckGracePeriodSeconds": _healthCheckGracePeriodSeconds = try r.int()
            case "schedulingStrategy": _schedulingStrategy = try r.decodeEnum(ECS.SchedulingStrategy.self)
            case "deploymentController": _deploymentController = try r.shape(ECS.DeploymentController.self)
            case "tags": _tags = try r.list { try $0.shape(ECS.Tag.self) }
            case "enableECSManagedTags": _enableECSManagedTags = try r.bool()
            case "propagateTags": _propagateTags = try r.decodeEnum(ECS.PropagateTags.self)
            case "enableExecuteCommand": _enableExecuteCommand = try r.bool()
            case "serviceConnectConfiguration":
                _serviceConnectConfiguration = try r.shape(ECS.ServiceConnectConfiguration.self)
            case "volumeConfigurations":
                _volumeConfigurations = try r.list { try $0.shape(ECS.ServiceVolumeConfiguration.self) }
            case "vpcLatticeConfigurations":
                _vpcLatticeConfigurations = try r.list { try $0.shape(ECS.VpcLatticeConfiguration.self) }
            default: if try !extra(&r, key) { try r.skipValue() }
            }
        }
        return Self(cluster: _cluster, serviceName: _serviceName, taskDefinition: _taskDefinition,
                    availabilityZoneRebalancing: _availabilityZoneRebalancing,
                    loadBalancers: _loadBalancers, serviceRegistries: _serviceRegistries,
                    desiredCount: _desiredCount, clientToken: _clientToken,
                    launchType: _launchType, capacityProviderStrategy: _capacityProviderStrategy,
                    platformVersion: _platformVersion, role: _role,
                    deploymentConfiguration: _deploymentConfiguration,
                    placementConstraints: _placementConstraints,
                    placementStrategy: _placementStrategy,
                    networkConfiguration: _networkConfiguration,
                    healthCheckGracePeriodSeconds: _healthCheckGracePeriodSeconds,
                    schedulingStrategy: _schedulingStrategy,
                    deploymentController: _deploymentController, tags: _tags,
                    enableECSManagedTags: _enableECSManagedTags, propagateTags: _propagateTags,
                    enableExecuteCommand: _enableExecuteCommand,
                    serviceConnectConfiguration: _serviceConnectConfiguration,
                    volumeConfigurations: _volumeConfigurations,
                    vpcLatticeConfigurations: _vpcLatticeConfigurations)
    }
}

extension ECS.CreateServiceResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _service: ECS.Service? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "service": _service = try r.shape(ECS.Service.self)
            default: try r.skipValue()
            }
        }
        return Self(service: _service)
    }
}

extension ECS.CreatedAt: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _before: ECSTimestamp? = nil
        var _after: ECSTimestamp? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "before": _before = try r.timestamp()
            case "after": _after = try r.timestamp()
            default: try r.skipValue()
            }
        }
        return Self(before: _before, after: _after)
    }
}

extension ECS.DeleteClusterRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _cluster: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cluster": _cluster = try r.string()
            default: try r.skipValue()
            }
        }
        guard let _cluster else { throw JSONScanner.Unsupported() }
        return Self(cluster: _cluster)
    }
}

extension ECS.DeleteClusterResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _cluster: ECS.Cluster? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cluster": _cluster = try r.shape(ECS.Cluster.self)
            default: try r.skipValue()
            }
        }
        return Self(cluster: _cluster)
    }
}

extension ECS.DeleteServiceRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _cluster: Swift.String? = nil
        var _service: Swift.String? = nil
        var _force: Swift.Bool? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cluster": _cluster = try r.string()
            case "service": _service = try r.string()
            case "force": _force = try r.bool()
            default: try r.skipValue()
            }
        }
        guard let _service else { throw JSONScanner.Unsupported() }
        return Self(cluster: _cluster, service: _service, force: _force)
    }
}

extension ECS.DeleteServiceResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _service: ECS.Service? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "service": _service = try r.shape(ECS.Service.self)
            default: try r.skipValue()
            }
        }
        return Self(service: _service)
    }
}

extension ECS.Deployment: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _id: Swift.String? = nil
        var _status: Swift.String? = nil
        var _taskDefinition: Swift.String? = nil
        var _desiredCount: Swift.Int? = nil
        var _pendingCount: Swift.Int? = nil
        var _runningCount: Swift.Int? = nil
        var _failedTasks: Swift.Int? = nil
        var _createdAt: ECSTimestamp? = nil
        var _updatedAt: ECSTimestamp? = nil
        var _capacityProviderStrategy: [ECS.CapacityProviderStrategyItem]? = nil
        var _launchType: ECS.LaunchType? = nil
        var _platformVersion: Swift.String? = nil
        var _platformFamily: Swift.String? = nil
        var _networkConfiguration: ECS.NetworkConfiguration? = nil
        var _rolloutState: ECS.DeploymentRolloutState? = nil
        var _rolloutStateReason: Swift.String? = nil
        var _serviceConnectConfiguration: ECS.ServiceConnectConfiguration? = nil
        var _serviceConnectResources: [ECS.ServiceConnectServiceResource]? = nil
        var _volumeConfigurations: [ECS.ServiceVolumeConfiguration]? = nil
        var _fargateEphemeralStorage: ECS.DeploymentEphemeralStorage? = nil
        var _vpcLatticeConfigurations: [ECS.VpcLatticeConfiguration]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "id": _id = try r.string()
            case "status": _status = try r.string()
            case "taskDefinition": _taskDefinition = try r.string()
            case "desiredCount": _desiredCount = try r.int()
            case "pendingCount": _pendingCount = try r.int()
            case "runningCount": _runningCount = try r.int()
            case "failedTasks": _failedTasks = try r.int()
            case "createdAt": _createdAt = try r.timestamp()
            case "updatedAt": _updatedAt = try r.timestamp()
            case "capacityProviderStrategy":
                _capacityProviderStrategy = try r.list { try $0.shape(ECS.CapacityProviderStrategyItem.self) }
            case "launchType": _launchType = try r.decodeEnum(ECS.LaunchType.self)
            case "platformVersion": _platformVersion = try r.string()
            case "platformFamily": _platformFamily = try r.string()
            case "networkConfiguration": _networkConfiguration = try r.shape(ECS.NetworkConfiguration.self)
            case "rolloutState": _rolloutState = try r.decodeEnum(ECS.DeploymentRolloutState.self)
            case "rolloutStateReason": _rolloutStateReason = try r.string()
            case "serviceConnectConfiguration":
                _serviceConnectConfiguration = try r.shape(ECS.ServiceConnectConfiguration.self)
            case "serviceConnectResources":
                _serviceConnectResources = try r.list { try $0.shape(ECS.ServiceConnectServiceResource.self) }
            case "volumeConfigurations":
                _volumeConfigurations = try r.list { try $0.shape(ECS.ServiceVolumeConfiguration.self) }
            case "fargateEphemeralStorage": _fargateEphemeralStorage = try r.shape(ECS.DeploymentEphemeralStorage.self)
            case "vpcLatticeConfigurations":
                _vpcLatticeConfigurations = try r.list { try $0.shape(ECS.VpcLatticeConfiguration.self) }
            default: try r.skipValue()
            }
        }
        return Self(id: _id, status: _status, taskDefinition: _taskDefinition,
                    desiredCount: _desiredCount, pendingCount: _pendingCount,
                    runningCount: _runningCount, failedTasks: _failedTasks, createdAt: _createdAt,
                    updatedAt: _updatedAt, capacityProviderStrategy: _capacityProviderStrategy,
                    launchType: _launchType, platformVersion: _platformVersion,
                    platformFamily: _platformFamily, networkConfiguration: _networkConfiguration,
                    rolloutState: _rolloutState, rolloutStateReason: _rolloutStateReason,
                    serviceConnectConfiguration: _serviceConnectConfiguration,
                    serviceConnectResources: _serviceConnectResources,
                    volumeConfigurations: _volumeConfigurations,
                    fargateEphemeralStorage: _fargateEphemeralStorage,
                    vpcLatticeConfigurations: _vpcLatticeConfigurations)
    }
}

extension ECS.DeploymentAlarms: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _alarmNames: [Swift.String]? = nil
        var _rollback: Swift.Bool? = nil
        var _enable: Swift.Bool? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "alarmNames": _alarmNames = try r.list { try $0.string() }
            case "rollback": _rollback = try r.bool()
            case "enable": _enable = try r.bool()
            default: try r.skipValue()
            }
        }
        guard let _alarmNames, let _rollback, let _enable else { throw JSONScanner.Unsupported() }
        return Self(alarmNames: _alarmNames, rollback: _rollback, enable: _enable)
    }
}

extension ECS.DeploymentCircuitBreaker: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _enable: Swift.Bool? = nil
        var _rollback: Swift.Bool? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "enable": _enable = try r.bool()
            case "rollback": _rollback = try r.bool()
            default: try r.skipValue()
            }
        }
        guard let _enable, let _rollback else { throw JSONScanner.Unsupported() }
        return Self(enable: _enable, rollback: _rollback)
    }
}

extension ECS.DeploymentConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _deploymentCircuitBreaker: ECS.DeploymentCircuitBreaker? = nil
        var _maximumPercent: Swift.Int? = nil
        var _minimumHealthyPercent: Swift.Int? = nil
        var _alarms: ECS.DeploymentAlarms? = nil
        var _strategy: ECS.DeploymentStrategy? = nil
        var _bakeTimeInMinutes: Swift.Int? = nil
        var _lifecycleHooks: [ECS.DeploymentLifecycleHook]? = nil
        var _linearConfiguration: ECS.LinearConfiguration? = nil
        var _canaryConfiguration: ECS.CanaryConfiguration? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "deploymentCircuitBreaker": _deploymentCircuitBreaker = try r.shape(ECS.DeploymentCircuitBreaker.self)
            case "maximumPercent": _maximumPercent = try r.int()
            case "minimumHealthyPercent": _minimumHealthyPercent = try r.int()
            case "alarms": _alarms = try r.shape(ECS.DeploymentAlarms.self)
            case "strategy": _strategy = try r.decodeEnum(ECS.DeploymentStrategy.self)
            case "bakeTimeInMinutes": _bakeTimeInMinutes = try r.int()
            case "lifecycleHooks": _lifecycleHooks = try r.list { try $0.shape(ECS.DeploymentLifecycleHook.self) }
            case "linearConfiguration": _linearConfiguration = try r.shape(ECS.LinearConfiguration.self)
            case "canaryConfiguration": _canaryConfiguration = try r.shape(ECS.CanaryConfiguration.self)
            default: try r.skipValue()
            }
        }
        return Self(deploymentCircuitBreaker: _deploymentCircuitBreaker,
                    maximumPercent: _maximumPercent, minimumHealthyPercent: _minimumHealthyPercent,
                    alarms: _alarms, strategy: _strategy, bakeTimeInMinutes: _bakeTimeInMinutes,
                    lifecycleHooks: _lifecycleHooks, linearConfiguration: _linearConfiguration,
                    canaryConfiguration: _canaryConfiguration)
    }
}

extension ECS.DeploymentController: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _type: ECS.DeploymentControllerType? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "type": _type = try r.decodeEnum(ECS.DeploymentControllerType.self)
            default: try r.skipValue()
            }
        }
        guard let _type else { throw JSONScanner.Unsupported() }
        return Self(type: _type)
    }
}

extension ECS.DeploymentEphemeralStorage: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _kmsKeyId: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "kmsKeyId": _kmsKeyId = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(kmsKeyId: _kmsKeyId)
    }
}

extension ECS.DeploymentLifecycleHook: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _targetType: ECS.DeploymentLifecycleHookTargetType? = nil
        var _hookTargetArn: Swift.String? = nil
        var _roleArn: Swift.String? = nil
        var _lifecycleStages: [ECS.DeploymentLifecycleHookStage]? = nil
        var _hookDetails: ECS.HookDetails? = nil
        var _timeoutConfiguration: ECS.DeploymentLifecycleHookTimeoutConfiguration? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "targetType": _targetType = try r.decodeEnum(ECS.DeploymentLifecycleHookTargetType.self)
            case "hookTargetArn": _hookTargetArn = try r.string()
            case "roleArn": _roleArn = try r.string()
            case "lifecycleStages":
                _lifecycleStages = try r.list { try $0.decodeEnum(ECS.DeploymentLifecycleHookStage.self) }
            case "hookDetails": _hookDetails = try r.shape(ECS.HookDetails.self)
            case "timeoutConfiguration":
                _timeoutConfiguration = try r.shape(ECS.DeploymentLifecycleHookTimeoutConfiguration.self)
            default: try r.skipValue()
            }
        }
        return Self(targetType: _targetType, hookTargetArn: _hookTargetArn, roleArn: _roleArn,
                    lifecycleStages: _lifecycleStages, hookDetails: _hookDetails,
                    timeoutConfiguration: _timeoutConfiguration)
    }
}

extension ECS.DeploymentLifecycleHookDetail: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _hookId: Swift.String? = nil
        var _targetType: ECS.DeploymentLifecycleHookTargetType? = nil
        var _targetArn: Swift.String? = nil
        var _status: ECS.DeploymentLifecycleHookStatus? = nil
        var _expiresAt: ECSTimestamp? = nil
        var _timeoutAction: ECS.DeploymentLifecycleHookAction? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "hookId": _hookId = try r.string()
            case "targetType": _targetType = try r.decodeEnum(ECS.DeploymentLifecycleHookTargetType.self)
            case "targetArn": _targetArn = try r.string()
            case "status": _status = try r.decodeEnum(ECS.DeploymentLifecycleHookStatus.self)
            case "expiresAt": _expiresAt = try r.timestamp()
            case "timeoutAction": _timeoutAction = try r.decodeEnum(ECS.DeploymentLifecycleHookAction.self)
            default: try r.skipValue()
            }
        }
        return Self(hookId: _hookId, targetType: _targetType, targetArn: _targetArn,
                    status: _status, expiresAt: _expiresAt, timeoutAction: _timeoutAction)
    }
}

extension ECS.DeploymentLifecycleHookTimeoutConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _timeoutInMinutes: Swift.Int? = nil
        var _action: ECS.DeploymentLifecycleHookAction? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "timeoutInMinutes": _timeoutInMinutes = try r.int()
            case "action": _action = try r.decodeEnum(ECS.DeploymentLifecycleHookAction.self)
            default: try r.skipValue()
            }
        }
        return Self(timeoutInMinutes: _timeoutInMinutes, action: _action)
    }
}

extension ECS.DeregisterTaskDefinitionRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _taskDefinition: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "taskDefinition": _taskDefinition = try r.string()
            default: try r.skipValue()
            }
        }
        guard let _taskDefinition else { throw JSONScanner.Unsupported() }
        return Self(taskDefinition: _taskDefinition)
    }
}

extension ECS.DeregisterTaskDefinitionResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _taskDefinition: ECS.TaskDefinition? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "taskDefinition": _taskDefinition = try r.shape(ECS.TaskDefinition.self)
            default: try r.skipValue()
            }
        }
        return Self(taskDefinition: _taskDefinition)
    }
}

extension ECS.DescribeCapacityProvidersRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _capacityProviders: [Swift.String]? = nil
        var _cluster: Swift.String? = nil
        var _include: [ECS.CapacityProviderField]? = nil
        var _maxResults: Swift.Int? = nil
        var _nextToken: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "capacityProviders": _capacityProviders = try r.list { try $0.string() }
            case "cluster": _cluster = try r.string()
            case "include": _include = try r.list { try $0.decodeEnum(ECS.CapacityProviderField.self) }
            case "maxResults": _maxResults = try r.int()
            case "nextToken": _nextToken = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(capacityProviders: _capacityProviders, cluster: _cluster, include: _include,
                    maxResults: _maxResults, nextToken: _nextToken)
    }
}

extension ECS.DescribeCapacityProvidersResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _capacityProviders: [ECS.CapacityProvider]? = nil
        var _failures: [ECS.Failure]? = nil
        var _nextToken: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "capacityProviders": _capacityProviders = try r.list { try $0.shape(ECS.CapacityProvider.self) }
            case "failures": _failures = try r.list { try $0.shape(ECS.Failure.self) }
            case "nextToken": _nextToken = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(capacityProviders: _capacityProviders, failures: _failures,
                    nextToken: _nextToken)
    }
}

extension ECS.DescribeClustersRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _clusters: [Swift.String]? = nil
        var _include: [ECS.ClusterField]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "clusters": _clusters = try r.list { try $0.string() }
            case "include": _include = try r.list { try $0.decodeEnum(ECS.ClusterField.self) }
            default: try r.skipValue()
            }
        }
        return Self(clusters: _clusters, include: _include)
    }
}

extension ECS.DescribeClustersResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _clusters: [ECS.Cluster]? = nil
        var _failures: [ECS.Failure]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "clusters": _clusters = try r.list { try $0.shape(ECS.Cluster.self) }
            case "failures": _failures = try r.list { try $0.shape(ECS.Failure.self) }
            default: try r.skipValue()
            }
        }
        return Self(clusters: _clusters, failures: _failures)
    }
}

extension ECS.DescribeContainerInstancesRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _cluster: Swift.String? = nil
        var _containerInstances: [Swift.String]? = nil
        var _include: [ECS.ContainerInstanceField]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cluster": _cluster = try r.string()
            case "containerInstances": _containerInstances = try r.list { try $0.string() }
            case "include": _include = try r.list { try $0.decodeEnum(ECS.ContainerInstanceField.self) }
            default: try r.skipValue()
            }
        }
        guard let _containerInstances else { throw JSONScanner.Unsupported() }
        return Self(cluster: _cluster, containerInstances: _containerInstances, include: _include)
    }
}

extension ECS.DescribeContainerInstancesResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _containerInstances: [ECS.ContainerInstance]? = nil
        var _failures: [ECS.Failure]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "containerInstances": _containerInstances = try r.list { try $0.shape(ECS.ContainerInstance.self) }
            case "failures": _failures = try r.list { try $0.shape(ECS.Failure.self) }
            default: try r.skipValue()
            }
        }
        return Self(containerInstances: _containerInstances, failures: _failures)
    }
}

extension ECS.DescribeServiceDeploymentsRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _serviceDeploymentArns: [Swift.String]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "serviceDeploymentArns": _serviceDeploymentArns = try r.list { try $0.string() }
            default: try r.skipValue()
            }
        }
        guard let _serviceDeploymentArns else { throw JSONScanner.Unsupported() }
        return Self(serviceDeploymentArns: _serviceDeploymentArns)
    }
}

extension ECS.DescribeServiceDeploymentsResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _serviceDeployments: [ECS.ServiceDeployment]? = nil
        var _failures: [ECS.Failure]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "serviceDeployments": _serviceDeployments = try r.list { try $0.shape(ECS.ServiceDeployment.self) }
            case "failures": _failures = try r.list { try $0.shape(ECS.Failure.self) }
            default: try r.skipValue()
            }
        }
        return Self(serviceDeployments: _serviceDeployments, failures: _failures)
    }
}

extension ECS.DescribeServiceRevisionsRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _serviceRevisionArns: [Swift.String]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "serviceRevisionArns": _serviceRevisionArns = try r.list { try $0.string() }
            default: try r.skipValue()
            }
        }
        guard let _serviceRevisionArns else { throw JSONScanner.Unsupported() }
        return Self(serviceRevisionArns: _serviceRevisionArns)
    }
}

extension ECS.DescribeServiceRevisionsResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _serviceRevisions: [ECS.ServiceRevision]? = nil
        var _failures: [ECS.Failure]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "serviceRevisions": _serviceRevisions = try r.list { try $0.shape(ECS.ServiceRevision.self) }
            case "failures": _failures = try r.list { try $0.shape(ECS.Failure.self) }
            default: try r.skipValue()
            }
        }
        return Self(serviceRevisions: _serviceRevisions, failures: _failures)
    }
}

extension ECS.DescribeServicesRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _cluster: Swift.String? = nil
        var _services: [Swift.String]? = nil
        var _include: [ECS.ServiceField]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cluster": _cluster = try r.string()
            case "services": _services = try r.list { try $0.string() }
            case "include": _include = try r.list { try $0.decodeEnum(ECS.ServiceField.self) }
            default: try r.skipValue()
            }
        }
        guard let _services else { throw JSONScanner.Unsupported() }
        return Self(cluster: _cluster, services: _services, include: _include)
    }
}

extension ECS.DescribeServicesResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _services: [ECS.Service]? = nil
        var _failures: [ECS.Failure]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "services": _services = try r.list { try $0.shape(ECS.Service.self) }
            case "failures": _failures = try r.list { try $0.shape(ECS.Failure.self) }
            default: try r.skipValue()
            }
        }
        return Self(services: _services, failures: _failures)
    }
}

extension ECS.DescribeTaskDefinitionRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _taskDefinition: Swift.String? = nil
        var _include: [ECS.TaskDefinitionField]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "taskDefinition": _taskDefinition = try r.string()
            case "include": _include = try r.list { try $0.decodeEnum(ECS.TaskDefinitionField.self) }
            default: try r.skipValue()
            }
        }
        guard let _taskDefinition else { throw JSONScanner.Unsupported() }
        return Self(taskDefinition: _taskDefinition, include: _include)
    }
}

extension ECS.DescribeTaskDefinitionResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _taskDefinition: ECS.TaskDefinition? = nil
        var _tags: [ECS.Tag]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "taskDefinition": _taskDefinition = try r.shape(ECS.TaskDefinition.self)
            case "tags": _tags = try r.list { try $0.shape(ECS.Tag.self) }
            default: try r.skipValue()
            }
        }
        return Self(taskDefinition: _taskDefinition, tags: _tags)
    }
}

extension ECS.DescribeTasksRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _cluster: Swift.String? = nil
        var _tasks: [Swift.String]? = nil
        var _include: [ECS.TaskField]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cluster": _cluster = try r.string()
            case "tasks": _tasks = try r.list { try $0.string() }
            case "include": _include = try r.list { try $0.decodeEnum(ECS.TaskField.self) }
            default: try r.skipValue()
            }
        }
        guard let _tasks else { throw JSONScanner.Unsupported() }
        return Self(cluster: _cluster, tasks: _tasks, include: _include)
    }
}

extension ECS.DescribeTasksResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _tasks: [ECS.Task]? = nil
        var _failures: [ECS.Failure]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "tasks": _tasks = try r.list { try $0.shape(ECS.Task.self) }
            case "failures": _failures = try r.list { try $0.shape(ECS.Failure.self) }
            default: try r.skipValue()
            }
        }
        return Self(tasks: _tasks, failures: _failures)
    }
}

extension ECS.Device: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _hostPath: Swift.String? = nil
        var _containerPath: Swift.String? = nil
        var _permissions: [ECS.DeviceCgroupPermission]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "hostPath": _hostPath = try r.string()
            case "containerPath": _containerPath = try r.string()
            case "permissions": _permissions = try r.list { try $0.decodeEnum(ECS.DeviceCgroupPermission.self) }
            default: try r.skipValue()
            }
        }
        guard let _hostPath else { throw JSONScanner.Unsupported() }
        return Self(hostPath: _hostPath, containerPath: _containerPath, permissions: _permissions)
    }
}

extension ECS.DockerVolumeConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _scope: ECS.Scope? = nil
        var _autoprovision: Swift.Bool? = nil
        var _driver: Swift.String? = nil
        var _driverOpts: [Swift.String: Swift.String]? = nil
        var _labels: [Swift.String: Swift.String]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "scope": _scope = try r.decodeEnum(ECS.Scope.self)
            case "autoprovision": _autoprovision = try r.bool()
            case "driver": _driver = try r.string()
            case "driverOpts": _driverOpts = try r.map { try $0.string() }
            case "labels": _labels = try r.map { try $0.string() }
            default: try r.skipValue()
            }
        }
        return Self(scope: _scope, autoprovision: _autoprovision, driver: _driver,
                    driverOpts: _driverOpts, labels: _labels)
    }
}

extension ECS.EBSTagSpecification: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _resourceType: ECS.EBSResourceType? = nil
        var _tags: [ECS.Tag]? = nil
        var _propagateTags: ECS.PropagateTags? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "resourceType": _resourceType = try r.decodeEnum(ECS.EBSResourceType.self)
            case "tags": _tags = try r.list { try $0.shape(ECS.Tag.self) }
            case "propagateTags": _propagateTags = try r.decodeEnum(ECS.PropagateTags.self)
            default: try r.skipValue()
            }
        }
        guard let _resourceType else { throw JSONScanner.Unsupported() }
        return Self(resourceType: _resourceType, tags: _tags, propagateTags: _propagateTags)
    }
}

extension ECS.ECSManagedResources: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _ingressPaths: [ECS.ManagedIngressPath]? = nil
        var _autoScaling: ECS.ManagedAutoScaling? = nil
        var _metricAlarms: [ECS.ManagedMetricAlarm]? = nil
        var _serviceSecurityGroups: [ECS.ManagedSecurityGroup]? = nil
        var _logGroups: [ECS.ManagedLogGroup]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "ingressPaths": _ingressPaths = try r.list { try $0.shape(ECS.ManagedIngressPath.self) }
            case "autoScaling": _autoScaling = try r.shape(ECS.ManagedAutoScaling.self)
            case "metricAlarms": _metricAlarms = try r.list { try $0.shape(ECS.ManagedMetricAlarm.self) }
            case "serviceSecurityGroups":
                _serviceSecurityGroups = try r.list { try $0.shape(ECS.ManagedSecurityGroup.self) }
            case "logGroups": _logGroups = try r.list { try $0.shape(ECS.ManagedLogGroup.self) }
            default: try r.skipValue()
            }
        }
        return Self(ingressPaths: _ingressPaths, autoScaling: _autoScaling,
                    metricAlarms: _metricAlarms, serviceSecurityGroups: _serviceSecurityGroups,
                    logGroups: _logGroups)
    }
}

extension ECS.EFSAuthorizationConfig: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _accessPointId: Swift.String? = nil
        var _iam: ECS.EFSAuthorizationConfigIAM? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "accessPointId": _accessPointId = try r.string()
            case "iam": _iam = try r.decodeEnum(ECS.EFSAuthorizationConfigIAM.self)
            default: try r.skipValue()
            }
        }
        return Self(accessPointId: _accessPointId, iam: _iam)
    }
}

extension ECS.EFSVolumeConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _fileSystemId: Swift.String? = nil
        var _rootDirectory: Swift.String? = nil
        var _transitEncryption: ECS.EFSTransitEncryption? = nil
        var _transitEncryptionPort: Swift.Int? = nil
        var _authorizationConfig: ECS.EFSAuthorizationConfig? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "fileSystemId": _fileSystemId = try r.string()
            case "rootDirectory": _rootDirectory = try r.string()
            case "transitEncryption": _transitEncryption = try r.decodeEnum(ECS.EFSTransitEncryption.self)
            case "transitEncryptionPort": _transitEncryptionPort = try r.int()
            case "authorizationConfig": _authorizationConfig = try r.shape(ECS.EFSAuthorizationConfig.self)
            default: try r.skipValue()
            }
        }
        guard let _fileSystemId else { throw JSONScanner.Unsupported() }
        return Self(fileSystemId: _fileSystemId, rootDirectory: _rootDirectory,
                    transitEncryption: _transitEncryption,
                    transitEncryptionPort: _transitEncryptionPort,
                    authorizationConfig: _authorizationConfig)
    }
}

extension ECS.EnvironmentFile: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _value: Swift.String? = nil
        var _type: ECS.EnvironmentFileType? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "value": _value = try r.string()
            case "type": _type = try r.decodeEnum(ECS.EnvironmentFileType.self)
            default: try r.skipValue()
            }
        }
        guard let _value, let _type else { throw JSONScanner.Unsupported() }
        return Self(value: _value, type: _type)
    }
}

extension ECS.EphemeralStorage: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _sizeInGiB: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "sizeInGiB": _sizeInGiB = try r.int()
            default: try r.skipValue()
            }
        }
        guard let _sizeInGiB else { throw JSONScanner.Unsupported() }
        return Self(sizeInGiB: _sizeInGiB)
    }
}

extension ECS.ExecuteCommandConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _kmsKeyId: Swift.String? = nil
        var _logging: ECS.ExecuteCommandLogging? = nil
        var _logConfiguration: ECS.ExecuteCommandLogConfiguration? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "kmsKeyId": _kmsKeyId = try r.string()
            case "logging": _logging = try r.decodeEnum(ECS.ExecuteCommandLogging.self)
            case "logConfiguration": _logConfiguration = try r.shape(ECS.ExecuteCommandLogConfiguration.self)
            default: try r.skipValue()
            }
        }
        return Self(kmsKeyId: _kmsKeyId, logging: _logging, logConfiguration: _logConfiguration)
    }
}

extension ECS.ExecuteCommandLogConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _cloudWatchLogGroupName: Swift.String? = nil
        var _cloudWatchEncryptionEnabled: Swift.Bool? = nil
        var _s3BucketName: Swift.String? = nil
        var _s3EncryptionEnabled: Swift.Bool? = nil
        var _s3KeyPrefix: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cloudWatchLogGroupName": _cloudWatchLogGroupName = try r.string()
            case "cloudWatchEncryptionEnabled": _cloudWatchEncryptionEnabled = try r.bool()
            case "s3BucketName": _s3BucketName = try r.string()
            case "s3EncryptionEnabled": _s3EncryptionEnabled = try r.bool()
            case "s3KeyPrefix": _s3KeyPrefix = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(cloudWatchLogGroupName: _cloudWatchLogGroupName,
                    cloudWatchEncryptionEnabled: _cloudWatchEncryptionEnabled,
                    s3BucketName: _s3BucketName, s3EncryptionEnabled: _s3EncryptionEnabled,
                    s3KeyPrefix: _s3KeyPrefix)
    }
}

extension ECS.FSxWindowsFileServerAuthorizationConfig: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _credentialsParameter: Swift.String? = nil
        var _domain: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "credentialsParameter": _credentialsParameter = try r.string()
            case "domain": _domain = try r.string()
            default: try r.skipValue()
            }
        }
        guard let _credentialsParameter, let _domain else { throw JSONScanner.Unsupported() }
        return Self(credentialsParameter: _credentialsParameter, domain: _domain)
    }
}

extension ECS.FSxWindowsFileServerVolumeConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _fileSystemId: Swift.String? = nil
        var _rootDirectory: Swift.String? = nil
        var _authorizationConfig: ECS.FSxWindowsFileServerAuthorizationConfig? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "fileSystemId": _fileSystemId = try r.string()
            case "rootDirectory": _rootDirectory = try r.string()
            case "authorizationConfig":
                _authorizationConfig = try r.shape(ECS.FSxWindowsFileServerAuthorizationConfig.self)
            default: try r.skipValue()
            }
        }
        guard let _fileSystemId, let _rootDirectory, let _authorizationConfig else { throw JSONScanner.Unsupported() }
        return Self(fileSystemId: _fileSystemId, rootDirectory: _rootDirectory,
                    authorizationConfig: _authorizationConfig)
    }
}

extension ECS.Failure: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _arn: Swift.String? = nil
        var _reason: Swift.String? = nil
        var _detail: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "arn": _arn = try r.string()
            case "reason": _reason = try r.string()
            case "detail": _detail = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(arn: _arn, reason: _reason, detail: _detail)
    }
}

extension ECS.FirelensConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _type: ECS.FirelensConfigurationType? = nil
        var _options: [Swift.String: Swift.String]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "type": _type = try r.decodeEnum(ECS.FirelensConfigurationType.self)
            case "options": _options = try r.map { try $0.string() }
            default: try r.skipValue()
            }
        }
        guard let _type else { throw JSONScanner.Unsupported() }
        return Self(type: _type, options: _options)
    }
}

extension ECS.HealthCheck: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _command: [Swift.String]? = nil
        var _interval: Swift.Int? = nil
        var _timeout: Swift.Int? = nil
        var _retries: Swift.Int? = nil
        var _startPeriod: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "command": _command = try r.list { try $0.string() }
            case "interval": _interval = try r.int()
            case "timeout": _timeout = try r.int()
            case "retries": _retries = try r.int()
            case "startPeriod": _startPeriod = try r.int()
            default: try r.skipValue()
            }
        }
        guard let _command else { throw JSONScanner.Unsupported() }
        return Self(command: _command, interval: _interval, timeout: _timeout, retries: _retries,
                    startPeriod: _startPeriod)
    }
}

extension ECS.HookDetails: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self { Self(try r.document()) }
}

extension ECS.HostEntry: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _hostname: Swift.String? = nil
        var _ipAddress: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "hostname": _hostname = try r.string()
            case "ipAddress": _ipAddress = try r.string()
            default: try r.skipValue()
            }
        }
        guard let _hostname, let _ipAddress else { throw JSONScanner.Unsupported() }
        return Self(hostname: _hostname, ipAddress: _ipAddress)
    }
}

extension ECS.HostVolumeProperties: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _sourcePath: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "sourcePath": _sourcePath = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(sourcePath: _sourcePath)
    }
}

extension ECS.InferenceAccelerator: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _deviceName: Swift.String? = nil
        var _deviceType: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "deviceName": _deviceName = try r.string()
            case "deviceType": _deviceType = try r.string()
            default: try r.skipValue()
            }
        }
        guard let _deviceName, let _deviceType else { throw JSONScanner.Unsupported() }
        return Self(deviceName: _deviceName, deviceType: _deviceType)
    }
}

extension ECS.InferenceAcceleratorOverride: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _deviceName: Swift.String? = nil
        var _deviceType: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "deviceName": _deviceName = try r.string()
            case "deviceType": _deviceType = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(deviceName: _deviceName, deviceType: _deviceType)
    }
}

extension ECS.InfrastructureOptimization: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _scaleInAfter: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "scaleInAfter": _scaleInAfter = try r.int()
            default: try r.skipValue()
            }
        }
        return Self(scaleInAfter: _scaleInAfter)
    }
}

extension ECS.InstanceHealthCheckResult: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _type: ECS.InstanceHealthCheckType? = nil
        var _status: ECS.InstanceHealthCheckState? = nil
        var _statusReason: Swift.String? = nil
        var _lastUpdated: ECSTimestamp? = nil
        var _lastStatusChange: ECSTimestamp? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "type": _type = try r.decodeEnum(ECS.InstanceHealthCheckType.self)
            case "status": _status = try r.decodeEnum(ECS.InstanceHealthCheckState.self)
            case "statusReason": _statusReason = try r.string()
            case "lastUpdated": _lastUpdated = try r.timestamp()
            case "lastStatusChange": _lastStatusChange = try r.timestamp()
            default: try r.skipValue()
            }
        }
        return Self(type: _type, status: _status, statusReason: _statusReason,
                    lastUpdated: _lastUpdated, lastStatusChange: _lastStatusChange)
    }
}

extension ECS.InstanceLaunchTemplate: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _ec2InstanceProfileArn: Swift.String? = nil
        var _networkConfiguration: ECS.ManagedInstancesNetworkConfiguration? = nil
        var _storageConfiguration: ECS.ManagedInstancesStorageConfiguration? = nil
        var _localStorageConfiguration: ECS.ManagedInstancesLocalStorageConfiguration? = nil
        var _monitoring: ECS.ManagedInstancesMonitoringOptions? = nil
        var _capacityOptionType: ECS.CapacityOptionType? = nil
        var _instanceMetadataTagsPropagation: Swift.Bool? = nil
        var _instanceRequirements: ECS.InstanceRequirementsRequest? = nil
        var _fipsEnabled: Swift.Bool? = nil
        var _capacityReservations: ECS.CapacityReservationRequest? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "ec2InstanceProfileArn": _ec2InstanceProfileArn = try r.string()
            case "networkConfiguration":
                _networkConfiguration = try r.shape(ECS.ManagedInstancesNetworkConfiguration.self)
            case "storageConfiguration":
                _storageConfiguration = try r.shape(ECS.ManagedInstancesStorageConfiguration.self)
            case "localStorageConfiguration":
                _localStorageConfiguration = try r.shape(ECS.ManagedInstancesLocalStorageConfiguration.self)
            case "monitoring": _monitoring = try r.decodeEnum(ECS.ManagedInstancesMonitoringOptions.self)
            case "capacityOptionType": _capacityOptionType = try r.decodeEnum(ECS.CapacityOptionType.self)
            case "instanceMetadataTagsPropagation": _instanceMetadataTagsPropagation = try r.bool()
            case "instanceRequirements": _instanceRequirements = try r.shape(ECS.InstanceRequirementsRequest.self)
            case "fipsEnabled": _fipsEnabled = try r.bool()
            case "capacityReservations": _capacityReservations = try r.shape(ECS.CapacityReservationRequest.self)
            default: try r.skipValue()
            }
        }
        guard let _ec2InstanceProfileArn, let _networkConfiguration else { throw JSONScanner.Unsupported() }
        return Self(ec2InstanceProfileArn: _ec2InstanceProfileArn,
                    networkConfiguration: _networkConfiguration,
                    storageConfiguration: _storageConfiguration,
                    localStorageConfiguration: _localStorageConfiguration, monitoring: _monitoring,
                    capacityOptionType: _capacityOptionType,
                    instanceMetadataTagsPropagation: _instanceMetadataTagsPropagation,
                    instanceRequirements: _instanceRequirements, fipsEnabled: _fipsEnabled,
                    capacityReservations: _capacityReservations)
    }
}

extension ECS.InstanceRequirementsRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _vCpuCount: ECS.VCpuCountRangeRequest? = nil
        var _memoryMiB: ECS.MemoryMiBRequest? = nil
        var _cpuManufacturers: [ECS.CpuManufacturer]? = nil
        var _memoryGiBPerVCpu: ECS.MemoryGiBPerVCpuRequest? = nil
        var _excludedInstanceTypes: [Swift.String]? = nil
        var _instanceGenerations: [ECS.InstanceGeneration]? = nil
        var _spotMaxPricePercentageOverLowestPrice: Swift.Int? = nil
        var _onDemandMaxPricePercentageOverLowestPrice: Swift.Int? = nil
        var _bareMetal: ECS.BareMetal? = nil
        var _burstablePerformance: ECS.BurstablePerformance? = nil
        var _requireHibernateSupport: Swift.Bool? = nil
        var _networkInterfaceCount: ECS.NetworkInterfaceCountRequest? = nil
        var _localStorage: ECS.LocalStorage? = nil
        var _localStorageTypes: [ECS.LocalStorageType]? = nil
        var _totalLocalStorageGB: ECS.TotalLocalStorageGBRequest? = nil
        var _baselineEbsBandwidthMbps: ECS.BaselineEbsBandwidthMbpsRequest? = nil
        var _acceleratorTypes: [ECS.AcceleratorType]? = nil
        var _acceleratorCount: ECS.AcceleratorCountRequest? = nil
        var _acceleratorManufacturers: [ECS.AcceleratorManufacturer]? = nil
        var _acceleratorNames: [ECS.AcceleratorName]? = nil
        var _acceleratorTotalMemoryMiB: ECS.AcceleratorTotalMemoryMiBRequest? = nil
        var _networkBandwidthGbps: ECS.NetworkBandwidthGbpsRequest? = nil
        var _allowedInstanceTypes: [Swift.String]? = nil
        var _maxSpotPriceAsPercentageOfOptimalOnDemandPrice: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "vCpuCount": _vCpuCount = try r.shape(ECS.VCpuCountRangeRequest.self)
            case "memoryMiB": _memoryMiB = try r.shape(ECS.MemoryMiBRequest.self)
            case "cpuManufacturers": _cpuManufacturers = try r.list { try $0.decodeEnum(ECS.CpuManufacturer.self) }
            case "memoryGiBPerVCpu": _memoryGiBPerVCpu = try r.shape(ECS.MemoryGiBPerVCpuRequest.self)
            case "excludedInstanceTypes": _excludedInstanceTypes = try r.list { try $0.string() }
            case "instanceGenerations":
                _instanceGenerations = try r.list { try $0.decodeEnum(ECS.InstanceGeneration.self) }
            case "spotMaxPricePercentageOverLowestPrice": _spotMaxPricePercentageOverLowestPrice = try r.int()
            case "onDemandMaxPricePercentageOverLowestPrice": _onDemandMaxPricePercentageOverLowestPrice = try r.int()
            case "bareMetal": _bareMetal = try r.decodeEnum(ECS.BareMetal.self)
            case "burstablePerformance": _burstablePerformance = try r.decodeEnum(ECS.BurstablePerformance.self)
            case "requireHibernateSupport": _requireHibernateSupport = try r.bool()
            case "networkInterfaceCount": _networkInterfaceCount = try r.shape(ECS.NetworkInterfaceCountRequest.self)
            case "localStorage": _localStorage = try r.decodeEnum(ECS.LocalStorage.self)
            case "localStorageTypes": _localStorageTypes = try r.list { try $0.decodeEnum(ECS.LocalStorageType.self) }
            case "totalLocalStorageGB": _totalLocalStorageGB = try r.shape(ECS.TotalLocalStorageGBRequest.self)
            case "baselineEbsBandwidthMbps":
                _baselineEbsBandwidthMbps = try r.shape(ECS.BaselineEbsBandwidthMbpsRequest.self)
            case "acceleratorTypes": _acceleratorTypes = try r.list { try $0.decodeEnum(ECS.AcceleratorType.self) }
            case "acceleratorCount": _acceleratorCount = try r.shape(ECS.AcceleratorCountRequest.self)
            case "acceleratorManufacturers":
                _acceleratorManufacturers = try r.list { try $0.decodeEnum(ECS.AcceleratorManufacturer.self) }
            case "acceleratorNames": _acceleratorNames = try r.list { try $0.decodeEnum(ECS.AcceleratorName.self) }
            case "acceleratorTotalMemoryMiB":
                _acceleratorTotalMemoryMiB = try r.shape(ECS.AcceleratorTotalMemoryMiBRequest.self)
            case "networkBandwidthGbps": _networkBandwidthGbps = try r.shape(ECS.NetworkBandwidthGbpsRequest.self)
            case "allowedInstanceTypes": _allowedInstanceTypes = try r.list { try $0.string() }
            case "maxSpotPriceAsPercentageOfOptimalOnDemandPrice":
                _maxSpotPriceAsPercentageOfOptimalOnDemandPrice = try r.int()
            default: try r.skipValue()
            }
        }
        guard let _vCpuCount, let _memoryMiB else { throw JSONScanner.Unsupported() }
        return Self(vCpuCount: _vCpuCount, memoryMiB: _memoryMiB,
                    cpuManufacturers: _cpuManufacturers, memoryGiBPerVCpu: _memoryGiBPerVCpu,
                    excludedInstanceTypes: _excludedInstanceTypes,
                    instanceGenerations: _instanceGenerations,
                    spotMaxPricePercentageOverLowestPrice: _spotMaxPricePercentageOverLowestPrice,
                    onDemandMaxPricePercentageOverLowestPrice: _onDemandMaxPricePercentageOverLowestPrice,
                    bareMetal: _bareMetal, burstablePerformance: _burstablePerformance,
                    requireHibernateSupport: _requireHibernateSupport,
                    networkInterfaceCount: _networkInterfaceCount, localStorage: _localStorage,
                    localStorageTypes: _localStorageTypes,
                    totalLocalStorageGB: _totalLocalStorageGB,
                    baselineEbsBandwidthMbps: _baselineEbsBandwidthMbps,
                    acceleratorTypes: _acceleratorTypes, acceleratorCount: _acceleratorCount,
                    acceleratorManufacturers: _acceleratorManufacturers,
                    acceleratorNames: _acceleratorNames,
                    acceleratorTotalMemoryMiB: _acceleratorTotalMemoryMiB,
                    networkBandwidthGbps: _networkBandwidthGbps,
                    allowedInstanceTypes: _allowedInstanceTypes,
                    maxSpotPriceAsPercentageOfOptimalOnDemandPrice: _maxSpotPriceAsPercentageOfOptimalOnDemandPrice)
    }
}

extension ECS.KernelCapabilities: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _add: [Swift.String]? = nil
        var _drop: [Swift.String]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "add": _add = try r.list { try $0.string() }
            case "drop": _drop = try r.list { try $0.string() }
            default: try r.skipValue()
            }
        }
        return Self(add: _add, drop: _drop)
    }
}

extension ECS.KeyValuePair: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _name: Swift.String? = nil
        var _value: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "name": _name = try r.string()
            case "value": _value = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(name: _name, value: _value)
    }
}

extension ECS.LinearConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _stepPercent: Swift.Double? = nil
        var _stepBakeTimeInMinutes: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "stepPercent": _stepPercent = try r.double()
            case "stepBakeTimeInMinutes": _stepBakeTimeInMinutes = try r.int()
            default: try r.skipValue()
            }
        }
        return Self(stepPercent: _stepPercent, stepBakeTimeInMinutes: _stepBakeTimeInMinutes)
    }
}

extension ECS.LinuxParameters: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _capabilities: ECS.KernelCapabilities? = nil
        var _devices: [ECS.Device]? = nil
        var _initProcessEnabled: Swift.Bool? = nil
        var _sharedMemorySize: Swift.Int? = nil
        var _tmpfs: [ECS.Tmpfs]? = nil
        var _maxSwap: Swift.Int? = nil
        var _swappiness: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "capabilities": _capabilities = try r.shape(ECS.KernelCapabilities.self)
            case "devices": _devices = try r.list { try $0.shape(ECS.Device.self) }
            case "initProcessEnabled": _initProcessEnabled = try r.bool()
            case "sharedMemorySize": _sharedMemorySize = try r.int()
            case "tmpfs": _tmpfs = try r.list { try $0.shape(ECS.Tmpfs.self) }
            case "maxSwap": _maxSwap = try r.int()
            case "swappiness": _swappiness = try r.int()
            default: try r.skipValue()
            }
        }
        return Self(capabilities: _capabilities, devices: _devices,
                    initProcessEnabled: _initProcessEnabled, sharedMemorySize: _sharedMemorySize,
                    tmpfs: _tmpfs, maxSwap: _maxSwap, swappiness: _swappiness)
    }
}

extension ECS.ListClustersRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _nextToken: Swift.String? = nil
        var _maxResults: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "nextToken": _nextToken = try r.string()
            case "maxResults": _maxResults = try r.int()
            default: try r.skipValue()
            }
        }
        return Self(nextToken: _nextToken, maxResults: _maxResults)
    }
}

extension ECS.ListClustersResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _clusterArns: [Swift.String]? = nil
        var _nextToken: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "clusterArns": _clusterArns = try r.list { try $0.string() }
            case "nextToken": _nextToken = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(clusterArns: _clusterArns, nextToken: _nextToken)
    }
}

extension ECS.ListContainerInstancesRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _cluster: Swift.String? = nil
        var _filter: Swift.String? = nil
        var _nextToken: Swift.String? = nil
        var _maxResults: Swift.Int? = nil
        var _status: ECS.ContainerInstanceStatus? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cluster": _cluster = try r.string()
            case "filter": _filter = try r.string()
            case "nextToken": _nextToken = try r.string()
            case "maxResults": _maxResults = try r.int()
            case "status": _status = try r.decodeEnum(ECS.ContainerInstanceStatus.self)
            default: try r.skipValue()
            }
        }
        return Self(cluster: _cluster, filter: _filter, nextToken: _nextToken,
                    maxResults: _maxResults, status: _status)
    }
}

extension ECS.ListContainerInstancesResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _containerInstanceArns: [Swift.String]? = nil
        var _nextToken: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "containerInstanceArns": _containerInstanceArns = try r.list { try $0.string() }
            case "nextToken": _nextToken = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(containerInstanceArns: _containerInstanceArns, nextToken: _nextToken)
    }
}

extension ECS.ListServiceDeploymentsRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _service: Swift.String? = nil
        var _cluster: Swift.String? = nil
        var _status: [ECS.ServiceDeploymentStatus]? = nil
        var _createdAt: ECS.CreatedAt? = nil
        var _nextToken: Swift.String? = nil
        var _maxResults: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "service": _service = try r.string()
            case "cluster": _cluster = try r.string()
            case "status": _status = try r.list { try $0.decodeEnum(ECS.ServiceDeploymentStatus.self) }
            case "createdAt": _createdAt = try r.shape(ECS.CreatedAt.self)
            case "nextToken": _nextToken = try r.string()
            case "maxResults": _maxResults = try r.int()
            default: try r.skipValue()
            }
        }
        guard let _service else { throw JSONScanner.Unsupported() }
        return Self(service: _service, cluster: _cluster, status: _status, createdAt: _createdAt,
                    nextToken: _nextToken, maxResults: _maxResults)
    }
}

extension ECS.ListServiceDeploymentsResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _serviceDeployments: [ECS.ServiceDeploymentBrief]? = nil
        var _nextToken: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "serviceDeployments":
                _serviceDeployments = try r.list { try $0.shape(ECS.ServiceDeploymentBrief.self) }
            case "nextToken": _nextToken = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(serviceDeployments: _serviceDeployments, nextToken: _nextToken)
    }
}

extension ECS.ListServicesRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _cluster: Swift.String? = nil
        var _nextToken: Swift.String? = nil
        var _maxResults: Swift.Int? = nil
        var _launchType: ECS.LaunchType? = nil
        var _schedulingStrategy: ECS.SchedulingStrategy? = nil
        var _resourceManagementType: ECS.ResourceManagementType? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cluster": _cluster = try r.string()
            case "nextToken": _nextToken = try r.string()
            case "maxResults": _maxResults = try r.int()
            case "launchType": _launchType = try r.decodeEnum(ECS.LaunchType.self)
            case "schedulingStrategy": _schedulingStrategy = try r.decodeEnum(ECS.SchedulingStrategy.self)
            case "resourceManagementType": _resourceManagementType = try r.decodeEnum(ECS.ResourceManagementType.self)
            default: try r.skipValue()
            }
        }
        return Self(cluster: _cluster, nextToken: _nextToken, maxResults: _maxResults,
                    launchType: _launchType, schedulingStrategy: _schedulingStrategy,
                    resourceManagementType: _resourceManagementType)
    }
}

extension ECS.ListServicesResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _serviceArns: [Swift.String]? = nil
        var _nextToken: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "serviceArns": _serviceArns = try r.list { try $0.string() }
            case "nextToken": _nextToken = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(serviceArns: _serviceArns, nextToken: _nextToken)
    }
}

extension ECS.ListTagsForResourceRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _resourceArn: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "resourceArn": _resourceArn = try r.string()
            default: try r.skipValue()
            }
        }
        guard let _resourceArn else { throw JSONScanner.Unsupported() }
        return Self(resourceArn: _resourceArn)
    }
}

extension ECS.ListTagsForResourceResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _tags: [ECS.Tag]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "tags": _tags = try r.list { try $0.shape(ECS.Tag.self) }
            default: try r.skipValue()
            }
        }
        return Self(tags: _tags)
    }
}

extension ECS.ListTaskDefinitionFamiliesRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _familyPrefix: Swift.String? = nil
        var _status: ECS.TaskDefinitionFamilyStatus? = nil
        var _nextToken: Swift.String? = nil
        var _maxResults: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "familyPrefix": _familyPrefix = try r.string()
            case "status": _status = try r.decodeEnum(ECS.TaskDefinitionFamilyStatus.self)
            case "nextToken": _nextToken = try r.string()
            case "maxResults": _maxResults = try r.int()
            default: try r.skipValue()
            }
        }
        return Self(familyPrefix: _familyPrefix, status: _status, nextToken: _nextToken,
                    maxResults: _maxResults)
    }
}

extension ECS.ListTaskDefinitionFamiliesResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _families: [Swift.String]? = nil
        var _nextToken: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "families": _families = try r.list { try $0.string() }
            case "nextToken": _nextToken = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(families: _families, nextToken: _nextToken)
    }
}

extension ECS.ListTaskDefinitionsRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _familyPrefix: Swift.String? = nil
        var _status: ECS.TaskDefinitionStatus? = nil
        var _sort: ECS.SortOrder? = nil
        var _nextToken: Swift.String? = nil
        var _maxResults: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "familyPrefix": _familyPrefix = try r.string()
            case "status": _status = try r.decodeEnum(ECS.TaskDefinitionStatus.self)
            case "sort": _sort = try r.decodeEnum(ECS.SortOrder.self)
            case "nextToken": _nextToken = try r.string()
            case "maxResults": _maxResults = try r.int()
            default: try r.skipValue()
            }
        }
        return Self(familyPrefix: _familyPrefix, status: _status, sort: _sort,
                    nextToken: _nextToken, maxResults: _maxResults)
    }
}

extension ECS.ListTaskDefinitionsResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _taskDefinitionArns: [Swift.String]? = nil
        var _nextToken: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "taskDefinitionArns": _taskDefinitionArns = try r.list { try $0.string() }
            case "nextToken": _nextToken = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(taskDefinitionArns: _taskDefinitionArns, nextToken: _nextToken)
    }
}

extension ECS.ListTasksRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _cluster: Swift.String? = nil
        var _containerInstance: Swift.String? = nil
        var _family: Swift.String? = nil
        var _nextToken: Swift.String? = nil
        var _maxResults: Swift.Int? = nil
        var _startedBy: Swift.String? = nil
        var _serviceName: Swift.String? = nil
        var _desiredStatus: ECS.DesiredStatus? = nil
        var _launchType: ECS.LaunchType? = nil
        var _daemonName: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cluster": _cluster = try r.string()
            case "containerInstance": _containerInstance = try r.string()
            case "family": _family = try r.string()
            case "nextToken": _nextToken = try r.string()
            case "maxResults": _maxResults = try r.int()
            case "startedBy": _startedBy = try r.string()
            case "serviceName": _serviceName = try r.string()
            case "desiredStatus": _desiredStatus = try r.decodeEnum(ECS.DesiredStatus.self)
            case "launchType": _launchType = try r.decodeEnum(ECS.LaunchType.self)
            case "daemonName": _daemonName = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(cluster: _cluster, containerInstance: _containerInstance, family: _family,
                    nextToken: _nextToken, maxResults: _maxResults, startedBy: _startedBy,
                    serviceName: _serviceName, desiredStatus: _desiredStatus,
                    launchType: _launchType, daemonName: _daemonName)
    }
}

extension ECS.ListTasksResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _taskArns: [Swift.String]? = nil
        var _nextToken: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "taskArns": _taskArns = try r.list { try $0.string() }
            case "nextToken": _nextToken = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(taskArns: _taskArns, nextToken: _nextToken)
    }
}

extension ECS.LoadBalancer: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _targetGroupArn: Swift.String? = nil
        var _loadBalancerName: Swift.String? = nil
        var _containerName: Swift.String? = nil
        var _containerPort: Swift.Int? = nil
        var _advancedConfiguration: ECS.AdvancedConfiguration? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "targetGroupArn": _targetGroupArn = try r.string()
            case "loadBalancerName": _loadBalancerName = try r.string()
            case "containerName": _containerName = try r.string()
            case "containerPort": _containerPort = try r.int()
            case "advancedConfiguration": _advancedConfiguration = try r.shape(ECS.AdvancedConfiguration.self)
            default: try r.skipValue()
            }
        }
        return Self(targetGroupArn: _targetGroupArn, loadBalancerName: _loadBalancerName,
                    containerName: _containerName, containerPort: _containerPort,
                    advancedConfiguration: _advancedConfiguration)
    }
}

extension ECS.LogConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _logDriver: ECS.LogDriver? = nil
        var _options: [Swift.String: Swift.String]? = nil
        var _secretOptions: [ECS.Secret]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "logDriver": _logDriver = try r.decodeEnum(ECS.LogDriver.self)
            case "options": _options = try r.map { try $0.string() }
            case "secretOptions": _secretOptions = try r.list { try $0.shape(ECS.Secret.self) }
            default: try r.skipValue()
            }
        }
        guard let _logDriver else { throw JSONScanner.Unsupported() }
        return Self(logDriver: _logDriver, options: _options, secretOptions: _secretOptions)
    }
}

extension ECS.ManagedAgent: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _lastStartedAt: ECSTimestamp? = nil
        var _name: ECS.ManagedAgentName? = nil
        var _reason: Swift.String? = nil
        var _lastStatus: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "lastStartedAt": _lastStartedAt = try r.timestamp()
            case "name": _name = try r.decodeEnum(ECS.ManagedAgentName.self)
            case "reason": _reason = try r.string()
            case "lastStatus": _lastStatus = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(lastStartedAt: _lastStartedAt, name: _name, reason: _reason,
                    lastStatus: _lastStatus)
    }
}

extension ECS.ManagedApplicationAutoScalingPolicy: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _arn: Swift.String? = nil
        var _status: ECS.ManagedResourceStatus? = nil
        var _statusReason: Swift.String? = nil
        var _updatedAt: ECSTimestamp? = nil
        var _policyType: Swift.String? = nil
        var _targetValue: Swift.Double? = nil
        var _metric: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "arn": _arn = try r.string()
            case "status": _status = try r.decodeEnum(ECS.ManagedResourceStatus.self)
            case "statusReason": _statusReason = try r.string()
            case "updatedAt": _updatedAt = try r.timestamp()
            case "policyType": _policyType = try r.string()
            case "targetValue": _targetValue = try r.double()
            case "metric": _metric = try r.string()
            default: try r.skipValue()
            }
        }
        guard let _status, let _updatedAt, let _policyType, let _targetValue, let _metric else { throw JSONScanner.Unsupported() }
        return Self(arn: _arn, status: _status, statusReason: _statusReason, updatedAt: _updatedAt,
                    policyType: _policyType, targetValue: _targetValue, metric: _metric)
    }
}

extension ECS.ManagedAutoScaling: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _scalableTarget: ECS.ManagedScalableTarget? = nil
        var _applicationAutoScalingPolicies: [ECS.ManagedApplicationAutoScalingPolicy]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "scalableTarget": _scalableTarget = try r.shape(ECS.ManagedScalableTarget.self)
            case "applicationAutoScalingPolicies":
                _applicationAutoScalingPolicies = try r.list { try $0.shape(ECS.ManagedApplicationAutoScalingPolicy.self) }
            default: try r.skipValue()
            }
        }
        return Self(scalableTarget: _scalableTarget,
                    applicationAutoScalingPolicies: _applicationAutoScalingPolicies)
    }
}

extension ECS.ManagedCertificate: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _arn: Swift.String? = nil
        var _status: ECS.ManagedResourceStatus? = nil
        var _statusReason: Swift.String? = nil
        var _updatedAt: ECSTimestamp? = nil
        var _domainName: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "arn": _arn = try r.string()
            case "status": _status = try r.decodeEnum(ECS.ManagedResourceStatus.self)
            case "statusReason": _statusReason = try r.string()
            case "updatedAt": _updatedAt = try r.timestamp()
            case "domainName": _domainName = try r.string()
            default: try r.skipValue()
            }
        }
        guard let _status, let _updatedAt, let _domainName else { throw JSONScanner.Unsupported() }
        return Self(arn: _arn, status: _status, statusReason: _statusReason, updatedAt: _updatedAt,
                    domainName: _domainName)
    }
}

extension ECS.ManagedIngressPath: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _accessType: ECS.AccessType? = nil
        var _endpoint: Swift.String? = nil
        var _loadBalancer: ECS.ManagedLoadBalancer? = nil
        var _loadBalancerSecurityGroups: [ECS.ManagedSecurityGroup]? = nil
        var _certificate: ECS.ManagedCertificate? = nil
        var _listener: ECS.ManagedListener? = nil
        var _rule: ECS.ManagedListenerRule? = nil
        var _targetGroups: [ECS.ManagedTargetGroup]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "accessType": _accessType = try r.decodeEnum(ECS.AccessType.self)
            case "endpoint": _endpoint = try r.string()
            case "loadBalancer": _loadBalancer = try r.shape(ECS.ManagedLoadBalancer.self)
            case "loadBalancerSecurityGroups":
                _loadBalancerSecurityGroups = try r.list { try $0.shape(ECS.ManagedSecurityGroup.self) }
            case "certificate": _certificate = try r.shape(ECS.ManagedCertificate.self)
            case "listener": _listener = try r.shape(ECS.ManagedListener.self)
            case "rule": _rule = try r.shape(ECS.ManagedListenerRule.self)
            case "targetGroups": _targetGroups = try r.list { try $0.shape(ECS.ManagedTargetGroup.self) }
            default: try r.skipValue()
            }
        }
        guard let _accessType, let _endpoint else { throw JSONScanner.Unsupported() }
        return Self(accessType: _accessType, endpoint: _endpoint, loadBalancer: _loadBalancer,
                    loadBalancerSecurityGroups: _loadBalancerSecurityGroups,
                    certificate: _certificate, listener: _listener, rule: _rule,
                    targetGroups: _targetGroups)
    }
}

extension ECS.ManagedInstancesLocalStorageConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _useLocalStorage: Swift.Bool? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "useLocalStorage": _useLocalStorage = try r.bool()
            default: try r.skipValue()
            }
        }
        return Self(useLocalStorage: _useLocalStorage)
    }
}

extension ECS.ManagedInstancesNetworkConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _subnets: [Swift.String]? = nil
        var _securityGroups: [Swift.String]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "subnets": _subnets = try r.list { try $0.string() }
            case "securityGroups": _securityGroups = try r.list { try $0.string() }
            default: try r.skipValue()
            }
        }
        return Self(subnets: _subnets, securityGroups: _securityGroups)
    }
}

extension ECS.ManagedInstancesProvider: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _infrastructureRoleArn: Swift.String? = nil
        var _instanceLaunchTemplate: ECS.InstanceLaunchTemplate? = nil
        var _propagateTags: ECS.PropagateMITags? = nil
        var _infrastructureOptimization: ECS.InfrastructureOptimization? = nil
        var _autoRepairConfiguration: ECS.AutoRepairConfiguration? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "infrastructureRoleArn": _infrastructureRoleArn = try r.string()
            case "instanceLaunchTemplate": _instanceLaunchTemplate = try r.shape(ECS.InstanceLaunchTemplate.self)
            case "propagateTags": _propagateTags = try r.decodeEnum(ECS.PropagateMITags.self)
            case "infrastructureOptimization":
                _infrastructureOptimization = try r.shape(ECS.InfrastructureOptimization.self)
            case "autoRepairConfiguration": _autoRepairConfiguration = try r.shape(ECS.AutoRepairConfiguration.self)
            default: try r.skipValue()
            }
        }
        return Self(infrastructureRoleArn: _infrastructureRoleArn,
                    instanceLaunchTemplate: _instanceLaunchTemplate, propagateTags: _propagateTags,
                    infrastructureOptimization: _infrastructureOptimization,
                    autoRepairConfiguration: _autoRepairConfiguration)
    }
}

extension ECS.ManagedInstancesStorageConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _storageSizeGiB: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "storageSizeGiB": _storageSizeGiB = try r.int()
            default: try r.skipValue()
            }
        }
        return Self(storageSizeGiB: _storageSizeGiB)
    }
}

extension ECS.ManagedListener: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _arn: Swift.String? = nil
        var _status: ECS.ManagedResourceStatus? = nil
        var _statusReason: Swift.String? = nil
        var _updatedAt: ECSTimestamp? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "arn": _arn = try r.string()
            case "status": _status = try r.decodeEnum(ECS.ManagedResourceStatus.self)
            case "statusReason": _statusReason = try r.string()
            case "updatedAt": _updatedAt = try r.timestamp()
            default: try r.skipValue()
            }
        }
        guard let _status, let _updatedAt else { throw JSONScanner.Unsupported() }
        return Self(arn: _arn, status: _status, statusReason: _statusReason, updatedAt: _updatedAt)
    }
}

extension ECS.ManagedListenerRule: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _arn: Swift.String? = nil
        var _status: ECS.ManagedResourceStatus? = nil
        var _statusReason: Swift.String? = nil
        var _updatedAt: ECSTimestamp? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "arn": _arn = try r.string()
            case "status": _status = try r.decodeEnum(ECS.ManagedResourceStatus.self)
            case "statusReason": _statusReason = try r.string()
            case "updatedAt": _updatedAt = try r.timestamp()
            default: try r.skipValue()
            }
        }
        guard let _status, let _updatedAt else { throw JSONScanner.Unsupported() }
        return Self(arn: _arn, status: _status, statusReason: _statusReason, updatedAt: _updatedAt)
    }
}

extension ECS.ManagedLoadBalancer: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _arn: Swift.String? = nil
        var _status: ECS.ManagedResourceStatus? = nil
        var _statusReason: Swift.String? = nil
        var _updatedAt: ECSTimestamp? = nil
        var _scheme: Swift.String? = nil
        var _subnetIds: [Swift.String]? = nil
        var _securityGroupIds: [Swift.String]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "arn": _arn = try r.string()
            case "status": _status = try r.decodeEnum(ECS.ManagedResourceStatus.self)
            case "statusReason": _statusReason = try r.string()
            case "updatedAt": _updatedAt = try r.timestamp()
            case "scheme": _scheme = try r.string()
            case "subnetIds": _subnetIds = try r.list { try $0.string() }
            case "securityGroupIds": _securityGroupIds = try r.list { try $0.string() }
            default: try r.skipValue()
            }
        }
        guard let _status, let _updatedAt, let _scheme else { throw JSONScanner.Unsupported() }
        return Self(arn: _arn, status: _status, statusReason: _statusReason, updatedAt: _updatedAt,
                    scheme: _scheme, subnetIds: _subnetIds, securityGroupIds: _securityGroupIds)
    }
}

extension ECS.ManagedLogGroup: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _arn: Swift.String? = nil
        var _status: ECS.ManagedResourceStatus? = nil
        var _statusReason: Swift.String? = nil
        var _updatedAt: ECSTimestamp? = nil
        var _logGroupName: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "arn": _arn = try r.string()
            case "status": _status = try r.decodeEnum(ECS.ManagedResourceStatus.self)
            case "statusReason": _statusReason = try r.string()
            case "updatedAt": _updatedAt = try r.timestamp()
            case "logGroupName": _logGroupName = try r.string()
            default: try r.skipValue()
            }
        }
        guard let _status, let _updatedAt, let _logGroupName else { throw JSONScanner.Unsupported() }
        return Self(arn: _arn, status: _status, statusReason: _statusReason, updatedAt: _updatedAt,
                    logGroupName: _logGroupName)
    }
}

extension ECS.ManagedMetricAlarm: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _arn: Swift.String? = nil
        var _status: ECS.ManagedResourceStatus? = nil
        var _statusReason: Swift.String? = nil
        var _updatedAt: ECSTimestamp? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "arn": _arn = try r.string()
            case "status": _status = try r.decodeEnum(ECS.ManagedResourceStatus.self)
            case "statusReason": _statusReason = try r.string()
            case "updatedAt": _updatedAt = try r.timestamp()
            default: try r.skipValue()
            }
        }
        guard let _status, let _updatedAt else { throw JSONScanner.Unsupported() }
        return Self(arn: _arn, status: _status, statusReason: _statusReason, updatedAt: _updatedAt)
    }
}

extension ECS.ManagedScalableTarget: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _arn: Swift.String? = nil
        var _status: ECS.ManagedResourceStatus? = nil
        var _statusReason: Swift.String? = nil
        var _updatedAt: ECSTimestamp? = nil
        var _minCapacity: Swift.Int? = nil
        var _maxCapacity: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "arn": _arn = try r.string()
            case "status": _status = try r.decodeEnum(ECS.ManagedResourceStatus.self)
            case "statusReason": _statusReason = try r.string()
            case "updatedAt": _updatedAt = try r.timestamp()
            case "minCapacity": _minCapacity = try r.int()
            case "maxCapacity": _maxCapacity = try r.int()
            default: try r.skipValue()
            }
        }
        guard let _status, let _updatedAt, let _minCapacity, let _maxCapacity else { throw JSONScanner.Unsupported() }
        return Self(arn: _arn, status: _status, statusReason: _statusReason, updatedAt: _updatedAt,
                    minCapacity: _minCapacity, maxCapacity: _maxCapacity)
    }
}

extension ECS.ManagedScaling: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _status: ECS.ManagedScalingStatus? = nil
        var _targetCapacity: Swift.Int? = nil
        var _minimumScalingStepSize: Swift.Int? = nil
        var _maximumScalingStepSize: Swift.Int? = nil
        var _instanceWarmupPeriod: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "status": _status = try r.decodeEnum(ECS.ManagedScalingStatus.self)
            case "targetCapacity": _targetCapacity = try r.int()
            case "minimumScalingStepSize": _minimumScalingStepSize = try r.int()
            case "maximumScalingStepSize": _maximumScalingStepSize = try r.int()
            case "instanceWarmupPeriod": _instanceWarmupPeriod = try r.int()
            default: try r.skipValue()
            }
        }
        return Self(status: _status, targetCapacity: _targetCapacity,
                    minimumScalingStepSize: _minimumScalingStepSize,
                    maximumScalingStepSize: _maximumScalingStepSize,
                    instanceWarmupPeriod: _instanceWarmupPeriod)
    }
}

extension ECS.ManagedSecurityGroup: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _arn: Swift.String? = nil
        var _status: ECS.ManagedResourceStatus? = nil
        var _statusReason: Swift.String? = nil
        var _updatedAt: ECSTimestamp? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "arn": _arn = try r.string()
            case "status": _status = try r.decodeEnum(ECS.ManagedResourceStatus.self)
            case "statusReason": _statusReason = try r.string()
            case "updatedAt": _updatedAt = try r.timestamp()
            default: try r.skipValue()
            }
        }
        guard let _status, let _updatedAt else { throw JSONScanner.Unsupported() }
        return Self(arn: _arn, status: _status, statusReason: _statusReason, updatedAt: _updatedAt)
    }
}

extension ECS.ManagedStorageConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _kmsKeyId: Swift.String? = nil
        var _fargateEphemeralStorageKmsKeyId: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "kmsKeyId": _kmsKeyId = try r.string()
            case "fargateEphemeralStorageKmsKeyId": _fargateEphemeralStorageKmsKeyId = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(kmsKeyId: _kmsKeyId,
                    fargateEphemeralStorageKmsKeyId: _fargateEphemeralStorageKmsKeyId)
    }
}

extension ECS.ManagedTargetGroup: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _arn: Swift.String? = nil
        var _status: ECS.ManagedResourceStatus? = nil
        var _statusReason: Swift.String? = nil
        var _updatedAt: ECSTimestamp? = nil
        var _healthCheckPath: Swift.String? = nil
        var _healthCheckPort: Swift.Int? = nil
        var _port: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "arn": _arn = try r.string()
            case "status": _status = try r.decodeEnum(ECS.ManagedResourceStatus.self)
            case "statusReason": _statusReason = try r.string()
            case "updatedAt": _updatedAt = try r.timestamp()
            case "healthCheckPath": _healthCheckPath = try r.string()
            case "healthCheckPort": _healthCheckPort = try r.int()
            case "port": _port = try r.int()
            default: try r.skipValue()
            }
        }
        guard let _status, let _updatedAt, let _healthCheckPath, let _healthCheckPort, let _port else { throw JSONScanner.Unsupported() }
        return Self(arn: _arn, status: _status, statusReason: _statusReason, updatedAt: _updatedAt,
                    healthCheckPath: _healthCheckPath, healthCheckPort: _healthCheckPort,
                    port: _port)
    }
}

extension ECS.MemoryGiBPerVCpuRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _min: Swift.Double? = nil
        var _max: Swift.Double? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "min": _min = try r.double()
            case "max": _max = try r.double()
            default: try r.skipValue()
            }
        }
        return Self(min: _min, max: _max)
    }
}

extension ECS.MemoryMiBRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _min: Swift.Int? = nil
        var _max: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "min": _min = try r.int()
            case "max": _max = try r.int()
            default: try r.skipValue()
            }
        }
        guard let _min else { throw JSONScanner.Unsupported() }
        return Self(min: _min, max: _max)
    }
}

extension ECS.MountPoint: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _sourceVolume: Swift.String? = nil
        var _containerPath: Swift.String? = nil
        var _readOnly: Swift.Bool? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "sourceVolume": _sourceVolume = try r.string()
            case "containerPath": _containerPath = try r.string()
            case "readOnly": _readOnly = try r.bool()
            default: try r.skipValue()
            }
        }
        return Self(sourceVolume: _sourceVolume, containerPath: _containerPath, readOnly: _readOnly)
    }
}

extension ECS.NetworkBandwidthGbpsRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _min: Swift.Double? = nil
        var _max: Swift.Double? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "min": _min = try r.double()
            case "max": _max = try r.double()
            default: try r.skipValue()
            }
        }
        return Self(min: _min, max: _max)
    }
}

extension ECS.NetworkBinding: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _bindIP: Swift.String? = nil
        var _containerPort: Swift.Int? = nil
        var _hostPort: Swift.Int? = nil
        var _protocol: ECS.TransportProtocol? = nil
        var _containerPortRange: Swift.String? = nil
        var _hostPortRange: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "bindIP": _bindIP = try r.string()
            case "containerPort": _containerPort = try r.int()
            case "hostPort": _hostPort = try r.int()
            case "protocol": _protocol = try r.decodeEnum(ECS.TransportProtocol.self)
            case "containerPortRange": _containerPortRange = try r.string()
            case "hostPortRange": _hostPortRange = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(bindIP: _bindIP, containerPort: _containerPort, hostPort: _hostPort,
                    protocol: _protocol, containerPortRange: _containerPortRange,
                    hostPortRange: _hostPortRange)
    }
}

extension ECS.NetworkConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _awsvpcConfiguration: ECS.AwsVpcConfiguration? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "awsvpcConfiguration": _awsvpcConfiguration = try r.shape(ECS.AwsVpcConfiguration.self)
            default: try r.skipValue()
            }
        }
        return Self(awsvpcConfiguration: _awsvpcConfiguration)
    }
}

extension ECS.NetworkInterface: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _attachmentId: Swift.String? = nil
        var _privateIpv4Address: Swift.String? = nil
        var _ipv6Address: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "attachmentId": _attachmentId = try r.string()
            case "privateIpv4Address": _privateIpv4Address = try r.string()
            case "ipv6Address": _ipv6Address = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(attachmentId: _attachmentId, privateIpv4Address: _privateIpv4Address,
                    ipv6Address: _ipv6Address)
    }
}

extension ECS.NetworkInterfaceCountRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _min: Swift.Int? = nil
        var _max: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "min": _min = try r.int()
            case "max": _max = try r.int()
            default: try r.skipValue()
            }
        }
        return Self(min: _min, max: _max)
    }
}

extension ECS.PlacementConstraint: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _type: ECS.PlacementConstraintType? = nil
        var _expression: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "type": _type = try r.decodeEnum(ECS.PlacementConstraintType.self)
            case "expression": _expression = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(type: _type, expression: _expression)
    }
}

extension ECS.PlacementStrategy: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _type: ECS.PlacementStrategyType? = nil
        var _field: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "type": _type = try r.decodeEnum(ECS.PlacementStrategyType.self)
            case "field": _field = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(type: _type, field: _field)
    }
}

extension ECS.PortMapping: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _containerPort: Swift.Int? = nil
        var _hostPort: Swift.Int? = nil
        var _protocol: ECS.TransportProtocol? = nil
        var _name: Swift.String? = nil
        var _appProtocol: ECS.ApplicationProtocol? = nil
        var _containerPortRange: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "containerPort": _containerPort = try r.int()
            case "hostPort": _hostPort = try r.int()
            case "protocol": _protocol = try r.decodeEnum(ECS.TransportProtocol.self)
            case "name": _name = try r.string()
            case "appProtocol": _appProtocol = try r.decodeEnum(ECS.ApplicationProtocol.self)
            case "containerPortRange": _containerPortRange = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(containerPort: _containerPort, hostPort: _hostPort, protocol: _protocol,
                    name: _name, appProtocol: _appProtocol, containerPortRange: _containerPortRange)
    }
}

extension ECS.ProxyConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _type: ECS.ProxyConfigurationType? = nil
        var _containerName: Swift.String? = nil
        var _properties: [ECS.KeyValuePair]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "type": _type = try r.decodeEnum(ECS.ProxyConfigurationType.self)
            case "containerName": _containerName = try r.string()
            case "properties": _properties = try r.list { try $0.shape(ECS.KeyValuePair.self) }
            default: try r.skipValue()
            }
        }
        guard let _containerName else { throw JSONScanner.Unsupported() }
        return Self(type: _type, containerName: _containerName, properties: _properties)
    }
}

extension ECS.PutClusterCapacityProvidersRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _cluster: Swift.String? = nil
        var _capacityProviders: [Swift.String]? = nil
        var _defaultCapacityProviderStrategy: [ECS.CapacityProviderStrategyItem]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cluster": _cluster = try r.string()
            case "capacityProviders": _capacityProviders = try r.list { try $0.string() }
            case "defaultCapacityProviderStrategy":
                _defaultCapacityProviderStrategy = try r.list { try $0.shape(ECS.CapacityProviderStrategyItem.self) }
            default: try r.skipValue()
            }
        }
        guard let _cluster, let _capacityProviders, let _defaultCapacityProviderStrategy else { throw JSONScanner.Unsupported() }
        return Self(cluster: _cluster, capacityProviders: _capacityProviders,
                    defaultCapacityProviderStrategy: _defaultCapacityProviderStrategy)
    }
}

extension ECS.PutClusterCapacityProvidersResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _cluster: ECS.Cluster? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cluster": _cluster = try r.shape(ECS.Cluster.self)
            default: try r.skipValue()
            }
        }
        return Self(cluster: _cluster)
    }
}

extension ECS.RegisterTaskDefinitionRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        try scanJSON(&r) { _, _ in false }
    }

    /// Also reads the keys `extra` takes (ecsplan's own, beside the request's members).
    static func scanJSON(
        _ r: inout JSONScanner, extra: (inout JSONScanner, KeyText) throws -> Swift.Bool
    ) throws -> Self {
        var _family: Swift.String? = nil
        var _taskRoleArn: Swift.String? = nil
        var _executionRoleArn: Swift.String? = nil
        var _networkMode: ECS.NetworkMode? = nil
        var _containerDefinitions: [ECS.ContainerDefinition]? = nil
        var _volumes: [ECS.Volume]? = nil
        var _placementConstraints: [ECS.TaskDefinitionPlacementConstraint]? = nil
        var _requiresCompatibilities: [ECS.Compatibility]? = nil
        var _cpu: Swift.String? = nil
        var _memory: Swift.String? = nil
        var _tags: [ECS.Tag]? = nil
        var _pidMode: ECS.PidMode? = nil
        var _ipcMode: ECS.IpcMode? = nil
        var _proxyConfiguration: ECS.ProxyConfiguration? = nil
        var _inferenceAccelerators: [ECS.InferenceAccelerator]? = nil
        var _ephemeralStorage: ECS.EphemeralStorage? = nil
        var _runtimePlatform: ECS.RuntimePlatform? = nil
        var _enableFaultInjection: Swift.Bool? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "family": _family = try r.string()
            case "taskRoleArn": _taskRoleArn = try r.string()
            case "executionRoleArn": _executionRoleArn = try r.string()
            case "networkMode": _networkMode = try r.decodeEnum(ECS.NetworkMode.self)
            case "containerDefinitions":
                _containerDefinitions = try r.list { try $0.shape(ECS.ContainerDefinition.self) }
            case "volumes": _volumes = try r.list { try $0.shape(ECS.Volume.self) }
            case "placementConstraints":
                _placementConstraints = try r.list { try $0.shape(ECS.TaskDefinitionPlacementConstraint.self) }
            case "requiresCompatibilities":
                _requiresCompatibilities = try r.list { try $0.decodeEnum(ECS.Compatibility.self) }
            case "cpu": _cpu = try r.string()
            case "memory": _memory = try r.string()
            case "tags": _tags = try r.list { try $0.shape(ECS.Tag.self) }
            case "pidMode": _pidMode = try r.decodeEnum(ECS.PidMode.self)
            case "ipcMode": _ipcMode = try r.decodeEnum(ECS.IpcMode.self)
            case "proxyConfiguration": _proxyConfiguration = try r.shape(ECS.ProxyConfiguration.self)
            case "inferenceAccelerators":
                _inferenceAccelerators = try r.list { try $0.shape(ECS.InferenceAccelerator.self) }
            case "ephemeralStorage": _ephemeralStorage = try r.shape(ECS.EphemeralStorage.self)
            case "runtimePlatform": _runtimePlatform = try r.shape(ECS.RuntimePlatform.self)
            case "enableFaultInjection": _enableFaultInjection = try r.bool()
            default: if try !extra(&r, key) { try r.skipValue() }
            }
        }
        guard let _family, let _containerDefinitions else { throw JSONScanner.Unsupported() }
        return Self(family: _family, taskRoleArn: _taskRoleArn,
                    executionRoleArn: _executionRoleArn, networkMode: _networkMode,
                    containerDefinitions: _containerDefinitions, volumes: _volumes,
                    placementConstraints: _placementConstraints,
                    requiresCompatibilities: _requiresCompatibilities, cpu: _cpu, memory: _memory,
                    tags: _tags, pidMode: _pidMode, ipcMode: _ipcMode,
                    proxyConfiguration: _proxyConfiguration,
                    inferenceAccelerators: _inferenceAccelerators,
                    ephemeralStorage: _ephemeralStorage, runtimePlatform: _runtimePlatform,
                    enableFaultInjection: _enableFaultInjection)
    }
}

extension ECS.RegisterTaskDefinitionResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _taskDefinition: ECS.TaskDefinition? = nil
        var _tags: [ECS.Tag]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "taskDefinition": _taskDefinition = try r.shape(ECS.TaskDefinition.self)
            case "tags": _tags = try r.list { try $0.shape(ECS.Tag.self) }
            default: try r.skipValue()
            }
        }
        return Self(taskDefinition: _taskDefinition, tags: _tags)
    }
}

extension ECS.RepositoryCredentials: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _credentialsParameter: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "credentialsParameter": _credentialsParameter = try r.string()
            default: try r.skipValue()
            }
        }
        guard let _credentialsParameter else { throw JSONScanner.Unsupported() }
        return Self(credentialsParameter: _credentialsParameter)
    }
}

extension ECS.ResolvedConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _loadBalancers: [ECS.ServiceRevisionLoadBalancer]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "loadBalancers": _loadBalancers = try r.list { try $0.shape(ECS.ServiceRevisionLoadBalancer.self) }
            default: try r.skipValue()
            }
        }
        return Self(loadBalancers: _loadBalancers)
    }
}

extension ECS.Resource: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _name: Swift.String? = nil
        var _type: Swift.String? = nil
        var _doubleValue: Swift.Double? = nil
        var _longValue: Swift.Int? = nil
        var _integerValue: Swift.Int? = nil
        var _stringSetValue: [Swift.String]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "name": _name = try r.string()
            case "type": _type = try r.string()
            case "doubleValue": _doubleValue = try r.double()
            case "longValue": _longValue = try r.int()
            case "integerValue": _integerValue = try r.int()
            case "stringSetValue": _stringSetValue = try r.list { try $0.string() }
            default: try r.skipValue()
            }
        }
        return Self(name: _name, type: _type, doubleValue: _doubleValue, longValue: _longValue,
                    integerValue: _integerValue, stringSetValue: _stringSetValue)
    }
}

extension ECS.ResourceRequirement: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _value: Swift.String? = nil
        var _type: ECS.ResourceType? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "value": _value = try r.string()
            case "type": _type = try r.decodeEnum(ECS.ResourceType.self)
            default: try r.skipValue()
            }
        }
        guard let _value, let _type else { throw JSONScanner.Unsupported() }
        return Self(value: _value, type: _type)
    }
}

extension ECS.Rollback: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _reason: Swift.String? = nil
        var _startedAt: ECSTimestamp? = nil
        var _serviceRevisionArn: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "reason": _reason = try r.string()
            case "startedAt": _startedAt = try r.timestamp()
            case "serviceRevisionArn": _serviceRevisionArn = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(reason: _reason, startedAt: _startedAt, serviceRevisionArn: _serviceRevisionArn)
    }
}

extension ECS.RunTaskRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _capacityProviderStrategy: [ECS.CapacityProviderStrategyItem]? = nil
        var _cluster: Swift.String? = nil
        var _count: Swift.Int? = nil
        var _enableECSManagedTags: Swift.Bool? = nil
        var _enableExecuteCommand: Swift.Bool? = nil
        var _group: Swift.String? = nil
        var _launchType: ECS.LaunchType? = nil
        var _networkConfiguration: ECS.NetworkConfiguration? = nil
        var _overrides: ECS.TaskOverride? = nil
        var _placementConstraints: [ECS.PlacementConstraint]? = nil
        var _placementStrategy: [ECS.PlacementStrategy]? = nil
        var _platformVersion: Swift.String? = nil
        var _propagateTags: ECS.PropagateTags? = nil
        var _referenceId: Swift.String? = nil
        var _startedBy: Swift.String? = nil
        var _tags: [ECS.Tag]? = nil
        var _taskDefinition: Swift.String? = nil
        var _clientToken: Swift.String? = nil
        var _volumeConfigurations: [ECS.TaskVolumeConfiguration]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "capacityProviderStrategy":
                _capacityProviderStrategy = try r.list { try $0.shape(ECS.CapacityProviderStrategyItem.self) }
            case "cluster": _cluster = try r.string()
            case "count": _count = try r.int()
            case "enableECSManagedTags": _enableECSManagedTags = try r.bool()
            case "enableExecuteCommand": _enableExecuteCommand = try r.bool()
            case "group": _group = try r.string()
            case "launchType": _launchType = try r.decodeEnum(ECS.LaunchType.self)
            case "networkConfiguration": _networkConfiguration = try r.shape(ECS.NetworkConfiguration.self)
            case "overrides": _overrides = try r.shape(ECS.TaskOverride.self)
            case "placementConstraints":
                _placementConstraints = try r.list { try $0.shape(ECS.PlacementConstraint.self) }
            case "placementStrategy": _placementStrategy = try r.list { try $0.shape(ECS.PlacementStrategy.self) }
            case "platformVersion": _platformVersion = try r.string()
            case "propagateTags": _propagateTags = try r.decodeEnum(ECS.PropagateTags.self)
            case "referenceId": _referenceId = try r.string()
            case "startedBy": _startedBy = try r.string()
            case "tags": _tags = try r.list { try $0.shape(ECS.Tag.self) }
            case "taskDefinition": _taskDefinition = try r.string()
            case "clientToken": _clientToken = try r.string()
            case "volumeConfigurations":
                _volumeConfigurations = try r.list { try $0.shape(ECS.TaskVolumeConfiguration.self) }
            default: try r.skipValue()
            }
        }
        guard let _taskDefinition else { throw JSONScanner.Unsupported() }
        return Self(capacityProviderStrategy: _capacityProviderStrategy, cluster: _cluster,
                    count: _count, enableECSManagedTags: _enableECSManagedTags,
                    enableExecuteCommand: _enableExecuteCommand, group: _group,
                    launchType: _launchType, networkConfiguration: _networkConfiguration,
                    overrides: _overrides, placementConstraints: _placementConstraints,
                    placementStrategy: _placementStrategy, platformVersion: _platformVersion,
                    propagateTags: _propagateTags, referenceId: _referenceId,
                    startedBy: _startedBy, tags: _tags, taskDefinition: _taskDefinition,
                    clientToken: _clientToken, volumeConfigurations: _volumeConfigurations)
    }
}

extension ECS.RunTaskResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _tasks: [ECS.Task]? = nil
        var _failures: [ECS.Failure]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "tasks": _tasks = try r.list { try $0.shape(ECS.Task.self) }
            case "failures": _failures = try r.list { try $0.shape(ECS.Failure.self) }
            default: try r.skipValue()
            }
        }
        return Self(tasks: _tasks, failures: _failures)
    }
}

extension ECS.RuntimePlatform: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _cpuArchitecture: ECS.CPUArchitecture? = nil
        var _operatingSystemFamily: ECS.OSFamily? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cpuArchitecture": _cpuArchitecture = try r.decodeEnum(ECS.CPUArchitecture.self)
            case "operatingSystemFamily": _operatingSystemFamily = try r.decodeEnum(ECS.OSFamily.self)
            default: try r.skipValue()
            }
        }
        return Self(cpuArchitecture: _cpuArchitecture,
                    operatingSystemFamily: _operatingSystemFamily)
    }
}

extension ECS.S3FilesVolumeConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _fileSystemArn: Swift.String? = nil
        var _rootDirectory: Swift.String? = nil
        var _transitEncryptionPort: Swift.Int? = nil
        var _accessPointArn: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "fileSystemArn": _fileSystemArn = try r.string()
            case "rootDirectory": _rootDirectory = try r.string()
            case "transitEncryptionPort": _transitEncryptionPort = try r.int()
            case "accessPointArn": _accessPointArn = try r.string()
            default: try r.skipValue()
            }
        }
        guard let _fileSystemArn else { throw JSONScanner.Unsupported() }
        return Self(fileSystemArn: _fileSystemArn, rootDirectory: _rootDirectory,
                    transitEncryptionPort: _transitEncryptionPort, accessPointArn: _accessPointArn)
    }
}

extension ECS.Scale: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _value: Swift.Double? = nil
        var _unit: ECS.ScaleUnit? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "value": _value = try r.double()
            case "unit": _unit = try r.decodeEnum(ECS.ScaleUnit.self)
            default: try r.skipValue()
            }
        }
        return Self(value: _value, unit: _unit)
    }
}

extension ECS.Secret: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _name: Swift.String? = nil
        var _valueFrom: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "name": _name = try r.string()
            case "valueFrom": _valueFrom = try r.string()
            default: try r.skipValue()
            }
        }
        guard let _name, let _valueFrom else { throw JSONScanner.Unsupported() }
        return Self(name: _name, valueFrom: _valueFrom)
    }
}

extension ECS.Service: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _serviceArn: Swift.String? = nil
        var _serviceName: Swift.String? = nil
        var _clusterArn: Swift.String? = nil
        var _loadBalancers: [ECS.LoadBalancer]? = nil
        var _serviceRegistries: [ECS.ServiceRegistry]? = nil
        var _status: Swift.String? = nil
        var _desiredCount: Swift.Int? = nil
        var _runningCount: Swift.Int? = nil
        var _pendingCount: Swift.Int? = nil
        var _launchType: ECS.LaunchType? = nil
        var _capacityProviderStrategy: [ECS.CapacityProviderStrategyItem]? = nil
        var _platformVersion: Swift.String? = nil
        var _platformFamily: Swift.String? = nil
        var _taskDefinition: Swift.String? = nil
        var _deploymentConfiguration: ECS.DeploymentConfiguration? = nil
        var _taskSets: [ECS.TaskSet]? = nil
        var _deployments: [ECS.Deployment]? = nil
        var _roleArn: Swift.String? = nil
        var _events: [ECS.ServiceEvent]? = nil
        var _createdAt: ECSTimestamp? = nil
        var _currentServiceDeployment: Swift.String? = nil
        var _currentServiceRevisions: [ECS.ServiceCurrentRevisionSummary]? = nil
        var _placementConstraints: [ECS.PlacementConstraint]? = nil
        var _placementStrategy: [ECS.PlacementStrategy]? = nil
        var _networkConfiguration: ECS.NetworkConfiguration? = nil
        var _healthCheckGracePeriodSeconds: Swift.Int? = nil
        var _schedulingStrategy: ECS.SchedulingStrategy? = nil
        var _deploymentController: ECS.DeploymentController? = nil
        var _tags: [ECS.Tag]? = nil
        var _createdBy: Swift.String? = nil
        var _enableECSManagedTags: Swift.Bool? = nil
        var _propagateTags: ECS.PropagateTags? = nil
        var _enableExecuteCommand: Swift.Bool? = nil
        var _availabilityZoneRebalancing: ECS.AvailabilityZoneRebalancing? = nil
        var _resourceManagementType: ECS.ResourceManagementType? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "serviceArn": _serviceArn = try r.string()
            case "serviceName": _serviceName = try r.string()
            case "clusterArn": _clusterArn = try r.string()
            case "loadBalancers": _loadBalancers = try r.list { try $0.shape(ECS.LoadBalancer.self) }
            case "serviceRegistries": _serviceRegistries = try r.list { try $0.shape(ECS.ServiceRegistry.self) }
            case "status": _status = try r.string()
            case "desiredCount": _desiredCount = try r.int()
            case "runningCount": _runningCount = try r.int()
            case "pendingCount": _pendingCount = try r.int()
            case "launchType": _launchType = try r.decodeEnum(ECS.LaunchType.self)
            case "capacityProviderStrategy":
                _capacityProviderStrategy = try r.list { try $0.shape(ECS.CapacityProviderStrategyItem.self) }
            case "platformVersion": _platformVersion = try r.string()
            case "platformFamily": _platformFamily = try r.string()
            case "taskDefinition": _taskDefinition = try r.string()
            case "deploymentConfiguration": _deploymentConfiguration = try r.shape(ECS.DeploymentConfiguration.self)
            case "taskSets": _taskSets = try r.list { try $0.shape(ECS.TaskSet.self) }
            case "deployments": _deployments = try r.list { try $0.shape(ECS.Deployment.self) }
            case "roleArn": _roleArn = try r.string()
            case "events": _events = try r.list { try $0.shape(ECS.ServiceEvent.self) }
            case "createdAt": _createdAt = try r.timestamp()
            case "currentServiceDeployment": _currentServiceDeployment = try r.string()
            case "currentServiceRevisions":
                _currentServiceRevisions = try r.list { try $0.shape(ECS.ServiceCurrentRevisionSummary.self) }
            case "placementConstraints":
                _placementConstraints = try r.list { try $0.shape(ECS.PlacementConstraint.self) }
            case "placementStrategy": _placementStrategy = try r.list { try $0.shape(ECS.PlacementStrategy.self) }
            case "networkConfiguration": _networkConfiguration = try r.shape(ECS.NetworkConfiguration.self)
            case "healthCheckGracePeriodSeconds": _healthCheckGracePeriodSeconds = try r.int()
            case "schedulingStrategy": _schedulingStrategy = try r.decodeEnum(ECS.SchedulingStrategy.self)
            case "deploymentController": _deploymentController = try r.shape(ECS.DeploymentController.self)
            case "tags": _tags = try r.list { try $0.shape(ECS.Tag.self) }
            case "createdBy": _createdBy = try r.string()
            case "enableECSManagedTags": _enableECSManagedTags = try r.bool()
            case "propagateTags": _propagateTags = try r.decodeEnum(ECS.PropagateTags.self)
            case "enableExecuteCommand": _enableExecuteCommand = try r.bool()
            case "availabilityZoneRebalancing":
                _availabilityZoneRebalancing = try r.decodeEnum(ECS.AvailabilityZoneRebalancing.self)
            case "resourceManagementType": _resourceManagementType = try r.decodeEnum(ECS.ResourceManagementType.self)
            default: try r.skipValue()
            }
        }
        return Self(serviceArn: _serviceArn, serviceName: _serviceName, clusterArn: _clusterArn,
                    loadBalancers: _loadBalancers, serviceRegistries: _serviceRegistries,
                    status: _status, desiredCount: _desiredCount, runningCount: _runningCount,
                    pendingCount: _pendingCount, launchType: _launchType,
                    capacityProviderStrategy: _capacityProviderStrategy,
                    platformVersion: _platformVersion, platformFamily: _platformFamily,
                    taskDefinition: _taskDefinition,
                    deploymentConfiguration: _deploymentConfiguration, taskSets: _taskSets,
                    deployments: _deployments, roleArn: _roleArn, events: _events,
                    createdAt: _createdAt, currentServiceDeployment: _currentServiceDeployment,
                    currentServiceRevisions: _currentServiceRevisions,
                    placementConstraints: _placementConstraints,
                    placementStrategy: _placementStrategy,
                    networkConfiguration: _networkConfiguration,
                    healthCheckGracePeriodSeconds: _healthCheckGracePeriodSeconds,
                    schedulingStrategy: _schedulingStrategy,
                    deploymentController: _deploymentController, tags: _tags,
                    createdBy: _createdBy, enableECSManagedTags: _enableECSManagedTags,
                    propagateTags: _propagateTags, enableExecuteCommand: _enableExecuteCommand,
                    availabilityZoneRebalancing: _availabilityZoneRebalancing,
                    resourceManagementType: _resourceManagementType)
    }
}

extension ECS.ServiceConnectAccessLogConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _format: ECS.ServiceConnectAccessLoggingFormat? = nil
        var _includeQueryParameters: ECS.ServiceConnectIncludeQueryParameters? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "format": _format = try r.decodeEnum(ECS.ServiceConnectAccessLoggingFormat.self)
            case "includeQueryParameters":
                _includeQueryParameters = try r.decodeEnum(ECS.ServiceConnectIncludeQueryParameters.self)
            default: try r.skipValue()
            }
        }
        guard let _format else { throw JSONScanner.Unsupported() }
        return Self(format: _format, includeQueryParameters: _includeQueryParameters)
    }
}

extension ECS.ServiceConnectClientAlias: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _port: Swift.Int? = nil
        var _dnsName: Swift.String? = nil
        var _testTrafficRules: ECS.ServiceConnectTestTrafficRules? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "port": _port = try r.int()
            case "dnsName": _dnsName = try r.string()
            case "testTrafficRules": _testTrafficRules = try r.shape(ECS.ServiceConnectTestTrafficRules.self)
            default: try r.skipValue()
            }
        }
        guard let _port else { throw JSONScanner.Unsupported() }
        return Self(port: _port, dnsName: _dnsName, testTrafficRules: _testTrafficRules)
    }
}

extension ECS.ServiceConnectConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _enabled: Swift.Bool? = nil
        var _namespace: Swift.String? = nil
        var _services: [ECS.ServiceConnectService]? = nil
        var _logConfiguration: ECS.LogConfiguration? = nil
        var _accessLogConfiguration: ECS.ServiceConnectAccessLogConfiguration? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "enabled": _enabled = try r.bool()
            case "namespace": _namespace = try r.string()
            case "services": _services = try r.list { try $0.shape(ECS.ServiceConnectService.self) }
            case "logConfiguration": _logConfiguration = try r.shape(ECS.LogConfiguration.self)
            case "accessLogConfiguration":
                _accessLogConfiguration = try r.shape(ECS.ServiceConnectAccessLogConfiguration.self)
            default: try r.skipValue()
            }
        }
        guard let _enabled else { throw JSONScanner.Unsupported() }
        return Self(enabled: _enabled, namespace: _namespace, services: _services,
                    logConfiguration: _logConfiguration,
                    accessLogConfiguration: _accessLogConfiguration)
    }
}

extension ECS.ServiceConnectService: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _portName: Swift.String? = nil
        var _discoveryName: Swift.String? = nil
        var _clientAliases: [ECS.ServiceConnectClientAlias]? = nil
        var _ingressPortOverride: Swift.Int? = nil
        var _timeout: ECS.TimeoutConfiguration? = nil
        var _tls: ECS.ServiceConnectTlsConfiguration? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "portName": _portName = try r.string()
            case "discoveryName": _discoveryName = try r.string()
            case "clientAliases": _clientAliases = try r.list { try $0.shape(ECS.ServiceConnectClientAlias.self) }
            case "ingressPortOverride": _ingressPortOverride = try r.int()
            case "timeout": _timeout = try r.shape(ECS.TimeoutConfiguration.self)
            case "tls": _tls = try r.shape(ECS.ServiceConnectTlsConfiguration.self)
            default: try r.skipValue()
            }
        }
        guard let _portName else { throw JSONScanner.Unsupported() }
        return Self(portName: _portName, discoveryName: _discoveryName,
                    clientAliases: _clientAliases, ingressPortOverride: _ingressPortOverride,
                    timeout: _timeout, tls: _tls)
    }
}

extension ECS.ServiceConnectServiceResource: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _discoveryName: Swift.String? = nil
        var _discoveryArn: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "discoveryName": _discoveryName = try r.string()
            case "discoveryArn": _discoveryArn = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(discoveryName: _discoveryName, discoveryArn: _discoveryArn)
    }
}

extension ECS.ServiceConnectTestTrafficHeaderMatchRules: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _exact: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "exact": _exact = try r.string()
            default: try r.skipValue()
            }
        }
        guard let _exact else { throw JSONScanner.Unsupported() }
        return Self(exact: _exact)
    }
}

extension ECS.ServiceConnectTestTrafficHeaderRules: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _name: Swift.String? = nil
        var _value: ECS.ServiceConnectTestTrafficHeaderMatchRules? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "name": _name = try r.string()
            case "value": _value = try r.shape(ECS.ServiceConnectTestTrafficHeaderMatchRules.self)
            default: try r.skipValue()
            }
        }
        guard let _name else { throw JSONScanner.Unsupported() }
        return Self(name: _name, value: _value)
    }
}

extension ECS.ServiceConnectTestTrafficRules: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _header: ECS.ServiceConnectTestTrafficHeaderRules? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "header": _header = try r.shape(ECS.ServiceConnectTestTrafficHeaderRules.self)
            default: try r.skipValue()
            }
        }
        guard let _header else { throw JSONScanner.Unsupported() }
        return Self(header: _header)
    }
}

extension ECS.ServiceConnectTlsCertificateAuthority: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _awsPcaAuthorityArn: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "awsPcaAuthorityArn": _awsPcaAuthorityArn = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(awsPcaAuthorityArn: _awsPcaAuthorityArn)
    }
}

extension ECS.ServiceConnectTlsConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _issuerCertificateAuthority: ECS.ServiceConnectTlsCertificateAuthority? = nil
        var _kmsKey: Swift.String? = nil
        var _roleArn: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "issuerCertificateAuthority":
                _issuerCertificateAuthority = try r.shape(ECS.ServiceConnectTlsCertificateAuthority.self)
            case "kmsKey": _kmsKey = try r.string()
            case "roleArn": _roleArn = try r.string()
            default: try r.skipValue()
            }
        }
        guard let _issuerCertificateAuthority else { throw JSONScanner.Unsupported() }
        return Self(issuerCertificateAuthority: _issuerCertificateAuthority, kmsKey: _kmsKey,
                    roleArn: _roleArn)
    }
}

extension ECS.ServiceCurrentRevisionSummary: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _arn: Swift.String? = nil
        var _requestedTaskCount: Swift.Int? = nil
        var _runningTaskCount: Swift.Int? = nil
        var _pendingTaskCount: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "arn": _arn = try r.string()
            case "requestedTaskCount": _requestedTaskCount = try r.int()
            case "runningTaskCount": _runningTaskCount = try r.int()
            case "pendingTaskCount": _pendingTaskCount = try r.int()
            default: try r.skipValue()
            }
        }
        return Self(arn: _arn, requestedTaskCount: _requestedTaskCount,
                    runningTaskCount: _runningTaskCount, pendingTaskCount: _pendingTaskCount)
    }
}

extension ECS.ServiceDeployment: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _serviceDeploymentArn: Swift.String? = nil
        var _serviceArn: Swift.String? = nil
        var _clusterArn: Swift.String? = nil
        var _createdAt: ECSTimestamp? = nil
        var _startedAt: ECSTimestamp? = nil
        var _finishedAt: ECSTimestamp? = nil
        var _stoppedAt: ECSTimestamp? = nil
        var _updatedAt: ECSTimestamp? = nil
        var _sourceServiceRevisions: [ECS.ServiceRevisionSummary]? = nil
        var _targetServiceRevision: ECS.ServiceRevisionSummary? = nil
        var _status: ECS.ServiceDeploymentStatus? = nil
        var _statusReason: Swift.String? = nil
        var _lifecycleStage: ECS.ServiceDeploymentLifecycleStage? = nil
        var _lifecycleHookDetails: [ECS.DeploymentLifecycleHookDetail]? = nil
        var _deploymentConfiguration: ECS.DeploymentConfiguration? = nil
        var _rollback: ECS.Rollback? = nil
        var _deploymentCircuitBreaker: ECS.ServiceDeploymentCircuitBreaker? = nil
        var _alarms: ECS.ServiceDeploymentAlarms? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "serviceDeploymentArn": _serviceDeploymentArn = try r.string()
            case "serviceArn": _serviceArn = try r.string()
            case "clusterArn": _clusterArn = try r.string()
            case "createdAt": _createdAt = try r.timestamp()
            case "startedAt": _startedAt = try r.timestamp()
            case "finishedAt": _finishedAt = try r.timestamp()
            case "stoppedAt": _stoppedAt = try r.timestamp()
            case "updatedAt": _updatedAt = try r.timestamp()
            case "sourceServiceRevisions":
                _sourceServiceRevisions = try r.list { try $0.shape(ECS.ServiceRevisionSummary.self) }
            case "targetServiceRevision": _targetServiceRevision = try r.shape(ECS.ServiceRevisionSummary.self)
            case "status": _status = try r.decodeEnum(ECS.ServiceDeploymentStatus.self)
            case "statusReason": _statusReason = try r.string()
            case "lifecycleStage": _lifecycleStage = try r.decodeEnum(ECS.ServiceDeploymentLifecycleStage.self)
            case "lifecycleHookDetails":
                _lifecycleHookDetails = try r.list { try $0.shape(ECS.DeploymentLifecycleHookDetail.self) }
            case "deploymentConfiguration": _deploymentConfiguration = try r.shape(ECS.DeploymentConfiguration.self)
            case "rollback": _rollback = try r.shape(ECS.Rollback.self)
            case "deploymentCircuitBreaker":
                _deploymentCircuitBreaker = try r.shape(ECS.ServiceDeploymentCircuitBreaker.self)
            case "alarms": _alarms = try r.shape(ECS.ServiceDeploymentAlarms.self)
            default: try r.skipValue()
            }
        }
        return Self(serviceDeploymentArn: _serviceDeploymentArn, serviceArn: _serviceArn,
                    clusterArn: _clusterArn, createdAt: _createdAt, startedAt: _startedAt,
                    finishedAt: _finishedAt, stoppedAt: _stoppedAt, updatedAt: _updatedAt,
                    sourceServiceRevisions: _sourceServiceRevisions,
                    targetServiceRevision: _targetServiceRevision, status: _status,
                    statusReason: _statusReason, lifecycleStage: _lifecycleStage,
                    lifecycleHookDetails: _lifecycleHookDetails,
                    deploymentConfiguration: _deploymentConfiguration, rollback: _rollback,
                    deploymentCircuitBreaker: _deploymentCircuitBreaker, alarms: _alarms)
    }
}

extension ECS.ServiceDeploymentAlarms: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _status: ECS.ServiceDeploymentRollbackMonitorsStatus? = nil
        var _alarmNames: [Swift.String]? = nil
        var _triggeredAlarmNames: [Swift.String]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "status": _status = try r.decodeEnum(ECS.ServiceDeploymentRollbackMonitorsStatus.self)
            case "alarmNames": _alarmNames = try r.list { try $0.string() }
            case "triggeredAlarmNames": _triggeredAlarmNames = try r.list { try $0.string() }
            default: try r.skipValue()
            }
        }
        return Self(status: _status, alarmNames: _alarmNames,
                    triggeredAlarmNames: _triggeredAlarmNames)
    }
}

extension ECS.ServiceDeploymentBrief: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _serviceDeploymentArn: Swift.String? = nil
        var _serviceArn: Swift.String? = nil
        var _clusterArn: Swift.String? = nil
        var _startedAt: ECSTimestamp? = nil
        var _createdAt: ECSTimestamp? = nil
        var _finishedAt: ECSTimestamp? = nil
        var _targetServiceRevisionArn: Swift.String? = nil
        var _status: ECS.ServiceDeploymentStatus? = nil
        var _statusReason: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "serviceDeploymentArn": _serviceDeploymentArn = try r.string()
            case "serviceArn": _serviceArn = try r.string()
            case "clusterArn": _clusterArn = try r.string()
            case "startedAt": _startedAt = try r.timestamp()
            case "createdAt": _createdAt = try r.timestamp()
            case "finishedAt": _finishedAt = try r.timestamp()
            case "targetServiceRevisionArn": _targetServiceRevisionArn = try r.string()
            case "status": _status = try r.decodeEnum(ECS.ServiceDeploymentStatus.self)
            case "statusReason": _statusReason = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(serviceDeploymentArn: _serviceDeploymentArn, serviceArn: _serviceArn,
                    clusterArn: _clusterArn, startedAt: _startedAt, createdAt: _createdAt,
                    finishedAt: _finishedAt, targetServiceRevisionArn: _targetServiceRevisionArn,
                    status: _status, statusReason: _statusReason)
    }
}

extension ECS.ServiceDeploymentCircuitBreaker: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _status: ECS.ServiceDeploymentRollbackMonitorsStatus? = nil
        var _failureCount: Swift.Int? = nil
        var _threshold: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "status": _status = try r.decodeEnum(ECS.ServiceDeploymentRollbackMonitorsStatus.self)
            case "failureCount": _failureCount = try r.int()
            case "threshold": _threshold = try r.int()
            default: try r.skipValue()
            }
        }
        return Self(status: _status, failureCount: _failureCount, threshold: _threshold)
    }
}

extension ECS.ServiceEvent: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _id: Swift.String? = nil
        var _createdAt: ECSTimestamp? = nil
        var _message: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "id": _id = try r.string()
            case "createdAt": _createdAt = try r.timestamp()
            case "message": _message = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(id: _id, createdAt: _createdAt, message: _message)
    }
}

extension ECS.ServiceManagedEBSVolumeConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _encrypted: Swift.Bool? = nil
        var _kmsKeyId: Swift.String? = nil
        var _volumeType: Swift.String? = nil
        var _sizeInGiB: Swift.Int? = nil
        var _snapshotId: Swift.String? = nil
        var _volumeInitializationRate: Swift.Int? = nil
        var _iops: Swift.Int? = nil
        var _throughput: Swift.Int? = nil
        var _tagSpecifications: [ECS.EBSTagSpecification]? = nil
        var _roleArn: Swift.String? = nil
        var _filesystemType: ECS.TaskFilesystemType? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "encrypted": _encrypted = try r.bool()
            case "kmsKeyId": _kmsKeyId = try r.string()
            case "volumeType": _volumeType = try r.string()
            case "sizeInGiB": _sizeInGiB = try r.int()
            case "snapshotId": _snapshotId = try r.string()
            case "volumeInitializationRate": _volumeInitializationRate = try r.int()
            case "iops": _iops = try r.int()
            case "throughput": _throughput = try r.int()
            case "tagSpecifications": _tagSpecifications = try r.list { try $0.shape(ECS.EBSTagSpecification.self) }
            case "roleArn": _roleArn = try r.string()
            case "filesystemType": _filesystemType = try r.decodeEnum(ECS.TaskFilesystemType.self)
            default: try r.skipValue()
            }
        }
        guard let _roleArn else { throw JSONScanner.Unsupported() }
        return Self(encrypted: _encrypted, kmsKeyId: _kmsKeyId, volumeType: _volumeType,
                    sizeInGiB: _sizeInGiB, snapshotId: _snapshotId,
                    volumeInitializationRate: _volumeInitializationRate, iops: _iops,
                    throughput: _throughput, tagSpecifications: _tagSpecifications,
                    roleArn: _roleArn, filesystemType: _filesystemType)
    }
}

extension ECS.ServiceRegistry: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _registryArn: Swift.String? = nil
        var _port: Swift.Int? = nil
        var _containerName: Swift.String? = nil
        var _containerPort: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "registryArn": _registryArn = try r.string()
            case "port": _port = try r.int()
            case "containerName": _containerName = try r.string()
            case "containerPort": _containerPort = try r.int()
            default: try r.skipValue()
            }
        }
        return Self(registryArn: _registryArn, port: _port, containerName: _containerName,
                    containerPort: _containerPort)
    }
}

extension ECS.ServiceRevision: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _serviceRevisionArn: Swift.String? = nil
        var _serviceArn: Swift.String? = nil
        var _clusterArn: Swift.String? = nil
        var _taskDefinition: Swift.String? = nil
        var _capacityProviderStrategy: [ECS.CapacityProviderStrategyItem]? = nil
        var _launchType: ECS.LaunchType? = nil
        var _platformVersion: Swift.String? = nil
        var _platformFamily: Swift.String? = nil
        var _loadBalancers: [ECS.LoadBalancer]? = nil
        var _serviceRegistries: [ECS.ServiceRegistry]? = nil
        var _networkConfiguration: ECS.NetworkConfiguration? = nil
        var _containerImages: [ECS.ContainerImage]? = nil
        var _guardDutyEnabled: Swift.Bool? = nil
        var _serviceConnectConfiguration: ECS.ServiceConnectConfiguration? = nil
        var _volumeConfigurations: [ECS.ServiceVolumeConfiguration]? = nil
        var _fargateEphemeralStorage: ECS.DeploymentEphemeralStorage? = nil
        var _createdAt: ECSTimestamp? = nil
        var _vpcLatticeConfigurations: [ECS.VpcLatticeConfiguration]? = nil
        var _resolvedConfiguration: ECS.ResolvedConfiguration? = nil
        var _ecsManagedResources: ECS.ECSManagedResources? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "serviceRevisionArn": _serviceRevisionArn = try r.string()
            case "serviceArn": _serviceArn = try r.string()
            case "clusterArn": _clusterArn = try r.string()
            case "taskDefinition": _taskDefinition = try r.string()
            case "capacityProviderStrategy":
                _capacityProviderStrategy = try r.list { try $0.shape(ECS.CapacityProviderStrategyItem.self) }
            case "launchType": _launchType = try r.decodeEnum(ECS.LaunchType.self)
            case "platformVersion": _platformVersion = try r.string()
            case "platformFamily": _platformFamily = try r.string()
            case "loadBalancers": _loadBalancers = try r.list { try $0.shape(ECS.LoadBalancer.self) }
            case "serviceRegistries": _serviceRegistries = try r.list { try $0.shape(ECS.ServiceRegistry.self) }
            case "networkConfiguration": _networkConfiguration = try r.shape(ECS.NetworkConfiguration.self)
            case "containerImages": _containerImages = try r.list { try $0.shape(ECS.ContainerImage.self) }
            case "guardDutyEnabled": _guardDutyEnabled = try r.bool()
            case "serviceConnectConfiguration":
                _serviceConnectConfiguration = try r.shape(ECS.ServiceConnectConfiguration.self)
            case "volumeConfigurations":
                _volumeConfigurations = try r.list { try $0.shape(ECS.ServiceVolumeConfiguration.self) }
            case "fargateEphemeralStorage": _fargateEphemeralStorage = try r.shape(ECS.DeploymentEphemeralStorage.self)
            case "createdAt": _createdAt = try r.timestamp()
            case "vpcLatticeConfigurations":
                _vpcLatticeConfigurations = try r.list { try $0.shape(ECS.VpcLatticeConfiguration.self) }
            case "resolvedConfiguration": _resolvedConfiguration = try r.shape(ECS.ResolvedConfiguration.self)
            case "ecsManagedResources": _ecsManagedResources = try r.shape(ECS.ECSManagedResources.self)
            default: try r.skipValue()
            }
        }
        return Self(serviceRevisionArn: _serviceRevisionArn, serviceArn: _serviceArn,
                    clusterArn: _clusterArn, taskDefinition: _taskDefinition,
                    capacityProviderStrategy: _capacityProviderStrategy, launchType: _launchType,
                    platformVersion: _platformVersion, platformFamily: _platformFamily,
                    loadBalancers: _loadBalancers, serviceRegistries: _serviceRegistries,
                    networkConfiguration: _networkConfiguration, containerImages: _containerImages,
                    guardDutyEnabled: _guardDutyEnabled,
                    serviceConnectConfiguration: _serviceConnectConfiguration,
                    volumeConfigurations: _volumeConfigurations,
                    fargateEphemeralStorage: _fargateEphemeralStorage, createdAt: _createdAt,
                    vpcLatticeConfigurations: _vpcLatticeConfigurations,
                    resolvedConfiguration: _resolvedConfiguration,
                    ecsManagedResources: _ecsManagedResources)
    }
}

extension ECS.ServiceRevisionLoadBalancer: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _targetGroupArn: Swift.String? = nil
        var _productionListenerRule: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "targetGroupArn": _targetGroupArn = try r.string()
            case "productionListenerRule": _productionListenerRule = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(targetGroupArn: _targetGroupArn,
                    productionListenerRule: _productionListenerRule)
    }
}

extension ECS.ServiceRevisionSummary: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _arn: Swift.String? = nil
        var _requestedTaskCount: Swift.Int? = nil
        var _runningTaskCount: Swift.Int? = nil
        var _pendingTaskCount: Swift.Int? = nil
        var _requestedTestTrafficWeight: Swift.Double? = nil
        var _requestedProductionTrafficWeight: Swift.Double? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "arn": _arn = try r.string()
            case "requestedTaskCount": _requestedTaskCount = try r.int()
            case "runningTaskCount": _runningTaskCount = try r.int()
            case "pendingTaskCount": _pendingTaskCount = try r.int()
            case "requestedTestTrafficWeight": _requestedTestTrafficWeight = try r.double()
            case "requestedProductionTrafficWeight": _requestedProductionTrafficWeight = try r.double()
            default: try r.skipValue()
            }
        }
        return Self(arn: _arn, requestedTaskCount: _requestedTaskCount,
                    runningTaskCount: _runningTaskCount, pendingTaskCount: _pendingTaskCount,
                    requestedTestTrafficWeight: _requestedTestTrafficWeight,
                    requestedProductionTrafficWeight: _requestedProductionTrafficWeight)
    }
}

extension ECS.ServiceVolumeConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _name: Swift.String? = nil
        var _managedEBSVolume: ECS.ServiceManagedEBSVolumeConfiguration? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "name": _name = try r.string()
            case "managedEBSVolume": _managedEBSVolume = try r.shape(ECS.ServiceManagedEBSVolumeConfiguration.self)
            default: try r.skipValue()
            }
        }
        guard let _name else { throw JSONScanner.Unsupported() }
        return Self(name: _name, managedEBSVolume: _managedEBSVolume)
    }
}

extension ECS.StopTaskRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _cluster: Swift.String? = nil
        var _task: Swift.String? = nil
        var _reason: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cluster": _cluster = try r.string()
            case "task": _task = try r.string()
            case "reason": _reason = try r.string()
            default: try r.skipValue()
            }
        }
        guard let _task else { throw JSONScanner.Unsupported() }
        return Self(cluster: _cluster, task: _task, reason: _reason)
    }
}

extension ECS.StopTaskResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _task: ECS.Task? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "task": _task = try r.shape(ECS.Task.self)
            default: try r.skipValue()
            }
        }
        return Self(task: _task)
    }
}

extension ECS.SystemControl: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _namespace: Swift.String? = nil
        var _value: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "namespace": _namespace = try r.string()
            case "value": _value = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(namespace: _namespace, value: _value)
    }
}

extension ECS.Tag: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _key: Swift.String? = nil
        var _value: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "key": _key = try r.string()
            case "value": _value = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(key: _key, value: _value)
    }
}

extension ECS.TagResourceRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _resourceArn: Swift.String? = nil
        var _tags: [ECS.Tag]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "resourceArn": _resourceArn = try r.string()
            case "tags": _tags = try r.list { try $0.shape(ECS.Tag.self) }
            default: try r.skipValue()
            }
        }
        guard let _resourceArn, let _tags else { throw JSONScanner.Unsupported() }
        return Self(resourceArn: _resourceArn, tags: _tags)
    }
}

extension ECS.TagResourceResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        try r.beginObject()
        var more = false
        while try r.nextKey(&more) != nil { try r.skipValue() }
        return Self()
    }
}

extension ECS.Task: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _attachments: [ECS.Attachment]? = nil
        var _attributes: [ECS.Attribute]? = nil
        var _availabilityZone: Swift.String? = nil
        var _capacityProviderName: Swift.String? = nil
        var _clusterArn: Swift.String? = nil
        var _connectivity: ECS.Connectivity? = nil
        var _connectivityAt: ECSTimestamp? = nil
        var _containerInstanceArn: Swift.String? = nil
        var _containers: [ECS.Container]? = nil
        var _cpu: Swift.String? = nil
        var _createdAt: ECSTimestamp? = nil
        var _desiredStatus: Swift.String? = nil
        var _enableExecuteCommand: Swift.Bool? = nil
        var _executionStoppedAt: ECSTimestamp? = nil
        var _group: Swift.String? = nil
        var _healthStatus: ECS.HealthStatus? = nil
        var _inferenceAccelerators: [ECS.InferenceAccelerator]? = nil
        var _lastStatus: Swift.String? = nil
        var _launchType: ECS.LaunchType? = nil
        var _memory: Swift.String? = nil
        var _overrides: ECS.TaskOverride? = nil
        var _platformVersion: Swift.String? = nil
        var _platformFamily: Swift.String? = nil
        var _pullStartedAt: ECSTimestamp? = nil
        var _pullStoppedAt: ECSTimestamp? = nil
        var _startedAt: ECSTimestamp? = nil
        var _startedBy: Swift.String? = nil
        var _stopCode: ECS.TaskStopCode? = nil
        var _stoppedAt: ECSTimestamp? = nil
        var _stoppedReason: Swift.String? = nil
        var _stoppingAt: ECSTimestamp? = nil
        var _tags: [ECS.Tag]? = nil
        var _taskArn: Swift.String? = nil
        var _taskDefinitionArn: Swift.String? = nil
        var _version: Swift.Int? = nil
        var _ephemeralStorage: ECS.EphemeralStorage? = nil
        var _fargateEphemeralStorage: ECS.TaskEphemeralStorage? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "attachments": _attachments = try r.list { try $0.shape(ECS.Attachment.self) }
            case "attributes": _attributes = try r.list { try $0.shape(ECS.Attribute.self) }
            case "availabilityZone": _availabilityZone = try r.string()
            case "capacityProviderName": _capacityProviderName = try r.string()
            case "clusterArn": _clusterArn = try r.string()
            case "connectivity": _connectivity = try r.decodeEnum(ECS.Connectivity.self)
            case "connectivityAt": _connectivityAt = try r.timestamp()
            case "containerInstanceArn": _containerInstanceArn = try r.string()
            case "containers": _containers = try r.list { try $0.shape(ECS.Container.self) }
            case "cpu": _cpu = try r.string()
            case "createdAt": _createdAt = try r.timestamp()
            case "desiredStatus": _desiredStatus = try r.string()
            case "enableExecuteCommand": _enableExecuteCommand = try r.bool()
            case "executionStoppedAt": _executionStoppedAt = try r.timestamp()
            case "group": _group = try r.string()
            case "healthStatus": _healthStatus = try r.decodeEnum(ECS.HealthStatus.self)
            case "inferenceAccelerators":
                _inferenceAccelerators = try r.list { try $0.shape(ECS.InferenceAccelerator.self) }
            case "lastStatus": _lastStatus = try r.string()
            case "launchType": _launchType = try r.decodeEnum(ECS.LaunchType.self)
            case "memory": _memory = try r.string()
            case "overrides": _overrides = try r.shape(ECS.TaskOverride.self)
            case "platformVersion": _platformVersion = try r.string()
            case "platformFamily": _platformFamily = try r.string()
            case "pullStartedAt": _pullStartedAt = try r.timestamp()
            case "pullStoppedAt": _pullStoppedAt = try r.timestamp()
            case "startedAt": _startedAt = try r.timestamp()
            case "startedBy": _startedBy = try r.string()
            case "stopCode": _stopCode = try r.decodeEnum(ECS.TaskStopCode.self)
            case "stoppedAt": _stoppedAt = try r.timestamp()
            case "stoppedReason": _stoppedReason = try r.string()
            case "stoppingAt": _stoppingAt = try r.timestamp()
            case "tags": _tags = try r.list { try $0.shape(ECS.Tag.self) }
            case "taskArn": _taskArn = try r.string()
            case "taskDefinitionArn": _taskDefinitionArn = try r.string()
            case "version": _version = try r.int()
            case "ephemeralStorage": _ephemeralStorage = try r.shape(ECS.EphemeralStorage.self)
            case "fargateEphemeralStorage": _fargateEphemeralStorage = try r.shape(ECS.TaskEphemeralStorage.self)
            default: try r.skipValue()
            }
        }
        return Self(attachments: _attachments, attributes: _attributes,
                    availabilityZone: _availabilityZone,
                    capacityProviderName: _capacityProviderName, clusterArn: _clusterArn,
                    connectivity: _connectivity, connectivityAt: _connectivityAt,
                    containerInstanceArn: _containerInstanceArn, containers: _containers,
                    cpu: _cpu, createdAt: _createdAt, desiredStatus: _desiredStatus,
                    enableExecuteCommand: _enableExecuteCommand,
                    executionStoppedAt: _executionStoppedAt, group: _group,
                    healthStatus: _healthStatus, inferenceAccelerators: _inferenceAccelerators,
                    lastStatus: _lastStatus, launchType: _launchType, memory: _memory,
                    overrides: _overrides, platformVersion: _platformVersion,
                    platformFamily: _platformFamily, pullStartedAt: _pullStartedAt,
                    pullStoppedAt: _pullStoppedAt, startedAt: _startedAt, startedBy: _startedBy,
                    stopCode: _stopCode, stoppedAt: _stoppedAt, stoppedReason: _stoppedReason,
                    stoppingAt: _stoppingAt, tags: _tags, taskArn: _taskArn,
                    taskDefinitionArn: _taskDefinitionArn, version: _version,
                    ephemeralStorage: _ephemeralStorage,
                    fargateEphemeralStorage: _fargateEphemeralStorage)
    }
}

extension ECS.TaskDefinition: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _taskDefinitionArn: Swift.String? = nil
        var _containerDefinitions: [ECS.ContainerDefinition]? = nil
        var _family: Swift.String? = nil
        var _taskRoleArn: Swift.String? = nil
        var _executionRoleArn: Swift.String? = nil
        var _networkMode: ECS.NetworkMode? = nil
        var _revision: Swift.Int? = nil
        var _volumes: [ECS.Volume]? = nil
        var _status: ECS.TaskDefinitionStatus? = nil
        var _requiresAttributes: [ECS.Attribute]? = nil
        var _placementConstraints: [ECS.TaskDefinitionPlacementConstraint]? = nil
        var _compatibilities: [ECS.Compatibility]? = nil
        var _runtimePlatform: ECS.RuntimePlatform? = nil
        var _requiresCompatibilities: [ECS.Compatibility]? = nil
        var _cpu: Swift.String? = nil
        var _memory: Swift.String? = nil
        var _inferenceAccelerators: [ECS.InferenceAccelerator]? = nil
        var _pidMode: ECS.PidMode? = nil
        var _ipcMode: ECS.IpcMode? = nil
        var _proxyConfiguration: ECS.ProxyConfiguration? = nil
        var _registeredAt: ECSTimestamp? = nil
        var _deregisteredAt: ECSTimestamp? = nil
        var _deleteRequestedAt: ECSTimestamp? = nil
        var _registeredBy: Swift.String? = nil
        var _ephemeralStorage: ECS.EphemeralStorage? = nil
        var _enableFaultInjection: Swift.Bool? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "taskDefinitionArn": _taskDefinitionArn = try r.string()
            case "containerDefinitions":
                _containerDefinitions = try r.list { try $0.shape(ECS.ContainerDefinition.self) }
            case "family": _family = try r.string()
            case "taskRoleArn": _taskRoleArn = try r.string()
            case "executionRoleArn": _executionRoleArn = try r.string()
            case "networkMode": _networkMode = try r.decodeEnum(ECS.NetworkMode.self)
            case "revision": _revision = try r.int()
            case "volumes": _volumes = try r.list { try $0.shape(ECS.Volume.self) }
            case "status": _status = try r.decodeEnum(ECS.TaskDefinitionStatus.self)
            case "requiresAttributes": _requiresAttributes = try r.list { try $0.shape(ECS.Attribute.self) }
            case "placementConstraints":
                _placementConstraints = try r.list { try $0.shape(ECS.TaskDefinitionPlacementConstraint.self) }
            case "compatibilities": _compatibilities = try r.list { try $0.decodeEnum(ECS.Compatibility.self) }
            case "runtimePlatform": _runtimePlatform = try r.shape(ECS.RuntimePlatform.self)
            case "requiresCompatibilities":
                _requiresCompatibilities = try r.list { try $0.decodeEnum(ECS.Compatibility.self) }
            case "cpu": _cpu = try r.string()
            case "memory": _memory = try r.string()
            case "inferenceAccelerators":
                _inferenceAccelerators = try r.list { try $0.shape(ECS.InferenceAccelerator.self) }
            case "pidMode": _pidMode = try r.decodeEnum(ECS.PidMode.self)
            case "ipcMode": _ipcMode = try r.decodeEnum(ECS.IpcMode.self)
            case "proxyConfiguration": _proxyConfiguration = try r.shape(ECS.ProxyConfiguration.self)
            case "registeredAt": _registeredAt = try r.timestamp()
            case "deregisteredAt": _deregisteredAt = try r.timestamp()
            case "deleteRequestedAt": _deleteRequestedAt = try r.timestamp()
            case "registeredBy": _registeredBy = try r.string()
            case "ephemeralStorage": _ephemeralStorage = try r.shape(ECS.EphemeralStorage.self)
            case "enableFaultInjection": _enableFaultInjection = try r.bool()
            default: try r.skipValue()
            }
        }
        return Self(taskDefinitionArn: _taskDefinitionArn,
                    containerDefinitions: _containerDefinitions, family: _family,
                    taskRoleArn: _taskRoleArn, executionRoleArn: _executionRoleArn,
                    networkMode: _networkMode, revision: _revision, volumes: _volumes,
                    status: _status, requiresAttributes: _requiresAttributes,
                    placementConstraints: _placementConstraints, compatibilities: _compatibilities,
                    runtimePlatform: _runtimePlatform,
                    requiresCompatibilities: _requiresCompatibilities, cpu: _cpu, memory: _memory,
                    inferenceAccelerators: _inferenceAccelerators, pidMode: _pidMode,
                    ipcMode: _ipcMode, proxyConfiguration: _proxyConfiguration,
                    registeredAt: _registeredAt, deregisteredAt: _deregisteredAt,
                    deleteRequestedAt: _deleteRequestedAt, registeredBy: _registeredBy,
                    ephemeralStorage: _ephemeralStorage,
                    enableFaultInjection: _enableFaultInjection)
    }
}

extension ECS.TaskDefinitionPlacementConstraint: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _type: ECS.TaskDefinitionPlacementConstraintType? = nil
        var _expression: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "type": _type = try r.decodeEnum(ECS.TaskDefinitionPlacementConstraintType.self)
            case "expression": _expression = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(type: _type, expression: _expression)
    }
}

extension ECS.TaskEphemeralStorage: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _sizeInGiB: Swift.Int? = nil
        var _kmsKeyId: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "sizeInGiB": _sizeInGiB = try r.int()
            case "kmsKeyId": _kmsKeyId = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(sizeInGiB: _sizeInGiB, kmsKeyId: _kmsKeyId)
    }
}

extension ECS.TaskManagedEBSVolumeConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _encrypted: Swift.Bool? = nil
        var _kmsKeyId: Swift.String? = nil
        var _volumeType: Swift.String? = nil
        var _sizeInGiB: Swift.Int? = nil
        var _snapshotId: Swift.String? = nil
        var _volumeInitializationRate: Swift.Int? = nil
        var _iops: Swift.Int? = nil
        var _throughput: Swift.Int? = nil
        var _tagSpecifications: [ECS.EBSTagSpecification]? = nil
        var _roleArn: Swift.String? = nil
        var _terminationPolicy: ECS.TaskManagedEBSVolumeTerminationPolicy? = nil
        var _filesystemType: ECS.TaskFilesystemType? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "encrypted": _encrypted = try r.bool()
            case "kmsKeyId": _kmsKeyId = try r.string()
            case "volumeType": _volumeType = try r.string()
            case "sizeInGiB": _sizeInGiB = try r.int()
            case "snapshotId": _snapshotId = try r.string()
            case "volumeInitializationRate": _volumeInitializationRate = try r.int()
            case "iops": _iops = try r.int()
            case "throughput": _throughput = try r.int()
            case "tagSpecifications": _tagSpecifications = try r.list { try $0.shape(ECS.EBSTagSpecification.self) }
            case "roleArn": _roleArn = try r.string()
            case "terminationPolicy": _terminationPolicy = try r.shape(ECS.TaskManagedEBSVolumeTerminationPolicy.self)
            case "filesystemType": _filesystemType = try r.decodeEnum(ECS.TaskFilesystemType.self)
            default: try r.skipValue()
            }
        }
        guard let _roleArn else { throw JSONScanner.Unsupported() }
        return Self(encrypted: _encrypted, kmsKeyId: _kmsKeyId, volumeType: _volumeType,
                    sizeInGiB: _sizeInGiB, snapshotId: _snapshotId,
                    volumeInitializationRate: _volumeInitializationRate, iops: _iops,
                    throughput: _throughput, tagSpecifications: _tagSpecifications,
                    roleArn: _roleArn, terminationPolicy: _terminationPolicy,
                    filesystemType: _filesystemType)
    }
}

extension ECS.TaskManagedEBSVolumeTerminationPolicy: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _deleteOnTermination: Swift.Bool? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "deleteOnTermination": _deleteOnTermination = try r.bool()
            default: try r.skipValue()
            }
        }
        guard let _deleteOnTermination else { throw JSONScanner.Unsupported() }
        return Self(deleteOnTermination: _deleteOnTermination)
    }
}

extension ECS.TaskOverride: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _containerOverrides: [ECS.ContainerOverride]? = nil
        var _cpu: Swift.String? = nil
        var _inferenceAcceleratorOverrides: [ECS.InferenceAcceleratorOverride]? = nil
        var _executionRoleArn: Swift.String? = nil
        var _memory: Swift.String? = nil
        var _taskRoleArn: Swift.String? = nil
        var _ephemeralStorage: ECS.EphemeralStorage? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "containerOverrides": _containerOverrides = try r.list { try $0.shape(ECS.ContainerOverride.self) }
            case "cpu": _cpu = try r.string()
            case "inferenceAcceleratorOverrides":
                _inferenceAcceleratorOverrides = try r.list { try $0.shape(ECS.InferenceAcceleratorOverride.self) }
            case "executionRoleArn": _executionRoleArn = try r.string()
            case "memory": _memory = try r.string()
            case "taskRoleArn": _taskRoleArn = try r.string()
            case "ephemeralStorage": _ephemeralStorage = try r.shape(ECS.EphemeralStorage.self)
            default: try r.skipValue()
            }
        }
        return Self(containerOverrides: _containerOverrides, cpu: _cpu,
                    inferenceAcceleratorOverrides: _inferenceAcceleratorOverrides,
                    executionRoleArn: _executionRoleArn, memory: _memory,
                    taskRoleArn: _taskRoleArn, ephemeralStorage: _ephemeralStorage)
    }
}

extension ECS.TaskSet: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _id: Swift.String? = nil
        var _taskSetArn: Swift.String? = nil
        var _serviceArn: Swift.String? = nil
        var _clusterArn: Swift.String? = nil
        var _startedBy: Swift.String? = nil
        var _externalId: Swift.String? = nil
        var _status: Swift.String? = nil
        var _taskDefinition: Swift.String? = nil
        var _computedDesiredCount: Swift.Int? = nil
        var _pendingCount: Swift.Int? = nil
        var _runningCount: Swift.Int? = nil
        var _createdAt: ECSTimestamp? = nil
        var _updatedAt: ECSTimestamp? = nil
        var _launchType: ECS.LaunchType? = nil
        var _capacityProviderStrategy: [ECS.CapacityProviderStrategyItem]? = nil
        var _platformVersion: Swift.String? = nil
        var _platformFamily: Swift.String? = nil
        var _networkConfiguration: ECS.NetworkConfiguration? = nil
        var _loadBalancers: [ECS.LoadBalancer]? = nil
        var _serviceRegistries: [ECS.ServiceRegistry]? = nil
        var _scale: ECS.Scale? = nil
        var _stabilityStatus: ECS.StabilityStatus? = nil
        var _stabilityStatusAt: ECSTimestamp? = nil
        var _tags: [ECS.Tag]? = nil
        var _fargateEphemeralStorage: ECS.DeploymentEphemeralStorage? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "id": _id = try r.string()
            case "taskSetArn": _taskSetArn = try r.string()
            case "serviceArn": _serviceArn = try r.string()
            case "clusterArn": _clusterArn = try r.string()
            case "startedBy": _startedBy = try r.string()
            case "externalId": _externalId = try r.string()
            case "status": _status = try r.string()
            case "taskDefinition": _taskDefinition = try r.string()
            case "computedDesiredCount": _computedDesiredCount = try r.int()
            case "pendingCount": _pendingCount = try r.int()
            case "runningCount": _runningCount = try r.int()
            case "createdAt": _createdAt = try r.timestamp()
            case "updatedAt": _updatedAt = try r.timestamp()
            case "launchType": _launchType = try r.decodeEnum(ECS.LaunchType.self)
            case "capacityProviderStrategy":
                _capacityProviderStrategy = try r.list { try $0.shape(ECS.CapacityProviderStrategyItem.self) }
            case "platformVersion": _platformVersion = try r.string()
            case "platformFamily": _platformFamily = try r.string()
            case "networkConfiguration": _networkConfiguration = try r.shape(ECS.NetworkConfiguration.self)
            case "loadBalancers": _loadBalancers = try r.list { try $0.shape(ECS.LoadBalancer.self) }
            case "serviceRegistries": _serviceRegistries = try r.list { try $0.shape(ECS.ServiceRegistry.self) }
            case "scale": _scale = try r.shape(ECS.Scale.self)
            case "stabilityStatus": _stabilityStatus = try r.decodeEnum(ECS.StabilityStatus.self)
            case "stabilityStatusAt": _stabilityStatusAt = try r.timestamp()
            case "tags": _tags = try r.list { try $0.shape(ECS.Tag.self) }
            case "fargateEphemeralStorage": _fargateEphemeralStorage = try r.shape(ECS.DeploymentEphemeralStorage.self)
            default: try r.skipValue()
            }
        }
        return Self(id: _id, taskSetArn: _taskSetArn, serviceArn: _serviceArn,
                    clusterArn: _clusterArn, startedBy: _startedBy, externalId: _externalId,
                    status: _status, taskDefinition: _taskDefinition,
                    computedDesiredCount: _computedDesiredCount, pendingCount: _pendingCount,
                    runningCount: _runningCount, createdAt: _createdAt, updatedAt: _updatedAt,
                    launchType: _launchType, capacityProviderStrategy: _capacityProviderStrategy,
                    platformVersion: _platformVersion, platformFamily: _platformFamily,
                    networkConfiguration: _networkConfiguration, loadBalancers: _loadBalancers,
                    serviceRegistries: _serviceRegistries, scale: _scale,
                    stabilityStatus: _stabilityStatus, stabilityStatusAt: _stabilityStatusAt,
                    tags: _tags, fargateEphemeralStorage: _fargateEphemeralStorage)
    }
}

extension ECS.TaskVolumeConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _name: Swift.String? = nil
        var _managedEBSVolume: ECS.TaskManagedEBSVolumeConfiguration? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "name": _name = try r.string()
            case "managedEBSVolume": _managedEBSVolume = try r.shape(ECS.TaskManagedEBSVolumeConfiguration.self)
            default: try r.skipValue()
            }
        }
        guard let _name else { throw JSONScanner.Unsupported() }
        return Self(name: _name, managedEBSVolume: _managedEBSVolume)
    }
}

extension ECS.TimeoutConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _idleTimeoutSeconds: Swift.Int? = nil
        var _perRequestTimeoutSeconds: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "idleTimeoutSeconds": _idleTimeoutSeconds = try r.int()
            case "perRequestTimeoutSeconds": _perRequestTimeoutSeconds = try r.int()
            default: try r.skipValue()
            }
        }
        return Self(idleTimeoutSeconds: _idleTimeoutSeconds,
                    perRequestTimeoutSeconds: _perRequestTimeoutSeconds)
    }
}

extension ECS.Tmpfs: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _containerPath: Swift.String? = nil
        var _size: Swift.Int? = nil
        var _mountOptions: [Swift.String]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "containerPath": _containerPath = try r.string()
            case "size": _size = try r.int()
            case "mountOptions": _mountOptions = try r.list { try $0.string() }
            default: try r.skipValue()
            }
        }
        guard let _containerPath, let _size else { throw JSONScanner.Unsupported() }
        return Self(containerPath: _containerPath, size: _size, mountOptions: _mountOptions)
    }
}

extension ECS.TotalLocalStorageGBRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _min: Swift.Double? = nil
        var _max: Swift.Double? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "min": _min = try r.double()
            case "max": _max = try r.double()
            default: try r.skipValue()
            }
        }
        return Self(min: _min, max: _max)
    }
}

extension ECS.Ulimit: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _name: ECS.UlimitName? = nil
        var _softLimit: Swift.Int? = nil
        var _hardLimit: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "name": _name = try r.decodeEnum(ECS.UlimitName.self)
            case "softLimit": _softLimit = try r.int()
            case "hardLimit": _hardLimit = try r.int()
            default: try r.skipValue()
            }
        }
        guard let _name, let _softLimit, let _hardLimit else { throw JSONScanner.Unsupported() }
        return Self(name: _name, softLimit: _softLimit, hardLimit: _hardLimit)
    }
}

extension ECS.UntagResourceRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _resourceArn: Swift.String? = nil
        var _tagKeys: [Swift.String]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "resourceArn": _resourceArn = try r.string()
            case "tagKeys": _tagKeys = try r.list { try $0.string() }
            default: try r.skipValue()
            }
        }
        guard let _resourceArn, let _tagKeys else { throw JSONScanner.Unsupported() }
        return Self(resourceArn: _resourceArn, tagKeys: _tagKeys)
    }
}

extension ECS.UntagResourceResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        try r.beginObject()
        var more = false
        while try r.nextKey(&more) != nil { try r.skipValue() }
        return Self()
    }
}

extension ECS.UpdateClusterRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _cluster: Swift.String? = nil
        var _settings: [ECS.ClusterSetting]? = nil
        var _configuration: ECS.ClusterConfiguration? = nil
        var _serviceConnectDefaults: ECS.ClusterServiceConnectDefaultsRequest? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cluster": _cluster = try r.string()
            case "settings": _settings = try r.list { try $0.shape(ECS.ClusterSetting.self) }
            case "configuration": _configuration = try r.shape(ECS.ClusterConfiguration.self)
            case "serviceConnectDefaults":
                _serviceConnectDefaults = try r.shape(ECS.ClusterServiceConnectDefaultsRequest.self)
            default: try r.skipValue()
            }
        }
        guard let _cluster else { throw JSONScanner.Unsupported() }
        return Self(cluster: _cluster, settings: _settings, configuration: _configuration,
                    serviceConnectDefaults: _serviceConnectDefaults)
    }
}

extension ECS.UpdateClusterResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _cluster: ECS.Cluster? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cluster": _cluster = try r.shape(ECS.Cluster.self)
            default: try r.skipValue()
            }
        }
        return Self(cluster: _cluster)
    }
}

extension ECS.UpdateClusterSettingsRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _cluster: Swift.String? = nil
        var _settings: [ECS.ClusterSetting]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cluster": _cluster = try r.string()
            case "settings": _settings = try r.list { try $0.shape(ECS.ClusterSetting.self) }
            default: try r.skipValue()
            }
        }
        guard let _cluster, let _settings else { throw JSONScanner.Unsupported() }
        return Self(cluster: _cluster, settings: _settings)
    }
}

extension ECS.UpdateClusterSettingsResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _cluster: ECS.Cluster? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cluster": _cluster = try r.shape(ECS.Cluster.self)
            default: try r.skipValue()
            }
        }
        return Self(cluster: _cluster)
    }
}

extension ECS.UpdateServiceRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _cluster: Swift.String? = nil
        var _service: Swift.String? = nil
        var _desiredCount: Swift.Int? = nil
        var _taskDefinition: Swift.String? = nil
        var _capacityProviderStrategy: [ECS.CapacityProviderStrategyItem]? = nil
        var _deploymentConfiguration: ECS.DeploymentConfiguration? = nil
        var _availabilityZoneRebalancing: ECS.AvailabilityZoneRebalancing? = nil
        var _networkConfiguration: ECS.NetworkConfiguration? = nil
        var _placementConstraints: [ECS.PlacementConstraint]? = nil
        var _placementStrategy: [ECS.PlacementStrategy]? = nil
        var _platformVersion: Swift.String? = nil
        var _forceNewDeployment: Swift.Bool? = nil
        var _healthCheckGracePeriodSeconds: Swift.Int? = nil
        var _deploymentController: ECS.DeploymentController? = nil
        var _enableExecuteCommand: Swift.Bool? = nil
        var _enableECSManagedTags: Swift.Bool? = nil
        var _loadBalancers: [ECS.LoadBalancer]? = nil
        var _propagateTags: ECS.PropagateTags? = nil
        var _serviceRegistries: [ECS.ServiceRegistry]? = nil
        var _serviceConnectConfiguration: ECS.ServiceConnectConfiguration? = nil
        var _volumeConfigurations: [ECS.ServiceVolumeConfiguration]? = nil
        var _vpcLatticeConfigurations: [ECS.VpcLatticeConfiguration]? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "cluster": _cluster = try r.string()
            case "service": _service = try r.string()
            case "desiredCount": _desiredCount = try r.int()
            case "taskDefinition": _taskDefinition = try r.string()
            case "capacityProviderStrategy":
                _capacityProviderStrategy = try r.list { try $0.shape(ECS.CapacityProviderStrategyItem.self) }
            case "deploymentConfiguration": _deploymentConfiguration = try r.shape(ECS.DeploymentConfiguration.self)
            case "availabilityZoneRebalancing":
                _availabilityZoneRebalancing = try r.decodeEnum(ECS.AvailabilityZoneRebalancing.self)
            case "networkConfiguration": _networkConfiguration = try r.shape(ECS.NetworkConfiguration.self)
            case "placementConstraints":
                _placementConstraints = try r.list { try $0.shape(ECS.PlacementConstraint.self) }
            case "placementStrategy": _placementStrategy = try r.list { try $0.shape(ECS.PlacementStrategy.self) }
            case "platformVersion": _platformVersion = try r.string()
            case "forceNewDeployment": _forceNewDeployment = try r.bool()
            case "healthCheckGracePeriodSeconds": _healthCheckGracePeriodSeconds = try r.int()
            case "deploymentController": _deploymentController = try r.shape(ECS.DeploymentController.self)
            case "enableExecuteCommand": _enableExecuteCommand = try r.bool()
            case "enableECSManagedTags": _enableECSManagedTags = try r.bool()
            case "loadBalancers": _loadBalancers = try r.list { try $0.shape(ECS.LoadBalancer.self) }
            case "propagateTags": _propagateTags = try r.decodeEnum(ECS.PropagateTags.self)
            case "serviceRegistries": _serviceRegistries = try r.list { try $0.shape(ECS.ServiceRegistry.self) }
            case "serviceConnectConfiguration":
                _serviceConnectConfiguration = try r.shape(ECS.ServiceConnectConfiguration.self)
            case "volumeConfigurations":
                _volumeConfigurations = try r.list { try $0.shape(ECS.ServiceVolumeConfiguration.self) }
            case "vpcLatticeConfigurations":
                _vpcLatticeConfigurations = try r.list { try $0.shape(ECS.VpcLatticeConfiguration.self) }
            default: try r.skipValue()
            }
        }
        guard let _service else { throw JSONScanner.Unsupported() }
        return Self(cluster: _cluster, service: _service, desiredCount: _desiredCount,
                    taskDefinition: _taskDefinition,
                    capacityProviderStrategy: _capacityProviderStrategy,
                    deploymentConfiguration: _deploymentConfiguration,
                    availabilityZoneRebalancing: _availabilityZoneRebalancing,
                    networkConfiguration: _networkConfiguration,
                    placementConstraints: _placementConstraints,
                    placementStrategy: _placementStrategy, platformVersion: _platformVersion,
                    forceNewDeployment: _forceNewDeployment,
                    healthCheckGracePeriodSeconds: _healthCheckGracePeriodSeconds,
                    deploymentController: _deploymentController,
                    enableExecuteCommand: _enableExecuteCommand,
                    enableECSManagedTags: _enableECSManagedTags, loadBalancers: _loadBalancers,
                    propagateTags: _propagateTags, serviceRegistries: _serviceRegistries,
                    serviceConnectConfiguration: _serviceConnectConfiguration,
                    volumeConfigurations: _volumeConfigurations,
                    vpcLatticeConfigurations: _vpcLatticeConfigurations)
    }
}

extension ECS.UpdateServiceResponse: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _service: ECS.Service? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "service": _service = try r.shape(ECS.Service.self)
            default: try r.skipValue()
            }
        }
        return Self(service: _service)
    }
}

extension ECS.VCpuCountRangeRequest: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _min: Swift.Int? = nil
        var _max: Swift.Int? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "min": _min = try r.int()
            case "max": _max = try r.int()
            default: try r.skipValue()
            }
        }
        guard let _min else { throw JSONScanner.Unsupported() }
        return Self(min: _min, max: _max)
    }
}

extension ECS.VersionInfo: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _agentVersion: Swift.String? = nil
        var _agentHash: Swift.String? = nil
        var _dockerVersion: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "agentVersion": _agentVersion = try r.string()
            case "agentHash": _agentHash = try r.string()
            case "dockerVersion": _dockerVersion = try r.string()
            default: try r.skipValue()
            }
        }
        return Self(agentVersion: _agentVersion, agentHash: _agentHash,
                    dockerVersion: _dockerVersion)
    }
}

extension ECS.Volume: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _name: Swift.String? = nil
        var _host: ECS.HostVolumeProperties? = nil
        var _dockerVolumeConfiguration: ECS.DockerVolumeConfiguration? = nil
        var _efsVolumeConfiguration: ECS.EFSVolumeConfiguration? = nil
        var _s3filesVolumeConfiguration: ECS.S3FilesVolumeConfiguration? = nil
        var _fsxWindowsFileServerVolumeConfiguration: ECS.FSxWindowsFileServerVolumeConfiguration? = nil
        var _configuredAtLaunch: Swift.Bool? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "name": _name = try r.string()
            case "host": _host = try r.shape(ECS.HostVolumeProperties.self)
            case "dockerVolumeConfiguration":
                _dockerVolumeConfiguration = try r.shape(ECS.DockerVolumeConfiguration.self)
            case "efsVolumeConfiguration": _efsVolumeConfiguration = try r.shape(ECS.EFSVolumeConfiguration.self)
            case "s3filesVolumeConfiguration":
                _s3filesVolumeConfiguration = try r.shape(ECS.S3FilesVolumeConfiguration.self)
            case "fsxWindowsFileServerVolumeConfiguration":
                _fsxWindowsFileServerVolumeConfiguration = try r.shape(ECS.FSxWindowsFileServerVolumeConfiguration.self)
            case "configuredAtLaunch": _configuredAtLaunch = try r.bool()
            default: try r.skipValue()
            }
        }
        return Self(name: _name, host: _host,
                    dockerVolumeConfiguration: _dockerVolumeConfiguration,
                    efsVolumeConfiguration: _efsVolumeConfiguration,
                    s3filesVolumeConfiguration: _s3filesVolumeConfiguration,
                    fsxWindowsFileServerVolumeConfiguration: _fsxWindowsFileServerVolumeConfiguration,
                    configuredAtLaunch: _configuredAtLaunch)
    }
}

extension ECS.VolumeFrom: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _sourceContainer: Swift.String? = nil
        var _readOnly: Swift.Bool? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "sourceContainer": _sourceContainer = try r.string()
            case "readOnly": _readOnly = try r.bool()
            default: try r.skipValue()
            }
        }
        return Self(sourceContainer: _sourceContainer, readOnly: _readOnly)
    }
}

extension ECS.VpcLatticeConfiguration: JSONScannable {
    static func scanJSON(_ r: inout JSONScanner) throws -> Self {
        var _roleArn: Swift.String? = nil
        var _targetGroupArn: Swift.String? = nil
        var _portName: Swift.String? = nil
        try r.beginObject()
        var more = false
        while let key = try r.nextKey(&more) {
            switch key {
            case "roleArn": _roleArn = try r.string()
            case "targetGroupArn": _targetGroupArn = try r.string()
            case "portName": _portName = try r.string()
            default: try r.skipValue()
            }
        }
        guard let _roleArn, let _targetGroupArn, let _portName else { throw JSONScanner.Unsupported() }
        return Self(roleArn: _roleArn, targetGroupArn: _targetGroupArn, portName: _portName)
    }
}
