/// The Referenzberuf as the interface names it. English says "reference occupation" (the
/// German term stays in the data, the CSV headers and the authority command's lines).
extension CaseText {
    public static var caseReferenzberuf: Message { Message(de: "Referenzberuf", en: "Reference occupation") }
    /// The case list's column, where English has fewer cells to spare.
    public static var colReferenzberufShort: Message { Message(de: "Referenzberuf", en: "Occupation") }
}
