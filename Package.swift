// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "onsite",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "onsite", targets: ["onsite"]),
        .executable(name: "onsite-bench", targets: ["onsite-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
    ],
    targets: [
        // Thin executable: everything lives in OnsiteCLI so tests can reach it.
        .executableTarget(
            name: "onsite",
            dependencies: ["OnsiteCLI"]
        ),
        // Pure domain models; imports Foundation only.
        .target(name: "OnsiteCore"),
        // content/ on disk -> Core models, with lint.
        .target(
            name: "OnsiteContent",
            dependencies: ["OnsiteCore", .product(name: "Yams", package: "Yams")]
        ),
        // Store protocols; no database framework crosses this line.
        .target(name: "OnsiteStorage", dependencies: ["OnsiteCore"]),
        // GRDB implementation of the store protocols, plus the FTS5 search index.
        .target(
            name: "OnsiteSQLite",
            dependencies: ["OnsiteStorage", "OnsiteCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Fixed-argument wrappers for the variadic sqlite3_db_config, which Swift cannot call.
        .target(
            name: "CSQLiteShim",
            dependencies: [.product(name: "GRDBSQLite", package: "GRDB.swift")],
            linkerSettings: [.linkedLibrary("sqlite3")]
        ),
        // posix_spawn with closefrom and chdir: starting the Python sandbox fast, leaking no descriptor into it.
        .target(name: "CProcessSpawn"),
        // Runs untrusted SQL and Python and returns verdicts.
        .target(
            name: "OnsiteGrading",
            dependencies: [
                "OnsiteCore", "CSQLiteShim", "CProcessSpawn", .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources/harness.py"), .copy("Resources/forkserver.py")]
        ),
        // AWS hands-on labs: the local emulator's lifecycle, a small AWS client (SigV4, JSON, Query and REST-XML),
        // and the checks that read a lab's result through the real AWS APIs.
        .target(
            name: "OnsiteLabs",
            dependencies: [
                "OnsiteCore", "OnsiteStorage", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "XMLCoder", package: "XMLCoder"),
            ]
        ),
        // The web app: Hummingbird routes, Mustache templates and static assets; stores are injected.
        .target(
            name: "OnsiteWeb",
            dependencies: [
                "OnsiteCore", "OnsiteContent", "OnsiteStorage", "OnsiteGrading", "OnsiteLabs",
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Ink", package: "Ink"),
            ],
            resources: [.copy("Resources/templates"), .copy("Resources/static")]
        ),
        // The command tree and the composition root.
        .target(
            name: "OnsiteCLI",
            dependencies: [
                "OnsiteCore", "OnsiteContent", "OnsiteStorage", "OnsiteSQLite", "OnsiteGrading", "OnsiteWeb", "OnsiteLabs",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        // Benchmarks: figures and ratios against a floor measured in the same run.
        .executableTarget(
            name: "onsite-bench",
            dependencies: [
                "OnsiteCore", "OnsiteContent", "OnsiteGrading", "OnsiteStorage", "OnsiteSQLite",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "OnsiteTestSupport",
            dependencies: ["OnsiteCore"],
            path: "Sources/OnsiteTestSupport"
        ),
        // Plan, checklist and readiness tests run on the shipped catalog, so they load it through OnsiteContent.
        .testTarget(name: "OnsiteCoreTests", dependencies: ["OnsiteCore", "OnsiteContent", "OnsiteTestSupport"]),
        .testTarget(name: "OnsiteGradingTests", dependencies: ["OnsiteGrading", "OnsiteContent", "OnsiteTestSupport"]),
        .testTarget(
            name: "OnsiteContentTests",
            dependencies: ["OnsiteContent", "OnsiteTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "OnsiteSQLiteTests", dependencies: ["OnsiteSQLite", "OnsiteTestSupport"]),
        .testTarget(name: "OnsiteLabsTests", dependencies: ["OnsiteLabs", "OnsiteContent", "OnsiteTestSupport"]),
        .testTarget(name: "OnsiteCLITests", dependencies: ["onsite", "OnsiteTestSupport", "OnsiteCore", "OnsiteStorage", "OnsiteSQLite"]),
        .testTarget(
            name: "OnsiteWebTests",
            dependencies: ["OnsiteWeb", "OnsiteSQLite", "OnsiteContent", "OnsiteTestSupport", "OnsiteLabs",
                           .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
