import Foundation
import Testing
import TestSupport
@testable import ECSPlanCore

/// `validate` loads with `ConfigLoader.checksObjects`: each task definition and
/// service is checked as it decodes and dropped. It must find exactly what
/// loading whole and validating finds.
@Suite struct CheckedLoadTests {
    static func both(_ paths: [String], alone: Bool = false) -> (whole: ConfigLoader.Result, wholeDiagnostics: [Diagnostic],
                                                              checked: ConfigLoader.Result, checkedDiagnostics: [Diagnostic]) {
        let validator = Validator(referencesMayBeElsewhere: alone)
        var loader = ConfigLoader(environment: [:])
        loader.acceptsDefinitionsWithoutIdentity = alone
        let whole = loader.load(paths: paths)
        loader.checksObjects = validator
        let checked = loader.load(paths: paths)
        return (whole, (whole.diagnostics + validator.validate(whole.config)).sortedByPosition(),
                checked, (checked.diagnostics + validator.validate(checked.config, checked: checked.checked)).sortedByPosition())
    }

    static let examples = ValidatorGoldenTests.cases.map { "examples/invalid/" + $0 } + ["examples/quickstart", "examples/ecs"]

    @Test(arguments: examples)
    func findsWhatTheWholeLoadFinds(_ example: String) {
        let r = Self.both([Repo.path(example)])
        #expect(r.checkedDiagnostics.map(\.description) == r.wholeDiagnostics.map(\.description))
        #expect(r.checked.summary == r.whole.summary)
        #expect(r.checked.filesWithObjects == r.whole.filesWithObjects)
        #expect(r.checked.config.taskDefinitions.isEmpty && r.checked.config.services.isEmpty)
        #expect(r.whole.checked == nil)
    }

    @Test func streamedAndWholeFilesAlike() {
        let dir = TempDir()
        defer { dir.cleanup() }
        for (name, tag) in [("streamed.yaml", ""), ("whole.yaml", "!!seq")] {
            let text = StreamingLoadTests.config(tag: tag)
            let r = Self.both([dir.write(name, text)])
            #expect(r.checked.checked?.taskDefinitions.count == 499)  // one is a duplicate, its problems dropped with it
            #expect(r.checked.checked?.services.count == 500)
            #expect(!r.checkedDiagnostics.isEmpty)
            #expect(r.checkedDiagnostics.map(\.description) == r.wholeDiagnostics.map(\.description))
            // A rule's finding points into the object, found while the file was still streaming.
            let cpu = r.checkedDiagnostics.first { $0.path == "taskDefinitions[svc260].containerDefinitions[0].cpu" }
            #expect(cpu?.mark?.line == StreamingLoadTests.line(of: "cpu: -4", in: text))
        }
    }

    @Test func referencesAcrossFilesAndPastedDefinitions() {
        let dir = TempDir()
        defer { dir.cleanup() }
        // The service comes first; its task definition, in another file, has no container `api`.
        let service = dir.write("a-service.yaml", """
            services:
              - name: web
                cluster: prod
                taskDefinition: web
                launchType: FARGATE
                loadBalancers: [{containerName: api, containerPort: 80, targetGroupArn: arn}]
                runBefore:
                  - {taskDefinition: web, overrides: {containerOverrides: [{name: migrate}]}}
                  - {taskDefinition: wbe}
            """)
        let td = dir.write("b-task.yaml", """
            clusters: [{name: prod}]
            taskDefinitions:
              - family: web
                requiresCompatibilities: [FARGATE]
                cpu: "256"
                memory: "512"
                containerDefinitions: [{name: app, image: nginx, cpu: 512}]
            """)
        let r = Self.both([service, td])
        let paths = Set(r.checkedDiagnostics.map(\.path))
        for expected in ["services[web]", "services[web].loadBalancers[0].containerName", "services[web].runBefore[0].overrides.containerOverrides[0].name",
                         "services[web].runBefore[1].taskDefinition", "taskDefinitions[web].cpu"] {
            #expect(paths.contains(expected), "\(expected) not in \(paths)")
        }
        #expect(r.checkedDiagnostics.map(\.description) == r.wholeDiagnostics.map(\.description))

        // A service pasted alone (as ecspresso writes one): its references are notes.
        let pasted = dir.write("service.json", #"{"serviceName": "api", "cluster": "prod", "taskDefinition": "api", "desiredCount": -1}"#)
        let alone = Self.both([pasted], alone: true)
        #expect(alone.checkedDiagnostics.contains { $0.severity == .note && $0.path == "services[api].cluster" })
        #expect(alone.checkedDiagnostics.contains { $0.severity == .error && $0.path == "services[api].desiredCount" })
        #expect(alone.checkedDiagnostics.map(\.description) == alone.wholeDiagnostics.map(\.description))
    }
}
