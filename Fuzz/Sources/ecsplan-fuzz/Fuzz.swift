import ECSPlanCore
import Foundation
import YAML

/// One fuzz input: parse it as a configuration file, decode, validate, plan it
/// against an empty state and render every format. Any crash, hang or
/// sanitizer report is a bug; each one found becomes a regression test.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let dir = FuzzFiles.directory
    let file = dir + "/input.yaml"
    guard FileManager.default.createFile(atPath: file, contents: Data(bytes)) else { return 0 }
    let loaded = ConfigLoader(environment: ["TAG": "1"], allowMissingEnv: true).load(paths: [file])
    let diagnostics = loaded.diagnostics + Validator().validate(loaded.config)
    for d in diagnostics { _ = d.description }
    guard !diagnostics.hasErrors else { return 0 }
    let plan = Planner.plan(PlanRequest(config: loaded.config, world: .empty(lineage: "fuzz")))
    _ = TextRenderer().render(plan)
    _ = JSONRenderer.render(plan)
    _ = MarkdownRenderer.render(plan)
    return 0
}

enum FuzzFiles {
    static let directory: String = {
        let d = NSTemporaryDirectory() + "ecsplan-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }()
}

// SwiftPM links an executable's entry point as `<target>_main`; hand it to
// libFuzzer's driver, which parses the usual libFuzzer flags.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("ecsplan_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var args = argv
    return LLVMFuzzerRunDriver(&count, &args) { data, size in fuzz(data, size) }
}
