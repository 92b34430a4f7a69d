// generated from botocore 1.43.11 by Tools/ecsmodel/generate.py, do not edit.
// Change the generator, the pinned version or Sources/ECSModel/Overlay.yaml and run it again.

import ECSModel
import YAML

extension ECS.AdvancedConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["alternateTargetGroupArn",
                                                  "productionListenerRule", "testListenerRule",
                                                  "roleArn"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _alternateTargetGroupArn: Swift.String? = nil
        var _productionListenerRule: Swift.String? = nil
        var _testListenerRule: Swift.String? = nil
        var _roleArn: Swift.String? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "alternateTargetGroupArn":
                _alternateTargetGroupArn = m.optional("alternateTargetGroupArn") { try $0.string() }
            case "productionListenerRule":
                _productionListenerRule = m.optional("productionListenerRule") { try $0.string() }
            case "testListenerRule":
                _testListenerRule = m.optional("testListenerRule") { try $0.string() }
            case "roleArn": _roleArn = m.optional("roleArn") { try $0.string() }
            default: return false
            }
            return true
        }
        return Self(alternateTargetGroupArn: _alternateTargetGroupArn,
                    productionListenerRule: _productionListenerRule,
                    testListenerRule: _testListenerRule, roleArn: _roleArn)
    }
}

extension ECS.AwsVpcConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["subnets", "securityGroups", "assignPublicIp"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _subnets: [Swift.String]? = nil
        var _securityGroups: [Swift.String]? = nil
        var _assignPublicIp: ECS.AssignPublicIp? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "subnets":
                _subnets = m.required("subnets", &failed) { try $0.list { try $0.string() } }
            case "securityGroups":
                _securityGroups = m.optional("securityGroups") { try $0.list { try $0.string() } }
            case "assignPublicIp":
                _assignPublicIp = m.optionalEnum("assignPublicIp", ECS.AssignPublicIp.self)
            default: return false
            }
            return true
        }
        if _subnets == nil {
            d.reportMissing("subnets")
            failed = true
        }
        guard !failed, let _subnets else { throw AlreadyReported() }
        return Self(subnets: _subnets, securityGroups: _securityGroups,
                    assignPublicIp: _assignPublicIp)
    }
}

extension ECS.CanaryConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["canaryPercent", "canaryBakeTimeInMinutes"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _canaryPercent: Swift.Double? = nil
        var _canaryBakeTimeInMinutes: Swift.Int? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "canaryPercent": _canaryPercent = m.optional("canaryPercent") { try $0.double() }
            case "canaryBakeTimeInMinutes":
                _canaryBakeTimeInMinutes = m.optional("canaryBakeTimeInMinutes") { try $0.int() }
            default: return false
            }
            return true
        }
        return Self(canaryPercent: _canaryPercent,
                    canaryBakeTimeInMinutes: _canaryBakeTimeInMinutes)
    }
}

extension ECS.CapacityProviderStrategyItem: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["capacityProvider", "weight", "base"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _capacityProvider: Swift.String? = nil
        var _weight: Swift.Int? = nil
        var _base: Swift.Int? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "capacityProvider":
                _capacityProvider = m.required("capacityProvider", &failed) { try $0.string() }
            case "weight": _weight = m.optional("weight") { try $0.int() }
            case "base": _base = m.optional("base") { try $0.int() }
            default: return false
            }
            return true
        }
        if _capacityProvider == nil {
            d.reportMissing("capacityProvider")
            failed = true
        }
        guard !failed, let _capacityProvider else { throw AlreadyReported() }
        return Self(capacityProvider: _capacityProvider, weight: _weight, base: _base)
    }
}

extension ECS.ClusterConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["executeCommandConfiguration",
                                                  "managedStorageConfiguration"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _executeCommandConfiguration: ECS.ExecuteCommandConfiguration? = nil
        var _managedStorageConfiguration: ECS.ManagedStorageConfiguration? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "executeCommandConfiguration":
                _executeCommandConfiguration = m.optional("executeCommandConfiguration") { try $0.shape(ECS.ExecuteCommandConfiguration.self) }
            case "managedStorageConfiguration":
                _managedStorageConfiguration = m.optional("managedStorageConfiguration") { try $0.shape(ECS.ManagedStorageConfiguration.self) }
            default: return false
            }
            return true
        }
        return Self(executeCommandConfiguration: _executeCommandConfiguration,
                    managedStorageConfiguration: _managedStorageConfiguration)
    }
}

extension ECS.ClusterServiceConnectDefaultsRequest: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["namespace"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _namespace: Swift.String? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "namespace": _namespace = m.required("namespace", &failed) { try $0.string() }
            default: return false
            }
            return true
        }
        if _namespace == nil {
            d.reportMissing("namespace")
            failed = true
        }
        guard !failed, let _namespace else { throw AlreadyReported() }
        return Self(namespace: _namespace)
    }
}

extension ECS.ClusterSetting: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["name", "value"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _name: ECS.ClusterSettingName? = nil
        var _value: Swift.String? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "name": _name = m.optionalEnum("name", ECS.ClusterSettingName.self)
            case "value": _value = m.optional("value") { try $0.string() }
            default: return false
            }
            return true
        }
        return Self(name: _name, value: _value)
    }
}

extension ECS.ContainerDefinition: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["name", "image", "repositoryCredentials", "cpu",
                                                  "memory", "memoryReservation", "links",
                                                  "portMappings", "essential", "restartPolicy",
                                                  "entryPoint", "command", "environment",
                                                  "environmentFiles", "mountPoints", "volumesFrom",
                                                  "linuxParameters", "secrets", "dependsOn",
                                                  "startTimeout", "stopTimeout",
                                                  "versionConsistency", "hostname", "user",
                                                  "workingDirectory", "disableNetworking",
                                                  "privileged", "readonlyRootFilesystem",
                                                  "dnsServers", "dnsSearchDomains", "extraHosts",
                                                  "dockerSecurityOptions", "interactive",
                                                  "pseudoTerminal", "dockerLabels", "ulimits",
                                                  "logConfiguration", "healthCheck",
                                                  "systemControls", "resourceRequirements",
                                                  "firelensConfiguration", "credentialSpecs"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
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
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "name": _name = m.optional("name") { try $0.string() }
            case "image": _image = m.optional("image") { try $0.string() }
            case "repositoryCredentials":
                _repositoryCredentials = m.optional("repositoryCredentials") { try $0.shape(ECS.RepositoryCredentials.self) }
            case "cpu": _cpu = m.optional("cpu") { try $0.int() }
            case "memory": _memory = m.optional("memory") { try $0.int() }
            case "memoryReservation":
                _memoryReservation = m.optional("memoryReservation") { try $0.int() }
            case "links": _links = m.optional("links") { try $0.list { try $0.string() } }
            case "portMappings":
                _portMappings = m.optional("portMappings") { try $0.list { try $0.shape(ECS.PortMapping.self) } }
            case "essential": _essential = m.optional("essential") { try $0.bool() }
            case "restartPolicy":
                _restartPolicy = m.optional("restartPolicy") { try $0.shape(ECS.ContainerRestartPolicy.self) }
            case "entryPoint":
                _entryPoint = m.optional("entryPoint") { try $0.list { try $0.string() } }
            case "command": _command = m.optional("command") { try $0.list { try $0.string() } }
            case "environment": _environment = m.optional("environment") { try $0.keyValuePairs() }
            case "environmentFiles":
                _environmentFiles = m.optional("environmentFiles") { try $0.list { try $0.shape(ECS.EnvironmentFile.self) } }
            case "mountPoints":
                _mountPoints = m.optional("mountPoints") { try $0.list { try $0.shape(ECS.MountPoint.self) } }
            case "volumesFrom":
                _volumesFrom = m.optional("volumesFrom") { try $0.list { try $0.shape(ECS.VolumeFrom.self) } }
            case "linuxParameters":
                _linuxParameters = m.optional("linuxParameters") { try $0.shape(ECS.LinuxParameters.self) }
            case "secrets":
                _secrets = m.optional("secrets") { try $0.list { try $0.shape(ECS.Secret.self) } }
            case "dependsOn":
                _dependsOn = m.optional("dependsOn") { try $0.list { try $0.shape(ECS.ContainerDependency.self) } }
            case "startTimeout": _startTimeout = m.optional("startTimeout") { try $0.int() }
            case "stopTimeout": _stopTimeout = m.optional("stopTimeout") { try $0.int() }
            case "versionConsistency":
                _versionConsistency = m.optionalEnum("versionConsistency", ECS.VersionConsistency.self)
            case "hostname": _hostname = m.optional("hostname") { try $0.string() }
            case "user": _user = m.optional("user") { try $0.string() }
            case "workingDirectory":
                _workingDirectory = m.optional("workingDirectory") { try $0.string() }
            case "disableNetworking":
                _disableNetworking = m.optional("disableNetworking") { try $0.bool() }
            case "privileged": _privileged = m.optional("privileged") { try $0.bool() }
            case "readonlyRootFilesystem":
                _readonlyRootFilesystem = m.optional("readonlyRootFilesystem") { try $0.bool() }
            case "dnsServers":
                _dnsServers = m.optional("dnsServers") { try $0.list { try $0.string() } }
            case "dnsSearchDomains":
                _dnsSearchDomains = m.optional("dnsSearchDomains") { try $0.list { try $0.string() } }
            case "extraHosts":
                _extraHosts = m.optional("extraHosts") { try $0.list { try $0.shape(ECS.HostEntry.self) } }
            case "dockerSecurityOptions":
                _dockerSecurityOptions = m.optional("dockerSecurityOptions") { try $0.list { try $0.string() } }
            case "interactive": _interactive = m.optional("interactive") { try $0.bool() }
            case "pseudoTerminal": _pseudoTerminal = m.optional("pseudoTerminal") { try $0.bool() }
            case "dockerLabels":
                _dockerLabels = m.optional("dockerLabels") { try $0.map { try $0.string() } }
            case "ulimits":
                _ulimits = m.optional("ulimits") { try $0.list { try $0.shape(ECS.Ulimit.self) } }
            case "logConfiguration":
                _logConfiguration = m.optional("logConfiguration") { try $0.shape(ECS.LogConfiguration.self) }
            case "healthCheck":
                _healthCheck = m.optional("healthCheck") { try $0.shape(ECS.HealthCheck.self) }
            case "systemControls":
                _systemControls = m.optional("systemControls") { try $0.list { try $0.shape(ECS.SystemControl.self) } }
            case "resourceRequirements":
                _resourceRequirements = m.optional("resourceRequirements") { try $0.list { try $0.shape(ECS.ResourceRequirement.self) } }
            case "firelensConfiguration":
                _firelensConfiguration = m.optional("firelensConfiguration") { try $0.shape(ECS.FirelensConfiguration.self) }
            case "credentialSpecs":
                _credentialSpecs = m.optional("credentialSpecs") { try $0.list { try $0.string() } }
            default: return false
            }
            return true
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

