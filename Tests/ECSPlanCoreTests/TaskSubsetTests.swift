import Testing
@testable import ECSPlanCore

/// A service's tasks are positions in the world's list: the same tasks, in the
/// same order, as grouping copies of them would give.
@Suite struct TaskSubsetTests {
    static func task(_ id: String, cluster: String, group: String, status: String = "RUNNING") -> TaskState {
        TaskState(id: id, arn: "arn:aws:ecs:us-east-1:000000000000:task/\(cluster)/\(id)", cluster: cluster,
                  group: group, taskDefinitionArn: "arn:aws:ecs:us-east-1:000000000000:task-definition/web:1",
                  containerInstanceId: nil, lastStatus: status, cpu: 256, memory: 512)
    }

    @Test func groupsEachServicesTasksInListOrderAndLeavesOutOneOffTasks() {
        let tasks = [
            Self.task("a1", cluster: "a", group: "service:web"),
            Self.task("a2", cluster: "a", group: "family:batch"),
            Self.task("a3", cluster: "a", group: "service:api"),
            Self.task("a4", cluster: "a", group: "service:web", status: "PENDING"),
            Self.task("b1", cluster: "b", group: "service:web"),
            // A cluster listed a second time (no backend does) still lands in one subset.
            Self.task("a5", cluster: "a", group: "service:web"),
        ]
        let byService = TaskSubset.byService(tasks)
        #expect(byService.keys.sorted() == ["a/api", "a/web", "b/web"])
        #expect(byService["a/web"].map { $0.map(\.id) } == ["a1", "a4", "a5"])
        #expect(byService["a/api"].map { $0.map(\.id) } == ["a3"])
        #expect(byService["b/web"].map { $0.map(\.id) } == ["b1"])

        let naive = Dictionary(grouping: tasks.filter { $0.serviceName != nil }) {
            $0.cluster + "/" + ($0.serviceName ?? "")
        }
        for (key, subset) in byService { #expect(subset.map(\.arn) == naive[key]?.map(\.arn)) }
    }

    @Test func theIndexAnswersAnUnknownServiceWithNoTasks() {
        let world = World(lineage: "l", serial: 1, tasks: [Self.task("a1", cluster: "a", group: "service:web")])
        let index = World.Index(world)
        #expect(index.tasks(ofService: "a/web").count == 1)
        #expect(index.tasks(ofService: "a/api").isEmpty)
        #expect(index.tasks(ofService: "a/api").filter(\.isActive).isEmpty)
    }
}
