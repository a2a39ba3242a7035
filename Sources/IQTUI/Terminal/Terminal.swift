import Foundation
@preconcurrency import CNcurses
import IQCore

public enum TerminalError: Error, Equatable {
    case notATerminal
    case termUnset
    case termUnknown(String)

    public func message(_ language: Language) -> String {
        switch self {
        case .notATerminal: CommandLineText.cliNotATerminal.text(language)
        case .termUnset: CommandLineText.cliTermUnset.text(language)
        case .termUnknown(let term): CommandLineText.cliTermUnknown(term).text(language)
        }
    }
}

/// The ncurses screen: set up with newterm (which fails cleanly where initscr would exit), a
/// UTF-8 locale, colours from the theme, a 25 ms Esc delay and optional mouse reporting.
/// Draws canvases by replaying `Canvas.diff`: only the cells that changed since the last frame.
/// Reads keys without waiting: the run loop sleeps in poll(2) on `inputDescriptor` instead.
public final class Terminal: TerminalDevice {
    private let screen: OpaquePointer
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>
    private var previous: Canvas?
    private var colorPairs: [StyleRole: (attrs: attr_t, pair: Int16)] = [:]
    private var isOpen = true
    private let ctrlLeftCode: Int32
    private let ctrlRightCode: Int32
    /// Show the cursor at the canvas's focus too, not only in a text being typed.
    private let screenReader: Bool

    public init(theme: Theme, mouse: Bool, screenReader: Bool = false, environment: [String: String]) throws(TerminalError) {
        guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { throw .termUnset }
        Terminal.setUTF8Locale()
        guard let out = fdopen(1, "w"), let inp = fdopen(0, "r") else { throw .notATerminal }
        guard let screen = newterm(nil, out, inp) else {
            fclose(out)
            fclose(inp)
            throw .termUnknown(term)
        }
        // A terminal without cursor addressing (dumb) cannot show a full-screen program.
        if let cup = tigetstr("cup"), Int(bitPattern: cup) != -1 {} else {
            endwin()
            delscreen(screen)
            fclose(out)
            fclose(inp)
            throw .termUnknown(term)
        }
        self.screen = screen
        output = out
        input = inp
        // Before colours start: resuming with colours on would reset the terminal's palette.
        Terminal.bufferWholeFrames()
        self.screenReader = screenReader
        set_escdelay(25)
        raw()
        noecho()
        nonl()
        keypad(stdscr, true)
        curs_set(0)
        ctrlLeftCode = key_defined("kLFT5")
        ctrlRightCode = key_defined("kRIT5")
        setUpColors(theme)
        if mouse {
            mouseinterval(0)
            mousemask(iq_all_mouse_events(), nil)
        }
        wtimeout(stdscr, 0)
    }

    /// ncurses (6.4) flushes its output after every cursor move until the screen has once been
    /// suspended and resumed, so a frame left in dozens of small writes. One endwin/refresh at
    /// start (a few bytes, no frame drawn yet) ends that: from then on a frame goes out in one
    /// write, as long as it fits ncurses's buffer of (lines + 2) × (columns + 6) bytes. Done
    /// before colours start, or the resume would reset the terminal's palette (OSC 104).
    private static func bufferWholeFrames() {
        endwin()
        refresh()
    }

    deinit { close() }