extension ECS.ContainerDependency: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["containerName", "condition"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _containerName: Swift.String? = nil
        var _condition: ECS.ContainerCondition? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "containerName":
                _containerName = m.required("containerName", &failed) { try $0.string() }
            case "condition":
                _condition = m.required("condition", &failed) { try $0.decodeEnum(ECS.ContainerCondition.self) }
            default: return false
            }
            return true
        }
        if _containerName == nil {
            d.reportMissing("containerName")
            failed = true
        }
        if _condition == nil {
            d.reportMissing("condition")
            failed = true
        }
        guard !failed, let _containerName, let _condition else { throw AlreadyReported() }
        return Self(containerName: _containerName, condition: _condition)
    }
}

extension ECS.ContainerOverride: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["name", "command", "environment",
                                                  "environmentFiles", "cpu", "memory",
                                                  "memoryReservation", "resourceRequirements"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _name: Swift.String? = nil
        var _command: [Swift.String]? = nil
        var _environment: [ECS.KeyValuePair]? = nil
        var _environmentFiles: [ECS.EnvironmentFile]? = nil
        var _cpu: Swift.Int? = nil
        var _memory: Swift.Int? = nil
        var _memoryReservation: Swift.Int? = nil
        var _resourceRequirements: [ECS.ResourceRequirement]? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "name": _name = m.optional("name") { try $0.string() }
            case "command": _command = m.optional("command") { try $0.list { try $0.string() } }
            case "environment": _environment = m.optional("environment") { try $0.keyValuePairs() }
            case "environmentFiles":
                _environmentFiles = m.optional("environmentFiles") { try $0.list { try $0.shape(ECS.EnvironmentFile.self) } }
            case "cpu": _cpu = m.optional("cpu") { try $0.int() }
            case "memory": _memory = m.optional("memory") { try $0.int() }
            case "memoryReservation":
                _memoryReservation = m.optional("memoryReservation") { try $0.int() }
            case "resourceRequirements":
                _resourceRequirements = m.optional("resourceRequirements") { try $0.list { try $0.shape(ECS.ResourceRequirement.self) } }
            default: return false
            }
            return true
        }
        return Self(name: _name, command: _command, environment: _environment,
                    environmentFiles: _environmentFiles, cpu: _cpu, memory: _memory,
                    memoryReservation: _memoryReservation,
                    resourceRequirements: _resourceRequirements)
    }
}

extension ECS.ContainerRestartPolicy: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["enabled", "ignoredExitCodes",
                                                  "restartAttemptPeriod"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _enabled: Swift.Bool? = nil
        var _ignoredExitCodes: [Swift.Int]? = nil
        var _restartAttemptPeriod: Swift.Int? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "enabled": _enabled = m.required("enabled", &failed) { try $0.bool() }
            case "ignoredExitCodes":
                _ignoredExitCodes = m.optional("ignoredExitCodes") { try $0.list { try $0.int() } }
            case "restartAttemptPeriod":
                _restartAttemptPeriod = m.optional("restartAttemptPeriod") { try $0.int() }
            default: return false
            }
            return true
        }
        if _enabled == nil {
            d.reportMissing("enabled")
            failed = true
        }
        guard !failed, let _enabled else { throw AlreadyReported() }
        return Self(enabled: _enabled, ignoredExitCodes: _ignoredExitCodes,
                    restartAttemptPeriod: _restartAttemptPeriod)
    }
}

extension ECS.CreateClusterRequest: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["clusterName", "tags", "settings",
                                                  "configuration", "capacityProviders",
                                                  "defaultCapacityProviderStrategy",
                                                  "serviceConnectDefaults"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        try decodeNode(d, extraNames: [], readOnly: [], extra: { _ in false })
    }

    /// Also reads the keys `extra` takes (ecsplan's own, beside the request's members).
    static func decodeNode(
        _ d: NodeDecoder, extraNames: [Swift.String], readOnly: Set<Swift.String>,
        extra: (NodeMember) throws -> Swift.Bool
    ) throws -> Self {
        var _clusterName: Swift.String? = nil
        var _tags: [ECS.Tag]? = nil
        var _settings: [ECS.ClusterSetting]? = nil
        var _configuration: ECS.ClusterConfiguration? = nil
        var _capacityProviders: [Swift.String]? = nil
        var _defaultCapacityProviderStrategy: [ECS.CapacityProviderStrategyItem]? = nil
        var _serviceConnectDefaults: ECS.ClusterServiceConnectDefaultsRequest? = nil
        try d.members(names: nodeMemberNames + extraNames, readOnly: readOnly) { m in
            switch m.key {
            case "clusterName": _clusterName = m.optional("clusterName") { try $0.string() }
            case "tags": _tags = m.optional("tags") { try $0.tags() }
            case "settings":
                _settings = m.optional("settings") { try $0.list { try $0.shape(ECS.ClusterSetting.self) } }
            case "configuration":
                _configuration = m.optional("configuration") { try $0.shape(ECS.ClusterConfiguration.self) }
            case "capacityProviders":
                _capacityProviders = m.optional("capacityProviders") { try $0.list { try $0.string() } }
            case "defaultCapacityProviderStrategy":
                _defaultCapacityProviderStrategy = m.optional("defaultCapacityProviderStrategy") { try $0.list { try $0.shape(ECS.CapacityProviderStrategyItem.self) } }
            case "serviceConnectDefaults":
                _serviceConnectDefaults = m.optional("serviceConnectDefaults") { try $0.shape(ECS.ClusterServiceConnectDefaultsRequest.self) }
            default: return try extra(m)
            }
            return true
        }
        return Self(clusterName: _clusterName, tags: _tags, settings: _settings,
                    configuration: _configuration, capacityProviders: _capacityProviders,
                    defaultCapacityProviderStrategy: _defaultCapacityProviderStrategy,
                    serviceConnectDefaults: _serviceConnectDefaults)
    }
}

extension ECS.CreateServiceRequest: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["cluster", "serviceName", "taskDefinition",
                                                  "availabilityZoneRebalancing", "loadBalancers",
                                                  "serviceRegistries", "desiredCount",
                                                  "clientToken", "launchType",
                                                  "capacityProviderStrategy", "platformVersion",
                                                  "role", "deploymentConfiguration",
                                                  "placementConstraints", "placementStrategy",
                                                  "networkConfiguration",
                                                  "healthCheckGracePeriodSeconds",
                                                  "schedulingStrategy", "deploymentController",
                                                  "tags", "enableECSManagedTags", "propagateTags",
                                                  "enableExecuteCommand",
                                                  "serviceConnectConfiguration",
                                                  "volumeConfigurations",
                                                  "vpcLatticeConfigurations"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        try decodeNode(d, extraNames: [], readOnly: [], extra: { _ in false })
    }

    /// Also reads the keys `extra` takes (ecsplan's own, beside the request's members).
    static func decodeNode(
        _ d: NodeDecoder, extraNames: [Swift.String], readOnly: Set<Swift.String>,
        extra: (NodeMember) throws -> Swift.Bool
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
        try d.members(names: nodeMemberNames + extraNames, readOnly: readOnly) { m in
            switch m.key {
            case "cluster": _cluster = m.optional("cluster") { try $0.string() }
            case "serviceName": _serviceName = m.optional("serviceName") { try $0.string() }
            case "taskDefinition":
                _taskDefinition = m.optional("taskDefinition") { try $0.string() }
            case "availabilityZoneRebalancing":
                _availabilityZoneRebalancing = m.optionalEnum("availabilityZoneRebalancing", ECS.AvailabilityZoneRebalancing.self)
            case "loadBalancers":
                _loadBalancers = m.optional("loadBalancers") { try $0.list { try $0.shape(ECS.LoadBalancer.self) } }
            case "serviceRegistries":
                _serviceRegistries = m.optional("serviceRegistries") { try $0.list { try $0.shape(ECS.ServiceRegistry.self) } }
            case "desiredCount": _desiredCount = m.optional("desiredCount") { try $0.int() }
            case "clientToken": _clientToken = m.optional("clientToken") { try $0.string() }
            case "launchType": _launchType = m.optionalEnum("launchType", ECS.LaunchType.self)
            case "capacityProviderStrategy":
                _capacityProviderStrategy = m.optional("capacityProviderStrategy") { try $0.list { try $0.shape(ECS.CapacityProviderStrategyItem.self) } }
            case "platformVersion":
                _platformVersion = m.optional("platformVersion") { try $0.string() }
            case "role": _role = m.optional("role") { try $0.string() }
            case "deploymentConfiguration":
                _deploymentConfiguration = m.optional("deploymentConfiguration") { try $0.shape(ECS.DeploymentConfiguration.self) }
            case "placementConstraints":
                _placementConstraints = m.optional("placementConstraints") { try $0.list { try $0.shape(ECS.PlacementConstraint.self) } }
            case "placementStrategy":
                _placementStrategy = m.optional("placementStrategy") { try $0.list { try $0.shape(ECS.PlacementStrategy.self) } }
            case "networkConfiguration":
                _networkConfiguration = m.optional("networkConfiguration") { try $0.shape(ECS.NetworkConfiguration.self) }
            case "healthCheckGracePeriodSeconds":
                _healthCheckGracePeriodSeconds = m.optional("healthCheckGracePeriodSeconds") { try $0.int() }
            case "schedulingStrategy":
                _schedulingStrategy = m.optionalEnum("schedulingStrategy", ECS.SchedulingStrategy.self)
            case "deploymentController":
                _deploymentController = m.optional("deploymentController") { try $0.shape(ECS.DeploymentController.self) }
            case "tags": _tags = m.optional("tags") { try $0.tags() }
            case "enableECSManagedTags":
                _enableECSManagedTags = m.optional("enableECSManagedTags") { try $0.bool() }
            case "propagateTags":
                _propagateTags = m.optionalEnum("propagateTags", ECS.PropagateTags.self)
            case "enableExecuteCommand":
                _enableExecuteCommand = m.optional("enableExecuteCommand") { try $0.bool() }
            case "serviceConnectConfiguration":
                _serviceConnectConfiguration = m.optional("serviceConnectConfiguration") { try $0.shape(ECS.ServiceConnectConfiguration.self) }
            case "volumeConfigurations":
                _volumeConfigurations = m.optional("volumeConfigurations") { try $0.list { try $0.shape(ECS.ServiceVolumeConfiguration.self) } }
            case "vpcLatticeConfigurations":
                _vpcLatticeConfigurations = m.optional("vpcLatticeConfigurations") { try $0.list { try $0.shape(ECS.VpcLatticeConfiguration.self) } }
            default: return try extra(m)
            }
            return true
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

extension ECS.DeploymentAlarms: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["alarmNames", "rollback", "enable"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _alarmNames: [Swift.String]? = nil
        var _rollback: Swift.Bool? = nil
        var _enable: Swift.Bool? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "alarmNames":
                _alarmNames = m.required("alarmNames", &failed) { try $0.list { try $0.string() } }
            case "rollback": _rollback = m.required("rollback", &failed) { try $0.bool() }
            case "enable": _enable = m.required("enable", &failed) { try $0.bool() }
            default: return false
            }
            return true
        }
        if _alarmNames == nil {
            d.reportMissing("alarmNames")
            failed = true
        }
        if _rollback == nil {
            d.reportMissing("rollback")
            failed = true
        }
        if _enable == nil {
            d.reportMissing("enable")
            failed = true
        }
        guard !failed, let _alarmNames, let _rollback, let _enable else { throw AlreadyReported() }
        return Self(alarmNames: _alarmNames, rollback: _rollback, enable: _enable)
    }
}

