import Foundation
import Testing
@testable import ECSPlanCore

/// The seldom-set fields live in a box; nothing about the type may show it.
@Suite struct ContainerDefinitionStorageTests {
    static func everyField() -> ContainerDefinition {
        var c = ContainerDefinition(name: "app", image: "nginx:1.27")
        c.cpu = 256; c.memory = 512; c.memoryReservation = 256; c.essential = true
        c.portMappings = [PortMapping(containerPort: 80, hostPort: 0, protocol: "tcp")]
        c.environment = KeyValueList([KeyValuePair(name: "A", value: "1")])
        c.secrets = [Secret(name: "S", valueFrom: "arn:aws:ssm:us-east-1:1:parameter/s")]
        c.command = ["run"]; c.entryPoint = ["/bin/sh", "-c"]; c.workingDirectory = "/srv"; c.user = "1000"
        c.stopTimeout = 30; c.startTimeout = 10; c.hostname = "web"; c.links = ["db"]
        c.privileged = false; c.readonlyRootFilesystem = true; c.interactive = false; c.pseudoTerminal = true
        c.dnsServers = ["10.0.0.2"]; c.dnsSearchDomains = ["example.com"]; c.dockerLabels = ["team": "web"]
        c.linuxParameters = LinuxParameters(capabilities: .init(add: ["SYS_PTRACE"], drop: nil), initProcessEnabled: true)
        return c
    }

    @Test func everyFieldSurvivesJSON() throws {
        let c = Self.everyField()
        let data = try JSONEncoder().encode(c)
        let keys = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]).keys
        #expect(keys.contains("workingDirectory") && keys.contains("linuxParameters") && keys.contains("pseudoTerminal"))
        #expect(try JSONDecoder().decode(ContainerDefinition.self, from: data) == c)
        #expect(try JSONEncoder().encode(ContainerDefinition(name: "x")) == Data(#"{"name":"x"}"#.utf8))
    }

    @Test func boxedFieldsCompareByValue() {
        var a = ContainerDefinition(name: "app"), b = ContainerDefinition(name: "app")
        a.hostname = "h"
        #expect(a != b)
        b.hostname = "h"
        #expect(a == b && a.hashValue == b.hashValue)
        a.hostname = nil
        #expect(a == ContainerDefinition(name: "app"))
        var copy = b
        copy.user = "root"
        #expect(b.user == nil && copy.hostname == "h")  // copy on write
        #expect(MemoryLayout<ContainerDefinition>.size <= 320)  // was 456; 20 000 of them in a large plan
    }
}
