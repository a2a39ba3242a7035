import XCTest
@testable import IQCore

final class TextFieldTests: XCTestCase {

    /// The exact scalars, because String's == treats NFC and NFD as equal.
    private func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    private func field(_ text: String, cursor: Int) -> TextField {
        var f = TextField(text)
        f.home()
        for _ in 0..<cursor { f.right() }
        XCTAssertEqual(f.cursor, cursor)
        return f
    }

    // MARK: Inserting

    func testNewFieldIsEmptyWithCursorAtZero() {
        let f = TextField()
        XCTAssertTrue(f.isEmpty)
        XCTAssertEqual(f.text, "")
        XCTAssertEqual(f.cursor, 0)
    }

    func testFieldWithTextStartsWithCursorAtTheEnd() {
        let f = TextField("Köln")
        XCTAssertEqual(f.cursor, 4)
        XCTAssertFalse(f.isEmpty)
    }

    func testInsertAtTheEnd() {
        var f = TextField()
        f.insert("Kö")
        f.insert("ln")
        XCTAssertEqual(f.text, "Köln")
        XCTAssertEqual(f.cursor, 4)
    }

    func testInsertAtTheCursorInTheMiddle() {
        var f = field("Kln", cursor: 1)
        f.insert("ö")
        XCTAssertEqual(f.text, "Köln")
        XCTAssertEqual(f.cursor, 2)
        f.insert("xy")
        XCTAssertEqual(f.text, "Köxyln")
        XCTAssertEqual(f.cursor, 4)
    }

    func testInsertAtTheStart() {
        var f = TextField("ln")
        f.home()
        f.insert("Kö")
        XCTAssertEqual(f.text, "Köln")
        XCTAssertEqual(f.cursor, 2)
    }

    func testPastedLineBreaksAndTabsBecomeSpaces() {
        var f = TextField()
        f.insert("a\nb\tc\r\nd\re")
        XCTAssertEqual(f.text, "a b c d e")
        XCTAssertEqual(f.cursor, 9)
        XCTAssertFalse(f.text.contains { $0.isNewline || $0 == "\t" })
    }

    func testNFDInputIsNormalisedToNFC() {
        var f = TextField()
        f.insert("Mu\u{0308}nster Ko\u{0308}ln")
        XCTAssertEqual(scalars(f.text), scalars("M\u{00FC}nster K\u{00F6}ln"))
        XCTAssertEqual(f.cursor, 12)
    }

    func testNFDInitialTextIsNormalisedToNFC() {
        let f = TextField("Du\u{0308}sseldorf")
        XCTAssertEqual(scalars(f.text), scalars("D\u{00FC}sseldorf"))
        XCTAssertEqual(f.cursor, 10)
    }

    func testSeparatelyTypedCombiningMarkMergesIntoOneCharacter() {
        var f = TextField("M")
        f.insert("u")
        f.insert("\u{0308}")
        XCTAssertEqual(scalars(f.text), scalars("M\u{00FC}"))
        XCTAssertEqual(f.cursor, 2)
        f.insert("nster")
        XCTAssertEqual(scalars(f.text), scalars("M\u{00FC}nster"))
        XCTAssertEqual(f.cursor, 7)
    }

    func testCombiningMarkTypedInTheMiddleKeepsTheCursorAfterTheNewCharacter() {
        var f = field("Mnster", cursor: 1)
        f.insert("u")
        f.insert("\u{0308}")
        XCTAssertEqual(scalars(f.text), scalars("M\u{00FC}nster"))
        XCTAssertEqual(f.cursor, 2)
        f.backspace()
        XCTAssertEqual(f.text, "Mnster", "the merged umlaut is deleted as one character")
    }

    // MARK: Deleting

    func testBackspaceDeletesBeforeTheCursor() {
        var f = TextField("Köln")
        f.backspace()
        XCTAssertEqual(f.text, "Köl")
        XCTAssertEqual(f.cursor, 3)
        f.left()
        f.backspace()
        XCTAssertEqual(f.text, "Kl")
        XCTAssertEqual(f.cursor, 1)
    }

    func testBackspaceAtTheStartDoesNothing() {
        var f = TextField("Köln")
        f.home()
        f.backspace()
        XCTAssertEqual(f.text, "Köln")
        XCTAssertEqual(f.cursor, 0)
        var empty = TextField()
        empty.backspace()
        XCTAssertEqual(empty, TextField())
    }