extension ECS.DeploymentCircuitBreaker: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["enable", "rollback"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _enable: Swift.Bool? = nil
        var _rollback: Swift.Bool? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "enable": _enable = m.required("enable", &failed) { try $0.bool() }
            case "rollback": _rollback = m.required("rollback", &failed) { try $0.bool() }
            default: return false
            }
            return true
        }
        if _enable == nil {
            d.reportMissing("enable")
            failed = true
        }
        if _rollback == nil {
            d.reportMissing("rollback")
            failed = true
        }
        guard !failed, let _enable, let _rollback else { throw AlreadyReported() }
        return Self(enable: _enable, rollback: _rollback)
    }
}

extension ECS.DeploymentConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["deploymentCircuitBreaker", "maximumPercent",
                                                  "minimumHealthyPercent", "alarms", "strategy",
                                                  "bakeTimeInMinutes", "lifecycleHooks",
                                                  "linearConfiguration", "canaryConfiguration"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _deploymentCircuitBreaker: ECS.DeploymentCircuitBreaker? = nil
        var _maximumPercent: Swift.Int? = nil
        var _minimumHealthyPercent: Swift.Int? = nil
        var _alarms: ECS.DeploymentAlarms? = nil
        var _strategy: ECS.DeploymentStrategy? = nil
        var _bakeTimeInMinutes: Swift.Int? = nil
        var _lifecycleHooks: [ECS.DeploymentLifecycleHook]? = nil
        var _linearConfiguration: ECS.LinearConfiguration? = nil
        var _canaryConfiguration: ECS.CanaryConfiguration? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "deploymentCircuitBreaker":
                _deploymentCircuitBreaker = m.optional("deploymentCircuitBreaker") { try $0.shape(ECS.DeploymentCircuitBreaker.self) }
            case "maximumPercent": _maximumPercent = m.optional("maximumPercent") { try $0.int() }
            case "minimumHealthyPercent":
                _minimumHealthyPercent = m.optional("minimumHealthyPercent") { try $0.int() }
            case "alarms":
                _alarms = m.optional("alarms") { try $0.shape(ECS.DeploymentAlarms.self) }
            case "strategy": _strategy = m.optionalEnum("strategy", ECS.DeploymentStrategy.self)
            case "bakeTimeInMinutes":
                _bakeTimeInMinutes = m.optional("bakeTimeInMinutes") { try $0.int() }
            case "lifecycleHooks":
                _lifecycleHooks = m.optional("lifecycleHooks") { try $0.list { try $0.shape(ECS.DeploymentLifecycleHook.self) } }
            case "linearConfiguration":
                _linearConfiguration = m.optional("linearConfiguration") { try $0.shape(ECS.LinearConfiguration.self) }
            case "canaryConfiguration":
                _canaryConfiguration = m.optional("canaryConfiguration") { try $0.shape(ECS.CanaryConfiguration.self) }
            default: return false
            }
            return true
        }
        return Self(deploymentCircuitBreaker: _deploymentCircuitBreaker,
                    maximumPercent: _maximumPercent, minimumHealthyPercent: _minimumHealthyPercent,
                    alarms: _alarms, strategy: _strategy, bakeTimeInMinutes: _bakeTimeInMinutes,
                    lifecycleHooks: _lifecycleHooks, linearConfiguration: _linearConfiguration,
                    canaryConfiguration: _canaryConfiguration)
    }
}

extension ECS.DeploymentController: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["type"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _type: ECS.DeploymentControllerType? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "type":
                _type = m.required("type", &failed) { try $0.decodeEnum(ECS.DeploymentControllerType.self) }
            default: return false
            }
            return true
        }
        if _type == nil {
            d.reportMissing("type")
            failed = true
        }
        guard !failed, let _type else { throw AlreadyReported() }
        return Self(type: _type)
    }
}

extension ECS.DeploymentLifecycleHook: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["targetType", "hookTargetArn", "roleArn",
                                                  "lifecycleStages", "hookDetails",
                                                  "timeoutConfiguration"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _targetType: ECS.DeploymentLifecycleHookTargetType? = nil
        var _hookTargetArn: Swift.String? = nil
        var _roleArn: Swift.String? = nil
        var _lifecycleStages: [ECS.DeploymentLifecycleHookStage]? = nil
        var _hookDetails: ECS.HookDetails? = nil
        var _timeoutConfiguration: ECS.DeploymentLifecycleHookTimeoutConfiguration? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "targetType":
                _targetType = m.optionalEnum("targetType", ECS.DeploymentLifecycleHookTargetType.self)
            case "hookTargetArn": _hookTargetArn = m.optional("hookTargetArn") { try $0.string() }
            case "roleArn": _roleArn = m.optional("roleArn") { try $0.string() }
            case "lifecycleStages":
                _lifecycleStages = m.optional("lifecycleStages") { try $0.list { try $0.decodeEnum(ECS.DeploymentLifecycleHookStage.self) } }
            case "hookDetails":
                _hookDetails = m.optional("hookDetails") { try $0.shape(ECS.HookDetails.self) }
            case "timeoutConfiguration":
                _timeoutConfiguration = m.optional("timeoutConfiguration") { try $0.shape(ECS.DeploymentLifecycleHookTimeoutConfiguration.self) }
            default: return false
            }
            return true
        }
        return Self(targetType: _targetType, hookTargetArn: _hookTargetArn, roleArn: _roleArn,
                    lifecycleStages: _lifecycleStages, hookDetails: _hookDetails,
                    timeoutConfiguration: _timeoutConfiguration)
    }
}

extension ECS.DeploymentLifecycleHookTimeoutConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["timeoutInMinutes", "action"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _timeoutInMinutes: Swift.Int? = nil
        var _action: ECS.DeploymentLifecycleHookAction? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "timeoutInMinutes":
                _timeoutInMinutes = m.optional("timeoutInMinutes") { try $0.int() }
            case "action":
                _action = m.optionalEnum("action", ECS.DeploymentLifecycleHookAction.self)
            default: return false
            }
            return true
        }
        return Self(timeoutInMinutes: _timeoutInMinutes, action: _action)
    }
}

extension ECS.Device: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["hostPath", "containerPath", "permissions"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _hostPath: Swift.String? = nil
        var _containerPath: Swift.String? = nil
        var _permissions: [ECS.DeviceCgroupPermission]? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "hostPath": _hostPath = m.required("hostPath", &failed) { try $0.string() }
            case "containerPath": _containerPath = m.optional("containerPath") { try $0.string() }
            case "permissions":
                _permissions = m.optional("permissions") { try $0.list { try $0.decodeEnum(ECS.DeviceCgroupPermission.self) } }
            default: return false
            }
            return true
        }
        if _hostPath == nil {
            d.reportMissing("hostPath")
            failed = true
        }
        guard !failed, let _hostPath else { throw AlreadyReported() }
        return Self(hostPath: _hostPath, containerPath: _containerPath, permissions: _permissions)
    }
}

extension ECS.DockerVolumeConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["scope", "autoprovision", "driver", "driverOpts",
                                                  "labels"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _scope: ECS.Scope? = nil
        var _autoprovision: Swift.Bool? = nil
        var _driver: Swift.String? = nil
        var _driverOpts: [Swift.String: Swift.String]? = nil
        var _labels: [Swift.String: Swift.String]? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "scope": _scope = m.optionalEnum("scope", ECS.Scope.self)
            case "autoprovision": _autoprovision = m.optional("autoprovision") { try $0.bool() }
            case "driver": _driver = m.optional("driver") { try $0.string() }
            case "driverOpts":
                _driverOpts = m.optional("driverOpts") { try $0.map { try $0.string() } }
            case "labels": _labels = m.optional("labels") { try $0.map { try $0.string() } }
            default: return false
            }
            return true
        }
        return Self(scope: _scope, autoprovision: _autoprovision, driver: _driver,
                    driverOpts: _driverOpts, labels: _labels)
    }
}

