// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "iq-tui",
    // PostgreSQL as the shared store (issue 18): libpq is compiled in and linked only with
    // `swift build --traits PostgreSQL`; the default build needs nothing beyond ncurses.
    traits: [.trait(name: "PostgreSQL", description: "The PostgreSQL store and the db commands (needs libpq-dev)")],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        .systemLibrary(
            name: "CLibPQ",
            path: "Sources/CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        // The pure core: state, reducers, codecs. No file or process work (that is IQStore's).
        .target(name: "IQCore", path: "Sources/IQCore"),
        // The file and process work: snapshot file, journals, locks, config file, StoreWorker.
        .target(name: "IQStore", dependencies: ["IQCore"], path: "Sources/IQStore"),
        // The terminal; it is handed the store's work, so it does not depend on IQStore.
        .target(name: "IQTUI", dependencies: ["IQCore", "CNcurses"], path: "Sources/IQTUI"),
        // The database work: schema, migrations, rows <-> records. Without the trait only its pure
        // parts are built and the db commands say how to get them.
        .target(name: "IQPostgres", dependencies: ["IQCore", .target(name: "CLibPQ", condition: .when(traits: ["PostgreSQL"]))],
                path: "Sources/IQPostgres"),
        .executableTarget(name: "iq-tui", dependencies: ["IQCore", "IQStore", "IQTUI", "IQPostgres"], path: "Sources/iq-tui"),
        // Tools beside the program: measurements and the abuse the store must survive.
        // IQRandom: repeatable random numbers for them and the tests, never for the program.
        .target(name: "IQRandom", path: "Benchmarks/IQRandom"),
        .executableTarget(name: "iq-bench", dependencies: ["IQCore", "IQStore", "IQTUI", "IQPostgres", "IQRandom"], path: "Benchmarks/iq-bench"),
        .executableTarget(name: "iq-torture", dependencies: ["IQCore", "IQStore"], path: "Benchmarks/iq-torture"),
        // The robustness harness (Benchmarks/robustness.sh): random actions into the reducer.
        .executableTarget(name: "iq-harness", dependencies: ["IQCore", "IQStore", "IQTUI", "IQRandom"], path: "Benchmarks/iq-harness"),
        // Shared by the test targets: running the built programs (iq-tui, iq-torture), random actions.
        .target(name: "IQTestSupport", dependencies: ["IQCore", "IQRandom"], path: "Tests/IQTestSupport"),
        .testTarget(name: "IQCoreTests", dependencies: ["IQCore", "IQRandom", "IQTestSupport"], path: "Tests/IQCoreTests"),
        // The file work: snapshot files, journals, locks, crashes, the commands that write.
        .testTarget(name: "IQStoreTests", dependencies: ["IQStore", "IQCore", "IQRandom", "IQTestSupport"], path: "Tests/IQStoreTests",
                    exclude: ["Fixtures"]),
        // Runs against a server only when IQ_TEST_PG names one (.ci/postgres-cluster starts one).
        .testTarget(name: "IQPostgresTests", dependencies: ["IQPostgres", "IQCore", "IQTestSupport"], path: "Tests/IQPostgresTests"),
        .testTarget(name: "IQTUITests", dependencies: ["IQTUI", "IQCore", "IQRandom"], path: "Tests/IQTUITests", exclude: ["Goldens"]),
    ],
    swiftLanguageModes: [.v6]
)
