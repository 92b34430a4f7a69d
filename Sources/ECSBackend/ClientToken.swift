import Crypto
import ECSPlanCore
import Foundation

/// The `clientToken` of an idempotent ECS request (CreateService, RunTask):
/// derived from the apply run and the step, so every retry of the step sends
/// the same token (ECS then creates nothing twice) while another run, which
/// may mean to create the object anew, sends a different one.
enum ClientToken {
    /// ECS accepts up to 36 ASCII characters: a UUID-shaped digest fits.
    static func make(for step: StepRecord) -> String {
        let source = [step.runID, step.address, step.action, step.detail].joined(separator: "\n")
        let hex = SHA256.hash(data: Data(source.utf8)).map { String(format: "%02x", $0) }.joined()
        let h = Array(hex.prefix(32))
        return [h[0..<8], h[8..<12], h[12..<16], h[16..<20], h[20..<32]].map { String($0) }.joined(separator: "-")
    }
}
