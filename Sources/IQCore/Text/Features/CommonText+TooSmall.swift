/// What keys do while the terminal is too small: nothing, but q where it quits safely.
extension CommonText {
    public static var tooSmallKeysQuit: Message {
        Message(de: "Bis dahin wirkt nur q (beenden).", en: "Until then only q works (quit).")
    }
    public static var tooSmallKeysNone: Message {
        Message(de: "Bis dahin wirken keine Tasten.", en: "Until then no key works.")
    }
}
