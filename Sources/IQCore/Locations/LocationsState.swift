/// What the locations pane remembers: the service filter, the place a client lives (the list is
/// then ordered by distance from it) and the place being typed with its completions.
public struct LocationsState: Equatable, Sendable {
    public var service: SiteService?
    public var origin: Municipality?
    /// Non-nil while a place is being typed.
    public var placeEntry: TextField?
    public var completion = 0

    public init() {}

    /// Places that complete what is typed (diacritics ignored: "koln" offers Köln).
    public var completions: [Municipality] {
        guard let text = placeEntry?.text, !text.isEmpty else { return [] }
        return Gazetteer.complete(text, limit: 8)
    }
}

/// A row of the site list: the site and, when a place is set, its distance from there.
public struct SiteRow: Equatable, Sendable {
    public var site: Site
    public var km: Double?
}

public enum LocationsAction: Equatable, Sendable {
    /// `o`: type the place where the client lives.
    case beginPlace
    case editPlace(TextField.Edit)
    /// ↑/↓ through the completions.
    case moveCompletion(Int)
    /// Enter: take the chosen completion (or the exact name typed).
    case acceptPlace
    case cancelPlace
    /// `x`: back to the list by city.
    case clearPlace
    /// `v`: only sites offering the next service (then all again).
    case cycleService
    /// Enter on a site: its operator in the partner directory.
    case openOperator
    /// A click on a map marker.
    case selectSite(RecordID)
}
