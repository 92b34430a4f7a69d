// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "ecsplan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ecsplan", targets: ["ecsplan"]),
        .library(name: "ECSPlanCore", targets: ["ECSPlanCore"]),
        .library(name: "YAML", targets: ["YAML"]),
        .library(name: "ECSModel", targets: ["ECSModel"]),
        .library(name: "LocalBackend", targets: ["LocalBackend"]),
        .library(name: "ECSBackend", targets: ["ECSBackend"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "YAML", dependencies: ["CYAML"]),
        // libcurl's easy interface, for ECS API requests (ECSBackend/HTTP/CurlTransport.swift).
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"]), .brew(["curl"])]
        ),
        // Shapes generated from AWS's ECS model (Tools/ecsmodel/generate.py) + the overlay.
        .target(name: "ECSModel", exclude: ["Overlay.yaml"]),
        .target(
            name: "ECSPlanCore",
            dependencies: ["YAML", "ECSModel", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "LocalBackend",
            dependencies: [
                "ECSPlanCore", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the simulator's bulk task inserts (StepContext).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "ECSBackend",
            dependencies: ["ECSPlanCore", "ECSModel", "CCurl", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .executableTarget(
            name: "ecsplan",
            dependencies: [
                "ECSPlanCore", "LocalBackend", "ECSBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["ECSPlanCore", "LocalBackend", "YAML"], path: "Tests/TestSupport"),
        .testTarget(name: "YAMLTests", dependencies: ["YAML", "TestSupport"]),
        .testTarget(name: "ECSPlanCoreTests", dependencies: ["ECSPlanCore", "LocalBackend", "TestSupport"]),
        .testTarget(name: "LocalBackendTests", dependencies: ["LocalBackend", "TestSupport"]),
        .testTarget(name: "ECSBackendTests", dependencies: ["ECSBackend", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport", "LocalBackend", "YAML"]),
    ],
    swiftLanguageModes: [.v6]
)
