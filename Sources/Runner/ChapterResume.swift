import CellLanguage
import Foundation
import Notebook

/// What one run of a chapter leaves for the next run of the same chapter in the same process
/// (the preview server keeps one per chapter): the session, and after each cell that ran, the
/// cell's key, its result and a snapshot of the session.
///
/// A cell's key digests the settings, the data files beside the chapter, and the source and
/// starting line of every runnable cell up to and including it; so when the chapter changes,
/// the cells before the first changed key are not run again: their results are reused and the
/// session is restored from the snapshot taken after the last of them. A snapshot that cannot
/// capture everything the variables reach (see ``SessionSnapshot/uncaptured``), or files that
/// later cells wrote into the chapter's scratch folder, move the resume point earlier — to the
/// start, at worst. The results are those of a run from the start, byte for byte.
public final class ChapterResume: @unchecked Sendable {
    struct Point {
        var key: String
        var cell: Int
        var result: CellResult
        var snapshot: SessionSnapshot
        /// The scratch folder's files (names, sizes, times) after the cell.
        var files: String
    }

    var session: Session?
    var points: [Point] = []
    /// How the last run went.
    public internal(set) var last = Resumption()

    public init() {}

    /// How a run used what the previous run left.
    public struct Resumption: Sendable, Equatable {
        /// Cells (0-based indices) whose results were reused.
        public var reused: [Int] = []
        /// Cells that ran.
        public var ran: [Int] = []
        /// Why the run started earlier than the first changed cell, if it did.
        public var note: String?
    }

    /// The keys of the runnable cells of `chapter`, in order.
    static func keys(for cells: [Cell], base: String) -> [String] {
        var previous = base
        return cells.map { cell in
            var hash = StableHash()
            hash.add(previous)
            hash.add("line \(cell.range.start.line)")
            hash.add(cell.source)
            previous = hash.hex
            return previous
        }
    }

    /// Where to resume: how many leading cells keep their results, and why not more.
    /// `files` is the scratch folder's state now.
    func resumePoint(keys: [String], files: String) -> (count: Int, note: String?) {
        guard session != nil else { return (0, nil) }
        var unchanged = 0
        while unchanged < min(keys.count, points.count), points[unchanged].key == keys[unchanged] {
            unchanged += 1
        }
        if unchanged == keys.count, unchanged == points.count { return (unchanged, nil) }
        var count = unchanged
        var note: String?
        while count > 0 {
            let point = points[count - 1]
            if !point.snapshot.isComplete {
                note =
                    note ?? "the state after \(name(point.cell)) cannot be snapshotted ("
                    + point.snapshot.uncaptured.joined(separator: "; ") + ")"
            } else if point.files != files {
                note =
                    note
                    ?? "cells after \(name(point.cell)) wrote files in the chapter's scratch folder"
            } else {
                break
            }
            count -= 1
        }
        return (count, note)
    }

    private func name(_ cell: Int) -> String { "cell \(cell + 1)" }

    /// The scratch folder's files: relative names, sizes and modification times.
    static func stamp(ofFolder folder: String) -> String {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return "" }
        var lines: [String] = []
        while let name = enumerator.nextObject() as? String {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
                continue
            }
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
            let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            lines.append("\(name) \(size) \(time)")
        }
        return lines.sorted().joined(separator: "\n")
    }
}
