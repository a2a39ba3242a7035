import Foundation
import IQCore
import IQStore

/// `iq-tui export partners [--format csv|json|vcard]` and `iq-tui import partners FILE [--skip-invalid]`.
///
/// Export writes to standard output, sorted by name; without a data file it exports the built-in
/// network data. CSV gets a UTF-8 byte order mark so that Excel reads the umlauts.
///
/// Import reads a CSV file (rules in PartnerExchange.swift), prints every error and warning with
/// its line on standard error, and writes nothing when any row has an error — unless
/// `--skip-invalid`, which imports the valid rows. The data file is changed under its lock: load,
/// apply the rows to what is there now, write in the file's format (with a backup), so a running
/// iq-tui merges the change like any other person's save. Exit 0: done (also with skipped rows),
/// 1: nothing imported.
enum PartnerCommands {
    static func export(path: String, format: LaunchOptions.ExportFormat, language: Language) -> Int32 {
        let file = SnapshotFile(path: path)
        let document: Document
        do {
            document = try file.load().document
        } catch {
            if case .missing = error {
                printError(PartnerExchangeText.exportFromSeed(path).text(language))
                document = Seed.document
            } else {
                printError(error.message.text(language))
                return 1
            }
        }
        let partners = PartnerExchange.sortedByName(document.partners.items)
        let text = switch format {
        case .csv: PartnerExchange.csv(partners, language: language, byteOrderMark: true)
        case .json: PartnerExchange.json(partners)
        case .vcard: PartnerExchange.vcard(partners, language: language)
        }
        writeOut(text, forPerson: false)
        return 0
    }

    static func importCSV(from file: String, into path: String, skipInvalid: Bool, user: String, language: Language, readOnly: Bool) -> Int32 {
        if readOnly {
            printError(PartnerExchangeText.importReadOnly.text(language))
            return 1
        }
        let text: String
        switch readText(file) {
        case .success(let t): text = t
        case .failure(let failure):
            printError(failure.message.text(language))
            return 1
        }
        let newID = { RecordID(UUID().uuidString.lowercased()) }
        guard let (final, created) = DataFile.importRecords(
            into: path, user: user, language: language,
            run: { PartnerExchange.importCSV(text, existing: $0, now: $1, user: user, newID: newID) },
            hasWork: { !$0.accepted(skipInvalid: skipInvalid).isEmpty },
            apply: { result, document in for p in result.accepted(skipInvalid: skipInvalid) { document.partners.put(p) } }
        ) else { return 1 }
        if created { printError(StoreText.statusCreated(path).text(language)) }
        ImportOutput.report(final, file: file, skipInvalid: skipInvalid, summary: PartnerExchangeText.importSummary, language: language)
        return ImportOutput.exitCode(final, nothingAccepted: final.accepted(skipInvalid: skipInvalid).isEmpty)
    }

    // MARK: Steps

    private struct ReadFailure: Error {
        var message: Message
        init(_ message: Message) { self.message = message }
    }

    /// The file as UTF-8 text, or why not.
    private static func readText(_ path: String) -> Result<String, ReadFailure> {
        let bytes: [UInt8]
        do {
            bytes = try SnapshotFile(path: path).read().0
        } catch {
            switch error {
            case .missing: return .failure(ReadFailure(PartnerExchangeText.importFileMissing(path)))
            case .unreadable(_, let e): return .failure(ReadFailure(PartnerExchangeText.importFileUnreadable(path, SnapshotError.describe(errno: e))))
            default: return .failure(ReadFailure(error.message))
            }
        }
        if let bad = firstInvalidUTF8(bytes) {
            let line = bytes[..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            return .failure(ReadFailure(PartnerExchangeText.importNotUTF8(path, String(line))))
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// The offset of the first byte that is not valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
