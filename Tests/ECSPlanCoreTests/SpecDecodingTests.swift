import Testing
import TestSupport
@testable import ECSPlanCore

func loadConfig(_ text: String, env: [String: String] = [:], allowMissing: Bool = false) -> ConfigLoader.Result {
    let dir = TempDir()
    defer { dir.cleanup() }
    let file = dir.write("c.yaml", text)
    var result = ConfigLoader(environment: env, allowMissingEnv: allowMissing).load(paths: [file])
    // Make marks independent of the temporary directory.
    for i in result.diagnostics.indices { result.diagnostics[i].mark?.file = "c.yaml" }
    return result
}

@Suite struct SpecDecodingTests {
    @Test func describeTaskDefinitionOutputPastesIn() throws {
        let r = loadConfig("""
            taskDefinitions:
              - taskDefinitionArn: arn:aws:ecs:us-east-1:123456789012:task-definition/web:7
                family: web
                revision: 7
                status: ACTIVE
                compatibilities: [EC2]
                requiresAttributes: [{name: com.amazonaws.ecs.capability.docker-remote-api.1.18}]
                networkMode: bridge
                containerDefinitions:
                  - name: app
                    image: nginx:1.27
                    cpu: 256
                    memory: 512
                    essential: true
                    portMappings: [{containerPort: 80, hostPort: 0, protocol: tcp}]
                    environment: [{name: A, value: "1"}]
                    mountPoints: []
                    volumesFrom: []
            """)
        #expect(!r.hasErrors, "\(r.diagnostics)")
        // One note for the object, naming every output-only field.
        let notes = r.diagnostics.filter { $0.severity == .note }
        #expect(notes.count == 1)
        #expect(notes.first?.message == "output-only fields ignored (set by ECS): taskDefinitionArn, revision, status, compatibilities, requiresAttributes")
        let td = try #require(r.config.taskDefinitions.first?.spec)
        #expect(td.family == "web")
        #expect(td.containerDefinitions[0].portMappings?[0].protocol == "tcp")
        #expect(td.containerDefinitions[0].environment == [KeyValuePair(name: "A", value: "1")])
    }

    @Test func environmentAcceptsMapAndListForms() throws {
        let r = loadConfig("""
            taskDefinitions:
              - family: a
                containerDefinitions:
                  - {name: x, image: i, memory: 64, environment: {B: 2, A: yes, C: "str"}}
                  - {name: y, image: i, memory: 64, environment: [{name: B, value: "2"}]}
            """)
        #expect(!r.hasErrors)
        let cs = try #require(r.config.taskDefinitions.first?.spec.containerDefinitions)
        #expect(cs[0].environment?.map(\.value) == ["2", "yes", "str"])
        #expect(cs[1].environment == [KeyValuePair(name: "B", value: "2")])
    }

    @Test func yesStaysAStringUnlessTheFieldIsABool() throws {
        let r = loadConfig("""
            taskDefinitions:
              - family: a
                containerDefinitions:
                  - {name: x, image: "yes", memory: 64, essential: yes, user: no}
            """)
        #expect(!r.hasErrors)
        let c = try #require(r.config.taskDefinitions.first?.spec.containerDefinitions.first)
        #expect(c.image == "yes")
        #expect(c.essential == true)
        #expect(c.user == "no")
    }

    @Test(arguments: [
        ("256", 256), ("\"0.25 vCPU\"", 256), ("1 vcpu", 1024), ("\"2 vCPU\"", 2048),
    ])
    func taskCPUUnits(_ yaml: String, _ units: Int) throws {
        let r = loadConfig("taskDefinitions:\n  - {family: a, cpu: \(yaml), memory: 512 MiB, containerDefinitions: [{name: x, image: i}]}\n")
        #expect(!r.hasErrors, "\(r.diagnostics)")
        #expect(r.config.taskDefinitions.first?.spec.cpuUnits == units)
        #expect(r.config.taskDefinitions.first?.spec.memoryMiB == 512)
    }

    @Test func memoryUnits() {
        #expect(ResourceQuantity.parse("2 GB", kind: .memory) == 2048)
        #expect(ResourceQuantity.parse("0.5GB", kind: .memory) == 512)
        #expect(ResourceQuantity.parse("1024", kind: .memory) == 1024)
        #expect(ResourceQuantity.parse("lots", kind: .memory) == nil)
        #expect(ResourceQuantity.parse("0.3 vCPU", kind: .cpu) == nil)  // 307.2 is not a whole unit
    }

