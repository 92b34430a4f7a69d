/// Task ids: 32 lowercase hex digits (128 random bits), as ECS's are, from a
/// xoshiro256** generator the system's generator seeds. A simulator step seeds
/// one and draws all its ids from it: `UUID()` asked the kernel for every id,
/// a tenth of a step that starts thousands of tasks.
struct TaskIDGenerator {
    private var s: (UInt64, UInt64, UInt64, UInt64)

    init() {
        var system = SystemRandomNumberGenerator()
        s = (system.next(), system.next(), system.next(), system.next())
        // An all-zero state would stay zero; the odds are 2^-256, the cost one branch.
        if s == (0, 0, 0, 0) { s.0 = 0x9E37_79B9_7F4A_7C15 }
    }

    mutating func next() -> UInt64 {
        let result = ((s.1 &* 5) << 7 | (s.1 &* 5) >> 57) &* 9
        let t = s.1 << 17
        s.2 ^= s.0
        s.3 ^= s.1
        s.1 ^= s.2
        s.0 ^= s.3
        s.2 ^= t
        s.3 = s.3 << 45 | s.3 >> 19
        return result
    }

    mutating func taskID() -> String {
        let (a, b) = (next(), next())
        return String(unsafeUninitializedCapacity: 32) { out in
            for i in 0..<16 {
                out[i] = Self.digits[Int((a >> UInt64(60 - 4 * i)) & 0xF)]
                out[16 + i] = Self.digits[Int((b >> UInt64(60 - 4 * i)) & 0xF)]
            }
            return 32
        }
    }

    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)
}
