import Foundation
import IQCore
import IQTUI

/// What must hold after every action, whatever came before. Each check returns a description
/// of the violation, or nil.
enum Invariants {
    /// The state on its own: cursors, detail views, forms, overlays, tables.
    static func state(_ s: AppState) -> String? {
        for pane in s.visiblePanes {
            let count = s.rowCount(pane)
            let c = s[pane].cursor
            if count == 0 ? c.selected != 0 : !(0..<count).contains(c.selected) {
                return "pane \(pane): cursor \(c.selected) outside its \(count) rows"
            }
            if s[pane].detailScroll < 0 { return "pane \(pane): detail scrolled to \(s[pane].detailScroll)" }
            if s[pane].isDetailOpen {
                if pane == .partners {
                    if s.directory.path.isEmpty { return "partner detail open without a partner on its path" }
                    if let gone = s.directory.path.first(where: { s.document.partners[$0] == nil }) {
                        return "partner detail path holds the deleted partner \(gone)"
                    }
                    if s.directory.pathCursors.count != s.directory.path.count - 1 {
                        return "partner path of \(s.directory.path.count) with \(s.directory.pathCursors.count) saved relation cursors"
                    }
                    if let shown = s.directory.path.last {
                        // The cursor walks the relation rows: group headings and the relations of open groups.
                        let rows = PartnerNetwork.rows(of: shown, in: s.document, folded: s.directory.foldedRelations).count
                        if rows > 0 ? !(0..<rows).contains(s.directory.relationCursor) : s.directory.relationCursor != 0 {
                            return "relation cursor \(s.directory.relationCursor) outside the \(rows) relation rows"
                        }
                    }
                } else if count == 0 {
                    return "pane \(pane): detail open with no rows"
                }
            }
        }
        if s.helpScroll < 0 { return "help scrolled to \(s.helpScroll)" }
        if let palette = s.palette, palette.selection < 0 { return "palette selection \(palette.selection)" }
        if let form = s.form {
            guard form.fields.indices.contains(form.focus) else { return "form focus \(form.focus) outside its \(form.fields.count) fields" }
            if !form.fields[form.focus].isEditable { return "form focus on a heading (\(form.draftNames[form.focus]))" }
            if let missing = missingRecord(form.purpose, s.document) { return "form \(form.purpose) open for a record that is gone: \(missing)" }
        }
        switch s.overlay {
        case .confirmDelete(let id)? where s.document.partners[id] == nil:
            return "delete question open for the partner \(id), which is gone"
        case .confirmPurge(let id)? where s.document.cases[id] == nil:
            return "purge question open for the case \(id), which is gone"
        case .confirmRemove(let kind, let id)? where s.document.record(kind, id) == nil:
            return "remove question open for the \(kind) \(id), which is gone"
        case .conflict? where s.store.conflicts.isEmpty:
            return "conflict dialog open without a conflict"
        case .recovery? where s.store.recovery == nil:
            return "recovery question open without a journal"
        default:
            break
        }
        return nil
    }

    static func missingRecord(_ purpose: FormPurpose, _ d: Document) -> String? {
        switch purpose {
        case .editPartner(let id): d.partners[id] == nil ? "partner \(id)" : nil
        case .editCase(let id), .caseStatus(let id), .caseAppointment(let id), .caseReferral(let id), .changeAppointment(let id, _): d.cases[id] == nil ? "case \(id)" : nil
        case .editMeasure(let id): d.measures[id] == nil ? "measure \(id)" : nil
        case .editPayment(let id): d.payments[id] == nil ? "payment \(id)" : nil
        case .newPartner, .partnerFilter, .newCase, .caseFilter, .newMeasure, .newPayment: nil
        }
    }

    /// Every table: unique ids, and the id index finds each record where it is.
    static func tables(_ d: Document) -> String? {
        func check<R: Record>(_ table: RecordTable<R>, _ name: String) -> String? {
            var seen = Set<RecordID>()
            for r in table.items {
                if !seen.insert(r.id).inserted { return "\(name): the id \(r.id) twice" }
                if table[r.id] != r { return "\(name): the index does not find \(r.id)" }
            }
            return nil
        }
        return check(d.partners, "partners") ?? check(d.sites, "sites") ?? check(d.measures, "measures")
            ?? check(d.cases, "cases") ?? check(d.payments, "payments")
    }

