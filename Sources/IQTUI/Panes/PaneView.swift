import IQCore

/// One pane: its frame with number, title and count, the filter in the bottom edge, and either
/// its list, the open record or a placeholder.
enum PaneView {
    /// `listOffset`: the first row of the list on a page of the layout's size (the view state's).
    static func draw(_ pane: Pane, _ state: AppState, listOffset: Int, in rect: Rect, on canvas: inout Canvas) {
        let focused = pane == state.focus
        let paneState = state[pane]
        // Only the focused pane's scroll end is kept: the scroll keys act on it.
        let endBefore = canvas.scrollEnd
        defer { if !focused { canvas.scrollEnd = endBefore } }
        var model = PaneModel.make(pane, state)
        // A file that could not be read leaves the lists unknown, not empty ("Noch keine Fälle").
        if case .failed = state.store.phase {
            model.placeholder = [state.t(StoreText.paneNotRead)]
            model.custom = nil
            model.caption = ""
        }
        Block.pane(title: "\(pane.number) \(model.title ?? state.t(pane.title))", focused: focused).draw(in: rect, on: &canvas)
        if model.placeholder == nil, model.custom == nil {
            let shown = model.entryCount ?? model.rows.count
            let count = shown == model.total
                ? CommonText.countEntries(model.total) : CommonText.countFiltered(shown, model.total)
            let label = " \(count.text(state.language)) "
            canvas.put(label, x: rect.maxX - 1 - TextWidth.of(label), y: rect.y, role: focused ? .titleFocused : .title)
        }
        if pane == .locations, let entry = state.locations.placeEntry {
            drawLine(prompt: " " + state.t(LocationText.placePrompt), entry, editing: focused, in: rect, on: &canvas)
        } else if paneState.isFiltering || !paneState.filter.isEmpty {
            // The facets in force stay in sight beside the search (right), given at most half the edge.
            let facets = caption(model, rect)
            let room = rect.width - 4
            let shown = facets.isEmpty || room < 24 ? "" : " \(facets) "
            let width = min(TextWidth.of(shown), room / 2)
            if width > 0 { canvas.put(shown, x: rect.maxX - 1 - width, y: rect.maxY - 1, maxWidth: width, role: .dim) }
            drawLine(prompt: " /", paneState.filter, editing: paneState.isFiltering && focused, in: rect, reserving: width, on: &canvas)
        } else if !caption(model, rect).isEmpty {
            let caption = " \(caption(model, rect)) "
            canvas.put(caption, x: rect.maxX - 1 - min(TextWidth.of(caption), rect.width - 4), y: rect.maxY - 1, maxWidth: rect.width - 4, role: .dim)
        }

        var content = Block.inner(rect)
        // Until a list names its selected row: the pane's first line (an open entry, a chart).
        if focused { canvas.focus = Point(x: content.x, y: content.y) }
        if let custom = model.custom {
            custom(content, &canvas)
            return
        }
        if let placeholder = model.placeholder {
            // Each line wraps on its own; the next starts below it.
            var y = content.y + 1
            for (i, line) in placeholder.enumerated() {
                for part in DetailView.wrap(line, width: content.width - 2, maxLines: content.height) where y < content.maxY {
                    canvas.put(part, x: content.x + 1, y: y, maxWidth: content.width - 2, role: i == 0 ? .placeholder : .dim)
                    y += 1
                }
            }
        } else if paneState.isDetailOpen, var detail = model.detail() {
            detail.scroll = paneState.detailScroll
            detail.focused = focused
            var rest = content
            let gauges = model.gauges()
            if !gauges.isEmpty, content.height > gauges.count + 4 {
                // The gauges on top, a blank row, the record under them.
                let parts = content.rows([.fixed(gauges.count), .fixed(1), .fill])
                for (gauge, row) in zip(gauges, parts[0].rows(count: gauges.count)) { gauge.draw(in: row, on: &canvas) }
                rest = parts[2]
            }
            detail.draw(in: rest, on: &canvas)
        } else if model.rows.isEmpty, model.summary().isEmpty {
            let text = paneState.filter.isEmpty ? state.t(CommonText.emptyList) : CommonText.noMatches(paneState.filter.text).text(state.language)
            canvas.put(text, x: content.x + 1, y: content.y + 1, maxWidth: content.width - 1, role: .dim)
        } else {
            drawSummary(model.summary(), in: &content, on: &canvas)
            if model.rows.isEmpty {
                let text = paneState.filter.isEmpty ? state.t(CommonText.emptyList) : CommonText.noMatches(paneState.filter.text).text(state.language)
                canvas.put(text, x: content.x + 1, y: content.y + 1, maxWidth: content.width - 1, role: .dim)
                return
            }
            var listRect = content
            if let map = model.map {
                let split = LocationsPane.split(content)
                listRect = split.list
                if let mapRect = split.map { LocationsPane.fitted(map(), to: mapRect, in: content).draw(in: mapRect, on: &canvas) }
            }
            // A list shorter than the pane's page (stacked under a map) still keeps the selection in view.
            let cursor = model.selection ?? paneState.cursor.selected
            let visible = max(1, listRect.height - 1)
            let offset = model.selection != nil ? max(0, cursor - visible + 1) : min(max(listOffset, cursor - visible + 1), cursor)
            Table(columns: model.columns, rows: model.rows, cursor: cursor, offset: offset, focused: focused).draw(in: listRect, on: &canvas)
            markSelection(cursor, offset: offset, count: model.rows.count, list: listRect, frame: rect, focused: focused, on: &canvas)
        }
    }

