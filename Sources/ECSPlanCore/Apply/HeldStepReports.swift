import Foundation

/// The "done" reports of steps a provider has carried out but not yet
/// committed (`ECSProvider.commitsStepsInGroups`): held until their group
/// commits, then delivered in the order they were made. A group that is never
/// committed (its commit failed) drops them, so no line on screen and no entry
/// of an interrupted apply's report claims a step the state does not hold.
/// Reached through a task-local, as the reports are made deep inside the
/// executor's steps, in the child tasks of a group.
final class HeldStepReports: @unchecked Sendable {
    @TaskLocal static var current: HeldStepReports?

    private let lock = NSLock()
    private var held: [@Sendable () -> Void] = []

    func hold(_ deliver: @escaping @Sendable () -> Void) {
        lock.withLock { held.append(deliver) }
    }

    /// Delivers what is held; called once the group's steps are committed.
    func release() {
        let due = lock.withLock { () -> [@Sendable () -> Void] in
            defer { held = [] }
            return held
        }
        for deliver in due { deliver() }
    }
}
