/// Help texts of the agenda and the filters (issue 16 §2).
extension HelpText {
    public static var keyFilterFormApply: Message {
        Message(de: "Filter anwenden (wie Strg-S)", en: "apply the filter (as Ctrl-S)")
    }
}
