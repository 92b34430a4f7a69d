/// What one task of a revision needs from a container instance.
public struct TaskRequirements: Sendable, Hashable {
    public var cpu: Int
    public var memory: Int
    /// Static host ports (bridge `hostPort > 0`, host mode ports). awsvpc tasks
    /// get their own network interface and use none.
    public var hostPorts: [Int]
    public var fargate: Bool

    public init(cpu: Int, memory: Int, hostPorts: [Int], fargate: Bool) {
        self.cpu = cpu
        self.memory = memory
        self.hostPorts = hostPorts
        self.fargate = fargate
    }

    public init(_ td: TaskDefinition, launchType: ECS.LaunchType? = nil) {
        let containers = td.containerDefinitions
        cpu = td.cpuUnits ?? containers.reduce(0) { $0 + ($1.cpu ?? 0) }
        memory = td.memoryMiB ?? containers.reduce(0) { $0 + ($1.memoryReservation ?? $1.memory ?? 0) }
        fargate = launchType == "FARGATE" || (launchType == nil && td.isFargate && !(td.requiresCompatibilities ?? []).contains(.ec2))
        let mode = td.effectiveNetworkMode
        var ports: [Int] = []
        for c in containers {
            for pm in c.portMappings ?? [] {
                switch mode {
                case "host": if let p = pm.hostPort ?? pm.containerPort { ports.append(p) }
                case "bridge": if let p = pm.hostPort, p > 0 { ports.append(p) }
                default: break
                }
            }
        }
        hostPorts = ports.sorted()
    }
}
