import Foundation
import IQCore

/// `iq-tui check [FILE]`: reads a snapshot and says whether it is sound. Never writes.
enum CheckCommand {
    static func run(path: String, language: Language) -> Int32 {
        let file = SnapshotFile(path: path)
        do {
            let loaded = try file.load()
            let d = loaded.document
            print(Message(.checkOK, path, String(loaded.header.formatVersion), loaded.format.rawValue,
                          String(d.partners.count), String(d.sites.count), String(d.measures.count),
                          GermanDate.dateTime(loaded.header.savedAt, language), loaded.header.savedBy).text(language))
            return 0
        } catch {
            FileHandle.standardError.write(Data((error.message.text(language) + "\n").utf8))
            return 1
        }
    }
}
