/// Whether boxes, gauges, the map and the other drawing glyphs are plain ASCII.
///
/// `--ascii` turns ASCII on and `--unicode` off; without either, ASCII is chosen when the
/// environment says Unicode will not show:
/// - the locale the user set is not UTF-8: the first non-empty of LC_ALL, LC_CTYPE and LANG
///   (as setlocale reads them) does not name UTF-8 — `C`, `POSIX`, `de_DE` (Latin-1), or none
///   set at all. The program still switches its own LC_CTYPE to C.UTF-8 so that umlauts in
///   the data are read and written; only the drawing glyphs fall back.
/// - TERM is a terminal without those glyphs: `dumb`, the Linux console (`linux*`: its
///   256/512-glyph fonts have line drawing but no Braille and no eighth blocks, so the map and
///   the gauges would break — ASCII is the safe side; `--unicode` overrides it for a console
///   with a full font), the DEC VT series (`vt52`, `vt100`, `vt220` …), `ansi`/`pcansi`
///   (code page 437), `cons25`, `sun`, `mach`.
public enum AsciiDecision {
    /// The final decision for the command-line switches and the environment.
    public static func resolve(ascii: Bool, unicode: Bool, environment: [String: String]) -> Bool {
        if ascii { return true }
        if unicode { return false }
        return auto(environment: environment)
    }

    /// The automatic decision: true when Unicode drawing glyphs are unlikely to show.
    public static func auto(environment: [String: String]) -> Bool {
        !localeIsUTF8(environment) || !terminalShowsUnicode(environment["TERM"])
    }

    /// Whether the locale the environment selects for characters is UTF-8.
    public static func localeIsUTF8(_ environment: [String: String]) -> Bool {
        let value = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let locale = value?.lowercased() else { return false } // none set: the POSIX locale
        return locale.contains("utf-8") || locale.contains("utf8")
    }

    /// Whether a terminal type can show box drawing, Braille and block elements. An unset or
    /// empty TERM says nothing (the program stops with its own message then).
    public static func terminalShowsUnicode(_ term: String?) -> Bool {
        guard let term = term?.lowercased(), !term.isEmpty else { return true }
        let base = term.split(separator: "-", maxSplits: 1).first.map(String.init) ?? term
        if ["dumb", "linux", "pcansi", "cons25", "sun", "mach"].contains(base) || base.hasPrefix("ansi") { return false }
        // vt100, vt102, vt220, vt320 …, but not "vte" (GNOME's terminal, which shows everything).
        if base.hasPrefix("vt"), base.dropFirst(2).first?.isNumber == true { return false }
        return true
    }
}
