/// What a command opens for `--backend local|ecs`: a state store and an ECS
/// provider. Locally they are two views of one state database (the lock and
/// run journal; the simulator); on ECS the provider is the API and the store a
/// lock file beside the state path. Commands hand both to the executor; the
/// planner sees neither.
public struct Backend: Sendable {
    public var store: any StateStore
    public var provider: any ECSProvider

    public init(store: any StateStore, provider: any ECSProvider) {
        self.store = store
        self.provider = provider
    }
}
