#if canImport(Glibc)
import Glibc
#endif

/// An append-only buffer of trivial values that hands its memory over to a
/// `YAMLDocument` without a copy (an array would have to be copied out, doubling
/// the peak memory of a large load). Not copyable: one owner at a time.
struct GrowableBuffer<Element: BitwiseCopyable>: ~Copyable {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = Self.allocate(self.capacity)
    }

    /// Large buffers ask Linux for transparent huge pages: a load writes about
    /// three times its input in nodes, child lists and text, all fresh memory
    /// (faulting and zeroing it was 11% of a 50 MB load), and 2 MB pages take
    /// 512 times fewer faults. Advisory: where THP is off this is plain memory.
    /// Freed with free() like any other allocation.
    static func allocate(_ capacity: Int) -> UnsafeMutablePointer<Element> {
        #if canImport(Glibc)
        let bytes = capacity * MemoryLayout<Element>.stride
        let hugePage = 2 << 20
        if bytes >= 2 * hugePage {
            var memory: UnsafeMutableRawPointer?
            if posix_memalign(&memory, hugePage, bytes) == 0, let memory {
                _ = madvise(memory, bytes, MADV_HUGEPAGE)
                return memory.bindMemory(to: Element.self, capacity: capacity)
            }
        }
        #endif
        return .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// A read view, valid until the next append.
    var view: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    subscript(i: Int) -> Element {
        get { base[i] }
        set { base[i] = newValue }
    }

    /// Inlined: the composer appends a node and a child index for most events,
    /// and the call cost more than the store. Growing is the cold path.
    @inline(__always)
    mutating func append(_ value: Element) {
        if count == capacity { grow(to: count + 1) }
        (base + count).initialize(to: value)
        count += 1
    }

    mutating func append(contentsOf values: UnsafeBufferPointer<Element>) {
        guard let source = values.baseAddress, !values.isEmpty else { return }
        if count + values.count > capacity { grow(to: count + values.count) }
        (base + count).initialize(from: source, count: values.count)
        count += values.count
    }

    /// Drops the elements from `count` on (trivial values: nothing to deinitialize).
    mutating func truncate(to count: Int) {
        precondition(count >= 0 && count <= self.count, "truncate(to: \(count)) of \(self.count) elements")
        self.count = count
    }

    @inline(never)
    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let bigger = Self.allocate(newCapacity)
        bigger.initialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = newCapacity
    }

    /// The elements as a buffer the caller now owns (and must deallocate).
    consuming func take() -> UnsafeBufferPointer<Element> {
        let buffer = UnsafeBufferPointer(start: base, count: count)
        discard self
        return buffer
    }
}