    @Test func wrongTypesNameTheExpectedType() {
        let r = loadConfig("""
            clusters: [{name: c}]
            services:
              - {name: s, cluster: c, taskDefinition: t:1, desiredCount: three, enableExecuteCommand: maybe}
            """)
        #expect(r.diagnostics.map(\.description) == [
            "c.yaml:3:62: services[s].desiredCount: expected an integer, got \"three\"",
            "c.yaml:3:91: services[s].enableExecuteCommand: expected a boolean (true or false), got \"maybe\"",
        ])
    }

    @Test func unknownTopLevelKeyGetsASuggestion() {
        let r = loadConfig("service: []\nx-anything: {a: 1}\n")
        #expect(r.diagnostics.map(\.description) == ["c.yaml:1:1: unknown top-level key 'service'; did you mean 'services'?"])
    }

    @Test func namesDefinedTwiceNameBothPlaces() {
        let r = loadConfig("clusters:\n  - name: a\n  - name: a\n")
        #expect(r.diagnostics.map(\.description) == ["c.yaml:3:11: clusters[a].name: 'a' is defined twice; first definition at c.yaml:2:11"]
            .map { $0.replacingOccurrences(of: "at c.yaml", with: "at \(r.config.files[0])") })
    }

    /// ECS names a service within its cluster: `web` in prod and `web` in staging are two services.
    @Test func aServiceNameRepeatsAcrossClustersButNotWithinOne() {
        let text = """
            services:
              - {name: web, cluster: prod, taskDefinition: t}
              - {name: web, cluster: staging, taskDefinition: t}
              - {name: web, cluster: prod, taskDefinition: t}
            """
        let r = loadConfig(text + "\n")
        #expect(r.config.services.map { "\($0.spec.cluster)/\($0.spec.name)" } == ["prod/web", "staging/web"])
        #expect(r.diagnostics.map(\.description) == ["c.yaml:4:12: services[web].name: 'web' in cluster 'prod' is defined twice; first definition at c.yaml:2:12"]
            .map { $0.replacingOccurrences(of: "at c.yaml", with: "at \(r.config.files[0])") })
    }

    @Test func documentsAndFilesMerge() {
        let dir = TempDir()
        defer { dir.cleanup() }
        dir.write("b/2.yml", "services: [{name: s, cluster: c, taskDefinition: t}]\n")
        dir.write("a.yaml", "clusters: [{name: c}]\n---\ntaskDefinitions: [{family: t, containerDefinitions: [{name: x, image: i, memory: 8}]}]\n")
        dir.write("ignored.txt", "not yaml")
        let r = ConfigLoader(environment: [:]).load(paths: [dir.path])
        #expect(!r.hasErrors)
        #expect(r.config.files.map { String($0.dropFirst(dir.path.count)) } == ["/a.yaml", "/b/2.yml"])
        #expect(r.config.summary == "1 cluster, 1 task definition, 1 service")
    }
}

@Suite struct InterpolationTests {
    let i = Interpolator(environment: ["TAG": "1.28", "EMPTY": ""])

    @Test func substitutes() {
        #expect(i.interpolate("nginx:${TAG}") == .success("nginx:1.28"))
        #expect(i.interpolate("${MISSING:-1.27}") == .success("1.27"))
        #expect(i.interpolate("${EMPTY:-d}") == .success("d"))
        #expect(i.interpolate("$${TAG} $TAG") == .success("${TAG} $TAG"))
        #expect(i.interpolate("no vars") == .success("no vars"))
    }

    @Test func failures() {
        #expect(i.interpolate("a ${MISSING}") == .failure(.unset(name: "MISSING", column: 2)))
        #expect(i.interpolate("${TAG") == .failure(.unterminated(column: 0)))
        #expect(i.interpolate("${1X}") == .failure(.invalidName("1X", column: 0)))
    }

    @Test func allowMissingLeavesEmpty() {
        #expect(Interpolator(environment: [:], allowMissing: true).interpolate("a${X}b") == .success("ab"))
    }

    @Test func errorsPointAtTheDollar() {
        let r = loadConfig("taskDefinitions:\n  - {family: a, containerDefinitions: [{name: x, image: \"repo:${TAG}\", memory: 8}]}\n")
        #expect(r.diagnostics.first?.mark?.column == 63)
        #expect(r.diagnostics.first?.message.hasPrefix("environment variable TAG is not set") == true)
    }

    @Test func integersFromTheEnvironment() {
        let r = loadConfig("taskDefinitions:\n  - {family: a, containerDefinitions: [{name: x, image: i, memory: \"${MEM}\"}]}\n", env: ["MEM": "300"])
        #expect(!r.hasErrors)
        #expect(r.config.taskDefinitions.first?.spec.containerDefinitions.first?.memory == 300)
    }
}
