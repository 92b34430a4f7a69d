import Dispatch
import YAML

/// Decodes a streamed file's batches of items on a queue of its own while the
/// loader parses the next ones: parsing is one thread's work and decoding
/// spreads over every core, so in turn they left cores idle. Batches are
/// decoded one after another, in the order they were parsed (the first
/// definition of a name, and `SharedDecodes`, depend on it); at most two wait,
/// so a fast parser never holds more than a few batches' nodes.
final class BatchDecoder: @unchecked Sendable {
    private let queue = DispatchQueue(label: "ecsplan.config.decode")
    private let room = DispatchSemaphore(value: 2)
    private let interpolator: Interpolator
    private let shared: SharedDecodes
    /// Touched on `queue` only, and read once `finish` has drained it.
    private var objects: FileObjects

    init(interpolator: Interpolator, shared: SharedDecodes, checking: ObjectChecking?) {
        self.interpolator = interpolator
        self.shared = shared
        objects = FileObjects(checking: checking)
    }

    /// Queues one batch; its items must be `owned` when `StreamedItems` says
    /// so, otherwise (nodes valid only now) it is decoded before this returns.
    func submit(_ items: [Node], section: Section, firstPosition: Int, owned: Bool) {
        room.wait()
        queue.async { [self] in
            objects.decode(items, section: section, firstPosition: firstPosition, interpolator, shared)
            room.signal()
        }
        if !owned { queue.sync {} }
    }

    /// Waits for every queued batch and returns what they decoded to.
    func finish() -> FileObjects {
        queue.sync { objects }
    }
}
