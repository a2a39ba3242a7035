import Foundation

extension DocumentEdit {
    /// The record a single (flattened) edit touches.
    package var ref: RecordRef? {
        switch self {
        case .put(let r), .insert(let r, _): RecordRef(r.kind, r.id)
        case .remove(let k, let id): RecordRef(k, id)
        case .batch: nil
        }
    }
}
