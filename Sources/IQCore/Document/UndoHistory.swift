/// Undo and redo for document edits. Each step stores the inverse edit (the records it
/// touched), never a copy of the document; the number of steps is bounded.
public struct UndoHistory: Equatable, Sendable {
    public struct Step: Equatable, Sendable {
        public var edit: DocumentEdit
        public var label: Message
    }

    public private(set) var undoSteps: [Step] = []
    public private(set) var redoSteps: [Step] = []
    public let limit: Int

    public init(limit: Int = 200) { self.limit = limit }

    public var canUndo: Bool { !undoSteps.isEmpty }
    public var canRedo: Bool { !redoSteps.isEmpty }

    /// Applies a new edit; clears the redo path, as every editor does.
    public mutating func perform(_ edit: DocumentEdit, label: Message, on document: inout Document) {
        let inverse = document.apply(edit)
        undoSteps.append(Step(edit: inverse, label: label))
        if undoSteps.count > limit { undoSteps.removeFirst(undoSteps.count - limit) }
        redoSteps.removeAll()
    }

    /// Undoes the last edit; returns its label, or nil when there is nothing to undo.
    public mutating func undo(on document: inout Document) -> Message? {
        guard let step = undoSteps.popLast() else { return nil }
        let redo = document.apply(step.edit)
        redoSteps.append(Step(edit: redo, label: step.label))
        return step.label
    }

    /// Drops every step that holds a copy of this record (after a purge: deleted means gone).
    public mutating func forget(_ kind: RecordKind, _ id: RecordID) {
        func touches(_ edit: DocumentEdit) -> Bool {
            switch edit {
            case .put(let r), .insert(let r, _): r.kind == kind && r.id == id
            case .remove(let k, let i): k == kind && i == id
            case .batch(let edits): edits.contains(where: touches)
            }
        }
        undoSteps.removeAll { touches($0.edit) }
        redoSteps.removeAll { touches($0.edit) }
    }

    public mutating func redo(on document: inout Document) -> Message? {
        guard let step = redoSteps.popLast() else { return nil }
        let undo = document.apply(step.edit)
        undoSteps.append(Step(edit: undo, label: step.label))
        return step.label
    }
}
