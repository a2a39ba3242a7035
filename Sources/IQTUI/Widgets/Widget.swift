/// Anything drawn into a rectangle of a canvas, and nowhere outside it. Panes and overlays are
/// built from these; each is a value made for one frame, so drawing it has no other effect.
public protocol Widget {
    func draw(in rect: Rect, on canvas: inout Canvas)
}

extension Table: Widget {}
extension Gauge: Widget {}
extension BarChart: Widget {}
extension DetailView: Widget {}
