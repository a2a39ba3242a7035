import Foundation
import IQCore

// Everything the commands print goes through here. Text for a person — messages, reports, the
// `check` verdict, the text statistics — may carry names and fields from data files, so its
// control and bidi characters are written visibly (ControlCharacters.swift), never raw.
// Machine formats (CSV, JSON, vCard, GeoJSON) escape them in their own writers and go out as
// they are, so a program reading them gets the exact bytes.

/// A line on standard error (messages and problems; results go to standard output).
func printError(_ text: String) {
    FileHandle.standardError.write(Data((ControlCharacters.visible(text) + "\n").utf8))
}

/// A line for a person on standard output.
func printOut(_ text: String) {
    writeOut(text + "\n", forPerson: true)
}

/// Text on standard output: made visible when it is for a person, as it is for a machine format.
func writeOut(_ text: String, forPerson: Bool) {
    FileHandle.standardOutput.write(Data((forPerson ? ControlCharacters.visible(text) : text).utf8))
}