    /// Two documents hold the same records (order aside).
    static func sameRecords(_ a: Document, _ b: Document) -> String? {
        func check<R: Record>(_ x: RecordTable<R>, _ y: RecordTable<R>, _ name: String) -> String? {
            if x == y { return nil }
            let ys = Dictionary(y.items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            if x.count != y.count { return "\(name): \(x.count) records against \(y.count)" }
            for r in x.items where ys[r.id] != r { return "\(name): \(r.id) differs" }
            return nil
        }
        return check(a.partners, b.partners, "partners") ?? check(a.sites, b.sites, "sites") ?? check(a.measures, b.measures, "measures")
            ?? check(a.cases, b.cases, "cases") ?? check(a.payments, b.payments, "payments")
    }

    /// Where two documents with the same records order them differently.
    static func orderDifference(_ a: Document, _ b: Document) -> String? {
        func check<R: Record>(_ x: RecordTable<R>, _ y: RecordTable<R>, _ name: String) -> String? {
            let xs = x.items.map(\.id), ys = y.items.map(\.id)
            guard xs != ys, let i = zip(xs, ys).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset else { return nil }
            return "\(name): \(xs[i]) at \(i) against \(ys[i])"
        }
        return check(a.partners, b.partners, "partners") ?? check(a.sites, b.sites, "sites") ?? check(a.measures, b.measures, "measures")
            ?? check(a.cases, b.cases, "cases") ?? check(a.payments, b.payments, "payments")
    }

    /// The frame: exactly the size asked for; on list screens no person's name.
    /// The render state after a frame: every list shown has its selection on the page.
    static func view(_ view: ViewState, state s: AppState, layout: ScreenLayout) -> String? {
        guard !layout.isTooSmall else { return nil }
        for pane in layout.panes.keys.sorted() {
            let offset = view.offset(of: pane), selected = s[pane].cursor.selected, page = layout.listPage
            if offset < 0 || offset > selected || selected >= offset + page {
                return "pane \(pane): selection \(selected) not on the page shown (offset \(offset), page \(page))"
            }
        }
        if let end = view.scrollEnd, end < 0 { return "scroll end \(end)" }
        return nil
    }

    static func frame(_ canvas: Canvas, size: Size, state s: AppState, names: [String]) -> String? {
        if canvas.width != max(0, size.width) || canvas.height != max(0, size.height) {
            return "frame of \(canvas.width)×\(canvas.height) for a terminal of \(size.width)×\(size.height)"
        }
        if canvas.cells.count != canvas.width * canvas.height { return "frame with \(canvas.cells.count) cells" }
        if let problem = cells(canvas) { return problem }
        if let i = canvas.cells.firstIndex(where: { $0.glyph.unicodeScalars.contains(where: isTerminalControl) }) {
            let scalars = canvas.cells[i].glyph.unicodeScalars.map { String(format: "U+%04X", $0.value) }.joined(separator: " ")
            return "the cell at \(i % max(1, canvas.width)),\(i / max(1, canvas.width)) holds a control character (\(scalars))"
        }
        // Where a name may be shown: the open case (when its pane is on screen) and the case form.
        if let form = s.form {
            switch form.purpose {
            case .newCase, .editCase, .caseStatus, .caseAppointment, .caseReferral: return nil
            default: break
            }
        }
        if s[.cases].isDetailOpen, !s.isZoomed || s.focus == .cases { return nil }
        // Every generated name starts with "Qx": look for that pair of cells before any text.
        let cells = canvas.cells
        guard cells.indices.dropLast().contains(where: { cells[$0].glyph == "Q" && cells[$0 + 1].glyph == "x" }) else { return nil }
        let text = canvas.text()
        for name in names where text.contains(name) {
            return "the name \(name) is on the screen (\(s.overlay.map { "overlay \($0)" } ?? "a list screen"))"
        }
        return nil
    }

    /// Every cell can be handed to ncurses as it is — a spacing character of the cell's width and
    /// up to four of width 0, no control character — and a continuation only follows a wide
    /// cell: so the terminal stays in step with the frame.
    static func cells(_ canvas: Canvas) -> String? {
        for y in 0..<canvas.height {
            for x in 0..<canvas.width {
                let cell = canvas[x, y]
                if cell.isContinuation {
                    if x == 0 || canvas[x - 1, y].width != 2 { return "a continuation cell at \(x),\(y) without a wide glyph" }
                    continue
                }
                let utf8 = cell.glyph.utf8
                if cell.width == 1, utf8.count == 1, let b = utf8.first, b >= 0x20, b < 0x7F { continue } // plain ASCII
                var count = 0
                var fits = true
                for scalar in cell.glyph.unicodeScalars {
                    let w = TextWidth.of(scalar)
                    fits = fits && (count == 0 ? w == cell.width : w == 0 && scalar.properties.generalCategory != .control)
                    count += 1
                }
                fits = fits && count > 0 && count <= Grapheme.maxScalarsPerCell
                if !fits {
                    return "cell \(x),\(y) holds \(cell.glyph.unicodeScalars.map { String($0.value, radix: 16) }) in \(cell.width) columns"
                }
            }
        }
        return nil
    }

    /// What must never reach the terminal from data: C0 and C1 controls (ESC starts a sequence),
    /// DEL, and the bidi embeddings, overrides and isolates that reorder what follows them.
    static func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// The statistics hide every count from 1 to 4, in the figures and in the view's lines.
    static func statistics(_ s: AppState) -> String? {
        let stats = CaseStatistics.compute(s.document, year: s.budgets.year, language: s.language)
        func small(_ c: ShownCount) -> Bool { c.value.map { $0 > 0 && $0 < Suppression.threshold } ?? false }
        if small(stats.total) { return "statistics show the total \(stats.total)" }
        for b in stats.breakdowns {
            if small(b.total) { return "statistics \(b.dimension): total \(b.total)" }
            if let c = b.categories.first(where: { small($0.shown) }) { return "statistics \(b.dimension): \(c.label) shown as \(c.shown)" }
        }
        for line in StatisticsView.lines(s, year: s.budgets.year) {
            if case .heading(let text) = line.kind, text == StatisticsText.statsReference.text(s.language) { break }
            if case .bar(let chart, let row) = line.kind, ["1", "2", "3", "4"].contains(chart.bars[row].text.trimmingCharacters(in: .whitespaces)) {
                return "statistics view: the bar \(chart.bars[row].label) reads \(chart.bars[row].text)"
            }
        }
        return nil
    }
}