    /// Restores the terminal exactly as it was. Safe to call more than once.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        mousemask(0, nil)
        curs_set(1)
        endwin()
        delscreen(screen)
        fflush(output)
        fclose(output)
        fclose(input)
    }

    static func setUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET))).uppercased()
        if codeset != "UTF-8" && codeset != "UTF8" {
            // Without a UTF-8 locale umlauts draw blank and a typed ä is lost.
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    public var size: Size { Size(width: Int(iq_maxx(stdscr)), height: Int(iq_maxy(stdscr))) }

    /// The colours in use: `.none` when the theme or the terminal has none.
    public private(set) var colorDepth: ColorDepth = .none

    /// One colour pair per role, mapped to the colours the terminal has (ColorMapping). A theme
    /// without colours (monochrome, or NO_COLOR) never switches colours on, so not one colour
    /// sequence is written; a terminal without colours gets the monochrome theme's attributes.
    private func setUpColors(_ theme: Theme) {
        // COLORS is only set by start_color, which must not run for a theme without colours:
        // the terminfo entry says how many there are.
        let depth = ColorDepth.detect(hasColors: has_colors(), colors: Int(tigetnum("colors")))
        let styles = ColorMapping.resolve(theme, depth: depth)
        let wantsColor = depth != .none && styles.values.contains { $0.usesColor }
        var defaultColors = false
        if wantsColor {
            start_color()
            defaultColors = use_default_colors() == OK
            colorDepth = depth
        }
        for (i, role) in StyleRole.allCases.enumerated() {
            let style = styles[role] ?? TerminalStyle()
            var attrs = iq_a_normal()
            for a in style.attributes {
                switch a {
                case .bold: attrs |= iq_a_bold()
                case .dim: attrs |= iq_a_dim()
                case .underline: attrs |= iq_a_underline()
                case .reverse: attrs |= iq_a_reverse()
                case .italic: attrs |= iq_a_italic()
                }
            }
            var pair: Int16 = 0
            if wantsColor, style.usesColor, i + 1 < Int(COLOR_PAIRS) {
                pair = Int16(i + 1)
                // Without default-colour support, -1 is no colour: white on black instead.
                let fg = style.foreground == -1 && !defaultColors ? 7 : style.foreground
                let bg = style.background == -1 && !defaultColors ? 0 : style.background
                if init_extended_pair(Int32(pair), Int32(fg), Int32(bg)) != OK { pair = 0 }
            }
            colorPairs[role] = (attrs, pair)
        }
    }

    /// Writes the cells that differ from the last frame (`Canvas.diff`) and refreshes once.
    public func draw(_ canvas: Canvas) {
        for update in canvas.diff(from: previous) { put(update.cell, x: update.x, y: update.y) }
        // Parked at the attention point even when hidden (a magnifier follows it): one cursor
        // move of a few bytes, and none when it has not moved. curs_set writes only on a change.
        if let point = canvas.attention { move(Int32(point.y), Int32(point.x)) }
        curs_set(CursorVisibility.shows(canvas, screenReader: screenReader) ? 1 : 0)
        previous = canvas
        refresh()
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let style = colorPairs[cell.role] ?? (iq_a_normal(), 0)
        // One cchar_t, or (for a glyph ncurses cannot place as the canvas does) a replacement of
        // one-column cells filling the same width.
        for (i, chars) in CellOutput.cchars(for: cell, wcwidth: Terminal.wcwidth).enumerated() {
            var wide = chars.map { wchar_t(bitPattern: $0.value) }
            wide.append(0)
            _ = iq_put_cell(Int32(y), Int32(x + i), wide, style.attrs, style.pair)
        }
    }

    /// The C library's width of a character in the program's (UTF-8) locale: what ncurses uses.
    static func wcwidth(_ scalar: Unicode.Scalar) -> Int { Int(iq_wcwidth(wchar_t(bitPattern: scalar.value))) }

    /// Ctrl-L: forget what is on the screen and paint everything again.
    public func redrawAll() {
        previous = nil
        clearok(stdscr, true)
    }

    public var inputDescriptor: Int32 { fileno(input) }

    /// The next key if one is waiting, nil if none; a byte that is no key is skipped.
    public func readKey() -> Key? {
        var ch: wint_t = 0
        while true {
            let result = wget_wch(stdscr, &ch)
            if result == KEY_CODE_YES {
                if let key = functionKey(Int32(ch)) { return key }
                continue
            }
            guard result == OK else { return nil }
            if let key = Terminal.key(for: ch) { return key }
        }
    }

    private static func key(for ch: wint_t) -> Key? {
        switch ch {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(UnicodeScalar(UInt8(ch) + 96)))
        default:
            guard let scalar = UnicodeScalar(UInt32(ch)), ch >= 32 else { return nil }
            return .char(Character(scalar))
        }
    }

    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_RESIZE:
            previous = nil
            return .resize
        case KEY_MOUSE: return mouseEvent()
        case iq_key_f(1)...iq_key_f(12): return .function(Int(code - iq_key_f(0)))
        default:
            if code == ctrlLeftCode, code > 0 { return .ctrlLeft }
            if code == ctrlRightCode, code > 0 { return .ctrlRight }
            return nil
        }
    }

    private func mouseEvent() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x), y = Int(event.y)
        let state = event.bstate
        if state & iq_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, x: x, y: y)) }
        if iq_button5_pressed() != 0, state & iq_button5_pressed() != 0 { return .mouse(MouseEvent(.wheelDown, x: x, y: y)) }
        if state & (iq_button1_pressed() | iq_button1_clicked()) != 0 { return .mouse(MouseEvent(.press, x: x, y: y)) }
        return nil
    }
}
