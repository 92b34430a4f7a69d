import GRDB

/// A service's task as the simulated scheduler reads it: the columns its
/// decisions need. A step of a large rollout reads tens of thousands of
/// tasks, and a whole `TaskState` row cost three times as much to read.
struct SimTask {
    var id: String
    var taskDefinitionArn: String
    var lastStatus: String
    var containerInstanceId: String?
    var capacityProviderName: String?

    /// The columns `init(_:)` reads, by position; the service's key follows
    /// (`cluster`, `service`: 5 and 6).
    static let columns = """
        id, task_definition_arn, last_status, container_instance_id, capacity_provider, cluster, service
        """

    init(_ row: Row) {
        id = row[0]
        taskDefinitionArn = row[1]
        lastStatus = row[2]
        containerInstanceId = row[3]
        capacityProviderName = row[4]
    }
}
