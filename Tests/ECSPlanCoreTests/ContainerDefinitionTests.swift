import Foundation
import Testing
@testable import ECSPlanCore

/// The generated container shape carries every member of the model, through
/// JSON (the local state and the ECS API) unchanged.
@Suite struct ContainerDefinitionTests {
    static func everyField() -> ContainerDefinition {
        var c = ContainerDefinition(name: "app", image: "nginx:1.27")
        c.cpu = 256; c.memory = 512; c.memoryReservation = 256; c.essential = true
        c.portMappings = [PortMapping(containerPort: 80, hostPort: 0, protocol: .tcp)]
        c.environment = [KeyValuePair(name: "A", value: "1")]
        c.secrets = [Secret(name: "S", valueFrom: "arn:aws:ssm:us-east-1:1:parameter/s")]
        c.command = ["run"]; c.entryPoint = ["/bin/sh", "-c"]; c.workingDirectory = "/srv"; c.user = "1000"
        c.stopTimeout = 30; c.startTimeout = 10; c.hostname = "web"; c.links = ["db"]
        c.privileged = false; c.readonlyRootFilesystem = true; c.interactive = false; c.pseudoTerminal = true
        c.dnsServers = ["10.0.0.2"]; c.dnsSearchDomains = ["example.com"]; c.dockerLabels = ["team": "web"]
        c.linuxParameters = ECS.LinuxParameters(capabilities: .init(add: ["SYS_PTRACE"]), initProcessEnabled: true)
        c.restartPolicy = ECS.ContainerRestartPolicy(enabled: true, ignoredExitCodes: [0], restartAttemptPeriod: 60)
        c.versionConsistency = .disabled
        c.systemControls = [ECS.SystemControl(namespace: "net.core.somaxconn", value: "1024")]
        return c
    }

    @Test func everyFieldSurvivesJSON() throws {
        let c = Self.everyField()
        let data = try JSONEncoder().encode(c)
        let keys = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]).keys
        #expect(keys.contains("restartPolicy") && keys.contains("versionConsistency") && keys.contains("systemControls"))
        #expect(try JSONDecoder().decode(ContainerDefinition.self, from: data) == c)
        #expect(try JSONEncoder().encode(ContainerDefinition(name: "x")) == Data(#"{"name":"x"}"#.utf8))
    }

    @Test func anEnumKeepsAValueTheModelDoesNotList() throws {
        // ECS may start returning a value before our pinned model lists it.
        let data = Data(#"{"name":"x","versionConsistency":"someday"}"#.utf8)
        let c = try JSONDecoder().decode(ContainerDefinition.self, from: data)
        #expect(c.versionConsistency?.rawValue == "someday")
        #expect(c.versionConsistency?.isKnown == false)
        #expect(String(decoding: try JSONEncoder().encode(c), as: UTF8.self).contains(#""versionConsistency":"someday""#))
    }
}