extension ECS.EBSTagSpecification: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["resourceType", "tags", "propagateTags"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _resourceType: ECS.EBSResourceType? = nil
        var _tags: [ECS.Tag]? = nil
        var _propagateTags: ECS.PropagateTags? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "resourceType":
                _resourceType = m.required("resourceType", &failed) { try $0.decodeEnum(ECS.EBSResourceType.self) }
            case "tags": _tags = m.optional("tags") { try $0.tags() }
            case "propagateTags":
                _propagateTags = m.optionalEnum("propagateTags", ECS.PropagateTags.self)
            default: return false
            }
            return true
        }
        if _resourceType == nil {
            d.reportMissing("resourceType")
            failed = true
        }
        guard !failed, let _resourceType else { throw AlreadyReported() }
        return Self(resourceType: _resourceType, tags: _tags, propagateTags: _propagateTags)
    }
}

extension ECS.EFSAuthorizationConfig: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["accessPointId", "iam"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _accessPointId: Swift.String? = nil
        var _iam: ECS.EFSAuthorizationConfigIAM? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "accessPointId": _accessPointId = m.optional("accessPointId") { try $0.string() }
            case "iam": _iam = m.optionalEnum("iam", ECS.EFSAuthorizationConfigIAM.self)
            default: return false
            }
            return true
        }
        return Self(accessPointId: _accessPointId, iam: _iam)
    }
}

extension ECS.EFSVolumeConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["fileSystemId", "rootDirectory",
                                                  "transitEncryption", "transitEncryptionPort",
                                                  "authorizationConfig"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _fileSystemId: Swift.String? = nil
        var _rootDirectory: Swift.String? = nil
        var _transitEncryption: ECS.EFSTransitEncryption? = nil
        var _transitEncryptionPort: Swift.Int? = nil
        var _authorizationConfig: ECS.EFSAuthorizationConfig? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "fileSystemId":
                _fileSystemId = m.required("fileSystemId", &failed) { try $0.string() }
            case "rootDirectory": _rootDirectory = m.optional("rootDirectory") { try $0.string() }
            case "transitEncryption":
                _transitEncryption = m.optionalEnum("transitEncryption", ECS.EFSTransitEncryption.self)
            case "transitEncryptionPort":
                _transitEncryptionPort = m.optional("transitEncryptionPort") { try $0.int() }
            case "authorizationConfig":
                _authorizationConfig = m.optional("authorizationConfig") { try $0.shape(ECS.EFSAuthorizationConfig.self) }
            default: return false
            }
            return true
        }
        if _fileSystemId == nil {
            d.reportMissing("fileSystemId")
            failed = true
        }
        guard !failed, let _fileSystemId else { throw AlreadyReported() }
        return Self(fileSystemId: _fileSystemId, rootDirectory: _rootDirectory,
                    transitEncryption: _transitEncryption,
                    transitEncryptionPort: _transitEncryptionPort,
                    authorizationConfig: _authorizationConfig)
    }
}

extension ECS.EnvironmentFile: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["value", "type"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _value: Swift.String? = nil
        var _type: ECS.EnvironmentFileType? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "value": _value = m.required("value", &failed) { try $0.string() }
            case "type":
                _type = m.required("type", &failed) { try $0.decodeEnum(ECS.EnvironmentFileType.self) }
            default: return false
            }
            return true
        }
        if _value == nil {
            d.reportMissing("value")
            failed = true
        }
        if _type == nil {
            d.reportMissing("type")
            failed = true
        }
        guard !failed, let _value, let _type else { throw AlreadyReported() }
        return Self(value: _value, type: _type)
    }
}

extension ECS.EphemeralStorage: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["sizeInGiB"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _sizeInGiB: Swift.Int? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "sizeInGiB": _sizeInGiB = m.required("sizeInGiB", &failed) { try $0.int() }
            default: return false
            }
            return true
        }
        if _sizeInGiB == nil {
            d.reportMissing("sizeInGiB")
            failed = true
        }
        guard !failed, let _sizeInGiB else { throw AlreadyReported() }
        return Self(sizeInGiB: _sizeInGiB)
    }
}

extension ECS.ExecuteCommandConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["kmsKeyId", "logging", "logConfiguration"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _kmsKeyId: Swift.String? = nil
        var _logging: ECS.ExecuteCommandLogging? = nil
        var _logConfiguration: ECS.ExecuteCommandLogConfiguration? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "kmsKeyId": _kmsKeyId = m.optional("kmsKeyId") { try $0.string() }
            case "logging": _logging = m.optionalEnum("logging", ECS.ExecuteCommandLogging.self)
            case "logConfiguration":
                _logConfiguration = m.optional("logConfiguration") { try $0.shape(ECS.ExecuteCommandLogConfiguration.self) }
            default: return false
            }
            return true
        }
        return Self(kmsKeyId: _kmsKeyId, logging: _logging, logConfiguration: _logConfiguration)
    }
}

extension ECS.ExecuteCommandLogConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["cloudWatchLogGroupName",
                                                  "cloudWatchEncryptionEnabled", "s3BucketName",
                                                  "s3EncryptionEnabled", "s3KeyPrefix"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _cloudWatchLogGroupName: Swift.String? = nil
        var _cloudWatchEncryptionEnabled: Swift.Bool? = nil
        var _s3BucketName: Swift.String? = nil
        var _s3EncryptionEnabled: Swift.Bool? = nil
        var _s3KeyPrefix: Swift.String? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "cloudWatchLogGroupName":
                _cloudWatchLogGroupName = m.optional("cloudWatchLogGroupName") { try $0.string() }
            case "cloudWatchEncryptionEnabled":
                _cloudWatchEncryptionEnabled = m.optional("cloudWatchEncryptionEnabled") { try $0.bool() }
            case "s3BucketName": _s3BucketName = m.optional("s3BucketName") { try $0.string() }
            case "s3EncryptionEnabled":
                _s3EncryptionEnabled = m.optional("s3EncryptionEnabled") { try $0.bool() }
            case "s3KeyPrefix": _s3KeyPrefix = m.optional("s3KeyPrefix") { try $0.string() }
            default: return false
            }
            return true
        }
        return Self(cloudWatchLogGroupName: _cloudWatchLogGroupName,
                    cloudWatchEncryptionEnabled: _cloudWatchEncryptionEnabled,
                    s3BucketName: _s3BucketName, s3EncryptionEnabled: _s3EncryptionEnabled,
                    s3KeyPrefix: _s3KeyPrefix)
    }
}

extension ECS.FSxWindowsFileServerAuthorizationConfig: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["credentialsParameter", "domain"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _credentialsParameter: Swift.String? = nil
        var _domain: Swift.String? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "credentialsParameter":
                _credentialsParameter = m.required("credentialsParameter", &failed) { try $0.string() }
            case "domain": _domain = m.required("domain", &failed) { try $0.string() }
            default: return false
            }
            return true
        }
        if _credentialsParameter == nil {
            d.reportMissing("credentialsParameter")
            failed = true
        }
        if _domain == nil {
            d.reportMissing("domain")
            failed = true
        }
        guard !failed, let _credentialsParameter, let _domain else { throw AlreadyReported() }
        return Self(credentialsParameter: _credentialsParameter, domain: _domain)
    }
}

extension ECS.FSxWindowsFileServerVolumeConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["fileSystemId", "rootDirectory",
                                                  "authorizationConfig"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _fileSystemId: Swift.String? = nil
        var _rootDirectory: Swift.String? = nil
        var _authorizationConfig: ECS.FSxWindowsFileServerAuthorizationConfig? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "fileSystemId":
                _fileSystemId = m.required("fileSystemId", &failed) { try $0.string() }
            case "rootDirectory":
                _rootDirectory = m.required("rootDirectory", &failed) { try $0.string() }
            case "authorizationConfig":
                _authorizationConfig = m.required("authorizationConfig", &failed) { try $0.shape(ECS.FSxWindowsFileServerAuthorizationConfig.self) }
            default: return false
            }
            return true
        }
        if _fileSystemId == nil {
            d.reportMissing("fileSystemId")
            failed = true
        }
        if _rootDirectory == nil {
            d.reportMissing("rootDirectory")
            failed = true
        }
        if _authorizationConfig == nil {
            d.reportMissing("authorizationConfig")
            failed = true
        }
        guard !failed, let _fileSystemId, let _rootDirectory, let _authorizationConfig else { throw AlreadyReported() }
        return Self(fileSystemId: _fileSystemId, rootDirectory: _rootDirectory,
                    authorizationConfig: _authorizationConfig)
    }
}

extension ECS.FirelensConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["type", "options"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _type: ECS.FirelensConfigurationType? = nil
        var _options: [Swift.String: Swift.String]? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "type":
                _type = m.required("type", &failed) { try $0.decodeEnum(ECS.FirelensConfigurationType.self) }
            case "options": _options = m.optional("options") { try $0.map { try $0.string() } }
            default: return false
            }
            return true
        }
        if _type == nil {
            d.reportMissing("type")
            failed = true
        }
        guard !failed, let _type else { throw AlreadyReported() }
        return Self(type: _type, options: _options)
    }
}

extension ECS.HealthCheck: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["command", "interval", "timeout", "retries",
                                                  "startPeriod"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _command: [Swift.String]? = nil
        var _interval: Swift.Int? = nil
        var _timeout: Swift.Int? = nil
        var _retries: Swift.Int? = nil
        var _startPeriod: Swift.Int? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "command":
                _command = m.required("command", &failed) { try $0.list { try $0.string() } }
            case "interval": _interval = m.optional("interval") { try $0.int() }
            case "timeout": _timeout = m.optional("timeout") { try $0.int() }
            case "retries": _retries = m.optional("retries") { try $0.int() }
            case "startPeriod": _startPeriod = m.optional("startPeriod") { try $0.int() }
            default: return false
            }
            return true
        }
        if _command == nil {
            d.reportMissing("command")
            failed = true
        }
        guard !failed, let _command else { throw AlreadyReported() }
        return Self(command: _command, interval: _interval, timeout: _timeout, retries: _retries,
                    startPeriod: _startPeriod)
    }
}

