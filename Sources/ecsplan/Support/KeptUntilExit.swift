import Synchronization

/// Values a command is done with that would take long to free piece by piece:
/// the configuration, world and plan of 10 000 services are millions of small
/// allocations, and releasing them on the way out cost a plan about as much as
/// reading the state. Kept here, they go with the process, all at once.
enum KeptUntilExit {
    private static let kept = Mutex<[any Sendable]>([])

    static func keep(_ values: any Sendable...) {
        kept.withLock { $0.append(contentsOf: values) }
    }
}
