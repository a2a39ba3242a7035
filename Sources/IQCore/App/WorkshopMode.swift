/// Workshop mode (`--workshop`): a trainer shows the IQ network to a room, often on a projector.
///
/// Only the partner directory (the network) and the locations with the map exist. The document is
/// the built-in network — partners with their relations and the sites — never the data file, so
/// no case can ever be read, shown or written. Nothing is edited and nothing is saved: the store
/// has no file, the editing keys are refused with a short message, and the reducer drops any file
/// work a feature might ask for.
public enum WorkshopMode {
    /// The panes that exist in workshop mode, in the order of their number keys.
    public static let panes: [Pane] = [.partners, .locations]

    /// The built-in network: partners and sites of the seed dataset; no cases, measures or payments.
    public static var document: Document {
        Document(partners: Seed.partners, sites: Seed.sites)
    }

    /// Why an action is not available in workshop mode, or nil when it is. The reducer shows the
    /// reason in the status bar; the key map leaves refused keys out of the help.
    public static func refusal(_ action: Action) -> Message? {
        switch action {
        case .navigation(.focus(let pane)), .navigation(.select(let pane, _)), .navigation(.scroll(let pane, _)):
            return panes.contains(pane) ? nil : WorkshopText.workshopOnlyNetwork
        case .directory(let directory):
            switch directory {
            case .newPartner, .editPartner, .deletePartner, .confirmDelete: return WorkshopText.workshopNoEdits
            case .cycleSort, .toggleTree, .setFilter, .clearFilter, .walkBack, .openFilter, .cancelDelete, .toggleRelationGroup,
                 .list, .show, .reveal: return nil
            }
        case .document:
            return WorkshopText.workshopNoEdits
        case .store:
            // Ctrl-S, and loading, recovery, conflicts and backups: the data file is never opened.
            return WorkshopText.workshopNothingSaved
        case .cases, .budgets:
            return WorkshopText.workshopOnlyNetwork
        default:
            // Moving, filtering, help, the map, filter forms and quitting work as usual. Whatever
            // else comes, the reducer below still keeps the document unchanged and drops file work.
            return nil
        }
    }
}

extension AppState {
    /// The panes that exist: all four, or in workshop mode only the partners and locations.
    public var visiblePanes: [Pane] { isWorkshop ? WorkshopMode.panes : Pane.allCases }
}
