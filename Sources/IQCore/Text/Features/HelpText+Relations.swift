extension HelpText {
    /// Space in the open partner.
    public static var keyFoldRelationGroup: Message {
        Message(de: "Gruppe der Beziehung auf-/zuklappen", en: "fold or unfold the relation's group")
    }
}

extension HelpText {
    /// Enter in the open partner: on a relation, on a group heading.
    public static var keyFollowRelationOrFold: Message {
        Message(de: "Beziehung folgen, Gruppe auf-/zuklappen", en: "follow the relation, fold or unfold a group")
    }
}

extension HelpText {
    /// The status bar in the open partner: Space folds there, where it scrolls elsewhere.
    public static var hintFold: Message { Message(de: "Auf/zu", en: "Fold") }
}
