/// Fills in the ECS API's defaults and turns set-like lists into keyed maps,
/// for both the configuration and what the backend reports, so that `apply`
/// followed by `plan` always shows no changes.
public enum Normalizer {
    // MARK: Task definitions

    /// The content that decides whether a new revision is needed (family and
    /// ecsplan-only fields such as keepRevisions are not part of it).
    public static func taskDefinition(_ td: TaskDefinition) -> Value {
        var b = ObjectBuilder()
        let mode = td.networkMode ?? (td.isFargate ? "awsvpc" : "bridge")
        b.set("networkMode", mode)
        b.set("cpu", td.cpu?.value)
        b.set("memory", td.memory?.value)
        b.set("taskRoleArn", td.taskRoleArn)
        b.set("executionRoleArn", td.executionRoleArn)
        b.set("requiresCompatibilities", stringSet: td.requiresCompatibilities)
        b.set("pidMode", td.pidMode)
        b.set("ipcMode", td.ipcMode)
        if let rp = td.runtimePlatform {
            var r = ObjectBuilder()
            r.set("cpuArchitecture", rp.cpuArchitecture ?? "X86_64")
            r.set("operatingSystemFamily", rp.operatingSystemFamily ?? "LINUX")
            b.set("runtimePlatform", r.value)
        }
        b.set("placementConstraints", constraints(td.placementConstraints))
        b.set("volumes", keyed(td.volumes ?? [], key: \.name) { v in
            var o = ObjectBuilder()
            if let h = v.host { o.set("host", .object(h.sourcePath.map { ["sourcePath": .string($0)] } ?? [:])) }
            if let e = v.efsVolumeConfiguration {
                var x = ObjectBuilder()
                x.set("fileSystemId", e.fileSystemId)
                x.set("rootDirectory", e.rootDirectory ?? "/")
                x.set("transitEncryption", e.transitEncryption ?? "DISABLED")
                o.set("efsVolumeConfiguration", x.value)
            }
            if let d = v.dockerVolumeConfiguration {
                var x = ObjectBuilder()
                x.set("scope", d.scope ?? "task")
                x.set("autoprovision", d.autoprovision)
                x.set("driver", d.driver)
                x.set("driverOpts", map: d.driverOpts)
                x.set("labels", map: d.labels)
                o.set("dockerVolumeConfiguration", x.value)
            }
            return o.value
        })
        b.set("tags", tags(td.tags))
        b.set("containerDefinitions", keyed(td.containerDefinitions, key: { $0.name ?? "" }) { container($0, networkMode: mode) })
        return b.value
    }

