// swift-tools-version:6.1
import PackageDescription

/// Modules are listed bottom-up; dependencies point one way, downward (see README, Architecture).
let package = Package(
    name: "HandsOn",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "handson", targets: ["handson"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // System libraries.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        .systemLibrary(
            name: "CBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"]), .brew(["openblas"])]
        ),

        // Libraries.
        .target(name: "Diagnostics"),
        .target(name: "Plotting"),
        .target(name: "Notebook", dependencies: ["Diagnostics", "CCmarkGFM"]),
        .target(
            name: "CellLanguage",
            dependencies: [
                "Diagnostics", "Plotting",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftOperators", package: "swift-syntax"),
                .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
            ],
            // The interpreter's frames are class-held arrays mutated in place; its accesses are
            // exclusive by construction, so the run-time exclusivity checks only cost time.
            swiftSettings: [.unsafeFlags(["-O", "-enforce-exclusivity=unchecked"])]
        ),
        .target(
            name: "HTMLRendering",
            dependencies: [
                "Notebook", "Diagnostics", "Plotting",
                .product(name: "SwiftIDEUtils", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftSyntax", package: "swift-syntax"),
            ]
        ),
        .target(name: "Runner", dependencies: ["Notebook", "CellLanguage", "HTMLRendering", "Diagnostics"]),
        .executableTarget(
            name: "handson",
            dependencies: ["Runner", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Benchmarks (release builds; see BENCHMARKS.md).
        .executableTarget(name: "PlotBench", dependencies: ["Plotting"], path: "bench/PlotBench"),
        .executableTarget(name: "cell-fuzz", dependencies: ["CellLanguage", "Diagnostics"], path: "bench/CellFuzz"),

        // Tests mirror the modules.
        .testTarget(name: "PlottingTests", dependencies: ["Plotting"], exclude: ["__Snapshots__"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook"]),
        .testTarget(name: "CellLanguageTests", dependencies: ["CellLanguage"], resources: [.copy("Fixtures")]),
        .testTarget(name: "HTMLRenderingTests", dependencies: ["HTMLRendering", "Notebook"]),
        .testTarget(name: "RunnerTests", dependencies: ["Runner"]),
        .testTarget(name: "ChapterTests", dependencies: ["Runner"]),
        // Runs the built executable; depending on it makes `swift build --build-tests` build it.
        .testTarget(name: "HandsOnCLITests", dependencies: ["handson"]),
    ],
    swiftLanguageModes: [.v5]
)