    func testDeleteForwardDeletesAtTheCursor() {
        var f = TextField("Köln")
        f.home()
        f.deleteForward()
        XCTAssertEqual(f.text, "öln")
        XCTAssertEqual(f.cursor, 0)
        f.deleteForward()
        XCTAssertEqual(f.text, "ln")
    }

    func testDeleteForwardAtTheEndDoesNothing() {
        var f = TextField("Köln")
        f.deleteForward()
        XCTAssertEqual(f.text, "Köln")
        XCTAssertEqual(f.cursor, 4)
        var empty = TextField()
        empty.deleteForward()
        XCTAssertEqual(empty, TextField())
    }

    // MARK: Cursor movement

    func testLeftRightHomeEndStayInBounds() {
        var f = TextField("abc")
        f.right()
        XCTAssertEqual(f.cursor, 3, "right at the end stays")
        f.left(); f.left(); f.left(); f.left()
        XCTAssertEqual(f.cursor, 0, "left at the start stays")
        f.end()
        XCTAssertEqual(f.cursor, 3)
        f.home()
        XCTAssertEqual(f.cursor, 0)
        f.right()
        XCTAssertEqual(f.cursor, 1)

        var empty = TextField()
        empty.left(); empty.right(); empty.home(); empty.end()
        XCTAssertEqual(empty.cursor, 0)
    }

    func testUmlautsSharpSCJKAndEmojiAreOneStepEach() {
        for (text, count) in [("Grüße", 5), ("Straße", 6), ("漢字", 2), ("a😀b", 3), ("🇩🇪", 1), ("👨‍👩‍👧", 1)] {
            var f = TextField(text)
            XCTAssertEqual(f.cursor, count, text)
            var steps = 0
            while f.cursor > 0 {
                f.left()
                steps += 1
            }
            XCTAssertEqual(steps, count, text)
        }
    }

    func testBackspaceRemovesAWholeWideOrComposedCharacter() {
        var f = TextField("a😀b")
        f.left()
        f.backspace()
        XCTAssertEqual(f.text, "ab")
        XCTAssertEqual(f.cursor, 1)

        var g = TextField("漢字")
        g.backspace()
        XCTAssertEqual(g.text, "漢")

        var h = TextField("Grüße")
        h.left()
        h.backspace()
        XCTAssertEqual(h.text, "Grüe")
        h.left()
        h.deleteForward()
        XCTAssertEqual(h.text, "Gre")
    }

    func testWordJumps() {
        var f = TextField("Köln Düsseldorf-Nord")
        f.wordLeft()
        XCTAssertEqual(f.cursor, 16)
        f.wordLeft()
        XCTAssertEqual(f.cursor, 5)
        f.wordLeft()
        XCTAssertEqual(f.cursor, 0)
        f.wordLeft()
        XCTAssertEqual(f.cursor, 0, "word left at the start stays")
        f.wordRight()
        XCTAssertEqual(f.cursor, 4)
        f.wordRight()
        XCTAssertEqual(f.cursor, 15)
        f.wordRight()
        XCTAssertEqual(f.cursor, 20)
        f.wordRight()
        XCTAssertEqual(f.cursor, 20, "word right at the end stays")
    }

    func testWordJumpsOnEmptyField() {
        var f = TextField()
        f.wordLeft()
        f.wordRight()
        XCTAssertEqual(f.cursor, 0)
    }

    func testCtrlWDeletesTheWordBeforeTheCursor() {
        var f = TextField("Anerkennung Beratung")
        f.deleteWordBackward()
        XCTAssertEqual(f.text, "Anerkennung ")
        XCTAssertEqual(f.cursor, 12)
        f.deleteWordBackward()
        XCTAssertEqual(f.text, "")
        XCTAssertEqual(f.cursor, 0)
        f.deleteWordBackward()
        XCTAssertEqual(f.text, "", "Ctrl-W on an empty field is harmless")
    }

    func testCtrlWInTheMiddleKeepsTheRest() {
        var f = field("Köln Münster Bonn", cursor: 12)
        f.deleteWordBackward()
        XCTAssertEqual(f.text, "Köln  Bonn")
        XCTAssertEqual(f.cursor, 5)
        f.home()
        f.deleteWordBackward()
        XCTAssertEqual(f.text, "Köln  Bonn", "Ctrl-W at the start deletes nothing")
    }

