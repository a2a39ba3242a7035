// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "iq-tui",
    targets: [
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "IQCore", path: "Sources/IQCore"),
        .target(name: "IQTUI", dependencies: ["IQCore", "CNcurses"], path: "Sources/IQTUI"),
        .executableTarget(name: "iq-tui", dependencies: ["IQCore", "IQTUI"], path: "Sources/iq-tui"),
        // Tools beside the program: measurements and the abuse the store must survive.
        .executableTarget(name: "iq-bench", dependencies: ["IQCore", "IQTUI"], path: "Benchmarks/iq-bench"),
        .executableTarget(name: "iq-torture", dependencies: ["IQCore"], path: "Benchmarks/iq-torture"),
        // The robustness harness (Benchmarks/robustness.sh): random actions into the reducer.
        .executableTarget(name: "iq-harness", dependencies: ["IQCore", "IQTUI"], path: "Benchmarks/iq-harness"),
        .testTarget(name: "IQCoreTests", dependencies: ["IQCore"], path: "Tests/IQCoreTests", exclude: ["Fixtures"]),
        .testTarget(name: "IQTUITests", dependencies: ["IQTUI", "IQCore"], path: "Tests/IQTUITests", exclude: ["Goldens"]),
    ],
    swiftLanguageModes: [.v6]
)
