// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "microcred",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "microcred", targets: ["microcred"]),
        .executable(name: "microcred-bench", targets: ["microcred-bench"]),
        .library(name: "MicrocredCore", targets: ["MicrocredCore"]),
        .library(name: "MicrocredKit", targets: ["MicrocredKit"]),
        .library(name: "CSVStream", targets: ["CSVStream"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibCSV",
            providers: [.apt(["libcsv-dev"])]
        ),
        .target(
            name: "CSVStream",
            dependencies: ["CLibCSV"]
        ),
        // libxml2's SAX2 push parser, for the sheets of .xlsx workbooks.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Pure: the model, the proposal model, analysis and design rules. It
        // depends on nothing, so the compiler keeps file I/O, YAML and CSV out.
        .target(name: "MicrocredCore"),
        // The edges: configuration, datasets, proposal parsing, the pipeline
        // and rendering.
        .target(
            name: "MicrocredKit",
            dependencies: [
                "MicrocredCore",
                "CSVStream",
                "CLibXML2",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "microcred",
            dependencies: [
                "MicrocredCore",
                "MicrocredKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "microcred-bench",
            dependencies: ["MicrocredCore", "MicrocredKit", "CSVStream", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .executableTarget(
            name: "microcred-fuzz",
            dependencies: ["MicrocredCore", "MicrocredKit", "CSVStream"]
        ),
        .testTarget(name: "CSVStreamTests", dependencies: ["CSVStream"]),
        // Shared test helpers: real-data access, temporary folders, golden files.
        .target(
            name: "MicrocredTestSupport",
            dependencies: ["MicrocredCore", "MicrocredKit"],
            path: "Tests/MicrocredTestSupport"
        ),
        // Synthetic unit tests: small made-up inputs, no real datasets.
        .testTarget(
            name: "MicrocredKitTests",
            dependencies: ["MicrocredCore", "MicrocredKit", "MicrocredTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")]
        ),
        // Tests on the real datasets (read through MICROCRED_DATA_PATH) and the golden example reports.
        .testTarget(
            name: "MicrocredRealDataTests",
            dependencies: ["MicrocredCore", "MicrocredKit", "MicrocredTestSupport"]
        ),
        .testTarget(name: "MicrocredCLITests", dependencies: ["MicrocredCore", "MicrocredKit"]),
    ],
    swiftLanguageModes: [.v6]
)
