import Foundation

/// Reads lines from the terminal with editing and history: ← → Home End (Ctrl-A, Ctrl-E),
/// Backspace, Delete, ↑ ↓ through earlier lines, Ctrl-U clears, Ctrl-C drops the line, Ctrl-D
/// on an empty line ends. Without a terminal it reads plain lines.
final class LineEditor {
    private(set) var history: [String] = []
    let isTerminal = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1

    enum Input: Equatable {
        case line(String)
        case interrupted
        case end
    }

    func read(prompt: String) -> Input {
        guard isTerminal else {
            FileHandle.standardOutput.write(Data(prompt.utf8))
            return readLine(strippingNewline: true).map { .line($0) } ?? .end
        }
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var raw = saved
        // TCSADRAIN, not TCSAFLUSH: lines pasted at once wait in the input queue while the
        // previous one runs, and flushing would drop them.
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        tcsetattr(STDIN_FILENO, TCSADRAIN, &raw)
        defer { tcsetattr(STDIN_FILENO, TCSADRAIN, &saved) }

        var line: [Character] = []
        var cursor = 0
        var recall = history.count
        var draft: [Character] = []
        func redraw() {
            let back = line.count - cursor
            write("\r\u{1B}[K" + prompt + String(line) + (back > 0 ? "\u{1B}[\(back)D" : ""))
        }
        write(prompt)
        while let byte = readByte() {
            switch byte {
            case 13, 10:
                write("\r\n")
                let text = String(line)
                if !text.trimmingCharacters(in: .whitespaces).isEmpty, history.last != text {
                    history.append(text)
                }
                return .line(text)
            case 3:
                write("^C\r\n")
                return .interrupted
            case 4:
                if line.isEmpty {
                    write("\r\n")
                    return .end
                }
                if cursor < line.count { line.remove(at: cursor) }
            case 127, 8:
                if cursor > 0 {
                    line.remove(at: cursor - 1)
                    cursor -= 1
                }
            case 1: cursor = 0
            case 5: cursor = line.count
            case 21:
                line.removeFirst(cursor)
                cursor = 0
            case 27:
                guard readByte() == UInt8(ascii: "["), let key = readByte() else { break }
                switch key {
                case UInt8(ascii: "A"), UInt8(ascii: "B"):
                    if recall == history.count { draft = line }
                    recall =
                        key == UInt8(ascii: "A")
                        ? max(0, recall - 1) : min(history.count, recall + 1)
                    line = recall == history.count ? draft : Array(history[recall])
                    cursor = line.count
                case UInt8(ascii: "C"): cursor = min(line.count, cursor + 1)
                case UInt8(ascii: "D"): cursor = max(0, cursor - 1)
                case UInt8(ascii: "H"): cursor = 0
                case UInt8(ascii: "F"): cursor = line.count
                case UInt8(ascii: "3"):
                    _ = readByte()
                    if cursor < line.count { line.remove(at: cursor) }
                default: break
                }
            default:
                guard byte >= 32 else { break }
                var bytes = [byte]
                // The rest of a UTF-8 sequence.
                let extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0
                for _ in 0..<extra { if let b = readByte() { bytes.append(b) } }
                for c in String(decoding: bytes, as: UTF8.self) {
                    line.insert(c, at: cursor)
                    cursor += 1
                }
            }
            redraw()
        }
        return .end
    }

    private func readByte() -> UInt8? {
        var byte: UInt8 = 0
        return Foundation.read(STDIN_FILENO, &byte, 1) == 1 ? byte : nil
    }

    private func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