extension ECS.HookDetails: NodeDecodable {
    static func decodeNode(_ d: NodeDecoder) throws -> Self { Self(try d.document()) }
}

extension ECS.HostEntry: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["hostname", "ipAddress"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _hostname: Swift.String? = nil
        var _ipAddress: Swift.String? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "hostname": _hostname = m.required("hostname", &failed) { try $0.string() }
            case "ipAddress": _ipAddress = m.required("ipAddress", &failed) { try $0.string() }
            default: return false
            }
            return true
        }
        if _hostname == nil {
            d.reportMissing("hostname")
            failed = true
        }
        if _ipAddress == nil {
            d.reportMissing("ipAddress")
            failed = true
        }
        guard !failed, let _hostname, let _ipAddress else { throw AlreadyReported() }
        return Self(hostname: _hostname, ipAddress: _ipAddress)
    }
}

extension ECS.HostVolumeProperties: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["sourcePath"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _sourcePath: Swift.String? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "sourcePath": _sourcePath = m.optional("sourcePath") { try $0.string() }
            default: return false
            }
            return true
        }
        return Self(sourcePath: _sourcePath)
    }
}

extension ECS.InferenceAccelerator: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["deviceName", "deviceType"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _deviceName: Swift.String? = nil
        var _deviceType: Swift.String? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "deviceName": _deviceName = m.required("deviceName", &failed) { try $0.string() }
            case "deviceType": _deviceType = m.required("deviceType", &failed) { try $0.string() }
            default: return false
            }
            return true
        }
        if _deviceName == nil {
            d.reportMissing("deviceName")
            failed = true
        }
        if _deviceType == nil {
            d.reportMissing("deviceType")
            failed = true
        }
        guard !failed, let _deviceName, let _deviceType else { throw AlreadyReported() }
        return Self(deviceName: _deviceName, deviceType: _deviceType)
    }
}

extension ECS.InferenceAcceleratorOverride: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["deviceName", "deviceType"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _deviceName: Swift.String? = nil
        var _deviceType: Swift.String? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "deviceName": _deviceName = m.optional("deviceName") { try $0.string() }
            case "deviceType": _deviceType = m.optional("deviceType") { try $0.string() }
            default: return false
            }
            return true
        }
        return Self(deviceName: _deviceName, deviceType: _deviceType)
    }
}

extension ECS.KernelCapabilities: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["add", "drop"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _add: [Swift.String]? = nil
        var _drop: [Swift.String]? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "add": _add = m.optional("add") { try $0.list { try $0.string() } }
            case "drop": _drop = m.optional("drop") { try $0.list { try $0.string() } }
            default: return false
            }
            return true
        }
        return Self(add: _add, drop: _drop)
    }
}

extension ECS.KeyValuePair: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["name", "value"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _name: Swift.String? = nil
        var _value: Swift.String? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "name": _name = m.optional("name") { try $0.string() }
            case "value": _value = m.optional("value") { try $0.string() }
            default: return false
            }
            return true
        }
        return Self(name: _name, value: _value)
    }
}

extension ECS.LinearConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["stepPercent", "stepBakeTimeInMinutes"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _stepPercent: Swift.Double? = nil
        var _stepBakeTimeInMinutes: Swift.Int? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "stepPercent": _stepPercent = m.optional("stepPercent") { try $0.double() }
            case "stepBakeTimeInMinutes":
                _stepBakeTimeInMinutes = m.optional("stepBakeTimeInMinutes") { try $0.int() }
            default: return false
            }
            return true
        }
        return Self(stepPercent: _stepPercent, stepBakeTimeInMinutes: _stepBakeTimeInMinutes)
    }
}

extension ECS.LinuxParameters: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["capabilities", "devices", "initProcessEnabled",
                                                  "sharedMemorySize", "tmpfs", "maxSwap",
                                                  "swappiness"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _capabilities: ECS.KernelCapabilities? = nil
        var _devices: [ECS.Device]? = nil
        var _initProcessEnabled: Swift.Bool? = nil
        var _sharedMemorySize: Swift.Int? = nil
        var _tmpfs: [ECS.Tmpfs]? = nil
        var _maxSwap: Swift.Int? = nil
        var _swappiness: Swift.Int? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "capabilities":
                _capabilities = m.optional("capabilities") { try $0.shape(ECS.KernelCapabilities.self) }
            case "devices":
                _devices = m.optional("devices") { try $0.list { try $0.shape(ECS.Device.self) } }
            case "initProcessEnabled":
                _initProcessEnabled = m.optional("initProcessEnabled") { try $0.bool() }
            case "sharedMemorySize":
                _sharedMemorySize = m.optional("sharedMemorySize") { try $0.int() }
            case "tmpfs":
                _tmpfs = m.optional("tmpfs") { try $0.list { try $0.shape(ECS.Tmpfs.self) } }
            case "maxSwap": _maxSwap = m.optional("maxSwap") { try $0.int() }
            case "swappiness": _swappiness = m.optional("swappiness") { try $0.int() }
            default: return false
            }
            return true
        }
        return Self(capabilities: _capabilities, devices: _devices,
                    initProcessEnabled: _initProcessEnabled, sharedMemorySize: _sharedMemorySize,
                    tmpfs: _tmpfs, maxSwap: _maxSwap, swappiness: _swappiness)
    }
}

extension ECS.LoadBalancer: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["targetGroupArn", "loadBalancerName",
                                                  "containerName", "containerPort",
                                                  "advancedConfiguration"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _targetGroupArn: Swift.String? = nil
        var _loadBalancerName: Swift.String? = nil
        var _containerName: Swift.String? = nil
        var _containerPort: Swift.Int? = nil
        var _advancedConfiguration: ECS.AdvancedConfiguration? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "targetGroupArn":
                _targetGroupArn = m.optional("targetGroupArn") { try $0.string() }
            case "loadBalancerName":
                _loadBalancerName = m.optional("loadBalancerName") { try $0.string() }
            case "containerName": _containerName = m.optional("containerName") { try $0.string() }
            case "containerPort": _containerPort = m.optional("containerPort") { try $0.int() }
            case "advancedConfiguration":
                _advancedConfiguration = m.optional("advancedConfiguration") { try $0.shape(ECS.AdvancedConfiguration.self) }
            default: return false
            }
            return true
        }
        return Self(targetGroupArn: _targetGroupArn, loadBalancerName: _loadBalancerName,
                    containerName: _containerName, containerPort: _containerPort,
                    advancedConfiguration: _advancedConfiguration)
    }
}

extension ECS.LogConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["logDriver", "options", "secretOptions"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _logDriver: ECS.LogDriver? = nil
        var _options: [Swift.String: Swift.String]? = nil
        var _secretOptions: [ECS.Secret]? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "logDriver":
                _logDriver = m.required("logDriver", &failed) { try $0.decodeEnum(ECS.LogDriver.self) }
            case "options": _options = m.optional("options") { try $0.map { try $0.string() } }
            case "secretOptions":
                _secretOptions = m.optional("secretOptions") { try $0.list { try $0.shape(ECS.Secret.self) } }
            default: return false
            }
            return true
        }
        if _logDriver == nil {
            d.reportMissing("logDriver")
            failed = true
        }
        guard !failed, let _logDriver else { throw AlreadyReported() }
        return Self(logDriver: _logDriver, options: _options, secretOptions: _secretOptions)
    }
}

extension ECS.ManagedStorageConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["kmsKeyId", "fargateEphemeralStorageKmsKeyId"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _kmsKeyId: Swift.String? = nil
        var _fargateEphemeralStorageKmsKeyId: Swift.String? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "kmsKeyId": _kmsKeyId = m.optional("kmsKeyId") { try $0.string() }
            case "fargateEphemeralStorageKmsKeyId":
                _fargateEphemeralStorageKmsKeyId = m.optional("fargateEphemeralStorageKmsKeyId") { try $0.string() }
            default: return false
            }
            return true
        }
        return Self(kmsKeyId: _kmsKeyId,
                    fargateEphemeralStorageKmsKeyId: _fargateEphemeralStorageKmsKeyId)
    }
}

extension ECS.MountPoint: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["sourceVolume", "containerPath", "readOnly"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _sourceVolume: Swift.String? = nil
        var _containerPath: Swift.String? = nil
        var _readOnly: Swift.Bool? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "sourceVolume": _sourceVolume = m.optional("sourceVolume") { try $0.string() }
            case "containerPath": _containerPath = m.optional("containerPath") { try $0.string() }
            case "readOnly": _readOnly = m.optional("readOnly") { try $0.bool() }
            default: return false
            }
            return true
        }
        return Self(sourceVolume: _sourceVolume, containerPath: _containerPath, readOnly: _readOnly)
    }
}

extension ECS.NetworkConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["awsvpcConfiguration"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _awsvpcConfiguration: ECS.AwsVpcConfiguration? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "awsvpcConfiguration":
                _awsvpcConfiguration = m.optional("awsvpcConfiguration") { try $0.shape(ECS.AwsVpcConfiguration.self) }
            default: return false
            }
            return true
        }
        return Self(awsvpcConfiguration: _awsvpcConfiguration)
    }
}

extension ECS.PlacementConstraint: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["type", "expression"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _type: ECS.PlacementConstraintType? = nil
        var _expression: Swift.String? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "type": _type = m.optionalEnum("type", ECS.PlacementConstraintType.self)
            case "expression": _expression = m.optional("expression") { try $0.string() }
            default: return false
            }
            return true
        }
        return Self(type: _type, expression: _expression)
    }
}

extension ECS.PlacementStrategy: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["type", "field"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _type: ECS.PlacementStrategyType? = nil
        var _field: Swift.String? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "type": _type = m.optionalEnum("type", ECS.PlacementStrategyType.self)
            case "field": _field = m.optional("field") { try $0.string() }
            default: return false
            }
            return true
        }
        return Self(type: _type, field: _field)
    }
}

