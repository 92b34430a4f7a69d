// swift-tools-version:6.1
// Benchmarks live in their own package so that peers used only for comparison
// (Yams) never enter ecsplan's dependency graph.
import PackageDescription

let package = Package(
    name: "ecsplan-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "ecsplan", path: ".."),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CYAMLBench", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // The whole-process floor for `ecsplan validate`: libyaml's event loop in C.
        .executableTarget(name: "libyaml-floor", dependencies: ["CYAMLBench"]),
        .executableTarget(
            name: "ecsplan-bench",
            dependencies: [
                "CYAMLBench", "Yams",
                .product(name: "ECSPlanCore", package: "ecsplan"),
                .product(name: "YAML", package: "ecsplan"),
                .product(name: "LocalBackend", package: "ecsplan"),
                .product(name: "ECSBackend", package: "ecsplan"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
