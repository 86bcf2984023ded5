// swift-tools-version:6.1
import PackageDescription

#if canImport(Foundation)
    import Foundation
#endif

/// The vector instruction set of this machine, for the engine's kernels (AVX-512 where the CPU
/// has it, else AVX2 + FMA; nothing special elsewhere).
func hostCPUFlags() -> [String] {
    #if os(Linux) && arch(x86_64) && canImport(Foundation)
        guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
            let line = info.split(separator: "\n").first(where: { $0.hasPrefix("flags") })
        else { return [] }
        let flags = Set(line.split(separator: " ").map(String.init))
        if flags.isSuperset(of: ["avx512f", "avx512bw", "avx512vl", "avx512dq"]) {
            return ["-target-cpu", "skylake-avx512"]
        }
        if flags.isSuperset(of: ["avx2", "fma", "bmi2"]) { return ["-target-cpu", "haswell"] }
    #endif
    return []
}

/// Conditions for code that uses a vector instruction set directly (`#if HANDSON_AVX512`).
func hostCPUDefines() -> [String] {
    switch hostCPUFlags().last {
    case "skylake-avx512": return ["-D", "HANDSON_AVX512"]
    case "haswell": return ["-D", "HANDSON_AVX2"]
    default: return []
    }
}

/// The engine is compiled optimized even in debug builds, so `make test` and `make render` stay fast.
let engineFlags: [SwiftSetting] = [
    .unsafeFlags(["-Ounchecked", "-enforce-exclusivity=unchecked"] + hostCPUFlags())
]

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
        // The book's configuration file (book.yml).
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The preview server of `handson serve` (HTTP/1.1 over non-blocking sockets).
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
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
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        // The engine's own AVX-512 matrix-product kernels (chosen at run time; portable C).
        .target(name: "CTensorKernels", cSettings: [.unsafeFlags(["-O3"])]),
        .target(
            name: "Tensors",
            dependencies: [
                "CTensorKernels",
                .target(name: "CBLAS", condition: .when(platforms: [.linux, .windows, .android])),
            ],
            swiftSettings: engineFlags,
            linkerSettings: [.linkedFramework("Accelerate", .when(platforms: [.macOS, .iOS]))]
        ),

        // Libraries.
        // Optimized in debug builds too: optimizer updates and layers run every training step.
        .target(name: "NeuralNetwork", dependencies: ["Tensors", "CZlib"], swiftSettings: [.unsafeFlags(["-O"] + hostCPUFlags() + hostCPUDefines())]),
        .target(name: "Diagnostics"),
        .target(name: "Plotting"),
        .target(name: "Notebook", dependencies: ["Diagnostics", "CCmarkGFM"]),
        .target(
            name: "CellLanguage",
            dependencies: [
                "Diagnostics", "Plotting", "Tensors", "NeuralNetwork",
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
        .target(
            name: "Runner",
            dependencies: [
                "Notebook", "CellLanguage", "HTMLRendering", "Diagnostics", "Yams",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]),
        .executableTarget(
            name: "handson",
            dependencies: ["Runner", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Benchmarks (release builds; see BENCHMARKS.md).
        .executableTarget(name: "PlotBench", dependencies: ["Plotting"], path: "bench/PlotBench"),
        .target(name: "CPeak", path: "bench/CPeak"),
        .executableTarget(
            name: "EngineBench", dependencies: ["Tensors", "NeuralNetwork", "CPeak"], path: "bench/EngineBench",
            swiftSettings: engineFlags
        ),
        .executableTarget(name: "cell-fuzz", dependencies: ["CellLanguage", "Diagnostics"], path: "bench/CellFuzz"),
        // Renders chapters repeatedly in one process and prints resident memory (RELIABILITY.md).
        .executableTarget(name: "render-soak", dependencies: ["Runner"], path: "bench/RenderSoak"),
        // libFuzzer targets (chapter, math, cell) and their replayer; see RELIABILITY.md.
        .executableTarget(
            name: "handson-fuzz",
            dependencies: ["CellLanguage", "Diagnostics", "HTMLRendering", "Notebook"], path: "bench/Fuzz"),

        // Tests mirror the modules.
        .testTarget(name: "PlottingTests", dependencies: ["Plotting"], exclude: ["__Snapshots__"]),
        .testTarget(name: "TensorsTests", dependencies: ["Tensors"]),
        .testTarget(
            name: "NeuralNetworkTests", dependencies: ["NeuralNetwork"],
            exclude: ["Optimizers/Golden", "Layers/Golden", "Regularization/Golden"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook"]),
        .testTarget(
            name: "CellLanguageTests", dependencies: ["CellLanguage"],
            resources: [.copy("Fixtures"), .copy("Programs")]),
        .testTarget(
            name: "HTMLRenderingTests", dependencies: ["HTMLRendering", "Notebook"], exclude: ["__Snapshots__"]),
        .testTarget(name: "RunnerTests", dependencies: ["Runner"]),
        .testTarget(name: "ChapterTests", dependencies: ["Runner"]),
        // Runs the built executable; depending on it makes `swift build --build-tests` build it.
        .testTarget(name: "HandsOnCLITests", dependencies: ["handson"]),
        // Hostile chapters, data and arguments, run through the executable (RELIABILITY.md).
        .testTarget(name: "HostileInputTests", dependencies: ["handson"]),
    ],
    swiftLanguageModes: [.v5]
)
