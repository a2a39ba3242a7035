/// The two parts of a measure row's gauge, told apart by their glyph (ASCII `#` and `=`), not
/// by colour alone.
extension BudgetText {
    public static var budgetRowGaugeLegend: Message {
        Message(de: "Balken je Zeile: █ ausgezahlt, ▒ gebunden (noch nicht ausgezahlt)",
                en: "Row bars: █ spent, ▒ committed (not yet spent)")
    }
}
