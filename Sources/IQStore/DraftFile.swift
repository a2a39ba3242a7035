import Foundation
#if canImport(Glibc)
import Glibc
#endif
import IQCore

/// The open form's draft of one session, a small binary property list replaced whole (0600,
/// never through a symlink) each time the form rests for a moment.
public struct DraftFile: Sendable {
    public let path: String

    public init(journal: String) { path = JournalSession.draftPath(journal: journal) }

    public func write(_ draft: FormDraft) throws(SnapshotError) {
        let purpose = draft.purpose.draftName
        var head: [(String, PlistValue)] = [("at", .date(draft.at)), ("purpose", .string(purpose.name))]
        if let id = purpose.id { head.append(("id", .string(id))) }
        let fields: [PlistValue] = draft.values.map { v in
            var pairs: [(String, PlistValue)] = [("key", .string(v.key))]
            if let text = v.text { pairs.append(("text", .string(text))) }
            if let choice = v.choice { pairs.append(("choice", .string(choice))) }
            if let on = v.isOn { pairs.append(("on", .bool(on))) }
            return .dict(pairs)
        }
        try SnapshotFile(path: path).write(BinaryPlist.encode(.dict(head + [("fields", .array(fields))])), keepBackup: false)
    }

    /// The draft, or nil when there is none (or it cannot be read).
    public func read() -> FormDraft? {
        guard let (bytes, _) = try? SnapshotFile.readAll(path), let value = try? BinaryPlist.decode(bytes),
              case .date(let at)? = value["at"], case .string(let name)? = value["purpose"],
              case .array(let items)? = value["fields"] else { return nil }
        var id: String?
        if case .string(let s)? = value["id"] { id = s }
        guard let purpose = FormPurpose(draftName: name, id: id) else { return nil }
        let values = items.compactMap { item -> FormDraft.Value? in
            guard case .string(let key)? = item["key"] else { return nil }
            var v = FormDraft.Value(key: key)
            if case .string(let t)? = item["text"] { v.text = t }
            if case .string(let c)? = item["choice"] { v.choice = c }
            if case .bool(let b)? = item["on"] { v.isOn = b }
            return v
        }
        return FormDraft(purpose: purpose, values: values, at: at)
    }

    /// Deletes the draft, and the temporary file of a write its program was killed in.
    public func discard() {
        unlink(path)
        let name = (path as NSString).lastPathComponent + ".tmp-"
        let directory = (path as NSString).deletingLastPathComponent
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? [] where entry.hasPrefix(name) {
            unlink((directory.isEmpty ? "" : directory + "/") + entry)
        }
    }
}