    func testCtrlUDeletesEverythingBeforeTheCursor() {
        var f = field("Köln Münster", cursor: 5)
        f.deleteToStart()
        XCTAssertEqual(f.text, "Münster")
        XCTAssertEqual(f.cursor, 0)
        f.deleteToStart()
        XCTAssertEqual(f.text, "Münster")
        f.end()
        f.deleteToStart()
        XCTAssertTrue(f.isEmpty)
    }

    func testApplyDispatchesEveryEdit() {
        var f = TextField()
        f.apply(.insert("ab cd"))
        f.apply(.left)
        XCTAssertEqual(f.cursor, 4)
        f.apply(.right)
        XCTAssertEqual(f.cursor, 5)
        f.apply(.home)
        XCTAssertEqual(f.cursor, 0)
        f.apply(.end)
        XCTAssertEqual(f.cursor, 5)
        f.apply(.wordLeft)
        XCTAssertEqual(f.cursor, 3)
        f.apply(.wordRight)
        XCTAssertEqual(f.cursor, 5)
        f.apply(.backspace)
        XCTAssertEqual(f.text, "ab c")
        f.apply(.home)
        f.apply(.deleteForward)
        XCTAssertEqual(f.text, "b c")
        f.apply(.end)
        f.apply(.deleteWordBackward)
        XCTAssertEqual(f.text, "b ")
        f.apply(.deleteToStart)
        XCTAssertEqual(f.text, "")
    }

    /// Pasted text drops what an import drops: C0/C1 controls and bidi overrides, so an edited
    /// field cannot store what export and import would then turn into other text.
    func testPastedControlAndBidiCharactersAreDropped() {
        var f = TextField()
        _ = f.insert("Köln\u{1B}]0;x\u{07}\u{202E}Mülheim\u{9B}2J")
        XCTAssertEqual(f.text, "Köln]0;xMülheim2J")
    }
}

/// Regional indicators pair up from the start of their run, so one typed or deleted in the middle
/// of a row of flags regroups every flag after it: the count and the cursor must follow.
final class TextFieldFlagTests: XCTestCase {
    private let flags = "🇩🇪🇫🇷🇮🇹🇪🇸🇳🇱"

    func testALoneIndicatorTypedAmongFlagsKeepsCountAndCursorTrue() {
        for position in 0...5 {
            var field = TextField(flags)
            field.home()
            for _ in 0..<position { field.right() }
            field.insert("🇦")
            XCTAssertEqual(field.count, field.text.count, "insert after flag \(position)")
            XCTAssertEqual(field.cursor, field.text.distance(from: field.text.startIndex, to: field.cursorIndex), "cursor after flag \(position)")
            field.backspace()
            XCTAssertEqual(field.count, field.text.count, "backspace after flag \(position)")
            XCTAssertEqual(field.cursor, field.text.distance(from: field.text.startIndex, to: field.cursorIndex))
        }
    }

    func testDeletingTheFirstPairOfAnOddRunRegroupsTheRest() {
        // "🇦" + five flags pairs as 🇦🇩 🇪🇫 🇷🇮 🇹🇪 🇸🇳 🇱: deleting the first character leaves nine
        // indicators, paired anew from the start.
        var field = TextField("🇦" + flags)
        XCTAssertEqual(field.count, 6)
        field.home()
        field.deleteForward()
        XCTAssertEqual(field.count, field.text.count)
        XCTAssertEqual(field.count, 5)
        field.end()
        XCTAssertEqual(field.cursor, 5)
    }
}

/// What a form field's value is: the text without blanks at either end, as Foundation trims.
final class TrimmingTests: XCTestCase {
    func testTrimsWhitespaceAndNewlinesAtBothEndsOnly() {
        for text in ["", " ", " \n\t ", "Köln", "  Köln  ", "\nAnna\u{00A0}", "a  b", "\u{2003}x y\u{3000}", " 🇩🇪 ", "e\u{0301} "] {
            XCTAssertEqual(text.trimmedOfWhitespace, text.trimmingCharacters(in: .whitespacesAndNewlines), text.debugDescription)
        }
    }
}
