/// The two encodings of a snapshot: binary (default, fast, exact dates) or XML (readable,
/// diffable; dates to whole seconds).
public enum SnapshotFormat: String, CaseIterable, Sendable {
    case binary, xml

    /// Binary plists start with "bplist"; anything else is taken for XML.
    public static func detect(_ bytes: [UInt8]) -> SnapshotFormat {
        bytes.starts(with: Array("bplist".utf8)) ? .binary : .xml
    }
}