extension ECS.PortMapping: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["containerPort", "hostPort", "protocol", "name",
                                                  "appProtocol", "containerPortRange"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _containerPort: Swift.Int? = nil
        var _hostPort: Swift.Int? = nil
        var _protocol: ECS.TransportProtocol? = nil
        var _name: Swift.String? = nil
        var _appProtocol: ECS.ApplicationProtocol? = nil
        var _containerPortRange: Swift.String? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "containerPort": _containerPort = m.optional("containerPort") { try $0.int() }
            case "hostPort": _hostPort = m.optional("hostPort") { try $0.int() }
            case "protocol": _protocol = m.optionalEnum("protocol", ECS.TransportProtocol.self)
            case "name": _name = m.optional("name") { try $0.string() }
            case "appProtocol":
                _appProtocol = m.optionalEnum("appProtocol", ECS.ApplicationProtocol.self)
            case "containerPortRange":
                _containerPortRange = m.optional("containerPortRange") { try $0.string() }
            default: return false
            }
            return true
        }
        return Self(containerPort: _containerPort, hostPort: _hostPort, protocol: _protocol,
                    name: _name, appProtocol: _appProtocol, containerPortRange: _containerPortRange)
    }
}

extension ECS.ProxyConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["type", "containerName", "properties"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _type: ECS.ProxyConfigurationType? = nil
        var _containerName: Swift.String? = nil
        var _properties: [ECS.KeyValuePair]? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "type": _type = m.optionalEnum("type", ECS.ProxyConfigurationType.self)
            case "containerName":
                _containerName = m.required("containerName", &failed) { try $0.string() }
            case "properties": _properties = m.optional("properties") { try $0.keyValuePairs() }
            default: return false
            }
            return true
        }
        if _containerName == nil {
            d.reportMissing("containerName")
            failed = true
        }
        guard !failed, let _containerName else { throw AlreadyReported() }
        return Self(type: _type, containerName: _containerName, properties: _properties)
    }
}

extension ECS.RegisterTaskDefinitionRequest: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["family", "taskRoleArn", "executionRoleArn",
                                                  "networkMode", "containerDefinitions", "volumes",
                                                  "placementConstraints",
                                                  "requiresCompatibilities", "cpu", "memory",
                                                  "tags", "pidMode", "ipcMode",
                                                  "proxyConfiguration", "inferenceAccelerators",
                                                  "ephemeralStorage", "runtimePlatform",
                                                  "enableFaultInjection"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        try decodeNode(d, extraNames: [], readOnly: [], extra: { _ in false })
    }

    /// Also reads the keys `extra` takes (ecsplan's own, beside the request's members).
    static func decodeNode(
        _ d: NodeDecoder, extraNames: [Swift.String], readOnly: Set<Swift.String>,
        extra: (NodeMember) throws -> Swift.Bool
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
        var failed = false
        try d.members(names: nodeMemberNames + extraNames, readOnly: readOnly) { m in
            switch m.key {
            case "family": _family = m.required("family", &failed) { try $0.string() }
            case "taskRoleArn": _taskRoleArn = m.optional("taskRoleArn") { try $0.string() }
            case "executionRoleArn":
                _executionRoleArn = m.optional("executionRoleArn") { try $0.string() }
            case "networkMode": _networkMode = m.optionalEnum("networkMode", ECS.NetworkMode.self)
            case "containerDefinitions":
                _containerDefinitions = m.required("containerDefinitions", &failed) { try $0.list { try $0.shape(ECS.ContainerDefinition.self) } }
            case "volumes":
                _volumes = m.optional("volumes") { try $0.list { try $0.shape(ECS.Volume.self) } }
            case "placementConstraints":
                _placementConstraints = m.optional("placementConstraints") { try $0.list { try $0.shape(ECS.TaskDefinitionPlacementConstraint.self) } }
            case "requiresCompatibilities":
                _requiresCompatibilities = m.optional("requiresCompatibilities") { try $0.list { try $0.decodeEnum(ECS.Compatibility.self) } }
            case "cpu": _cpu = m.optional("cpu") { try $0.string() }
            case "memory": _memory = m.optional("memory") { try $0.string() }
            case "tags": _tags = m.optional("tags") { try $0.tags() }
            case "pidMode": _pidMode = m.optionalEnum("pidMode", ECS.PidMode.self)
            case "ipcMode": _ipcMode = m.optionalEnum("ipcMode", ECS.IpcMode.self)
            case "proxyConfiguration":
                _proxyConfiguration = m.optional("proxyConfiguration") { try $0.shape(ECS.ProxyConfiguration.self) }
            case "inferenceAccelerators":
                _inferenceAccelerators = m.optional("inferenceAccelerators") { try $0.list { try $0.shape(ECS.InferenceAccelerator.self) } }
            case "ephemeralStorage":
                _ephemeralStorage = m.optional("ephemeralStorage") { try $0.shape(ECS.EphemeralStorage.self) }
            case "runtimePlatform":
                _runtimePlatform = m.optional("runtimePlatform") { try $0.shape(ECS.RuntimePlatform.self) }
            case "enableFaultInjection":
                _enableFaultInjection = m.optional("enableFaultInjection") { try $0.bool() }
            default: return try extra(m)
            }
            return true
        }
        if _family == nil {
            d.reportMissing("family")
            failed = true
        }
        if _containerDefinitions == nil {
            d.reportMissing("containerDefinitions")
            failed = true
        }
        guard !failed, let _family, let _containerDefinitions else { throw AlreadyReported() }
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

extension ECS.RepositoryCredentials: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["credentialsParameter"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _credentialsParameter: Swift.String? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "credentialsParameter":
                _credentialsParameter = m.required("credentialsParameter", &failed) { try $0.string() }
            default: return false
            }
            return true
        }
        if _credentialsParameter == nil {
            d.reportMissing("credentialsParameter")
            failed = true
        }
        guard !failed, let _credentialsParameter else { throw AlreadyReported() }
        return Self(credentialsParameter: _credentialsParameter)
    }
}

extension ECS.ResourceRequirement: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["value", "type"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _value: Swift.String? = nil
        var _type: ECS.ResourceType? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "value": _value = m.required("value", &failed) { try $0.string() }
            case "type":
                _type = m.required("type", &failed) { try $0.decodeEnum(ECS.ResourceType.self) }
            default: return false
            }
            return true
        }
        if _value == nil {
            d.reportMissing("value")
            failed = true
        }
        if _type == nil {
            d.reportMissing("type")
            failed = true
        }
        guard !failed, let _value, let _type else { throw AlreadyReported() }
        return Self(value: _value, type: _type)
    }
}

extension ECS.RuntimePlatform: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["cpuArchitecture", "operatingSystemFamily"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _cpuArchitecture: ECS.CPUArchitecture? = nil
        var _operatingSystemFamily: ECS.OSFamily? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "cpuArchitecture":
                _cpuArchitecture = m.optionalEnum("cpuArchitecture", ECS.CPUArchitecture.self)
            case "operatingSystemFamily":
                _operatingSystemFamily = m.optionalEnum("operatingSystemFamily", ECS.OSFamily.self)
            default: return false
            }
            return true
        }
        return Self(cpuArchitecture: _cpuArchitecture,
                    operatingSystemFamily: _operatingSystemFamily)
    }
}

extension ECS.S3FilesVolumeConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["fileSystemArn", "rootDirectory",
                                                  "transitEncryptionPort", "accessPointArn"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _fileSystemArn: Swift.String? = nil
        var _rootDirectory: Swift.String? = nil
        var _transitEncryptionPort: Swift.Int? = nil
        var _accessPointArn: Swift.String? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "fileSystemArn":
                _fileSystemArn = m.required("fileSystemArn", &failed) { try $0.string() }
            case "rootDirectory": _rootDirectory = m.optional("rootDirectory") { try $0.string() }
            case "transitEncryptionPort":
                _transitEncryptionPort = m.optional("transitEncryptionPort") { try $0.int() }
            case "accessPointArn":
                _accessPointArn = m.optional("accessPointArn") { try $0.string() }
            default: return false
            }
            return true
        }
        if _fileSystemArn == nil {
            d.reportMissing("fileSystemArn")
            failed = true
        }
        guard !failed, let _fileSystemArn else { throw AlreadyReported() }
        return Self(fileSystemArn: _fileSystemArn, rootDirectory: _rootDirectory,
                    transitEncryptionPort: _transitEncryptionPort, accessPointArn: _accessPointArn)
    }
}

extension ECS.Secret: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["name", "valueFrom"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _name: Swift.String? = nil
        var _valueFrom: Swift.String? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "name": _name = m.required("name", &failed) { try $0.string() }
            case "valueFrom": _valueFrom = m.required("valueFrom", &failed) { try $0.string() }
            default: return false
            }
            return true
        }
        if _name == nil {
            d.reportMissing("name")
            failed = true
        }
        if _valueFrom == nil {
            d.reportMissing("valueFrom")
            failed = true
        }
        guard !failed, let _name, let _valueFrom else { throw AlreadyReported() }
        return Self(name: _name, valueFrom: _valueFrom)
    }
}

extension ECS.ServiceConnectAccessLogConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["format", "includeQueryParameters"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _format: ECS.ServiceConnectAccessLoggingFormat? = nil
        var _includeQueryParameters: ECS.ServiceConnectIncludeQueryParameters? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "format":
                _format = m.required("format", &failed) { try $0.decodeEnum(ECS.ServiceConnectAccessLoggingFormat.self) }
            case "includeQueryParameters":
                _includeQueryParameters = m.optionalEnum("includeQueryParameters", ECS.ServiceConnectIncludeQueryParameters.self)
            default: return false
            }
            return true
        }
        if _format == nil {
            d.reportMissing("format")
            failed = true
        }
        guard !failed, let _format else { throw AlreadyReported() }
        return Self(format: _format, includeQueryParameters: _includeQueryParameters)
    }
}

