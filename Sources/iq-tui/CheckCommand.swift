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
            printOut(CommandLineText.checkOK(path, String(loaded.header.formatVersion), loaded.format.rawValue,
                             d.partners.count, d.sites.count, d.measures.count,
                             GermanDate.dateTime(loaded.header.savedAt, language), loaded.header.savedBy).text(language))
            return 0
        } catch {
            printError(error.message.text(language))
            return 1
        }
    }
}