    /// Summary lines (headings and meters) above a list, with a blank line after them, when
    /// the list keeps at least four rows and the meters their labels; `content` shrinks to what
    /// is left.
    static func drawSummary(_ lines: [PaneModel.SummaryLine], in content: inout Rect, on canvas: inout Canvas) {
        // Narrower, a meter loses its label and bar: a list says more then.
        guard !lines.isEmpty, content.height >= lines.count + 1 + 5, content.width >= 60 else { return }
        let parts = content.rows([.fixed(lines.count), .fixed(1), .fill])
        for (line, row) in zip(lines, parts[0].rows(count: lines.count)) {
            switch line {
            case .heading(let text): canvas.put(text, x: row.x, y: row.y, maxWidth: row.width, role: .header)
            case .gauge(let gauge): gauge.draw(in: row.inset(left: 1), on: &canvas)
            }
        }
        content = parts[2]
    }

    /// The frame's lower edge: sort and filters, and under a map its data licence's attribution.
    static func caption(_ model: PaneModel, _ rect: Rect) -> String {
        if model.captionHints > 0 { return fitted(model.caption, hints: model.captionHints, room: rect.width - 6) }
        guard model.map != nil, LocationsPane.split(Block.inner(rect)).map != nil,
              LocationsPane.attributionFitsEdge(Block.inner(rect)) else { return model.caption }
        return [model.caption, Gazetteer.attribution].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// The caption without as many of its trailing hints as it takes to fit `room` cells.
    static func fitted(_ caption: String, hints: Int, room: Int) -> String {
        var parts = caption.components(separatedBy: " · ")
        var left = min(hints, parts.count - 1)
        while left > 0, TextWidth.of(parts.joined(separator: " · ")) > room {
            parts.removeLast()
            left -= 1
        }
        return parts.joined(separator: " · ")
    }

    /// A line being typed (the filter, a place) sits in the bottom edge of the frame, with the
    /// terminal cursor in it while typing.
    static func drawLine(prompt: String, _ field: TextField, editing: Bool, in rect: Rect, reserving right: Int = 0, on canvas: inout Canvas) {
        let y = rect.maxY - 1
        let x = rect.x + 1
        let room = rect.width - 4 - right
        guard room > 4 else { return }
        let written = canvas.put(prompt, x: x, y: y, role: .input)
        TextLine(field: field, role: .input, showsCursor: editing, marksEnd: true)
            .draw(in: Rect(x: x + written, y: y, width: room - written, height: 1), on: &canvas)
    }
}