extension ECS.ServiceConnectClientAlias: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["port", "dnsName", "testTrafficRules"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _port: Swift.Int? = nil
        var _dnsName: Swift.String? = nil
        var _testTrafficRules: ECS.ServiceConnectTestTrafficRules? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "port": _port = m.required("port", &failed) { try $0.int() }
            case "dnsName": _dnsName = m.optional("dnsName") { try $0.string() }
            case "testTrafficRules":
                _testTrafficRules = m.optional("testTrafficRules") { try $0.shape(ECS.ServiceConnectTestTrafficRules.self) }
            default: return false
            }
            return true
        }
        if _port == nil {
            d.reportMissing("port")
            failed = true
        }
        guard !failed, let _port else { throw AlreadyReported() }
        return Self(port: _port, dnsName: _dnsName, testTrafficRules: _testTrafficRules)
    }
}

extension ECS.ServiceConnectConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["enabled", "namespace", "services",
                                                  "logConfiguration", "accessLogConfiguration"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _enabled: Swift.Bool? = nil
        var _namespace: Swift.String? = nil
        var _services: [ECS.ServiceConnectService]? = nil
        var _logConfiguration: ECS.LogConfiguration? = nil
        var _accessLogConfiguration: ECS.ServiceConnectAccessLogConfiguration? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "enabled": _enabled = m.required("enabled", &failed) { try $0.bool() }
            case "namespace": _namespace = m.optional("namespace") { try $0.string() }
            case "services":
                _services = m.optional("services") { try $0.list { try $0.shape(ECS.ServiceConnectService.self) } }
            case "logConfiguration":
                _logConfiguration = m.optional("logConfiguration") { try $0.shape(ECS.LogConfiguration.self) }
            case "accessLogConfiguration":
                _accessLogConfiguration = m.optional("accessLogConfiguration") { try $0.shape(ECS.ServiceConnectAccessLogConfiguration.self) }
            default: return false
            }
            return true
        }
        if _enabled == nil {
            d.reportMissing("enabled")
            failed = true
        }
        guard !failed, let _enabled else { throw AlreadyReported() }
        return Self(enabled: _enabled, namespace: _namespace, services: _services,
                    logConfiguration: _logConfiguration,
                    accessLogConfiguration: _accessLogConfiguration)
    }
}

extension ECS.ServiceConnectService: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["portName", "discoveryName", "clientAliases",
                                                  "ingressPortOverride", "timeout", "tls"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _portName: Swift.String? = nil
        var _discoveryName: Swift.String? = nil
        var _clientAliases: [ECS.ServiceConnectClientAlias]? = nil
        var _ingressPortOverride: Swift.Int? = nil
        var _timeout: ECS.TimeoutConfiguration? = nil
        var _tls: ECS.ServiceConnectTlsConfiguration? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "portName": _portName = m.required("portName", &failed) { try $0.string() }
            case "discoveryName": _discoveryName = m.optional("discoveryName") { try $0.string() }
            case "clientAliases":
                _clientAliases = m.optional("clientAliases") { try $0.list { try $0.shape(ECS.ServiceConnectClientAlias.self) } }
            case "ingressPortOverride":
                _ingressPortOverride = m.optional("ingressPortOverride") { try $0.int() }
            case "timeout":
                _timeout = m.optional("timeout") { try $0.shape(ECS.TimeoutConfiguration.self) }
            case "tls":
                _tls = m.optional("tls") { try $0.shape(ECS.ServiceConnectTlsConfiguration.self) }
            default: return false
            }
            return true
        }
        if _portName == nil {
            d.reportMissing("portName")
            failed = true
        }
        guard !failed, let _portName else { throw AlreadyReported() }
        return Self(portName: _portName, discoveryName: _discoveryName,
                    clientAliases: _clientAliases, ingressPortOverride: _ingressPortOverride,
                    timeout: _timeout, tls: _tls)
    }
}

extension ECS.ServiceConnectTestTrafficHeaderMatchRules: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["exact"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _exact: Swift.String? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "exact": _exact = m.required("exact", &failed) { try $0.string() }
            default: return false
            }
            return true
        }
        if _exact == nil {
            d.reportMissing("exact")
            failed = true
        }
        guard !failed, let _exact else { throw AlreadyReported() }
        return Self(exact: _exact)
    }
}

extension ECS.ServiceConnectTestTrafficHeaderRules: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["name", "value"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _name: Swift.String? = nil
        var _value: ECS.ServiceConnectTestTrafficHeaderMatchRules? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "name": _name = m.required("name", &failed) { try $0.string() }
            case "value":
                _value = m.optional("value") { try $0.shape(ECS.ServiceConnectTestTrafficHeaderMatchRules.self) }
            default: return false
            }
            return true
        }
        if _name == nil {
            d.reportMissing("name")
            failed = true
        }
        guard !failed, let _name else { throw AlreadyReported() }
        return Self(name: _name, value: _value)
    }
}

extension ECS.ServiceConnectTestTrafficRules: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["header"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _header: ECS.ServiceConnectTestTrafficHeaderRules? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "header":
                _header = m.required("header", &failed) { try $0.shape(ECS.ServiceConnectTestTrafficHeaderRules.self) }
            default: return false
            }
            return true
        }
        if _header == nil {
            d.reportMissing("header")
            failed = true
        }
        guard !failed, let _header else { throw AlreadyReported() }
        return Self(header: _header)
    }
}

extension ECS.ServiceConnectTlsCertificateAuthority: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["awsPcaAuthorityArn"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _awsPcaAuthorityArn: Swift.String? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "awsPcaAuthorityArn":
                _awsPcaAuthorityArn = m.optional("awsPcaAuthorityArn") { try $0.string() }
            default: return false
            }
            return true
        }
        return Self(awsPcaAuthorityArn: _awsPcaAuthorityArn)
    }
}

extension ECS.ServiceConnectTlsConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["issuerCertificateAuthority", "kmsKey", "roleArn"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _issuerCertificateAuthority: ECS.ServiceConnectTlsCertificateAuthority? = nil
        var _kmsKey: Swift.String? = nil
        var _roleArn: Swift.String? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "issuerCertificateAuthority":
                _issuerCertificateAuthority = m.required("issuerCertificateAuthority", &failed) { try $0.shape(ECS.ServiceConnectTlsCertificateAuthority.self) }
            case "kmsKey": _kmsKey = m.optional("kmsKey") { try $0.string() }
            case "roleArn": _roleArn = m.optional("roleArn") { try $0.string() }
            default: return false
            }
            return true
        }
        if _issuerCertificateAuthority == nil {
            d.reportMissing("issuerCertificateAuthority")
            failed = true
        }
        guard !failed, let _issuerCertificateAuthority else { throw AlreadyReported() }
        return Self(issuerCertificateAuthority: _issuerCertificateAuthority, kmsKey: _kmsKey,
                    roleArn: _roleArn)
    }
}

extension ECS.ServiceManagedEBSVolumeConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["encrypted", "kmsKeyId", "volumeType",
                                                  "sizeInGiB", "snapshotId",
                                                  "volumeInitializationRate", "iops", "throughput",
                                                  "tagSpecifications", "roleArn", "filesystemType"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
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
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "encrypted": _encrypted = m.optional("encrypted") { try $0.bool() }
            case "kmsKeyId": _kmsKeyId = m.optional("kmsKeyId") { try $0.string() }
            case "volumeType": _volumeType = m.optional("volumeType") { try $0.string() }
            case "sizeInGiB": _sizeInGiB = m.optional("sizeInGiB") { try $0.int() }
            case "snapshotId": _snapshotId = m.optional("snapshotId") { try $0.string() }
            case "volumeInitializationRate":
                _volumeInitializationRate = m.optional("volumeInitializationRate") { try $0.int() }
            case "iops": _iops = m.optional("iops") { try $0.int() }
            case "throughput": _throughput = m.optional("throughput") { try $0.int() }
            case "tagSpecifications":
                _tagSpecifications = m.optional("tagSpecifications") { try $0.list { try $0.shape(ECS.EBSTagSpecification.self) } }
            case "roleArn": _roleArn = m.required("roleArn", &failed) { try $0.string() }
            case "filesystemType":
                _filesystemType = m.optionalEnum("filesystemType", ECS.TaskFilesystemType.self)
            default: return false
            }
            return true
        }
        if _roleArn == nil {
            d.reportMissing("roleArn")
            failed = true
        }
        guard !failed, let _roleArn else { throw AlreadyReported() }
        return Self(encrypted: _encrypted, kmsKeyId: _kmsKeyId, volumeType: _volumeType,
                    sizeInGiB: _sizeInGiB, snapshotId: _snapshotId,
                    volumeInitializationRate: _volumeInitializationRate, iops: _iops,
                    throughput: _throughput, tagSpecifications: _tagSpecifications,
                    roleArn: _roleArn, filesystemType: _filesystemType)
    }
}

extension ECS.ServiceRegistry: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["registryArn", "port", "containerName",
                                                  "containerPort"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _registryArn: Swift.String? = nil
        var _port: Swift.Int? = nil
        var _containerName: Swift.String? = nil
        var _containerPort: Swift.Int? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "registryArn": _registryArn = m.optional("registryArn") { try $0.string() }
            case "port": _port = m.optional("port") { try $0.int() }
            case "containerName": _containerName = m.optional("containerName") { try $0.string() }
            case "containerPort": _containerPort = m.optional("containerPort") { try $0.int() }
            default: return false
            }
            return true
        }
        return Self(registryArn: _registryArn, port: _port, containerName: _containerName,
                    containerPort: _containerPort)
    }
}

extension ECS.ServiceVolumeConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["name", "managedEBSVolume"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _name: Swift.String? = nil
        var _managedEBSVolume: ECS.ServiceManagedEBSVolumeConfiguration? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "name": _name = m.required("name", &failed) { try $0.string() }
            case "managedEBSVolume":
                _managedEBSVolume = m.optional("managedEBSVolume") { try $0.shape(ECS.ServiceManagedEBSVolumeConfiguration.self) }
            default: return false
            }
            return true
        }
        if _name == nil {
            d.reportMissing("name")
            failed = true
        }
        guard !failed, let _name else { throw AlreadyReported() }
        return Self(name: _name, managedEBSVolume: _managedEBSVolume)
    }
}

