// swift-tools-version:6.1
// A libFuzzer target over the whole load path (bytes → YAML nodes → specs →
// validation → plan against an empty state). Its own package, because it only
// links when built with -sanitize=fuzzer:
//   swift build --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//   Fuzz/.build/debug/ecsplan-fuzz -max_total_time=60 Fuzz/corpus
import PackageDescription

let package = Package(
    name: "ecsplan-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "ecsplan", path: "..")],
    targets: [
        .executableTarget(
            name: "ecsplan-fuzz",
            dependencies: [
                .product(name: "ECSPlanCore", package: "ecsplan"),
                .product(name: "YAML", package: "ecsplan"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
