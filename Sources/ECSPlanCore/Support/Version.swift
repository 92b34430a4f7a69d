import Foundation

/// The one source of truth for the version (`ecsplan --version`, plan files, CHANGELOG).
public enum ECSPlanVersion {
    public static let current = "0.1.0"

    /// Compares dotted versions numerically (`0.10.0` > `0.9.1`); a
    /// pre-release suffix (`-rc.1`) is ignored, and text that is not a
    /// version compares as the same.
    public static func compare(_ a: String, _ b: String) -> ComparisonResult {
        func parts(_ v: String) -> [Int]? {
            let core = v.split(separator: "-", maxSplits: 1).first.map(String.init) ?? v
            let numbers = core.split(separator: ".").map { Int($0) }
            return numbers.contains(nil) || numbers.isEmpty ? nil : numbers.compactMap { $0 }
        }
        guard let x = parts(a), let y = parts(b) else { return .orderedSame }
        for i in 0..<max(x.count, y.count) {
            let l = i < x.count ? x[i] : 0, r = i < y.count ? y[i] : 0
            if l != r { return l < r ? .orderedAscending : .orderedDescending }
        }
        return .orderedSame
    }
}