extension ECS.SystemControl: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["namespace", "value"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _namespace: Swift.String? = nil
        var _value: Swift.String? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "namespace": _namespace = m.optional("namespace") { try $0.string() }
            case "value": _value = m.optional("value") { try $0.string() }
            default: return false
            }
            return true
        }
        return Self(namespace: _namespace, value: _value)
    }
}

extension ECS.Tag: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["key", "value"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _key: Swift.String? = nil
        var _value: Swift.String? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "key": _key = m.optional("key") { try $0.string() }
            case "value": _value = m.optional("value") { try $0.string() }
            default: return false
            }
            return true
        }
        return Self(key: _key, value: _value)
    }
}

extension ECS.TaskDefinitionPlacementConstraint: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["type", "expression"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _type: ECS.TaskDefinitionPlacementConstraintType? = nil
        var _expression: Swift.String? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "type":
                _type = m.optionalEnum("type", ECS.TaskDefinitionPlacementConstraintType.self)
            case "expression": _expression = m.optional("expression") { try $0.string() }
            default: return false
            }
            return true
        }
        return Self(type: _type, expression: _expression)
    }
}

extension ECS.TaskOverride: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["containerOverrides", "cpu",
                                                  "inferenceAcceleratorOverrides",
                                                  "executionRoleArn", "memory", "taskRoleArn",
                                                  "ephemeralStorage"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _containerOverrides: [ECS.ContainerOverride]? = nil
        var _cpu: Swift.String? = nil
        var _inferenceAcceleratorOverrides: [ECS.InferenceAcceleratorOverride]? = nil
        var _executionRoleArn: Swift.String? = nil
        var _memory: Swift.String? = nil
        var _taskRoleArn: Swift.String? = nil
        var _ephemeralStorage: ECS.EphemeralStorage? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "containerOverrides":
                _containerOverrides = m.optional("containerOverrides") { try $0.list { try $0.shape(ECS.ContainerOverride.self) } }
            case "cpu": _cpu = m.optional("cpu") { try $0.string() }
            case "inferenceAcceleratorOverrides":
                _inferenceAcceleratorOverrides = m.optional("inferenceAcceleratorOverrides") { try $0.list { try $0.shape(ECS.InferenceAcceleratorOverride.self) } }
            case "executionRoleArn":
                _executionRoleArn = m.optional("executionRoleArn") { try $0.string() }
            case "memory": _memory = m.optional("memory") { try $0.string() }
            case "taskRoleArn": _taskRoleArn = m.optional("taskRoleArn") { try $0.string() }
            case "ephemeralStorage":
                _ephemeralStorage = m.optional("ephemeralStorage") { try $0.shape(ECS.EphemeralStorage.self) }
            default: return false
            }
            return true
        }
        return Self(containerOverrides: _containerOverrides, cpu: _cpu,
                    inferenceAcceleratorOverrides: _inferenceAcceleratorOverrides,
                    executionRoleArn: _executionRoleArn, memory: _memory,
                    taskRoleArn: _taskRoleArn, ephemeralStorage: _ephemeralStorage)
    }
}

extension ECS.TimeoutConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["idleTimeoutSeconds", "perRequestTimeoutSeconds"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _idleTimeoutSeconds: Swift.Int? = nil
        var _perRequestTimeoutSeconds: Swift.Int? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "idleTimeoutSeconds":
                _idleTimeoutSeconds = m.optional("idleTimeoutSeconds") { try $0.int() }
            case "perRequestTimeoutSeconds":
                _perRequestTimeoutSeconds = m.optional("perRequestTimeoutSeconds") { try $0.int() }
            default: return false
            }
            return true
        }
        return Self(idleTimeoutSeconds: _idleTimeoutSeconds,
                    perRequestTimeoutSeconds: _perRequestTimeoutSeconds)
    }
}

extension ECS.Tmpfs: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["containerPath", "size", "mountOptions"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _containerPath: Swift.String? = nil
        var _size: Swift.Int? = nil
        var _mountOptions: [Swift.String]? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "containerPath":
                _containerPath = m.required("containerPath", &failed) { try $0.string() }
            case "size": _size = m.required("size", &failed) { try $0.int() }
            case "mountOptions":
                _mountOptions = m.optional("mountOptions") { try $0.list { try $0.string() } }
            default: return false
            }
            return true
        }
        if _containerPath == nil {
            d.reportMissing("containerPath")
            failed = true
        }
        if _size == nil {
            d.reportMissing("size")
            failed = true
        }
        guard !failed, let _containerPath, let _size else { throw AlreadyReported() }
        return Self(containerPath: _containerPath, size: _size, mountOptions: _mountOptions)
    }
}

extension ECS.Ulimit: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["name", "softLimit", "hardLimit"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _name: ECS.UlimitName? = nil
        var _softLimit: Swift.Int? = nil
        var _hardLimit: Swift.Int? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "name":
                _name = m.required("name", &failed) { try $0.decodeEnum(ECS.UlimitName.self) }
            case "softLimit": _softLimit = m.required("softLimit", &failed) { try $0.int() }
            case "hardLimit": _hardLimit = m.required("hardLimit", &failed) { try $0.int() }
            default: return false
            }
            return true
        }
        if _name == nil {
            d.reportMissing("name")
            failed = true
        }
        if _softLimit == nil {
            d.reportMissing("softLimit")
            failed = true
        }
        if _hardLimit == nil {
            d.reportMissing("hardLimit")
            failed = true
        }
        guard !failed, let _name, let _softLimit, let _hardLimit else { throw AlreadyReported() }
        return Self(name: _name, softLimit: _softLimit, hardLimit: _hardLimit)
    }
}

extension ECS.Volume: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["name", "host", "dockerVolumeConfiguration",
                                                  "efsVolumeConfiguration",
                                                  "s3filesVolumeConfiguration",
                                                  "fsxWindowsFileServerVolumeConfiguration",
                                                  "configuredAtLaunch"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _name: Swift.String? = nil
        var _host: ECS.HostVolumeProperties? = nil
        var _dockerVolumeConfiguration: ECS.DockerVolumeConfiguration? = nil
        var _efsVolumeConfiguration: ECS.EFSVolumeConfiguration? = nil
        var _s3filesVolumeConfiguration: ECS.S3FilesVolumeConfiguration? = nil
        var _fsxWindowsFileServerVolumeConfiguration: ECS.FSxWindowsFileServerVolumeConfiguration? = nil
        var _configuredAtLaunch: Swift.Bool? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "name": _name = m.optional("name") { try $0.string() }
            case "host": _host = m.optional("host") { try $0.shape(ECS.HostVolumeProperties.self) }
            case "dockerVolumeConfiguration":
                _dockerVolumeConfiguration = m.optional("dockerVolumeConfiguration") { try $0.shape(ECS.DockerVolumeConfiguration.self) }
            case "efsVolumeConfiguration":
                _efsVolumeConfiguration = m.optional("efsVolumeConfiguration") { try $0.shape(ECS.EFSVolumeConfiguration.self) }
            case "s3filesVolumeConfiguration":
                _s3filesVolumeConfiguration = m.optional("s3filesVolumeConfiguration") { try $0.shape(ECS.S3FilesVolumeConfiguration.self) }
            case "fsxWindowsFileServerVolumeConfiguration":
                _fsxWindowsFileServerVolumeConfiguration = m.optional("fsxWindowsFileServerVolumeConfiguration") { try $0.shape(ECS.FSxWindowsFileServerVolumeConfiguration.self) }
            case "configuredAtLaunch":
                _configuredAtLaunch = m.optional("configuredAtLaunch") { try $0.bool() }
            default: return false
            }
            return true
        }
        return Self(name: _name, host: _host,
                    dockerVolumeConfiguration: _dockerVolumeConfiguration,
                    efsVolumeConfiguration: _efsVolumeConfiguration,
                    s3filesVolumeConfiguration: _s3filesVolumeConfiguration,
                    fsxWindowsFileServerVolumeConfiguration: _fsxWindowsFileServerVolumeConfiguration,
                    configuredAtLaunch: _configuredAtLaunch)
    }
}

extension ECS.VolumeFrom: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["sourceContainer", "readOnly"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _sourceContainer: Swift.String? = nil
        var _readOnly: Swift.Bool? = nil
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "sourceContainer":
                _sourceContainer = m.optional("sourceContainer") { try $0.string() }
            case "readOnly": _readOnly = m.optional("readOnly") { try $0.bool() }
            default: return false
            }
            return true
        }
        return Self(sourceContainer: _sourceContainer, readOnly: _readOnly)
    }
}

extension ECS.VpcLatticeConfiguration: NodeDecodable {
    static let nodeMemberNames: [Swift.String] = ["roleArn", "targetGroupArn", "portName"]
    static func decodeNode(_ d: NodeDecoder) throws -> Self {
        var _roleArn: Swift.String? = nil
        var _targetGroupArn: Swift.String? = nil
        var _portName: Swift.String? = nil
        var failed = false
        try d.members(names: nodeMemberNames) { m in
            switch m.key {
            case "roleArn": _roleArn = m.required("roleArn", &failed) { try $0.string() }
            case "targetGroupArn":
                _targetGroupArn = m.required("targetGroupArn", &failed) { try $0.string() }
            case "portName": _portName = m.required("portName", &failed) { try $0.string() }
            default: return false
            }
            return true
        }
        if _roleArn == nil {
            d.reportMissing("roleArn")
            failed = true
        }
        if _targetGroupArn == nil {
            d.reportMissing("targetGroupArn")
            failed = true
        }
        if _portName == nil {
            d.reportMissing("portName")
            failed = true
        }
        guard !failed, let _roleArn, let _targetGroupArn, let _portName else { throw AlreadyReported() }
        return Self(roleArn: _roleArn, targetGroupArn: _targetGroupArn, portName: _portName)
    }
}
