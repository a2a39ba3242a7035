import Foundation
import IQCore
import IQStore

/// A home of its own for a program on the pseudo-terminal: the directories it is pointed at
/// and, for iq-tui, a data file written beforehand (so no run writes the file it starts with).
struct Setup {
    /// "100k cases".
    let name: String
    /// "100k cases (28 MB file)".
    let label: String
    let home: String
    let environment: [String: String]

    /// The environment every program on the pseudo-terminal gets: a home, a terminal, UTF-8.
    static func environment(home: String) -> [String: String] {
        var environment = ["HOME": home, "XDG_DATA_HOME": "\(home)/data", "XDG_CONFIG_HOME": "\(home)/config",
                           "TERM": "xterm-256color", "LANG": "C.UTF-8", "USER": "bench", "LOGNAME": "bench"]
        environment["PATH"] = ProcessInfo.processInfo.environment["PATH"]
        return environment
    }

    /// An empty home `name` under `directory`, for a peer.
    static func empty(in directory: String, name: String) -> Setup? {
        let home = "\(directory)/home-\(name)"
        guard (try? FileManager.default.createDirectory(atPath: "\(home)/config", withIntermediateDirectories: true)) != nil else { return nil }
        return Setup(name: name, label: name, home: home, environment: environment(home: home))
    }

    /// A home for iq-tui with `document` as its data file; nil when it cannot be written. A home
    /// of the same name made before in this run is taken as it is (the data is the same).
    static func iqTUI(in directory: String, name: String, document: @autoclosure () -> Document) -> Setup? {
        let home = "\(directory)/home-\(name.replacingOccurrences(of: " ", with: "-"))"
        let file = SnapshotFile(path: "\(home)/data/iq-tui/iq-tui.plist")
        if !FileManager.default.fileExists(atPath: file.path) {
            do {
                try FileManager.default.createDirectory(atPath: "\(home)/data/iq-tui", withIntermediateDirectories: true)
                try FileManager.default.createDirectory(atPath: "\(home)/config", withIntermediateDirectories: true)
                try file.write(SnapshotCodec.encode(document(), format: .binary, savedAt: Date(), savedBy: "bench"))
            } catch {
                return nil
            }
        }
        let megabytes = Double((try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0) / 1_048_576
        let size = megabytes < 1 ? String(format: "%.1f", megabytes) : String(format: "%.0f", megabytes)
        return Setup(name: name, label: "\(name) (\(size) MB file)", home: home, environment: environment(home: home))
    }

    /// 1000 as "1k", 100000 as "100k".
    static func short(_ n: Int) -> String {
        n >= 1_000 && n % 1_000 == 0 ? "\(n / 1_000)k" : String(n)
    }
}

/// The programs on the pseudo-terminal.
enum Programs {
    /// iq-tui in the directory of this program (the same build).
    static func iqTUI() -> String? {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let path = URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("iq-tui").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// iq-tui's own arguments: no configuration file where it has the option.
    static func iqTUIArguments(_ program: String) -> [String] {
        helpMentions(program, "--no-config") ? ["--no-config"] : []
    }

    /// `name` on the PATH, or nil.
    static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether `program --help` mentions `option`.
    static func helpMentions(_ program: String, _ option: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["--help"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).contains(option)
    }

    static let missing = "skipped: no iq-tui next to iq-bench (build it: swift build -c release --static-swift-stdlib --product iq-tui)"
}
