import ECSPlanCore
import Testing

/// Which revision a rollback returns to: read from the history, never guessed
/// from revision numbers, and refused when ECS could not point the service there.
@Suite struct RollbackTargetTests {
    static let prefix = "arn:aws:ecs:us-east-1:123456789012:task-definition/"

    static func world(inactive: Set<Int> = []) -> World.Index {
        var world = World(lineage: "l", serial: 1)
        for n in 1...4 {
            world.taskDefinitions.append(TaskDefinitionRevision(
                family: "web", revision: n, arn: prefix + "web:\(n)", status: inactive.contains(n) ? "INACTIVE" : "ACTIVE", managed: true,
                spec: TaskDefinition(family: "web", containerDefinitions: [])))
        }
        return World.Index(world)
    }

    static let service = ServiceState(cluster: "prod", name: "web", arn: "arn:aws:ecs:us-east-1:123456789012:service/prod/web", managed: true,
                                      taskDefinitionArn: prefix + "web:4", desiredCount: 2,
                                      spec: Service(name: "web", cluster: "prod", taskDefinition: "web"))

    static func record(_ n: Int, _ status: String) -> ServiceDeploymentRecord {
        ServiceDeploymentRecord(id: "d\(n)", taskDefinitionArn: prefix + "web:\(n)", status: status)
    }

    @Test func theNewestSuccessOnAnotherRevisionNotTheNextNumberDown() throws {
        // web:3 was deployed and rolled back; before it, web:4 ran, and before that web:1.
        let history = [Self.record(4, "SUCCESSFUL"), Self.record(3, "ROLLBACK_SUCCESSFUL"), Self.record(4, "SUCCESSFUL"), Self.record(1, "SUCCESSFUL")]
        let choice = try RollbackTarget.choose(service: Self.service, history: history, requested: nil, world: Self.world())
        #expect(choice.to.name == "web:1")
        #expect(choice.from == "web:4")
    }

    @Test func requestedRevisionsInEachForm() throws {
        for text in ["2", "web:2", Self.prefix + "web:2"] {
            let choice = try RollbackTarget.choose(service: Self.service, history: [], requested: text, world: Self.world())
            #expect(choice.to.name == "web:2", "\(text)")
        }
    }

    @Test func refusals() {
        func refusal(_ requested: String?, history: [ServiceDeploymentRecord] = [], inactive: Set<Int> = []) -> String {
            do {
                _ = try RollbackTarget.choose(service: Self.service, history: history, requested: requested, world: Self.world(inactive: inactive))
                return "chosen"
            } catch {
                return error.message + (error.hint.map { " | " + $0 } ?? "")
            }
        }
        #expect(refusal(nil) == "service/prod/web runs web:4, and no deployment of it is recorded | name the revision to go back to with --to REV (e.g. --to web:3)")
        #expect(refusal(nil, history: [Self.record(2, "SUCCESSFUL")], inactive: [2])
                == "web:2 is INACTIVE: ECS does not point a service at a deregistered revision | register its content again (apply a configuration with it), or name an ACTIVE revision with --to")
        #expect(refusal("4") == "service/prod/web already runs web:4 | nothing to roll back; `ecsplan status service/prod/web` shows its deployments")
        #expect(refusal("web:0") == "--to web:0: expected a revision number, FAMILY:REV or an ARN")
        #expect(refusal("api:1") == "--to api:1: task definition api:1 does not exist | the family api has no revisions")
    }
}
