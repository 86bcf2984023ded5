import Foundation
import Testing

/// One hostile chapter, rendered (or tested) beside a good chapter, and what users must see.
struct HostileChapter: Sendable, CustomTestStringConvertible {
    var name: String
    /// The bytes of `chapters/02-hostile.md`.
    var bytes: Data
    var command = "render"
    var status: Int32
    /// Lines the output must contain (messages with their `file:line:col` location).
    var messages: [String]
    /// Text the hostile page must contain, and text it must not contain (case-insensitive).
    var present: [String] = []
    var absent: [String] = []

    var testDescription: String { name }

    init(
        _ name: String, _ text: String, command: String = "render", status: Int32,
        messages: [String], present: [String] = [], absent: [String] = []
    ) {
        self.init(
            name, bytes: Data(text.utf8), command: command, status: status,
            messages: messages, present: present, absent: absent)
    }

    init(
        _ name: String, bytes: Data, command: String = "render", status: Int32,
        messages: [String], present: [String] = [], absent: [String] = []
    ) {
        self.name = name
        self.bytes = bytes
        self.command = command
        self.status = status
        self.messages = messages
        self.present = present
        self.absent = absent
    }
}
