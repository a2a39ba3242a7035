import IQCore

/// The open case's lines of the procedure's dates and the Bescheid's details (issue 15, §1–2),
/// each in its group; empty values read as every empty field of the open case.
extension CasesPane {
    /// Under "Beruf und Anerkennung", after the Bescheid.
    static func recognitionLines(_ c: Case, _ state: AppState) -> [DetailView.Line] {
        let r = c.recognition, none = state.t(CommonText.valueNone)
        let day = { (d: Day?) in d?.text(state.language) ?? none }
        let money = { (m: Money) in NumberFormat.money(m, state.language) }
        let compensation = r.compensation.map { m in
            [state.t(m.label)] + (r.adaptationMonths.map { [CaseText.monthsValue(String($0)).text(state.language)] } ?? [])
        }
        let grant = r.grant.map { g in [state.t(g.label)] + (r.grantAmount.map { [money($0)] } ?? []) }
        return [
            .init(state.t(CaseText.caseSkillsAnalysisDate), day(r.skillsAnalysisDate)),
            .init(state.t(CaseText.caseOnHoldSince), day(r.onHoldSince)),
            .init(state.t(CaseText.caseFileCompleteDate), day(r.fileCompleteDate)),
            .init(state.t(CaseText.caseCompensation), compensation?.joined(separator: ", ") ?? none),
            .init(state.t(CaseText.caseFees), r.fees.map(money) ?? none),
            .init(state.t(CaseText.caseGrant), grant?.joined(separator: ", ") ?? none),
            .init(state.t(CaseText.caseLicenceDate), day(r.licenceDate)),
        ]
    }
}
