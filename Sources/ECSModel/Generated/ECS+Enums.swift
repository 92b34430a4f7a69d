// generated from botocore 1.43.11 by Tools/ecsmodel/generate.py, do not edit.
// Change the generator, the pinned version or Sources/ECSModel/Overlay.yaml and run it again.

extension ECS {
    /// [AcceleratorManufacturer](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AcceleratorManufacturer.html); keeps a value the API returns that this model does not list.
    public struct AcceleratorManufacturer: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let amazonWebServices = AcceleratorManufacturer(rawValue: "amazon-web-services")
        public static let amd = AcceleratorManufacturer(rawValue: "amd")
        public static let nvidia = AcceleratorManufacturer(rawValue: "nvidia")
        public static let xilinx = AcceleratorManufacturer(rawValue: "xilinx")
        public static let habana = AcceleratorManufacturer(rawValue: "habana")
        public static let knownValues: [Swift.String] = [
            "amazon-web-services", "amd", "nvidia", "xilinx", "habana"
        ]
    }

    /// [AcceleratorName](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AcceleratorName.html); keeps a value the API returns that this model does not list.
    public struct AcceleratorName: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let a100 = AcceleratorName(rawValue: "a100")
        public static let inferentia = AcceleratorName(rawValue: "inferentia")
        public static let k520 = AcceleratorName(rawValue: "k520")
        public static let k80 = AcceleratorName(rawValue: "k80")
        public static let m60 = AcceleratorName(rawValue: "m60")
        public static let radeonProV520 = AcceleratorName(rawValue: "radeon-pro-v520")
        public static let t4 = AcceleratorName(rawValue: "t4")
        public static let vu9p = AcceleratorName(rawValue: "vu9p")
        public static let v100 = AcceleratorName(rawValue: "v100")
        public static let a10g = AcceleratorName(rawValue: "a10g")
        public static let h100 = AcceleratorName(rawValue: "h100")
        public static let t4g = AcceleratorName(rawValue: "t4g")
        public static let knownValues: [Swift.String] = [
            "a100", "inferentia", "k520", "k80", "m60", "radeon-pro-v520", "t4", "vu9p", "v100",
            "a10g", "h100", "t4g"
        ]
    }

    /// [AcceleratorType](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AcceleratorType.html); keeps a value the API returns that this model does not list.
    public struct AcceleratorType: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let gpu = AcceleratorType(rawValue: "gpu")
        public static let fpga = AcceleratorType(rawValue: "fpga")
        public static let inference = AcceleratorType(rawValue: "inference")
        public static let knownValues: [Swift.String] = [
            "gpu", "fpga", "inference"
        ]
    }

    /// [AccessType](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AccessType.html); keeps a value the API returns that this model does not list.
    public struct AccessType: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let `public` = AccessType(rawValue: "PUBLIC")
        public static let `private` = AccessType(rawValue: "PRIVATE")
        public static let knownValues: [Swift.String] = [
            "PUBLIC", "PRIVATE"
        ]
    }

    /// [AgentUpdateStatus](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AgentUpdateStatus.html); keeps a value the API returns that this model does not list.
    public struct AgentUpdateStatus: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let pending = AgentUpdateStatus(rawValue: "PENDING")
        public static let staging = AgentUpdateStatus(rawValue: "STAGING")
        public static let staged = AgentUpdateStatus(rawValue: "STAGED")
        public static let updating = AgentUpdateStatus(rawValue: "UPDATING")
        public static let updated = AgentUpdateStatus(rawValue: "UPDATED")
        public static let failed = AgentUpdateStatus(rawValue: "FAILED")
        public static let knownValues: [Swift.String] = [
            "PENDING", "STAGING", "STAGED", "UPDATING", "UPDATED", "FAILED"
        ]
    }

    /// [ApplicationProtocol](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ApplicationProtocol.html); keeps a value the API returns that this model does not list.
    public struct ApplicationProtocol: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let http = ApplicationProtocol(rawValue: "http")
        public static let http2 = ApplicationProtocol(rawValue: "http2")
        public static let grpc = ApplicationProtocol(rawValue: "grpc")
        public static let knownValues: [Swift.String] = [
            "http", "http2", "grpc"
        ]
    }

    /// [AssignPublicIp](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AssignPublicIp.html); keeps a value the API returns that this model does not list.
    public struct AssignPublicIp: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let enabled = AssignPublicIp(rawValue: "ENABLED")
        public static let disabled = AssignPublicIp(rawValue: "DISABLED")
        public static let knownValues: [Swift.String] = [
            "ENABLED", "DISABLED"
        ]
    }

    /// [AutoRepairActionsStatus](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AutoRepairActionsStatus.html); keeps a value the API returns that this model does not list.
    public struct AutoRepairActionsStatus: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let enabled = AutoRepairActionsStatus(rawValue: "ENABLED")
        public static let disabled = AutoRepairActionsStatus(rawValue: "DISABLED")
        public static let knownValues: [Swift.String] = [
            "ENABLED", "DISABLED"
        ]
    }

    /// [AvailabilityZoneRebalancing](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AvailabilityZoneRebalancing.html); keeps a value the API returns that this model does not list.
    public struct AvailabilityZoneRebalancing: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let enabled = AvailabilityZoneRebalancing(rawValue: "ENABLED")
        public static let disabled = AvailabilityZoneRebalancing(rawValue: "DISABLED")
        public static let knownValues: [Swift.String] = [
            "ENABLED", "DISABLED"
        ]
    }

    /// [BareMetal](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_BareMetal.html); keeps a value the API returns that this model does not list.
    public struct BareMetal: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let included = BareMetal(rawValue: "included")
        public static let required = BareMetal(rawValue: "required")
        public static let excluded = BareMetal(rawValue: "excluded")
        public static let knownValues: [Swift.String] = [
            "included", "required", "excluded"
        ]
    }

    /// [BurstablePerformance](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_BurstablePerformance.html); keeps a value the API returns that this model does not list.
    public struct BurstablePerformance: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let included = BurstablePerformance(rawValue: "included")
        public static let required = BurstablePerformance(rawValue: "required")
        public static let excluded = BurstablePerformance(rawValue: "excluded")
        public static let knownValues: [Swift.String] = [
            "included", "required", "excluded"
        ]
    }

    /// [CPUArchitecture](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CPUArchitecture.html); keeps a value the API returns that this model does not list.
    public struct CPUArchitecture: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let x8664 = CPUArchitecture(rawValue: "X86_64")
        public static let arm64 = CPUArchitecture(rawValue: "ARM64")
        public static let knownValues: [Swift.String] = [
            "X86_64", "ARM64"
        ]
    }

    /// [CapacityOptionType](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityOptionType.html); keeps a value the API returns that this model does not list.
    public struct CapacityOptionType: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let onDemand = CapacityOptionType(rawValue: "ON_DEMAND")
        public static let spot = CapacityOptionType(rawValue: "SPOT")
        public static let reserved = CapacityOptionType(rawValue: "RESERVED")
        public static let knownValues: [Swift.String] = [
            "ON_DEMAND", "SPOT", "RESERVED"
        ]
    }

    /// [CapacityProviderField](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderField.html); keeps a value the API returns that this model does not list.
    public struct CapacityProviderField: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let tags = CapacityProviderField(rawValue: "TAGS")
        public static let knownValues: [Swift.String] = [
            "TAGS"
        ]
    }

    /// [CapacityProviderStatus](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStatus.html); keeps a value the API returns that this model does not list.
    public struct CapacityProviderStatus: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let provisioning = CapacityProviderStatus(rawValue: "PROVISIONING")
        public static let active = CapacityProviderStatus(rawValue: "ACTIVE")
        public static let deprovisioning = CapacityProviderStatus(rawValue: "DEPROVISIONING")
        public static let inactive = CapacityProviderStatus(rawValue: "INACTIVE")
        public static let knownValues: [Swift.String] = [
            "PROVISIONING", "ACTIVE", "DEPROVISIONING", "INACTIVE"
        ]
    }

    /// [CapacityProviderType](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderType.html); keeps a value the API returns that this model does not list.
    public struct CapacityProviderType: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let ec2Autoscaling = CapacityProviderType(rawValue: "EC2_AUTOSCALING")
        public static let managedInstances = CapacityProviderType(rawValue: "MANAGED_INSTANCES")
        public static let fargate = CapacityProviderType(rawValue: "FARGATE")
        public static let fargateSpot = CapacityProviderType(rawValue: "FARGATE_SPOT")
        public static let knownValues: [Swift.String] = [
            "EC2_AUTOSCALING", "MANAGED_INSTANCES", "FARGATE", "FARGATE_SPOT"
        ]
    }

    /// [CapacityProviderUpdateStatus](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderUpdateStatus.html); keeps a value the API returns that this model does not list.
    public struct CapacityProviderUpdateStatus: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let createInProgress = CapacityProviderUpdateStatus(rawValue: "CREATE_IN_PROGRESS")
        public static let createComplete = CapacityProviderUpdateStatus(rawValue: "CREATE_COMPLETE")
        public static let createFailed = CapacityProviderUpdateStatus(rawValue: "CREATE_FAILED")
        public static let deleteInProgress = CapacityProviderUpdateStatus(rawValue: "DELETE_IN_PROGRESS")
        public static let deleteComplete = CapacityProviderUpdateStatus(rawValue: "DELETE_COMPLETE")
        public static let deleteFailed = CapacityProviderUpdateStatus(rawValue: "DELETE_FAILED")
        public static let updateInProgress = CapacityProviderUpdateStatus(rawValue: "UPDATE_IN_PROGRESS")
        public static let updateComplete = CapacityProviderUpdateStatus(rawValue: "UPDATE_COMPLETE")
        public static let updateFailed = CapacityProviderUpdateStatus(rawValue: "UPDATE_FAILED")
        public static let knownValues: [Swift.String] = [
            "CREATE_IN_PROGRESS", "CREATE_COMPLETE", "CREATE_FAILED", "DELETE_IN_PROGRESS",
            "DELETE_COMPLETE", "DELETE_FAILED", "UPDATE_IN_PROGRESS", "UPDATE_COMPLETE",
            "UPDATE_FAILED"
        ]
    }

    /// [CapacityReservationPreference](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityReservationPreference.html); keeps a value the API returns that this model does not list.
    public struct CapacityReservationPreference: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let reservationsOnly = CapacityReservationPreference(rawValue: "RESERVATIONS_ONLY")
        public static let reservationsFirst = CapacityReservationPreference(rawValue: "RESERVATIONS_FIRST")
        public static let reservationsExcluded = CapacityReservationPreference(rawValue: "RESERVATIONS_EXCLUDED")
        public static let knownValues: [Swift.String] = [
            "RESERVATIONS_ONLY", "RESERVATIONS_FIRST", "RESERVATIONS_EXCLUDED"
        ]
    }

    /// [ClusterField](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ClusterField.html); keeps a value the API returns that this model does not list.
    public struct ClusterField: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let attachments = ClusterField(rawValue: "ATTACHMENTS")
        public static let configurations = ClusterField(rawValue: "CONFIGURATIONS")
        public static let settings = ClusterField(rawValue: "SETTINGS")
        public static let statistics = ClusterField(rawValue: "STATISTICS")
        public static let tags = ClusterField(rawValue: "TAGS")
        public static let knownValues: [Swift.String] = [
            "ATTACHMENTS", "CONFIGURATIONS", "SETTINGS", "STATISTICS", "TAGS"
        ]
    }

    /// [ClusterSettingName](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ClusterSettingName.html); keeps a value the API returns that this model does not list.
    public struct ClusterSettingName: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let containerInsights = ClusterSettingName(rawValue: "containerInsights")
        public static let knownValues: [Swift.String] = [
            "containerInsights"
        ]
    }

    /// [Compatibility](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Compatibility.html); keeps a value the API returns that this model does not list.
    public struct Compatibility: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let ec2 = Compatibility(rawValue: "EC2")
        public static let fargate = Compatibility(rawValue: "FARGATE")
        public static let external = Compatibility(rawValue: "EXTERNAL")
        public static let managedInstances = Compatibility(rawValue: "MANAGED_INSTANCES")
        public static let knownValues: [Swift.String] = [
            "EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"
        ]
    }

    /// [Connectivity](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Connectivity.html); keeps a value the API returns that this model does not list.
    public struct Connectivity: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let connected = Connectivity(rawValue: "CONNECTED")
        public static let disconnected = Connectivity(rawValue: "DISCONNECTED")
        public static let knownValues: [Swift.String] = [
            "CONNECTED", "DISCONNECTED"
        ]
    }

    /// [ContainerCondition](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerCondition.html); keeps a value the API returns that this model does not list.
    public struct ContainerCondition: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let start = ContainerCondition(rawValue: "START")
        public static let complete = ContainerCondition(rawValue: "COMPLETE")
        public static let success = ContainerCondition(rawValue: "SUCCESS")
        public static let healthy = ContainerCondition(rawValue: "HEALTHY")
        public static let knownValues: [Swift.String] = [
            "START", "COMPLETE", "SUCCESS", "HEALTHY"
        ]
    }

    /// [ContainerInstanceField](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerInstanceField.html); keeps a value the API returns that this model does not list.
    public struct ContainerInstanceField: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let tags = ContainerInstanceField(rawValue: "TAGS")
        public static let containerInstanceHealth = ContainerInstanceField(rawValue: "CONTAINER_INSTANCE_HEALTH")
        public static let knownValues: [Swift.String] = [
            "TAGS", "CONTAINER_INSTANCE_HEALTH"
        ]
    }

    /// [ContainerInstanceStatus](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerInstanceStatus.html); keeps a value the API returns that this model does not list.
    public struct ContainerInstanceStatus: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let active = ContainerInstanceStatus(rawValue: "ACTIVE")
        public static let draining = ContainerInstanceStatus(rawValue: "DRAINING")
        public static let registering = ContainerInstanceStatus(rawValue: "REGISTERING")
        public static let deregistering = ContainerInstanceStatus(rawValue: "DEREGISTERING")
        public static let registrationFailed = ContainerInstanceStatus(rawValue: "REGISTRATION_FAILED")
        public static let knownValues: [Swift.String] = [
            "ACTIVE", "DRAINING", "REGISTERING", "DEREGISTERING", "REGISTRATION_FAILED"
        ]
    }

    /// [CpuManufacturer](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CpuManufacturer.html); keeps a value the API returns that this model does not list.
    public struct CpuManufacturer: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let intel = CpuManufacturer(rawValue: "intel")
        public static let amd = CpuManufacturer(rawValue: "amd")
        public static let amazonWebServices = CpuManufacturer(rawValue: "amazon-web-services")
        public static let knownValues: [Swift.String] = [
            "intel", "amd", "amazon-web-services"
        ]
    }

    /// [DeploymentControllerType](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentControllerType.html); keeps a value the API returns that this model does not list.
    public struct DeploymentControllerType: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let ecs = DeploymentControllerType(rawValue: "ECS")
        public static let codeDeploy = DeploymentControllerType(rawValue: "CODE_DEPLOY")
        public static let external = DeploymentControllerType(rawValue: "EXTERNAL")
        public static let knownValues: [Swift.String] = [
            "ECS", "CODE_DEPLOY", "EXTERNAL"
        ]
    }

    /// [DeploymentLifecycleHookAction](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentLifecycleHookAction.html); keeps a value the API returns that this model does not list.
    public struct DeploymentLifecycleHookAction: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let rollback = DeploymentLifecycleHookAction(rawValue: "ROLLBACK")
        public static let `continue` = DeploymentLifecycleHookAction(rawValue: "CONTINUE")
        public static let knownValues: [Swift.String] = [
            "ROLLBACK", "CONTINUE"
        ]
    }

    /// [DeploymentLifecycleHookStage](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentLifecycleHookStage.html); keeps a value the API returns that this model does not list.
    public struct DeploymentLifecycleHookStage: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let reconcileService = DeploymentLifecycleHookStage(rawValue: "RECONCILE_SERVICE")
        public static let preScaleUp = DeploymentLifecycleHookStage(rawValue: "PRE_SCALE_UP")
        public static let postScaleUp = DeploymentLifecycleHookStage(rawValue: "POST_SCALE_UP")
        public static let testTrafficShift = DeploymentLifecycleHookStage(rawValue: "TEST_TRAFFIC_SHIFT")
        public static let postTestTrafficShift = DeploymentLifecycleHookStage(rawValue: "POST_TEST_TRAFFIC_SHIFT")
        public static let preProductionTrafficShift = DeploymentLifecycleHookStage(rawValue: "PRE_PRODUCTION_TRAFFIC_SHIFT")
        public static let productionTrafficShift = DeploymentLifecycleHookStage(rawValue: "PRODUCTION_TRAFFIC_SHIFT")
        public static let postProductionTrafficShift = DeploymentLifecycleHookStage(rawValue: "POST_PRODUCTION_TRAFFIC_SHIFT")
        public static let knownValues: [Swift.String] = [
            "RECONCILE_SERVICE", "PRE_SCALE_UP", "POST_SCALE_UP", "TEST_TRAFFIC_SHIFT",
            "POST_TEST_TRAFFIC_SHIFT", "PRE_PRODUCTION_TRAFFIC_SHIFT", "PRODUCTION_TRAFFIC_SHIFT",
            "POST_PRODUCTION_TRAFFIC_SHIFT"
        ]
    }

    /// [DeploymentLifecycleHookStatus](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentLifecycleHookStatus.html); keeps a value the API returns that this model does not list.
    public struct DeploymentLifecycleHookStatus: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let awaitingAction = DeploymentLifecycleHookStatus(rawValue: "AWAITING_ACTION")
        public static let inProgress = DeploymentLifecycleHookStatus(rawValue: "IN_PROGRESS")
        public static let succeeded = DeploymentLifecycleHookStatus(rawValue: "SUCCEEDED")
        public static let failed = DeploymentLifecycleHookStatus(rawValue: "FAILED")
        public static let timedOut = DeploymentLifecycleHookStatus(rawValue: "TIMED_OUT")
        public static let knownValues: [Swift.String] = [
            "AWAITING_ACTION", "IN_PROGRESS", "SUCCEEDED", "FAILED", "TIMED_OUT"
        ]
    }

    /// [DeploymentLifecycleHookTargetType](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentLifecycleHookTargetType.html); keeps a value the API returns that this model does not list.
    public struct DeploymentLifecycleHookTargetType: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let awsLambda = DeploymentLifecycleHookTargetType(rawValue: "AWS_LAMBDA")
        public static let pause = DeploymentLifecycleHookTargetType(rawValue: "PAUSE")
        public static let knownValues: [Swift.String] = [
            "AWS_LAMBDA", "PAUSE"
        ]
    }

    /// [DeploymentRolloutState](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentRolloutState.html); keeps a value the API returns that this model does not list.
    public struct DeploymentRolloutState: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let completed = DeploymentRolloutState(rawValue: "COMPLETED")
        public static let failed = DeploymentRolloutState(rawValue: "FAILED")
        public static let inProgress = DeploymentRolloutState(rawValue: "IN_PROGRESS")
        public static let knownValues: [Swift.String] = [
            "COMPLETED", "FAILED", "IN_PROGRESS"
        ]
    }

    /// [DeploymentStrategy](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentStrategy.html); keeps a value the API returns that this model does not list.
    public struct DeploymentStrategy: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let rolling = DeploymentStrategy(rawValue: "ROLLING")
        public static let blueGreen = DeploymentStrategy(rawValue: "BLUE_GREEN")
        public static let linear = DeploymentStrategy(rawValue: "LINEAR")
        public static let canary = DeploymentStrategy(rawValue: "CANARY")
        public static let knownValues: [Swift.String] = [
            "ROLLING", "BLUE_GREEN", "LINEAR", "CANARY"
        ]
    }

    /// [DesiredStatus](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DesiredStatus.html); keeps a value the API returns that this model does not list.
    public struct DesiredStatus: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let running = DesiredStatus(rawValue: "RUNNING")
        public static let pending = DesiredStatus(rawValue: "PENDING")
        public static let stopped = DesiredStatus(rawValue: "STOPPED")
        public static let knownValues: [Swift.String] = [
            "RUNNING", "PENDING", "STOPPED"
        ]
    }

    /// [DeviceCgroupPermission](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeviceCgroupPermission.html); keeps a value the API returns that this model does not list.
    public struct DeviceCgroupPermission: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let read = DeviceCgroupPermission(rawValue: "read")
        public static let write = DeviceCgroupPermission(rawValue: "write")
        public static let mknod = DeviceCgroupPermission(rawValue: "mknod")
        public static let knownValues: [Swift.String] = [
            "read", "write", "mknod"
        ]
    }

    /// [EBSResourceType](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EBSResourceType.html); keeps a value the API returns that this model does not list.
    public struct EBSResourceType: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let volume = EBSResourceType(rawValue: "volume")
        public static let knownValues: [Swift.String] = [
            "volume"
        ]
    }

    /// [EFSAuthorizationConfigIAM](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSAuthorizationConfigIAM.html); keeps a value the API returns that this model does not list.
    public struct EFSAuthorizationConfigIAM: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let enabled = EFSAuthorizationConfigIAM(rawValue: "ENABLED")
        public static let disabled = EFSAuthorizationConfigIAM(rawValue: "DISABLED")
        public static let knownValues: [Swift.String] = [
            "ENABLED", "DISABLED"
        ]
    }

    /// [EFSTransitEncryption](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSTransitEncryption.html); keeps a value the API returns that this model does not list.
    public struct EFSTransitEncryption: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let enabled = EFSTransitEncryption(rawValue: "ENABLED")
        public static let disabled = EFSTransitEncryption(rawValue: "DISABLED")
        public static let knownValues: [Swift.String] = [
            "ENABLED", "DISABLED"
        ]
    }

    /// [EnvironmentFileType](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EnvironmentFileType.html); keeps a value the API returns that this model does not list.
    public struct EnvironmentFileType: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let s3 = EnvironmentFileType(rawValue: "s3")
        public static let knownValues: [Swift.String] = [
            "s3"
        ]
    }

    /// [ExecuteCommandLogging](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ExecuteCommandLogging.html); keeps a value the API returns that this model does not list.
    public struct ExecuteCommandLogging: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let none = ExecuteCommandLogging(rawValue: "NONE")
        public static let `default` = ExecuteCommandLogging(rawValue: "DEFAULT")
        public static let override = ExecuteCommandLogging(rawValue: "OVERRIDE")
        public static let knownValues: [Swift.String] = [
            "NONE", "DEFAULT", "OVERRIDE"
        ]
    }

    /// [FirelensConfigurationType](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FirelensConfigurationType.html); keeps a value the API returns that this model does not list.
    public struct FirelensConfigurationType: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let fluentd = FirelensConfigurationType(rawValue: "fluentd")
        public static let fluentbit = FirelensConfigurationType(rawValue: "fluentbit")
        public static let knownValues: [Swift.String] = [
            "fluentd", "fluentbit"
        ]
    }

    /// [HealthStatus](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthStatus.html); keeps a value the API returns that this model does not list.
    public struct HealthStatus: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let healthy = HealthStatus(rawValue: "HEALTHY")
        public static let unhealthy = HealthStatus(rawValue: "UNHEALTHY")
        public static let unknown = HealthStatus(rawValue: "UNKNOWN")
        public static let knownValues: [Swift.String] = [
            "HEALTHY", "UNHEALTHY", "UNKNOWN"
        ]
    }

    /// [InstanceGeneration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_InstanceGeneration.html); keeps a value the API returns that this model does not list.
    public struct InstanceGeneration: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let current = InstanceGeneration(rawValue: "current")
        public static let previous = InstanceGeneration(rawValue: "previous")
        public static let knownValues: [Swift.String] = [
            "current", "previous"
        ]
    }

    /// [InstanceHealthCheckState](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_InstanceHealthCheckState.html); keeps a value the API returns that this model does not list.
    public struct InstanceHealthCheckState: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let ok = InstanceHealthCheckState(rawValue: "OK")
        public static let impaired = InstanceHealthCheckState(rawValue: "IMPAIRED")
        public static let insufficientData = InstanceHealthCheckState(rawValue: "INSUFFICIENT_DATA")
        public static let initializing = InstanceHealthCheckState(rawValue: "INITIALIZING")
        public static let knownValues: [Swift.String] = [
            "OK", "IMPAIRED", "INSUFFICIENT_DATA", "INITIALIZING"
        ]
    }

    /// [InstanceHealthCheckType](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_InstanceHealthCheckType.html); keeps a value the API returns that this model does not list.
    public struct InstanceHealthCheckType: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let containerRuntime = InstanceHealthCheckType(rawValue: "CONTAINER_RUNTIME")
        public static let acceleratedCompute = InstanceHealthCheckType(rawValue: "ACCELERATED_COMPUTE")
        public static let daemon = InstanceHealthCheckType(rawValue: "DAEMON")
        public static let knownValues: [Swift.String] = [
            "CONTAINER_RUNTIME", "ACCELERATED_COMPUTE", "DAEMON"
        ]
    }

    /// [IpcMode](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_IpcMode.html); keeps a value the API returns that this model does not list.
    public struct IpcMode: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let host = IpcMode(rawValue: "host")
        public static let task = IpcMode(rawValue: "task")
        public static let none = IpcMode(rawValue: "none")
        public static let knownValues: [Swift.String] = [
            "host", "task", "none"
        ]
    }

    /// [LaunchType](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LaunchType.html); keeps a value the API returns that this model does not list.
    public struct LaunchType: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let ec2 = LaunchType(rawValue: "EC2")
        public static let fargate = LaunchType(rawValue: "FARGATE")
        public static let external = LaunchType(rawValue: "EXTERNAL")
        public static let managedInstances = LaunchType(rawValue: "MANAGED_INSTANCES")
        public static let knownValues: [Swift.String] = [
            "EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"
        ]
    }

    /// [LocalStorage](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LocalStorage.html); keeps a value the API returns that this model does not list.
    public struct LocalStorage: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let included = LocalStorage(rawValue: "included")
        public static let required = LocalStorage(rawValue: "required")
        public static let excluded = LocalStorage(rawValue: "excluded")
        public static let knownValues: [Swift.String] = [
            "included", "required", "excluded"
        ]
    }

    /// [LocalStorageType](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LocalStorageType.html); keeps a value the API returns that this model does not list.
    public struct LocalStorageType: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let hdd = LocalStorageType(rawValue: "hdd")
        public static let ssd = LocalStorageType(rawValue: "ssd")
        public static let knownValues: [Swift.String] = [
            "hdd", "ssd"
        ]
    }

    /// [LogDriver](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogDriver.html); keeps a value the API returns that this model does not list.
    public struct LogDriver: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let jsonFile = LogDriver(rawValue: "json-file")
        public static let syslog = LogDriver(rawValue: "syslog")
        public static let journald = LogDriver(rawValue: "journald")
        public static let gelf = LogDriver(rawValue: "gelf")
        public static let fluentd = LogDriver(rawValue: "fluentd")
        public static let awslogs = LogDriver(rawValue: "awslogs")
        public static let splunk = LogDriver(rawValue: "splunk")
        public static let awsfirelens = LogDriver(rawValue: "awsfirelens")
        public static let knownValues: [Swift.String] = [
            "json-file", "syslog", "journald", "gelf", "fluentd", "awslogs", "splunk",
            "awsfirelens"
        ]
    }

    /// [ManagedAgentName](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedAgentName.html); keeps a value the API returns that this model does not list.
    public struct ManagedAgentName: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let executeCommandAgent = ManagedAgentName(rawValue: "ExecuteCommandAgent")
        public static let knownValues: [Swift.String] = [
            "ExecuteCommandAgent"
        ]
    }

    /// [ManagedDraining](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedDraining.html); keeps a value the API returns that this model does not list.
    public struct ManagedDraining: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let enabled = ManagedDraining(rawValue: "ENABLED")
        public static let disabled = ManagedDraining(rawValue: "DISABLED")
        public static let knownValues: [Swift.String] = [
            "ENABLED", "DISABLED"
        ]
    }

    /// [ManagedInstancesMonitoringOptions](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedInstancesMonitoringOptions.html); keeps a value the API returns that this model does not list.
    public struct ManagedInstancesMonitoringOptions: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let basic = ManagedInstancesMonitoringOptions(rawValue: "BASIC")
        public static let detailed = ManagedInstancesMonitoringOptions(rawValue: "DETAILED")
        public static let knownValues: [Swift.String] = [
            "BASIC", "DETAILED"
        ]
    }

    /// [ManagedResourceStatus](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedResourceStatus.html); keeps a value the API returns that this model does not list.
    public struct ManagedResourceStatus: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let provisioning = ManagedResourceStatus(rawValue: "PROVISIONING")
        public static let active = ManagedResourceStatus(rawValue: "ACTIVE")
        public static let deprovisioning = ManagedResourceStatus(rawValue: "DEPROVISIONING")
        public static let deleted = ManagedResourceStatus(rawValue: "DELETED")
        public static let failed = ManagedResourceStatus(rawValue: "FAILED")
        public static let knownValues: [Swift.String] = [
            "PROVISIONING", "ACTIVE", "DEPROVISIONING", "DELETED", "FAILED"
        ]
    }

    /// [ManagedScalingStatus](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedScalingStatus.html); keeps a value the API returns that this model does not list.
    public struct ManagedScalingStatus: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let enabled = ManagedScalingStatus(rawValue: "ENABLED")
        public static let disabled = ManagedScalingStatus(rawValue: "DISABLED")
        public static let knownValues: [Swift.String] = [
            "ENABLED", "DISABLED"
        ]
    }

    /// [ManagedTerminationProtection](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedTerminationProtection.html); keeps a value the API returns that this model does not list.
    public struct ManagedTerminationProtection: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let enabled = ManagedTerminationProtection(rawValue: "ENABLED")
        public static let disabled = ManagedTerminationProtection(rawValue: "DISABLED")
        public static let knownValues: [Swift.String] = [
            "ENABLED", "DISABLED"
        ]
    }

    /// [NetworkMode](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_NetworkMode.html); keeps a value the API returns that this model does not list.
    public struct NetworkMode: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let bridge = NetworkMode(rawValue: "bridge")
        public static let host = NetworkMode(rawValue: "host")
        public static let awsvpc = NetworkMode(rawValue: "awsvpc")
        public static let none = NetworkMode(rawValue: "none")
        public static let knownValues: [Swift.String] = [
            "bridge", "host", "awsvpc", "none"
        ]
    }

    /// [OSFamily](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_OSFamily.html); keeps a value the API returns that this model does not list.
    public struct OSFamily: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let windowsServer2019Full = OSFamily(rawValue: "WINDOWS_SERVER_2019_FULL")
        public static let windowsServer2019Core = OSFamily(rawValue: "WINDOWS_SERVER_2019_CORE")
        public static let windowsServer2016Full = OSFamily(rawValue: "WINDOWS_SERVER_2016_FULL")
        public static let windowsServer2004Core = OSFamily(rawValue: "WINDOWS_SERVER_2004_CORE")
        public static let windowsServer2022Core = OSFamily(rawValue: "WINDOWS_SERVER_2022_CORE")
        public static let windowsServer2022Full = OSFamily(rawValue: "WINDOWS_SERVER_2022_FULL")
        public static let windowsServer2025Core = OSFamily(rawValue: "WINDOWS_SERVER_2025_CORE")
        public static let windowsServer2025Full = OSFamily(rawValue: "WINDOWS_SERVER_2025_FULL")
        public static let windowsServer20h2Core = OSFamily(rawValue: "WINDOWS_SERVER_20H2_CORE")
        public static let linux = OSFamily(rawValue: "LINUX")
        public static let knownValues: [Swift.String] = [
            "WINDOWS_SERVER_2019_FULL", "WINDOWS_SERVER_2019_CORE", "WINDOWS_SERVER_2016_FULL",
            "WINDOWS_SERVER_2004_CORE", "WINDOWS_SERVER_2022_CORE", "WINDOWS_SERVER_2022_FULL",
            "WINDOWS_SERVER_2025_CORE", "WINDOWS_SERVER_2025_FULL", "WINDOWS_SERVER_20H2_CORE",
            "LINUX"
        ]
    }

    /// [PidMode](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PidMode.html); keeps a value the API returns that this model does not list.
    public struct PidMode: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let host = PidMode(rawValue: "host")
        public static let task = PidMode(rawValue: "task")
        public static let knownValues: [Swift.String] = [
            "host", "task"
        ]
    }

    /// [PlacementConstraintType](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PlacementConstraintType.html); keeps a value the API returns that this model does not list.
    public struct PlacementConstraintType: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let distinctInstance = PlacementConstraintType(rawValue: "distinctInstance")
        public static let memberOf = PlacementConstraintType(rawValue: "memberOf")
        public static let knownValues: [Swift.String] = [
            "distinctInstance", "memberOf"
        ]
    }

    /// [PlacementStrategyType](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PlacementStrategyType.html); keeps a value the API returns that this model does not list.
    public struct PlacementStrategyType: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let random = PlacementStrategyType(rawValue: "random")
        public static let spread = PlacementStrategyType(rawValue: "spread")
        public static let binpack = PlacementStrategyType(rawValue: "binpack")
        public static let knownValues: [Swift.String] = [
            "random", "spread", "binpack"
        ]
    }

    /// [PropagateMITags](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PropagateMITags.html); keeps a value the API returns that this model does not list.
    public struct PropagateMITags: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let capacityProvider = PropagateMITags(rawValue: "CAPACITY_PROVIDER")
        public static let none = PropagateMITags(rawValue: "NONE")
        public static let knownValues: [Swift.String] = [
            "CAPACITY_PROVIDER", "NONE"
        ]
    }

    /// [PropagateTags](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PropagateTags.html); keeps a value the API returns that this model does not list.
    public struct PropagateTags: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let taskDefinition = PropagateTags(rawValue: "TASK_DEFINITION")
        public static let service = PropagateTags(rawValue: "SERVICE")
        public static let none = PropagateTags(rawValue: "NONE")
        public static let knownValues: [Swift.String] = [
            "TASK_DEFINITION", "SERVICE", "NONE"
        ]
    }

    /// [ProxyConfigurationType](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ProxyConfigurationType.html); keeps a value the API returns that this model does not list.
    public struct ProxyConfigurationType: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let appmesh = ProxyConfigurationType(rawValue: "APPMESH")
        public static let knownValues: [Swift.String] = [
            "APPMESH"
        ]
    }

    /// [ResourceManagementType](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ResourceManagementType.html); keeps a value the API returns that this model does not list.
    public struct ResourceManagementType: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let customer = ResourceManagementType(rawValue: "CUSTOMER")
        public static let ecs = ResourceManagementType(rawValue: "ECS")
        public static let knownValues: [Swift.String] = [
            "CUSTOMER", "ECS"
        ]
    }

    /// [ResourceType](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ResourceType.html); keeps a value the API returns that this model does not list.
    public struct ResourceType: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let gpu = ResourceType(rawValue: "GPU")
        public static let inferenceAccelerator = ResourceType(rawValue: "InferenceAccelerator")
        public static let knownValues: [Swift.String] = [
            "GPU", "InferenceAccelerator"
        ]
    }

    /// [ScaleUnit](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ScaleUnit.html); keeps a value the API returns that this model does not list.
    public struct ScaleUnit: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let percent = ScaleUnit(rawValue: "PERCENT")
        public static let knownValues: [Swift.String] = [
            "PERCENT"
        ]
    }

    /// [SchedulingStrategy](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_SchedulingStrategy.html); keeps a value the API returns that this model does not list.
    public struct SchedulingStrategy: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let replica = SchedulingStrategy(rawValue: "REPLICA")
        public static let daemon = SchedulingStrategy(rawValue: "DAEMON")
        public static let knownValues: [Swift.String] = [
            "REPLICA", "DAEMON"
        ]
    }

    /// [Scope](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Scope.html); keeps a value the API returns that this model does not list.
    public struct Scope: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let task = Scope(rawValue: "task")
        public static let shared = Scope(rawValue: "shared")
        public static let knownValues: [Swift.String] = [
            "task", "shared"
        ]
    }

    /// [ServiceConnectAccessLoggingFormat](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectAccessLoggingFormat.html); keeps a value the API returns that this model does not list.
    public struct ServiceConnectAccessLoggingFormat: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let text = ServiceConnectAccessLoggingFormat(rawValue: "TEXT")
        public static let json = ServiceConnectAccessLoggingFormat(rawValue: "JSON")
        public static let knownValues: [Swift.String] = [
            "TEXT", "JSON"
        ]
    }

    /// [ServiceConnectIncludeQueryParameters](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectIncludeQueryParameters.html); keeps a value the API returns that this model does not list.
    public struct ServiceConnectIncludeQueryParameters: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let disabled = ServiceConnectIncludeQueryParameters(rawValue: "DISABLED")
        public static let enabled = ServiceConnectIncludeQueryParameters(rawValue: "ENABLED")
        public static let knownValues: [Swift.String] = [
            "DISABLED", "ENABLED"
        ]
    }

    /// [ServiceDeploymentLifecycleStage](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceDeploymentLifecycleStage.html); keeps a value the API returns that this model does not list.
    public struct ServiceDeploymentLifecycleStage: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let reconcileService = ServiceDeploymentLifecycleStage(rawValue: "RECONCILE_SERVICE")
        public static let preScaleUp = ServiceDeploymentLifecycleStage(rawValue: "PRE_SCALE_UP")
        public static let scaleUp = ServiceDeploymentLifecycleStage(rawValue: "SCALE_UP")
        public static let postScaleUp = ServiceDeploymentLifecycleStage(rawValue: "POST_SCALE_UP")
        public static let testTrafficShift = ServiceDeploymentLifecycleStage(rawValue: "TEST_TRAFFIC_SHIFT")
        public static let postTestTrafficShift = ServiceDeploymentLifecycleStage(rawValue: "POST_TEST_TRAFFIC_SHIFT")
        public static let productionTrafficShift = ServiceDeploymentLifecycleStage(rawValue: "PRODUCTION_TRAFFIC_SHIFT")
        public static let postProductionTrafficShift = ServiceDeploymentLifecycleStage(rawValue: "POST_PRODUCTION_TRAFFIC_SHIFT")
        public static let bakeTime = ServiceDeploymentLifecycleStage(rawValue: "BAKE_TIME")
        public static let cleanUp = ServiceDeploymentLifecycleStage(rawValue: "CLEAN_UP")
        public static let knownValues: [Swift.String] = [
            "RECONCILE_SERVICE", "PRE_SCALE_UP", "SCALE_UP", "POST_SCALE_UP", "TEST_TRAFFIC_SHIFT",
            "POST_TEST_TRAFFIC_SHIFT", "PRODUCTION_TRAFFIC_SHIFT", "POST_PRODUCTION_TRAFFIC_SHIFT",
            "BAKE_TIME", "CLEAN_UP"
        ]
    }

    /// [ServiceDeploymentRollbackMonitorsStatus](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceDeploymentRollbackMonitorsStatus.html); keeps a value the API returns that this model does not list.
    public struct ServiceDeploymentRollbackMonitorsStatus: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let triggered = ServiceDeploymentRollbackMonitorsStatus(rawValue: "TRIGGERED")
        public static let monitoring = ServiceDeploymentRollbackMonitorsStatus(rawValue: "MONITORING")
        public static let monitoringComplete = ServiceDeploymentRollbackMonitorsStatus(rawValue: "MONITORING_COMPLETE")
        public static let disabled = ServiceDeploymentRollbackMonitorsStatus(rawValue: "DISABLED")
        public static let knownValues: [Swift.String] = [
            "TRIGGERED", "MONITORING", "MONITORING_COMPLETE", "DISABLED"
        ]
    }

    /// [ServiceDeploymentStatus](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceDeploymentStatus.html); keeps a value the API returns that this model does not list.
    public struct ServiceDeploymentStatus: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let pending = ServiceDeploymentStatus(rawValue: "PENDING")
        public static let successful = ServiceDeploymentStatus(rawValue: "SUCCESSFUL")
        public static let stopped = ServiceDeploymentStatus(rawValue: "STOPPED")
        public static let stopRequested = ServiceDeploymentStatus(rawValue: "STOP_REQUESTED")
        public static let inProgress = ServiceDeploymentStatus(rawValue: "IN_PROGRESS")
        public static let rollbackRequested = ServiceDeploymentStatus(rawValue: "ROLLBACK_REQUESTED")
        public static let rollbackInProgress = ServiceDeploymentStatus(rawValue: "ROLLBACK_IN_PROGRESS")
        public static let rollbackSuccessful = ServiceDeploymentStatus(rawValue: "ROLLBACK_SUCCESSFUL")
        public static let rollbackFailed = ServiceDeploymentStatus(rawValue: "ROLLBACK_FAILED")
        public static let knownValues: [Swift.String] = [
            "PENDING", "SUCCESSFUL", "STOPPED", "STOP_REQUESTED", "IN_PROGRESS",
            "ROLLBACK_REQUESTED", "ROLLBACK_IN_PROGRESS", "ROLLBACK_SUCCESSFUL", "ROLLBACK_FAILED"
        ]
    }

    /// [ServiceField](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceField.html); keeps a value the API returns that this model does not list.
    public struct ServiceField: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let tags = ServiceField(rawValue: "TAGS")
        public static let knownValues: [Swift.String] = [
            "TAGS"
        ]
    }

    /// [SortOrder](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_SortOrder.html); keeps a value the API returns that this model does not list.
    public struct SortOrder: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let asc = SortOrder(rawValue: "ASC")
        public static let desc = SortOrder(rawValue: "DESC")
        public static let knownValues: [Swift.String] = [
            "ASC", "DESC"
        ]
    }

    /// [StabilityStatus](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_StabilityStatus.html); keeps a value the API returns that this model does not list.
    public struct StabilityStatus: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let steadyState = StabilityStatus(rawValue: "STEADY_STATE")
        public static let stabilizing = StabilityStatus(rawValue: "STABILIZING")
        public static let knownValues: [Swift.String] = [
            "STEADY_STATE", "STABILIZING"
        ]
    }

    /// [TargetType](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TargetType.html); keeps a value the API returns that this model does not list.
    public struct TargetType: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let containerInstance = TargetType(rawValue: "container-instance")
        public static let knownValues: [Swift.String] = [
            "container-instance"
        ]
    }

    /// [TaskDefinitionFamilyStatus](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskDefinitionFamilyStatus.html); keeps a value the API returns that this model does not list.
    public struct TaskDefinitionFamilyStatus: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let active = TaskDefinitionFamilyStatus(rawValue: "ACTIVE")
        public static let inactive = TaskDefinitionFamilyStatus(rawValue: "INACTIVE")
        public static let all = TaskDefinitionFamilyStatus(rawValue: "ALL")
        public static let knownValues: [Swift.String] = [
            "ACTIVE", "INACTIVE", "ALL"
        ]
    }

    /// [TaskDefinitionField](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskDefinitionField.html); keeps a value the API returns that this model does not list.
    public struct TaskDefinitionField: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let tags = TaskDefinitionField(rawValue: "TAGS")
        public static let knownValues: [Swift.String] = [
            "TAGS"
        ]
    }

    /// [TaskDefinitionPlacementConstraintType](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskDefinitionPlacementConstraintType.html); keeps a value the API returns that this model does not list.
    public struct TaskDefinitionPlacementConstraintType: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let memberOf = TaskDefinitionPlacementConstraintType(rawValue: "memberOf")
        public static let knownValues: [Swift.String] = [
            "memberOf"
        ]
    }

    /// [TaskDefinitionStatus](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskDefinitionStatus.html); keeps a value the API returns that this model does not list.
    public struct TaskDefinitionStatus: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let active = TaskDefinitionStatus(rawValue: "ACTIVE")
        public static let inactive = TaskDefinitionStatus(rawValue: "INACTIVE")
        public static let deleteInProgress = TaskDefinitionStatus(rawValue: "DELETE_IN_PROGRESS")
        public static let knownValues: [Swift.String] = [
            "ACTIVE", "INACTIVE", "DELETE_IN_PROGRESS"
        ]
    }

    /// [TaskField](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskField.html); keeps a value the API returns that this model does not list.
    public struct TaskField: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let tags = TaskField(rawValue: "TAGS")
        public static let knownValues: [Swift.String] = [
            "TAGS"
        ]
    }

    /// [TaskFilesystemType](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskFilesystemType.html); keeps a value the API returns that this model does not list.
    public struct TaskFilesystemType: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let ext3 = TaskFilesystemType(rawValue: "ext3")
        public static let ext4 = TaskFilesystemType(rawValue: "ext4")
        public static let xfs = TaskFilesystemType(rawValue: "xfs")
        public static let ntfs = TaskFilesystemType(rawValue: "ntfs")
        public static let knownValues: [Swift.String] = [
            "ext3", "ext4", "xfs", "ntfs"
        ]
    }

    /// [TaskStopCode](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskStopCode.html); keeps a value the API returns that this model does not list.
    public struct TaskStopCode: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let taskFailedToStart = TaskStopCode(rawValue: "TaskFailedToStart")
        public static let essentialContainerExited = TaskStopCode(rawValue: "EssentialContainerExited")
        public static let userInitiated = TaskStopCode(rawValue: "UserInitiated")
        public static let serviceSchedulerInitiated = TaskStopCode(rawValue: "ServiceSchedulerInitiated")
        public static let spotInterruption = TaskStopCode(rawValue: "SpotInterruption")
        public static let terminationNotice = TaskStopCode(rawValue: "TerminationNotice")
        public static let knownValues: [Swift.String] = [
            "TaskFailedToStart", "EssentialContainerExited", "UserInitiated",
            "ServiceSchedulerInitiated", "SpotInterruption", "TerminationNotice"
        ]
    }

    /// [TransportProtocol](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TransportProtocol.html); keeps a value the API returns that this model does not list.
    public struct TransportProtocol: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let tcp = TransportProtocol(rawValue: "tcp")
        public static let udp = TransportProtocol(rawValue: "udp")
        public static let knownValues: [Swift.String] = [
            "tcp", "udp"
        ]
    }

    /// [UlimitName](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UlimitName.html); keeps a value the API returns that this model does not list.
    public struct UlimitName: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let core = UlimitName(rawValue: "core")
        public static let cpu = UlimitName(rawValue: "cpu")
        public static let data = UlimitName(rawValue: "data")
        public static let fsize = UlimitName(rawValue: "fsize")
        public static let locks = UlimitName(rawValue: "locks")
        public static let memlock = UlimitName(rawValue: "memlock")
        public static let msgqueue = UlimitName(rawValue: "msgqueue")
        public static let nice = UlimitName(rawValue: "nice")
        public static let nofile = UlimitName(rawValue: "nofile")
        public static let nproc = UlimitName(rawValue: "nproc")
        public static let rss = UlimitName(rawValue: "rss")
        public static let rtprio = UlimitName(rawValue: "rtprio")
        public static let rttime = UlimitName(rawValue: "rttime")
        public static let sigpending = UlimitName(rawValue: "sigpending")
        public static let stack = UlimitName(rawValue: "stack")
        public static let knownValues: [Swift.String] = [
            "core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue", "nice", "nofile",
            "nproc", "rss", "rtprio", "rttime", "sigpending", "stack"
        ]
    }

    /// [VersionConsistency](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_VersionConsistency.html); keeps a value the API returns that this model does not list.
    public struct VersionConsistency: ECSEnum {
        public let rawValue: Swift.String
        public init(rawValue: Swift.String) { self.rawValue = rawValue }
        public static let enabled = VersionConsistency(rawValue: "enabled")
        public static let disabled = VersionConsistency(rawValue: "disabled")
        public static let knownValues: [Swift.String] = [
            "enabled", "disabled"
        ]
    }
}