    static func container(_ c: ContainerDefinition, networkMode: String) -> Value {
        var b = ObjectBuilder()
        b.set("image", c.image)
        b.set("cpu", c.cpu ?? 0)
        b.set("memory", c.memory)
        b.set("memoryReservation", c.memoryReservation)
        b.set("essential", c.essential ?? true)
        b.set("portMappings", keyed(c.portMappings ?? [], key: { "\($0.containerPort ?? 0)/\($0.protocol ?? "tcp")" }) { pm in
            var o = ObjectBuilder()
            o.set("containerPort", pm.containerPort)
            // awsvpc and host mode publish the container port; bridge without hostPort is dynamic (0).
            let host = (networkMode == "awsvpc" || networkMode == "host") ? (pm.hostPort ?? pm.containerPort) : (pm.hostPort ?? 0)
            o.set("hostPort", host)
            o.set("protocol", pm.protocol ?? "tcp")
            o.set("name", pm.name)
            o.set("appProtocol", pm.appProtocol)
            return o.value
        })
        // Secret-looking values compare by digest, so a state that keeps only the
        // digest (the local backend) and one that keeps the value (ECS) agree.
        b.set("environment", .keyed(Dictionary((c.environment?.pairs ?? []).map { pair in
            (pair.name, Value.string(SecretDigest.value(pair.value, named: pair.name)))
        }, uniquingKeysWith: { _, last in last })))
        b.set("environmentFiles", keyed(c.environmentFiles ?? [], key: \.value) { .object(["type": .string($0.type ?? "s3")]) })
        b.set("secrets", .keyed(Dictionary((c.secrets ?? []).map { ($0.name, Value.string($0.valueFrom)) }, uniquingKeysWith: { _, last in last })))
        b.set("command", strings: c.command)
        b.set("entryPoint", strings: c.entryPoint)
        b.set("workingDirectory", c.workingDirectory)
        b.set("user", c.user)
        if let hc = c.healthCheck {
            var o = ObjectBuilder()
            o.set("command", strings: hc.command)
            o.set("interval", hc.interval ?? 30)
            o.set("timeout", hc.timeout ?? 5)
            o.set("retries", hc.retries ?? 3)
            o.set("startPeriod", hc.startPeriod ?? 0)
            b.set("healthCheck", o.value)
        }
        if let lc = c.logConfiguration {
            var o = ObjectBuilder()
            o.set("logDriver", lc.logDriver)
            o.set("options", map: lc.options.map(SecretDigest.redacting))
            o.set("secretOptions", .keyed(Dictionary((lc.secretOptions ?? []).map { ($0.name, Value.string($0.valueFrom)) }, uniquingKeysWith: { _, l in l })))
            b.set("logConfiguration", o.value)
        }
        b.set("mountPoints", keyed(c.mountPoints ?? [], key: { $0.containerPath ?? "" }) { mp in
            var o = ObjectBuilder()
            o.set("sourceVolume", mp.sourceVolume)
            o.set("readOnly", mp.readOnly ?? false)
            return o.value
        })
        b.set("volumesFrom", keyed(c.volumesFrom ?? [], key: \.sourceContainer) { .object(["readOnly": .bool($0.readOnly ?? false)]) })
        b.set("dependsOn", keyed(c.dependsOn ?? [], key: \.containerName) { .object(["condition": .string($0.condition)]) })
        b.set("ulimits", keyed(c.ulimits ?? [], key: \.name) { .object(["softLimit": .int($0.softLimit), "hardLimit": .int($0.hardLimit)]) })
        if let lp = c.linuxParameters {
            var o = ObjectBuilder()
            if let caps = lp.capabilities {
                var x = ObjectBuilder()
                x.set("add", stringSet: caps.add)
                x.set("drop", stringSet: caps.drop)
                o.set("capabilities", x.value)
            }
            o.set("initProcessEnabled", lp.initProcessEnabled)
            o.set("sharedMemorySize", lp.sharedMemorySize)
            o.set("maxSwap", lp.maxSwap)
            o.set("swappiness", lp.swappiness)
            b.set("linuxParameters", o.value)
        }
        b.set("stopTimeout", c.stopTimeout)
        b.set("startTimeout", c.startTimeout)
        b.set("dockerLabels", map: c.dockerLabels.map(SecretDigest.redacting))
        b.set("hostname", c.hostname)
        b.set("links", stringSet: c.links)
        b.set("privileged", (c.privileged ?? false) ? true : nil)
        b.set("readonlyRootFilesystem", (c.readonlyRootFilesystem ?? false) ? true : nil)
        b.set("interactive", (c.interactive ?? false) ? true : nil)
        b.set("pseudoTerminal", (c.pseudoTerminal ?? false) ? true : nil)
        b.set("dnsServers", strings: c.dnsServers)
        b.set("dnsSearchDomains", strings: c.dnsSearchDomains)
        return b.value
    }

    // MARK: Services

