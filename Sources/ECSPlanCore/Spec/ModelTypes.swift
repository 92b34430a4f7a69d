@_exported import ECSModel

// The task-definition shapes come from AWS's model (Sources/ECSModel/Generated);
// these names keep the planner's code readable.
public typealias ContainerDefinition = ECS.ContainerDefinition
public typealias PortMapping = ECS.PortMapping
public typealias HealthCheck = ECS.HealthCheck
public typealias LogConfiguration = ECS.LogConfiguration
public typealias Secret = ECS.Secret
public typealias Volume = ECS.Volume
public typealias KeyValuePair = ECS.KeyValuePair
public typealias TaskDefinitionPlacementConstraint = ECS.TaskDefinitionPlacementConstraint
public typealias PlacementConstraint = ECS.PlacementConstraint
public typealias PlacementStrategy = ECS.PlacementStrategy

extension ECS.PlacementConstraint {
    /// A task definition's constraint (memberOf only) as the service-side shape
    /// the placement engine reads; the model keeps the two apart.
    public init(_ c: ECS.TaskDefinitionPlacementConstraint) {
        self.init(type: c.type.map { ECS.PlacementConstraintType(rawValue: $0.rawValue) }, expression: c.expression)
    }
}
public typealias Tag = ECS.Tag
public typealias ClusterSetting = ECS.ClusterSetting
public typealias DeploymentConfiguration = ECS.DeploymentConfiguration
public typealias NetworkConfiguration = ECS.NetworkConfiguration
public typealias LoadBalancer = ECS.LoadBalancer
