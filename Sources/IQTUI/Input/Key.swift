/// A key or mouse event as the terminal reports it, before the key map gives it a meaning.
public enum Key: Equatable, Hashable, Sendable {
    case char(Character)
    case ctrl(Character)          // Ctrl-A … Ctrl-Z, as a lowercase letter
    case up, down, left, right
    case ctrlLeft, ctrlRight
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
    case mouse(MouseEvent)
    case resize
}

public struct MouseEvent: Equatable, Hashable, Sendable {
    public enum Kind: Equatable, Hashable, Sendable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int
    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
