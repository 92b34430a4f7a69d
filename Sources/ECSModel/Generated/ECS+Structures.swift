// generated from botocore 1.43.11 by Tools/ecsmodel/generate.py, do not edit.
// Change the generator, the pinned version or Sources/ECSModel/Overlay.yaml and run it again.

extension ECS {
    /// [AcceleratorCountRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AcceleratorCountRequest.html)
    public struct AcceleratorCountRequest: ECSShape {
        public static let shapeName = "AcceleratorCountRequest"
        public var min: Swift.Int?
        public var max: Swift.Int?
        public init(min: Swift.Int? = nil, max: Swift.Int? = nil) {
            self.min = min
            self.max = max
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case min, max
            public static var shapeName: Swift.String { "AcceleratorCountRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            min = try c.decodeIfPresent(Swift.Int.self, forKey: .min)
            max = try c.decodeIfPresent(Swift.Int.self, forKey: .max)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(min, forKey: .min)
            try c.encodeIfPresent(max, forKey: .max)
        }
    }

    /// [AcceleratorTotalMemoryMiBRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AcceleratorTotalMemoryMiBRequest.html)
    public struct AcceleratorTotalMemoryMiBRequest: ECSShape {
        public static let shapeName = "AcceleratorTotalMemoryMiBRequest"
        public var min: Swift.Int?
        public var max: Swift.Int?
        public init(min: Swift.Int? = nil, max: Swift.Int? = nil) {
            self.min = min
            self.max = max
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case min, max
            public static var shapeName: Swift.String { "AcceleratorTotalMemoryMiBRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            min = try c.decodeIfPresent(Swift.Int.self, forKey: .min)
            max = try c.decodeIfPresent(Swift.Int.self, forKey: .max)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(min, forKey: .min)
            try c.encodeIfPresent(max, forKey: .max)
        }
    }

    /// [AdvancedConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AdvancedConfiguration.html)
    public struct AdvancedConfiguration: ECSShape {
        public static let shapeName = "AdvancedConfiguration"
        public var alternateTargetGroupArn: Swift.String?
        public var productionListenerRule: Swift.String?
        public var testListenerRule: Swift.String?
        public var roleArn: Swift.String?
        public init(
            alternateTargetGroupArn: Swift.String? = nil,
            productionListenerRule: Swift.String? = nil,
            testListenerRule: Swift.String? = nil,
            roleArn: Swift.String? = nil
        ) {
            self.alternateTargetGroupArn = alternateTargetGroupArn
            self.productionListenerRule = productionListenerRule
            self.testListenerRule = testListenerRule
            self.roleArn = roleArn
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case alternateTargetGroupArn, productionListenerRule, testListenerRule, roleArn
            public static var shapeName: Swift.String { "AdvancedConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            alternateTargetGroupArn = try c.decodeLenientStringIfPresent(forKey: .alternateTargetGroupArn)
            productionListenerRule = try c.decodeLenientStringIfPresent(forKey: .productionListenerRule)
            testListenerRule = try c.decodeLenientStringIfPresent(forKey: .testListenerRule)
            roleArn = try c.decodeLenientStringIfPresent(forKey: .roleArn)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(alternateTargetGroupArn, forKey: .alternateTargetGroupArn)
            try c.encodeIfPresent(productionListenerRule, forKey: .productionListenerRule)
            try c.encodeIfPresent(testListenerRule, forKey: .testListenerRule)
            try c.encodeIfPresent(roleArn, forKey: .roleArn)
        }
    }

    /// [Attachment](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Attachment.html)
    public struct Attachment: ECSShape {
        public static let shapeName = "Attachment"
        public var id: Swift.String?
        public var type: Swift.String?
        public var status: Swift.String?
        public var details: [KeyValuePair]?
        public init(
            id: Swift.String? = nil,
            type: Swift.String? = nil,
            status: Swift.String? = nil,
            details: [KeyValuePair]? = nil
        ) {
            self.id = id
            self.type = type
            self.status = status
            self.details = details
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case id, type, status, details
            public static var shapeName: Swift.String { "Attachment" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decodeLenientStringIfPresent(forKey: .id)
            type = try c.decodeLenientStringIfPresent(forKey: .type)
            status = try c.decodeLenientStringIfPresent(forKey: .status)
            details = try c.decodeIfPresent([KeyValuePair].self, forKey: .details)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(id, forKey: .id)
            try c.encodeIfPresent(type, forKey: .type)
            try c.encodeIfPresent(status, forKey: .status)
            try c.encodeIfPresent(details, forKey: .details)
        }
    }

    /// [Attribute](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Attribute.html)
    public struct Attribute: ECSShape {
        public static let shapeName = "Attribute"
        public var name: Swift.String
        public var value: Swift.String?
        public var targetType: TargetType?
        public var targetId: Swift.String?
        public init(
            name: Swift.String,
            value: Swift.String? = nil,
            targetType: TargetType? = nil,
            targetId: Swift.String? = nil
        ) {
            self.name = name
            self.value = value
            self.targetType = targetType
            self.targetId = targetId
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case name, value, targetType, targetId
            public static var shapeName: Swift.String { "Attribute" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(Swift.String.self, forKey: .name)
            value = try c.decodeLenientStringIfPresent(forKey: .value)
            targetType = try c.decodeIfPresent(TargetType.self, forKey: .targetType)
            targetId = try c.decodeLenientStringIfPresent(forKey: .targetId)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encodeIfPresent(value, forKey: .value)
            try c.encodeIfPresent(targetType, forKey: .targetType)
            try c.encodeIfPresent(targetId, forKey: .targetId)
        }
    }

    /// [AutoRepairConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AutoRepairConfiguration.html)
    public struct AutoRepairConfiguration: ECSShape {
        public static let shapeName = "AutoRepairConfiguration"
        public var actionsStatus: AutoRepairActionsStatus?
        public init(actionsStatus: AutoRepairActionsStatus? = nil) {
            self.actionsStatus = actionsStatus
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case actionsStatus
            public static var shapeName: Swift.String { "AutoRepairConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            actionsStatus = try c.decodeIfPresent(AutoRepairActionsStatus.self, forKey: .actionsStatus)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(actionsStatus, forKey: .actionsStatus)
        }
    }

    /// [AutoScalingGroupProvider](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AutoScalingGroupProvider.html)
    public struct AutoScalingGroupProvider: ECSShape {
        public static let shapeName = "AutoScalingGroupProvider"
        public var autoScalingGroupArn: Swift.String
        @Boxed public var managedScaling: ManagedScaling?
        public var managedTerminationProtection: ManagedTerminationProtection?
        public var managedDraining: ManagedDraining?
        public init(
            autoScalingGroupArn: Swift.String,
            managedScaling: ManagedScaling? = nil,
            managedTerminationProtection: ManagedTerminationProtection? = nil,
            managedDraining: ManagedDraining? = nil
        ) {
            self.autoScalingGroupArn = autoScalingGroupArn
            self.managedScaling = managedScaling
            self.managedTerminationProtection = managedTerminationProtection
            self.managedDraining = managedDraining
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case autoScalingGroupArn, managedScaling, managedTerminationProtection, managedDraining
            public static var shapeName: Swift.String { "AutoScalingGroupProvider" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            autoScalingGroupArn = try c.decode(Swift.String.self, forKey: .autoScalingGroupArn)
            managedScaling = try c.decodeIfPresent(ManagedScaling.self, forKey: .managedScaling)
            managedTerminationProtection = try c.decodeIfPresent(ManagedTerminationProtection.self, forKey: .managedTerminationProtection)
            managedDraining = try c.decodeIfPresent(ManagedDraining.self, forKey: .managedDraining)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(autoScalingGroupArn, forKey: .autoScalingGroupArn)
            try c.encodeIfPresent(managedScaling, forKey: .managedScaling)
            try c.encodeIfPresent(managedTerminationProtection, forKey: .managedTerminationProtection)
            try c.encodeIfPresent(managedDraining, forKey: .managedDraining)
        }
    }

    /// [AwsVpcConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html)
    public struct AwsVpcConfiguration: ECSShape {
        public static let shapeName = "AwsVpcConfiguration"
        public var subnets: [Swift.String]
        public var securityGroups: [Swift.String]?
        public var assignPublicIp: AssignPublicIp?
        public init(
            subnets: [Swift.String],
            securityGroups: [Swift.String]? = nil,
            assignPublicIp: AssignPublicIp? = nil
        ) {
            self.subnets = subnets
            self.securityGroups = securityGroups
            self.assignPublicIp = assignPublicIp
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case subnets, securityGroups, assignPublicIp
            public static var shapeName: Swift.String { "AwsVpcConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            subnets = try c.decode([Swift.String].self, forKey: .subnets)
            securityGroups = try c.decodeIfPresent([Swift.String].self, forKey: .securityGroups)
            assignPublicIp = try c.decodeIfPresent(AssignPublicIp.self, forKey: .assignPublicIp)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(subnets, forKey: .subnets)
            try c.encodeIfPresent(securityGroups, forKey: .securityGroups)
            try c.encodeIfPresent(assignPublicIp, forKey: .assignPublicIp)
        }
    }

    /// [BaselineEbsBandwidthMbpsRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_BaselineEbsBandwidthMbpsRequest.html)
    public struct BaselineEbsBandwidthMbpsRequest: ECSShape {
        public static let shapeName = "BaselineEbsBandwidthMbpsRequest"
        public var min: Swift.Int?
        public var max: Swift.Int?
        public init(min: Swift.Int? = nil, max: Swift.Int? = nil) {
            self.min = min
            self.max = max
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case min, max
            public static var shapeName: Swift.String { "BaselineEbsBandwidthMbpsRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            min = try c.decodeIfPresent(Swift.Int.self, forKey: .min)
            max = try c.decodeIfPresent(Swift.Int.self, forKey: .max)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(min, forKey: .min)
            try c.encodeIfPresent(max, forKey: .max)
        }
    }

    /// [CanaryConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CanaryConfiguration.html)
    public struct CanaryConfiguration: ECSShape {
        public static let shapeName = "CanaryConfiguration"
        public var canaryPercent: Swift.Double?
        public var canaryBakeTimeInMinutes: Swift.Int?
        public init(canaryPercent: Swift.Double? = nil, canaryBakeTimeInMinutes: Swift.Int? = nil) {
            self.canaryPercent = canaryPercent
            self.canaryBakeTimeInMinutes = canaryBakeTimeInMinutes
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case canaryPercent, canaryBakeTimeInMinutes
            public static var shapeName: Swift.String { "CanaryConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            canaryPercent = try c.decodeIfPresent(Swift.Double.self, forKey: .canaryPercent)
            canaryBakeTimeInMinutes = try c.decodeIfPresent(Swift.Int.self, forKey: .canaryBakeTimeInMinutes)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(canaryPercent, forKey: .canaryPercent)
            try c.encodeIfPresent(canaryBakeTimeInMinutes, forKey: .canaryBakeTimeInMinutes)
        }
    }

    /// [CapacityProvider](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProvider.html)
    public struct CapacityProvider: ECSShape {
        public static let shapeName = "CapacityProvider"
        public var capacityProviderArn: Swift.String?
        public var name: Swift.String?
        public var cluster: Swift.String?
        public var status: CapacityProviderStatus?
        @Boxed public var autoScalingGroupProvider: AutoScalingGroupProvider?
        @Boxed public var managedInstancesProvider: ManagedInstancesProvider?
        public var updateStatus: CapacityProviderUpdateStatus?
        public var updateStatusReason: Swift.String?
        public var tags: [Tag]?
        public var type: CapacityProviderType?
        public init(
            capacityProviderArn: Swift.String? = nil,
            name: Swift.String? = nil,
            cluster: Swift.String? = nil,
            status: CapacityProviderStatus? = nil,
            autoScalingGroupProvider: AutoScalingGroupProvider? = nil,
            managedInstancesProvider: ManagedInstancesProvider? = nil,
            updateStatus: CapacityProviderUpdateStatus? = nil,
            updateStatusReason: Swift.String? = nil,
            tags: [Tag]? = nil,
            type: CapacityProviderType? = nil
        ) {
            self.capacityProviderArn = capacityProviderArn
            self.name = name
            self.cluster = cluster
            self.status = status
            self.autoScalingGroupProvider = autoScalingGroupProvider
            self.managedInstancesProvider = managedInstancesProvider
            self.updateStatus = updateStatus
            self.updateStatusReason = updateStatusReason
            self.tags = tags
            self.type = type
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case capacityProviderArn, name, cluster, status, autoScalingGroupProvider,
                 managedInstancesProvider, updateStatus, updateStatusReason, tags, type
            public static var shapeName: Swift.String { "CapacityProvider" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            capacityProviderArn = try c.decodeLenientStringIfPresent(forKey: .capacityProviderArn)
            name = try c.decodeLenientStringIfPresent(forKey: .name)
            cluster = try c.decodeLenientStringIfPresent(forKey: .cluster)
            status = try c.decodeIfPresent(CapacityProviderStatus.self, forKey: .status)
            autoScalingGroupProvider = try c.decodeIfPresent(AutoScalingGroupProvider.self, forKey: .autoScalingGroupProvider)
            managedInstancesProvider = try c.decodeIfPresent(ManagedInstancesProvider.self, forKey: .managedInstancesProvider)
            updateStatus = try c.decodeIfPresent(CapacityProviderUpdateStatus.self, forKey: .updateStatus)
            updateStatusReason = try c.decodeLenientStringIfPresent(forKey: .updateStatusReason)
            tags = try c.decodeIfPresent([Tag].self, forKey: .tags)
            type = try c.decodeIfPresent(CapacityProviderType.self, forKey: .type)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(capacityProviderArn, forKey: .capacityProviderArn)
            try c.encodeIfPresent(name, forKey: .name)
            try c.encodeIfPresent(cluster, forKey: .cluster)
            try c.encodeIfPresent(status, forKey: .status)
            try c.encodeIfPresent(autoScalingGroupProvider, forKey: .autoScalingGroupProvider)
            try c.encodeIfPresent(managedInstancesProvider, forKey: .managedInstancesProvider)
            try c.encodeIfPresent(updateStatus, forKey: .updateStatus)
            try c.encodeIfPresent(updateStatusReason, forKey: .updateStatusReason)
            try c.encodeIfPresent(tags, forKey: .tags)
            try c.encodeIfPresent(type, forKey: .type)
        }
    }

    /// [CapacityProviderStrategyItem](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html)
    public struct CapacityProviderStrategyItem: ECSShape {
        public static let shapeName = "CapacityProviderStrategyItem"
        public var capacityProvider: Swift.String
        public var weight: Swift.Int?
        public var base: Swift.Int?
        public init(
            capacityProvider: Swift.String,
            weight: Swift.Int? = nil,
            base: Swift.Int? = nil
        ) {
            self.capacityProvider = capacityProvider
            self.weight = weight
            self.base = base
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case capacityProvider, weight, base
            public static var shapeName: Swift.String { "CapacityProviderStrategyItem" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            capacityProvider = try c.decode(Swift.String.self, forKey: .capacityProvider)
            weight = try c.decodeIfPresent(Swift.Int.self, forKey: .weight)
            base = try c.decodeIfPresent(Swift.Int.self, forKey: .base)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(capacityProvider, forKey: .capacityProvider)
            try c.encodeIfPresent(weight, forKey: .weight)
            try c.encodeIfPresent(base, forKey: .base)
        }
    }

    /// [CapacityReservationRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityReservationRequest.html)
    public struct CapacityReservationRequest: ECSShape {
        public static let shapeName = "CapacityReservationRequest"
        public var reservationGroupArn: Swift.String?
        public var reservationPreference: CapacityReservationPreference?
        public init(
            reservationGroupArn: Swift.String? = nil,
            reservationPreference: CapacityReservationPreference? = nil
        ) {
            self.reservationGroupArn = reservationGroupArn
            self.reservationPreference = reservationPreference
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case reservationGroupArn, reservationPreference
            public static var shapeName: Swift.String { "CapacityReservationRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            reservationGroupArn = try c.decodeLenientStringIfPresent(forKey: .reservationGroupArn)
            reservationPreference = try c.decodeIfPresent(CapacityReservationPreference.self, forKey: .reservationPreference)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(reservationGroupArn, forKey: .reservationGroupArn)
            try c.encodeIfPresent(reservationPreference, forKey: .reservationPreference)
        }
    }

    /// [Cluster](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Cluster.html)
    public struct Cluster: ECSShape {
        public static let shapeName = "Cluster"
        public var clusterArn: Swift.String?
        public var clusterName: Swift.String?
        @Boxed public var configuration: ClusterConfiguration?
        public var status: Swift.String?
        public var registeredContainerInstancesCount: Swift.Int?
        public var runningTasksCount: Swift.Int?
        public var pendingTasksCount: Swift.Int?
        public var activeServicesCount: Swift.Int?
        public var statistics: [KeyValuePair]?
        public var tags: [Tag]?
        public var settings: [ClusterSetting]?
        public var capacityProviders: [Swift.String]?
        public var defaultCapacityProviderStrategy: [CapacityProviderStrategyItem]?
        public var attachments: [Attachment]?
        public var attachmentsStatus: Swift.String?
        @Boxed public var serviceConnectDefaults: ClusterServiceConnectDefaults?
        public init(
            clusterArn: Swift.String? = nil,
            clusterName: Swift.String? = nil,
            configuration: ClusterConfiguration? = nil,
            status: Swift.String? = nil,
            registeredContainerInstancesCount: Swift.Int? = nil,
            runningTasksCount: Swift.Int? = nil,
            pendingTasksCount: Swift.Int? = nil,
            activeServicesCount: Swift.Int? = nil,
            statistics: [KeyValuePair]? = nil,
            tags: [Tag]? = nil,
            settings: [ClusterSetting]? = nil,
            capacityProviders: [Swift.String]? = nil,
            defaultCapacityProviderStrategy: [CapacityProviderStrategyItem]? = nil,
            attachments: [Attachment]? = nil,
            attachmentsStatus: Swift.String? = nil,
            serviceConnectDefaults: ClusterServiceConnectDefaults? = nil
        ) {
            self.clusterArn = clusterArn
            self.clusterName = clusterName
            self.configuration = configuration
            self.status = status
            self.registeredContainerInstancesCount = registeredContainerInstancesCount
            self.runningTasksCount = runningTasksCount
            self.pendingTasksCount = pendingTasksCount
            self.activeServicesCount = activeServicesCount
            self.statistics = statistics
            self.tags = tags
            self.settings = settings
            self.capacityProviders = capacityProviders
            self.defaultCapacityProviderStrategy = defaultCapacityProviderStrategy
            self.attachments = attachments
            self.attachmentsStatus = attachmentsStatus
            self.serviceConnectDefaults = serviceConnectDefaults
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case clusterArn, clusterName, configuration, status, registeredContainerInstancesCount,
                 runningTasksCount, pendingTasksCount, activeServicesCount, statistics, tags,
                 settings, capacityProviders, defaultCapacityProviderStrategy, attachments,
                 attachmentsStatus, serviceConnectDefaults
            public static var shapeName: Swift.String { "Cluster" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            clusterArn = try c.decodeLenientStringIfPresent(forKey: .clusterArn)
            clusterName = try c.decodeLenientStringIfPresent(forKey: .clusterName)
            configuration = try c.decodeIfPresent(ClusterConfiguration.self, forKey: .configuration)
            status = try c.decodeLenientStringIfPresent(forKey: .status)
            registeredContainerInstancesCount = try c.decodeIfPresent(Swift.Int.self, forKey: .registeredContainerInstancesCount)
            runningTasksCount = try c.decodeIfPresent(Swift.Int.self, forKey: .runningTasksCount)
            pendingTasksCount = try c.decodeIfPresent(Swift.Int.self, forKey: .pendingTasksCount)
            activeServicesCount = try c.decodeIfPresent(Swift.Int.self, forKey: .activeServicesCount)
            statistics = try c.decodeIfPresent([KeyValuePair].self, forKey: .statistics)
            tags = try c.decodeIfPresent([Tag].self, forKey: .tags)
            settings = try c.decodeIfPresent([ClusterSetting].self, forKey: .settings)
            capacityProviders = try c.decodeIfPresent([Swift.String].self, forKey: .capacityProviders)
            defaultCapacityProviderStrategy = try c.decodeIfPresent([CapacityProviderStrategyItem].self, forKey: .defaultCapacityProviderStrategy)
            attachments = try c.decodeIfPresent([Attachment].self, forKey: .attachments)
            attachmentsStatus = try c.decodeLenientStringIfPresent(forKey: .attachmentsStatus)
            serviceConnectDefaults = try c.decodeIfPresent(ClusterServiceConnectDefaults.self, forKey: .serviceConnectDefaults)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(clusterArn, forKey: .clusterArn)
            try c.encodeIfPresent(clusterName, forKey: .clusterName)
            try c.encodeIfPresent(configuration, forKey: .configuration)
            try c.encodeIfPresent(status, forKey: .status)
            try c.encodeIfPresent(registeredContainerInstancesCount, forKey: .registeredContainerInstancesCount)
            try c.encodeIfPresent(runningTasksCount, forKey: .runningTasksCount)
            try c.encodeIfPresent(pendingTasksCount, forKey: .pendingTasksCount)
            try c.encodeIfPresent(activeServicesCount, forKey: .activeServicesCount)
            try c.encodeIfPresent(statistics, forKey: .statistics)
            try c.encodeIfPresent(tags, forKey: .tags)
            try c.encodeIfPresent(settings, forKey: .settings)
            try c.encodeIfPresent(capacityProviders, forKey: .capacityProviders)
            try c.encodeIfPresent(defaultCapacityProviderStrategy, forKey: .defaultCapacityProviderStrategy)
            try c.encodeIfPresent(attachments, forKey: .attachments)
            try c.encodeIfPresent(attachmentsStatus, forKey: .attachmentsStatus)
            try c.encodeIfPresent(serviceConnectDefaults, forKey: .serviceConnectDefaults)
        }
    }

    /// [ClusterConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ClusterConfiguration.html)
    public struct ClusterConfiguration: ECSShape {
        public static let shapeName = "ClusterConfiguration"
        @Boxed public var executeCommandConfiguration: ExecuteCommandConfiguration?
        @Boxed public var managedStorageConfiguration: ManagedStorageConfiguration?
        public init(
            executeCommandConfiguration: ExecuteCommandConfiguration? = nil,
            managedStorageConfiguration: ManagedStorageConfiguration? = nil
        ) {
            self.executeCommandConfiguration = executeCommandConfiguration
            self.managedStorageConfiguration = managedStorageConfiguration
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case executeCommandConfiguration, managedStorageConfiguration
            public static var shapeName: Swift.String { "ClusterConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            executeCommandConfiguration = try c.decodeIfPresent(ExecuteCommandConfiguration.self, forKey: .executeCommandConfiguration)
            managedStorageConfiguration = try c.decodeIfPresent(ManagedStorageConfiguration.self, forKey: .managedStorageConfiguration)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(executeCommandConfiguration, forKey: .executeCommandConfiguration)
            try c.encodeIfPresent(managedStorageConfiguration, forKey: .managedStorageConfiguration)
        }
    }

    /// [ClusterServiceConnectDefaults](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ClusterServiceConnectDefaults.html)
    public struct ClusterServiceConnectDefaults: ECSShape {
        public static let shapeName = "ClusterServiceConnectDefaults"
        public var namespace: Swift.String?
        public init(namespace: Swift.String? = nil) {
            self.namespace = namespace
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case namespace
            public static var shapeName: Swift.String { "ClusterServiceConnectDefaults" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            namespace = try c.decodeLenientStringIfPresent(forKey: .namespace)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(namespace, forKey: .namespace)
        }
    }

    /// [ClusterServiceConnectDefaultsRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ClusterServiceConnectDefaultsRequest.html)
    public struct ClusterServiceConnectDefaultsRequest: ECSShape {
        public static let shapeName = "ClusterServiceConnectDefaultsRequest"
        public var namespace: Swift.String
        public init(namespace: Swift.String) {
            self.namespace = namespace
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case namespace
            public static var shapeName: Swift.String { "ClusterServiceConnectDefaultsRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            namespace = try c.decode(Swift.String.self, forKey: .namespace)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(namespace, forKey: .namespace)
        }
    }

    /// [ClusterSetting](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ClusterSetting.html)
    public struct ClusterSetting: ECSShape {
        public static let shapeName = "ClusterSetting"
        public var name: ClusterSettingName?
        public var value: Swift.String?
        public init(name: ClusterSettingName? = nil, value: Swift.String? = nil) {
            self.name = name
            self.value = value
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case name, value
            public static var shapeName: Swift.String { "ClusterSetting" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decodeIfPresent(ClusterSettingName.self, forKey: .name)
            value = try c.decodeLenientStringIfPresent(forKey: .value)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(name, forKey: .name)
            try c.encodeIfPresent(value, forKey: .value)
        }
    }

    /// [Container](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Container.html)
    public struct Container: ECSShape {
        public static let shapeName = "Container"
        public var containerArn: Swift.String?
        public var taskArn: Swift.String?
        public var name: Swift.String?
        public var image: Swift.String?
        public var imageDigest: Swift.String?
        public var runtimeId: Swift.String?
        public var lastStatus: Swift.String?
        public var exitCode: Swift.Int?
        public var reason: Swift.String?
        public var networkBindings: [NetworkBinding]?
        public var networkInterfaces: [NetworkInterface]?
        public var healthStatus: HealthStatus?
        public var managedAgents: [ManagedAgent]?
        public var cpu: Swift.String?
        public var memory: Swift.String?
        public var memoryReservation: Swift.String?
        public var gpuIds: [Swift.String]?
        public init(
            containerArn: Swift.String? = nil,
            taskArn: Swift.String? = nil,
            name: Swift.String? = nil,
            image: Swift.String? = nil,
            imageDigest: Swift.String? = nil,
            runtimeId: Swift.String? = nil,
            lastStatus: Swift.String? = nil,
            exitCode: Swift.Int? = nil,
            reason: Swift.String? = nil,
            networkBindings: [NetworkBinding]? = nil,
            networkInterfaces: [NetworkInterface]? = nil,
            healthStatus: HealthStatus? = nil,
            managedAgents: [ManagedAgent]? = nil,
            cpu: Swift.String? = nil,
            memory: Swift.String? = nil,
            memoryReservation: Swift.String? = nil,
            gpuIds: [Swift.String]? = nil
        ) {
            self.containerArn = containerArn
            self.taskArn = taskArn
            self.name = name
            self.image = image
            self.imageDigest = imageDigest
            self.runtimeId = runtimeId
            self.lastStatus = lastStatus
            self.exitCode = exitCode
            self.reason = reason
            self.networkBindings = networkBindings
            self.networkInterfaces = networkInterfaces
            self.healthStatus = healthStatus
            self.managedAgents = managedAgents
            self.cpu = cpu
            self.memory = memory
            self.memoryReservation = memoryReservation
            self.gpuIds = gpuIds
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case containerArn, taskArn, name, image, imageDigest, runtimeId, lastStatus, exitCode,
                 reason, networkBindings, networkInterfaces, healthStatus, managedAgents, cpu,
                 memory, memoryReservation, gpuIds
            public static var shapeName: Swift.String { "Container" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            containerArn = try c.decodeLenientStringIfPresent(forKey: .containerArn)
            taskArn = try c.decodeLenientStringIfPresent(forKey: .taskArn)
            name = try c.decodeLenientStringIfPresent(forKey: .name)
            image = try c.decodeLenientStringIfPresent(forKey: .image)
            imageDigest = try c.decodeLenientStringIfPresent(forKey: .imageDigest)
            runtimeId = try c.decodeLenientStringIfPresent(forKey: .runtimeId)
            lastStatus = try c.decodeLenientStringIfPresent(forKey: .lastStatus)
            exitCode = try c.decodeIfPresent(Swift.Int.self, forKey: .exitCode)
            reason = try c.decodeLenientStringIfPresent(forKey: .reason)
            networkBindings = try c.decodeIfPresent([NetworkBinding].self, forKey: .networkBindings)
            networkInterfaces = try c.decodeIfPresent([NetworkInterface].self, forKey: .networkInterfaces)
            healthStatus = try c.decodeIfPresent(HealthStatus.self, forKey: .healthStatus)
            managedAgents = try c.decodeIfPresent([ManagedAgent].self, forKey: .managedAgents)
            cpu = try c.decodeLenientStringIfPresent(forKey: .cpu)
            memory = try c.decodeLenientStringIfPresent(forKey: .memory)
            memoryReservation = try c.decodeLenientStringIfPresent(forKey: .memoryReservation)
            gpuIds = try c.decodeIfPresent([Swift.String].self, forKey: .gpuIds)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(containerArn, forKey: .containerArn)
            try c.encodeIfPresent(taskArn, forKey: .taskArn)
            try c.encodeIfPresent(name, forKey: .name)
            try c.encodeIfPresent(image, forKey: .image)
            try c.encodeIfPresent(imageDigest, forKey: .imageDigest)
            try c.encodeIfPresent(runtimeId, forKey: .runtimeId)
            try c.encodeIfPresent(lastStatus, forKey: .lastStatus)
            try c.encodeIfPresent(exitCode, forKey: .exitCode)
            try c.encodeIfPresent(reason, forKey: .reason)
            try c.encodeIfPresent(networkBindings, forKey: .networkBindings)
            try c.encodeIfPresent(networkInterfaces, forKey: .networkInterfaces)
            try c.encodeIfPresent(healthStatus, forKey: .healthStatus)
            try c.encodeIfPresent(managedAgents, forKey: .managedAgents)
            try c.encodeIfPresent(cpu, forKey: .cpu)
            try c.encodeIfPresent(memory, forKey: .memory)
            try c.encodeIfPresent(memoryReservation, forKey: .memoryReservation)
            try c.encodeIfPresent(gpuIds, forKey: .gpuIds)
        }
    }

    /// [ContainerDefinition](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html)
    public struct ContainerDefinition: ECSShape {
        public static let shapeName = "ContainerDefinition"
        public var name: Swift.String?
        public var image: Swift.String?
        @Boxed public var repositoryCredentials: RepositoryCredentials?
        public var cpu: Swift.Int?
        public var memory: Swift.Int?
        public var memoryReservation: Swift.Int?
        public var links: [Swift.String]?
        public var portMappings: [PortMapping]?
        public var essential: Swift.Bool?
        @Boxed public var restartPolicy: ContainerRestartPolicy?
        public var entryPoint: [Swift.String]?
        public var command: [Swift.String]?
        public var environment: [KeyValuePair]?
        public var environmentFiles: [EnvironmentFile]?
        public var mountPoints: [MountPoint]?
        public var volumesFrom: [VolumeFrom]?
        @Boxed public var linuxParameters: LinuxParameters?
        public var secrets: [Secret]?
        public var dependsOn: [ContainerDependency]?
        public var startTimeout: Swift.Int?
        public var stopTimeout: Swift.Int?
        public var versionConsistency: VersionConsistency?
        public var hostname: Swift.String?
        public var user: Swift.String?
        public var workingDirectory: Swift.String?
        public var disableNetworking: Swift.Bool?
        public var privileged: Swift.Bool?
        public var readonlyRootFilesystem: Swift.Bool?
        public var dnsServers: [Swift.String]?
        public var dnsSearchDomains: [Swift.String]?
        public var extraHosts: [HostEntry]?
        public var dockerSecurityOptions: [Swift.String]?
        public var interactive: Swift.Bool?
        public var pseudoTerminal: Swift.Bool?
        public var dockerLabels: [Swift.String: Swift.String]?
        public var ulimits: [Ulimit]?
        @Boxed public var logConfiguration: LogConfiguration?
        @Boxed public var healthCheck: HealthCheck?
        public var systemControls: [SystemControl]?
        public var resourceRequirements: [ResourceRequirement]?
        @Boxed public var firelensConfiguration: FirelensConfiguration?
        public var credentialSpecs: [Swift.String]?
        public init(
            name: Swift.String? = nil,
            image: Swift.String? = nil,
            repositoryCredentials: RepositoryCredentials? = nil,
            cpu: Swift.Int? = nil,
            memory: Swift.Int? = nil,
            memoryReservation: Swift.Int? = nil,
            links: [Swift.String]? = nil,
            portMappings: [PortMapping]? = nil,
            essential: Swift.Bool? = nil,
            restartPolicy: ContainerRestartPolicy? = nil,
            entryPoint: [Swift.String]? = nil,
            command: [Swift.String]? = nil,
            environment: [KeyValuePair]? = nil,
            environmentFiles: [EnvironmentFile]? = nil,
            mountPoints: [MountPoint]? = nil,
            volumesFrom: [VolumeFrom]? = nil,
            linuxParameters: LinuxParameters? = nil,
            secrets: [Secret]? = nil,
            dependsOn: [ContainerDependency]? = nil,
            startTimeout: Swift.Int? = nil,
            stopTimeout: Swift.Int? = nil,
            versionConsistency: VersionConsistency? = nil,
            hostname: Swift.String? = nil,
            user: Swift.String? = nil,
            workingDirectory: Swift.String? = nil,
            disableNetworking: Swift.Bool? = nil,
            privileged: Swift.Bool? = nil,
            readonlyRootFilesystem: Swift.Bool? = nil,
            dnsServers: [Swift.String]? = nil,
            dnsSearchDomains: [Swift.String]? = nil,
            extraHosts: [HostEntry]? = nil,
            dockerSecurityOptions: [Swift.String]? = nil,
            interactive: Swift.Bool? = nil,
            pseudoTerminal: Swift.Bool? = nil,
            dockerLabels: [Swift.String: Swift.String]? = nil,
            ulimits: [Ulimit]? = nil,
            logConfiguration: LogConfiguration? = nil,
            healthCheck: HealthCheck? = nil,
            systemControls: [SystemControl]? = nil,
            resourceRequirements: [ResourceRequirement]? = nil,
            firelensConfiguration: FirelensConfiguration? = nil,
            credentialSpecs: [Swift.String]? = nil
        ) {
            self.name = name
            self.image = image
            self.repositoryCredentials = repositoryCredentials
            self.cpu = cpu
            self.memory = memory
            self.memoryReservation = memoryReservation
            self.links = links
            self.portMappings = portMappings
            self.essential = essential
            self.restartPolicy = restartPolicy
            self.entryPoint = entryPoint
            self.command = command
            self.environment = environment
            self.environmentFiles = environmentFiles
            self.mountPoints = mountPoints
            self.volumesFrom = volumesFrom
            self.linuxParameters = linuxParameters
            self.secrets = secrets
            self.dependsOn = dependsOn
            self.startTimeout = startTimeout
            self.stopTimeout = stopTimeout
            self.versionConsistency = versionConsistency
            self.hostname = hostname
            self.user = user
            self.workingDirectory = workingDirectory
            self.disableNetworking = disableNetworking
            self.privileged = privileged
            self.readonlyRootFilesystem = readonlyRootFilesystem
            self.dnsServers = dnsServers
            self.dnsSearchDomains = dnsSearchDomains
            self.extraHosts = extraHosts
            self.dockerSecurityOptions = dockerSecurityOptions
            self.interactive = interactive
            self.pseudoTerminal = pseudoTerminal
            self.dockerLabels = dockerLabels
            self.ulimits = ulimits
            self.logConfiguration = logConfiguration
            self.healthCheck = healthCheck
            self.systemControls = systemControls
            self.resourceRequirements = resourceRequirements
            self.firelensConfiguration = firelensConfiguration
            self.credentialSpecs = credentialSpecs
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case name, image, repositoryCredentials, cpu, memory, memoryReservation, links,
                 portMappings, essential, restartPolicy, entryPoint, command, environment,
                 environmentFiles, mountPoints, volumesFrom, linuxParameters, secrets, dependsOn,
                 startTimeout, stopTimeout, versionConsistency, hostname, user, workingDirectory,
                 disableNetworking, privileged, readonlyRootFilesystem, dnsServers,
                 dnsSearchDomains, extraHosts, dockerSecurityOptions, interactive, pseudoTerminal,
                 dockerLabels, ulimits, logConfiguration, healthCheck, systemControls,
                 resourceRequirements, firelensConfiguration, credentialSpecs
            public static var shapeName: Swift.String { "ContainerDefinition" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decodeLenientStringIfPresent(forKey: .name)
            image = try c.decodeLenientStringIfPresent(forKey: .image)
            repositoryCredentials = try c.decodeIfPresent(RepositoryCredentials.self, forKey: .repositoryCredentials)
            cpu = try c.decodeIfPresent(Swift.Int.self, forKey: .cpu)
            memory = try c.decodeIfPresent(Swift.Int.self, forKey: .memory)
            memoryReservation = try c.decodeIfPresent(Swift.Int.self, forKey: .memoryReservation)
            links = try c.decodeIfPresent([Swift.String].self, forKey: .links)
            portMappings = try c.decodeIfPresent([PortMapping].self, forKey: .portMappings)
            essential = try c.decodeIfPresent(Swift.Bool.self, forKey: .essential)
            restartPolicy = try c.decodeIfPresent(ContainerRestartPolicy.self, forKey: .restartPolicy)
            entryPoint = try c.decodeIfPresent([Swift.String].self, forKey: .entryPoint)
            command = try c.decodeIfPresent([Swift.String].self, forKey: .command)
            environment = try c.decodeIfPresent([KeyValuePair].self, forKey: .environment)
            environmentFiles = try c.decodeIfPresent([EnvironmentFile].self, forKey: .environmentFiles)
            mountPoints = try c.decodeIfPresent([MountPoint].self, forKey: .mountPoints)
            volumesFrom = try c.decodeIfPresent([VolumeFrom].self, forKey: .volumesFrom)
            linuxParameters = try c.decodeIfPresent(LinuxParameters.self, forKey: .linuxParameters)
            secrets = try c.decodeIfPresent([Secret].self, forKey: .secrets)
            dependsOn = try c.decodeIfPresent([ContainerDependency].self, forKey: .dependsOn)
            startTimeout = try c.decodeIfPresent(Swift.Int.self, forKey: .startTimeout)
            stopTimeout = try c.decodeIfPresent(Swift.Int.self, forKey: .stopTimeout)
            versionConsistency = try c.decodeIfPresent(VersionConsistency.self, forKey: .versionConsistency)
            hostname = try c.decodeLenientStringIfPresent(forKey: .hostname)
            user = try c.decodeLenientStringIfPresent(forKey: .user)
            workingDirectory = try c.decodeLenientStringIfPresent(forKey: .workingDirectory)
            disableNetworking = try c.decodeIfPresent(Swift.Bool.self, forKey: .disableNetworking)
            privileged = try c.decodeIfPresent(Swift.Bool.self, forKey: .privileged)
            readonlyRootFilesystem = try c.decodeIfPresent(Swift.Bool.self, forKey: .readonlyRootFilesystem)
            dnsServers = try c.decodeIfPresent([Swift.String].self, forKey: .dnsServers)
            dnsSearchDomains = try c.decodeIfPresent([Swift.String].self, forKey: .dnsSearchDomains)
            extraHosts = try c.decodeIfPresent([HostEntry].self, forKey: .extraHosts)
            dockerSecurityOptions = try c.decodeIfPresent([Swift.String].self, forKey: .dockerSecurityOptions)
            interactive = try c.decodeIfPresent(Swift.Bool.self, forKey: .interactive)
            pseudoTerminal = try c.decodeIfPresent(Swift.Bool.self, forKey: .pseudoTerminal)
            dockerLabels = try c.decodeIfPresent([Swift.String: Swift.String].self, forKey: .dockerLabels)
            ulimits = try c.decodeIfPresent([Ulimit].self, forKey: .ulimits)
            logConfiguration = try c.decodeIfPresent(LogConfiguration.self, forKey: .logConfiguration)
            healthCheck = try c.decodeIfPresent(HealthCheck.self, forKey: .healthCheck)
            systemControls = try c.decodeIfPresent([SystemControl].self, forKey: .systemControls)
            resourceRequirements = try c.decodeIfPresent([ResourceRequirement].self, forKey: .resourceRequirements)
            firelensConfiguration = try c.decodeIfPresent(FirelensConfiguration.self, forKey: .firelensConfiguration)
            credentialSpecs = try c.decodeIfPresent([Swift.String].self, forKey: .credentialSpecs)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(name, forKey: .name)
            try c.encodeIfPresent(image, forKey: .image)
            try c.encodeIfPresent(repositoryCredentials, forKey: .repositoryCredentials)
            try c.encodeIfPresent(cpu, forKey: .cpu)
            try c.encodeIfPresent(memory, forKey: .memory)
            try c.encodeIfPresent(memoryReservation, forKey: .memoryReservation)
            try c.encodeIfPresent(links, forKey: .links)
            try c.encodeIfPresent(portMappings, forKey: .portMappings)
            try c.encodeIfPresent(essential, forKey: .essential)
            try c.encodeIfPresent(restartPolicy, forKey: .restartPolicy)
            try c.encodeIfPresent(entryPoint, forKey: .entryPoint)
            try c.encodeIfPresent(command, forKey: .command)
            try c.encodeIfPresent(environment, forKey: .environment)
            try c.encodeIfPresent(environmentFiles, forKey: .environmentFiles)
            try c.encodeIfPresent(mountPoints, forKey: .mountPoints)
            try c.encodeIfPresent(volumesFrom, forKey: .volumesFrom)
            try c.encodeIfPresent(linuxParameters, forKey: .linuxParameters)
            try c.encodeIfPresent(secrets, forKey: .secrets)
            try c.encodeIfPresent(dependsOn, forKey: .dependsOn)
            try c.encodeIfPresent(startTimeout, forKey: .startTimeout)
            try c.encodeIfPresent(stopTimeout, forKey: .stopTimeout)
            try c.encodeIfPresent(versionConsistency, forKey: .versionConsistency)
            try c.encodeIfPresent(hostname, forKey: .hostname)
            try c.encodeIfPresent(user, forKey: .user)
            try c.encodeIfPresent(workingDirectory, forKey: .workingDirectory)
            try c.encodeIfPresent(disableNetworking, forKey: .disableNetworking)
            try c.encodeIfPresent(privileged, forKey: .privileged)
            try c.encodeIfPresent(readonlyRootFilesystem, forKey: .readonlyRootFilesystem)
            try c.encodeIfPresent(dnsServers, forKey: .dnsServers)
            try c.encodeIfPresent(dnsSearchDomains, forKey: .dnsSearchDomains)
            try c.encodeIfPresent(extraHosts, forKey: .extraHosts)
            try c.encodeIfPresent(dockerSecurityOptions, forKey: .dockerSecurityOptions)
            try c.encodeIfPresent(interactive, forKey: .interactive)
            try c.encodeIfPresent(pseudoTerminal, forKey: .pseudoTerminal)
            try c.encodeIfPresent(dockerLabels, forKey: .dockerLabels)
            try c.encodeIfPresent(ulimits, forKey: .ulimits)
            try c.encodeIfPresent(logConfiguration, forKey: .logConfiguration)
            try c.encodeIfPresent(healthCheck, forKey: .healthCheck)
            try c.encodeIfPresent(systemControls, forKey: .systemControls)
            try c.encodeIfPresent(resourceRequirements, forKey: .resourceRequirements)
            try c.encodeIfPresent(firelensConfiguration, forKey: .firelensConfiguration)
            try c.encodeIfPresent(credentialSpecs, forKey: .credentialSpecs)
        }
    }

    /// [ContainerDependency](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDependency.html)
    public struct ContainerDependency: ECSShape {
        public static let shapeName = "ContainerDependency"
        public var containerName: Swift.String
        public var condition: ContainerCondition
        public init(containerName: Swift.String, condition: ContainerCondition) {
            self.containerName = containerName
            self.condition = condition
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case containerName, condition
            public static var shapeName: Swift.String { "ContainerDependency" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            containerName = try c.decode(Swift.String.self, forKey: .containerName)
            condition = try c.decode(ContainerCondition.self, forKey: .condition)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(containerName, forKey: .containerName)
            try c.encode(condition, forKey: .condition)
        }
    }

    /// [ContainerImage](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerImage.html)
    public struct ContainerImage: ECSShape {
        public static let shapeName = "ContainerImage"
        public var containerName: Swift.String?
        public var imageDigest: Swift.String?
        public var image: Swift.String?
        public init(
            containerName: Swift.String? = nil,
            imageDigest: Swift.String? = nil,
            image: Swift.String? = nil
        ) {
            self.containerName = containerName
            self.imageDigest = imageDigest
            self.image = image
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case containerName, imageDigest, image
            public static var shapeName: Swift.String { "ContainerImage" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            containerName = try c.decodeLenientStringIfPresent(forKey: .containerName)
            imageDigest = try c.decodeLenientStringIfPresent(forKey: .imageDigest)
            image = try c.decodeLenientStringIfPresent(forKey: .image)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(containerName, forKey: .containerName)
            try c.encodeIfPresent(imageDigest, forKey: .imageDigest)
            try c.encodeIfPresent(image, forKey: .image)
        }
    }

    /// [ContainerInstance](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerInstance.html)
    public struct ContainerInstance: ECSShape {
        public static let shapeName = "ContainerInstance"
        public var containerInstanceArn: Swift.String?
        public var ec2InstanceId: Swift.String?
        public var capacityProviderName: Swift.String?
        public var version: Swift.Int?
        @Boxed public var versionInfo: VersionInfo?
        public var remainingResources: [Resource]?
        public var registeredResources: [Resource]?
        public var status: Swift.String?
        public var statusReason: Swift.String?
        public var agentConnected: Swift.Bool?
        public var runningTasksCount: Swift.Int?
        public var pendingTasksCount: Swift.Int?
        public var agentUpdateStatus: AgentUpdateStatus?
        public var attributes: [Attribute]?
        public var registeredAt: ECSTimestamp?
        public var attachments: [Attachment]?
        public var tags: [Tag]?
        @Boxed public var healthStatus: ContainerInstanceHealthStatus?
        public init(
            containerInstanceArn: Swift.String? = nil,
            ec2InstanceId: Swift.String? = nil,
            capacityProviderName: Swift.String? = nil,
            version: Swift.Int? = nil,
            versionInfo: VersionInfo? = nil,
            remainingResources: [Resource]? = nil,
            registeredResources: [Resource]? = nil,
            status: Swift.String? = nil,
            statusReason: Swift.String? = nil,
            agentConnected: Swift.Bool? = nil,
            runningTasksCount: Swift.Int? = nil,
            pendingTasksCount: Swift.Int? = nil,
            agentUpdateStatus: AgentUpdateStatus? = nil,
            attributes: [Attribute]? = nil,
            registeredAt: ECSTimestamp? = nil,
            attachments: [Attachment]? = nil,
            tags: [Tag]? = nil,
            healthStatus: ContainerInstanceHealthStatus? = nil
        ) {
            self.containerInstanceArn = containerInstanceArn
            self.ec2InstanceId = ec2InstanceId
            self.capacityProviderName = capacityProviderName
            self.version = version
            self.versionInfo = versionInfo
            self.remainingResources = remainingResources
            self.registeredResources = registeredResources
            self.status = status
            self.statusReason = statusReason
            self.agentConnected = agentConnected
            self.runningTasksCount = runningTasksCount
            self.pendingTasksCount = pendingTasksCount
            self.agentUpdateStatus = agentUpdateStatus
            self.attributes = attributes
            self.registeredAt = registeredAt
            self.attachments = attachments
            self.tags = tags
            self.healthStatus = healthStatus
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case containerInstanceArn, ec2InstanceId, capacityProviderName, version, versionInfo,
                 remainingResources, registeredResources, status, statusReason, agentConnected,
                 runningTasksCount, pendingTasksCount, agentUpdateStatus, attributes, registeredAt,
                 attachments, tags, healthStatus
            public static var shapeName: Swift.String { "ContainerInstance" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            containerInstanceArn = try c.decodeLenientStringIfPresent(forKey: .containerInstanceArn)
            ec2InstanceId = try c.decodeLenientStringIfPresent(forKey: .ec2InstanceId)
            capacityProviderName = try c.decodeLenientStringIfPresent(forKey: .capacityProviderName)
            version = try c.decodeIfPresent(Swift.Int.self, forKey: .version)
            versionInfo = try c.decodeIfPresent(VersionInfo.self, forKey: .versionInfo)
            remainingResources = try c.decodeIfPresent([Resource].self, forKey: .remainingResources)
            registeredResources = try c.decodeIfPresent([Resource].self, forKey: .registeredResources)
            status = try c.decodeLenientStringIfPresent(forKey: .status)
            statusReason = try c.decodeLenientStringIfPresent(forKey: .statusReason)
            agentConnected = try c.decodeIfPresent(Swift.Bool.self, forKey: .agentConnected)
            runningTasksCount = try c.decodeIfPresent(Swift.Int.self, forKey: .runningTasksCount)
            pendingTasksCount = try c.decodeIfPresent(Swift.Int.self, forKey: .pendingTasksCount)
            agentUpdateStatus = try c.decodeIfPresent(AgentUpdateStatus.self, forKey: .agentUpdateStatus)
            attributes = try c.decodeIfPresent([Attribute].self, forKey: .attributes)
            registeredAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .registeredAt)
            attachments = try c.decodeIfPresent([Attachment].self, forKey: .attachments)
            tags = try c.decodeIfPresent([Tag].self, forKey: .tags)
            healthStatus = try c.decodeIfPresent(ContainerInstanceHealthStatus.self, forKey: .healthStatus)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(containerInstanceArn, forKey: .containerInstanceArn)
            try c.encodeIfPresent(ec2InstanceId, forKey: .ec2InstanceId)
            try c.encodeIfPresent(capacityProviderName, forKey: .capacityProviderName)
            try c.encodeIfPresent(version, forKey: .version)
            try c.encodeIfPresent(versionInfo, forKey: .versionInfo)
            try c.encodeIfPresent(remainingResources, forKey: .remainingResources)
            try c.encodeIfPresent(registeredResources, forKey: .registeredResources)
            try c.encodeIfPresent(status, forKey: .status)
            try c.encodeIfPresent(statusReason, forKey: .statusReason)
            try c.encodeIfPresent(agentConnected, forKey: .agentConnected)
            try c.encodeIfPresent(runningTasksCount, forKey: .runningTasksCount)
            try c.encodeIfPresent(pendingTasksCount, forKey: .pendingTasksCount)
            try c.encodeIfPresent(agentUpdateStatus, forKey: .agentUpdateStatus)
            try c.encodeIfPresent(attributes, forKey: .attributes)
            try c.encodeIfPresent(registeredAt, forKey: .registeredAt)
            try c.encodeIfPresent(attachments, forKey: .attachments)
            try c.encodeIfPresent(tags, forKey: .tags)
            try c.encodeIfPresent(healthStatus, forKey: .healthStatus)
        }
    }

    /// [ContainerInstanceHealthStatus](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerInstanceHealthStatus.html)
    public struct ContainerInstanceHealthStatus: ECSShape {
        public static let shapeName = "ContainerInstanceHealthStatus"
        public var overallStatus: InstanceHealthCheckState?
        public var details: [InstanceHealthCheckResult]?
        public init(
            overallStatus: InstanceHealthCheckState? = nil,
            details: [InstanceHealthCheckResult]? = nil
        ) {
            self.overallStatus = overallStatus
            self.details = details
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case overallStatus, details
            public static var shapeName: Swift.String { "ContainerInstanceHealthStatus" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            overallStatus = try c.decodeIfPresent(InstanceHealthCheckState.self, forKey: .overallStatus)
            details = try c.decodeIfPresent([InstanceHealthCheckResult].self, forKey: .details)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(overallStatus, forKey: .overallStatus)
            try c.encodeIfPresent(details, forKey: .details)
        }
    }

    /// [ContainerOverride](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerOverride.html)
    public struct ContainerOverride: ECSShape {
        public static let shapeName = "ContainerOverride"
        public var name: Swift.String?
        public var command: [Swift.String]?
        public var environment: [KeyValuePair]?
        public var environmentFiles: [EnvironmentFile]?
        public var cpu: Swift.Int?
        public var memory: Swift.Int?
        public var memoryReservation: Swift.Int?
        public var resourceRequirements: [ResourceRequirement]?
        public init(
            name: Swift.String? = nil,
            command: [Swift.String]? = nil,
            environment: [KeyValuePair]? = nil,
            environmentFiles: [EnvironmentFile]? = nil,
            cpu: Swift.Int? = nil,
            memory: Swift.Int? = nil,
            memoryReservation: Swift.Int? = nil,
            resourceRequirements: [ResourceRequirement]? = nil
        ) {
            self.name = name
            self.command = command
            self.environment = environment
            self.environmentFiles = environmentFiles
            self.cpu = cpu
            self.memory = memory
            self.memoryReservation = memoryReservation
            self.resourceRequirements = resourceRequirements
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case name, command, environment, environmentFiles, cpu, memory, memoryReservation,
                 resourceRequirements
            public static var shapeName: Swift.String { "ContainerOverride" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decodeLenientStringIfPresent(forKey: .name)
            command = try c.decodeIfPresent([Swift.String].self, forKey: .command)
            environment = try c.decodeIfPresent([KeyValuePair].self, forKey: .environment)
            environmentFiles = try c.decodeIfPresent([EnvironmentFile].self, forKey: .environmentFiles)
            cpu = try c.decodeIfPresent(Swift.Int.self, forKey: .cpu)
            memory = try c.decodeIfPresent(Swift.Int.self, forKey: .memory)
            memoryReservation = try c.decodeIfPresent(Swift.Int.self, forKey: .memoryReservation)
            resourceRequirements = try c.decodeIfPresent([ResourceRequirement].self, forKey: .resourceRequirements)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(name, forKey: .name)
            try c.encodeIfPresent(command, forKey: .command)
            try c.encodeIfPresent(environment, forKey: .environment)
            try c.encodeIfPresent(environmentFiles, forKey: .environmentFiles)
            try c.encodeIfPresent(cpu, forKey: .cpu)
            try c.encodeIfPresent(memory, forKey: .memory)
            try c.encodeIfPresent(memoryReservation, forKey: .memoryReservation)
            try c.encodeIfPresent(resourceRequirements, forKey: .resourceRequirements)
        }
    }

    /// [ContainerRestartPolicy](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerRestartPolicy.html)
    public struct ContainerRestartPolicy: ECSShape {
        public static let shapeName = "ContainerRestartPolicy"
        public var enabled: Swift.Bool
        public var ignoredExitCodes: [Swift.Int]?
        public var restartAttemptPeriod: Swift.Int?
        public init(
            enabled: Swift.Bool,
            ignoredExitCodes: [Swift.Int]? = nil,
            restartAttemptPeriod: Swift.Int? = nil
        ) {
            self.enabled = enabled
            self.ignoredExitCodes = ignoredExitCodes
            self.restartAttemptPeriod = restartAttemptPeriod
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case enabled, ignoredExitCodes, restartAttemptPeriod
            public static var shapeName: Swift.String { "ContainerRestartPolicy" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            enabled = try c.decode(Swift.Bool.self, forKey: .enabled)
            ignoredExitCodes = try c.decodeIfPresent([Swift.Int].self, forKey: .ignoredExitCodes)
            restartAttemptPeriod = try c.decodeIfPresent(Swift.Int.self, forKey: .restartAttemptPeriod)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(enabled, forKey: .enabled)
            try c.encodeIfPresent(ignoredExitCodes, forKey: .ignoredExitCodes)
            try c.encodeIfPresent(restartAttemptPeriod, forKey: .restartAttemptPeriod)
        }
    }

    /// [CreateClusterRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateClusterRequest.html)
    public struct CreateClusterRequest: ECSShape {
        public static let shapeName = "CreateClusterRequest"
        public var clusterName: Swift.String?
        public var tags: [Tag]?
        public var settings: [ClusterSetting]?
        @Boxed public var configuration: ClusterConfiguration?
        public var capacityProviders: [Swift.String]?
        public var defaultCapacityProviderStrategy: [CapacityProviderStrategyItem]?
        @Boxed public var serviceConnectDefaults: ClusterServiceConnectDefaultsRequest?
        public init(
            clusterName: Swift.String? = nil,
            tags: [Tag]? = nil,
            settings: [ClusterSetting]? = nil,
            configuration: ClusterConfiguration? = nil,
            capacityProviders: [Swift.String]? = nil,
            defaultCapacityProviderStrategy: [CapacityProviderStrategyItem]? = nil,
            serviceConnectDefaults: ClusterServiceConnectDefaultsRequest? = nil
        ) {
            self.clusterName = clusterName
            self.tags = tags
            self.settings = settings
            self.configuration = configuration
            self.capacityProviders = capacityProviders
            self.defaultCapacityProviderStrategy = defaultCapacityProviderStrategy
            self.serviceConnectDefaults = serviceConnectDefaults
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case clusterName, tags, settings, configuration, capacityProviders,
                 defaultCapacityProviderStrategy, serviceConnectDefaults
            public static var shapeName: Swift.String { "CreateClusterRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            clusterName = try c.decodeLenientStringIfPresent(forKey: .clusterName)
            tags = try c.decodeIfPresent([Tag].self, forKey: .tags)
            settings = try c.decodeIfPresent([ClusterSetting].self, forKey: .settings)
            configuration = try c.decodeIfPresent(ClusterConfiguration.self, forKey: .configuration)
            capacityProviders = try c.decodeIfPresent([Swift.String].self, forKey: .capacityProviders)
            defaultCapacityProviderStrategy = try c.decodeIfPresent([CapacityProviderStrategyItem].self, forKey: .defaultCapacityProviderStrategy)
            serviceConnectDefaults = try c.decodeIfPresent(ClusterServiceConnectDefaultsRequest.self, forKey: .serviceConnectDefaults)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(clusterName, forKey: .clusterName)
            try c.encodeIfPresent(tags, forKey: .tags)
            try c.encodeIfPresent(settings, forKey: .settings)
            try c.encodeIfPresent(configuration, forKey: .configuration)
            try c.encodeIfPresent(capacityProviders, forKey: .capacityProviders)
            try c.encodeIfPresent(defaultCapacityProviderStrategy, forKey: .defaultCapacityProviderStrategy)
            try c.encodeIfPresent(serviceConnectDefaults, forKey: .serviceConnectDefaults)
        }
    }

    /// [CreateClusterResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateClusterResponse.html)
    public struct CreateClusterResponse: ECSShape {
        public static let shapeName = "CreateClusterResponse"
        @Boxed public var cluster: Cluster?
        public init(cluster: Cluster? = nil) {
            self.cluster = cluster
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cluster
            public static var shapeName: Swift.String { "CreateClusterResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cluster = try c.decodeIfPresent(Cluster.self, forKey: .cluster)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(cluster, forKey: .cluster)
        }
    }

    /// [CreateServiceRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateServiceRequest.html)
    public struct CreateServiceRequest: ECSShape {
        public static let shapeName = "CreateServiceRequest"
        public var cluster: Swift.String?
        public var serviceName: Swift.String?
        public var taskDefinition: Swift.String?
        public var availabilityZoneRebalancing: AvailabilityZoneRebalancing?
        public var loadBalancers: [LoadBalancer]?
        public var serviceRegistries: [ServiceRegistry]?
        public var desiredCount: Swift.Int?
        public var clientToken: Swift.String?
        public var launchType: LaunchType?
        public var capacityProviderStrategy: [CapacityProviderStrategyItem]?
        public var platformVersion: Swift.String?
        public var role: Swift.String?
        @Boxed public var deploymentConfiguration: DeploymentConfiguration?
        public var placementConstraints: [PlacementConstraint]?
        public var placementStrategy: [PlacementStrategy]?
        @Boxed public var networkConfiguration: NetworkConfiguration?
        public var healthCheckGracePeriodSeconds: Swift.Int?
        public var schedulingStrategy: SchedulingStrategy?
        @Boxed public var deploymentController: DeploymentController?
        public var tags: [Tag]?
        public var enableECSManagedTags: Swift.Bool?
        public var propagateTags: PropagateTags?
        public var enableExecuteCommand: Swift.Bool?
        @Boxed public var serviceConnectConfiguration: ServiceConnectConfiguration?
        public var volumeConfigurations: [ServiceVolumeConfiguration]?
        public var vpcLatticeConfigurations: [VpcLatticeConfiguration]?
        public init(
            cluster: Swift.String? = nil,
            serviceName: Swift.String? = nil,
            taskDefinition: Swift.String? = nil,
            availabilityZoneRebalancing: AvailabilityZoneRebalancing? = nil,
            loadBalancers: [LoadBalancer]? = nil,
            serviceRegistries: [ServiceRegistry]? = nil,
            desiredCount: Swift.Int? = nil,
            clientToken: Swift.String? = nil,
            launchType: LaunchType? = nil,
            capacityProviderStrategy: [CapacityProviderStrategyItem]? = nil,
            platformVersion: Swift.String? = nil,
            role: Swift.String? = nil,
            deploymentConfiguration: DeploymentConfiguration? = nil,
            placementConstraints: [PlacementConstraint]? = nil,
            placementStrategy: [PlacementStrategy]? = nil,
            networkConfiguration: NetworkConfiguration? = nil,
            healthCheckGracePeriodSeconds: Swift.Int? = nil,
            schedulingStrategy: SchedulingStrategy? = nil,
            deploymentController: DeploymentController? = nil,
            tags: [Tag]? = nil,
            enableECSManagedTags: Swift.Bool? = nil,
            propagateTags: PropagateTags? = nil,
            enableExecuteCommand: Swift.Bool? = nil,
            serviceConnectConfiguration: ServiceConnectConfiguration? = nil,
            volumeConfigurations: [ServiceVolumeConfiguration]? = nil,
            vpcLatticeConfigurations: [VpcLatticeConfiguration]? = nil
        ) {
            self.cluster = cluster
            self.serviceName = serviceName
            self.taskDefinition = taskDefinition
            self.availabilityZoneRebalancing = availabilityZoneRebalancing
            self.loadBalancers = loadBalancers
            self.serviceRegistries = serviceRegistries
            self.desiredCount = desiredCount
            self.clientToken = clientToken
            self.launchType = launchType
            self.capacityProviderStrategy = capacityProviderStrategy
            self.platformVersion = platformVersion
            self.role = role
            self.deploymentConfiguration = deploymentConfiguration
            self.placementConstraints = placementConstraints
            self.placementStrategy = placementStrategy
            self.networkConfiguration = networkConfiguration
            self.healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds
            self.schedulingStrategy = schedulingStrategy
            self.deploymentController = deploymentController
            self.tags = tags
            self.enableECSManagedTags = enableECSManagedTags
            self.propagateTags = propagateTags
            self.enableExecuteCommand = enableExecuteCommand
            self.serviceConnectConfiguration = serviceConnectConfiguration
            self.volumeConfigurations = volumeConfigurations
            self.vpcLatticeConfigurations = vpcLatticeConfigurations
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cluster, serviceName, taskDefinition, availabilityZoneRebalancing, loadBalancers,
                 serviceRegistries, desiredCount, clientToken, launchType,
                 capacityProviderStrategy, platformVersion, role, deploymentConfiguration,
                 placementConstraints, placementStrategy, networkConfiguration,
                 healthCheckGracePeriodSeconds, schedulingStrategy, deploymentController, tags,
                 enableECSManagedTags, propagateTags, enableExecuteCommand,
                 serviceConnectConfiguration, volumeConfigurations, vpcLatticeConfigurations
            public static var shapeName: Swift.String { "CreateServiceRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cluster = try c.decodeLenientStringIfPresent(forKey: .cluster)
            serviceName = try c.decodeLenientStringIfPresent(forKey: .serviceName)
            taskDefinition = try c.decodeLenientStringIfPresent(forKey: .taskDefinition)
            availabilityZoneRebalancing = try c.decodeIfPresent(AvailabilityZoneRebalancing.self, forKey: .availabilityZoneRebalancing)
            loadBalancers = try c.decodeIfPresent([LoadBalancer].self, forKey: .loadBalancers)
            serviceRegistries = try c.decodeIfPresent([ServiceRegistry].self, forKey: .serviceRegistries)
            desiredCount = try c.decodeIfPresent(Swift.Int.self, forKey: .desiredCount)
            clientToken = try c.decodeLenientStringIfPresent(forKey: .clientToken)
            launchType = try c.decodeIfPresent(LaunchType.self, forKey: .launchType)
            capacityProviderStrategy = try c.decodeIfPresent([CapacityProviderStrategyItem].self, forKey: .capacityProviderStrategy)
            platformVersion = try c.decodeLenientStringIfPresent(forKey: .platformVersion)
            role = try c.decodeLenientStringIfPresent(forKey: .role)
            deploymentConfiguration = try c.decodeIfPresent(DeploymentConfiguration.self, forKey: .deploymentConfiguration)
            placementConstraints = try c.decodeIfPresent([PlacementConstraint].self, forKey: .placementConstraints)
            placementStrategy = try c.decodeIfPresent([PlacementStrategy].self, forKey: .placementStrategy)
            networkConfiguration = try c.decodeIfPresent(NetworkConfiguration.self, forKey: .networkConfiguration)
            healthCheckGracePeriodSeconds = try c.decodeIfPresent(Swift.Int.self, forKey: .healthCheckGracePeriodSeconds)
            schedulingStrategy = try c.decodeIfPresent(SchedulingStrategy.self, forKey: .schedulingStrategy)
            deploymentController = try c.decodeIfPresent(DeploymentController.self, forKey: .deploymentController)
            tags = try c.decodeIfPresent([Tag].self, forKey: .tags)
            enableECSManagedTags = try c.decodeIfPresent(Swift.Bool.self, forKey: .enableECSManagedTags)
            propagateTags = try c.decodeIfPresent(PropagateTags.self, forKey: .propagateTags)
            enableExecuteCommand = try c.decodeIfPresent(Swift.Bool.self, forKey: .enableExecuteCommand)
            serviceConnectConfiguration = try c.decodeIfPresent(ServiceConnectConfiguration.self, forKey: .serviceConnectConfiguration)
            volumeConfigurations = try c.decodeIfPresent([ServiceVolumeConfiguration].self, forKey: .volumeConfigurations)
            vpcLatticeConfigurations = try c.decodeIfPresent([VpcLatticeConfiguration].self, forKey: .vpcLatticeConfigurations)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(cluster, forKey: .cluster)
            try c.encodeIfPresent(serviceName, forKey: .serviceName)
            try c.encodeIfPresent(taskDefinition, forKey: .taskDefinition)
            try c.encodeIfPresent(availabilityZoneRebalancing, forKey: .availabilityZoneRebalancing)
            try c.encodeIfPresent(loadBalancers, forKey: .loadBalancers)
            try c.encodeIfPresent(serviceRegistries, forKey: .serviceRegistries)
            try c.encodeIfPresent(desiredCount, forKey: .desiredCount)
            try c.encodeIfPresent(clientToken, forKey: .clientToken)
            try c.encodeIfPresent(launchType, forKey: .launchType)
            try c.encodeIfPresent(capacityProviderStrategy, forKey: .capacityProviderStrategy)
            try c.encodeIfPresent(platformVersion, forKey: .platformVersion)
            try c.encodeIfPresent(role, forKey: .role)
            try c.encodeIfPresent(deploymentConfiguration, forKey: .deploymentConfiguration)
            try c.encodeIfPresent(placementConstraints, forKey: .placementConstraints)
            try c.encodeIfPresent(placementStrategy, forKey: .placementStrategy)
            try c.encodeIfPresent(networkConfiguration, forKey: .networkConfiguration)
            try c.encodeIfPresent(healthCheckGracePeriodSeconds, forKey: .healthCheckGracePeriodSeconds)
            try c.encodeIfPresent(schedulingStrategy, forKey: .schedulingStrategy)
            try c.encodeIfPresent(deploymentController, forKey: .deploymentController)
            try c.encodeIfPresent(tags, forKey: .tags)
            try c.encodeIfPresent(enableECSManagedTags, forKey: .enableECSManagedTags)
            try c.encodeIfPresent(propagateTags, forKey: .propagateTags)
            try c.encodeIfPresent(enableExecuteCommand, forKey: .enableExecuteCommand)
            try c.encodeIfPresent(serviceConnectConfiguration, forKey: .serviceConnectConfiguration)
            try c.encodeIfPresent(volumeConfigurations, forKey: .volumeConfigurations)
            try c.encodeIfPresent(vpcLatticeConfigurations, forKey: .vpcLatticeConfigurations)
        }
    }

    /// [CreateServiceResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateServiceResponse.html)
    public struct CreateServiceResponse: ECSShape {
        public static let shapeName = "CreateServiceResponse"
        @Boxed public var service: Service?
        public init(service: Service? = nil) {
            self.service = service
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case service
            public static var shapeName: Swift.String { "CreateServiceResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            service = try c.decodeIfPresent(Service.self, forKey: .service)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(service, forKey: .service)
        }
    }

    /// [CreatedAt](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreatedAt.html)
    public struct CreatedAt: ECSShape {
        public static let shapeName = "CreatedAt"
        public var before: ECSTimestamp?
        public var after: ECSTimestamp?
        public init(before: ECSTimestamp? = nil, after: ECSTimestamp? = nil) {
            self.before = before
            self.after = after
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case before, after
            public static var shapeName: Swift.String { "CreatedAt" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            before = try c.decodeIfPresent(ECSTimestamp.self, forKey: .before)
            after = try c.decodeIfPresent(ECSTimestamp.self, forKey: .after)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(before, forKey: .before)
            try c.encodeIfPresent(after, forKey: .after)
        }
    }

    /// [DeleteClusterRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteClusterRequest.html)
    public struct DeleteClusterRequest: ECSShape {
        public static let shapeName = "DeleteClusterRequest"
        public var cluster: Swift.String
        public init(cluster: Swift.String) {
            self.cluster = cluster
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cluster
            public static var shapeName: Swift.String { "DeleteClusterRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cluster = try c.decode(Swift.String.self, forKey: .cluster)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(cluster, forKey: .cluster)
        }
    }

    /// [DeleteClusterResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteClusterResponse.html)
    public struct DeleteClusterResponse: ECSShape {
        public static let shapeName = "DeleteClusterResponse"
        @Boxed public var cluster: Cluster?
        public init(cluster: Cluster? = nil) {
            self.cluster = cluster
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cluster
            public static var shapeName: Swift.String { "DeleteClusterResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cluster = try c.decodeIfPresent(Cluster.self, forKey: .cluster)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(cluster, forKey: .cluster)
        }
    }

    /// [DeleteServiceRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteServiceRequest.html)
    public struct DeleteServiceRequest: ECSShape {
        public static let shapeName = "DeleteServiceRequest"
        public var cluster: Swift.String?
        public var service: Swift.String
        public var force: Swift.Bool?
        public init(cluster: Swift.String? = nil, service: Swift.String, force: Swift.Bool? = nil) {
            self.cluster = cluster
            self.service = service
            self.force = force
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cluster, service, force
            public static var shapeName: Swift.String { "DeleteServiceRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cluster = try c.decodeLenientStringIfPresent(forKey: .cluster)
            service = try c.decode(Swift.String.self, forKey: .service)
            force = try c.decodeIfPresent(Swift.Bool.self, forKey: .force)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(cluster, forKey: .cluster)
            try c.encode(service, forKey: .service)
            try c.encodeIfPresent(force, forKey: .force)
        }
    }

    /// [DeleteServiceResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteServiceResponse.html)
    public struct DeleteServiceResponse: ECSShape {
        public static let shapeName = "DeleteServiceResponse"
        @Boxed public var service: Service?
        public init(service: Service? = nil) {
            self.service = service
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case service
            public static var shapeName: Swift.String { "DeleteServiceResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            service = try c.decodeIfPresent(Service.self, forKey: .service)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(service, forKey: .service)
        }
    }

    /// [Deployment](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Deployment.html)
    public struct Deployment: ECSShape {
        public static let shapeName = "Deployment"
        public var id: Swift.String?
        public var status: Swift.String?
        public var taskDefinition: Swift.String?
        public var desiredCount: Swift.Int?
        public var pendingCount: Swift.Int?
        public var runningCount: Swift.Int?
        public var failedTasks: Swift.Int?
        public var createdAt: ECSTimestamp?
        public var updatedAt: ECSTimestamp?
        public var capacityProviderStrategy: [CapacityProviderStrategyItem]?
        public var launchType: LaunchType?
        public var platformVersion: Swift.String?
        public var platformFamily: Swift.String?
        @Boxed public var networkConfiguration: NetworkConfiguration?
        public var rolloutState: DeploymentRolloutState?
        public var rolloutStateReason: Swift.String?
        @Boxed public var serviceConnectConfiguration: ServiceConnectConfiguration?
        public var serviceConnectResources: [ServiceConnectServiceResource]?
        public var volumeConfigurations: [ServiceVolumeConfiguration]?
        @Boxed public var fargateEphemeralStorage: DeploymentEphemeralStorage?
        public var vpcLatticeConfigurations: [VpcLatticeConfiguration]?
        public init(
            id: Swift.String? = nil,
            status: Swift.String? = nil,
            taskDefinition: Swift.String? = nil,
            desiredCount: Swift.Int? = nil,
            pendingCount: Swift.Int? = nil,
            runningCount: Swift.Int? = nil,
            failedTasks: Swift.Int? = nil,
            createdAt: ECSTimestamp? = nil,
            updatedAt: ECSTimestamp? = nil,
            capacityProviderStrategy: [CapacityProviderStrategyItem]? = nil,
            launchType: LaunchType? = nil,
            platformVersion: Swift.String? = nil,
            platformFamily: Swift.String? = nil,
            networkConfiguration: NetworkConfiguration? = nil,
            rolloutState: DeploymentRolloutState? = nil,
            rolloutStateReason: Swift.String? = nil,
            serviceConnectConfiguration: ServiceConnectConfiguration? = nil,
            serviceConnectResources: [ServiceConnectServiceResource]? = nil,
            volumeConfigurations: [ServiceVolumeConfiguration]? = nil,
            fargateEphemeralStorage: DeploymentEphemeralStorage? = nil,
            vpcLatticeConfigurations: [VpcLatticeConfiguration]? = nil
        ) {
            self.id = id
            self.status = status
            self.taskDefinition = taskDefinition
            self.desiredCount = desiredCount
            self.pendingCount = pendingCount
            self.runningCount = runningCount
            self.failedTasks = failedTasks
            self.createdAt = createdAt
            self.updatedAt = updatedAt
            self.capacityProviderStrategy = capacityProviderStrategy
            self.launchType = launchType
            self.platformVersion = platformVersion
            self.platformFamily = platformFamily
            self.networkConfiguration = networkConfiguration
            self.rolloutState = rolloutState
            self.rolloutStateReason = rolloutStateReason
            self.serviceConnectConfiguration = serviceConnectConfiguration
            self.serviceConnectResources = serviceConnectResources
            self.volumeConfigurations = volumeConfigurations
            self.fargateEphemeralStorage = fargateEphemeralStorage
            self.vpcLatticeConfigurations = vpcLatticeConfigurations
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case id, status, taskDefinition, desiredCount, pendingCount, runningCount, failedTasks,
                 createdAt, updatedAt, capacityProviderStrategy, launchType, platformVersion,
                 platformFamily, networkConfiguration, rolloutState, rolloutStateReason,
                 serviceConnectConfiguration, serviceConnectResources, volumeConfigurations,
                 fargateEphemeralStorage, vpcLatticeConfigurations
            public static var shapeName: Swift.String { "Deployment" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decodeLenientStringIfPresent(forKey: .id)
            status = try c.decodeLenientStringIfPresent(forKey: .status)
            taskDefinition = try c.decodeLenientStringIfPresent(forKey: .taskDefinition)
            desiredCount = try c.decodeIfPresent(Swift.Int.self, forKey: .desiredCount)
            pendingCount = try c.decodeIfPresent(Swift.Int.self, forKey: .pendingCount)
            runningCount = try c.decodeIfPresent(Swift.Int.self, forKey: .runningCount)
            failedTasks = try c.decodeIfPresent(Swift.Int.self, forKey: .failedTasks)
            createdAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .createdAt)
            updatedAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .updatedAt)
            capacityProviderStrategy = try c.decodeIfPresent([CapacityProviderStrategyItem].self, forKey: .capacityProviderStrategy)
            launchType = try c.decodeIfPresent(LaunchType.self, forKey: .launchType)
            platformVersion = try c.decodeLenientStringIfPresent(forKey: .platformVersion)
            platformFamily = try c.decodeLenientStringIfPresent(forKey: .platformFamily)
            networkConfiguration = try c.decodeIfPresent(NetworkConfiguration.self, forKey: .networkConfiguration)
            rolloutState = try c.decodeIfPresent(DeploymentRolloutState.self, forKey: .rolloutState)
            rolloutStateReason = try c.decodeLenientStringIfPresent(forKey: .rolloutStateReason)
            serviceConnectConfiguration = try c.decodeIfPresent(ServiceConnectConfiguration.self, forKey: .serviceConnectConfiguration)
            serviceConnectResources = try c.decodeIfPresent([ServiceConnectServiceResource].self, forKey: .serviceConnectResources)
            volumeConfigurations = try c.decodeIfPresent([ServiceVolumeConfiguration].self, forKey: .volumeConfigurations)
            fargateEphemeralStorage = try c.decodeIfPresent(DeploymentEphemeralStorage.self, forKey: .fargateEphemeralStorage)
            vpcLatticeConfigurations = try c.decodeIfPresent([VpcLatticeConfiguration].self, forKey: .vpcLatticeConfigurations)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(id, forKey: .id)
            try c.encodeIfPresent(status, forKey: .status)
            try c.encodeIfPresent(taskDefinition, forKey: .taskDefinition)
            try c.encodeIfPresent(desiredCount, forKey: .desiredCount)
            try c.encodeIfPresent(pendingCount, forKey: .pendingCount)
            try c.encodeIfPresent(runningCount, forKey: .runningCount)
            try c.encodeIfPresent(failedTasks, forKey: .failedTasks)
            try c.encodeIfPresent(createdAt, forKey: .createdAt)
            try c.encodeIfPresent(updatedAt, forKey: .updatedAt)
            try c.encodeIfPresent(capacityProviderStrategy, forKey: .capacityProviderStrategy)
            try c.encodeIfPresent(launchType, forKey: .launchType)
            try c.encodeIfPresent(platformVersion, forKey: .platformVersion)
            try c.encodeIfPresent(platformFamily, forKey: .platformFamily)
            try c.encodeIfPresent(networkConfiguration, forKey: .networkConfiguration)
            try c.encodeIfPresent(rolloutState, forKey: .rolloutState)
            try c.encodeIfPresent(rolloutStateReason, forKey: .rolloutStateReason)
            try c.encodeIfPresent(serviceConnectConfiguration, forKey: .serviceConnectConfiguration)
            try c.encodeIfPresent(serviceConnectResources, forKey: .serviceConnectResources)
            try c.encodeIfPresent(volumeConfigurations, forKey: .volumeConfigurations)
            try c.encodeIfPresent(fargateEphemeralStorage, forKey: .fargateEphemeralStorage)
            try c.encodeIfPresent(vpcLatticeConfigurations, forKey: .vpcLatticeConfigurations)
        }
    }

    /// [DeploymentAlarms](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentAlarms.html)
    public struct DeploymentAlarms: ECSShape {
        public static let shapeName = "DeploymentAlarms"
        public var alarmNames: [Swift.String]
        public var rollback: Swift.Bool
        public var enable: Swift.Bool
        public init(alarmNames: [Swift.String], rollback: Swift.Bool, enable: Swift.Bool) {
            self.alarmNames = alarmNames
            self.rollback = rollback
            self.enable = enable
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case alarmNames, rollback, enable
            public static var shapeName: Swift.String { "DeploymentAlarms" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            alarmNames = try c.decode([Swift.String].self, forKey: .alarmNames)
            rollback = try c.decode(Swift.Bool.self, forKey: .rollback)
            enable = try c.decode(Swift.Bool.self, forKey: .enable)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(alarmNames, forKey: .alarmNames)
            try c.encode(rollback, forKey: .rollback)
            try c.encode(enable, forKey: .enable)
        }
    }

    /// [DeploymentCircuitBreaker](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentCircuitBreaker.html)
    public struct DeploymentCircuitBreaker: ECSShape {
        public static let shapeName = "DeploymentCircuitBreaker"
        public var enable: Swift.Bool
        public var rollback: Swift.Bool
        public init(enable: Swift.Bool, rollback: Swift.Bool) {
            self.enable = enable
            self.rollback = rollback
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case enable, rollback
            public static var shapeName: Swift.String { "DeploymentCircuitBreaker" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            enable = try c.decode(Swift.Bool.self, forKey: .enable)
            rollback = try c.decode(Swift.Bool.self, forKey: .rollback)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(enable, forKey: .enable)
            try c.encode(rollback, forKey: .rollback)
        }
    }

    /// [DeploymentConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html)
    public struct DeploymentConfiguration: ECSShape {
        public static let shapeName = "DeploymentConfiguration"
        @Boxed public var deploymentCircuitBreaker: DeploymentCircuitBreaker?
        public var maximumPercent: Swift.Int?
        public var minimumHealthyPercent: Swift.Int?
        @Boxed public var alarms: DeploymentAlarms?
        public var strategy: DeploymentStrategy?
        public var bakeTimeInMinutes: Swift.Int?
        public var lifecycleHooks: [DeploymentLifecycleHook]?
        @Boxed public var linearConfiguration: LinearConfiguration?
        @Boxed public var canaryConfiguration: CanaryConfiguration?
        public init(
            deploymentCircuitBreaker: DeploymentCircuitBreaker? = nil,
            maximumPercent: Swift.Int? = nil,
            minimumHealthyPercent: Swift.Int? = nil,
            alarms: DeploymentAlarms? = nil,
            strategy: DeploymentStrategy? = nil,
            bakeTimeInMinutes: Swift.Int? = nil,
            lifecycleHooks: [DeploymentLifecycleHook]? = nil,
            linearConfiguration: LinearConfiguration? = nil,
            canaryConfiguration: CanaryConfiguration? = nil
        ) {
            self.deploymentCircuitBreaker = deploymentCircuitBreaker
            self.maximumPercent = maximumPercent
            self.minimumHealthyPercent = minimumHealthyPercent
            self.alarms = alarms
            self.strategy = strategy
            self.bakeTimeInMinutes = bakeTimeInMinutes
            self.lifecycleHooks = lifecycleHooks
            self.linearConfiguration = linearConfiguration
            self.canaryConfiguration = canaryConfiguration
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case deploymentCircuitBreaker, maximumPercent, minimumHealthyPercent, alarms, strategy,
                 bakeTimeInMinutes, lifecycleHooks, linearConfiguration, canaryConfiguration
            public static var shapeName: Swift.String { "DeploymentConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            deploymentCircuitBreaker = try c.decodeIfPresent(DeploymentCircuitBreaker.self, forKey: .deploymentCircuitBreaker)
            maximumPercent = try c.decodeIfPresent(Swift.Int.self, forKey: .maximumPercent)
            minimumHealthyPercent = try c.decodeIfPresent(Swift.Int.self, forKey: .minimumHealthyPercent)
            alarms = try c.decodeIfPresent(DeploymentAlarms.self, forKey: .alarms)
            strategy = try c.decodeIfPresent(DeploymentStrategy.self, forKey: .strategy)
            bakeTimeInMinutes = try c.decodeIfPresent(Swift.Int.self, forKey: .bakeTimeInMinutes)
            lifecycleHooks = try c.decodeIfPresent([DeploymentLifecycleHook].self, forKey: .lifecycleHooks)
            linearConfiguration = try c.decodeIfPresent(LinearConfiguration.self, forKey: .linearConfiguration)
            canaryConfiguration = try c.decodeIfPresent(CanaryConfiguration.self, forKey: .canaryConfiguration)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(deploymentCircuitBreaker, forKey: .deploymentCircuitBreaker)
            try c.encodeIfPresent(maximumPercent, forKey: .maximumPercent)
            try c.encodeIfPresent(minimumHealthyPercent, forKey: .minimumHealthyPercent)
            try c.encodeIfPresent(alarms, forKey: .alarms)
            try c.encodeIfPresent(strategy, forKey: .strategy)
            try c.encodeIfPresent(bakeTimeInMinutes, forKey: .bakeTimeInMinutes)
            try c.encodeIfPresent(lifecycleHooks, forKey: .lifecycleHooks)
            try c.encodeIfPresent(linearConfiguration, forKey: .linearConfiguration)
            try c.encodeIfPresent(canaryConfiguration, forKey: .canaryConfiguration)
        }
    }

    /// [DeploymentController](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentController.html)
    public struct DeploymentController: ECSShape {
        public static let shapeName = "DeploymentController"
        public var type: DeploymentControllerType
        public init(type: DeploymentControllerType) {
            self.type = type
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case type
            public static var shapeName: Swift.String { "DeploymentController" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            type = try c.decode(DeploymentControllerType.self, forKey: .type)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(type, forKey: .type)
        }
    }

    /// [DeploymentEphemeralStorage](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentEphemeralStorage.html)
    public struct DeploymentEphemeralStorage: ECSShape {
        public static let shapeName = "DeploymentEphemeralStorage"
        public var kmsKeyId: Swift.String?
        public init(kmsKeyId: Swift.String? = nil) {
            self.kmsKeyId = kmsKeyId
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case kmsKeyId
            public static var shapeName: Swift.String { "DeploymentEphemeralStorage" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            kmsKeyId = try c.decodeLenientStringIfPresent(forKey: .kmsKeyId)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(kmsKeyId, forKey: .kmsKeyId)
        }
    }

    /// [DeploymentLifecycleHook](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentLifecycleHook.html)
    public struct DeploymentLifecycleHook: ECSShape {
        public static let shapeName = "DeploymentLifecycleHook"
        public var targetType: DeploymentLifecycleHookTargetType?
        public var hookTargetArn: Swift.String?
        public var roleArn: Swift.String?
        public var lifecycleStages: [DeploymentLifecycleHookStage]?
        @Boxed public var hookDetails: HookDetails?
        @Boxed public var timeoutConfiguration: DeploymentLifecycleHookTimeoutConfiguration?
        public init(
            targetType: DeploymentLifecycleHookTargetType? = nil,
            hookTargetArn: Swift.String? = nil,
            roleArn: Swift.String? = nil,
            lifecycleStages: [DeploymentLifecycleHookStage]? = nil,
            hookDetails: HookDetails? = nil,
            timeoutConfiguration: DeploymentLifecycleHookTimeoutConfiguration? = nil
        ) {
            self.targetType = targetType
            self.hookTargetArn = hookTargetArn
            self.roleArn = roleArn
            self.lifecycleStages = lifecycleStages
            self.hookDetails = hookDetails
            self.timeoutConfiguration = timeoutConfiguration
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case targetType, hookTargetArn, roleArn, lifecycleStages, hookDetails,
                 timeoutConfiguration
            public static var shapeName: Swift.String { "DeploymentLifecycleHook" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            targetType = try c.decodeIfPresent(DeploymentLifecycleHookTargetType.self, forKey: .targetType)
            hookTargetArn = try c.decodeLenientStringIfPresent(forKey: .hookTargetArn)
            roleArn = try c.decodeLenientStringIfPresent(forKey: .roleArn)
            lifecycleStages = try c.decodeIfPresent([DeploymentLifecycleHookStage].self, forKey: .lifecycleStages)
            hookDetails = try c.decodeIfPresent(HookDetails.self, forKey: .hookDetails)
            timeoutConfiguration = try c.decodeIfPresent(DeploymentLifecycleHookTimeoutConfiguration.self, forKey: .timeoutConfiguration)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(targetType, forKey: .targetType)
            try c.encodeIfPresent(hookTargetArn, forKey: .hookTargetArn)
            try c.encodeIfPresent(roleArn, forKey: .roleArn)
            try c.encodeIfPresent(lifecycleStages, forKey: .lifecycleStages)
            try c.encodeIfPresent(hookDetails, forKey: .hookDetails)
            try c.encodeIfPresent(timeoutConfiguration, forKey: .timeoutConfiguration)
        }
    }

    /// [DeploymentLifecycleHookDetail](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentLifecycleHookDetail.html)
    public struct DeploymentLifecycleHookDetail: ECSShape {
        public static let shapeName = "DeploymentLifecycleHookDetail"
        public var hookId: Swift.String?
        public var targetType: DeploymentLifecycleHookTargetType?
        public var targetArn: Swift.String?
        public var status: DeploymentLifecycleHookStatus?
        public var expiresAt: ECSTimestamp?
        public var timeoutAction: DeploymentLifecycleHookAction?
        public init(
            hookId: Swift.String? = nil,
            targetType: DeploymentLifecycleHookTargetType? = nil,
            targetArn: Swift.String? = nil,
            status: DeploymentLifecycleHookStatus? = nil,
            expiresAt: ECSTimestamp? = nil,
            timeoutAction: DeploymentLifecycleHookAction? = nil
        ) {
            self.hookId = hookId
            self.targetType = targetType
            self.targetArn = targetArn
            self.status = status
            self.expiresAt = expiresAt
            self.timeoutAction = timeoutAction
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case hookId, targetType, targetArn, status, expiresAt, timeoutAction
            public static var shapeName: Swift.String { "DeploymentLifecycleHookDetail" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            hookId = try c.decodeLenientStringIfPresent(forKey: .hookId)
            targetType = try c.decodeIfPresent(DeploymentLifecycleHookTargetType.self, forKey: .targetType)
            targetArn = try c.decodeLenientStringIfPresent(forKey: .targetArn)
            status = try c.decodeIfPresent(DeploymentLifecycleHookStatus.self, forKey: .status)
            expiresAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .expiresAt)
            timeoutAction = try c.decodeIfPresent(DeploymentLifecycleHookAction.self, forKey: .timeoutAction)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(hookId, forKey: .hookId)
            try c.encodeIfPresent(targetType, forKey: .targetType)
            try c.encodeIfPresent(targetArn, forKey: .targetArn)
            try c.encodeIfPresent(status, forKey: .status)
            try c.encodeIfPresent(expiresAt, forKey: .expiresAt)
            try c.encodeIfPresent(timeoutAction, forKey: .timeoutAction)
        }
    }

    /// [DeploymentLifecycleHookTimeoutConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentLifecycleHookTimeoutConfiguration.html)
    public struct DeploymentLifecycleHookTimeoutConfiguration: ECSShape {
        public static let shapeName = "DeploymentLifecycleHookTimeoutConfiguration"
        public var timeoutInMinutes: Swift.Int?
        public var action: DeploymentLifecycleHookAction?
        public init(
            timeoutInMinutes: Swift.Int? = nil,
            action: DeploymentLifecycleHookAction? = nil
        ) {
            self.timeoutInMinutes = timeoutInMinutes
            self.action = action
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case timeoutInMinutes, action
            public static var shapeName: Swift.String { "DeploymentLifecycleHookTimeoutConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            timeoutInMinutes = try c.decodeIfPresent(Swift.Int.self, forKey: .timeoutInMinutes)
            action = try c.decodeIfPresent(DeploymentLifecycleHookAction.self, forKey: .action)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(timeoutInMinutes, forKey: .timeoutInMinutes)
            try c.encodeIfPresent(action, forKey: .action)
        }
    }

    /// [DeregisterTaskDefinitionRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeregisterTaskDefinitionRequest.html)
    public struct DeregisterTaskDefinitionRequest: ECSShape {
        public static let shapeName = "DeregisterTaskDefinitionRequest"
        public var taskDefinition: Swift.String
        public init(taskDefinition: Swift.String) {
            self.taskDefinition = taskDefinition
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case taskDefinition
            public static var shapeName: Swift.String { "DeregisterTaskDefinitionRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            taskDefinition = try c.decode(Swift.String.self, forKey: .taskDefinition)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(taskDefinition, forKey: .taskDefinition)
        }
    }

    /// [DeregisterTaskDefinitionResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeregisterTaskDefinitionResponse.html)
    public struct DeregisterTaskDefinitionResponse: ECSShape {
        public static let shapeName = "DeregisterTaskDefinitionResponse"
        @Boxed public var taskDefinition: TaskDefinition?
        public init(taskDefinition: TaskDefinition? = nil) {
            self.taskDefinition = taskDefinition
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case taskDefinition
            public static var shapeName: Swift.String { "DeregisterTaskDefinitionResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            taskDefinition = try c.decodeIfPresent(TaskDefinition.self, forKey: .taskDefinition)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(taskDefinition, forKey: .taskDefinition)
        }
    }

    /// [DescribeCapacityProvidersRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeCapacityProvidersRequest.html)
    public struct DescribeCapacityProvidersRequest: ECSShape {
        public static let shapeName = "DescribeCapacityProvidersRequest"
        public var capacityProviders: [Swift.String]?
        public var cluster: Swift.String?
        public var include: [CapacityProviderField]?
        public var maxResults: Swift.Int?
        public var nextToken: Swift.String?
        public init(
            capacityProviders: [Swift.String]? = nil,
            cluster: Swift.String? = nil,
            include: [CapacityProviderField]? = nil,
            maxResults: Swift.Int? = nil,
            nextToken: Swift.String? = nil
        ) {
            self.capacityProviders = capacityProviders
            self.cluster = cluster
            self.include = include
            self.maxResults = maxResults
            self.nextToken = nextToken
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case capacityProviders, cluster, include, maxResults, nextToken
            public static var shapeName: Swift.String { "DescribeCapacityProvidersRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            capacityProviders = try c.decodeIfPresent([Swift.String].self, forKey: .capacityProviders)
            cluster = try c.decodeLenientStringIfPresent(forKey: .cluster)
            include = try c.decodeIfPresent([CapacityProviderField].self, forKey: .include)
            maxResults = try c.decodeIfPresent(Swift.Int.self, forKey: .maxResults)
            nextToken = try c.decodeLenientStringIfPresent(forKey: .nextToken)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(capacityProviders, forKey: .capacityProviders)
            try c.encodeIfPresent(cluster, forKey: .cluster)
            try c.encodeIfPresent(include, forKey: .include)
            try c.encodeIfPresent(maxResults, forKey: .maxResults)
            try c.encodeIfPresent(nextToken, forKey: .nextToken)
        }
    }

    /// [DescribeCapacityProvidersResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeCapacityProvidersResponse.html)
    public struct DescribeCapacityProvidersResponse: ECSShape {
        public static let shapeName = "DescribeCapacityProvidersResponse"
        public var capacityProviders: [CapacityProvider]?
        public var failures: [Failure]?
        public var nextToken: Swift.String?
        public init(
            capacityProviders: [CapacityProvider]? = nil,
            failures: [Failure]? = nil,
            nextToken: Swift.String? = nil
        ) {
            self.capacityProviders = capacityProviders
            self.failures = failures
            self.nextToken = nextToken
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case capacityProviders, failures, nextToken
            public static var shapeName: Swift.String { "DescribeCapacityProvidersResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            capacityProviders = try c.decodeIfPresent([CapacityProvider].self, forKey: .capacityProviders)
            failures = try c.decodeIfPresent([Failure].self, forKey: .failures)
            nextToken = try c.decodeLenientStringIfPresent(forKey: .nextToken)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(capacityProviders, forKey: .capacityProviders)
            try c.encodeIfPresent(failures, forKey: .failures)
            try c.encodeIfPresent(nextToken, forKey: .nextToken)
        }
    }

    /// [DescribeClustersRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeClustersRequest.html)
    public struct DescribeClustersRequest: ECSShape {
        public static let shapeName = "DescribeClustersRequest"
        public var clusters: [Swift.String]?
        public var include: [ClusterField]?
        public init(clusters: [Swift.String]? = nil, include: [ClusterField]? = nil) {
            self.clusters = clusters
            self.include = include
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case clusters, include
            public static var shapeName: Swift.String { "DescribeClustersRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            clusters = try c.decodeIfPresent([Swift.String].self, forKey: .clusters)
            include = try c.decodeIfPresent([ClusterField].self, forKey: .include)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(clusters, forKey: .clusters)
            try c.encodeIfPresent(include, forKey: .include)
        }
    }

    /// [DescribeClustersResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeClustersResponse.html)
    public struct DescribeClustersResponse: ECSShape {
        public static let shapeName = "DescribeClustersResponse"
        public var clusters: [Cluster]?
        public var failures: [Failure]?
        public init(clusters: [Cluster]? = nil, failures: [Failure]? = nil) {
            self.clusters = clusters
            self.failures = failures
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case clusters, failures
            public static var shapeName: Swift.String { "DescribeClustersResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            clusters = try c.decodeIfPresent([Cluster].self, forKey: .clusters)
            failures = try c.decodeIfPresent([Failure].self, forKey: .failures)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(clusters, forKey: .clusters)
            try c.encodeIfPresent(failures, forKey: .failures)
        }
    }

    /// [DescribeContainerInstancesRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeContainerInstancesRequest.html)
    public struct DescribeContainerInstancesRequest: ECSShape {
        public static let shapeName = "DescribeContainerInstancesRequest"
        public var cluster: Swift.String?
        public var containerInstances: [Swift.String]
        public var include: [ContainerInstanceField]?
        public init(
            cluster: Swift.String? = nil,
            containerInstances: [Swift.String],
            include: [ContainerInstanceField]? = nil
        ) {
            self.cluster = cluster
            self.containerInstances = containerInstances
            self.include = include
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cluster, containerInstances, include
            public static var shapeName: Swift.String { "DescribeContainerInstancesRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cluster = try c.decodeLenientStringIfPresent(forKey: .cluster)
            containerInstances = try c.decode([Swift.String].self, forKey: .containerInstances)
            include = try c.decodeIfPresent([ContainerInstanceField].self, forKey: .include)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(cluster, forKey: .cluster)
            try c.encode(containerInstances, forKey: .containerInstances)
            try c.encodeIfPresent(include, forKey: .include)
        }
    }

    /// [DescribeContainerInstancesResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeContainerInstancesResponse.html)
    public struct DescribeContainerInstancesResponse: ECSShape {
        public static let shapeName = "DescribeContainerInstancesResponse"
        public var containerInstances: [ContainerInstance]?
        public var failures: [Failure]?
        public init(containerInstances: [ContainerInstance]? = nil, failures: [Failure]? = nil) {
            self.containerInstances = containerInstances
            self.failures = failures
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case containerInstances, failures
            public static var shapeName: Swift.String { "DescribeContainerInstancesResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            containerInstances = try c.decodeIfPresent([ContainerInstance].self, forKey: .containerInstances)
            failures = try c.decodeIfPresent([Failure].self, forKey: .failures)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(containerInstances, forKey: .containerInstances)
            try c.encodeIfPresent(failures, forKey: .failures)
        }
    }

    /// [DescribeServiceDeploymentsRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeServiceDeploymentsRequest.html)
    public struct DescribeServiceDeploymentsRequest: ECSShape {
        public static let shapeName = "DescribeServiceDeploymentsRequest"
        public var serviceDeploymentArns: [Swift.String]
        public init(serviceDeploymentArns: [Swift.String]) {
            self.serviceDeploymentArns = serviceDeploymentArns
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case serviceDeploymentArns
            public static var shapeName: Swift.String { "DescribeServiceDeploymentsRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            serviceDeploymentArns = try c.decode([Swift.String].self, forKey: .serviceDeploymentArns)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(serviceDeploymentArns, forKey: .serviceDeploymentArns)
        }
    }

    /// [DescribeServiceDeploymentsResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeServiceDeploymentsResponse.html)
    public struct DescribeServiceDeploymentsResponse: ECSShape {
        public static let shapeName = "DescribeServiceDeploymentsResponse"
        public var serviceDeployments: [ServiceDeployment]?
        public var failures: [Failure]?
        public init(serviceDeployments: [ServiceDeployment]? = nil, failures: [Failure]? = nil) {
            self.serviceDeployments = serviceDeployments
            self.failures = failures
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case serviceDeployments, failures
            public static var shapeName: Swift.String { "DescribeServiceDeploymentsResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            serviceDeployments = try c.decodeIfPresent([ServiceDeployment].self, forKey: .serviceDeployments)
            failures = try c.decodeIfPresent([Failure].self, forKey: .failures)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(serviceDeployments, forKey: .serviceDeployments)
            try c.encodeIfPresent(failures, forKey: .failures)
        }
    }

    /// [DescribeServiceRevisionsRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeServiceRevisionsRequest.html)
    public struct DescribeServiceRevisionsRequest: ECSShape {
        public static let shapeName = "DescribeServiceRevisionsRequest"
        public var serviceRevisionArns: [Swift.String]
        public init(serviceRevisionArns: [Swift.String]) {
            self.serviceRevisionArns = serviceRevisionArns
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case serviceRevisionArns
            public static var shapeName: Swift.String { "DescribeServiceRevisionsRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            serviceRevisionArns = try c.decode([Swift.String].self, forKey: .serviceRevisionArns)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(serviceRevisionArns, forKey: .serviceRevisionArns)
        }
    }

    /// [DescribeServiceRevisionsResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeServiceRevisionsResponse.html)
    public struct DescribeServiceRevisionsResponse: ECSShape {
        public static let shapeName = "DescribeServiceRevisionsResponse"
        public var serviceRevisions: [ServiceRevision]?
        public var failures: [Failure]?
        public init(serviceRevisions: [ServiceRevision]? = nil, failures: [Failure]? = nil) {
            self.serviceRevisions = serviceRevisions
            self.failures = failures
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case serviceRevisions, failures
            public static var shapeName: Swift.String { "DescribeServiceRevisionsResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            serviceRevisions = try c.decodeIfPresent([ServiceRevision].self, forKey: .serviceRevisions)
            failures = try c.decodeIfPresent([Failure].self, forKey: .failures)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(serviceRevisions, forKey: .serviceRevisions)
            try c.encodeIfPresent(failures, forKey: .failures)
        }
    }

    /// [DescribeServicesRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeServicesRequest.html)
    public struct DescribeServicesRequest: ECSShape {
        public static let shapeName = "DescribeServicesRequest"
        public var cluster: Swift.String?
        public var services: [Swift.String]
        public var include: [ServiceField]?
        public init(
            cluster: Swift.String? = nil,
            services: [Swift.String],
            include: [ServiceField]? = nil
        ) {
            self.cluster = cluster
            self.services = services
            self.include = include
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cluster, services, include
            public static var shapeName: Swift.String { "DescribeServicesRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cluster = try c.decodeLenientStringIfPresent(forKey: .cluster)
            services = try c.decode([Swift.String].self, forKey: .services)
            include = try c.decodeIfPresent([ServiceField].self, forKey: .include)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(cluster, forKey: .cluster)
            try c.encode(services, forKey: .services)
            try c.encodeIfPresent(include, forKey: .include)
        }
    }

    /// [DescribeServicesResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeServicesResponse.html)
    public struct DescribeServicesResponse: ECSShape {
        public static let shapeName = "DescribeServicesResponse"
        public var services: [Service]?
        public var failures: [Failure]?
        public init(services: [Service]? = nil, failures: [Failure]? = nil) {
            self.services = services
            self.failures = failures
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case services, failures
            public static var shapeName: Swift.String { "DescribeServicesResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            services = try c.decodeIfPresent([Service].self, forKey: .services)
            failures = try c.decodeIfPresent([Failure].self, forKey: .failures)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(services, forKey: .services)
            try c.encodeIfPresent(failures, forKey: .failures)
        }
    }

    /// [DescribeTaskDefinitionRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeTaskDefinitionRequest.html)
    public struct DescribeTaskDefinitionRequest: ECSShape {
        public static let shapeName = "DescribeTaskDefinitionRequest"
        public var taskDefinition: Swift.String
        public var include: [TaskDefinitionField]?
        public init(taskDefinition: Swift.String, include: [TaskDefinitionField]? = nil) {
            self.taskDefinition = taskDefinition
            self.include = include
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case taskDefinition, include
            public static var shapeName: Swift.String { "DescribeTaskDefinitionRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            taskDefinition = try c.decode(Swift.String.self, forKey: .taskDefinition)
            include = try c.decodeIfPresent([TaskDefinitionField].self, forKey: .include)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(taskDefinition, forKey: .taskDefinition)
            try c.encodeIfPresent(include, forKey: .include)
        }
    }

    /// [DescribeTaskDefinitionResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeTaskDefinitionResponse.html)
    public struct DescribeTaskDefinitionResponse: ECSShape {
        public static let shapeName = "DescribeTaskDefinitionResponse"
        @Boxed public var taskDefinition: TaskDefinition?
        public var tags: [Tag]?
        public init(taskDefinition: TaskDefinition? = nil, tags: [Tag]? = nil) {
            self.taskDefinition = taskDefinition
            self.tags = tags
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case taskDefinition, tags
            public static var shapeName: Swift.String { "DescribeTaskDefinitionResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            taskDefinition = try c.decodeIfPresent(TaskDefinition.self, forKey: .taskDefinition)
            tags = try c.decodeIfPresent([Tag].self, forKey: .tags)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(taskDefinition, forKey: .taskDefinition)
            try c.encodeIfPresent(tags, forKey: .tags)
        }
    }

    /// [DescribeTasksRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeTasksRequest.html)
    public struct DescribeTasksRequest: ECSShape {
        public static let shapeName = "DescribeTasksRequest"
        public var cluster: Swift.String?
        public var tasks: [Swift.String]
        public var include: [TaskField]?
        public init(
            cluster: Swift.String? = nil,
            tasks: [Swift.String],
            include: [TaskField]? = nil
        ) {
            self.cluster = cluster
            self.tasks = tasks
            self.include = include
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cluster, tasks, include
            public static var shapeName: Swift.String { "DescribeTasksRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cluster = try c.decodeLenientStringIfPresent(forKey: .cluster)
            tasks = try c.decode([Swift.String].self, forKey: .tasks)
            include = try c.decodeIfPresent([TaskField].self, forKey: .include)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(cluster, forKey: .cluster)
            try c.encode(tasks, forKey: .tasks)
            try c.encodeIfPresent(include, forKey: .include)
        }
    }

    /// [DescribeTasksResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeTasksResponse.html)
    public struct DescribeTasksResponse: ECSShape {
        public static let shapeName = "DescribeTasksResponse"
        public var tasks: [Task]?
        public var failures: [Failure]?
        public init(tasks: [Task]? = nil, failures: [Failure]? = nil) {
            self.tasks = tasks
            self.failures = failures
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case tasks, failures
            public static var shapeName: Swift.String { "DescribeTasksResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            tasks = try c.decodeIfPresent([Task].self, forKey: .tasks)
            failures = try c.decodeIfPresent([Failure].self, forKey: .failures)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(tasks, forKey: .tasks)
            try c.encodeIfPresent(failures, forKey: .failures)
        }
    }

    /// [Device](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Device.html)
    public struct Device: ECSShape {
        public static let shapeName = "Device"
        public var hostPath: Swift.String
        public var containerPath: Swift.String?
        public var permissions: [DeviceCgroupPermission]?
        public init(
            hostPath: Swift.String,
            containerPath: Swift.String? = nil,
            permissions: [DeviceCgroupPermission]? = nil
        ) {
            self.hostPath = hostPath
            self.containerPath = containerPath
            self.permissions = permissions
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case hostPath, containerPath, permissions
            public static var shapeName: Swift.String { "Device" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            hostPath = try c.decode(Swift.String.self, forKey: .hostPath)
            containerPath = try c.decodeLenientStringIfPresent(forKey: .containerPath)
            permissions = try c.decodeIfPresent([DeviceCgroupPermission].self, forKey: .permissions)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(hostPath, forKey: .hostPath)
            try c.encodeIfPresent(containerPath, forKey: .containerPath)
            try c.encodeIfPresent(permissions, forKey: .permissions)
        }
    }

    /// [DockerVolumeConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DockerVolumeConfiguration.html)
    public struct DockerVolumeConfiguration: ECSShape {
        public static let shapeName = "DockerVolumeConfiguration"
        public var scope: Scope?
        public var autoprovision: Swift.Bool?
        public var driver: Swift.String?
        public var driverOpts: [Swift.String: Swift.String]?
        public var labels: [Swift.String: Swift.String]?
        public init(
            scope: Scope? = nil,
            autoprovision: Swift.Bool? = nil,
            driver: Swift.String? = nil,
            driverOpts: [Swift.String: Swift.String]? = nil,
            labels: [Swift.String: Swift.String]? = nil
        ) {
            self.scope = scope
            self.autoprovision = autoprovision
            self.driver = driver
            self.driverOpts = driverOpts
            self.labels = labels
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case scope, autoprovision, driver, driverOpts, labels
            public static var shapeName: Swift.String { "DockerVolumeConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            scope = try c.decodeIfPresent(Scope.self, forKey: .scope)
            autoprovision = try c.decodeIfPresent(Swift.Bool.self, forKey: .autoprovision)
            driver = try c.decodeLenientStringIfPresent(forKey: .driver)
            driverOpts = try c.decodeIfPresent([Swift.String: Swift.String].self, forKey: .driverOpts)
            labels = try c.decodeIfPresent([Swift.String: Swift.String].self, forKey: .labels)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(scope, forKey: .scope)
            try c.encodeIfPresent(autoprovision, forKey: .autoprovision)
            try c.encodeIfPresent(driver, forKey: .driver)
            try c.encodeIfPresent(driverOpts, forKey: .driverOpts)
            try c.encodeIfPresent(labels, forKey: .labels)
        }
    }

    /// [EBSTagSpecification](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EBSTagSpecification.html)
    public struct EBSTagSpecification: ECSShape {
        public static let shapeName = "EBSTagSpecification"
        public var resourceType: EBSResourceType
        public var tags: [Tag]?
        public var propagateTags: PropagateTags?
        public init(
            resourceType: EBSResourceType,
            tags: [Tag]? = nil,
            propagateTags: PropagateTags? = nil
        ) {
            self.resourceType = resourceType
            self.tags = tags
            self.propagateTags = propagateTags
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case resourceType, tags, propagateTags
            public static var shapeName: Swift.String { "EBSTagSpecification" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            resourceType = try c.decode(EBSResourceType.self, forKey: .resourceType)
            tags = try c.decodeIfPresent([Tag].self, forKey: .tags)
            propagateTags = try c.decodeIfPresent(PropagateTags.self, forKey: .propagateTags)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(resourceType, forKey: .resourceType)
            try c.encodeIfPresent(tags, forKey: .tags)
            try c.encodeIfPresent(propagateTags, forKey: .propagateTags)
        }
    }

    /// [ECSManagedResources](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ECSManagedResources.html)
    public struct ECSManagedResources: ECSShape {
        public static let shapeName = "ECSManagedResources"
        public var ingressPaths: [ManagedIngressPath]?
        @Boxed public var autoScaling: ManagedAutoScaling?
        public var metricAlarms: [ManagedMetricAlarm]?
        public var serviceSecurityGroups: [ManagedSecurityGroup]?
        public var logGroups: [ManagedLogGroup]?
        public init(
            ingressPaths: [ManagedIngressPath]? = nil,
            autoScaling: ManagedAutoScaling? = nil,
            metricAlarms: [ManagedMetricAlarm]? = nil,
            serviceSecurityGroups: [ManagedSecurityGroup]? = nil,
            logGroups: [ManagedLogGroup]? = nil
        ) {
            self.ingressPaths = ingressPaths
            self.autoScaling = autoScaling
            self.metricAlarms = metricAlarms
            self.serviceSecurityGroups = serviceSecurityGroups
            self.logGroups = logGroups
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case ingressPaths, autoScaling, metricAlarms, serviceSecurityGroups, logGroups
            public static var shapeName: Swift.String { "ECSManagedResources" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            ingressPaths = try c.decodeIfPresent([ManagedIngressPath].self, forKey: .ingressPaths)
            autoScaling = try c.decodeIfPresent(ManagedAutoScaling.self, forKey: .autoScaling)
            metricAlarms = try c.decodeIfPresent([ManagedMetricAlarm].self, forKey: .metricAlarms)
            serviceSecurityGroups = try c.decodeIfPresent([ManagedSecurityGroup].self, forKey: .serviceSecurityGroups)
            logGroups = try c.decodeIfPresent([ManagedLogGroup].self, forKey: .logGroups)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(ingressPaths, forKey: .ingressPaths)
            try c.encodeIfPresent(autoScaling, forKey: .autoScaling)
            try c.encodeIfPresent(metricAlarms, forKey: .metricAlarms)
            try c.encodeIfPresent(serviceSecurityGroups, forKey: .serviceSecurityGroups)
            try c.encodeIfPresent(logGroups, forKey: .logGroups)
        }
    }

    /// [EFSAuthorizationConfig](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSAuthorizationConfig.html)
    public struct EFSAuthorizationConfig: ECSShape {
        public static let shapeName = "EFSAuthorizationConfig"
        public var accessPointId: Swift.String?
        public var iam: EFSAuthorizationConfigIAM?
        public init(accessPointId: Swift.String? = nil, iam: EFSAuthorizationConfigIAM? = nil) {
            self.accessPointId = accessPointId
            self.iam = iam
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case accessPointId, iam
            public static var shapeName: Swift.String { "EFSAuthorizationConfig" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            accessPointId = try c.decodeLenientStringIfPresent(forKey: .accessPointId)
            iam = try c.decodeIfPresent(EFSAuthorizationConfigIAM.self, forKey: .iam)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(accessPointId, forKey: .accessPointId)
            try c.encodeIfPresent(iam, forKey: .iam)
        }
    }

    /// [EFSVolumeConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSVolumeConfiguration.html)
    public struct EFSVolumeConfiguration: ECSShape {
        public static let shapeName = "EFSVolumeConfiguration"
        public var fileSystemId: Swift.String
        public var rootDirectory: Swift.String?
        public var transitEncryption: EFSTransitEncryption?
        public var transitEncryptionPort: Swift.Int?
        @Boxed public var authorizationConfig: EFSAuthorizationConfig?
        public init(
            fileSystemId: Swift.String,
            rootDirectory: Swift.String? = nil,
            transitEncryption: EFSTransitEncryption? = nil,
            transitEncryptionPort: Swift.Int? = nil,
            authorizationConfig: EFSAuthorizationConfig? = nil
        ) {
            self.fileSystemId = fileSystemId
            self.rootDirectory = rootDirectory
            self.transitEncryption = transitEncryption
            self.transitEncryptionPort = transitEncryptionPort
            self.authorizationConfig = authorizationConfig
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case fileSystemId, rootDirectory, transitEncryption, transitEncryptionPort,
                 authorizationConfig
            public static var shapeName: Swift.String { "EFSVolumeConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            fileSystemId = try c.decode(Swift.String.self, forKey: .fileSystemId)
            rootDirectory = try c.decodeLenientStringIfPresent(forKey: .rootDirectory)
            transitEncryption = try c.decodeIfPresent(EFSTransitEncryption.self, forKey: .transitEncryption)
            transitEncryptionPort = try c.decodeIfPresent(Swift.Int.self, forKey: .transitEncryptionPort)
            authorizationConfig = try c.decodeIfPresent(EFSAuthorizationConfig.self, forKey: .authorizationConfig)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(fileSystemId, forKey: .fileSystemId)
            try c.encodeIfPresent(rootDirectory, forKey: .rootDirectory)
            try c.encodeIfPresent(transitEncryption, forKey: .transitEncryption)
            try c.encodeIfPresent(transitEncryptionPort, forKey: .transitEncryptionPort)
            try c.encodeIfPresent(authorizationConfig, forKey: .authorizationConfig)
        }
    }

    /// [EnvironmentFile](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EnvironmentFile.html)
    public struct EnvironmentFile: ECSShape {
        public static let shapeName = "EnvironmentFile"
        public var value: Swift.String
        public var type: EnvironmentFileType
        public init(value: Swift.String, type: EnvironmentFileType) {
            self.value = value
            self.type = type
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case value, type
            public static var shapeName: Swift.String { "EnvironmentFile" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            value = try c.decode(Swift.String.self, forKey: .value)
            type = try c.decode(EnvironmentFileType.self, forKey: .type)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(value, forKey: .value)
            try c.encode(type, forKey: .type)
        }
    }

    /// [EphemeralStorage](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EphemeralStorage.html)
    public struct EphemeralStorage: ECSShape {
        public static let shapeName = "EphemeralStorage"
        public var sizeInGiB: Swift.Int
        public init(sizeInGiB: Swift.Int) {
            self.sizeInGiB = sizeInGiB
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case sizeInGiB
            public static var shapeName: Swift.String { "EphemeralStorage" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            sizeInGiB = try c.decode(Swift.Int.self, forKey: .sizeInGiB)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(sizeInGiB, forKey: .sizeInGiB)
        }
    }

    /// [ExecuteCommandConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ExecuteCommandConfiguration.html)
    public struct ExecuteCommandConfiguration: ECSShape {
        public static let shapeName = "ExecuteCommandConfiguration"
        public var kmsKeyId: Swift.String?
        public var logging: ExecuteCommandLogging?
        @Boxed public var logConfiguration: ExecuteCommandLogConfiguration?
        public init(
            kmsKeyId: Swift.String? = nil,
            logging: ExecuteCommandLogging? = nil,
            logConfiguration: ExecuteCommandLogConfiguration? = nil
        ) {
            self.kmsKeyId = kmsKeyId
            self.logging = logging
            self.logConfiguration = logConfiguration
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case kmsKeyId, logging, logConfiguration
            public static var shapeName: Swift.String { "ExecuteCommandConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            kmsKeyId = try c.decodeLenientStringIfPresent(forKey: .kmsKeyId)
            logging = try c.decodeIfPresent(ExecuteCommandLogging.self, forKey: .logging)
            logConfiguration = try c.decodeIfPresent(ExecuteCommandLogConfiguration.self, forKey: .logConfiguration)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(kmsKeyId, forKey: .kmsKeyId)
            try c.encodeIfPresent(logging, forKey: .logging)
            try c.encodeIfPresent(logConfiguration, forKey: .logConfiguration)
        }
    }

    /// [ExecuteCommandLogConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ExecuteCommandLogConfiguration.html)
    public struct ExecuteCommandLogConfiguration: ECSShape {
        public static let shapeName = "ExecuteCommandLogConfiguration"
        public var cloudWatchLogGroupName: Swift.String?
        public var cloudWatchEncryptionEnabled: Swift.Bool?
        public var s3BucketName: Swift.String?
        public var s3EncryptionEnabled: Swift.Bool?
        public var s3KeyPrefix: Swift.String?
        public init(
            cloudWatchLogGroupName: Swift.String? = nil,
            cloudWatchEncryptionEnabled: Swift.Bool? = nil,
            s3BucketName: Swift.String? = nil,
            s3EncryptionEnabled: Swift.Bool? = nil,
            s3KeyPrefix: Swift.String? = nil
        ) {
            self.cloudWatchLogGroupName = cloudWatchLogGroupName
            self.cloudWatchEncryptionEnabled = cloudWatchEncryptionEnabled
            self.s3BucketName = s3BucketName
            self.s3EncryptionEnabled = s3EncryptionEnabled
            self.s3KeyPrefix = s3KeyPrefix
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cloudWatchLogGroupName, cloudWatchEncryptionEnabled, s3BucketName,
                 s3EncryptionEnabled, s3KeyPrefix
            public static var shapeName: Swift.String { "ExecuteCommandLogConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cloudWatchLogGroupName = try c.decodeLenientStringIfPresent(forKey: .cloudWatchLogGroupName)
            cloudWatchEncryptionEnabled = try c.decodeIfPresent(Swift.Bool.self, forKey: .cloudWatchEncryptionEnabled)
            s3BucketName = try c.decodeLenientStringIfPresent(forKey: .s3BucketName)
            s3EncryptionEnabled = try c.decodeIfPresent(Swift.Bool.self, forKey: .s3EncryptionEnabled)
            s3KeyPrefix = try c.decodeLenientStringIfPresent(forKey: .s3KeyPrefix)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(cloudWatchLogGroupName, forKey: .cloudWatchLogGroupName)
            try c.encodeIfPresent(cloudWatchEncryptionEnabled, forKey: .cloudWatchEncryptionEnabled)
            try c.encodeIfPresent(s3BucketName, forKey: .s3BucketName)
            try c.encodeIfPresent(s3EncryptionEnabled, forKey: .s3EncryptionEnabled)
            try c.encodeIfPresent(s3KeyPrefix, forKey: .s3KeyPrefix)
        }
    }

    /// [FSxWindowsFileServerAuthorizationConfig](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FSxWindowsFileServerAuthorizationConfig.html)
    public struct FSxWindowsFileServerAuthorizationConfig: ECSShape {
        public static let shapeName = "FSxWindowsFileServerAuthorizationConfig"
        public var credentialsParameter: Swift.String
        public var domain: Swift.String
        public init(credentialsParameter: Swift.String, domain: Swift.String) {
            self.credentialsParameter = credentialsParameter
            self.domain = domain
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case credentialsParameter, domain
            public static var shapeName: Swift.String { "FSxWindowsFileServerAuthorizationConfig" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            credentialsParameter = try c.decode(Swift.String.self, forKey: .credentialsParameter)
            domain = try c.decode(Swift.String.self, forKey: .domain)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(credentialsParameter, forKey: .credentialsParameter)
            try c.encode(domain, forKey: .domain)
        }
    }

    /// [FSxWindowsFileServerVolumeConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FSxWindowsFileServerVolumeConfiguration.html)
    public struct FSxWindowsFileServerVolumeConfiguration: ECSShape {
        public static let shapeName = "FSxWindowsFileServerVolumeConfiguration"
        public var fileSystemId: Swift.String
        public var rootDirectory: Swift.String
        public var authorizationConfig: FSxWindowsFileServerAuthorizationConfig
        public init(
            fileSystemId: Swift.String,
            rootDirectory: Swift.String,
            authorizationConfig: FSxWindowsFileServerAuthorizationConfig
        ) {
            self.fileSystemId = fileSystemId
            self.rootDirectory = rootDirectory
            self.authorizationConfig = authorizationConfig
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case fileSystemId, rootDirectory, authorizationConfig
            public static var shapeName: Swift.String { "FSxWindowsFileServerVolumeConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            fileSystemId = try c.decode(Swift.String.self, forKey: .fileSystemId)
            rootDirectory = try c.decode(Swift.String.self, forKey: .rootDirectory)
            authorizationConfig = try c.decode(FSxWindowsFileServerAuthorizationConfig.self, forKey: .authorizationConfig)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(fileSystemId, forKey: .fileSystemId)
            try c.encode(rootDirectory, forKey: .rootDirectory)
            try c.encode(authorizationConfig, forKey: .authorizationConfig)
        }
    }

    /// [Failure](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Failure.html)
    public struct Failure: ECSShape {
        public static let shapeName = "Failure"
        public var arn: Swift.String?
        public var reason: Swift.String?
        public var detail: Swift.String?
        public init(
            arn: Swift.String? = nil,
            reason: Swift.String? = nil,
            detail: Swift.String? = nil
        ) {
            self.arn = arn
            self.reason = reason
            self.detail = detail
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case arn, reason, detail
            public static var shapeName: Swift.String { "Failure" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            arn = try c.decodeLenientStringIfPresent(forKey: .arn)
            reason = try c.decodeLenientStringIfPresent(forKey: .reason)
            detail = try c.decodeLenientStringIfPresent(forKey: .detail)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(arn, forKey: .arn)
            try c.encodeIfPresent(reason, forKey: .reason)
            try c.encodeIfPresent(detail, forKey: .detail)
        }
    }

    /// [FirelensConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FirelensConfiguration.html)
    public struct FirelensConfiguration: ECSShape {
        public static let shapeName = "FirelensConfiguration"
        public var type: FirelensConfigurationType
        public var options: [Swift.String: Swift.String]?
        public init(type: FirelensConfigurationType, options: [Swift.String: Swift.String]? = nil) {
            self.type = type
            self.options = options
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case type, options
            public static var shapeName: Swift.String { "FirelensConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            type = try c.decode(FirelensConfigurationType.self, forKey: .type)
            options = try c.decodeIfPresent([Swift.String: Swift.String].self, forKey: .options)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(type, forKey: .type)
            try c.encodeIfPresent(options, forKey: .options)
        }
    }

    /// [HealthCheck](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html)
    public struct HealthCheck: ECSShape {
        public static let shapeName = "HealthCheck"
        public var command: [Swift.String]
        public var interval: Swift.Int?
        public var timeout: Swift.Int?
        public var retries: Swift.Int?
        public var startPeriod: Swift.Int?
        public init(
            command: [Swift.String],
            interval: Swift.Int? = nil,
            timeout: Swift.Int? = nil,
            retries: Swift.Int? = nil,
            startPeriod: Swift.Int? = nil
        ) {
            self.command = command
            self.interval = interval
            self.timeout = timeout
            self.retries = retries
            self.startPeriod = startPeriod
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case command, interval, timeout, retries, startPeriod
            public static var shapeName: Swift.String { "HealthCheck" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            command = try c.decode([Swift.String].self, forKey: .command)
            interval = try c.decodeIfPresent(Swift.Int.self, forKey: .interval)
            timeout = try c.decodeIfPresent(Swift.Int.self, forKey: .timeout)
            retries = try c.decodeIfPresent(Swift.Int.self, forKey: .retries)
            startPeriod = try c.decodeIfPresent(Swift.Int.self, forKey: .startPeriod)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(command, forKey: .command)
            try c.encodeIfPresent(interval, forKey: .interval)
            try c.encodeIfPresent(timeout, forKey: .timeout)
            try c.encodeIfPresent(retries, forKey: .retries)
            try c.encodeIfPresent(startPeriod, forKey: .startPeriod)
        }
    }

    /// [HookDetails](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HookDetails.html)
    /// A document: any JSON value, passed to ECS as given.
    public struct HookDetails: ECSShape {
        public static let shapeName = "HookDetails"
        public var document: ECSDocument
        public init(_ document: ECSDocument = .object([:])) {
            self.document = document
        }
        public init(from decoder: any Decoder) throws {
            document = try ECSDocument(from: decoder)
        }
        public func encode(to encoder: any Encoder) throws {
            try document.encode(to: encoder)
        }
    }

    /// [HostEntry](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HostEntry.html)
    public struct HostEntry: ECSShape {
        public static let shapeName = "HostEntry"
        public var hostname: Swift.String
        public var ipAddress: Swift.String
        public init(hostname: Swift.String, ipAddress: Swift.String) {
            self.hostname = hostname
            self.ipAddress = ipAddress
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case hostname, ipAddress
            public static var shapeName: Swift.String { "HostEntry" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            hostname = try c.decode(Swift.String.self, forKey: .hostname)
            ipAddress = try c.decode(Swift.String.self, forKey: .ipAddress)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(hostname, forKey: .hostname)
            try c.encode(ipAddress, forKey: .ipAddress)
        }
    }

    /// [HostVolumeProperties](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HostVolumeProperties.html)
    public struct HostVolumeProperties: ECSShape {
        public static let shapeName = "HostVolumeProperties"
        public var sourcePath: Swift.String?
        public init(sourcePath: Swift.String? = nil) {
            self.sourcePath = sourcePath
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case sourcePath
            public static var shapeName: Swift.String { "HostVolumeProperties" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            sourcePath = try c.decodeLenientStringIfPresent(forKey: .sourcePath)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(sourcePath, forKey: .sourcePath)
        }
    }

    /// [InferenceAccelerator](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_InferenceAccelerator.html)
    public struct InferenceAccelerator: ECSShape {
        public static let shapeName = "InferenceAccelerator"
        public var deviceName: Swift.String
        public var deviceType: Swift.String
        public init(deviceName: Swift.String, deviceType: Swift.String) {
            self.deviceName = deviceName
            self.deviceType = deviceType
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case deviceName, deviceType
            public static var shapeName: Swift.String { "InferenceAccelerator" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            deviceName = try c.decode(Swift.String.self, forKey: .deviceName)
            deviceType = try c.decode(Swift.String.self, forKey: .deviceType)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(deviceName, forKey: .deviceName)
            try c.encode(deviceType, forKey: .deviceType)
        }
    }

    /// [InferenceAcceleratorOverride](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_InferenceAcceleratorOverride.html)
    public struct InferenceAcceleratorOverride: ECSShape {
        public static let shapeName = "InferenceAcceleratorOverride"
        public var deviceName: Swift.String?
        public var deviceType: Swift.String?
        public init(deviceName: Swift.String? = nil, deviceType: Swift.String? = nil) {
            self.deviceName = deviceName
            self.deviceType = deviceType
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case deviceName, deviceType
            public static var shapeName: Swift.String { "InferenceAcceleratorOverride" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            deviceName = try c.decodeLenientStringIfPresent(forKey: .deviceName)
            deviceType = try c.decodeLenientStringIfPresent(forKey: .deviceType)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(deviceName, forKey: .deviceName)
            try c.encodeIfPresent(deviceType, forKey: .deviceType)
        }
    }

    /// [InfrastructureOptimization](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_InfrastructureOptimization.html)
    public struct InfrastructureOptimization: ECSShape {
        public static let shapeName = "InfrastructureOptimization"
        public var scaleInAfter: Swift.Int?
        public init(scaleInAfter: Swift.Int? = nil) {
            self.scaleInAfter = scaleInAfter
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case scaleInAfter
            public static var shapeName: Swift.String { "InfrastructureOptimization" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            scaleInAfter = try c.decodeIfPresent(Swift.Int.self, forKey: .scaleInAfter)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(scaleInAfter, forKey: .scaleInAfter)
        }
    }

    /// [InstanceHealthCheckResult](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_InstanceHealthCheckResult.html)
    public struct InstanceHealthCheckResult: ECSShape {
        public static let shapeName = "InstanceHealthCheckResult"
        public var type: InstanceHealthCheckType?
        public var status: InstanceHealthCheckState?
        public var statusReason: Swift.String?
        public var lastUpdated: ECSTimestamp?
        public var lastStatusChange: ECSTimestamp?
        public init(
            type: InstanceHealthCheckType? = nil,
            status: InstanceHealthCheckState? = nil,
            statusReason: Swift.String? = nil,
            lastUpdated: ECSTimestamp? = nil,
            lastStatusChange: ECSTimestamp? = nil
        ) {
            self.type = type
            self.status = status
            self.statusReason = statusReason
            self.lastUpdated = lastUpdated
            self.lastStatusChange = lastStatusChange
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case type, status, statusReason, lastUpdated, lastStatusChange
            public static var shapeName: Swift.String { "InstanceHealthCheckResult" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            type = try c.decodeIfPresent(InstanceHealthCheckType.self, forKey: .type)
            status = try c.decodeIfPresent(InstanceHealthCheckState.self, forKey: .status)
            statusReason = try c.decodeLenientStringIfPresent(forKey: .statusReason)
            lastUpdated = try c.decodeIfPresent(ECSTimestamp.self, forKey: .lastUpdated)
            lastStatusChange = try c.decodeIfPresent(ECSTimestamp.self, forKey: .lastStatusChange)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(type, forKey: .type)
            try c.encodeIfPresent(status, forKey: .status)
            try c.encodeIfPresent(statusReason, forKey: .statusReason)
            try c.encodeIfPresent(lastUpdated, forKey: .lastUpdated)
            try c.encodeIfPresent(lastStatusChange, forKey: .lastStatusChange)
        }
    }

    /// [InstanceLaunchTemplate](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_InstanceLaunchTemplate.html)
    public struct InstanceLaunchTemplate: ECSShape {
        public static let shapeName = "InstanceLaunchTemplate"
        public var ec2InstanceProfileArn: Swift.String
        public var networkConfiguration: ManagedInstancesNetworkConfiguration
        @Boxed public var storageConfiguration: ManagedInstancesStorageConfiguration?
        @Boxed public var localStorageConfiguration: ManagedInstancesLocalStorageConfiguration?
        public var monitoring: ManagedInstancesMonitoringOptions?
        public var capacityOptionType: CapacityOptionType?
        public var instanceMetadataTagsPropagation: Swift.Bool?
        @Boxed public var instanceRequirements: InstanceRequirementsRequest?
        public var fipsEnabled: Swift.Bool?
        @Boxed public var capacityReservations: CapacityReservationRequest?
        public init(
            ec2InstanceProfileArn: Swift.String,
            networkConfiguration: ManagedInstancesNetworkConfiguration,
            storageConfiguration: ManagedInstancesStorageConfiguration? = nil,
            localStorageConfiguration: ManagedInstancesLocalStorageConfiguration? = nil,
            monitoring: ManagedInstancesMonitoringOptions? = nil,
            capacityOptionType: CapacityOptionType? = nil,
            instanceMetadataTagsPropagation: Swift.Bool? = nil,
            instanceRequirements: InstanceRequirementsRequest? = nil,
            fipsEnabled: Swift.Bool? = nil,
            capacityReservations: CapacityReservationRequest? = nil
        ) {
            self.ec2InstanceProfileArn = ec2InstanceProfileArn
            self.networkConfiguration = networkConfiguration
            self.storageConfiguration = storageConfiguration
            self.localStorageConfiguration = localStorageConfiguration
            self.monitoring = monitoring
            self.capacityOptionType = capacityOptionType
            self.instanceMetadataTagsPropagation = instanceMetadataTagsPropagation
            self.instanceRequirements = instanceRequirements
            self.fipsEnabled = fipsEnabled
            self.capacityReservations = capacityReservations
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case ec2InstanceProfileArn, networkConfiguration, storageConfiguration,
                 localStorageConfiguration, monitoring, capacityOptionType,
                 instanceMetadataTagsPropagation, instanceRequirements, fipsEnabled,
                 capacityReservations
            public static var shapeName: Swift.String { "InstanceLaunchTemplate" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            ec2InstanceProfileArn = try c.decode(Swift.String.self, forKey: .ec2InstanceProfileArn)
            networkConfiguration = try c.decode(ManagedInstancesNetworkConfiguration.self, forKey: .networkConfiguration)
            storageConfiguration = try c.decodeIfPresent(ManagedInstancesStorageConfiguration.self, forKey: .storageConfiguration)
            localStorageConfiguration = try c.decodeIfPresent(ManagedInstancesLocalStorageConfiguration.self, forKey: .localStorageConfiguration)
            monitoring = try c.decodeIfPresent(ManagedInstancesMonitoringOptions.self, forKey: .monitoring)
            capacityOptionType = try c.decodeIfPresent(CapacityOptionType.self, forKey: .capacityOptionType)
            instanceMetadataTagsPropagation = try c.decodeIfPresent(Swift.Bool.self, forKey: .instanceMetadataTagsPropagation)
            instanceRequirements = try c.decodeIfPresent(InstanceRequirementsRequest.self, forKey: .instanceRequirements)
            fipsEnabled = try c.decodeIfPresent(Swift.Bool.self, forKey: .fipsEnabled)
            capacityReservations = try c.decodeIfPresent(CapacityReservationRequest.self, forKey: .capacityReservations)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(ec2InstanceProfileArn, forKey: .ec2InstanceProfileArn)
            try c.encode(networkConfiguration, forKey: .networkConfiguration)
            try c.encodeIfPresent(storageConfiguration, forKey: .storageConfiguration)
            try c.encodeIfPresent(localStorageConfiguration, forKey: .localStorageConfiguration)
            try c.encodeIfPresent(monitoring, forKey: .monitoring)
            try c.encodeIfPresent(capacityOptionType, forKey: .capacityOptionType)
            try c.encodeIfPresent(instanceMetadataTagsPropagation, forKey: .instanceMetadataTagsPropagation)
            try c.encodeIfPresent(instanceRequirements, forKey: .instanceRequirements)
            try c.encodeIfPresent(fipsEnabled, forKey: .fipsEnabled)
            try c.encodeIfPresent(capacityReservations, forKey: .capacityReservations)
        }
    }

    /// [InstanceRequirementsRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_InstanceRequirementsRequest.html)
    public struct InstanceRequirementsRequest: ECSShape {
        public static let shapeName = "InstanceRequirementsRequest"
        public var vCpuCount: VCpuCountRangeRequest
        public var memoryMiB: MemoryMiBRequest
        public var cpuManufacturers: [CpuManufacturer]?
        @Boxed public var memoryGiBPerVCpu: MemoryGiBPerVCpuRequest?
        public var excludedInstanceTypes: [Swift.String]?
        public var instanceGenerations: [InstanceGeneration]?
        public var spotMaxPricePercentageOverLowestPrice: Swift.Int?
        public var onDemandMaxPricePercentageOverLowestPrice: Swift.Int?
        public var bareMetal: BareMetal?
        public var burstablePerformance: BurstablePerformance?
        public var requireHibernateSupport: Swift.Bool?
        @Boxed public var networkInterfaceCount: NetworkInterfaceCountRequest?
        public var localStorage: LocalStorage?
        public var localStorageTypes: [LocalStorageType]?
        @Boxed public var totalLocalStorageGB: TotalLocalStorageGBRequest?
        @Boxed public var baselineEbsBandwidthMbps: BaselineEbsBandwidthMbpsRequest?
        public var acceleratorTypes: [AcceleratorType]?
        @Boxed public var acceleratorCount: AcceleratorCountRequest?
        public var acceleratorManufacturers: [AcceleratorManufacturer]?
        public var acceleratorNames: [AcceleratorName]?
        @Boxed public var acceleratorTotalMemoryMiB: AcceleratorTotalMemoryMiBRequest?
        @Boxed public var networkBandwidthGbps: NetworkBandwidthGbpsRequest?
        public var allowedInstanceTypes: [Swift.String]?
        public var maxSpotPriceAsPercentageOfOptimalOnDemandPrice: Swift.Int?
        public init(
            vCpuCount: VCpuCountRangeRequest,
            memoryMiB: MemoryMiBRequest,
            cpuManufacturers: [CpuManufacturer]? = nil,
            memoryGiBPerVCpu: MemoryGiBPerVCpuRequest? = nil,
            excludedInstanceTypes: [Swift.String]? = nil,
            instanceGenerations: [InstanceGeneration]? = nil,
            spotMaxPricePercentageOverLowestPrice: Swift.Int? = nil,
            onDemandMaxPricePercentageOverLowestPrice: Swift.Int? = nil,
            bareMetal: BareMetal? = nil,
            burstablePerformance: BurstablePerformance? = nil,
            requireHibernateSupport: Swift.Bool? = nil,
            networkInterfaceCount: NetworkInterfaceCountRequest? = nil,
            localStorage: LocalStorage? = nil,
            localStorageTypes: [LocalStorageType]? = nil,
            totalLocalStorageGB: TotalLocalStorageGBRequest? = nil,
            baselineEbsBandwidthMbps: BaselineEbsBandwidthMbpsRequest? = nil,
            acceleratorTypes: [AcceleratorType]? = nil,
            acceleratorCount: AcceleratorCountRequest? = nil,
            acceleratorManufacturers: [AcceleratorManufacturer]? = nil,
            acceleratorNames: [AcceleratorName]? = nil,
            acceleratorTotalMemoryMiB: AcceleratorTotalMemoryMiBRequest? = nil,
            networkBandwidthGbps: NetworkBandwidthGbpsRequest? = nil,
            allowedInstanceTypes: [Swift.String]? = nil,
            maxSpotPriceAsPercentageOfOptimalOnDemandPrice: Swift.Int? = nil
        ) {
            self.vCpuCount = vCpuCount
            self.memoryMiB = memoryMiB
            self.cpuManufacturers = cpuManufacturers
            self.memoryGiBPerVCpu = memoryGiBPerVCpu
            self.excludedInstanceTypes = excludedInstanceTypes
            self.instanceGenerations = instanceGenerations
            self.spotMaxPricePercentageOverLowestPrice = spotMaxPricePercentageOverLowestPrice
            self.onDemandMaxPricePercentageOverLowestPrice = onDemandMaxPricePercentageOverLowestPrice
            self.bareMetal = bareMetal
            self.burstablePerformance = burstablePerformance
            self.requireHibernateSupport = requireHibernateSupport
            self.networkInterfaceCount = networkInterfaceCount
            self.localStorage = localStorage
            self.localStorageTypes = localStorageTypes
            self.totalLocalStorageGB = totalLocalStorageGB
            self.baselineEbsBandwidthMbps = baselineEbsBandwidthMbps
            self.acceleratorTypes = acceleratorTypes
            self.acceleratorCount = acceleratorCount
            self.acceleratorManufacturers = acceleratorManufacturers
            self.acceleratorNames = acceleratorNames
            self.acceleratorTotalMemoryMiB = acceleratorTotalMemoryMiB
            self.networkBandwidthGbps = networkBandwidthGbps
            self.allowedInstanceTypes = allowedInstanceTypes
            self.maxSpotPriceAsPercentageOfOptimalOnDemandPrice = maxSpotPriceAsPercentageOfOptimalOnDemandPrice
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case vCpuCount, memoryMiB, cpuManufacturers, memoryGiBPerVCpu, excludedInstanceTypes,
                 instanceGenerations, spotMaxPricePercentageOverLowestPrice,
                 onDemandMaxPricePercentageOverLowestPrice, bareMetal, burstablePerformance,
                 requireHibernateSupport, networkInterfaceCount, localStorage, localStorageTypes,
                 totalLocalStorageGB, baselineEbsBandwidthMbps, acceleratorTypes, acceleratorCount,
                 acceleratorManufacturers, acceleratorNames, acceleratorTotalMemoryMiB,
                 networkBandwidthGbps, allowedInstanceTypes,
                 maxSpotPriceAsPercentageOfOptimalOnDemandPrice
            public static var shapeName: Swift.String { "InstanceRequirementsRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            vCpuCount = try c.decode(VCpuCountRangeRequest.self, forKey: .vCpuCount)
            memoryMiB = try c.decode(MemoryMiBRequest.self, forKey: .memoryMiB)
            cpuManufacturers = try c.decodeIfPresent([CpuManufacturer].self, forKey: .cpuManufacturers)
            memoryGiBPerVCpu = try c.decodeIfPresent(MemoryGiBPerVCpuRequest.self, forKey: .memoryGiBPerVCpu)
            excludedInstanceTypes = try c.decodeIfPresent([Swift.String].self, forKey: .excludedInstanceTypes)
            instanceGenerations = try c.decodeIfPresent([InstanceGeneration].self, forKey: .instanceGenerations)
            spotMaxPricePercentageOverLowestPrice = try c.decodeIfPresent(Swift.Int.self, forKey: .spotMaxPricePercentageOverLowestPrice)
            onDemandMaxPricePercentageOverLowestPrice = try c.decodeIfPresent(Swift.Int.self, forKey: .onDemandMaxPricePercentageOverLowestPrice)
            bareMetal = try c.decodeIfPresent(BareMetal.self, forKey: .bareMetal)
            burstablePerformance = try c.decodeIfPresent(BurstablePerformance.self, forKey: .burstablePerformance)
            requireHibernateSupport = try c.decodeIfPresent(Swift.Bool.self, forKey: .requireHibernateSupport)
            networkInterfaceCount = try c.decodeIfPresent(NetworkInterfaceCountRequest.self, forKey: .networkInterfaceCount)
            localStorage = try c.decodeIfPresent(LocalStorage.self, forKey: .localStorage)
            localStorageTypes = try c.decodeIfPresent([LocalStorageType].self, forKey: .localStorageTypes)
            totalLocalStorageGB = try c.decodeIfPresent(TotalLocalStorageGBRequest.self, forKey: .totalLocalStorageGB)
            baselineEbsBandwidthMbps = try c.decodeIfPresent(BaselineEbsBandwidthMbpsRequest.self, forKey: .baselineEbsBandwidthMbps)
            acceleratorTypes = try c.decodeIfPresent([AcceleratorType].self, forKey: .acceleratorTypes)
            acceleratorCount = try c.decodeIfPresent(AcceleratorCountRequest.self, forKey: .acceleratorCount)
            acceleratorManufacturers = try c.decodeIfPresent([AcceleratorManufacturer].self, forKey: .acceleratorManufacturers)
            acceleratorNames = try c.decodeIfPresent([AcceleratorName].self, forKey: .acceleratorNames)
            acceleratorTotalMemoryMiB = try c.decodeIfPresent(AcceleratorTotalMemoryMiBRequest.self, forKey: .acceleratorTotalMemoryMiB)
            networkBandwidthGbps = try c.decodeIfPresent(NetworkBandwidthGbpsRequest.self, forKey: .networkBandwidthGbps)
            allowedInstanceTypes = try c.decodeIfPresent([Swift.String].self, forKey: .allowedInstanceTypes)
            maxSpotPriceAsPercentageOfOptimalOnDemandPrice = try c.decodeIfPresent(Swift.Int.self, forKey: .maxSpotPriceAsPercentageOfOptimalOnDemandPrice)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(vCpuCount, forKey: .vCpuCount)
            try c.encode(memoryMiB, forKey: .memoryMiB)
            try c.encodeIfPresent(cpuManufacturers, forKey: .cpuManufacturers)
            try c.encodeIfPresent(memoryGiBPerVCpu, forKey: .memoryGiBPerVCpu)
            try c.encodeIfPresent(excludedInstanceTypes, forKey: .excludedInstanceTypes)
            try c.encodeIfPresent(instanceGenerations, forKey: .instanceGenerations)
            try c.encodeIfPresent(spotMaxPricePercentageOverLowestPrice, forKey: .spotMaxPricePercentageOverLowestPrice)
            try c.encodeIfPresent(onDemandMaxPricePercentageOverLowestPrice, forKey: .onDemandMaxPricePercentageOverLowestPrice)
            try c.encodeIfPresent(bareMetal, forKey: .bareMetal)
            try c.encodeIfPresent(burstablePerformance, forKey: .burstablePerformance)
            try c.encodeIfPresent(requireHibernateSupport, forKey: .requireHibernateSupport)
            try c.encodeIfPresent(networkInterfaceCount, forKey: .networkInterfaceCount)
            try c.encodeIfPresent(localStorage, forKey: .localStorage)
            try c.encodeIfPresent(localStorageTypes, forKey: .localStorageTypes)
            try c.encodeIfPresent(totalLocalStorageGB, forKey: .totalLocalStorageGB)
            try c.encodeIfPresent(baselineEbsBandwidthMbps, forKey: .baselineEbsBandwidthMbps)
            try c.encodeIfPresent(acceleratorTypes, forKey: .acceleratorTypes)
            try c.encodeIfPresent(acceleratorCount, forKey: .acceleratorCount)
            try c.encodeIfPresent(acceleratorManufacturers, forKey: .acceleratorManufacturers)
            try c.encodeIfPresent(acceleratorNames, forKey: .acceleratorNames)
            try c.encodeIfPresent(acceleratorTotalMemoryMiB, forKey: .acceleratorTotalMemoryMiB)
            try c.encodeIfPresent(networkBandwidthGbps, forKey: .networkBandwidthGbps)
            try c.encodeIfPresent(allowedInstanceTypes, forKey: .allowedInstanceTypes)
            try c.encodeIfPresent(maxSpotPriceAsPercentageOfOptimalOnDemandPrice, forKey: .maxSpotPriceAsPercentageOfOptimalOnDemandPrice)
        }
    }

    /// [KernelCapabilities](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html)
    public struct KernelCapabilities: ECSShape {
        public static let shapeName = "KernelCapabilities"
        public var add: [Swift.String]?
        public var drop: [Swift.String]?
        public init(add: [Swift.String]? = nil, drop: [Swift.String]? = nil) {
            self.add = add
            self.drop = drop
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case add, drop
            public static var shapeName: Swift.String { "KernelCapabilities" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            add = try c.decodeIfPresent([Swift.String].self, forKey: .add)
            drop = try c.decodeIfPresent([Swift.String].self, forKey: .drop)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(add, forKey: .add)
            try c.encodeIfPresent(drop, forKey: .drop)
        }
    }

    /// [KeyValuePair](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KeyValuePair.html)
    public struct KeyValuePair: ECSShape {
        public static let shapeName = "KeyValuePair"
        public var name: Swift.String?
        public var value: Swift.String?
        public init(name: Swift.String? = nil, value: Swift.String? = nil) {
            self.name = name
            self.value = value
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case name, value
            public static var shapeName: Swift.String { "KeyValuePair" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decodeLenientStringIfPresent(forKey: .name)
            value = try c.decodeLenientStringIfPresent(forKey: .value)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(name, forKey: .name)
            try c.encodeIfPresent(value, forKey: .value)
        }
    }

    /// [LinearConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinearConfiguration.html)
    public struct LinearConfiguration: ECSShape {
        public static let shapeName = "LinearConfiguration"
        public var stepPercent: Swift.Double?
        public var stepBakeTimeInMinutes: Swift.Int?
        public init(stepPercent: Swift.Double? = nil, stepBakeTimeInMinutes: Swift.Int? = nil) {
            self.stepPercent = stepPercent
            self.stepBakeTimeInMinutes = stepBakeTimeInMinutes
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case stepPercent, stepBakeTimeInMinutes
            public static var shapeName: Swift.String { "LinearConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            stepPercent = try c.decodeIfPresent(Swift.Double.self, forKey: .stepPercent)
            stepBakeTimeInMinutes = try c.decodeIfPresent(Swift.Int.self, forKey: .stepBakeTimeInMinutes)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(stepPercent, forKey: .stepPercent)
            try c.encodeIfPresent(stepBakeTimeInMinutes, forKey: .stepBakeTimeInMinutes)
        }
    }

    /// [LinuxParameters](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinuxParameters.html)
    public struct LinuxParameters: ECSShape {
        public static let shapeName = "LinuxParameters"
        @Boxed public var capabilities: KernelCapabilities?
        public var devices: [Device]?
        public var initProcessEnabled: Swift.Bool?
        public var sharedMemorySize: Swift.Int?
        public var tmpfs: [Tmpfs]?
        public var maxSwap: Swift.Int?
        public var swappiness: Swift.Int?
        public init(
            capabilities: KernelCapabilities? = nil,
            devices: [Device]? = nil,
            initProcessEnabled: Swift.Bool? = nil,
            sharedMemorySize: Swift.Int? = nil,
            tmpfs: [Tmpfs]? = nil,
            maxSwap: Swift.Int? = nil,
            swappiness: Swift.Int? = nil
        ) {
            self.capabilities = capabilities
            self.devices = devices
            self.initProcessEnabled = initProcessEnabled
            self.sharedMemorySize = sharedMemorySize
            self.tmpfs = tmpfs
            self.maxSwap = maxSwap
            self.swappiness = swappiness
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case capabilities, devices, initProcessEnabled, sharedMemorySize, tmpfs, maxSwap,
                 swappiness
            public static var shapeName: Swift.String { "LinuxParameters" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            capabilities = try c.decodeIfPresent(KernelCapabilities.self, forKey: .capabilities)
            devices = try c.decodeIfPresent([Device].self, forKey: .devices)
            initProcessEnabled = try c.decodeIfPresent(Swift.Bool.self, forKey: .initProcessEnabled)
            sharedMemorySize = try c.decodeIfPresent(Swift.Int.self, forKey: .sharedMemorySize)
            tmpfs = try c.decodeIfPresent([Tmpfs].self, forKey: .tmpfs)
            maxSwap = try c.decodeIfPresent(Swift.Int.self, forKey: .maxSwap)
            swappiness = try c.decodeIfPresent(Swift.Int.self, forKey: .swappiness)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(capabilities, forKey: .capabilities)
            try c.encodeIfPresent(devices, forKey: .devices)
            try c.encodeIfPresent(initProcessEnabled, forKey: .initProcessEnabled)
            try c.encodeIfPresent(sharedMemorySize, forKey: .sharedMemorySize)
            try c.encodeIfPresent(tmpfs, forKey: .tmpfs)
            try c.encodeIfPresent(maxSwap, forKey: .maxSwap)
            try c.encodeIfPresent(swappiness, forKey: .swappiness)
        }
    }

    /// [ListClustersRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListClustersRequest.html)
    public struct ListClustersRequest: ECSShape {
        public static let shapeName = "ListClustersRequest"
        public var nextToken: Swift.String?
        public var maxResults: Swift.Int?
        public init(nextToken: Swift.String? = nil, maxResults: Swift.Int? = nil) {
            self.nextToken = nextToken
            self.maxResults = maxResults
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case nextToken, maxResults
            public static var shapeName: Swift.String { "ListClustersRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            nextToken = try c.decodeLenientStringIfPresent(forKey: .nextToken)
            maxResults = try c.decodeIfPresent(Swift.Int.self, forKey: .maxResults)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(nextToken, forKey: .nextToken)
            try c.encodeIfPresent(maxResults, forKey: .maxResults)
        }
    }

    /// [ListClustersResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListClustersResponse.html)
    public struct ListClustersResponse: ECSShape {
        public static let shapeName = "ListClustersResponse"
        public var clusterArns: [Swift.String]?
        public var nextToken: Swift.String?
        public init(clusterArns: [Swift.String]? = nil, nextToken: Swift.String? = nil) {
            self.clusterArns = clusterArns
            self.nextToken = nextToken
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case clusterArns, nextToken
            public static var shapeName: Swift.String { "ListClustersResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            clusterArns = try c.decodeIfPresent([Swift.String].self, forKey: .clusterArns)
            nextToken = try c.decodeLenientStringIfPresent(forKey: .nextToken)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(clusterArns, forKey: .clusterArns)
            try c.encodeIfPresent(nextToken, forKey: .nextToken)
        }
    }

    /// [ListContainerInstancesRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListContainerInstancesRequest.html)
    public struct ListContainerInstancesRequest: ECSShape {
        public static let shapeName = "ListContainerInstancesRequest"
        public var cluster: Swift.String?
        public var filter: Swift.String?
        public var nextToken: Swift.String?
        public var maxResults: Swift.Int?
        public var status: ContainerInstanceStatus?
        public init(
            cluster: Swift.String? = nil,
            filter: Swift.String? = nil,
            nextToken: Swift.String? = nil,
            maxResults: Swift.Int? = nil,
            status: ContainerInstanceStatus? = nil
        ) {
            self.cluster = cluster
            self.filter = filter
            self.nextToken = nextToken
            self.maxResults = maxResults
            self.status = status
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cluster, filter, nextToken, maxResults, status
            public static var shapeName: Swift.String { "ListContainerInstancesRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cluster = try c.decodeLenientStringIfPresent(forKey: .cluster)
            filter = try c.decodeLenientStringIfPresent(forKey: .filter)
            nextToken = try c.decodeLenientStringIfPresent(forKey: .nextToken)
            maxResults = try c.decodeIfPresent(Swift.Int.self, forKey: .maxResults)
            status = try c.decodeIfPresent(ContainerInstanceStatus.self, forKey: .status)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(cluster, forKey: .cluster)
            try c.encodeIfPresent(filter, forKey: .filter)
            try c.encodeIfPresent(nextToken, forKey: .nextToken)
            try c.encodeIfPresent(maxResults, forKey: .maxResults)
            try c.encodeIfPresent(status, forKey: .status)
        }
    }

    /// [ListContainerInstancesResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListContainerInstancesResponse.html)
    public struct ListContainerInstancesResponse: ECSShape {
        public static let shapeName = "ListContainerInstancesResponse"
        public var containerInstanceArns: [Swift.String]?
        public var nextToken: Swift.String?
        public init(containerInstanceArns: [Swift.String]? = nil, nextToken: Swift.String? = nil) {
            self.containerInstanceArns = containerInstanceArns
            self.nextToken = nextToken
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case containerInstanceArns, nextToken
            public static var shapeName: Swift.String { "ListContainerInstancesResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            containerInstanceArns = try c.decodeIfPresent([Swift.String].self, forKey: .containerInstanceArns)
            nextToken = try c.decodeLenientStringIfPresent(forKey: .nextToken)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(containerInstanceArns, forKey: .containerInstanceArns)
            try c.encodeIfPresent(nextToken, forKey: .nextToken)
        }
    }

    /// [ListServiceDeploymentsRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListServiceDeploymentsRequest.html)
    public struct ListServiceDeploymentsRequest: ECSShape {
        public static let shapeName = "ListServiceDeploymentsRequest"
        public var service: Swift.String
        public var cluster: Swift.String?
        public var status: [ServiceDeploymentStatus]?
        @Boxed public var createdAt: CreatedAt?
        public var nextToken: Swift.String?
        public var maxResults: Swift.Int?
        public init(
            service: Swift.String,
            cluster: Swift.String? = nil,
            status: [ServiceDeploymentStatus]? = nil,
            createdAt: CreatedAt? = nil,
            nextToken: Swift.String? = nil,
            maxResults: Swift.Int? = nil
        ) {
            self.service = service
            self.cluster = cluster
            self.status = status
            self.createdAt = createdAt
            self.nextToken = nextToken
            self.maxResults = maxResults
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case service, cluster, status, createdAt, nextToken, maxResults
            public static var shapeName: Swift.String { "ListServiceDeploymentsRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            service = try c.decode(Swift.String.self, forKey: .service)
            cluster = try c.decodeLenientStringIfPresent(forKey: .cluster)
            status = try c.decodeIfPresent([ServiceDeploymentStatus].self, forKey: .status)
            createdAt = try c.decodeIfPresent(CreatedAt.self, forKey: .createdAt)
            nextToken = try c.decodeLenientStringIfPresent(forKey: .nextToken)
            maxResults = try c.decodeIfPresent(Swift.Int.self, forKey: .maxResults)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(service, forKey: .service)
            try c.encodeIfPresent(cluster, forKey: .cluster)
            try c.encodeIfPresent(status, forKey: .status)
            try c.encodeIfPresent(createdAt, forKey: .createdAt)
            try c.encodeIfPresent(nextToken, forKey: .nextToken)
            try c.encodeIfPresent(maxResults, forKey: .maxResults)
        }
    }

    /// [ListServiceDeploymentsResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListServiceDeploymentsResponse.html)
    public struct ListServiceDeploymentsResponse: ECSShape {
        public static let shapeName = "ListServiceDeploymentsResponse"
        public var serviceDeployments: [ServiceDeploymentBrief]?
        public var nextToken: Swift.String?
        public init(
            serviceDeployments: [ServiceDeploymentBrief]? = nil,
            nextToken: Swift.String? = nil
        ) {
            self.serviceDeployments = serviceDeployments
            self.nextToken = nextToken
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case serviceDeployments, nextToken
            public static var shapeName: Swift.String { "ListServiceDeploymentsResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            serviceDeployments = try c.decodeIfPresent([ServiceDeploymentBrief].self, forKey: .serviceDeployments)
            nextToken = try c.decodeLenientStringIfPresent(forKey: .nextToken)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(serviceDeployments, forKey: .serviceDeployments)
            try c.encodeIfPresent(nextToken, forKey: .nextToken)
        }
    }

    /// [ListServicesRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListServicesRequest.html)
    public struct ListServicesRequest: ECSShape {
        public static let shapeName = "ListServicesRequest"
        public var cluster: Swift.String?
        public var nextToken: Swift.String?
        public var maxResults: Swift.Int?
        public var launchType: LaunchType?
        public var schedulingStrategy: SchedulingStrategy?
        public var resourceManagementType: ResourceManagementType?
        public init(
            cluster: Swift.String? = nil,
            nextToken: Swift.String? = nil,
            maxResults: Swift.Int? = nil,
            launchType: LaunchType? = nil,
            schedulingStrategy: SchedulingStrategy? = nil,
            resourceManagementType: ResourceManagementType? = nil
        ) {
            self.cluster = cluster
            self.nextToken = nextToken
            self.maxResults = maxResults
            self.launchType = launchType
            self.schedulingStrategy = schedulingStrategy
            self.resourceManagementType = resourceManagementType
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cluster, nextToken, maxResults, launchType, schedulingStrategy,
                 resourceManagementType
            public static var shapeName: Swift.String { "ListServicesRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cluster = try c.decodeLenientStringIfPresent(forKey: .cluster)
            nextToken = try c.decodeLenientStringIfPresent(forKey: .nextToken)
            maxResults = try c.decodeIfPresent(Swift.Int.self, forKey: .maxResults)
            launchType = try c.decodeIfPresent(LaunchType.self, forKey: .launchType)
            schedulingStrategy = try c.decodeIfPresent(SchedulingStrategy.self, forKey: .schedulingStrategy)
            resourceManagementType = try c.decodeIfPresent(ResourceManagementType.self, forKey: .resourceManagementType)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(cluster, forKey: .cluster)
            try c.encodeIfPresent(nextToken, forKey: .nextToken)
            try c.encodeIfPresent(maxResults, forKey: .maxResults)
            try c.encodeIfPresent(launchType, forKey: .launchType)
            try c.encodeIfPresent(schedulingStrategy, forKey: .schedulingStrategy)
            try c.encodeIfPresent(resourceManagementType, forKey: .resourceManagementType)
        }
    }

    /// [ListServicesResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListServicesResponse.html)
    public struct ListServicesResponse: ECSShape {
        public static let shapeName = "ListServicesResponse"
        public var serviceArns: [Swift.String]?
        public var nextToken: Swift.String?
        public init(serviceArns: [Swift.String]? = nil, nextToken: Swift.String? = nil) {
            self.serviceArns = serviceArns
            self.nextToken = nextToken
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case serviceArns, nextToken
            public static var shapeName: Swift.String { "ListServicesResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            serviceArns = try c.decodeIfPresent([Swift.String].self, forKey: .serviceArns)
            nextToken = try c.decodeLenientStringIfPresent(forKey: .nextToken)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(serviceArns, forKey: .serviceArns)
            try c.encodeIfPresent(nextToken, forKey: .nextToken)
        }
    }

    /// [ListTagsForResourceRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListTagsForResourceRequest.html)
    public struct ListTagsForResourceRequest: ECSShape {
        public static let shapeName = "ListTagsForResourceRequest"
        public var resourceArn: Swift.String
        public init(resourceArn: Swift.String) {
            self.resourceArn = resourceArn
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case resourceArn
            public static var shapeName: Swift.String { "ListTagsForResourceRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            resourceArn = try c.decode(Swift.String.self, forKey: .resourceArn)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(resourceArn, forKey: .resourceArn)
        }
    }

    /// [ListTagsForResourceResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListTagsForResourceResponse.html)
    public struct ListTagsForResourceResponse: ECSShape {
        public static let shapeName = "ListTagsForResourceResponse"
        public var tags: [Tag]?
        public init(tags: [Tag]? = nil) {
            self.tags = tags
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case tags
            public static var shapeName: Swift.String { "ListTagsForResourceResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            tags = try c.decodeIfPresent([Tag].self, forKey: .tags)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(tags, forKey: .tags)
        }
    }

    /// [ListTaskDefinitionFamiliesRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListTaskDefinitionFamiliesRequest.html)
    public struct ListTaskDefinitionFamiliesRequest: ECSShape {
        public static let shapeName = "ListTaskDefinitionFamiliesRequest"
        public var familyPrefix: Swift.String?
        public var status: TaskDefinitionFamilyStatus?
        public var nextToken: Swift.String?
        public var maxResults: Swift.Int?
        public init(
            familyPrefix: Swift.String? = nil,
            status: TaskDefinitionFamilyStatus? = nil,
            nextToken: Swift.String? = nil,
            maxResults: Swift.Int? = nil
        ) {
            self.familyPrefix = familyPrefix
            self.status = status
            self.nextToken = nextToken
            self.maxResults = maxResults
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case familyPrefix, status, nextToken, maxResults
            public static var shapeName: Swift.String { "ListTaskDefinitionFamiliesRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            familyPrefix = try c.decodeLenientStringIfPresent(forKey: .familyPrefix)
            status = try c.decodeIfPresent(TaskDefinitionFamilyStatus.self, forKey: .status)
            nextToken = try c.decodeLenientStringIfPresent(forKey: .nextToken)
            maxResults = try c.decodeIfPresent(Swift.Int.self, forKey: .maxResults)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(familyPrefix, forKey: .familyPrefix)
            try c.encodeIfPresent(status, forKey: .status)
            try c.encodeIfPresent(nextToken, forKey: .nextToken)
            try c.encodeIfPresent(maxResults, forKey: .maxResults)
        }
    }

    /// [ListTaskDefinitionFamiliesResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListTaskDefinitionFamiliesResponse.html)
    public struct ListTaskDefinitionFamiliesResponse: ECSShape {
        public static let shapeName = "ListTaskDefinitionFamiliesResponse"
        public var families: [Swift.String]?
        public var nextToken: Swift.String?
        public init(families: [Swift.String]? = nil, nextToken: Swift.String? = nil) {
            self.families = families
            self.nextToken = nextToken
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case families, nextToken
            public static var shapeName: Swift.String { "ListTaskDefinitionFamiliesResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            families = try c.decodeIfPresent([Swift.String].self, forKey: .families)
            nextToken = try c.decodeLenientStringIfPresent(forKey: .nextToken)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(families, forKey: .families)
            try c.encodeIfPresent(nextToken, forKey: .nextToken)
        }
    }

    /// [ListTaskDefinitionsRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListTaskDefinitionsRequest.html)
    public struct ListTaskDefinitionsRequest: ECSShape {
        public static let shapeName = "ListTaskDefinitionsRequest"
        public var familyPrefix: Swift.String?
        public var status: TaskDefinitionStatus?
        public var sort: SortOrder?
        public var nextToken: Swift.String?
        public var maxResults: Swift.Int?
        public init(
            familyPrefix: Swift.String? = nil,
            status: TaskDefinitionStatus? = nil,
            sort: SortOrder? = nil,
            nextToken: Swift.String? = nil,
            maxResults: Swift.Int? = nil
        ) {
            self.familyPrefix = familyPrefix
            self.status = status
            self.sort = sort
            self.nextToken = nextToken
            self.maxResults = maxResults
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case familyPrefix, status, sort, nextToken, maxResults
            public static var shapeName: Swift.String { "ListTaskDefinitionsRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            familyPrefix = try c.decodeLenientStringIfPresent(forKey: .familyPrefix)
            status = try c.decodeIfPresent(TaskDefinitionStatus.self, forKey: .status)
            sort = try c.decodeIfPresent(SortOrder.self, forKey: .sort)
            nextToken = try c.decodeLenientStringIfPresent(forKey: .nextToken)
            maxResults = try c.decodeIfPresent(Swift.Int.self, forKey: .maxResults)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(familyPrefix, forKey: .familyPrefix)
            try c.encodeIfPresent(status, forKey: .status)
            try c.encodeIfPresent(sort, forKey: .sort)
            try c.encodeIfPresent(nextToken, forKey: .nextToken)
            try c.encodeIfPresent(maxResults, forKey: .maxResults)
        }
    }

    /// [ListTaskDefinitionsResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListTaskDefinitionsResponse.html)
    public struct ListTaskDefinitionsResponse: ECSShape {
        public static let shapeName = "ListTaskDefinitionsResponse"
        public var taskDefinitionArns: [Swift.String]?
        public var nextToken: Swift.String?
        public init(taskDefinitionArns: [Swift.String]? = nil, nextToken: Swift.String? = nil) {
            self.taskDefinitionArns = taskDefinitionArns
            self.nextToken = nextToken
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case taskDefinitionArns, nextToken
            public static var shapeName: Swift.String { "ListTaskDefinitionsResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            taskDefinitionArns = try c.decodeIfPresent([Swift.String].self, forKey: .taskDefinitionArns)
            nextToken = try c.decodeLenientStringIfPresent(forKey: .nextToken)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(taskDefinitionArns, forKey: .taskDefinitionArns)
            try c.encodeIfPresent(nextToken, forKey: .nextToken)
        }
    }

    /// [ListTasksRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListTasksRequest.html)
    public struct ListTasksRequest: ECSShape {
        public static let shapeName = "ListTasksRequest"
        public var cluster: Swift.String?
        public var containerInstance: Swift.String?
        public var family: Swift.String?
        public var nextToken: Swift.String?
        public var maxResults: Swift.Int?
        public var startedBy: Swift.String?
        public var serviceName: Swift.String?
        public var desiredStatus: DesiredStatus?
        public var launchType: LaunchType?
        public var daemonName: Swift.String?
        public init(
            cluster: Swift.String? = nil,
            containerInstance: Swift.String? = nil,
            family: Swift.String? = nil,
            nextToken: Swift.String? = nil,
            maxResults: Swift.Int? = nil,
            startedBy: Swift.String? = nil,
            serviceName: Swift.String? = nil,
            desiredStatus: DesiredStatus? = nil,
            launchType: LaunchType? = nil,
            daemonName: Swift.String? = nil
        ) {
            self.cluster = cluster
            self.containerInstance = containerInstance
            self.family = family
            self.nextToken = nextToken
            self.maxResults = maxResults
            self.startedBy = startedBy
            self.serviceName = serviceName
            self.desiredStatus = desiredStatus
            self.launchType = launchType
            self.daemonName = daemonName
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cluster, containerInstance, family, nextToken, maxResults, startedBy, serviceName,
                 desiredStatus, launchType, daemonName
            public static var shapeName: Swift.String { "ListTasksRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cluster = try c.decodeLenientStringIfPresent(forKey: .cluster)
            containerInstance = try c.decodeLenientStringIfPresent(forKey: .containerInstance)
            family = try c.decodeLenientStringIfPresent(forKey: .family)
            nextToken = try c.decodeLenientStringIfPresent(forKey: .nextToken)
            maxResults = try c.decodeIfPresent(Swift.Int.self, forKey: .maxResults)
            startedBy = try c.decodeLenientStringIfPresent(forKey: .startedBy)
            serviceName = try c.decodeLenientStringIfPresent(forKey: .serviceName)
            desiredStatus = try c.decodeIfPresent(DesiredStatus.self, forKey: .desiredStatus)
            launchType = try c.decodeIfPresent(LaunchType.self, forKey: .launchType)
            daemonName = try c.decodeLenientStringIfPresent(forKey: .daemonName)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(cluster, forKey: .cluster)
            try c.encodeIfPresent(containerInstance, forKey: .containerInstance)
            try c.encodeIfPresent(family, forKey: .family)
            try c.encodeIfPresent(nextToken, forKey: .nextToken)
            try c.encodeIfPresent(maxResults, forKey: .maxResults)
            try c.encodeIfPresent(startedBy, forKey: .startedBy)
            try c.encodeIfPresent(serviceName, forKey: .serviceName)
            try c.encodeIfPresent(desiredStatus, forKey: .desiredStatus)
            try c.encodeIfPresent(launchType, forKey: .launchType)
            try c.encodeIfPresent(daemonName, forKey: .daemonName)
        }
    }

    /// [ListTasksResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListTasksResponse.html)
    public struct ListTasksResponse: ECSShape {
        public static let shapeName = "ListTasksResponse"
        public var taskArns: [Swift.String]?
        public var nextToken: Swift.String?
        public init(taskArns: [Swift.String]? = nil, nextToken: Swift.String? = nil) {
            self.taskArns = taskArns
            self.nextToken = nextToken
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case taskArns, nextToken
            public static var shapeName: Swift.String { "ListTasksResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            taskArns = try c.decodeIfPresent([Swift.String].self, forKey: .taskArns)
            nextToken = try c.decodeLenientStringIfPresent(forKey: .nextToken)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(taskArns, forKey: .taskArns)
            try c.encodeIfPresent(nextToken, forKey: .nextToken)
        }
    }

    /// [LoadBalancer](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LoadBalancer.html)
    public struct LoadBalancer: ECSShape {
        public static let shapeName = "LoadBalancer"
        public var targetGroupArn: Swift.String?
        public var loadBalancerName: Swift.String?
        public var containerName: Swift.String?
        public var containerPort: Swift.Int?
        @Boxed public var advancedConfiguration: AdvancedConfiguration?
        public init(
            targetGroupArn: Swift.String? = nil,
            loadBalancerName: Swift.String? = nil,
            containerName: Swift.String? = nil,
            containerPort: Swift.Int? = nil,
            advancedConfiguration: AdvancedConfiguration? = nil
        ) {
            self.targetGroupArn = targetGroupArn
            self.loadBalancerName = loadBalancerName
            self.containerName = containerName
            self.containerPort = containerPort
            self.advancedConfiguration = advancedConfiguration
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case targetGroupArn, loadBalancerName, containerName, containerPort,
                 advancedConfiguration
            public static var shapeName: Swift.String { "LoadBalancer" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            targetGroupArn = try c.decodeLenientStringIfPresent(forKey: .targetGroupArn)
            loadBalancerName = try c.decodeLenientStringIfPresent(forKey: .loadBalancerName)
            containerName = try c.decodeLenientStringIfPresent(forKey: .containerName)
            containerPort = try c.decodeIfPresent(Swift.Int.self, forKey: .containerPort)
            advancedConfiguration = try c.decodeIfPresent(AdvancedConfiguration.self, forKey: .advancedConfiguration)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(targetGroupArn, forKey: .targetGroupArn)
            try c.encodeIfPresent(loadBalancerName, forKey: .loadBalancerName)
            try c.encodeIfPresent(containerName, forKey: .containerName)
            try c.encodeIfPresent(containerPort, forKey: .containerPort)
            try c.encodeIfPresent(advancedConfiguration, forKey: .advancedConfiguration)
        }
    }

    /// [LogConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html)
    public struct LogConfiguration: ECSShape {
        public static let shapeName = "LogConfiguration"
        public var logDriver: LogDriver
        public var options: [Swift.String: Swift.String]?
        public var secretOptions: [Secret]?
        public init(
            logDriver: LogDriver,
            options: [Swift.String: Swift.String]? = nil,
            secretOptions: [Secret]? = nil
        ) {
            self.logDriver = logDriver
            self.options = options
            self.secretOptions = secretOptions
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case logDriver, options, secretOptions
            public static var shapeName: Swift.String { "LogConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            logDriver = try c.decode(LogDriver.self, forKey: .logDriver)
            options = try c.decodeIfPresent([Swift.String: Swift.String].self, forKey: .options)
            secretOptions = try c.decodeIfPresent([Secret].self, forKey: .secretOptions)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(logDriver, forKey: .logDriver)
            try c.encodeIfPresent(options, forKey: .options)
            try c.encodeIfPresent(secretOptions, forKey: .secretOptions)
        }
    }

    /// [ManagedAgent](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedAgent.html)
    public struct ManagedAgent: ECSShape {
        public static let shapeName = "ManagedAgent"
        public var lastStartedAt: ECSTimestamp?
        public var name: ManagedAgentName?
        public var reason: Swift.String?
        public var lastStatus: Swift.String?
        public init(
            lastStartedAt: ECSTimestamp? = nil,
            name: ManagedAgentName? = nil,
            reason: Swift.String? = nil,
            lastStatus: Swift.String? = nil
        ) {
            self.lastStartedAt = lastStartedAt
            self.name = name
            self.reason = reason
            self.lastStatus = lastStatus
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case lastStartedAt, name, reason, lastStatus
            public static var shapeName: Swift.String { "ManagedAgent" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            lastStartedAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .lastStartedAt)
            name = try c.decodeIfPresent(ManagedAgentName.self, forKey: .name)
            reason = try c.decodeLenientStringIfPresent(forKey: .reason)
            lastStatus = try c.decodeLenientStringIfPresent(forKey: .lastStatus)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(lastStartedAt, forKey: .lastStartedAt)
            try c.encodeIfPresent(name, forKey: .name)
            try c.encodeIfPresent(reason, forKey: .reason)
            try c.encodeIfPresent(lastStatus, forKey: .lastStatus)
        }
    }

    /// [ManagedApplicationAutoScalingPolicy](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedApplicationAutoScalingPolicy.html)
    public struct ManagedApplicationAutoScalingPolicy: ECSShape {
        public static let shapeName = "ManagedApplicationAutoScalingPolicy"
        public var arn: Swift.String?
        public var status: ManagedResourceStatus
        public var statusReason: Swift.String?
        public var updatedAt: ECSTimestamp
        public var policyType: Swift.String
        public var targetValue: Swift.Double
        public var metric: Swift.String
        public init(
            arn: Swift.String? = nil,
            status: ManagedResourceStatus,
            statusReason: Swift.String? = nil,
            updatedAt: ECSTimestamp,
            policyType: Swift.String,
            targetValue: Swift.Double,
            metric: Swift.String
        ) {
            self.arn = arn
            self.status = status
            self.statusReason = statusReason
            self.updatedAt = updatedAt
            self.policyType = policyType
            self.targetValue = targetValue
            self.metric = metric
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case arn, status, statusReason, updatedAt, policyType, targetValue, metric
            public static var shapeName: Swift.String { "ManagedApplicationAutoScalingPolicy" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            arn = try c.decodeLenientStringIfPresent(forKey: .arn)
            status = try c.decode(ManagedResourceStatus.self, forKey: .status)
            statusReason = try c.decodeLenientStringIfPresent(forKey: .statusReason)
            updatedAt = try c.decode(ECSTimestamp.self, forKey: .updatedAt)
            policyType = try c.decode(Swift.String.self, forKey: .policyType)
            targetValue = try c.decode(Swift.Double.self, forKey: .targetValue)
            metric = try c.decode(Swift.String.self, forKey: .metric)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(arn, forKey: .arn)
            try c.encode(status, forKey: .status)
            try c.encodeIfPresent(statusReason, forKey: .statusReason)
            try c.encode(updatedAt, forKey: .updatedAt)
            try c.encode(policyType, forKey: .policyType)
            try c.encode(targetValue, forKey: .targetValue)
            try c.encode(metric, forKey: .metric)
        }
    }

    /// [ManagedAutoScaling](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedAutoScaling.html)
    public struct ManagedAutoScaling: ECSShape {
        public static let shapeName = "ManagedAutoScaling"
        @Boxed public var scalableTarget: ManagedScalableTarget?
        public var applicationAutoScalingPolicies: [ManagedApplicationAutoScalingPolicy]?
        public init(
            scalableTarget: ManagedScalableTarget? = nil,
            applicationAutoScalingPolicies: [ManagedApplicationAutoScalingPolicy]? = nil
        ) {
            self.scalableTarget = scalableTarget
            self.applicationAutoScalingPolicies = applicationAutoScalingPolicies
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case scalableTarget, applicationAutoScalingPolicies
            public static var shapeName: Swift.String { "ManagedAutoScaling" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            scalableTarget = try c.decodeIfPresent(ManagedScalableTarget.self, forKey: .scalableTarget)
            applicationAutoScalingPolicies = try c.decodeIfPresent([ManagedApplicationAutoScalingPolicy].self, forKey: .applicationAutoScalingPolicies)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(scalableTarget, forKey: .scalableTarget)
            try c.encodeIfPresent(applicationAutoScalingPolicies, forKey: .applicationAutoScalingPolicies)
        }
    }

    /// [ManagedCertificate](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedCertificate.html)
    public struct ManagedCertificate: ECSShape {
        public static let shapeName = "ManagedCertificate"
        public var arn: Swift.String?
        public var status: ManagedResourceStatus
        public var statusReason: Swift.String?
        public var updatedAt: ECSTimestamp
        public var domainName: Swift.String
        public init(
            arn: Swift.String? = nil,
            status: ManagedResourceStatus,
            statusReason: Swift.String? = nil,
            updatedAt: ECSTimestamp,
            domainName: Swift.String
        ) {
            self.arn = arn
            self.status = status
            self.statusReason = statusReason
            self.updatedAt = updatedAt
            self.domainName = domainName
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case arn, status, statusReason, updatedAt, domainName
            public static var shapeName: Swift.String { "ManagedCertificate" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            arn = try c.decodeLenientStringIfPresent(forKey: .arn)
            status = try c.decode(ManagedResourceStatus.self, forKey: .status)
            statusReason = try c.decodeLenientStringIfPresent(forKey: .statusReason)
            updatedAt = try c.decode(ECSTimestamp.self, forKey: .updatedAt)
            domainName = try c.decode(Swift.String.self, forKey: .domainName)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(arn, forKey: .arn)
            try c.encode(status, forKey: .status)
            try c.encodeIfPresent(statusReason, forKey: .statusReason)
            try c.encode(updatedAt, forKey: .updatedAt)
            try c.encode(domainName, forKey: .domainName)
        }
    }

    /// [ManagedIngressPath](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedIngressPath.html)
    public struct ManagedIngressPath: ECSShape {
        public static let shapeName = "ManagedIngressPath"
        public var accessType: AccessType
        public var endpoint: Swift.String
        @Boxed public var loadBalancer: ManagedLoadBalancer?
        public var loadBalancerSecurityGroups: [ManagedSecurityGroup]?
        @Boxed public var certificate: ManagedCertificate?
        @Boxed public var listener: ManagedListener?
        @Boxed public var rule: ManagedListenerRule?
        public var targetGroups: [ManagedTargetGroup]?
        public init(
            accessType: AccessType,
            endpoint: Swift.String,
            loadBalancer: ManagedLoadBalancer? = nil,
            loadBalancerSecurityGroups: [ManagedSecurityGroup]? = nil,
            certificate: ManagedCertificate? = nil,
            listener: ManagedListener? = nil,
            rule: ManagedListenerRule? = nil,
            targetGroups: [ManagedTargetGroup]? = nil
        ) {
            self.accessType = accessType
            self.endpoint = endpoint
            self.loadBalancer = loadBalancer
            self.loadBalancerSecurityGroups = loadBalancerSecurityGroups
            self.certificate = certificate
            self.listener = listener
            self.rule = rule
            self.targetGroups = targetGroups
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case accessType, endpoint, loadBalancer, loadBalancerSecurityGroups, certificate,
                 listener, rule, targetGroups
            public static var shapeName: Swift.String { "ManagedIngressPath" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            accessType = try c.decode(AccessType.self, forKey: .accessType)
            endpoint = try c.decode(Swift.String.self, forKey: .endpoint)
            loadBalancer = try c.decodeIfPresent(ManagedLoadBalancer.self, forKey: .loadBalancer)
            loadBalancerSecurityGroups = try c.decodeIfPresent([ManagedSecurityGroup].self, forKey: .loadBalancerSecurityGroups)
            certificate = try c.decodeIfPresent(ManagedCertificate.self, forKey: .certificate)
            listener = try c.decodeIfPresent(ManagedListener.self, forKey: .listener)
            rule = try c.decodeIfPresent(ManagedListenerRule.self, forKey: .rule)
            targetGroups = try c.decodeIfPresent([ManagedTargetGroup].self, forKey: .targetGroups)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(accessType, forKey: .accessType)
            try c.encode(endpoint, forKey: .endpoint)
            try c.encodeIfPresent(loadBalancer, forKey: .loadBalancer)
            try c.encodeIfPresent(loadBalancerSecurityGroups, forKey: .loadBalancerSecurityGroups)
            try c.encodeIfPresent(certificate, forKey: .certificate)
            try c.encodeIfPresent(listener, forKey: .listener)
            try c.encodeIfPresent(rule, forKey: .rule)
            try c.encodeIfPresent(targetGroups, forKey: .targetGroups)
        }
    }

    /// [ManagedInstancesLocalStorageConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedInstancesLocalStorageConfiguration.html)
    public struct ManagedInstancesLocalStorageConfiguration: ECSShape {
        public static let shapeName = "ManagedInstancesLocalStorageConfiguration"
        public var useLocalStorage: Swift.Bool?
        public init(useLocalStorage: Swift.Bool? = nil) {
            self.useLocalStorage = useLocalStorage
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case useLocalStorage
            public static var shapeName: Swift.String { "ManagedInstancesLocalStorageConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            useLocalStorage = try c.decodeIfPresent(Swift.Bool.self, forKey: .useLocalStorage)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(useLocalStorage, forKey: .useLocalStorage)
        }
    }

    /// [ManagedInstancesNetworkConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedInstancesNetworkConfiguration.html)
    public struct ManagedInstancesNetworkConfiguration: ECSShape {
        public static let shapeName = "ManagedInstancesNetworkConfiguration"
        public var subnets: [Swift.String]?
        public var securityGroups: [Swift.String]?
        public init(subnets: [Swift.String]? = nil, securityGroups: [Swift.String]? = nil) {
            self.subnets = subnets
            self.securityGroups = securityGroups
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case subnets, securityGroups
            public static var shapeName: Swift.String { "ManagedInstancesNetworkConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            subnets = try c.decodeIfPresent([Swift.String].self, forKey: .subnets)
            securityGroups = try c.decodeIfPresent([Swift.String].self, forKey: .securityGroups)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(subnets, forKey: .subnets)
            try c.encodeIfPresent(securityGroups, forKey: .securityGroups)
        }
    }

    /// [ManagedInstancesProvider](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedInstancesProvider.html)
    public struct ManagedInstancesProvider: ECSShape {
        public static let shapeName = "ManagedInstancesProvider"
        public var infrastructureRoleArn: Swift.String?
        @Boxed public var instanceLaunchTemplate: InstanceLaunchTemplate?
        public var propagateTags: PropagateMITags?
        @Boxed public var infrastructureOptimization: InfrastructureOptimization?
        @Boxed public var autoRepairConfiguration: AutoRepairConfiguration?
        public init(
            infrastructureRoleArn: Swift.String? = nil,
            instanceLaunchTemplate: InstanceLaunchTemplate? = nil,
            propagateTags: PropagateMITags? = nil,
            infrastructureOptimization: InfrastructureOptimization? = nil,
            autoRepairConfiguration: AutoRepairConfiguration? = nil
        ) {
            self.infrastructureRoleArn = infrastructureRoleArn
            self.instanceLaunchTemplate = instanceLaunchTemplate
            self.propagateTags = propagateTags
            self.infrastructureOptimization = infrastructureOptimization
            self.autoRepairConfiguration = autoRepairConfiguration
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case infrastructureRoleArn, instanceLaunchTemplate, propagateTags,
                 infrastructureOptimization, autoRepairConfiguration
            public static var shapeName: Swift.String { "ManagedInstancesProvider" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            infrastructureRoleArn = try c.decodeLenientStringIfPresent(forKey: .infrastructureRoleArn)
            instanceLaunchTemplate = try c.decodeIfPresent(InstanceLaunchTemplate.self, forKey: .instanceLaunchTemplate)
            propagateTags = try c.decodeIfPresent(PropagateMITags.self, forKey: .propagateTags)
            infrastructureOptimization = try c.decodeIfPresent(InfrastructureOptimization.self, forKey: .infrastructureOptimization)
            autoRepairConfiguration = try c.decodeIfPresent(AutoRepairConfiguration.self, forKey: .autoRepairConfiguration)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(infrastructureRoleArn, forKey: .infrastructureRoleArn)
            try c.encodeIfPresent(instanceLaunchTemplate, forKey: .instanceLaunchTemplate)
            try c.encodeIfPresent(propagateTags, forKey: .propagateTags)
            try c.encodeIfPresent(infrastructureOptimization, forKey: .infrastructureOptimization)
            try c.encodeIfPresent(autoRepairConfiguration, forKey: .autoRepairConfiguration)
        }
    }

    /// [ManagedInstancesStorageConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedInstancesStorageConfiguration.html)
    public struct ManagedInstancesStorageConfiguration: ECSShape {
        public static let shapeName = "ManagedInstancesStorageConfiguration"
        public var storageSizeGiB: Swift.Int?
        public init(storageSizeGiB: Swift.Int? = nil) {
            self.storageSizeGiB = storageSizeGiB
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case storageSizeGiB
            public static var shapeName: Swift.String { "ManagedInstancesStorageConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            storageSizeGiB = try c.decodeIfPresent(Swift.Int.self, forKey: .storageSizeGiB)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(storageSizeGiB, forKey: .storageSizeGiB)
        }
    }

    /// [ManagedListener](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedListener.html)
    public struct ManagedListener: ECSShape {
        public static let shapeName = "ManagedListener"
        public var arn: Swift.String?
        public var status: ManagedResourceStatus
        public var statusReason: Swift.String?
        public var updatedAt: ECSTimestamp
        public init(
            arn: Swift.String? = nil,
            status: ManagedResourceStatus,
            statusReason: Swift.String? = nil,
            updatedAt: ECSTimestamp
        ) {
            self.arn = arn
            self.status = status
            self.statusReason = statusReason
            self.updatedAt = updatedAt
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case arn, status, statusReason, updatedAt
            public static var shapeName: Swift.String { "ManagedListener" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            arn = try c.decodeLenientStringIfPresent(forKey: .arn)
            status = try c.decode(ManagedResourceStatus.self, forKey: .status)
            statusReason = try c.decodeLenientStringIfPresent(forKey: .statusReason)
            updatedAt = try c.decode(ECSTimestamp.self, forKey: .updatedAt)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(arn, forKey: .arn)
            try c.encode(status, forKey: .status)
            try c.encodeIfPresent(statusReason, forKey: .statusReason)
            try c.encode(updatedAt, forKey: .updatedAt)
        }
    }

    /// [ManagedListenerRule](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedListenerRule.html)
    public struct ManagedListenerRule: ECSShape {
        public static let shapeName = "ManagedListenerRule"
        public var arn: Swift.String?
        public var status: ManagedResourceStatus
        public var statusReason: Swift.String?
        public var updatedAt: ECSTimestamp
        public init(
            arn: Swift.String? = nil,
            status: ManagedResourceStatus,
            statusReason: Swift.String? = nil,
            updatedAt: ECSTimestamp
        ) {
            self.arn = arn
            self.status = status
            self.statusReason = statusReason
            self.updatedAt = updatedAt
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case arn, status, statusReason, updatedAt
            public static var shapeName: Swift.String { "ManagedListenerRule" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            arn = try c.decodeLenientStringIfPresent(forKey: .arn)
            status = try c.decode(ManagedResourceStatus.self, forKey: .status)
            statusReason = try c.decodeLenientStringIfPresent(forKey: .statusReason)
            updatedAt = try c.decode(ECSTimestamp.self, forKey: .updatedAt)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(arn, forKey: .arn)
            try c.encode(status, forKey: .status)
            try c.encodeIfPresent(statusReason, forKey: .statusReason)
            try c.encode(updatedAt, forKey: .updatedAt)
        }
    }

    /// [ManagedLoadBalancer](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedLoadBalancer.html)
    public struct ManagedLoadBalancer: ECSShape {
        public static let shapeName = "ManagedLoadBalancer"
        public var arn: Swift.String?
        public var status: ManagedResourceStatus
        public var statusReason: Swift.String?
        public var updatedAt: ECSTimestamp
        public var scheme: Swift.String
        public var subnetIds: [Swift.String]?
        public var securityGroupIds: [Swift.String]?
        public init(
            arn: Swift.String? = nil,
            status: ManagedResourceStatus,
            statusReason: Swift.String? = nil,
            updatedAt: ECSTimestamp,
            scheme: Swift.String,
            subnetIds: [Swift.String]? = nil,
            securityGroupIds: [Swift.String]? = nil
        ) {
            self.arn = arn
            self.status = status
            self.statusReason = statusReason
            self.updatedAt = updatedAt
            self.scheme = scheme
            self.subnetIds = subnetIds
            self.securityGroupIds = securityGroupIds
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case arn, status, statusReason, updatedAt, scheme, subnetIds, securityGroupIds
            public static var shapeName: Swift.String { "ManagedLoadBalancer" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            arn = try c.decodeLenientStringIfPresent(forKey: .arn)
            status = try c.decode(ManagedResourceStatus.self, forKey: .status)
            statusReason = try c.decodeLenientStringIfPresent(forKey: .statusReason)
            updatedAt = try c.decode(ECSTimestamp.self, forKey: .updatedAt)
            scheme = try c.decode(Swift.String.self, forKey: .scheme)
            subnetIds = try c.decodeIfPresent([Swift.String].self, forKey: .subnetIds)
            securityGroupIds = try c.decodeIfPresent([Swift.String].self, forKey: .securityGroupIds)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(arn, forKey: .arn)
            try c.encode(status, forKey: .status)
            try c.encodeIfPresent(statusReason, forKey: .statusReason)
            try c.encode(updatedAt, forKey: .updatedAt)
            try c.encode(scheme, forKey: .scheme)
            try c.encodeIfPresent(subnetIds, forKey: .subnetIds)
            try c.encodeIfPresent(securityGroupIds, forKey: .securityGroupIds)
        }
    }

    /// [ManagedLogGroup](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedLogGroup.html)
    public struct ManagedLogGroup: ECSShape {
        public static let shapeName = "ManagedLogGroup"
        public var arn: Swift.String?
        public var status: ManagedResourceStatus
        public var statusReason: Swift.String?
        public var updatedAt: ECSTimestamp
        public var logGroupName: Swift.String
        public init(
            arn: Swift.String? = nil,
            status: ManagedResourceStatus,
            statusReason: Swift.String? = nil,
            updatedAt: ECSTimestamp,
            logGroupName: Swift.String
        ) {
            self.arn = arn
            self.status = status
            self.statusReason = statusReason
            self.updatedAt = updatedAt
            self.logGroupName = logGroupName
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case arn, status, statusReason, updatedAt, logGroupName
            public static var shapeName: Swift.String { "ManagedLogGroup" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            arn = try c.decodeLenientStringIfPresent(forKey: .arn)
            status = try c.decode(ManagedResourceStatus.self, forKey: .status)
            statusReason = try c.decodeLenientStringIfPresent(forKey: .statusReason)
            updatedAt = try c.decode(ECSTimestamp.self, forKey: .updatedAt)
            logGroupName = try c.decode(Swift.String.self, forKey: .logGroupName)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(arn, forKey: .arn)
            try c.encode(status, forKey: .status)
            try c.encodeIfPresent(statusReason, forKey: .statusReason)
            try c.encode(updatedAt, forKey: .updatedAt)
            try c.encode(logGroupName, forKey: .logGroupName)
        }
    }

    /// [ManagedMetricAlarm](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedMetricAlarm.html)
    public struct ManagedMetricAlarm: ECSShape {
        public static let shapeName = "ManagedMetricAlarm"
        public var arn: Swift.String?
        public var status: ManagedResourceStatus
        public var statusReason: Swift.String?
        public var updatedAt: ECSTimestamp
        public init(
            arn: Swift.String? = nil,
            status: ManagedResourceStatus,
            statusReason: Swift.String? = nil,
            updatedAt: ECSTimestamp
        ) {
            self.arn = arn
            self.status = status
            self.statusReason = statusReason
            self.updatedAt = updatedAt
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case arn, status, statusReason, updatedAt
            public static var shapeName: Swift.String { "ManagedMetricAlarm" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            arn = try c.decodeLenientStringIfPresent(forKey: .arn)
            status = try c.decode(ManagedResourceStatus.self, forKey: .status)
            statusReason = try c.decodeLenientStringIfPresent(forKey: .statusReason)
            updatedAt = try c.decode(ECSTimestamp.self, forKey: .updatedAt)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(arn, forKey: .arn)
            try c.encode(status, forKey: .status)
            try c.encodeIfPresent(statusReason, forKey: .statusReason)
            try c.encode(updatedAt, forKey: .updatedAt)
        }
    }

    /// [ManagedScalableTarget](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedScalableTarget.html)
    public struct ManagedScalableTarget: ECSShape {
        public static let shapeName = "ManagedScalableTarget"
        public var arn: Swift.String?
        public var status: ManagedResourceStatus
        public var statusReason: Swift.String?
        public var updatedAt: ECSTimestamp
        public var minCapacity: Swift.Int
        public var maxCapacity: Swift.Int
        public init(
            arn: Swift.String? = nil,
            status: ManagedResourceStatus,
            statusReason: Swift.String? = nil,
            updatedAt: ECSTimestamp,
            minCapacity: Swift.Int,
            maxCapacity: Swift.Int
        ) {
            self.arn = arn
            self.status = status
            self.statusReason = statusReason
            self.updatedAt = updatedAt
            self.minCapacity = minCapacity
            self.maxCapacity = maxCapacity
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case arn, status, statusReason, updatedAt, minCapacity, maxCapacity
            public static var shapeName: Swift.String { "ManagedScalableTarget" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            arn = try c.decodeLenientStringIfPresent(forKey: .arn)
            status = try c.decode(ManagedResourceStatus.self, forKey: .status)
            statusReason = try c.decodeLenientStringIfPresent(forKey: .statusReason)
            updatedAt = try c.decode(ECSTimestamp.self, forKey: .updatedAt)
            minCapacity = try c.decode(Swift.Int.self, forKey: .minCapacity)
            maxCapacity = try c.decode(Swift.Int.self, forKey: .maxCapacity)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(arn, forKey: .arn)
            try c.encode(status, forKey: .status)
            try c.encodeIfPresent(statusReason, forKey: .statusReason)
            try c.encode(updatedAt, forKey: .updatedAt)
            try c.encode(minCapacity, forKey: .minCapacity)
            try c.encode(maxCapacity, forKey: .maxCapacity)
        }
    }

    /// [ManagedScaling](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedScaling.html)
    public struct ManagedScaling: ECSShape {
        public static let shapeName = "ManagedScaling"
        public var status: ManagedScalingStatus?
        public var targetCapacity: Swift.Int?
        public var minimumScalingStepSize: Swift.Int?
        public var maximumScalingStepSize: Swift.Int?
        public var instanceWarmupPeriod: Swift.Int?
        public init(
            status: ManagedScalingStatus? = nil,
            targetCapacity: Swift.Int? = nil,
            minimumScalingStepSize: Swift.Int? = nil,
            maximumScalingStepSize: Swift.Int? = nil,
            instanceWarmupPeriod: Swift.Int? = nil
        ) {
            self.status = status
            self.targetCapacity = targetCapacity
            self.minimumScalingStepSize = minimumScalingStepSize
            self.maximumScalingStepSize = maximumScalingStepSize
            self.instanceWarmupPeriod = instanceWarmupPeriod
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case status, targetCapacity, minimumScalingStepSize, maximumScalingStepSize,
                 instanceWarmupPeriod
            public static var shapeName: Swift.String { "ManagedScaling" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            status = try c.decodeIfPresent(ManagedScalingStatus.self, forKey: .status)
            targetCapacity = try c.decodeIfPresent(Swift.Int.self, forKey: .targetCapacity)
            minimumScalingStepSize = try c.decodeIfPresent(Swift.Int.self, forKey: .minimumScalingStepSize)
            maximumScalingStepSize = try c.decodeIfPresent(Swift.Int.self, forKey: .maximumScalingStepSize)
            instanceWarmupPeriod = try c.decodeIfPresent(Swift.Int.self, forKey: .instanceWarmupPeriod)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(status, forKey: .status)
            try c.encodeIfPresent(targetCapacity, forKey: .targetCapacity)
            try c.encodeIfPresent(minimumScalingStepSize, forKey: .minimumScalingStepSize)
            try c.encodeIfPresent(maximumScalingStepSize, forKey: .maximumScalingStepSize)
            try c.encodeIfPresent(instanceWarmupPeriod, forKey: .instanceWarmupPeriod)
        }
    }

    /// [ManagedSecurityGroup](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedSecurityGroup.html)
    public struct ManagedSecurityGroup: ECSShape {
        public static let shapeName = "ManagedSecurityGroup"
        public var arn: Swift.String?
        public var status: ManagedResourceStatus
        public var statusReason: Swift.String?
        public var updatedAt: ECSTimestamp
        public init(
            arn: Swift.String? = nil,
            status: ManagedResourceStatus,
            statusReason: Swift.String? = nil,
            updatedAt: ECSTimestamp
        ) {
            self.arn = arn
            self.status = status
            self.statusReason = statusReason
            self.updatedAt = updatedAt
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case arn, status, statusReason, updatedAt
            public static var shapeName: Swift.String { "ManagedSecurityGroup" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            arn = try c.decodeLenientStringIfPresent(forKey: .arn)
            status = try c.decode(ManagedResourceStatus.self, forKey: .status)
            statusReason = try c.decodeLenientStringIfPresent(forKey: .statusReason)
            updatedAt = try c.decode(ECSTimestamp.self, forKey: .updatedAt)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(arn, forKey: .arn)
            try c.encode(status, forKey: .status)
            try c.encodeIfPresent(statusReason, forKey: .statusReason)
            try c.encode(updatedAt, forKey: .updatedAt)
        }
    }

    /// [ManagedStorageConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedStorageConfiguration.html)
    public struct ManagedStorageConfiguration: ECSShape {
        public static let shapeName = "ManagedStorageConfiguration"
        public var kmsKeyId: Swift.String?
        public var fargateEphemeralStorageKmsKeyId: Swift.String?
        public init(
            kmsKeyId: Swift.String? = nil,
            fargateEphemeralStorageKmsKeyId: Swift.String? = nil
        ) {
            self.kmsKeyId = kmsKeyId
            self.fargateEphemeralStorageKmsKeyId = fargateEphemeralStorageKmsKeyId
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case kmsKeyId, fargateEphemeralStorageKmsKeyId
            public static var shapeName: Swift.String { "ManagedStorageConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            kmsKeyId = try c.decodeLenientStringIfPresent(forKey: .kmsKeyId)
            fargateEphemeralStorageKmsKeyId = try c.decodeLenientStringIfPresent(forKey: .fargateEphemeralStorageKmsKeyId)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(kmsKeyId, forKey: .kmsKeyId)
            try c.encodeIfPresent(fargateEphemeralStorageKmsKeyId, forKey: .fargateEphemeralStorageKmsKeyId)
        }
    }

    /// [ManagedTargetGroup](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedTargetGroup.html)
    public struct ManagedTargetGroup: ECSShape {
        public static let shapeName = "ManagedTargetGroup"
        public var arn: Swift.String?
        public var status: ManagedResourceStatus
        public var statusReason: Swift.String?
        public var updatedAt: ECSTimestamp
        public var healthCheckPath: Swift.String
        public var healthCheckPort: Swift.Int
        public var port: Swift.Int
        public init(
            arn: Swift.String? = nil,
            status: ManagedResourceStatus,
            statusReason: Swift.String? = nil,
            updatedAt: ECSTimestamp,
            healthCheckPath: Swift.String,
            healthCheckPort: Swift.Int,
            port: Swift.Int
        ) {
            self.arn = arn
            self.status = status
            self.statusReason = statusReason
            self.updatedAt = updatedAt
            self.healthCheckPath = healthCheckPath
            self.healthCheckPort = healthCheckPort
            self.port = port
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case arn, status, statusReason, updatedAt, healthCheckPath, healthCheckPort, port
            public static var shapeName: Swift.String { "ManagedTargetGroup" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            arn = try c.decodeLenientStringIfPresent(forKey: .arn)
            status = try c.decode(ManagedResourceStatus.self, forKey: .status)
            statusReason = try c.decodeLenientStringIfPresent(forKey: .statusReason)
            updatedAt = try c.decode(ECSTimestamp.self, forKey: .updatedAt)
            healthCheckPath = try c.decode(Swift.String.self, forKey: .healthCheckPath)
            healthCheckPort = try c.decode(Swift.Int.self, forKey: .healthCheckPort)
            port = try c.decode(Swift.Int.self, forKey: .port)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(arn, forKey: .arn)
            try c.encode(status, forKey: .status)
            try c.encodeIfPresent(statusReason, forKey: .statusReason)
            try c.encode(updatedAt, forKey: .updatedAt)
            try c.encode(healthCheckPath, forKey: .healthCheckPath)
            try c.encode(healthCheckPort, forKey: .healthCheckPort)
            try c.encode(port, forKey: .port)
        }
    }

    /// [MemoryGiBPerVCpuRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_MemoryGiBPerVCpuRequest.html)
    public struct MemoryGiBPerVCpuRequest: ECSShape {
        public static let shapeName = "MemoryGiBPerVCpuRequest"
        public var min: Swift.Double?
        public var max: Swift.Double?
        public init(min: Swift.Double? = nil, max: Swift.Double? = nil) {
            self.min = min
            self.max = max
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case min, max
            public static var shapeName: Swift.String { "MemoryGiBPerVCpuRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            min = try c.decodeIfPresent(Swift.Double.self, forKey: .min)
            max = try c.decodeIfPresent(Swift.Double.self, forKey: .max)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(min, forKey: .min)
            try c.encodeIfPresent(max, forKey: .max)
        }
    }

    /// [MemoryMiBRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_MemoryMiBRequest.html)
    public struct MemoryMiBRequest: ECSShape {
        public static let shapeName = "MemoryMiBRequest"
        public var min: Swift.Int
        public var max: Swift.Int?
        public init(min: Swift.Int, max: Swift.Int? = nil) {
            self.min = min
            self.max = max
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case min, max
            public static var shapeName: Swift.String { "MemoryMiBRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            min = try c.decode(Swift.Int.self, forKey: .min)
            max = try c.decodeIfPresent(Swift.Int.self, forKey: .max)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(min, forKey: .min)
            try c.encodeIfPresent(max, forKey: .max)
        }
    }

    /// [MountPoint](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_MountPoint.html)
    public struct MountPoint: ECSShape {
        public static let shapeName = "MountPoint"
        public var sourceVolume: Swift.String?
        public var containerPath: Swift.String?
        public var readOnly: Swift.Bool?
        public init(
            sourceVolume: Swift.String? = nil,
            containerPath: Swift.String? = nil,
            readOnly: Swift.Bool? = nil
        ) {
            self.sourceVolume = sourceVolume
            self.containerPath = containerPath
            self.readOnly = readOnly
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case sourceVolume, containerPath, readOnly
            public static var shapeName: Swift.String { "MountPoint" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            sourceVolume = try c.decodeLenientStringIfPresent(forKey: .sourceVolume)
            containerPath = try c.decodeLenientStringIfPresent(forKey: .containerPath)
            readOnly = try c.decodeIfPresent(Swift.Bool.self, forKey: .readOnly)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(sourceVolume, forKey: .sourceVolume)
            try c.encodeIfPresent(containerPath, forKey: .containerPath)
            try c.encodeIfPresent(readOnly, forKey: .readOnly)
        }
    }

    /// [NetworkBandwidthGbpsRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_NetworkBandwidthGbpsRequest.html)
    public struct NetworkBandwidthGbpsRequest: ECSShape {
        public static let shapeName = "NetworkBandwidthGbpsRequest"
        public var min: Swift.Double?
        public var max: Swift.Double?
        public init(min: Swift.Double? = nil, max: Swift.Double? = nil) {
            self.min = min
            self.max = max
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case min, max
            public static var shapeName: Swift.String { "NetworkBandwidthGbpsRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            min = try c.decodeIfPresent(Swift.Double.self, forKey: .min)
            max = try c.decodeIfPresent(Swift.Double.self, forKey: .max)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(min, forKey: .min)
            try c.encodeIfPresent(max, forKey: .max)
        }
    }

    /// [NetworkBinding](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_NetworkBinding.html)
    public struct NetworkBinding: ECSShape {
        public static let shapeName = "NetworkBinding"
        public var bindIP: Swift.String?
        public var containerPort: Swift.Int?
        public var hostPort: Swift.Int?
        public var `protocol`: TransportProtocol?
        public var containerPortRange: Swift.String?
        public var hostPortRange: Swift.String?
        public init(
            bindIP: Swift.String? = nil,
            containerPort: Swift.Int? = nil,
            hostPort: Swift.Int? = nil,
            `protocol`: TransportProtocol? = nil,
            containerPortRange: Swift.String? = nil,
            hostPortRange: Swift.String? = nil
        ) {
            self.bindIP = bindIP
            self.containerPort = containerPort
            self.hostPort = hostPort
            self.`protocol` = `protocol`
            self.containerPortRange = containerPortRange
            self.hostPortRange = hostPortRange
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case bindIP, containerPort, hostPort, `protocol`, containerPortRange, hostPortRange
            public static var shapeName: Swift.String { "NetworkBinding" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            bindIP = try c.decodeLenientStringIfPresent(forKey: .bindIP)
            containerPort = try c.decodeIfPresent(Swift.Int.self, forKey: .containerPort)
            hostPort = try c.decodeIfPresent(Swift.Int.self, forKey: .hostPort)
            `protocol` = try c.decodeIfPresent(TransportProtocol.self, forKey: .`protocol`)
            containerPortRange = try c.decodeLenientStringIfPresent(forKey: .containerPortRange)
            hostPortRange = try c.decodeLenientStringIfPresent(forKey: .hostPortRange)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(bindIP, forKey: .bindIP)
            try c.encodeIfPresent(containerPort, forKey: .containerPort)
            try c.encodeIfPresent(hostPort, forKey: .hostPort)
            try c.encodeIfPresent(`protocol`, forKey: .`protocol`)
            try c.encodeIfPresent(containerPortRange, forKey: .containerPortRange)
            try c.encodeIfPresent(hostPortRange, forKey: .hostPortRange)
        }
    }

    /// [NetworkConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_NetworkConfiguration.html)
    public struct NetworkConfiguration: ECSShape {
        public static let shapeName = "NetworkConfiguration"
        @Boxed public var awsvpcConfiguration: AwsVpcConfiguration?
        public init(awsvpcConfiguration: AwsVpcConfiguration? = nil) {
            self.awsvpcConfiguration = awsvpcConfiguration
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case awsvpcConfiguration
            public static var shapeName: Swift.String { "NetworkConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            awsvpcConfiguration = try c.decodeIfPresent(AwsVpcConfiguration.self, forKey: .awsvpcConfiguration)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(awsvpcConfiguration, forKey: .awsvpcConfiguration)
        }
    }

    /// [NetworkInterface](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_NetworkInterface.html)
    public struct NetworkInterface: ECSShape {
        public static let shapeName = "NetworkInterface"
        public var attachmentId: Swift.String?
        public var privateIpv4Address: Swift.String?
        public var ipv6Address: Swift.String?
        public init(
            attachmentId: Swift.String? = nil,
            privateIpv4Address: Swift.String? = nil,
            ipv6Address: Swift.String? = nil
        ) {
            self.attachmentId = attachmentId
            self.privateIpv4Address = privateIpv4Address
            self.ipv6Address = ipv6Address
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case attachmentId, privateIpv4Address, ipv6Address
            public static var shapeName: Swift.String { "NetworkInterface" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            attachmentId = try c.decodeLenientStringIfPresent(forKey: .attachmentId)
            privateIpv4Address = try c.decodeLenientStringIfPresent(forKey: .privateIpv4Address)
            ipv6Address = try c.decodeLenientStringIfPresent(forKey: .ipv6Address)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(attachmentId, forKey: .attachmentId)
            try c.encodeIfPresent(privateIpv4Address, forKey: .privateIpv4Address)
            try c.encodeIfPresent(ipv6Address, forKey: .ipv6Address)
        }
    }

    /// [NetworkInterfaceCountRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_NetworkInterfaceCountRequest.html)
    public struct NetworkInterfaceCountRequest: ECSShape {
        public static let shapeName = "NetworkInterfaceCountRequest"
        public var min: Swift.Int?
        public var max: Swift.Int?
        public init(min: Swift.Int? = nil, max: Swift.Int? = nil) {
            self.min = min
            self.max = max
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case min, max
            public static var shapeName: Swift.String { "NetworkInterfaceCountRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            min = try c.decodeIfPresent(Swift.Int.self, forKey: .min)
            max = try c.decodeIfPresent(Swift.Int.self, forKey: .max)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(min, forKey: .min)
            try c.encodeIfPresent(max, forKey: .max)
        }
    }

    /// [PlacementConstraint](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PlacementConstraint.html)
    public struct PlacementConstraint: ECSShape {
        public static let shapeName = "PlacementConstraint"
        public var type: PlacementConstraintType?
        public var expression: Swift.String?
        public init(type: PlacementConstraintType? = nil, expression: Swift.String? = nil) {
            self.type = type
            self.expression = expression
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case type, expression
            public static var shapeName: Swift.String { "PlacementConstraint" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            type = try c.decodeIfPresent(PlacementConstraintType.self, forKey: .type)
            expression = try c.decodeLenientStringIfPresent(forKey: .expression)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(type, forKey: .type)
            try c.encodeIfPresent(expression, forKey: .expression)
        }
    }

    /// [PlacementStrategy](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PlacementStrategy.html)
    public struct PlacementStrategy: ECSShape {
        public static let shapeName = "PlacementStrategy"
        public var type: PlacementStrategyType?
        public var field: Swift.String?
        public init(type: PlacementStrategyType? = nil, field: Swift.String? = nil) {
            self.type = type
            self.field = field
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case type, field
            public static var shapeName: Swift.String { "PlacementStrategy" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            type = try c.decodeIfPresent(PlacementStrategyType.self, forKey: .type)
            field = try c.decodeLenientStringIfPresent(forKey: .field)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(type, forKey: .type)
            try c.encodeIfPresent(field, forKey: .field)
        }
    }

    /// [PortMapping](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html)
    public struct PortMapping: ECSShape {
        public static let shapeName = "PortMapping"
        public var containerPort: Swift.Int?
        public var hostPort: Swift.Int?
        public var `protocol`: TransportProtocol?
        public var name: Swift.String?
        public var appProtocol: ApplicationProtocol?
        public var containerPortRange: Swift.String?
        public init(
            containerPort: Swift.Int? = nil,
            hostPort: Swift.Int? = nil,
            `protocol`: TransportProtocol? = nil,
            name: Swift.String? = nil,
            appProtocol: ApplicationProtocol? = nil,
            containerPortRange: Swift.String? = nil
        ) {
            self.containerPort = containerPort
            self.hostPort = hostPort
            self.`protocol` = `protocol`
            self.name = name
            self.appProtocol = appProtocol
            self.containerPortRange = containerPortRange
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case containerPort, hostPort, `protocol`, name, appProtocol, containerPortRange
            public static var shapeName: Swift.String { "PortMapping" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            containerPort = try c.decodeIfPresent(Swift.Int.self, forKey: .containerPort)
            hostPort = try c.decodeIfPresent(Swift.Int.self, forKey: .hostPort)
            `protocol` = try c.decodeIfPresent(TransportProtocol.self, forKey: .`protocol`)
            name = try c.decodeLenientStringIfPresent(forKey: .name)
            appProtocol = try c.decodeIfPresent(ApplicationProtocol.self, forKey: .appProtocol)
            containerPortRange = try c.decodeLenientStringIfPresent(forKey: .containerPortRange)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(containerPort, forKey: .containerPort)
            try c.encodeIfPresent(hostPort, forKey: .hostPort)
            try c.encodeIfPresent(`protocol`, forKey: .`protocol`)
            try c.encodeIfPresent(name, forKey: .name)
            try c.encodeIfPresent(appProtocol, forKey: .appProtocol)
            try c.encodeIfPresent(containerPortRange, forKey: .containerPortRange)
        }
    }

    /// [ProxyConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ProxyConfiguration.html)
    public struct ProxyConfiguration: ECSShape {
        public static let shapeName = "ProxyConfiguration"
        public var type: ProxyConfigurationType?
        public var containerName: Swift.String
        public var properties: [KeyValuePair]?
        public init(
            type: ProxyConfigurationType? = nil,
            containerName: Swift.String,
            properties: [KeyValuePair]? = nil
        ) {
            self.type = type
            self.containerName = containerName
            self.properties = properties
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case type, containerName, properties
            public static var shapeName: Swift.String { "ProxyConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            type = try c.decodeIfPresent(ProxyConfigurationType.self, forKey: .type)
            containerName = try c.decode(Swift.String.self, forKey: .containerName)
            properties = try c.decodeIfPresent([KeyValuePair].self, forKey: .properties)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(type, forKey: .type)
            try c.encode(containerName, forKey: .containerName)
            try c.encodeIfPresent(properties, forKey: .properties)
        }
    }

    /// [PutClusterCapacityProvidersRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PutClusterCapacityProvidersRequest.html)
    public struct PutClusterCapacityProvidersRequest: ECSShape {
        public static let shapeName = "PutClusterCapacityProvidersRequest"
        public var cluster: Swift.String
        public var capacityProviders: [Swift.String]
        public var defaultCapacityProviderStrategy: [CapacityProviderStrategyItem]
        public init(
            cluster: Swift.String,
            capacityProviders: [Swift.String],
            defaultCapacityProviderStrategy: [CapacityProviderStrategyItem]
        ) {
            self.cluster = cluster
            self.capacityProviders = capacityProviders
            self.defaultCapacityProviderStrategy = defaultCapacityProviderStrategy
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cluster, capacityProviders, defaultCapacityProviderStrategy
            public static var shapeName: Swift.String { "PutClusterCapacityProvidersRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cluster = try c.decode(Swift.String.self, forKey: .cluster)
            capacityProviders = try c.decode([Swift.String].self, forKey: .capacityProviders)
            defaultCapacityProviderStrategy = try c.decode([CapacityProviderStrategyItem].self, forKey: .defaultCapacityProviderStrategy)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(cluster, forKey: .cluster)
            try c.encode(capacityProviders, forKey: .capacityProviders)
            try c.encode(defaultCapacityProviderStrategy, forKey: .defaultCapacityProviderStrategy)
        }
    }

    /// [PutClusterCapacityProvidersResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PutClusterCapacityProvidersResponse.html)
    public struct PutClusterCapacityProvidersResponse: ECSShape {
        public static let shapeName = "PutClusterCapacityProvidersResponse"
        @Boxed public var cluster: Cluster?
        public init(cluster: Cluster? = nil) {
            self.cluster = cluster
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cluster
            public static var shapeName: Swift.String { "PutClusterCapacityProvidersResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cluster = try c.decodeIfPresent(Cluster.self, forKey: .cluster)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(cluster, forKey: .cluster)
        }
    }

    /// [RegisterTaskDefinitionRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinitionRequest.html)
    public struct RegisterTaskDefinitionRequest: ECSShape {
        public static let shapeName = "RegisterTaskDefinitionRequest"
        public var family: Swift.String
        public var taskRoleArn: Swift.String?
        public var executionRoleArn: Swift.String?
        public var networkMode: NetworkMode?
        public var containerDefinitions: [ContainerDefinition]
        public var volumes: [Volume]?
        public var placementConstraints: [TaskDefinitionPlacementConstraint]?
        public var requiresCompatibilities: [Compatibility]?
        public var cpu: Swift.String?
        public var memory: Swift.String?
        public var tags: [Tag]?
        public var pidMode: PidMode?
        public var ipcMode: IpcMode?
        @Boxed public var proxyConfiguration: ProxyConfiguration?
        public var inferenceAccelerators: [InferenceAccelerator]?
        @Boxed public var ephemeralStorage: EphemeralStorage?
        @Boxed public var runtimePlatform: RuntimePlatform?
        public var enableFaultInjection: Swift.Bool?
        public init(
            family: Swift.String,
            taskRoleArn: Swift.String? = nil,
            executionRoleArn: Swift.String? = nil,
            networkMode: NetworkMode? = nil,
            containerDefinitions: [ContainerDefinition],
            volumes: [Volume]? = nil,
            placementConstraints: [TaskDefinitionPlacementConstraint]? = nil,
            requiresCompatibilities: [Compatibility]? = nil,
            cpu: Swift.String? = nil,
            memory: Swift.String? = nil,
            tags: [Tag]? = nil,
            pidMode: PidMode? = nil,
            ipcMode: IpcMode? = nil,
            proxyConfiguration: ProxyConfiguration? = nil,
            inferenceAccelerators: [InferenceAccelerator]? = nil,
            ephemeralStorage: EphemeralStorage? = nil,
            runtimePlatform: RuntimePlatform? = nil,
            enableFaultInjection: Swift.Bool? = nil
        ) {
            self.family = family
            self.taskRoleArn = taskRoleArn
            self.executionRoleArn = executionRoleArn
            self.networkMode = networkMode
            self.containerDefinitions = containerDefinitions
            self.volumes = volumes
            self.placementConstraints = placementConstraints
            self.requiresCompatibilities = requiresCompatibilities
            self.cpu = cpu
            self.memory = memory
            self.tags = tags
            self.pidMode = pidMode
            self.ipcMode = ipcMode
            self.proxyConfiguration = proxyConfiguration
            self.inferenceAccelerators = inferenceAccelerators
            self.ephemeralStorage = ephemeralStorage
            self.runtimePlatform = runtimePlatform
            self.enableFaultInjection = enableFaultInjection
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case family, taskRoleArn, executionRoleArn, networkMode, containerDefinitions, volumes,
                 placementConstraints, requiresCompatibilities, cpu, memory, tags, pidMode,
                 ipcMode, proxyConfiguration, inferenceAccelerators, ephemeralStorage,
                 runtimePlatform, enableFaultInjection
            public static var shapeName: Swift.String { "RegisterTaskDefinitionRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            family = try c.decode(Swift.String.self, forKey: .family)
            taskRoleArn = try c.decodeLenientStringIfPresent(forKey: .taskRoleArn)
            executionRoleArn = try c.decodeLenientStringIfPresent(forKey: .executionRoleArn)
            networkMode = try c.decodeIfPresent(NetworkMode.self, forKey: .networkMode)
            containerDefinitions = try c.decode([ContainerDefinition].self, forKey: .containerDefinitions)
            volumes = try c.decodeIfPresent([Volume].self, forKey: .volumes)
            placementConstraints = try c.decodeIfPresent([TaskDefinitionPlacementConstraint].self, forKey: .placementConstraints)
            requiresCompatibilities = try c.decodeIfPresent([Compatibility].self, forKey: .requiresCompatibilities)
            cpu = try c.decodeLenientStringIfPresent(forKey: .cpu)
            memory = try c.decodeLenientStringIfPresent(forKey: .memory)
            tags = try c.decodeIfPresent([Tag].self, forKey: .tags)
            pidMode = try c.decodeIfPresent(PidMode.self, forKey: .pidMode)
            ipcMode = try c.decodeIfPresent(IpcMode.self, forKey: .ipcMode)
            proxyConfiguration = try c.decodeIfPresent(ProxyConfiguration.self, forKey: .proxyConfiguration)
            inferenceAccelerators = try c.decodeIfPresent([InferenceAccelerator].self, forKey: .inferenceAccelerators)
            ephemeralStorage = try c.decodeIfPresent(EphemeralStorage.self, forKey: .ephemeralStorage)
            runtimePlatform = try c.decodeIfPresent(RuntimePlatform.self, forKey: .runtimePlatform)
            enableFaultInjection = try c.decodeIfPresent(Swift.Bool.self, forKey: .enableFaultInjection)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(family, forKey: .family)
            try c.encodeIfPresent(taskRoleArn, forKey: .taskRoleArn)
            try c.encodeIfPresent(executionRoleArn, forKey: .executionRoleArn)
            try c.encodeIfPresent(networkMode, forKey: .networkMode)
            try c.encode(containerDefinitions, forKey: .containerDefinitions)
            try c.encodeIfPresent(volumes, forKey: .volumes)
            try c.encodeIfPresent(placementConstraints, forKey: .placementConstraints)
            try c.encodeIfPresent(requiresCompatibilities, forKey: .requiresCompatibilities)
            try c.encodeIfPresent(cpu, forKey: .cpu)
            try c.encodeIfPresent(memory, forKey: .memory)
            try c.encodeIfPresent(tags, forKey: .tags)
            try c.encodeIfPresent(pidMode, forKey: .pidMode)
            try c.encodeIfPresent(ipcMode, forKey: .ipcMode)
            try c.encodeIfPresent(proxyConfiguration, forKey: .proxyConfiguration)
            try c.encodeIfPresent(inferenceAccelerators, forKey: .inferenceAccelerators)
            try c.encodeIfPresent(ephemeralStorage, forKey: .ephemeralStorage)
            try c.encodeIfPresent(runtimePlatform, forKey: .runtimePlatform)
            try c.encodeIfPresent(enableFaultInjection, forKey: .enableFaultInjection)
        }
    }

    /// [RegisterTaskDefinitionResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinitionResponse.html)
    public struct RegisterTaskDefinitionResponse: ECSShape {
        public static let shapeName = "RegisterTaskDefinitionResponse"
        @Boxed public var taskDefinition: TaskDefinition?
        public var tags: [Tag]?
        public init(taskDefinition: TaskDefinition? = nil, tags: [Tag]? = nil) {
            self.taskDefinition = taskDefinition
            self.tags = tags
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case taskDefinition, tags
            public static var shapeName: Swift.String { "RegisterTaskDefinitionResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            taskDefinition = try c.decodeIfPresent(TaskDefinition.self, forKey: .taskDefinition)
            tags = try c.decodeIfPresent([Tag].self, forKey: .tags)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(taskDefinition, forKey: .taskDefinition)
            try c.encodeIfPresent(tags, forKey: .tags)
        }
    }

    /// [RepositoryCredentials](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RepositoryCredentials.html)
    public struct RepositoryCredentials: ECSShape {
        public static let shapeName = "RepositoryCredentials"
        public var credentialsParameter: Swift.String
        public init(credentialsParameter: Swift.String) {
            self.credentialsParameter = credentialsParameter
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case credentialsParameter
            public static var shapeName: Swift.String { "RepositoryCredentials" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            credentialsParameter = try c.decode(Swift.String.self, forKey: .credentialsParameter)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(credentialsParameter, forKey: .credentialsParameter)
        }
    }

    /// [ResolvedConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ResolvedConfiguration.html)
    public struct ResolvedConfiguration: ECSShape {
        public static let shapeName = "ResolvedConfiguration"
        public var loadBalancers: [ServiceRevisionLoadBalancer]?
        public init(loadBalancers: [ServiceRevisionLoadBalancer]? = nil) {
            self.loadBalancers = loadBalancers
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case loadBalancers
            public static var shapeName: Swift.String { "ResolvedConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            loadBalancers = try c.decodeIfPresent([ServiceRevisionLoadBalancer].self, forKey: .loadBalancers)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(loadBalancers, forKey: .loadBalancers)
        }
    }

    /// [Resource](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Resource.html)
    public struct Resource: ECSShape {
        public static let shapeName = "Resource"
        public var name: Swift.String?
        public var type: Swift.String?
        public var doubleValue: Swift.Double?
        public var longValue: Swift.Int?
        public var integerValue: Swift.Int?
        public var stringSetValue: [Swift.String]?
        public init(
            name: Swift.String? = nil,
            type: Swift.String? = nil,
            doubleValue: Swift.Double? = nil,
            longValue: Swift.Int? = nil,
            integerValue: Swift.Int? = nil,
            stringSetValue: [Swift.String]? = nil
        ) {
            self.name = name
            self.type = type
            self.doubleValue = doubleValue
            self.longValue = longValue
            self.integerValue = integerValue
            self.stringSetValue = stringSetValue
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case name, type, doubleValue, longValue, integerValue, stringSetValue
            public static var shapeName: Swift.String { "Resource" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decodeLenientStringIfPresent(forKey: .name)
            type = try c.decodeLenientStringIfPresent(forKey: .type)
            doubleValue = try c.decodeIfPresent(Swift.Double.self, forKey: .doubleValue)
            longValue = try c.decodeIfPresent(Swift.Int.self, forKey: .longValue)
            integerValue = try c.decodeIfPresent(Swift.Int.self, forKey: .integerValue)
            stringSetValue = try c.decodeIfPresent([Swift.String].self, forKey: .stringSetValue)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(name, forKey: .name)
            try c.encodeIfPresent(type, forKey: .type)
            try c.encodeIfPresent(doubleValue, forKey: .doubleValue)
            try c.encodeIfPresent(longValue, forKey: .longValue)
            try c.encodeIfPresent(integerValue, forKey: .integerValue)
            try c.encodeIfPresent(stringSetValue, forKey: .stringSetValue)
        }
    }

    /// [ResourceRequirement](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ResourceRequirement.html)
    public struct ResourceRequirement: ECSShape {
        public static let shapeName = "ResourceRequirement"
        public var value: Swift.String
        public var type: ResourceType
        public init(value: Swift.String, type: ResourceType) {
            self.value = value
            self.type = type
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case value, type
            public static var shapeName: Swift.String { "ResourceRequirement" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            value = try c.decode(Swift.String.self, forKey: .value)
            type = try c.decode(ResourceType.self, forKey: .type)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(value, forKey: .value)
            try c.encode(type, forKey: .type)
        }
    }

    /// [Rollback](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Rollback.html)
    public struct Rollback: ECSShape {
        public static let shapeName = "Rollback"
        public var reason: Swift.String?
        public var startedAt: ECSTimestamp?
        public var serviceRevisionArn: Swift.String?
        public init(
            reason: Swift.String? = nil,
            startedAt: ECSTimestamp? = nil,
            serviceRevisionArn: Swift.String? = nil
        ) {
            self.reason = reason
            self.startedAt = startedAt
            self.serviceRevisionArn = serviceRevisionArn
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case reason, startedAt, serviceRevisionArn
            public static var shapeName: Swift.String { "Rollback" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            reason = try c.decodeLenientStringIfPresent(forKey: .reason)
            startedAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .startedAt)
            serviceRevisionArn = try c.decodeLenientStringIfPresent(forKey: .serviceRevisionArn)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(reason, forKey: .reason)
            try c.encodeIfPresent(startedAt, forKey: .startedAt)
            try c.encodeIfPresent(serviceRevisionArn, forKey: .serviceRevisionArn)
        }
    }

    /// [RunTaskRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTaskRequest.html)
    public struct RunTaskRequest: ECSShape {
        public static let shapeName = "RunTaskRequest"
        public var capacityProviderStrategy: [CapacityProviderStrategyItem]?
        public var cluster: Swift.String?
        public var count: Swift.Int?
        public var enableECSManagedTags: Swift.Bool?
        public var enableExecuteCommand: Swift.Bool?
        public var group: Swift.String?
        public var launchType: LaunchType?
        @Boxed public var networkConfiguration: NetworkConfiguration?
        @Boxed public var overrides: TaskOverride?
        public var placementConstraints: [PlacementConstraint]?
        public var placementStrategy: [PlacementStrategy]?
        public var platformVersion: Swift.String?
        public var propagateTags: PropagateTags?
        public var referenceId: Swift.String?
        public var startedBy: Swift.String?
        public var tags: [Tag]?
        public var taskDefinition: Swift.String
        public var clientToken: Swift.String?
        public var volumeConfigurations: [TaskVolumeConfiguration]?
        public init(
            capacityProviderStrategy: [CapacityProviderStrategyItem]? = nil,
            cluster: Swift.String? = nil,
            count: Swift.Int? = nil,
            enableECSManagedTags: Swift.Bool? = nil,
            enableExecuteCommand: Swift.Bool? = nil,
            group: Swift.String? = nil,
            launchType: LaunchType? = nil,
            networkConfiguration: NetworkConfiguration? = nil,
            overrides: TaskOverride? = nil,
            placementConstraints: [PlacementConstraint]? = nil,
            placementStrategy: [PlacementStrategy]? = nil,
            platformVersion: Swift.String? = nil,
            propagateTags: PropagateTags? = nil,
            referenceId: Swift.String? = nil,
            startedBy: Swift.String? = nil,
            tags: [Tag]? = nil,
            taskDefinition: Swift.String,
            clientToken: Swift.String? = nil,
            volumeConfigurations: [TaskVolumeConfiguration]? = nil
        ) {
            self.capacityProviderStrategy = capacityProviderStrategy
            self.cluster = cluster
            self.count = count
            self.enableECSManagedTags = enableECSManagedTags
            self.enableExecuteCommand = enableExecuteCommand
            self.group = group
            self.launchType = launchType
            self.networkConfiguration = networkConfiguration
            self.overrides = overrides
            self.placementConstraints = placementConstraints
            self.placementStrategy = placementStrategy
            self.platformVersion = platformVersion
            self.propagateTags = propagateTags
            self.referenceId = referenceId
            self.startedBy = startedBy
            self.tags = tags
            self.taskDefinition = taskDefinition
            self.clientToken = clientToken
            self.volumeConfigurations = volumeConfigurations
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case capacityProviderStrategy, cluster, count, enableECSManagedTags,
                 enableExecuteCommand, group, launchType, networkConfiguration, overrides,
                 placementConstraints, placementStrategy, platformVersion, propagateTags,
                 referenceId, startedBy, tags, taskDefinition, clientToken, volumeConfigurations
            public static var shapeName: Swift.String { "RunTaskRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            capacityProviderStrategy = try c.decodeIfPresent([CapacityProviderStrategyItem].self, forKey: .capacityProviderStrategy)
            cluster = try c.decodeLenientStringIfPresent(forKey: .cluster)
            count = try c.decodeIfPresent(Swift.Int.self, forKey: .count)
            enableECSManagedTags = try c.decodeIfPresent(Swift.Bool.self, forKey: .enableECSManagedTags)
            enableExecuteCommand = try c.decodeIfPresent(Swift.Bool.self, forKey: .enableExecuteCommand)
            group = try c.decodeLenientStringIfPresent(forKey: .group)
            launchType = try c.decodeIfPresent(LaunchType.self, forKey: .launchType)
            networkConfiguration = try c.decodeIfPresent(NetworkConfiguration.self, forKey: .networkConfiguration)
            overrides = try c.decodeIfPresent(TaskOverride.self, forKey: .overrides)
            placementConstraints = try c.decodeIfPresent([PlacementConstraint].self, forKey: .placementConstraints)
            placementStrategy = try c.decodeIfPresent([PlacementStrategy].self, forKey: .placementStrategy)
            platformVersion = try c.decodeLenientStringIfPresent(forKey: .platformVersion)
            propagateTags = try c.decodeIfPresent(PropagateTags.self, forKey: .propagateTags)
            referenceId = try c.decodeLenientStringIfPresent(forKey: .referenceId)
            startedBy = try c.decodeLenientStringIfPresent(forKey: .startedBy)
            tags = try c.decodeIfPresent([Tag].self, forKey: .tags)
            taskDefinition = try c.decode(Swift.String.self, forKey: .taskDefinition)
            clientToken = try c.decodeLenientStringIfPresent(forKey: .clientToken)
            volumeConfigurations = try c.decodeIfPresent([TaskVolumeConfiguration].self, forKey: .volumeConfigurations)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(capacityProviderStrategy, forKey: .capacityProviderStrategy)
            try c.encodeIfPresent(cluster, forKey: .cluster)
            try c.encodeIfPresent(count, forKey: .count)
            try c.encodeIfPresent(enableECSManagedTags, forKey: .enableECSManagedTags)
            try c.encodeIfPresent(enableExecuteCommand, forKey: .enableExecuteCommand)
            try c.encodeIfPresent(group, forKey: .group)
            try c.encodeIfPresent(launchType, forKey: .launchType)
            try c.encodeIfPresent(networkConfiguration, forKey: .networkConfiguration)
            try c.encodeIfPresent(overrides, forKey: .overrides)
            try c.encodeIfPresent(placementConstraints, forKey: .placementConstraints)
            try c.encodeIfPresent(placementStrategy, forKey: .placementStrategy)
            try c.encodeIfPresent(platformVersion, forKey: .platformVersion)
            try c.encodeIfPresent(propagateTags, forKey: .propagateTags)
            try c.encodeIfPresent(referenceId, forKey: .referenceId)
            try c.encodeIfPresent(startedBy, forKey: .startedBy)
            try c.encodeIfPresent(tags, forKey: .tags)
            try c.encode(taskDefinition, forKey: .taskDefinition)
            try c.encodeIfPresent(clientToken, forKey: .clientToken)
            try c.encodeIfPresent(volumeConfigurations, forKey: .volumeConfigurations)
        }
    }

    /// [RunTaskResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTaskResponse.html)
    public struct RunTaskResponse: ECSShape {
        public static let shapeName = "RunTaskResponse"
        public var tasks: [Task]?
        public var failures: [Failure]?
        public init(tasks: [Task]? = nil, failures: [Failure]? = nil) {
            self.tasks = tasks
            self.failures = failures
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case tasks, failures
            public static var shapeName: Swift.String { "RunTaskResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            tasks = try c.decodeIfPresent([Task].self, forKey: .tasks)
            failures = try c.decodeIfPresent([Failure].self, forKey: .failures)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(tasks, forKey: .tasks)
            try c.encodeIfPresent(failures, forKey: .failures)
        }
    }

    /// [RuntimePlatform](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RuntimePlatform.html)
    public struct RuntimePlatform: ECSShape {
        public static let shapeName = "RuntimePlatform"
        public var cpuArchitecture: CPUArchitecture?
        public var operatingSystemFamily: OSFamily?
        public init(cpuArchitecture: CPUArchitecture? = nil, operatingSystemFamily: OSFamily? = nil) {
            self.cpuArchitecture = cpuArchitecture
            self.operatingSystemFamily = operatingSystemFamily
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cpuArchitecture, operatingSystemFamily
            public static var shapeName: Swift.String { "RuntimePlatform" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cpuArchitecture = try c.decodeIfPresent(CPUArchitecture.self, forKey: .cpuArchitecture)
            operatingSystemFamily = try c.decodeIfPresent(OSFamily.self, forKey: .operatingSystemFamily)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(cpuArchitecture, forKey: .cpuArchitecture)
            try c.encodeIfPresent(operatingSystemFamily, forKey: .operatingSystemFamily)
        }
    }

    /// [S3FilesVolumeConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_S3FilesVolumeConfiguration.html)
    public struct S3FilesVolumeConfiguration: ECSShape {
        public static let shapeName = "S3FilesVolumeConfiguration"
        public var fileSystemArn: Swift.String
        public var rootDirectory: Swift.String?
        public var transitEncryptionPort: Swift.Int?
        public var accessPointArn: Swift.String?
        public init(
            fileSystemArn: Swift.String,
            rootDirectory: Swift.String? = nil,
            transitEncryptionPort: Swift.Int? = nil,
            accessPointArn: Swift.String? = nil
        ) {
            self.fileSystemArn = fileSystemArn
            self.rootDirectory = rootDirectory
            self.transitEncryptionPort = transitEncryptionPort
            self.accessPointArn = accessPointArn
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case fileSystemArn, rootDirectory, transitEncryptionPort, accessPointArn
            public static var shapeName: Swift.String { "S3FilesVolumeConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            fileSystemArn = try c.decode(Swift.String.self, forKey: .fileSystemArn)
            rootDirectory = try c.decodeLenientStringIfPresent(forKey: .rootDirectory)
            transitEncryptionPort = try c.decodeIfPresent(Swift.Int.self, forKey: .transitEncryptionPort)
            accessPointArn = try c.decodeLenientStringIfPresent(forKey: .accessPointArn)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(fileSystemArn, forKey: .fileSystemArn)
            try c.encodeIfPresent(rootDirectory, forKey: .rootDirectory)
            try c.encodeIfPresent(transitEncryptionPort, forKey: .transitEncryptionPort)
            try c.encodeIfPresent(accessPointArn, forKey: .accessPointArn)
        }
    }

    /// [Scale](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Scale.html)
    public struct Scale: ECSShape {
        public static let shapeName = "Scale"
        public var value: Swift.Double?
        public var unit: ScaleUnit?
        public init(value: Swift.Double? = nil, unit: ScaleUnit? = nil) {
            self.value = value
            self.unit = unit
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case value, unit
            public static var shapeName: Swift.String { "Scale" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            value = try c.decodeIfPresent(Swift.Double.self, forKey: .value)
            unit = try c.decodeIfPresent(ScaleUnit.self, forKey: .unit)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(value, forKey: .value)
            try c.encodeIfPresent(unit, forKey: .unit)
        }
    }

    /// [Secret](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Secret.html)
    public struct Secret: ECSShape {
        public static let shapeName = "Secret"
        public var name: Swift.String
        public var valueFrom: Swift.String
        public init(name: Swift.String, valueFrom: Swift.String) {
            self.name = name
            self.valueFrom = valueFrom
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case name, valueFrom
            public static var shapeName: Swift.String { "Secret" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(Swift.String.self, forKey: .name)
            valueFrom = try c.decode(Swift.String.self, forKey: .valueFrom)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(valueFrom, forKey: .valueFrom)
        }
    }

    /// [Service](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Service.html)
    public struct Service: ECSShape {
        public static let shapeName = "Service"
        public var serviceArn: Swift.String?
        public var serviceName: Swift.String?
        public var clusterArn: Swift.String?
        public var loadBalancers: [LoadBalancer]?
        public var serviceRegistries: [ServiceRegistry]?
        public var status: Swift.String?
        public var desiredCount: Swift.Int?
        public var runningCount: Swift.Int?
        public var pendingCount: Swift.Int?
        public var launchType: LaunchType?
        public var capacityProviderStrategy: [CapacityProviderStrategyItem]?
        public var platformVersion: Swift.String?
        public var platformFamily: Swift.String?
        public var taskDefinition: Swift.String?
        @Boxed public var deploymentConfiguration: DeploymentConfiguration?
        public var taskSets: [TaskSet]?
        public var deployments: [Deployment]?
        public var roleArn: Swift.String?
        public var events: [ServiceEvent]?
        public var createdAt: ECSTimestamp?
        public var currentServiceDeployment: Swift.String?
        public var currentServiceRevisions: [ServiceCurrentRevisionSummary]?
        public var placementConstraints: [PlacementConstraint]?
        public var placementStrategy: [PlacementStrategy]?
        @Boxed public var networkConfiguration: NetworkConfiguration?
        public var healthCheckGracePeriodSeconds: Swift.Int?
        public var schedulingStrategy: SchedulingStrategy?
        @Boxed public var deploymentController: DeploymentController?
        public var tags: [Tag]?
        public var createdBy: Swift.String?
        public var enableECSManagedTags: Swift.Bool?
        public var propagateTags: PropagateTags?
        public var enableExecuteCommand: Swift.Bool?
        public var availabilityZoneRebalancing: AvailabilityZoneRebalancing?
        public var resourceManagementType: ResourceManagementType?
        public init(
            serviceArn: Swift.String? = nil,
            serviceName: Swift.String? = nil,
            clusterArn: Swift.String? = nil,
            loadBalancers: [LoadBalancer]? = nil,
            serviceRegistries: [ServiceRegistry]? = nil,
            status: Swift.String? = nil,
            desiredCount: Swift.Int? = nil,
            runningCount: Swift.Int? = nil,
            pendingCount: Swift.Int? = nil,
            launchType: LaunchType? = nil,
            capacityProviderStrategy: [CapacityProviderStrategyItem]? = nil,
            platformVersion: Swift.String? = nil,
            platformFamily: Swift.String? = nil,
            taskDefinition: Swift.String? = nil,
            deploymentConfiguration: DeploymentConfiguration? = nil,
            taskSets: [TaskSet]? = nil,
            deployments: [Deployment]? = nil,
            roleArn: Swift.String? = nil,
            events: [ServiceEvent]? = nil,
            createdAt: ECSTimestamp? = nil,
            currentServiceDeployment: Swift.String? = nil,
            currentServiceRevisions: [ServiceCurrentRevisionSummary]? = nil,
            placementConstraints: [PlacementConstraint]? = nil,
            placementStrategy: [PlacementStrategy]? = nil,
            networkConfiguration: NetworkConfiguration? = nil,
            healthCheckGracePeriodSeconds: Swift.Int? = nil,
            schedulingStrategy: SchedulingStrategy? = nil,
            deploymentController: DeploymentController? = nil,
            tags: [Tag]? = nil,
            createdBy: Swift.String? = nil,
            enableECSManagedTags: Swift.Bool? = nil,
            propagateTags: PropagateTags? = nil,
            enableExecuteCommand: Swift.Bool? = nil,
            availabilityZoneRebalancing: AvailabilityZoneRebalancing? = nil,
            resourceManagementType: ResourceManagementType? = nil
        ) {
            self.serviceArn = serviceArn
            self.serviceName = serviceName
            self.clusterArn = clusterArn
            self.loadBalancers = loadBalancers
            self.serviceRegistries = serviceRegistries
            self.status = status
            self.desiredCount = desiredCount
            self.runningCount = runningCount
            self.pendingCount = pendingCount
            self.launchType = launchType
            self.capacityProviderStrategy = capacityProviderStrategy
            self.platformVersion = platformVersion
            self.platformFamily = platformFamily
            self.taskDefinition = taskDefinition
            self.deploymentConfiguration = deploymentConfiguration
            self.taskSets = taskSets
            self.deployments = deployments
            self.roleArn = roleArn
            self.events = events
            self.createdAt = createdAt
            self.currentServiceDeployment = currentServiceDeployment
            self.currentServiceRevisions = currentServiceRevisions
            self.placementConstraints = placementConstraints
            self.placementStrategy = placementStrategy
            self.networkConfiguration = networkConfiguration
            self.healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds
            self.schedulingStrategy = schedulingStrategy
            self.deploymentController = deploymentController
            self.tags = tags
            self.createdBy = createdBy
            self.enableECSManagedTags = enableECSManagedTags
            self.propagateTags = propagateTags
            self.enableExecuteCommand = enableExecuteCommand
            self.availabilityZoneRebalancing = availabilityZoneRebalancing
            self.resourceManagementType = resourceManagementType
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case serviceArn, serviceName, clusterArn, loadBalancers, serviceRegistries, status,
                 desiredCount, runningCount, pendingCount, launchType, capacityProviderStrategy,
                 platformVersion, platformFamily, taskDefinition, deploymentConfiguration,
                 taskSets, deployments, roleArn, events, createdAt, currentServiceDeployment,
                 currentServiceRevisions, placementConstraints, placementStrategy,
                 networkConfiguration, healthCheckGracePeriodSeconds, schedulingStrategy,
                 deploymentController, tags, createdBy, enableECSManagedTags, propagateTags,
                 enableExecuteCommand, availabilityZoneRebalancing, resourceManagementType
            public static var shapeName: Swift.String { "Service" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            serviceArn = try c.decodeLenientStringIfPresent(forKey: .serviceArn)
            serviceName = try c.decodeLenientStringIfPresent(forKey: .serviceName)
            clusterArn = try c.decodeLenientStringIfPresent(forKey: .clusterArn)
            loadBalancers = try c.decodeIfPresent([LoadBalancer].self, forKey: .loadBalancers)
            serviceRegistries = try c.decodeIfPresent([ServiceRegistry].self, forKey: .serviceRegistries)
            status = try c.decodeLenientStringIfPresent(forKey: .status)
            desiredCount = try c.decodeIfPresent(Swift.Int.self, forKey: .desiredCount)
            runningCount = try c.decodeIfPresent(Swift.Int.self, forKey: .runningCount)
            pendingCount = try c.decodeIfPresent(Swift.Int.self, forKey: .pendingCount)
            launchType = try c.decodeIfPresent(LaunchType.self, forKey: .launchType)
            capacityProviderStrategy = try c.decodeIfPresent([CapacityProviderStrategyItem].self, forKey: .capacityProviderStrategy)
            platformVersion = try c.decodeLenientStringIfPresent(forKey: .platformVersion)
            platformFamily = try c.decodeLenientStringIfPresent(forKey: .platformFamily)
            taskDefinition = try c.decodeLenientStringIfPresent(forKey: .taskDefinition)
            deploymentConfiguration = try c.decodeIfPresent(DeploymentConfiguration.self, forKey: .deploymentConfiguration)
            taskSets = try c.decodeIfPresent([TaskSet].self, forKey: .taskSets)
            deployments = try c.decodeIfPresent([Deployment].self, forKey: .deployments)
            roleArn = try c.decodeLenientStringIfPresent(forKey: .roleArn)
            events = try c.decodeIfPresent([ServiceEvent].self, forKey: .events)
            createdAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .createdAt)
            currentServiceDeployment = try c.decodeLenientStringIfPresent(forKey: .currentServiceDeployment)
            currentServiceRevisions = try c.decodeIfPresent([ServiceCurrentRevisionSummary].self, forKey: .currentServiceRevisions)
            placementConstraints = try c.decodeIfPresent([PlacementConstraint].self, forKey: .placementConstraints)
            placementStrategy = try c.decodeIfPresent([PlacementStrategy].self, forKey: .placementStrategy)
            networkConfiguration = try c.decodeIfPresent(NetworkConfiguration.self, forKey: .networkConfiguration)
            healthCheckGracePeriodSeconds = try c.decodeIfPresent(Swift.Int.self, forKey: .healthCheckGracePeriodSeconds)
            schedulingStrategy = try c.decodeIfPresent(SchedulingStrategy.self, forKey: .schedulingStrategy)
            deploymentController = try c.decodeIfPresent(DeploymentController.self, forKey: .deploymentController)
            tags = try c.decodeIfPresent([Tag].self, forKey: .tags)
            createdBy = try c.decodeLenientStringIfPresent(forKey: .createdBy)
            enableECSManagedTags = try c.decodeIfPresent(Swift.Bool.self, forKey: .enableECSManagedTags)
            propagateTags = try c.decodeIfPresent(PropagateTags.self, forKey: .propagateTags)
            enableExecuteCommand = try c.decodeIfPresent(Swift.Bool.self, forKey: .enableExecuteCommand)
            availabilityZoneRebalancing = try c.decodeIfPresent(AvailabilityZoneRebalancing.self, forKey: .availabilityZoneRebalancing)
            resourceManagementType = try c.decodeIfPresent(ResourceManagementType.self, forKey: .resourceManagementType)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(serviceArn, forKey: .serviceArn)
            try c.encodeIfPresent(serviceName, forKey: .serviceName)
            try c.encodeIfPresent(clusterArn, forKey: .clusterArn)
            try c.encodeIfPresent(loadBalancers, forKey: .loadBalancers)
            try c.encodeIfPresent(serviceRegistries, forKey: .serviceRegistries)
            try c.encodeIfPresent(status, forKey: .status)
            try c.encodeIfPresent(desiredCount, forKey: .desiredCount)
            try c.encodeIfPresent(runningCount, forKey: .runningCount)
            try c.encodeIfPresent(pendingCount, forKey: .pendingCount)
            try c.encodeIfPresent(launchType, forKey: .launchType)
            try c.encodeIfPresent(capacityProviderStrategy, forKey: .capacityProviderStrategy)
            try c.encodeIfPresent(platformVersion, forKey: .platformVersion)
            try c.encodeIfPresent(platformFamily, forKey: .platformFamily)
            try c.encodeIfPresent(taskDefinition, forKey: .taskDefinition)
            try c.encodeIfPresent(deploymentConfiguration, forKey: .deploymentConfiguration)
            try c.encodeIfPresent(taskSets, forKey: .taskSets)
            try c.encodeIfPresent(deployments, forKey: .deployments)
            try c.encodeIfPresent(roleArn, forKey: .roleArn)
            try c.encodeIfPresent(events, forKey: .events)
            try c.encodeIfPresent(createdAt, forKey: .createdAt)
            try c.encodeIfPresent(currentServiceDeployment, forKey: .currentServiceDeployment)
            try c.encodeIfPresent(currentServiceRevisions, forKey: .currentServiceRevisions)
            try c.encodeIfPresent(placementConstraints, forKey: .placementConstraints)
            try c.encodeIfPresent(placementStrategy, forKey: .placementStrategy)
            try c.encodeIfPresent(networkConfiguration, forKey: .networkConfiguration)
            try c.encodeIfPresent(healthCheckGracePeriodSeconds, forKey: .healthCheckGracePeriodSeconds)
            try c.encodeIfPresent(schedulingStrategy, forKey: .schedulingStrategy)
            try c.encodeIfPresent(deploymentController, forKey: .deploymentController)
            try c.encodeIfPresent(tags, forKey: .tags)
            try c.encodeIfPresent(createdBy, forKey: .createdBy)
            try c.encodeIfPresent(enableECSManagedTags, forKey: .enableECSManagedTags)
            try c.encodeIfPresent(propagateTags, forKey: .propagateTags)
            try c.encodeIfPresent(enableExecuteCommand, forKey: .enableExecuteCommand)
            try c.encodeIfPresent(availabilityZoneRebalancing, forKey: .availabilityZoneRebalancing)
            try c.encodeIfPresent(resourceManagementType, forKey: .resourceManagementType)
        }
    }

    /// [ServiceConnectAccessLogConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectAccessLogConfiguration.html)
    public struct ServiceConnectAccessLogConfiguration: ECSShape {
        public static let shapeName = "ServiceConnectAccessLogConfiguration"
        public var format: ServiceConnectAccessLoggingFormat
        public var includeQueryParameters: ServiceConnectIncludeQueryParameters?
        public init(
            format: ServiceConnectAccessLoggingFormat,
            includeQueryParameters: ServiceConnectIncludeQueryParameters? = nil
        ) {
            self.format = format
            self.includeQueryParameters = includeQueryParameters
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case format, includeQueryParameters
            public static var shapeName: Swift.String { "ServiceConnectAccessLogConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            format = try c.decode(ServiceConnectAccessLoggingFormat.self, forKey: .format)
            includeQueryParameters = try c.decodeIfPresent(ServiceConnectIncludeQueryParameters.self, forKey: .includeQueryParameters)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(format, forKey: .format)
            try c.encodeIfPresent(includeQueryParameters, forKey: .includeQueryParameters)
        }
    }

    /// [ServiceConnectClientAlias](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectClientAlias.html)
    public struct ServiceConnectClientAlias: ECSShape {
        public static let shapeName = "ServiceConnectClientAlias"
        public var port: Swift.Int
        public var dnsName: Swift.String?
        @Boxed public var testTrafficRules: ServiceConnectTestTrafficRules?
        public init(
            port: Swift.Int,
            dnsName: Swift.String? = nil,
            testTrafficRules: ServiceConnectTestTrafficRules? = nil
        ) {
            self.port = port
            self.dnsName = dnsName
            self.testTrafficRules = testTrafficRules
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case port, dnsName, testTrafficRules
            public static var shapeName: Swift.String { "ServiceConnectClientAlias" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            port = try c.decode(Swift.Int.self, forKey: .port)
            dnsName = try c.decodeLenientStringIfPresent(forKey: .dnsName)
            testTrafficRules = try c.decodeIfPresent(ServiceConnectTestTrafficRules.self, forKey: .testTrafficRules)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(port, forKey: .port)
            try c.encodeIfPresent(dnsName, forKey: .dnsName)
            try c.encodeIfPresent(testTrafficRules, forKey: .testTrafficRules)
        }
    }

    /// [ServiceConnectConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectConfiguration.html)
    public struct ServiceConnectConfiguration: ECSShape {
        public static let shapeName = "ServiceConnectConfiguration"
        public var enabled: Swift.Bool
        public var namespace: Swift.String?
        public var services: [ServiceConnectService]?
        @Boxed public var logConfiguration: LogConfiguration?
        @Boxed public var accessLogConfiguration: ServiceConnectAccessLogConfiguration?
        public init(
            enabled: Swift.Bool,
            namespace: Swift.String? = nil,
            services: [ServiceConnectService]? = nil,
            logConfiguration: LogConfiguration? = nil,
            accessLogConfiguration: ServiceConnectAccessLogConfiguration? = nil
        ) {
            self.enabled = enabled
            self.namespace = namespace
            self.services = services
            self.logConfiguration = logConfiguration
            self.accessLogConfiguration = accessLogConfiguration
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case enabled, namespace, services, logConfiguration, accessLogConfiguration
            public static var shapeName: Swift.String { "ServiceConnectConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            enabled = try c.decode(Swift.Bool.self, forKey: .enabled)
            namespace = try c.decodeLenientStringIfPresent(forKey: .namespace)
            services = try c.decodeIfPresent([ServiceConnectService].self, forKey: .services)
            logConfiguration = try c.decodeIfPresent(LogConfiguration.self, forKey: .logConfiguration)
            accessLogConfiguration = try c.decodeIfPresent(ServiceConnectAccessLogConfiguration.self, forKey: .accessLogConfiguration)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(enabled, forKey: .enabled)
            try c.encodeIfPresent(namespace, forKey: .namespace)
            try c.encodeIfPresent(services, forKey: .services)
            try c.encodeIfPresent(logConfiguration, forKey: .logConfiguration)
            try c.encodeIfPresent(accessLogConfiguration, forKey: .accessLogConfiguration)
        }
    }

    /// [ServiceConnectService](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectService.html)
    public struct ServiceConnectService: ECSShape {
        public static let shapeName = "ServiceConnectService"
        public var portName: Swift.String
        public var discoveryName: Swift.String?
        public var clientAliases: [ServiceConnectClientAlias]?
        public var ingressPortOverride: Swift.Int?
        @Boxed public var timeout: TimeoutConfiguration?
        @Boxed public var tls: ServiceConnectTlsConfiguration?
        public init(
            portName: Swift.String,
            discoveryName: Swift.String? = nil,
            clientAliases: [ServiceConnectClientAlias]? = nil,
            ingressPortOverride: Swift.Int? = nil,
            timeout: TimeoutConfiguration? = nil,
            tls: ServiceConnectTlsConfiguration? = nil
        ) {
            self.portName = portName
            self.discoveryName = discoveryName
            self.clientAliases = clientAliases
            self.ingressPortOverride = ingressPortOverride
            self.timeout = timeout
            self.tls = tls
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case portName, discoveryName, clientAliases, ingressPortOverride, timeout, tls
            public static var shapeName: Swift.String { "ServiceConnectService" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            portName = try c.decode(Swift.String.self, forKey: .portName)
            discoveryName = try c.decodeLenientStringIfPresent(forKey: .discoveryName)
            clientAliases = try c.decodeIfPresent([ServiceConnectClientAlias].self, forKey: .clientAliases)
            ingressPortOverride = try c.decodeIfPresent(Swift.Int.self, forKey: .ingressPortOverride)
            timeout = try c.decodeIfPresent(TimeoutConfiguration.self, forKey: .timeout)
            tls = try c.decodeIfPresent(ServiceConnectTlsConfiguration.self, forKey: .tls)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(portName, forKey: .portName)
            try c.encodeIfPresent(discoveryName, forKey: .discoveryName)
            try c.encodeIfPresent(clientAliases, forKey: .clientAliases)
            try c.encodeIfPresent(ingressPortOverride, forKey: .ingressPortOverride)
            try c.encodeIfPresent(timeout, forKey: .timeout)
            try c.encodeIfPresent(tls, forKey: .tls)
        }
    }

    /// [ServiceConnectServiceResource](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectServiceResource.html)
    public struct ServiceConnectServiceResource: ECSShape {
        public static let shapeName = "ServiceConnectServiceResource"
        public var discoveryName: Swift.String?
        public var discoveryArn: Swift.String?
        public init(discoveryName: Swift.String? = nil, discoveryArn: Swift.String? = nil) {
            self.discoveryName = discoveryName
            self.discoveryArn = discoveryArn
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case discoveryName, discoveryArn
            public static var shapeName: Swift.String { "ServiceConnectServiceResource" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            discoveryName = try c.decodeLenientStringIfPresent(forKey: .discoveryName)
            discoveryArn = try c.decodeLenientStringIfPresent(forKey: .discoveryArn)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(discoveryName, forKey: .discoveryName)
            try c.encodeIfPresent(discoveryArn, forKey: .discoveryArn)
        }
    }

    /// [ServiceConnectTestTrafficHeaderMatchRules](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectTestTrafficHeaderMatchRules.html)
    public struct ServiceConnectTestTrafficHeaderMatchRules: ECSShape {
        public static let shapeName = "ServiceConnectTestTrafficHeaderMatchRules"
        public var exact: Swift.String
        public init(exact: Swift.String) {
            self.exact = exact
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case exact
            public static var shapeName: Swift.String { "ServiceConnectTestTrafficHeaderMatchRules" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            exact = try c.decode(Swift.String.self, forKey: .exact)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(exact, forKey: .exact)
        }
    }

    /// [ServiceConnectTestTrafficHeaderRules](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectTestTrafficHeaderRules.html)
    public struct ServiceConnectTestTrafficHeaderRules: ECSShape {
        public static let shapeName = "ServiceConnectTestTrafficHeaderRules"
        public var name: Swift.String
        @Boxed public var value: ServiceConnectTestTrafficHeaderMatchRules?
        public init(name: Swift.String, value: ServiceConnectTestTrafficHeaderMatchRules? = nil) {
            self.name = name
            self.value = value
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case name, value
            public static var shapeName: Swift.String { "ServiceConnectTestTrafficHeaderRules" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(Swift.String.self, forKey: .name)
            value = try c.decodeIfPresent(ServiceConnectTestTrafficHeaderMatchRules.self, forKey: .value)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encodeIfPresent(value, forKey: .value)
        }
    }

    /// [ServiceConnectTestTrafficRules](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectTestTrafficRules.html)
    public struct ServiceConnectTestTrafficRules: ECSShape {
        public static let shapeName = "ServiceConnectTestTrafficRules"
        public var header: ServiceConnectTestTrafficHeaderRules
        public init(header: ServiceConnectTestTrafficHeaderRules) {
            self.header = header
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case header
            public static var shapeName: Swift.String { "ServiceConnectTestTrafficRules" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            header = try c.decode(ServiceConnectTestTrafficHeaderRules.self, forKey: .header)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(header, forKey: .header)
        }
    }

    /// [ServiceConnectTlsCertificateAuthority](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectTlsCertificateAuthority.html)
    public struct ServiceConnectTlsCertificateAuthority: ECSShape {
        public static let shapeName = "ServiceConnectTlsCertificateAuthority"
        public var awsPcaAuthorityArn: Swift.String?
        public init(awsPcaAuthorityArn: Swift.String? = nil) {
            self.awsPcaAuthorityArn = awsPcaAuthorityArn
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case awsPcaAuthorityArn
            public static var shapeName: Swift.String { "ServiceConnectTlsCertificateAuthority" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            awsPcaAuthorityArn = try c.decodeLenientStringIfPresent(forKey: .awsPcaAuthorityArn)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(awsPcaAuthorityArn, forKey: .awsPcaAuthorityArn)
        }
    }

    /// [ServiceConnectTlsConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectTlsConfiguration.html)
    public struct ServiceConnectTlsConfiguration: ECSShape {
        public static let shapeName = "ServiceConnectTlsConfiguration"
        public var issuerCertificateAuthority: ServiceConnectTlsCertificateAuthority
        public var kmsKey: Swift.String?
        public var roleArn: Swift.String?
        public init(
            issuerCertificateAuthority: ServiceConnectTlsCertificateAuthority,
            kmsKey: Swift.String? = nil,
            roleArn: Swift.String? = nil
        ) {
            self.issuerCertificateAuthority = issuerCertificateAuthority
            self.kmsKey = kmsKey
            self.roleArn = roleArn
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case issuerCertificateAuthority, kmsKey, roleArn
            public static var shapeName: Swift.String { "ServiceConnectTlsConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            issuerCertificateAuthority = try c.decode(ServiceConnectTlsCertificateAuthority.self, forKey: .issuerCertificateAuthority)
            kmsKey = try c.decodeLenientStringIfPresent(forKey: .kmsKey)
            roleArn = try c.decodeLenientStringIfPresent(forKey: .roleArn)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(issuerCertificateAuthority, forKey: .issuerCertificateAuthority)
            try c.encodeIfPresent(kmsKey, forKey: .kmsKey)
            try c.encodeIfPresent(roleArn, forKey: .roleArn)
        }
    }

    /// [ServiceCurrentRevisionSummary](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceCurrentRevisionSummary.html)
    public struct ServiceCurrentRevisionSummary: ECSShape {
        public static let shapeName = "ServiceCurrentRevisionSummary"
        public var arn: Swift.String?
        public var requestedTaskCount: Swift.Int?
        public var runningTaskCount: Swift.Int?
        public var pendingTaskCount: Swift.Int?
        public init(
            arn: Swift.String? = nil,
            requestedTaskCount: Swift.Int? = nil,
            runningTaskCount: Swift.Int? = nil,
            pendingTaskCount: Swift.Int? = nil
        ) {
            self.arn = arn
            self.requestedTaskCount = requestedTaskCount
            self.runningTaskCount = runningTaskCount
            self.pendingTaskCount = pendingTaskCount
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case arn, requestedTaskCount, runningTaskCount, pendingTaskCount
            public static var shapeName: Swift.String { "ServiceCurrentRevisionSummary" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            arn = try c.decodeLenientStringIfPresent(forKey: .arn)
            requestedTaskCount = try c.decodeIfPresent(Swift.Int.self, forKey: .requestedTaskCount)
            runningTaskCount = try c.decodeIfPresent(Swift.Int.self, forKey: .runningTaskCount)
            pendingTaskCount = try c.decodeIfPresent(Swift.Int.self, forKey: .pendingTaskCount)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(arn, forKey: .arn)
            try c.encodeIfPresent(requestedTaskCount, forKey: .requestedTaskCount)
            try c.encodeIfPresent(runningTaskCount, forKey: .runningTaskCount)
            try c.encodeIfPresent(pendingTaskCount, forKey: .pendingTaskCount)
        }
    }

    /// [ServiceDeployment](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceDeployment.html)
    public struct ServiceDeployment: ECSShape {
        public static let shapeName = "ServiceDeployment"
        public var serviceDeploymentArn: Swift.String?
        public var serviceArn: Swift.String?
        public var clusterArn: Swift.String?
        public var createdAt: ECSTimestamp?
        public var startedAt: ECSTimestamp?
        public var finishedAt: ECSTimestamp?
        public var stoppedAt: ECSTimestamp?
        public var updatedAt: ECSTimestamp?
        public var sourceServiceRevisions: [ServiceRevisionSummary]?
        @Boxed public var targetServiceRevision: ServiceRevisionSummary?
        public var status: ServiceDeploymentStatus?
        public var statusReason: Swift.String?
        public var lifecycleStage: ServiceDeploymentLifecycleStage?
        public var lifecycleHookDetails: [DeploymentLifecycleHookDetail]?
        @Boxed public var deploymentConfiguration: DeploymentConfiguration?
        @Boxed public var rollback: Rollback?
        @Boxed public var deploymentCircuitBreaker: ServiceDeploymentCircuitBreaker?
        @Boxed public var alarms: ServiceDeploymentAlarms?
        public init(
            serviceDeploymentArn: Swift.String? = nil,
            serviceArn: Swift.String? = nil,
            clusterArn: Swift.String? = nil,
            createdAt: ECSTimestamp? = nil,
            startedAt: ECSTimestamp? = nil,
            finishedAt: ECSTimestamp? = nil,
            stoppedAt: ECSTimestamp? = nil,
            updatedAt: ECSTimestamp? = nil,
            sourceServiceRevisions: [ServiceRevisionSummary]? = nil,
            targetServiceRevision: ServiceRevisionSummary? = nil,
            status: ServiceDeploymentStatus? = nil,
            statusReason: Swift.String? = nil,
            lifecycleStage: ServiceDeploymentLifecycleStage? = nil,
            lifecycleHookDetails: [DeploymentLifecycleHookDetail]? = nil,
            deploymentConfiguration: DeploymentConfiguration? = nil,
            rollback: Rollback? = nil,
            deploymentCircuitBreaker: ServiceDeploymentCircuitBreaker? = nil,
            alarms: ServiceDeploymentAlarms? = nil
        ) {
            self.serviceDeploymentArn = serviceDeploymentArn
            self.serviceArn = serviceArn
            self.clusterArn = clusterArn
            self.createdAt = createdAt
            self.startedAt = startedAt
            self.finishedAt = finishedAt
            self.stoppedAt = stoppedAt
            self.updatedAt = updatedAt
            self.sourceServiceRevisions = sourceServiceRevisions
            self.targetServiceRevision = targetServiceRevision
            self.status = status
            self.statusReason = statusReason
            self.lifecycleStage = lifecycleStage
            self.lifecycleHookDetails = lifecycleHookDetails
            self.deploymentConfiguration = deploymentConfiguration
            self.rollback = rollback
            self.deploymentCircuitBreaker = deploymentCircuitBreaker
            self.alarms = alarms
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case serviceDeploymentArn, serviceArn, clusterArn, createdAt, startedAt, finishedAt,
                 stoppedAt, updatedAt, sourceServiceRevisions, targetServiceRevision, status,
                 statusReason, lifecycleStage, lifecycleHookDetails, deploymentConfiguration,
                 rollback, deploymentCircuitBreaker, alarms
            public static var shapeName: Swift.String { "ServiceDeployment" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            serviceDeploymentArn = try c.decodeLenientStringIfPresent(forKey: .serviceDeploymentArn)
            serviceArn = try c.decodeLenientStringIfPresent(forKey: .serviceArn)
            clusterArn = try c.decodeLenientStringIfPresent(forKey: .clusterArn)
            createdAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .createdAt)
            startedAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .startedAt)
            finishedAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .finishedAt)
            stoppedAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .stoppedAt)
            updatedAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .updatedAt)
            sourceServiceRevisions = try c.decodeIfPresent([ServiceRevisionSummary].self, forKey: .sourceServiceRevisions)
            targetServiceRevision = try c.decodeIfPresent(ServiceRevisionSummary.self, forKey: .targetServiceRevision)
            status = try c.decodeIfPresent(ServiceDeploymentStatus.self, forKey: .status)
            statusReason = try c.decodeLenientStringIfPresent(forKey: .statusReason)
            lifecycleStage = try c.decodeIfPresent(ServiceDeploymentLifecycleStage.self, forKey: .lifecycleStage)
            lifecycleHookDetails = try c.decodeIfPresent([DeploymentLifecycleHookDetail].self, forKey: .lifecycleHookDetails)
            deploymentConfiguration = try c.decodeIfPresent(DeploymentConfiguration.self, forKey: .deploymentConfiguration)
            rollback = try c.decodeIfPresent(Rollback.self, forKey: .rollback)
            deploymentCircuitBreaker = try c.decodeIfPresent(ServiceDeploymentCircuitBreaker.self, forKey: .deploymentCircuitBreaker)
            alarms = try c.decodeIfPresent(ServiceDeploymentAlarms.self, forKey: .alarms)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(serviceDeploymentArn, forKey: .serviceDeploymentArn)
            try c.encodeIfPresent(serviceArn, forKey: .serviceArn)
            try c.encodeIfPresent(clusterArn, forKey: .clusterArn)
            try c.encodeIfPresent(createdAt, forKey: .createdAt)
            try c.encodeIfPresent(startedAt, forKey: .startedAt)
            try c.encodeIfPresent(finishedAt, forKey: .finishedAt)
            try c.encodeIfPresent(stoppedAt, forKey: .stoppedAt)
            try c.encodeIfPresent(updatedAt, forKey: .updatedAt)
            try c.encodeIfPresent(sourceServiceRevisions, forKey: .sourceServiceRevisions)
            try c.encodeIfPresent(targetServiceRevision, forKey: .targetServiceRevision)
            try c.encodeIfPresent(status, forKey: .status)
            try c.encodeIfPresent(statusReason, forKey: .statusReason)
            try c.encodeIfPresent(lifecycleStage, forKey: .lifecycleStage)
            try c.encodeIfPresent(lifecycleHookDetails, forKey: .lifecycleHookDetails)
            try c.encodeIfPresent(deploymentConfiguration, forKey: .deploymentConfiguration)
            try c.encodeIfPresent(rollback, forKey: .rollback)
            try c.encodeIfPresent(deploymentCircuitBreaker, forKey: .deploymentCircuitBreaker)
            try c.encodeIfPresent(alarms, forKey: .alarms)
        }
    }

    /// [ServiceDeploymentAlarms](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceDeploymentAlarms.html)
    public struct ServiceDeploymentAlarms: ECSShape {
        public static let shapeName = "ServiceDeploymentAlarms"
        public var status: ServiceDeploymentRollbackMonitorsStatus?
        public var alarmNames: [Swift.String]?
        public var triggeredAlarmNames: [Swift.String]?
        public init(
            status: ServiceDeploymentRollbackMonitorsStatus? = nil,
            alarmNames: [Swift.String]? = nil,
            triggeredAlarmNames: [Swift.String]? = nil
        ) {
            self.status = status
            self.alarmNames = alarmNames
            self.triggeredAlarmNames = triggeredAlarmNames
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case status, alarmNames, triggeredAlarmNames
            public static var shapeName: Swift.String { "ServiceDeploymentAlarms" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            status = try c.decodeIfPresent(ServiceDeploymentRollbackMonitorsStatus.self, forKey: .status)
            alarmNames = try c.decodeIfPresent([Swift.String].self, forKey: .alarmNames)
            triggeredAlarmNames = try c.decodeIfPresent([Swift.String].self, forKey: .triggeredAlarmNames)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(status, forKey: .status)
            try c.encodeIfPresent(alarmNames, forKey: .alarmNames)
            try c.encodeIfPresent(triggeredAlarmNames, forKey: .triggeredAlarmNames)
        }
    }

    /// [ServiceDeploymentBrief](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceDeploymentBrief.html)
    public struct ServiceDeploymentBrief: ECSShape {
        public static let shapeName = "ServiceDeploymentBrief"
        public var serviceDeploymentArn: Swift.String?
        public var serviceArn: Swift.String?
        public var clusterArn: Swift.String?
        public var startedAt: ECSTimestamp?
        public var createdAt: ECSTimestamp?
        public var finishedAt: ECSTimestamp?
        public var targetServiceRevisionArn: Swift.String?
        public var status: ServiceDeploymentStatus?
        public var statusReason: Swift.String?
        public init(
            serviceDeploymentArn: Swift.String? = nil,
            serviceArn: Swift.String? = nil,
            clusterArn: Swift.String? = nil,
            startedAt: ECSTimestamp? = nil,
            createdAt: ECSTimestamp? = nil,
            finishedAt: ECSTimestamp? = nil,
            targetServiceRevisionArn: Swift.String? = nil,
            status: ServiceDeploymentStatus? = nil,
            statusReason: Swift.String? = nil
        ) {
            self.serviceDeploymentArn = serviceDeploymentArn
            self.serviceArn = serviceArn
            self.clusterArn = clusterArn
            self.startedAt = startedAt
            self.createdAt = createdAt
            self.finishedAt = finishedAt
            self.targetServiceRevisionArn = targetServiceRevisionArn
            self.status = status
            self.statusReason = statusReason
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case serviceDeploymentArn, serviceArn, clusterArn, startedAt, createdAt, finishedAt,
                 targetServiceRevisionArn, status, statusReason
            public static var shapeName: Swift.String { "ServiceDeploymentBrief" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            serviceDeploymentArn = try c.decodeLenientStringIfPresent(forKey: .serviceDeploymentArn)
            serviceArn = try c.decodeLenientStringIfPresent(forKey: .serviceArn)
            clusterArn = try c.decodeLenientStringIfPresent(forKey: .clusterArn)
            startedAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .startedAt)
            createdAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .createdAt)
            finishedAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .finishedAt)
            targetServiceRevisionArn = try c.decodeLenientStringIfPresent(forKey: .targetServiceRevisionArn)
            status = try c.decodeIfPresent(ServiceDeploymentStatus.self, forKey: .status)
            statusReason = try c.decodeLenientStringIfPresent(forKey: .statusReason)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(serviceDeploymentArn, forKey: .serviceDeploymentArn)
            try c.encodeIfPresent(serviceArn, forKey: .serviceArn)
            try c.encodeIfPresent(clusterArn, forKey: .clusterArn)
            try c.encodeIfPresent(startedAt, forKey: .startedAt)
            try c.encodeIfPresent(createdAt, forKey: .createdAt)
            try c.encodeIfPresent(finishedAt, forKey: .finishedAt)
            try c.encodeIfPresent(targetServiceRevisionArn, forKey: .targetServiceRevisionArn)
            try c.encodeIfPresent(status, forKey: .status)
            try c.encodeIfPresent(statusReason, forKey: .statusReason)
        }
    }

    /// [ServiceDeploymentCircuitBreaker](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceDeploymentCircuitBreaker.html)
    public struct ServiceDeploymentCircuitBreaker: ECSShape {
        public static let shapeName = "ServiceDeploymentCircuitBreaker"
        public var status: ServiceDeploymentRollbackMonitorsStatus?
        public var failureCount: Swift.Int?
        public var threshold: Swift.Int?
        public init(
            status: ServiceDeploymentRollbackMonitorsStatus? = nil,
            failureCount: Swift.Int? = nil,
            threshold: Swift.Int? = nil
        ) {
            self.status = status
            self.failureCount = failureCount
            self.threshold = threshold
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case status, failureCount, threshold
            public static var shapeName: Swift.String { "ServiceDeploymentCircuitBreaker" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            status = try c.decodeIfPresent(ServiceDeploymentRollbackMonitorsStatus.self, forKey: .status)
            failureCount = try c.decodeIfPresent(Swift.Int.self, forKey: .failureCount)
            threshold = try c.decodeIfPresent(Swift.Int.self, forKey: .threshold)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(status, forKey: .status)
            try c.encodeIfPresent(failureCount, forKey: .failureCount)
            try c.encodeIfPresent(threshold, forKey: .threshold)
        }
    }

    /// [ServiceEvent](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceEvent.html)
    public struct ServiceEvent: ECSShape {
        public static let shapeName = "ServiceEvent"
        public var id: Swift.String?
        public var createdAt: ECSTimestamp?
        public var message: Swift.String?
        public init(
            id: Swift.String? = nil,
            createdAt: ECSTimestamp? = nil,
            message: Swift.String? = nil
        ) {
            self.id = id
            self.createdAt = createdAt
            self.message = message
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case id, createdAt, message
            public static var shapeName: Swift.String { "ServiceEvent" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decodeLenientStringIfPresent(forKey: .id)
            createdAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .createdAt)
            message = try c.decodeLenientStringIfPresent(forKey: .message)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(id, forKey: .id)
            try c.encodeIfPresent(createdAt, forKey: .createdAt)
            try c.encodeIfPresent(message, forKey: .message)
        }
    }

    /// [ServiceManagedEBSVolumeConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceManagedEBSVolumeConfiguration.html)
    public struct ServiceManagedEBSVolumeConfiguration: ECSShape {
        public static let shapeName = "ServiceManagedEBSVolumeConfiguration"
        public var encrypted: Swift.Bool?
        public var kmsKeyId: Swift.String?
        public var volumeType: Swift.String?
        public var sizeInGiB: Swift.Int?
        public var snapshotId: Swift.String?
        public var volumeInitializationRate: Swift.Int?
        public var iops: Swift.Int?
        public var throughput: Swift.Int?
        public var tagSpecifications: [EBSTagSpecification]?
        public var roleArn: Swift.String
        public var filesystemType: TaskFilesystemType?
        public init(
            encrypted: Swift.Bool? = nil,
            kmsKeyId: Swift.String? = nil,
            volumeType: Swift.String? = nil,
            sizeInGiB: Swift.Int? = nil,
            snapshotId: Swift.String? = nil,
            volumeInitializationRate: Swift.Int? = nil,
            iops: Swift.Int? = nil,
            throughput: Swift.Int? = nil,
            tagSpecifications: [EBSTagSpecification]? = nil,
            roleArn: Swift.String,
            filesystemType: TaskFilesystemType? = nil
        ) {
            self.encrypted = encrypted
            self.kmsKeyId = kmsKeyId
            self.volumeType = volumeType
            self.sizeInGiB = sizeInGiB
            self.snapshotId = snapshotId
            self.volumeInitializationRate = volumeInitializationRate
            self.iops = iops
            self.throughput = throughput
            self.tagSpecifications = tagSpecifications
            self.roleArn = roleArn
            self.filesystemType = filesystemType
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case encrypted, kmsKeyId, volumeType, sizeInGiB, snapshotId, volumeInitializationRate,
                 iops, throughput, tagSpecifications, roleArn, filesystemType
            public static var shapeName: Swift.String { "ServiceManagedEBSVolumeConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            encrypted = try c.decodeIfPresent(Swift.Bool.self, forKey: .encrypted)
            kmsKeyId = try c.decodeLenientStringIfPresent(forKey: .kmsKeyId)
            volumeType = try c.decodeLenientStringIfPresent(forKey: .volumeType)
            sizeInGiB = try c.decodeIfPresent(Swift.Int.self, forKey: .sizeInGiB)
            snapshotId = try c.decodeLenientStringIfPresent(forKey: .snapshotId)
            volumeInitializationRate = try c.decodeIfPresent(Swift.Int.self, forKey: .volumeInitializationRate)
            iops = try c.decodeIfPresent(Swift.Int.self, forKey: .iops)
            throughput = try c.decodeIfPresent(Swift.Int.self, forKey: .throughput)
            tagSpecifications = try c.decodeIfPresent([EBSTagSpecification].self, forKey: .tagSpecifications)
            roleArn = try c.decode(Swift.String.self, forKey: .roleArn)
            filesystemType = try c.decodeIfPresent(TaskFilesystemType.self, forKey: .filesystemType)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(encrypted, forKey: .encrypted)
            try c.encodeIfPresent(kmsKeyId, forKey: .kmsKeyId)
            try c.encodeIfPresent(volumeType, forKey: .volumeType)
            try c.encodeIfPresent(sizeInGiB, forKey: .sizeInGiB)
            try c.encodeIfPresent(snapshotId, forKey: .snapshotId)
            try c.encodeIfPresent(volumeInitializationRate, forKey: .volumeInitializationRate)
            try c.encodeIfPresent(iops, forKey: .iops)
            try c.encodeIfPresent(throughput, forKey: .throughput)
            try c.encodeIfPresent(tagSpecifications, forKey: .tagSpecifications)
            try c.encode(roleArn, forKey: .roleArn)
            try c.encodeIfPresent(filesystemType, forKey: .filesystemType)
        }
    }

    /// [ServiceRegistry](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceRegistry.html)
    public struct ServiceRegistry: ECSShape {
        public static let shapeName = "ServiceRegistry"
        public var registryArn: Swift.String?
        public var port: Swift.Int?
        public var containerName: Swift.String?
        public var containerPort: Swift.Int?
        public init(
            registryArn: Swift.String? = nil,
            port: Swift.Int? = nil,
            containerName: Swift.String? = nil,
            containerPort: Swift.Int? = nil
        ) {
            self.registryArn = registryArn
            self.port = port
            self.containerName = containerName
            self.containerPort = containerPort
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case registryArn, port, containerName, containerPort
            public static var shapeName: Swift.String { "ServiceRegistry" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            registryArn = try c.decodeLenientStringIfPresent(forKey: .registryArn)
            port = try c.decodeIfPresent(Swift.Int.self, forKey: .port)
            containerName = try c.decodeLenientStringIfPresent(forKey: .containerName)
            containerPort = try c.decodeIfPresent(Swift.Int.self, forKey: .containerPort)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(registryArn, forKey: .registryArn)
            try c.encodeIfPresent(port, forKey: .port)
            try c.encodeIfPresent(containerName, forKey: .containerName)
            try c.encodeIfPresent(containerPort, forKey: .containerPort)
        }
    }

    /// [ServiceRevision](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceRevision.html)
    public struct ServiceRevision: ECSShape {
        public static let shapeName = "ServiceRevision"
        public var serviceRevisionArn: Swift.String?
        public var serviceArn: Swift.String?
        public var clusterArn: Swift.String?
        public var taskDefinition: Swift.String?
        public var capacityProviderStrategy: [CapacityProviderStrategyItem]?
        public var launchType: LaunchType?
        public var platformVersion: Swift.String?
        public var platformFamily: Swift.String?
        public var loadBalancers: [LoadBalancer]?
        public var serviceRegistries: [ServiceRegistry]?
        @Boxed public var networkConfiguration: NetworkConfiguration?
        public var containerImages: [ContainerImage]?
        public var guardDutyEnabled: Swift.Bool?
        @Boxed public var serviceConnectConfiguration: ServiceConnectConfiguration?
        public var volumeConfigurations: [ServiceVolumeConfiguration]?
        @Boxed public var fargateEphemeralStorage: DeploymentEphemeralStorage?
        public var createdAt: ECSTimestamp?
        public var vpcLatticeConfigurations: [VpcLatticeConfiguration]?
        @Boxed public var resolvedConfiguration: ResolvedConfiguration?
        @Boxed public var ecsManagedResources: ECSManagedResources?
        public init(
            serviceRevisionArn: Swift.String? = nil,
            serviceArn: Swift.String? = nil,
            clusterArn: Swift.String? = nil,
            taskDefinition: Swift.String? = nil,
            capacityProviderStrategy: [CapacityProviderStrategyItem]? = nil,
            launchType: LaunchType? = nil,
            platformVersion: Swift.String? = nil,
            platformFamily: Swift.String? = nil,
            loadBalancers: [LoadBalancer]? = nil,
            serviceRegistries: [ServiceRegistry]? = nil,
            networkConfiguration: NetworkConfiguration? = nil,
            containerImages: [ContainerImage]? = nil,
            guardDutyEnabled: Swift.Bool? = nil,
            serviceConnectConfiguration: ServiceConnectConfiguration? = nil,
            volumeConfigurations: [ServiceVolumeConfiguration]? = nil,
            fargateEphemeralStorage: DeploymentEphemeralStorage? = nil,
            createdAt: ECSTimestamp? = nil,
            vpcLatticeConfigurations: [VpcLatticeConfiguration]? = nil,
            resolvedConfiguration: ResolvedConfiguration? = nil,
            ecsManagedResources: ECSManagedResources? = nil
        ) {
            self.serviceRevisionArn = serviceRevisionArn
            self.serviceArn = serviceArn
            self.clusterArn = clusterArn
            self.taskDefinition = taskDefinition
            self.capacityProviderStrategy = capacityProviderStrategy
            self.launchType = launchType
            self.platformVersion = platformVersion
            self.platformFamily = platformFamily
            self.loadBalancers = loadBalancers
            self.serviceRegistries = serviceRegistries
            self.networkConfiguration = networkConfiguration
            self.containerImages = containerImages
            self.guardDutyEnabled = guardDutyEnabled
            self.serviceConnectConfiguration = serviceConnectConfiguration
            self.volumeConfigurations = volumeConfigurations
            self.fargateEphemeralStorage = fargateEphemeralStorage
            self.createdAt = createdAt
            self.vpcLatticeConfigurations = vpcLatticeConfigurations
            self.resolvedConfiguration = resolvedConfiguration
            self.ecsManagedResources = ecsManagedResources
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case serviceRevisionArn, serviceArn, clusterArn, taskDefinition,
                 capacityProviderStrategy, launchType, platformVersion, platformFamily,
                 loadBalancers, serviceRegistries, networkConfiguration, containerImages,
                 guardDutyEnabled, serviceConnectConfiguration, volumeConfigurations,
                 fargateEphemeralStorage, createdAt, vpcLatticeConfigurations,
                 resolvedConfiguration, ecsManagedResources
            public static var shapeName: Swift.String { "ServiceRevision" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            serviceRevisionArn = try c.decodeLenientStringIfPresent(forKey: .serviceRevisionArn)
            serviceArn = try c.decodeLenientStringIfPresent(forKey: .serviceArn)
            clusterArn = try c.decodeLenientStringIfPresent(forKey: .clusterArn)
            taskDefinition = try c.decodeLenientStringIfPresent(forKey: .taskDefinition)
            capacityProviderStrategy = try c.decodeIfPresent([CapacityProviderStrategyItem].self, forKey: .capacityProviderStrategy)
            launchType = try c.decodeIfPresent(LaunchType.self, forKey: .launchType)
            platformVersion = try c.decodeLenientStringIfPresent(forKey: .platformVersion)
            platformFamily = try c.decodeLenientStringIfPresent(forKey: .platformFamily)
            loadBalancers = try c.decodeIfPresent([LoadBalancer].self, forKey: .loadBalancers)
            serviceRegistries = try c.decodeIfPresent([ServiceRegistry].self, forKey: .serviceRegistries)
            networkConfiguration = try c.decodeIfPresent(NetworkConfiguration.self, forKey: .networkConfiguration)
            containerImages = try c.decodeIfPresent([ContainerImage].self, forKey: .containerImages)
            guardDutyEnabled = try c.decodeIfPresent(Swift.Bool.self, forKey: .guardDutyEnabled)
            serviceConnectConfiguration = try c.decodeIfPresent(ServiceConnectConfiguration.self, forKey: .serviceConnectConfiguration)
            volumeConfigurations = try c.decodeIfPresent([ServiceVolumeConfiguration].self, forKey: .volumeConfigurations)
            fargateEphemeralStorage = try c.decodeIfPresent(DeploymentEphemeralStorage.self, forKey: .fargateEphemeralStorage)
            createdAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .createdAt)
            vpcLatticeConfigurations = try c.decodeIfPresent([VpcLatticeConfiguration].self, forKey: .vpcLatticeConfigurations)
            resolvedConfiguration = try c.decodeIfPresent(ResolvedConfiguration.self, forKey: .resolvedConfiguration)
            ecsManagedResources = try c.decodeIfPresent(ECSManagedResources.self, forKey: .ecsManagedResources)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(serviceRevisionArn, forKey: .serviceRevisionArn)
            try c.encodeIfPresent(serviceArn, forKey: .serviceArn)
            try c.encodeIfPresent(clusterArn, forKey: .clusterArn)
            try c.encodeIfPresent(taskDefinition, forKey: .taskDefinition)
            try c.encodeIfPresent(capacityProviderStrategy, forKey: .capacityProviderStrategy)
            try c.encodeIfPresent(launchType, forKey: .launchType)
            try c.encodeIfPresent(platformVersion, forKey: .platformVersion)
            try c.encodeIfPresent(platformFamily, forKey: .platformFamily)
            try c.encodeIfPresent(loadBalancers, forKey: .loadBalancers)
            try c.encodeIfPresent(serviceRegistries, forKey: .serviceRegistries)
            try c.encodeIfPresent(networkConfiguration, forKey: .networkConfiguration)
            try c.encodeIfPresent(containerImages, forKey: .containerImages)
            try c.encodeIfPresent(guardDutyEnabled, forKey: .guardDutyEnabled)
            try c.encodeIfPresent(serviceConnectConfiguration, forKey: .serviceConnectConfiguration)
            try c.encodeIfPresent(volumeConfigurations, forKey: .volumeConfigurations)
            try c.encodeIfPresent(fargateEphemeralStorage, forKey: .fargateEphemeralStorage)
            try c.encodeIfPresent(createdAt, forKey: .createdAt)
            try c.encodeIfPresent(vpcLatticeConfigurations, forKey: .vpcLatticeConfigurations)
            try c.encodeIfPresent(resolvedConfiguration, forKey: .resolvedConfiguration)
            try c.encodeIfPresent(ecsManagedResources, forKey: .ecsManagedResources)
        }
    }

    /// [ServiceRevisionLoadBalancer](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceRevisionLoadBalancer.html)
    public struct ServiceRevisionLoadBalancer: ECSShape {
        public static let shapeName = "ServiceRevisionLoadBalancer"
        public var targetGroupArn: Swift.String?
        public var productionListenerRule: Swift.String?
        public init(
            targetGroupArn: Swift.String? = nil,
            productionListenerRule: Swift.String? = nil
        ) {
            self.targetGroupArn = targetGroupArn
            self.productionListenerRule = productionListenerRule
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case targetGroupArn, productionListenerRule
            public static var shapeName: Swift.String { "ServiceRevisionLoadBalancer" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            targetGroupArn = try c.decodeLenientStringIfPresent(forKey: .targetGroupArn)
            productionListenerRule = try c.decodeLenientStringIfPresent(forKey: .productionListenerRule)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(targetGroupArn, forKey: .targetGroupArn)
            try c.encodeIfPresent(productionListenerRule, forKey: .productionListenerRule)
        }
    }

    /// [ServiceRevisionSummary](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceRevisionSummary.html)
    public struct ServiceRevisionSummary: ECSShape {
        public static let shapeName = "ServiceRevisionSummary"
        public var arn: Swift.String?
        public var requestedTaskCount: Swift.Int?
        public var runningTaskCount: Swift.Int?
        public var pendingTaskCount: Swift.Int?
        public var requestedTestTrafficWeight: Swift.Double?
        public var requestedProductionTrafficWeight: Swift.Double?
        public init(
            arn: Swift.String? = nil,
            requestedTaskCount: Swift.Int? = nil,
            runningTaskCount: Swift.Int? = nil,
            pendingTaskCount: Swift.Int? = nil,
            requestedTestTrafficWeight: Swift.Double? = nil,
            requestedProductionTrafficWeight: Swift.Double? = nil
        ) {
            self.arn = arn
            self.requestedTaskCount = requestedTaskCount
            self.runningTaskCount = runningTaskCount
            self.pendingTaskCount = pendingTaskCount
            self.requestedTestTrafficWeight = requestedTestTrafficWeight
            self.requestedProductionTrafficWeight = requestedProductionTrafficWeight
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case arn, requestedTaskCount, runningTaskCount, pendingTaskCount,
                 requestedTestTrafficWeight, requestedProductionTrafficWeight
            public static var shapeName: Swift.String { "ServiceRevisionSummary" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            arn = try c.decodeLenientStringIfPresent(forKey: .arn)
            requestedTaskCount = try c.decodeIfPresent(Swift.Int.self, forKey: .requestedTaskCount)
            runningTaskCount = try c.decodeIfPresent(Swift.Int.self, forKey: .runningTaskCount)
            pendingTaskCount = try c.decodeIfPresent(Swift.Int.self, forKey: .pendingTaskCount)
            requestedTestTrafficWeight = try c.decodeIfPresent(Swift.Double.self, forKey: .requestedTestTrafficWeight)
            requestedProductionTrafficWeight = try c.decodeIfPresent(Swift.Double.self, forKey: .requestedProductionTrafficWeight)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(arn, forKey: .arn)
            try c.encodeIfPresent(requestedTaskCount, forKey: .requestedTaskCount)
            try c.encodeIfPresent(runningTaskCount, forKey: .runningTaskCount)
            try c.encodeIfPresent(pendingTaskCount, forKey: .pendingTaskCount)
            try c.encodeIfPresent(requestedTestTrafficWeight, forKey: .requestedTestTrafficWeight)
            try c.encodeIfPresent(requestedProductionTrafficWeight, forKey: .requestedProductionTrafficWeight)
        }
    }

    /// [ServiceVolumeConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceVolumeConfiguration.html)
    public struct ServiceVolumeConfiguration: ECSShape {
        public static let shapeName = "ServiceVolumeConfiguration"
        public var name: Swift.String
        @Boxed public var managedEBSVolume: ServiceManagedEBSVolumeConfiguration?
        public init(
            name: Swift.String,
            managedEBSVolume: ServiceManagedEBSVolumeConfiguration? = nil
        ) {
            self.name = name
            self.managedEBSVolume = managedEBSVolume
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case name, managedEBSVolume
            public static var shapeName: Swift.String { "ServiceVolumeConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(Swift.String.self, forKey: .name)
            managedEBSVolume = try c.decodeIfPresent(ServiceManagedEBSVolumeConfiguration.self, forKey: .managedEBSVolume)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encodeIfPresent(managedEBSVolume, forKey: .managedEBSVolume)
        }
    }

    /// [StopTaskRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_StopTaskRequest.html)
    public struct StopTaskRequest: ECSShape {
        public static let shapeName = "StopTaskRequest"
        public var cluster: Swift.String?
        public var task: Swift.String
        public var reason: Swift.String?
        public init(cluster: Swift.String? = nil, task: Swift.String, reason: Swift.String? = nil) {
            self.cluster = cluster
            self.task = task
            self.reason = reason
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cluster, task, reason
            public static var shapeName: Swift.String { "StopTaskRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cluster = try c.decodeLenientStringIfPresent(forKey: .cluster)
            task = try c.decode(Swift.String.self, forKey: .task)
            reason = try c.decodeLenientStringIfPresent(forKey: .reason)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(cluster, forKey: .cluster)
            try c.encode(task, forKey: .task)
            try c.encodeIfPresent(reason, forKey: .reason)
        }
    }

    /// [StopTaskResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_StopTaskResponse.html)
    public struct StopTaskResponse: ECSShape {
        public static let shapeName = "StopTaskResponse"
        @Boxed public var task: Task?
        public init(task: Task? = nil) {
            self.task = task
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case task
            public static var shapeName: Swift.String { "StopTaskResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            task = try c.decodeIfPresent(Task.self, forKey: .task)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(task, forKey: .task)
        }
    }

    /// [SystemControl](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_SystemControl.html)
    public struct SystemControl: ECSShape {
        public static let shapeName = "SystemControl"
        public var namespace: Swift.String?
        public var value: Swift.String?
        public init(namespace: Swift.String? = nil, value: Swift.String? = nil) {
            self.namespace = namespace
            self.value = value
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case namespace, value
            public static var shapeName: Swift.String { "SystemControl" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            namespace = try c.decodeLenientStringIfPresent(forKey: .namespace)
            value = try c.decodeLenientStringIfPresent(forKey: .value)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(namespace, forKey: .namespace)
            try c.encodeIfPresent(value, forKey: .value)
        }
    }

    /// [Tag](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Tag.html)
    public struct Tag: ECSShape {
        public static let shapeName = "Tag"
        public var key: Swift.String?
        public var value: Swift.String?
        public init(key: Swift.String? = nil, value: Swift.String? = nil) {
            self.key = key
            self.value = value
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case key, value
            public static var shapeName: Swift.String { "Tag" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            key = try c.decodeLenientStringIfPresent(forKey: .key)
            value = try c.decodeLenientStringIfPresent(forKey: .value)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(key, forKey: .key)
            try c.encodeIfPresent(value, forKey: .value)
        }
    }

    /// [TagResourceRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TagResourceRequest.html)
    public struct TagResourceRequest: ECSShape {
        public static let shapeName = "TagResourceRequest"
        public var resourceArn: Swift.String
        public var tags: [Tag]
        public init(resourceArn: Swift.String, tags: [Tag]) {
            self.resourceArn = resourceArn
            self.tags = tags
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case resourceArn, tags
            public static var shapeName: Swift.String { "TagResourceRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            resourceArn = try c.decode(Swift.String.self, forKey: .resourceArn)
            tags = try c.decode([Tag].self, forKey: .tags)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(resourceArn, forKey: .resourceArn)
            try c.encode(tags, forKey: .tags)
        }
    }

    /// [TagResourceResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TagResourceResponse.html)
    public struct TagResourceResponse: ECSShape {
        public static let shapeName = "TagResourceResponse"
        public init() {
        }
        public init(from decoder: any Decoder) throws {
            _ = decoder
        }
        public func encode(to encoder: any Encoder) throws {
            _ = encoder
        }
    }

    /// [Task](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Task.html)
    public struct Task: ECSShape {
        public static let shapeName = "Task"
        public var attachments: [Attachment]?
        public var attributes: [Attribute]?
        public var availabilityZone: Swift.String?
        public var capacityProviderName: Swift.String?
        public var clusterArn: Swift.String?
        public var connectivity: Connectivity?
        public var connectivityAt: ECSTimestamp?
        public var containerInstanceArn: Swift.String?
        public var containers: [Container]?
        public var cpu: Swift.String?
        public var createdAt: ECSTimestamp?
        public var desiredStatus: Swift.String?
        public var enableExecuteCommand: Swift.Bool?
        public var executionStoppedAt: ECSTimestamp?
        public var group: Swift.String?
        public var healthStatus: HealthStatus?
        public var inferenceAccelerators: [InferenceAccelerator]?
        public var lastStatus: Swift.String?
        public var launchType: LaunchType?
        public var memory: Swift.String?
        @Boxed public var overrides: TaskOverride?
        public var platformVersion: Swift.String?
        public var platformFamily: Swift.String?
        public var pullStartedAt: ECSTimestamp?
        public var pullStoppedAt: ECSTimestamp?
        public var startedAt: ECSTimestamp?
        public var startedBy: Swift.String?
        public var stopCode: TaskStopCode?
        public var stoppedAt: ECSTimestamp?
        public var stoppedReason: Swift.String?
        public var stoppingAt: ECSTimestamp?
        public var tags: [Tag]?
        public var taskArn: Swift.String?
        public var taskDefinitionArn: Swift.String?
        public var version: Swift.Int?
        @Boxed public var ephemeralStorage: EphemeralStorage?
        @Boxed public var fargateEphemeralStorage: TaskEphemeralStorage?
        public init(
            attachments: [Attachment]? = nil,
            attributes: [Attribute]? = nil,
            availabilityZone: Swift.String? = nil,
            capacityProviderName: Swift.String? = nil,
            clusterArn: Swift.String? = nil,
            connectivity: Connectivity? = nil,
            connectivityAt: ECSTimestamp? = nil,
            containerInstanceArn: Swift.String? = nil,
            containers: [Container]? = nil,
            cpu: Swift.String? = nil,
            createdAt: ECSTimestamp? = nil,
            desiredStatus: Swift.String? = nil,
            enableExecuteCommand: Swift.Bool? = nil,
            executionStoppedAt: ECSTimestamp? = nil,
            group: Swift.String? = nil,
            healthStatus: HealthStatus? = nil,
            inferenceAccelerators: [InferenceAccelerator]? = nil,
            lastStatus: Swift.String? = nil,
            launchType: LaunchType? = nil,
            memory: Swift.String? = nil,
            overrides: TaskOverride? = nil,
            platformVersion: Swift.String? = nil,
            platformFamily: Swift.String? = nil,
            pullStartedAt: ECSTimestamp? = nil,
            pullStoppedAt: ECSTimestamp? = nil,
            startedAt: ECSTimestamp? = nil,
            startedBy: Swift.String? = nil,
            stopCode: TaskStopCode? = nil,
            stoppedAt: ECSTimestamp? = nil,
            stoppedReason: Swift.String? = nil,
            stoppingAt: ECSTimestamp? = nil,
            tags: [Tag]? = nil,
            taskArn: Swift.String? = nil,
            taskDefinitionArn: Swift.String? = nil,
            version: Swift.Int? = nil,
            ephemeralStorage: EphemeralStorage? = nil,
            fargateEphemeralStorage: TaskEphemeralStorage? = nil
        ) {
            self.attachments = attachments
            self.attributes = attributes
            self.availabilityZone = availabilityZone
            self.capacityProviderName = capacityProviderName
            self.clusterArn = clusterArn
            self.connectivity = connectivity
            self.connectivityAt = connectivityAt
            self.containerInstanceArn = containerInstanceArn
            self.containers = containers
            self.cpu = cpu
            self.createdAt = createdAt
            self.desiredStatus = desiredStatus
            self.enableExecuteCommand = enableExecuteCommand
            self.executionStoppedAt = executionStoppedAt
            self.group = group
            self.healthStatus = healthStatus
            self.inferenceAccelerators = inferenceAccelerators
            self.lastStatus = lastStatus
            self.launchType = launchType
            self.memory = memory
            self.overrides = overrides
            self.platformVersion = platformVersion
            self.platformFamily = platformFamily
            self.pullStartedAt = pullStartedAt
            self.pullStoppedAt = pullStoppedAt
            self.startedAt = startedAt
            self.startedBy = startedBy
            self.stopCode = stopCode
            self.stoppedAt = stoppedAt
            self.stoppedReason = stoppedReason
            self.stoppingAt = stoppingAt
            self.tags = tags
            self.taskArn = taskArn
            self.taskDefinitionArn = taskDefinitionArn
            self.version = version
            self.ephemeralStorage = ephemeralStorage
            self.fargateEphemeralStorage = fargateEphemeralStorage
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case attachments, attributes, availabilityZone, capacityProviderName, clusterArn,
                 connectivity, connectivityAt, containerInstanceArn, containers, cpu, createdAt,
                 desiredStatus, enableExecuteCommand, executionStoppedAt, group, healthStatus,
                 inferenceAccelerators, lastStatus, launchType, memory, overrides, platformVersion,
                 platformFamily, pullStartedAt, pullStoppedAt, startedAt, startedBy, stopCode,
                 stoppedAt, stoppedReason, stoppingAt, tags, taskArn, taskDefinitionArn, version,
                 ephemeralStorage, fargateEphemeralStorage
            public static var shapeName: Swift.String { "Task" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            attachments = try c.decodeIfPresent([Attachment].self, forKey: .attachments)
            attributes = try c.decodeIfPresent([Attribute].self, forKey: .attributes)
            availabilityZone = try c.decodeLenientStringIfPresent(forKey: .availabilityZone)
            capacityProviderName = try c.decodeLenientStringIfPresent(forKey: .capacityProviderName)
            clusterArn = try c.decodeLenientStringIfPresent(forKey: .clusterArn)
            connectivity = try c.decodeIfPresent(Connectivity.self, forKey: .connectivity)
            connectivityAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .connectivityAt)
            containerInstanceArn = try c.decodeLenientStringIfPresent(forKey: .containerInstanceArn)
            containers = try c.decodeIfPresent([Container].self, forKey: .containers)
            cpu = try c.decodeLenientStringIfPresent(forKey: .cpu)
            createdAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .createdAt)
            desiredStatus = try c.decodeLenientStringIfPresent(forKey: .desiredStatus)
            enableExecuteCommand = try c.decodeIfPresent(Swift.Bool.self, forKey: .enableExecuteCommand)
            executionStoppedAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .executionStoppedAt)
            group = try c.decodeLenientStringIfPresent(forKey: .group)
            healthStatus = try c.decodeIfPresent(HealthStatus.self, forKey: .healthStatus)
            inferenceAccelerators = try c.decodeIfPresent([InferenceAccelerator].self, forKey: .inferenceAccelerators)
            lastStatus = try c.decodeLenientStringIfPresent(forKey: .lastStatus)
            launchType = try c.decodeIfPresent(LaunchType.self, forKey: .launchType)
            memory = try c.decodeLenientStringIfPresent(forKey: .memory)
            overrides = try c.decodeIfPresent(TaskOverride.self, forKey: .overrides)
            platformVersion = try c.decodeLenientStringIfPresent(forKey: .platformVersion)
            platformFamily = try c.decodeLenientStringIfPresent(forKey: .platformFamily)
            pullStartedAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .pullStartedAt)
            pullStoppedAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .pullStoppedAt)
            startedAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .startedAt)
            startedBy = try c.decodeLenientStringIfPresent(forKey: .startedBy)
            stopCode = try c.decodeIfPresent(TaskStopCode.self, forKey: .stopCode)
            stoppedAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .stoppedAt)
            stoppedReason = try c.decodeLenientStringIfPresent(forKey: .stoppedReason)
            stoppingAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .stoppingAt)
            tags = try c.decodeIfPresent([Tag].self, forKey: .tags)
            taskArn = try c.decodeLenientStringIfPresent(forKey: .taskArn)
            taskDefinitionArn = try c.decodeLenientStringIfPresent(forKey: .taskDefinitionArn)
            version = try c.decodeIfPresent(Swift.Int.self, forKey: .version)
            ephemeralStorage = try c.decodeIfPresent(EphemeralStorage.self, forKey: .ephemeralStorage)
            fargateEphemeralStorage = try c.decodeIfPresent(TaskEphemeralStorage.self, forKey: .fargateEphemeralStorage)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(attachments, forKey: .attachments)
            try c.encodeIfPresent(attributes, forKey: .attributes)
            try c.encodeIfPresent(availabilityZone, forKey: .availabilityZone)
            try c.encodeIfPresent(capacityProviderName, forKey: .capacityProviderName)
            try c.encodeIfPresent(clusterArn, forKey: .clusterArn)
            try c.encodeIfPresent(connectivity, forKey: .connectivity)
            try c.encodeIfPresent(connectivityAt, forKey: .connectivityAt)
            try c.encodeIfPresent(containerInstanceArn, forKey: .containerInstanceArn)
            try c.encodeIfPresent(containers, forKey: .containers)
            try c.encodeIfPresent(cpu, forKey: .cpu)
            try c.encodeIfPresent(createdAt, forKey: .createdAt)
            try c.encodeIfPresent(desiredStatus, forKey: .desiredStatus)
            try c.encodeIfPresent(enableExecuteCommand, forKey: .enableExecuteCommand)
            try c.encodeIfPresent(executionStoppedAt, forKey: .executionStoppedAt)
            try c.encodeIfPresent(group, forKey: .group)
            try c.encodeIfPresent(healthStatus, forKey: .healthStatus)
            try c.encodeIfPresent(inferenceAccelerators, forKey: .inferenceAccelerators)
            try c.encodeIfPresent(lastStatus, forKey: .lastStatus)
            try c.encodeIfPresent(launchType, forKey: .launchType)
            try c.encodeIfPresent(memory, forKey: .memory)
            try c.encodeIfPresent(overrides, forKey: .overrides)
            try c.encodeIfPresent(platformVersion, forKey: .platformVersion)
            try c.encodeIfPresent(platformFamily, forKey: .platformFamily)
            try c.encodeIfPresent(pullStartedAt, forKey: .pullStartedAt)
            try c.encodeIfPresent(pullStoppedAt, forKey: .pullStoppedAt)
            try c.encodeIfPresent(startedAt, forKey: .startedAt)
            try c.encodeIfPresent(startedBy, forKey: .startedBy)
            try c.encodeIfPresent(stopCode, forKey: .stopCode)
            try c.encodeIfPresent(stoppedAt, forKey: .stoppedAt)
            try c.encodeIfPresent(stoppedReason, forKey: .stoppedReason)
            try c.encodeIfPresent(stoppingAt, forKey: .stoppingAt)
            try c.encodeIfPresent(tags, forKey: .tags)
            try c.encodeIfPresent(taskArn, forKey: .taskArn)
            try c.encodeIfPresent(taskDefinitionArn, forKey: .taskDefinitionArn)
            try c.encodeIfPresent(version, forKey: .version)
            try c.encodeIfPresent(ephemeralStorage, forKey: .ephemeralStorage)
            try c.encodeIfPresent(fargateEphemeralStorage, forKey: .fargateEphemeralStorage)
        }
    }

    /// [TaskDefinition](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskDefinition.html)
    public struct TaskDefinition: ECSShape {
        public static let shapeName = "TaskDefinition"
        public var taskDefinitionArn: Swift.String?
        public var containerDefinitions: [ContainerDefinition]?
        public var family: Swift.String?
        public var taskRoleArn: Swift.String?
        public var executionRoleArn: Swift.String?
        public var networkMode: NetworkMode?
        public var revision: Swift.Int?
        public var volumes: [Volume]?
        public var status: TaskDefinitionStatus?
        public var requiresAttributes: [Attribute]?
        public var placementConstraints: [TaskDefinitionPlacementConstraint]?
        public var compatibilities: [Compatibility]?
        @Boxed public var runtimePlatform: RuntimePlatform?
        public var requiresCompatibilities: [Compatibility]?
        public var cpu: Swift.String?
        public var memory: Swift.String?
        public var inferenceAccelerators: [InferenceAccelerator]?
        public var pidMode: PidMode?
        public var ipcMode: IpcMode?
        @Boxed public var proxyConfiguration: ProxyConfiguration?
        public var registeredAt: ECSTimestamp?
        public var deregisteredAt: ECSTimestamp?
        public var deleteRequestedAt: ECSTimestamp?
        public var registeredBy: Swift.String?
        @Boxed public var ephemeralStorage: EphemeralStorage?
        public var enableFaultInjection: Swift.Bool?
        public init(
            taskDefinitionArn: Swift.String? = nil,
            containerDefinitions: [ContainerDefinition]? = nil,
            family: Swift.String? = nil,
            taskRoleArn: Swift.String? = nil,
            executionRoleArn: Swift.String? = nil,
            networkMode: NetworkMode? = nil,
            revision: Swift.Int? = nil,
            volumes: [Volume]? = nil,
            status: TaskDefinitionStatus? = nil,
            requiresAttributes: [Attribute]? = nil,
            placementConstraints: [TaskDefinitionPlacementConstraint]? = nil,
            compatibilities: [Compatibility]? = nil,
            runtimePlatform: RuntimePlatform? = nil,
            requiresCompatibilities: [Compatibility]? = nil,
            cpu: Swift.String? = nil,
            memory: Swift.String? = nil,
            inferenceAccelerators: [InferenceAccelerator]? = nil,
            pidMode: PidMode? = nil,
            ipcMode: IpcMode? = nil,
            proxyConfiguration: ProxyConfiguration? = nil,
            registeredAt: ECSTimestamp? = nil,
            deregisteredAt: ECSTimestamp? = nil,
            deleteRequestedAt: ECSTimestamp? = nil,
            registeredBy: Swift.String? = nil,
            ephemeralStorage: EphemeralStorage? = nil,
            enableFaultInjection: Swift.Bool? = nil
        ) {
            self.taskDefinitionArn = taskDefinitionArn
            self.containerDefinitions = containerDefinitions
            self.family = family
            self.taskRoleArn = taskRoleArn
            self.executionRoleArn = executionRoleArn
            self.networkMode = networkMode
            self.revision = revision
            self.volumes = volumes
            self.status = status
            self.requiresAttributes = requiresAttributes
            self.placementConstraints = placementConstraints
            self.compatibilities = compatibilities
            self.runtimePlatform = runtimePlatform
            self.requiresCompatibilities = requiresCompatibilities
            self.cpu = cpu
            self.memory = memory
            self.inferenceAccelerators = inferenceAccelerators
            self.pidMode = pidMode
            self.ipcMode = ipcMode
            self.proxyConfiguration = proxyConfiguration
            self.registeredAt = registeredAt
            self.deregisteredAt = deregisteredAt
            self.deleteRequestedAt = deleteRequestedAt
            self.registeredBy = registeredBy
            self.ephemeralStorage = ephemeralStorage
            self.enableFaultInjection = enableFaultInjection
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case taskDefinitionArn, containerDefinitions, family, taskRoleArn, executionRoleArn,
                 networkMode, revision, volumes, status, requiresAttributes, placementConstraints,
                 compatibilities, runtimePlatform, requiresCompatibilities, cpu, memory,
                 inferenceAccelerators, pidMode, ipcMode, proxyConfiguration, registeredAt,
                 deregisteredAt, deleteRequestedAt, registeredBy, ephemeralStorage,
                 enableFaultInjection
            public static var shapeName: Swift.String { "TaskDefinition" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            taskDefinitionArn = try c.decodeLenientStringIfPresent(forKey: .taskDefinitionArn)
            containerDefinitions = try c.decodeIfPresent([ContainerDefinition].self, forKey: .containerDefinitions)
            family = try c.decodeLenientStringIfPresent(forKey: .family)
            taskRoleArn = try c.decodeLenientStringIfPresent(forKey: .taskRoleArn)
            executionRoleArn = try c.decodeLenientStringIfPresent(forKey: .executionRoleArn)
            networkMode = try c.decodeIfPresent(NetworkMode.self, forKey: .networkMode)
            revision = try c.decodeIfPresent(Swift.Int.self, forKey: .revision)
            volumes = try c.decodeIfPresent([Volume].self, forKey: .volumes)
            status = try c.decodeIfPresent(TaskDefinitionStatus.self, forKey: .status)
            requiresAttributes = try c.decodeIfPresent([Attribute].self, forKey: .requiresAttributes)
            placementConstraints = try c.decodeIfPresent([TaskDefinitionPlacementConstraint].self, forKey: .placementConstraints)
            compatibilities = try c.decodeIfPresent([Compatibility].self, forKey: .compatibilities)
            runtimePlatform = try c.decodeIfPresent(RuntimePlatform.self, forKey: .runtimePlatform)
            requiresCompatibilities = try c.decodeIfPresent([Compatibility].self, forKey: .requiresCompatibilities)
            cpu = try c.decodeLenientStringIfPresent(forKey: .cpu)
            memory = try c.decodeLenientStringIfPresent(forKey: .memory)
            inferenceAccelerators = try c.decodeIfPresent([InferenceAccelerator].self, forKey: .inferenceAccelerators)
            pidMode = try c.decodeIfPresent(PidMode.self, forKey: .pidMode)
            ipcMode = try c.decodeIfPresent(IpcMode.self, forKey: .ipcMode)
            proxyConfiguration = try c.decodeIfPresent(ProxyConfiguration.self, forKey: .proxyConfiguration)
            registeredAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .registeredAt)
            deregisteredAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .deregisteredAt)
            deleteRequestedAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .deleteRequestedAt)
            registeredBy = try c.decodeLenientStringIfPresent(forKey: .registeredBy)
            ephemeralStorage = try c.decodeIfPresent(EphemeralStorage.self, forKey: .ephemeralStorage)
            enableFaultInjection = try c.decodeIfPresent(Swift.Bool.self, forKey: .enableFaultInjection)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(taskDefinitionArn, forKey: .taskDefinitionArn)
            try c.encodeIfPresent(containerDefinitions, forKey: .containerDefinitions)
            try c.encodeIfPresent(family, forKey: .family)
            try c.encodeIfPresent(taskRoleArn, forKey: .taskRoleArn)
            try c.encodeIfPresent(executionRoleArn, forKey: .executionRoleArn)
            try c.encodeIfPresent(networkMode, forKey: .networkMode)
            try c.encodeIfPresent(revision, forKey: .revision)
            try c.encodeIfPresent(volumes, forKey: .volumes)
            try c.encodeIfPresent(status, forKey: .status)
            try c.encodeIfPresent(requiresAttributes, forKey: .requiresAttributes)
            try c.encodeIfPresent(placementConstraints, forKey: .placementConstraints)
            try c.encodeIfPresent(compatibilities, forKey: .compatibilities)
            try c.encodeIfPresent(runtimePlatform, forKey: .runtimePlatform)
            try c.encodeIfPresent(requiresCompatibilities, forKey: .requiresCompatibilities)
            try c.encodeIfPresent(cpu, forKey: .cpu)
            try c.encodeIfPresent(memory, forKey: .memory)
            try c.encodeIfPresent(inferenceAccelerators, forKey: .inferenceAccelerators)
            try c.encodeIfPresent(pidMode, forKey: .pidMode)
            try c.encodeIfPresent(ipcMode, forKey: .ipcMode)
            try c.encodeIfPresent(proxyConfiguration, forKey: .proxyConfiguration)
            try c.encodeIfPresent(registeredAt, forKey: .registeredAt)
            try c.encodeIfPresent(deregisteredAt, forKey: .deregisteredAt)
            try c.encodeIfPresent(deleteRequestedAt, forKey: .deleteRequestedAt)
            try c.encodeIfPresent(registeredBy, forKey: .registeredBy)
            try c.encodeIfPresent(ephemeralStorage, forKey: .ephemeralStorage)
            try c.encodeIfPresent(enableFaultInjection, forKey: .enableFaultInjection)
        }
    }

    /// [TaskDefinitionPlacementConstraint](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskDefinitionPlacementConstraint.html)
    public struct TaskDefinitionPlacementConstraint: ECSShape {
        public static let shapeName = "TaskDefinitionPlacementConstraint"
        public var type: TaskDefinitionPlacementConstraintType?
        public var expression: Swift.String?
        public init(
            type: TaskDefinitionPlacementConstraintType? = nil,
            expression: Swift.String? = nil
        ) {
            self.type = type
            self.expression = expression
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case type, expression
            public static var shapeName: Swift.String { "TaskDefinitionPlacementConstraint" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            type = try c.decodeIfPresent(TaskDefinitionPlacementConstraintType.self, forKey: .type)
            expression = try c.decodeLenientStringIfPresent(forKey: .expression)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(type, forKey: .type)
            try c.encodeIfPresent(expression, forKey: .expression)
        }
    }

    /// [TaskEphemeralStorage](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskEphemeralStorage.html)
    public struct TaskEphemeralStorage: ECSShape {
        public static let shapeName = "TaskEphemeralStorage"
        public var sizeInGiB: Swift.Int?
        public var kmsKeyId: Swift.String?
        public init(sizeInGiB: Swift.Int? = nil, kmsKeyId: Swift.String? = nil) {
            self.sizeInGiB = sizeInGiB
            self.kmsKeyId = kmsKeyId
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case sizeInGiB, kmsKeyId
            public static var shapeName: Swift.String { "TaskEphemeralStorage" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            sizeInGiB = try c.decodeIfPresent(Swift.Int.self, forKey: .sizeInGiB)
            kmsKeyId = try c.decodeLenientStringIfPresent(forKey: .kmsKeyId)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(sizeInGiB, forKey: .sizeInGiB)
            try c.encodeIfPresent(kmsKeyId, forKey: .kmsKeyId)
        }
    }

    /// [TaskManagedEBSVolumeConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskManagedEBSVolumeConfiguration.html)
    public struct TaskManagedEBSVolumeConfiguration: ECSShape {
        public static let shapeName = "TaskManagedEBSVolumeConfiguration"
        public var encrypted: Swift.Bool?
        public var kmsKeyId: Swift.String?
        public var volumeType: Swift.String?
        public var sizeInGiB: Swift.Int?
        public var snapshotId: Swift.String?
        public var volumeInitializationRate: Swift.Int?
        public var iops: Swift.Int?
        public var throughput: Swift.Int?
        public var tagSpecifications: [EBSTagSpecification]?
        public var roleArn: Swift.String
        @Boxed public var terminationPolicy: TaskManagedEBSVolumeTerminationPolicy?
        public var filesystemType: TaskFilesystemType?
        public init(
            encrypted: Swift.Bool? = nil,
            kmsKeyId: Swift.String? = nil,
            volumeType: Swift.String? = nil,
            sizeInGiB: Swift.Int? = nil,
            snapshotId: Swift.String? = nil,
            volumeInitializationRate: Swift.Int? = nil,
            iops: Swift.Int? = nil,
            throughput: Swift.Int? = nil,
            tagSpecifications: [EBSTagSpecification]? = nil,
            roleArn: Swift.String,
            terminationPolicy: TaskManagedEBSVolumeTerminationPolicy? = nil,
            filesystemType: TaskFilesystemType? = nil
        ) {
            self.encrypted = encrypted
            self.kmsKeyId = kmsKeyId
            self.volumeType = volumeType
            self.sizeInGiB = sizeInGiB
            self.snapshotId = snapshotId
            self.volumeInitializationRate = volumeInitializationRate
            self.iops = iops
            self.throughput = throughput
            self.tagSpecifications = tagSpecifications
            self.roleArn = roleArn
            self.terminationPolicy = terminationPolicy
            self.filesystemType = filesystemType
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case encrypted, kmsKeyId, volumeType, sizeInGiB, snapshotId, volumeInitializationRate,
                 iops, throughput, tagSpecifications, roleArn, terminationPolicy, filesystemType
            public static var shapeName: Swift.String { "TaskManagedEBSVolumeConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            encrypted = try c.decodeIfPresent(Swift.Bool.self, forKey: .encrypted)
            kmsKeyId = try c.decodeLenientStringIfPresent(forKey: .kmsKeyId)
            volumeType = try c.decodeLenientStringIfPresent(forKey: .volumeType)
            sizeInGiB = try c.decodeIfPresent(Swift.Int.self, forKey: .sizeInGiB)
            snapshotId = try c.decodeLenientStringIfPresent(forKey: .snapshotId)
            volumeInitializationRate = try c.decodeIfPresent(Swift.Int.self, forKey: .volumeInitializationRate)
            iops = try c.decodeIfPresent(Swift.Int.self, forKey: .iops)
            throughput = try c.decodeIfPresent(Swift.Int.self, forKey: .throughput)
            tagSpecifications = try c.decodeIfPresent([EBSTagSpecification].self, forKey: .tagSpecifications)
            roleArn = try c.decode(Swift.String.self, forKey: .roleArn)
            terminationPolicy = try c.decodeIfPresent(TaskManagedEBSVolumeTerminationPolicy.self, forKey: .terminationPolicy)
            filesystemType = try c.decodeIfPresent(TaskFilesystemType.self, forKey: .filesystemType)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(encrypted, forKey: .encrypted)
            try c.encodeIfPresent(kmsKeyId, forKey: .kmsKeyId)
            try c.encodeIfPresent(volumeType, forKey: .volumeType)
            try c.encodeIfPresent(sizeInGiB, forKey: .sizeInGiB)
            try c.encodeIfPresent(snapshotId, forKey: .snapshotId)
            try c.encodeIfPresent(volumeInitializationRate, forKey: .volumeInitializationRate)
            try c.encodeIfPresent(iops, forKey: .iops)
            try c.encodeIfPresent(throughput, forKey: .throughput)
            try c.encodeIfPresent(tagSpecifications, forKey: .tagSpecifications)
            try c.encode(roleArn, forKey: .roleArn)
            try c.encodeIfPresent(terminationPolicy, forKey: .terminationPolicy)
            try c.encodeIfPresent(filesystemType, forKey: .filesystemType)
        }
    }

    /// [TaskManagedEBSVolumeTerminationPolicy](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskManagedEBSVolumeTerminationPolicy.html)
    public struct TaskManagedEBSVolumeTerminationPolicy: ECSShape {
        public static let shapeName = "TaskManagedEBSVolumeTerminationPolicy"
        public var deleteOnTermination: Swift.Bool
        public init(deleteOnTermination: Swift.Bool) {
            self.deleteOnTermination = deleteOnTermination
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case deleteOnTermination
            public static var shapeName: Swift.String { "TaskManagedEBSVolumeTerminationPolicy" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            deleteOnTermination = try c.decode(Swift.Bool.self, forKey: .deleteOnTermination)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(deleteOnTermination, forKey: .deleteOnTermination)
        }
    }

    /// [TaskOverride](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskOverride.html)
    public struct TaskOverride: ECSShape {
        public static let shapeName = "TaskOverride"
        public var containerOverrides: [ContainerOverride]?
        public var cpu: Swift.String?
        public var inferenceAcceleratorOverrides: [InferenceAcceleratorOverride]?
        public var executionRoleArn: Swift.String?
        public var memory: Swift.String?
        public var taskRoleArn: Swift.String?
        @Boxed public var ephemeralStorage: EphemeralStorage?
        public init(
            containerOverrides: [ContainerOverride]? = nil,
            cpu: Swift.String? = nil,
            inferenceAcceleratorOverrides: [InferenceAcceleratorOverride]? = nil,
            executionRoleArn: Swift.String? = nil,
            memory: Swift.String? = nil,
            taskRoleArn: Swift.String? = nil,
            ephemeralStorage: EphemeralStorage? = nil
        ) {
            self.containerOverrides = containerOverrides
            self.cpu = cpu
            self.inferenceAcceleratorOverrides = inferenceAcceleratorOverrides
            self.executionRoleArn = executionRoleArn
            self.memory = memory
            self.taskRoleArn = taskRoleArn
            self.ephemeralStorage = ephemeralStorage
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case containerOverrides, cpu, inferenceAcceleratorOverrides, executionRoleArn, memory,
                 taskRoleArn, ephemeralStorage
            public static var shapeName: Swift.String { "TaskOverride" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            containerOverrides = try c.decodeIfPresent([ContainerOverride].self, forKey: .containerOverrides)
            cpu = try c.decodeLenientStringIfPresent(forKey: .cpu)
            inferenceAcceleratorOverrides = try c.decodeIfPresent([InferenceAcceleratorOverride].self, forKey: .inferenceAcceleratorOverrides)
            executionRoleArn = try c.decodeLenientStringIfPresent(forKey: .executionRoleArn)
            memory = try c.decodeLenientStringIfPresent(forKey: .memory)
            taskRoleArn = try c.decodeLenientStringIfPresent(forKey: .taskRoleArn)
            ephemeralStorage = try c.decodeIfPresent(EphemeralStorage.self, forKey: .ephemeralStorage)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(containerOverrides, forKey: .containerOverrides)
            try c.encodeIfPresent(cpu, forKey: .cpu)
            try c.encodeIfPresent(inferenceAcceleratorOverrides, forKey: .inferenceAcceleratorOverrides)
            try c.encodeIfPresent(executionRoleArn, forKey: .executionRoleArn)
            try c.encodeIfPresent(memory, forKey: .memory)
            try c.encodeIfPresent(taskRoleArn, forKey: .taskRoleArn)
            try c.encodeIfPresent(ephemeralStorage, forKey: .ephemeralStorage)
        }
    }

    /// [TaskSet](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskSet.html)
    public struct TaskSet: ECSShape {
        public static let shapeName = "TaskSet"
        public var id: Swift.String?
        public var taskSetArn: Swift.String?
        public var serviceArn: Swift.String?
        public var clusterArn: Swift.String?
        public var startedBy: Swift.String?
        public var externalId: Swift.String?
        public var status: Swift.String?
        public var taskDefinition: Swift.String?
        public var computedDesiredCount: Swift.Int?
        public var pendingCount: Swift.Int?
        public var runningCount: Swift.Int?
        public var createdAt: ECSTimestamp?
        public var updatedAt: ECSTimestamp?
        public var launchType: LaunchType?
        public var capacityProviderStrategy: [CapacityProviderStrategyItem]?
        public var platformVersion: Swift.String?
        public var platformFamily: Swift.String?
        @Boxed public var networkConfiguration: NetworkConfiguration?
        public var loadBalancers: [LoadBalancer]?
        public var serviceRegistries: [ServiceRegistry]?
        @Boxed public var scale: Scale?
        public var stabilityStatus: StabilityStatus?
        public var stabilityStatusAt: ECSTimestamp?
        public var tags: [Tag]?
        @Boxed public var fargateEphemeralStorage: DeploymentEphemeralStorage?
        public init(
            id: Swift.String? = nil,
            taskSetArn: Swift.String? = nil,
            serviceArn: Swift.String? = nil,
            clusterArn: Swift.String? = nil,
            startedBy: Swift.String? = nil,
            externalId: Swift.String? = nil,
            status: Swift.String? = nil,
            taskDefinition: Swift.String? = nil,
            computedDesiredCount: Swift.Int? = nil,
            pendingCount: Swift.Int? = nil,
            runningCount: Swift.Int? = nil,
            createdAt: ECSTimestamp? = nil,
            updatedAt: ECSTimestamp? = nil,
            launchType: LaunchType? = nil,
            capacityProviderStrategy: [CapacityProviderStrategyItem]? = nil,
            platformVersion: Swift.String? = nil,
            platformFamily: Swift.String? = nil,
            networkConfiguration: NetworkConfiguration? = nil,
            loadBalancers: [LoadBalancer]? = nil,
            serviceRegistries: [ServiceRegistry]? = nil,
            scale: Scale? = nil,
            stabilityStatus: StabilityStatus? = nil,
            stabilityStatusAt: ECSTimestamp? = nil,
            tags: [Tag]? = nil,
            fargateEphemeralStorage: DeploymentEphemeralStorage? = nil
        ) {
            self.id = id
            self.taskSetArn = taskSetArn
            self.serviceArn = serviceArn
            self.clusterArn = clusterArn
            self.startedBy = startedBy
            self.externalId = externalId
            self.status = status
            self.taskDefinition = taskDefinition
            self.computedDesiredCount = computedDesiredCount
            self.pendingCount = pendingCount
            self.runningCount = runningCount
            self.createdAt = createdAt
            self.updatedAt = updatedAt
            self.launchType = launchType
            self.capacityProviderStrategy = capacityProviderStrategy
            self.platformVersion = platformVersion
            self.platformFamily = platformFamily
            self.networkConfiguration = networkConfiguration
            self.loadBalancers = loadBalancers
            self.serviceRegistries = serviceRegistries
            self.scale = scale
            self.stabilityStatus = stabilityStatus
            self.stabilityStatusAt = stabilityStatusAt
            self.tags = tags
            self.fargateEphemeralStorage = fargateEphemeralStorage
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case id, taskSetArn, serviceArn, clusterArn, startedBy, externalId, status,
                 taskDefinition, computedDesiredCount, pendingCount, runningCount, createdAt,
                 updatedAt, launchType, capacityProviderStrategy, platformVersion, platformFamily,
                 networkConfiguration, loadBalancers, serviceRegistries, scale, stabilityStatus,
                 stabilityStatusAt, tags, fargateEphemeralStorage
            public static var shapeName: Swift.String { "TaskSet" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decodeLenientStringIfPresent(forKey: .id)
            taskSetArn = try c.decodeLenientStringIfPresent(forKey: .taskSetArn)
            serviceArn = try c.decodeLenientStringIfPresent(forKey: .serviceArn)
            clusterArn = try c.decodeLenientStringIfPresent(forKey: .clusterArn)
            startedBy = try c.decodeLenientStringIfPresent(forKey: .startedBy)
            externalId = try c.decodeLenientStringIfPresent(forKey: .externalId)
            status = try c.decodeLenientStringIfPresent(forKey: .status)
            taskDefinition = try c.decodeLenientStringIfPresent(forKey: .taskDefinition)
            computedDesiredCount = try c.decodeIfPresent(Swift.Int.self, forKey: .computedDesiredCount)
            pendingCount = try c.decodeIfPresent(Swift.Int.self, forKey: .pendingCount)
            runningCount = try c.decodeIfPresent(Swift.Int.self, forKey: .runningCount)
            createdAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .createdAt)
            updatedAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .updatedAt)
            launchType = try c.decodeIfPresent(LaunchType.self, forKey: .launchType)
            capacityProviderStrategy = try c.decodeIfPresent([CapacityProviderStrategyItem].self, forKey: .capacityProviderStrategy)
            platformVersion = try c.decodeLenientStringIfPresent(forKey: .platformVersion)
            platformFamily = try c.decodeLenientStringIfPresent(forKey: .platformFamily)
            networkConfiguration = try c.decodeIfPresent(NetworkConfiguration.self, forKey: .networkConfiguration)
            loadBalancers = try c.decodeIfPresent([LoadBalancer].self, forKey: .loadBalancers)
            serviceRegistries = try c.decodeIfPresent([ServiceRegistry].self, forKey: .serviceRegistries)
            scale = try c.decodeIfPresent(Scale.self, forKey: .scale)
            stabilityStatus = try c.decodeIfPresent(StabilityStatus.self, forKey: .stabilityStatus)
            stabilityStatusAt = try c.decodeIfPresent(ECSTimestamp.self, forKey: .stabilityStatusAt)
            tags = try c.decodeIfPresent([Tag].self, forKey: .tags)
            fargateEphemeralStorage = try c.decodeIfPresent(DeploymentEphemeralStorage.self, forKey: .fargateEphemeralStorage)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(id, forKey: .id)
            try c.encodeIfPresent(taskSetArn, forKey: .taskSetArn)
            try c.encodeIfPresent(serviceArn, forKey: .serviceArn)
            try c.encodeIfPresent(clusterArn, forKey: .clusterArn)
            try c.encodeIfPresent(startedBy, forKey: .startedBy)
            try c.encodeIfPresent(externalId, forKey: .externalId)
            try c.encodeIfPresent(status, forKey: .status)
            try c.encodeIfPresent(taskDefinition, forKey: .taskDefinition)
            try c.encodeIfPresent(computedDesiredCount, forKey: .computedDesiredCount)
            try c.encodeIfPresent(pendingCount, forKey: .pendingCount)
            try c.encodeIfPresent(runningCount, forKey: .runningCount)
            try c.encodeIfPresent(createdAt, forKey: .createdAt)
            try c.encodeIfPresent(updatedAt, forKey: .updatedAt)
            try c.encodeIfPresent(launchType, forKey: .launchType)
            try c.encodeIfPresent(capacityProviderStrategy, forKey: .capacityProviderStrategy)
            try c.encodeIfPresent(platformVersion, forKey: .platformVersion)
            try c.encodeIfPresent(platformFamily, forKey: .platformFamily)
            try c.encodeIfPresent(networkConfiguration, forKey: .networkConfiguration)
            try c.encodeIfPresent(loadBalancers, forKey: .loadBalancers)
            try c.encodeIfPresent(serviceRegistries, forKey: .serviceRegistries)
            try c.encodeIfPresent(scale, forKey: .scale)
            try c.encodeIfPresent(stabilityStatus, forKey: .stabilityStatus)
            try c.encodeIfPresent(stabilityStatusAt, forKey: .stabilityStatusAt)
            try c.encodeIfPresent(tags, forKey: .tags)
            try c.encodeIfPresent(fargateEphemeralStorage, forKey: .fargateEphemeralStorage)
        }
    }

    /// [TaskVolumeConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskVolumeConfiguration.html)
    public struct TaskVolumeConfiguration: ECSShape {
        public static let shapeName = "TaskVolumeConfiguration"
        public var name: Swift.String
        @Boxed public var managedEBSVolume: TaskManagedEBSVolumeConfiguration?
        public init(name: Swift.String, managedEBSVolume: TaskManagedEBSVolumeConfiguration? = nil) {
            self.name = name
            self.managedEBSVolume = managedEBSVolume
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case name, managedEBSVolume
            public static var shapeName: Swift.String { "TaskVolumeConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(Swift.String.self, forKey: .name)
            managedEBSVolume = try c.decodeIfPresent(TaskManagedEBSVolumeConfiguration.self, forKey: .managedEBSVolume)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encodeIfPresent(managedEBSVolume, forKey: .managedEBSVolume)
        }
    }

    /// [TimeoutConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TimeoutConfiguration.html)
    public struct TimeoutConfiguration: ECSShape {
        public static let shapeName = "TimeoutConfiguration"
        public var idleTimeoutSeconds: Swift.Int?
        public var perRequestTimeoutSeconds: Swift.Int?
        public init(
            idleTimeoutSeconds: Swift.Int? = nil,
            perRequestTimeoutSeconds: Swift.Int? = nil
        ) {
            self.idleTimeoutSeconds = idleTimeoutSeconds
            self.perRequestTimeoutSeconds = perRequestTimeoutSeconds
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case idleTimeoutSeconds, perRequestTimeoutSeconds
            public static var shapeName: Swift.String { "TimeoutConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            idleTimeoutSeconds = try c.decodeIfPresent(Swift.Int.self, forKey: .idleTimeoutSeconds)
            perRequestTimeoutSeconds = try c.decodeIfPresent(Swift.Int.self, forKey: .perRequestTimeoutSeconds)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(idleTimeoutSeconds, forKey: .idleTimeoutSeconds)
            try c.encodeIfPresent(perRequestTimeoutSeconds, forKey: .perRequestTimeoutSeconds)
        }
    }

    /// [Tmpfs](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Tmpfs.html)
    public struct Tmpfs: ECSShape {
        public static let shapeName = "Tmpfs"
        public var containerPath: Swift.String
        public var size: Swift.Int
        public var mountOptions: [Swift.String]?
        public init(
            containerPath: Swift.String,
            size: Swift.Int,
            mountOptions: [Swift.String]? = nil
        ) {
            self.containerPath = containerPath
            self.size = size
            self.mountOptions = mountOptions
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case containerPath, size, mountOptions
            public static var shapeName: Swift.String { "Tmpfs" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            containerPath = try c.decode(Swift.String.self, forKey: .containerPath)
            size = try c.decode(Swift.Int.self, forKey: .size)
            mountOptions = try c.decodeIfPresent([Swift.String].self, forKey: .mountOptions)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(containerPath, forKey: .containerPath)
            try c.encode(size, forKey: .size)
            try c.encodeIfPresent(mountOptions, forKey: .mountOptions)
        }
    }

    /// [TotalLocalStorageGBRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TotalLocalStorageGBRequest.html)
    public struct TotalLocalStorageGBRequest: ECSShape {
        public static let shapeName = "TotalLocalStorageGBRequest"
        public var min: Swift.Double?
        public var max: Swift.Double?
        public init(min: Swift.Double? = nil, max: Swift.Double? = nil) {
            self.min = min
            self.max = max
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case min, max
            public static var shapeName: Swift.String { "TotalLocalStorageGBRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            min = try c.decodeIfPresent(Swift.Double.self, forKey: .min)
            max = try c.decodeIfPresent(Swift.Double.self, forKey: .max)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(min, forKey: .min)
            try c.encodeIfPresent(max, forKey: .max)
        }
    }

    /// [Ulimit](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Ulimit.html)
    public struct Ulimit: ECSShape {
        public static let shapeName = "Ulimit"
        public var name: UlimitName
        public var softLimit: Swift.Int
        public var hardLimit: Swift.Int
        public init(name: UlimitName, softLimit: Swift.Int, hardLimit: Swift.Int) {
            self.name = name
            self.softLimit = softLimit
            self.hardLimit = hardLimit
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case name, softLimit, hardLimit
            public static var shapeName: Swift.String { "Ulimit" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(UlimitName.self, forKey: .name)
            softLimit = try c.decode(Swift.Int.self, forKey: .softLimit)
            hardLimit = try c.decode(Swift.Int.self, forKey: .hardLimit)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(softLimit, forKey: .softLimit)
            try c.encode(hardLimit, forKey: .hardLimit)
        }
    }

    /// [UntagResourceRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UntagResourceRequest.html)
    public struct UntagResourceRequest: ECSShape {
        public static let shapeName = "UntagResourceRequest"
        public var resourceArn: Swift.String
        public var tagKeys: [Swift.String]
        public init(resourceArn: Swift.String, tagKeys: [Swift.String]) {
            self.resourceArn = resourceArn
            self.tagKeys = tagKeys
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case resourceArn, tagKeys
            public static var shapeName: Swift.String { "UntagResourceRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            resourceArn = try c.decode(Swift.String.self, forKey: .resourceArn)
            tagKeys = try c.decode([Swift.String].self, forKey: .tagKeys)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(resourceArn, forKey: .resourceArn)
            try c.encode(tagKeys, forKey: .tagKeys)
        }
    }

    /// [UntagResourceResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UntagResourceResponse.html)
    public struct UntagResourceResponse: ECSShape {
        public static let shapeName = "UntagResourceResponse"
        public init() {
        }
        public init(from decoder: any Decoder) throws {
            _ = decoder
        }
        public func encode(to encoder: any Encoder) throws {
            _ = encoder
        }
    }

    /// [UpdateClusterRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateClusterRequest.html)
    public struct UpdateClusterRequest: ECSShape {
        public static let shapeName = "UpdateClusterRequest"
        public var cluster: Swift.String
        public var settings: [ClusterSetting]?
        @Boxed public var configuration: ClusterConfiguration?
        @Boxed public var serviceConnectDefaults: ClusterServiceConnectDefaultsRequest?
        public init(
            cluster: Swift.String,
            settings: [ClusterSetting]? = nil,
            configuration: ClusterConfiguration? = nil,
            serviceConnectDefaults: ClusterServiceConnectDefaultsRequest? = nil
        ) {
            self.cluster = cluster
            self.settings = settings
            self.configuration = configuration
            self.serviceConnectDefaults = serviceConnectDefaults
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cluster, settings, configuration, serviceConnectDefaults
            public static var shapeName: Swift.String { "UpdateClusterRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cluster = try c.decode(Swift.String.self, forKey: .cluster)
            settings = try c.decodeIfPresent([ClusterSetting].self, forKey: .settings)
            configuration = try c.decodeIfPresent(ClusterConfiguration.self, forKey: .configuration)
            serviceConnectDefaults = try c.decodeIfPresent(ClusterServiceConnectDefaultsRequest.self, forKey: .serviceConnectDefaults)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(cluster, forKey: .cluster)
            try c.encodeIfPresent(settings, forKey: .settings)
            try c.encodeIfPresent(configuration, forKey: .configuration)
            try c.encodeIfPresent(serviceConnectDefaults, forKey: .serviceConnectDefaults)
        }
    }

    /// [UpdateClusterResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateClusterResponse.html)
    public struct UpdateClusterResponse: ECSShape {
        public static let shapeName = "UpdateClusterResponse"
        @Boxed public var cluster: Cluster?
        public init(cluster: Cluster? = nil) {
            self.cluster = cluster
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cluster
            public static var shapeName: Swift.String { "UpdateClusterResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cluster = try c.decodeIfPresent(Cluster.self, forKey: .cluster)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(cluster, forKey: .cluster)
        }
    }

    /// [UpdateClusterSettingsRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateClusterSettingsRequest.html)
    public struct UpdateClusterSettingsRequest: ECSShape {
        public static let shapeName = "UpdateClusterSettingsRequest"
        public var cluster: Swift.String
        public var settings: [ClusterSetting]
        public init(cluster: Swift.String, settings: [ClusterSetting]) {
            self.cluster = cluster
            self.settings = settings
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cluster, settings
            public static var shapeName: Swift.String { "UpdateClusterSettingsRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cluster = try c.decode(Swift.String.self, forKey: .cluster)
            settings = try c.decode([ClusterSetting].self, forKey: .settings)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(cluster, forKey: .cluster)
            try c.encode(settings, forKey: .settings)
        }
    }

    /// [UpdateClusterSettingsResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateClusterSettingsResponse.html)
    public struct UpdateClusterSettingsResponse: ECSShape {
        public static let shapeName = "UpdateClusterSettingsResponse"
        @Boxed public var cluster: Cluster?
        public init(cluster: Cluster? = nil) {
            self.cluster = cluster
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cluster
            public static var shapeName: Swift.String { "UpdateClusterSettingsResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cluster = try c.decodeIfPresent(Cluster.self, forKey: .cluster)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(cluster, forKey: .cluster)
        }
    }

    /// [UpdateServiceRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateServiceRequest.html)
    public struct UpdateServiceRequest: ECSShape {
        public static let shapeName = "UpdateServiceRequest"
        public var cluster: Swift.String?
        public var service: Swift.String
        public var desiredCount: Swift.Int?
        public var taskDefinition: Swift.String?
        public var capacityProviderStrategy: [CapacityProviderStrategyItem]?
        @Boxed public var deploymentConfiguration: DeploymentConfiguration?
        public var availabilityZoneRebalancing: AvailabilityZoneRebalancing?
        @Boxed public var networkConfiguration: NetworkConfiguration?
        public var placementConstraints: [PlacementConstraint]?
        public var placementStrategy: [PlacementStrategy]?
        public var platformVersion: Swift.String?
        public var forceNewDeployment: Swift.Bool?
        public var healthCheckGracePeriodSeconds: Swift.Int?
        @Boxed public var deploymentController: DeploymentController?
        public var enableExecuteCommand: Swift.Bool?
        public var enableECSManagedTags: Swift.Bool?
        public var loadBalancers: [LoadBalancer]?
        public var propagateTags: PropagateTags?
        public var serviceRegistries: [ServiceRegistry]?
        @Boxed public var serviceConnectConfiguration: ServiceConnectConfiguration?
        public var volumeConfigurations: [ServiceVolumeConfiguration]?
        public var vpcLatticeConfigurations: [VpcLatticeConfiguration]?
        public init(
            cluster: Swift.String? = nil,
            service: Swift.String,
            desiredCount: Swift.Int? = nil,
            taskDefinition: Swift.String? = nil,
            capacityProviderStrategy: [CapacityProviderStrategyItem]? = nil,
            deploymentConfiguration: DeploymentConfiguration? = nil,
            availabilityZoneRebalancing: AvailabilityZoneRebalancing? = nil,
            networkConfiguration: NetworkConfiguration? = nil,
            placementConstraints: [PlacementConstraint]? = nil,
            placementStrategy: [PlacementStrategy]? = nil,
            platformVersion: Swift.String? = nil,
            forceNewDeployment: Swift.Bool? = nil,
            healthCheckGracePeriodSeconds: Swift.Int? = nil,
            deploymentController: DeploymentController? = nil,
            enableExecuteCommand: Swift.Bool? = nil,
            enableECSManagedTags: Swift.Bool? = nil,
            loadBalancers: [LoadBalancer]? = nil,
            propagateTags: PropagateTags? = nil,
            serviceRegistries: [ServiceRegistry]? = nil,
            serviceConnectConfiguration: ServiceConnectConfiguration? = nil,
            volumeConfigurations: [ServiceVolumeConfiguration]? = nil,
            vpcLatticeConfigurations: [VpcLatticeConfiguration]? = nil
        ) {
            self.cluster = cluster
            self.service = service
            self.desiredCount = desiredCount
            self.taskDefinition = taskDefinition
            self.capacityProviderStrategy = capacityProviderStrategy
            self.deploymentConfiguration = deploymentConfiguration
            self.availabilityZoneRebalancing = availabilityZoneRebalancing
            self.networkConfiguration = networkConfiguration
            self.placementConstraints = placementConstraints
            self.placementStrategy = placementStrategy
            self.platformVersion = platformVersion
            self.forceNewDeployment = forceNewDeployment
            self.healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds
            self.deploymentController = deploymentController
            self.enableExecuteCommand = enableExecuteCommand
            self.enableECSManagedTags = enableECSManagedTags
            self.loadBalancers = loadBalancers
            self.propagateTags = propagateTags
            self.serviceRegistries = serviceRegistries
            self.serviceConnectConfiguration = serviceConnectConfiguration
            self.volumeConfigurations = volumeConfigurations
            self.vpcLatticeConfigurations = vpcLatticeConfigurations
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case cluster, service, desiredCount, taskDefinition, capacityProviderStrategy,
                 deploymentConfiguration, availabilityZoneRebalancing, networkConfiguration,
                 placementConstraints, placementStrategy, platformVersion, forceNewDeployment,
                 healthCheckGracePeriodSeconds, deploymentController, enableExecuteCommand,
                 enableECSManagedTags, loadBalancers, propagateTags, serviceRegistries,
                 serviceConnectConfiguration, volumeConfigurations, vpcLatticeConfigurations
            public static var shapeName: Swift.String { "UpdateServiceRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            cluster = try c.decodeLenientStringIfPresent(forKey: .cluster)
            service = try c.decode(Swift.String.self, forKey: .service)
            desiredCount = try c.decodeIfPresent(Swift.Int.self, forKey: .desiredCount)
            taskDefinition = try c.decodeLenientStringIfPresent(forKey: .taskDefinition)
            capacityProviderStrategy = try c.decodeIfPresent([CapacityProviderStrategyItem].self, forKey: .capacityProviderStrategy)
            deploymentConfiguration = try c.decodeIfPresent(DeploymentConfiguration.self, forKey: .deploymentConfiguration)
            availabilityZoneRebalancing = try c.decodeIfPresent(AvailabilityZoneRebalancing.self, forKey: .availabilityZoneRebalancing)
            networkConfiguration = try c.decodeIfPresent(NetworkConfiguration.self, forKey: .networkConfiguration)
            placementConstraints = try c.decodeIfPresent([PlacementConstraint].self, forKey: .placementConstraints)
            placementStrategy = try c.decodeIfPresent([PlacementStrategy].self, forKey: .placementStrategy)
            platformVersion = try c.decodeLenientStringIfPresent(forKey: .platformVersion)
            forceNewDeployment = try c.decodeIfPresent(Swift.Bool.self, forKey: .forceNewDeployment)
            healthCheckGracePeriodSeconds = try c.decodeIfPresent(Swift.Int.self, forKey: .healthCheckGracePeriodSeconds)
            deploymentController = try c.decodeIfPresent(DeploymentController.self, forKey: .deploymentController)
            enableExecuteCommand = try c.decodeIfPresent(Swift.Bool.self, forKey: .enableExecuteCommand)
            enableECSManagedTags = try c.decodeIfPresent(Swift.Bool.self, forKey: .enableECSManagedTags)
            loadBalancers = try c.decodeIfPresent([LoadBalancer].self, forKey: .loadBalancers)
            propagateTags = try c.decodeIfPresent(PropagateTags.self, forKey: .propagateTags)
            serviceRegistries = try c.decodeIfPresent([ServiceRegistry].self, forKey: .serviceRegistries)
            serviceConnectConfiguration = try c.decodeIfPresent(ServiceConnectConfiguration.self, forKey: .serviceConnectConfiguration)
            volumeConfigurations = try c.decodeIfPresent([ServiceVolumeConfiguration].self, forKey: .volumeConfigurations)
            vpcLatticeConfigurations = try c.decodeIfPresent([VpcLatticeConfiguration].self, forKey: .vpcLatticeConfigurations)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(cluster, forKey: .cluster)
            try c.encode(service, forKey: .service)
            try c.encodeIfPresent(desiredCount, forKey: .desiredCount)
            try c.encodeIfPresent(taskDefinition, forKey: .taskDefinition)
            try c.encodeIfPresent(capacityProviderStrategy, forKey: .capacityProviderStrategy)
            try c.encodeIfPresent(deploymentConfiguration, forKey: .deploymentConfiguration)
            try c.encodeIfPresent(availabilityZoneRebalancing, forKey: .availabilityZoneRebalancing)
            try c.encodeIfPresent(networkConfiguration, forKey: .networkConfiguration)
            try c.encodeIfPresent(placementConstraints, forKey: .placementConstraints)
            try c.encodeIfPresent(placementStrategy, forKey: .placementStrategy)
            try c.encodeIfPresent(platformVersion, forKey: .platformVersion)
            try c.encodeIfPresent(forceNewDeployment, forKey: .forceNewDeployment)
            try c.encodeIfPresent(healthCheckGracePeriodSeconds, forKey: .healthCheckGracePeriodSeconds)
            try c.encodeIfPresent(deploymentController, forKey: .deploymentController)
            try c.encodeIfPresent(enableExecuteCommand, forKey: .enableExecuteCommand)
            try c.encodeIfPresent(enableECSManagedTags, forKey: .enableECSManagedTags)
            try c.encodeIfPresent(loadBalancers, forKey: .loadBalancers)
            try c.encodeIfPresent(propagateTags, forKey: .propagateTags)
            try c.encodeIfPresent(serviceRegistries, forKey: .serviceRegistries)
            try c.encodeIfPresent(serviceConnectConfiguration, forKey: .serviceConnectConfiguration)
            try c.encodeIfPresent(volumeConfigurations, forKey: .volumeConfigurations)
            try c.encodeIfPresent(vpcLatticeConfigurations, forKey: .vpcLatticeConfigurations)
        }
    }

    /// [UpdateServiceResponse](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateServiceResponse.html)
    public struct UpdateServiceResponse: ECSShape {
        public static let shapeName = "UpdateServiceResponse"
        @Boxed public var service: Service?
        public init(service: Service? = nil) {
            self.service = service
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case service
            public static var shapeName: Swift.String { "UpdateServiceResponse" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            service = try c.decodeIfPresent(Service.self, forKey: .service)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(service, forKey: .service)
        }
    }

    /// [VCpuCountRangeRequest](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_VCpuCountRangeRequest.html)
    public struct VCpuCountRangeRequest: ECSShape {
        public static let shapeName = "VCpuCountRangeRequest"
        public var min: Swift.Int
        public var max: Swift.Int?
        public init(min: Swift.Int, max: Swift.Int? = nil) {
            self.min = min
            self.max = max
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case min, max
            public static var shapeName: Swift.String { "VCpuCountRangeRequest" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            min = try c.decode(Swift.Int.self, forKey: .min)
            max = try c.decodeIfPresent(Swift.Int.self, forKey: .max)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(min, forKey: .min)
            try c.encodeIfPresent(max, forKey: .max)
        }
    }

    /// [VersionInfo](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_VersionInfo.html)
    public struct VersionInfo: ECSShape {
        public static let shapeName = "VersionInfo"
        public var agentVersion: Swift.String?
        public var agentHash: Swift.String?
        public var dockerVersion: Swift.String?
        public init(
            agentVersion: Swift.String? = nil,
            agentHash: Swift.String? = nil,
            dockerVersion: Swift.String? = nil
        ) {
            self.agentVersion = agentVersion
            self.agentHash = agentHash
            self.dockerVersion = dockerVersion
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case agentVersion, agentHash, dockerVersion
            public static var shapeName: Swift.String { "VersionInfo" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            agentVersion = try c.decodeLenientStringIfPresent(forKey: .agentVersion)
            agentHash = try c.decodeLenientStringIfPresent(forKey: .agentHash)
            dockerVersion = try c.decodeLenientStringIfPresent(forKey: .dockerVersion)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(agentVersion, forKey: .agentVersion)
            try c.encodeIfPresent(agentHash, forKey: .agentHash)
            try c.encodeIfPresent(dockerVersion, forKey: .dockerVersion)
        }
    }

    /// [Volume](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html)
    public struct Volume: ECSShape {
        public static let shapeName = "Volume"
        public var name: Swift.String?
        @Boxed public var host: HostVolumeProperties?
        @Boxed public var dockerVolumeConfiguration: DockerVolumeConfiguration?
        @Boxed public var efsVolumeConfiguration: EFSVolumeConfiguration?
        @Boxed public var s3filesVolumeConfiguration: S3FilesVolumeConfiguration?
        @Boxed public var fsxWindowsFileServerVolumeConfiguration: FSxWindowsFileServerVolumeConfiguration?
        public var configuredAtLaunch: Swift.Bool?
        public init(
            name: Swift.String? = nil,
            host: HostVolumeProperties? = nil,
            dockerVolumeConfiguration: DockerVolumeConfiguration? = nil,
            efsVolumeConfiguration: EFSVolumeConfiguration? = nil,
            s3filesVolumeConfiguration: S3FilesVolumeConfiguration? = nil,
            fsxWindowsFileServerVolumeConfiguration: FSxWindowsFileServerVolumeConfiguration? = nil,
            configuredAtLaunch: Swift.Bool? = nil
        ) {
            self.name = name
            self.host = host
            self.dockerVolumeConfiguration = dockerVolumeConfiguration
            self.efsVolumeConfiguration = efsVolumeConfiguration
            self.s3filesVolumeConfiguration = s3filesVolumeConfiguration
            self.fsxWindowsFileServerVolumeConfiguration = fsxWindowsFileServerVolumeConfiguration
            self.configuredAtLaunch = configuredAtLaunch
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case name, host, dockerVolumeConfiguration, efsVolumeConfiguration,
                 s3filesVolumeConfiguration, fsxWindowsFileServerVolumeConfiguration,
                 configuredAtLaunch
            public static var shapeName: Swift.String { "Volume" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decodeLenientStringIfPresent(forKey: .name)
            host = try c.decodeIfPresent(HostVolumeProperties.self, forKey: .host)
            dockerVolumeConfiguration = try c.decodeIfPresent(DockerVolumeConfiguration.self, forKey: .dockerVolumeConfiguration)
            efsVolumeConfiguration = try c.decodeIfPresent(EFSVolumeConfiguration.self, forKey: .efsVolumeConfiguration)
            s3filesVolumeConfiguration = try c.decodeIfPresent(S3FilesVolumeConfiguration.self, forKey: .s3filesVolumeConfiguration)
            fsxWindowsFileServerVolumeConfiguration = try c.decodeIfPresent(FSxWindowsFileServerVolumeConfiguration.self, forKey: .fsxWindowsFileServerVolumeConfiguration)
            configuredAtLaunch = try c.decodeIfPresent(Swift.Bool.self, forKey: .configuredAtLaunch)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(name, forKey: .name)
            try c.encodeIfPresent(host, forKey: .host)
            try c.encodeIfPresent(dockerVolumeConfiguration, forKey: .dockerVolumeConfiguration)
            try c.encodeIfPresent(efsVolumeConfiguration, forKey: .efsVolumeConfiguration)
            try c.encodeIfPresent(s3filesVolumeConfiguration, forKey: .s3filesVolumeConfiguration)
            try c.encodeIfPresent(fsxWindowsFileServerVolumeConfiguration, forKey: .fsxWindowsFileServerVolumeConfiguration)
            try c.encodeIfPresent(configuredAtLaunch, forKey: .configuredAtLaunch)
        }
    }

    /// [VolumeFrom](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_VolumeFrom.html)
    public struct VolumeFrom: ECSShape {
        public static let shapeName = "VolumeFrom"
        public var sourceContainer: Swift.String?
        public var readOnly: Swift.Bool?
        public init(sourceContainer: Swift.String? = nil, readOnly: Swift.Bool? = nil) {
            self.sourceContainer = sourceContainer
            self.readOnly = readOnly
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case sourceContainer, readOnly
            public static var shapeName: Swift.String { "VolumeFrom" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            sourceContainer = try c.decodeLenientStringIfPresent(forKey: .sourceContainer)
            readOnly = try c.decodeIfPresent(Swift.Bool.self, forKey: .readOnly)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(sourceContainer, forKey: .sourceContainer)
            try c.encodeIfPresent(readOnly, forKey: .readOnly)
        }
    }

    /// [VpcLatticeConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_VpcLatticeConfiguration.html)
    public struct VpcLatticeConfiguration: ECSShape {
        public static let shapeName = "VpcLatticeConfiguration"
        public var roleArn: Swift.String
        public var targetGroupArn: Swift.String
        public var portName: Swift.String
        public init(roleArn: Swift.String, targetGroupArn: Swift.String, portName: Swift.String) {
            self.roleArn = roleArn
            self.targetGroupArn = targetGroupArn
            self.portName = portName
        }
        public enum CodingKeys: Swift.String, ShapeCodingKey {
            case roleArn, targetGroupArn, portName
            public static var shapeName: Swift.String { "VpcLatticeConfiguration" }
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            roleArn = try c.decode(Swift.String.self, forKey: .roleArn)
            targetGroupArn = try c.decode(Swift.String.self, forKey: .targetGroupArn)
            portName = try c.decode(Swift.String.self, forKey: .portName)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(roleArn, forKey: .roleArn)
            try c.encode(targetGroupArn, forKey: .targetGroupArn)
            try c.encode(portName, forKey: .portName)
        }
    }
}
