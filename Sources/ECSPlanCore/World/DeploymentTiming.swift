/// How long the parts of a deployment take, as ecsplan assumes them. The plan's
/// estimated rollout durations and the local simulator's clock both read these,
/// so a preview and a simulated apply agree; real ECS varies (image pulls,
/// health-check grace, deregistration delay), so they are estimates, not promises.
public enum DeploymentTiming {
    /// From launching a task to RUNNING and healthy: image pull, container start,
    /// the first passing health check.
    public static let taskStartSeconds = 60
    /// From stopping a task to STOPPED: load-balancer deregistration and the
    /// container's stop timeout.
    public static let taskStopSeconds = 30
    /// For one production traffic shift (a listener's weights) to take effect.
    public static let trafficShiftSeconds = 10
}