    /// The service's updatable settings (identity fields and `taskDefinition`
    /// are compared separately).
    public static func service(_ s: Service) -> Value {
        var b = ObjectBuilder()
        b.set("launchType", s.launchType ?? "EC2")
        b.set("schedulingStrategy", s.schedulingStrategy ?? "REPLICA")
        if !s.isDaemon { b.set("desiredCount", s.desiredCount ?? 0) }
        let p = DeploymentPercents(s)
        var d = ObjectBuilder()
        d.set("minimumHealthyPercent", p.minimumHealthyPercent)
        d.set("maximumPercent", p.maximumPercent)
        let cb = s.deploymentConfiguration?.deploymentCircuitBreaker
        d.set("deploymentCircuitBreaker", .object(["enable": .bool(cb?.enable ?? false), "rollback": .bool(cb?.rollback ?? false)]))
        b.set("deploymentConfiguration", d.value)
        // Strategy order matters (they apply in turn), so it stays a list.
        // ECS reports an empty list when none was set, which means its default.
        let strategies = s.isDaemon ? [] : ((s.placementStrategy?.isEmpty ?? true) ? PlacementEngine.defaultStrategies : s.placementStrategy ?? [])
        b.set("placementStrategy", .list(strategies.map { st in
            var o = ObjectBuilder()
            o.set("type", st.type)
            o.set("field", st.field.map { $0 == "host" ? "instanceId" : $0 })
            return o.value
        }))
        b.set("placementConstraints", constraints(s.placementConstraints))
        if let aws = s.networkConfiguration?.awsvpcConfiguration {
            var o = ObjectBuilder()
            o.set("subnets", stringSet: aws.subnets)
            o.set("securityGroups", stringSet: aws.securityGroups)
            o.set("assignPublicIp", aws.assignPublicIp ?? "DISABLED")
            b.set("networkConfiguration", .object(["awsvpcConfiguration": o.value]))
        }
        b.set("loadBalancers", keyed(s.loadBalancers ?? [], key: { "\($0.targetGroupArn ?? $0.loadBalancerName ?? "")|\($0.containerName ?? ""):\($0.containerPort ?? 0)" }) { lb in
            var o = ObjectBuilder()
            o.set("targetGroupArn", lb.targetGroupArn)
            o.set("loadBalancerName", lb.loadBalancerName)
            o.set("containerName", lb.containerName)
            o.set("containerPort", lb.containerPort)
            return o.value
        })
        b.set("healthCheckGracePeriodSeconds", s.healthCheckGracePeriodSeconds ?? 0)
        b.set("enableExecuteCommand", s.enableExecuteCommand ?? false)
        b.set("propagateTags", s.propagateTags ?? "NONE")
        b.set("platformVersion", s.launchType == "FARGATE" ? (s.platformVersion ?? "LATEST") : s.platformVersion)
        b.set("tags", tags(s.tags))
        return b.value
    }

    // MARK: Clusters

    public static func cluster(_ c: Cluster, includeCapacity: Bool) -> Value {
        var b = ObjectBuilder()
        if includeCapacity {
            let cap = c.capacity ?? .default
            var o = ObjectBuilder()
            o.set("instances", cap.instances)
            o.set("cpu", cap.cpu ?? 4096)
            o.set("memory", cap.memory ?? 7680)
            o.set("zones", strings: (cap.zones?.isEmpty ?? true) ? ["us-east-1a"] : cap.zones)
            o.set("instanceType", cap.instanceType ?? "m5.xlarge")
            o.set("attributes", map: cap.attributes)
            b.set("capacity", o.value)
        }
        // ECS reports containerInsights "disabled" when it was never set: the same as absent.
        let settings = (c.settings ?? []).filter { !($0.name == "containerInsights" && $0.value == "disabled") }
        b.set("settings", .keyed(Dictionary(settings.map { ($0.name, Value.string($0.value)) }, uniquingKeysWith: { _, l in l })))
        b.set("tags", tags(c.tags))
        return b.value
    }

    // MARK: Helpers

    static func keyed<T>(_ items: [T], key: (T) -> String, _ value: (T) -> Value) -> Value {
        var out: [String: Value] = [:]
        for item in items { out[key(item)] = value(item) }
        return .keyed(out)
    }

    static func tags(_ t: Tags?) -> Value {
        // The managed-by marker is ecsplan's own; it never shows as a difference.
        .keyed(Dictionary((t?.tags ?? []).filter { $0.key != ManagedMarker.key }.map { ($0.key, Value.string($0.value)) }, uniquingKeysWith: { _, l in l }))
    }

    static func constraints(_ cs: [PlacementConstraint]?) -> Value {
        .keyed(Dictionary((cs ?? []).map { c in
            ("\(c.type)\(c.expression.map { "(\($0))" } ?? "")", Value.object(c.expression.map { ["type": .string(c.type), "expression": .string($0)] } ?? ["type": .string(c.type)]))
        }, uniquingKeysWith: { _, l in l }))
    }
}

/// Objects ecsplan creates carry this tag; only they are ever deleted.
public enum ManagedMarker {
    public static let key = "managed-by"
    public static let value = "ecsplan"
}
