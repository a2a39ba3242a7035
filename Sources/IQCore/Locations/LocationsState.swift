/// What the locations pane remembers: the service filter, the place a client lives (the list is
/// then ordered by distance from it) and the place being typed with its completions.
public struct LocationsState: Equatable, Sendable {
    public var list = PaneState()
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
