import CellLanguage
import Dispatch
import Foundation

/// How `handson run` draws on its terminal: a live progress bar for `fit` and colours when
/// standard output is a terminal (colours never with `NO_COLOR`), plain text otherwise.
public struct TerminalStyle: Sendable {
    /// Whether standard output is a terminal (progress bars are drawn).
    public var isTerminal: Bool
    /// Whether to colour (a terminal, and `NO_COLOR` unset or empty).
    public var colors: Bool
    /// The terminal's width in columns.
    public var width: Int

    public init(isTerminal: Bool, colors: Bool, width: Int = 80) {
        self.isTerminal = isTerminal
        self.colors = colors
        self.width = width
    }

    /// Plain text: no bars, no colours.
    public static let plain = TerminalStyle(isTerminal: false, colors: false)

    /// The style standard output calls for.
    public static func detect(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> TerminalStyle
    {
        let tty = isatty(STDOUT_FILENO) == 1
        var size = winsize()
        let width =
            tty && ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0
            ? Int(size.ws_col) : 80
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        return TerminalStyle(
            isTerminal: tty, colors: tty && !noColor && environment["TERM"] != "dumb", width: width)
    }

    func paint(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
    func green(_ s: String) -> String { paint(s, "32") }
    func red(_ s: String) -> String { paint(s, "31") }
    func dim(_ s: String) -> String { paint(s, "2") }
    func bold(_ s: String) -> String { paint(s, "1") }
}

/// A Keras-like progress bar for `fit`, redrawn in place at most 20 times a second:
/// `Epoch 3/10 [=========>....................] 812/1875 · ETA 4s · loss 0.4123 · accuracy 0.8521`.
/// The bar is erased at the end of each epoch: the epoch's line is part of what the cell prints,
/// shown when the cell ends.
final class TerminalProgress: @unchecked Sendable {
    let style: TerminalStyle
    let write: (String) -> Void
    private let lock = NSLock()
    private var epochStart = DispatchTime.now()
    private var lastDraw: UInt64 = 0
    private var drawn = false
    private var currentEpoch = -1

    init(style: TerminalStyle, write: @escaping (String) -> Void) {
        self.style = style
        self.write = write
    }

    func update(_ p: TrainingProgress) {
        lock.lock()
        defer { lock.unlock() }
        if p.epoch != currentEpoch {
            currentEpoch = p.epoch
            epochStart = DispatchTime.now()
        }
        let now = DispatchTime.now().uptimeNanoseconds
        let elapsed = Double(now &- epochStart.uptimeNanoseconds) / 1e9
        if p.epochEnded {
            // The cell's own output has the epoch's line; the bar shows the live epoch only.
            write("\r\u{1B}[K")
            drawn = false
            return
        }
        guard now &- lastDraw > 50_000_000 || p.step == 1 else { return }
        lastDraw = now
        write("\r\u{1B}[K" + line(p, elapsed: elapsed, done: false))
        drawn = true
    }

    /// Erases a bar left on the screen.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { write("\r\u{1B}[K") }
        drawn = false
        currentEpoch = -1
    }

    func line(_ p: TrainingProgress, elapsed: Double, done: Bool) -> String {
        let digits = String(p.steps).count
        let counter =
            String(repeating: " ", count: max(0, digits - String(p.step).count))
            + "\(p.step)/\(p.steps)"
        let epoch = style.bold("Epoch \(p.epoch + 1)/\(p.epochs)")
        let time: String
        if done {
            time = Self.duration(elapsed)
        } else {
            let rate = p.step > 0 ? elapsed / Double(p.step) : 0
            time = "ETA " + Self.duration(rate * Double(p.steps - p.step))
        }
        let metrics = p.metrics.map { "\($0.name) \(String(format: "%.4f", $0.value))" }
        let tail = ([counter, time] + metrics).joined(separator: " · ")
        let plainWidth = "Epoch \(p.epoch + 1)/\(p.epochs) ".count + 3 + tail.count
        let barWidth = max(10, min(30, style.width - plainWidth - 1))
        let filled = p.steps > 0 ? Int(Double(barWidth) * Double(p.step) / Double(p.steps)) : 0
        var bar = String(repeating: "=", count: filled)
        if filled < barWidth { bar += ">" + String(repeating: ".", count: barWidth - filled - 1) }
        return "\(epoch) [\(done ? style.green(bar) : bar)] \(style.dim(tail))"
    }

    static func duration(_ seconds: Double) -> String {
        if seconds < 1 { return "\(Int((seconds * 1000).rounded()))ms" }
        if seconds < 60 { return String(format: "%.0fs", seconds) }
        return "\(Int(seconds) / 60)m\(String(format: "%02d", Int(seconds) % 60))s"
    }
}
