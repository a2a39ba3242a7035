/// Each feature's view of the state: what it owns, writable, and the shared data, read-only.
/// The setters write back only what the feature owns.
extension AppState {
    var shared: Shared {
        Shared(document: document, language: language, today: today, visiblePanes: visiblePanes, overlay: overlay)
    }

    var navigationScope: Scoped<NavigationState> {
        get { Scoped(navigation, shared) }
        set { navigation = newValue.own }
    }

    var sessionScope: Scoped<SessionState> {
        get { Scoped(session, shared) }
        set { session = newValue.own }
    }

    var storeScope: Scoped<StoreFeatureState> {
        get { Scoped(StoreFeatureState(store: store, content: documentState), shared) }
        set {
            store = newValue.own.store
            documentState = newValue.own.content
        }
    }

    var helpScope: Scoped<HelpState> {
        get { Scoped(help, shared) }
        set { help = newValue.own }
    }

    var directoryScope: Scoped<DirectoryState> {
        get { Scoped(directory, shared) }
        set { directory = newValue.own }
    }

    var locationsScope: Scoped<LocationsState> {
        get { Scoped(locations, shared) }
        set { locations = newValue.own }
    }

    var casesScope: Scoped<CasesState> {
        get { Scoped(cases, shared) }
        set { cases = newValue.own }
    }

    var budgetsScope: Scoped<BudgetsState> {
        get { Scoped(budgets, shared) }
        set { budgets = newValue.own }
    }
}
