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
        .testTarget(name: "IQCoreTests", dependencies: ["IQCore"], path: "Tests/IQCoreTests"),
        .testTarget(name: "IQTUITests", dependencies: ["IQTUI", "IQCore"], path: "Tests/IQTUITests", exclude: ["Goldens"]),
    ],
    swiftLanguageModes: [.v6]
)
