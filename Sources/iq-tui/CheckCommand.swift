import Foundation
import IQCore
import IQStore

/// `iq-tui check [FILE]`: reads a snapshot and says whether it is sound. Never writes.
enum CheckCommand {
    static func run(path: String, language: Language) -> Int32 {
        let file = SnapshotFile(path: path)
        do {
            let loaded = try file.load()
            let d = loaded.document
            let n = { (count: Int) in NumberFormat.integer(count, language) }
            printOut(Message(.checkOK, path, String(loaded.header.formatVersion), loaded.format.rawValue,
                             n(d.partners.count), n(d.sites.count), n(d.measures.count),
                             GermanDate.dateTime(loaded.header.savedAt, language), loaded.header.savedBy).text(language))
            return 0
        } catch {
            printError(error.message.text(language))
            return 1
        }
    }
}
