import ECSPlanCore

extension Backend {
    /// `--backend ecs`: the Amazon ECS API as provider, a lock file as store.
    public static func ecs(client: ECSClient, pollInterval: Duration = .seconds(5), lockPath: String) -> Backend {
        Backend(store: FileLockStore(path: lockPath), provider: AmazonECSProvider(client: client, pollInterval: pollInterval))
    }
}
