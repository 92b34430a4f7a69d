import ECSPlanCore

extension Backend {
    /// `--backend local`: a state store and the simulated ECS provider, two
    /// views of the one state database.
    public static func local(_ database: StateDatabase, region: String = "us-east-1") -> Backend {
        Backend(store: LocalStateStore(database: database), provider: SimulatedECSProvider(database: database, region: region))
    }
}
