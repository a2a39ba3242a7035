import Foundation

extension Document {
    /// Builds the partner and case lists' orders on the caller's thread (the store's worker,
    /// after a load or another session's change), so the first frame with a large file does
    /// not wait for them. Their search keys follow on one thread of its own: a list shown in
    /// order needs none, and a search typed before they are ready waits for that build. A
    /// plain thread: a global dispatch queue's pool kept a thread waking once a second idle.
    public func prewarmLists() {
        let partners = PartnerList.index(self)
        let cases = CaseList.index(self)
        _ = partners.order(PartnerSort.name.rawValue)
        _ = cases.order("name")
        Thread.detachNewThread {
            _ = partners.keys
            _ = cases.keys
        }
    }
}
