import ECSPlanCore
import Foundation

/// Writes `LoadProgressLine` to standard error (standard output carries the
/// plan), from the threads that load the files.
final class LoadProgressPrinter: @unchecked Sendable {
    private let lock = NSLock()
    private var line = LoadProgressLine()
    private let start = ContinuousClock.now

    func update(done: Int, total: Int) {
        lock.withLock { write(line.update(done: done, total: total, at: ContinuousClock.now - start)) }
    }

    func finish() {
        lock.withLock { write(line.finish()) }
    }

    private func write(_ text: String) {
        if !text.isEmpty { FileHandle.standardError.write(Data(text.utf8)) }
    }
}
