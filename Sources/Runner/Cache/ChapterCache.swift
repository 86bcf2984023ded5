import Foundation
import HTMLRendering

/// The results of chapters that ran, kept so that a chapter whose inputs did not change is not
/// run again (`<output>/.handson-cache/<chapter>.json`).
///
/// An entry is reused when its key matches and the files the chapter read are unchanged: the
/// key digests the cache format, the tool (its version and the running executable's size and
/// modification time), the options that change results (cell time limit, step limit, extra
/// folders) and the chapter's text; the entry records a digest of every file the chapter's cells
/// read (its data files), and a file changed or gone since makes it stale. An entry that cannot
/// be decoded, or was written by another format, is discarded.
struct ChapterCache {
    /// Bumped whenever ``Entry`` or what it means changes.
    static let format = 2
    /// The tool's version, part of every key.
    static let toolVersion = "0.1.0"

    var directory: URL

    /// A chapter's cached results.
    struct Entry: Codable {
        var format: Int
        var key: String
        var outcomes: [Int: CellOutcome]
        var checks: [Check]
        var problems: [String]
        var duration: Double
        var cellsRun: Int
        /// Every file the chapter's cells read, with a digest of its contents.
        var reads: [String: String]
    }

    enum Lookup {
        case hit(Entry)
        case miss
        /// The entry was unreadable and has been removed; why.
        case discarded(String)
    }

    init(outputDirectory: String) {
        directory = URL(fileURLWithPath: outputDirectory).appendingPathComponent(".handson-cache")
    }

    func url(for stem: String) -> URL {
        directory.appendingPathComponent(stem + ".json")
    }

    func lookup(_ stem: String, key: String) -> Lookup {
        let url = url(for: stem)
        guard let data = try? Data(contentsOf: url) else { return .miss }
        guard let entry = try? JSONDecoder().decode(Entry.self, from: data),
            entry.format == Self.format
        else {
            try? FileManager.default.removeItem(at: url)
            return .discarded("cache entry \(url.lastPathComponent) is unreadable; discarded")
        }
        guard entry.key == key, Self.unchanged(entry.reads) else { return .miss }
        return .hit(entry)
    }

    /// Whether every file in `reads` still has the digest recorded for it.
    static func unchanged(_ reads: [String: String]) -> Bool {
        reads.allSatisfy { path, digest in
            FileManager.default.contents(atPath: path).map(Self.digest) == digest
        }
    }

    /// The digests of the files at `paths`, leaving out those under `excluded` folders (the
    /// chapter's own scratch files in the output folder, which it writes before reading).
    static func reads(_ paths: [String], excluding excluded: [String]) -> [String: String] {
        let skipped = excluded.map { URL(fileURLWithPath: $0).standardizedFileURL.path + "/" }
        var out: [String: String] = [:]
        for path in paths {
            let full = URL(fileURLWithPath: path).standardizedFileURL.path
            if skipped.contains(where: { full.hasPrefix($0) }) { continue }
            // A file that cannot be read back gets a digest no file has, so the entry is stale.
            out[path] = FileManager.default.contents(atPath: path).map(Self.digest) ?? "unreadable"
        }
        return out
    }

    static func digest(_ data: Data) -> String {
        var hash = StableHash()
        hash.add(data)
        return hash.hex
    }

    /// The key of a rendered chapter whose text is `text`; `options` are the settings that change
    /// results. The files it reads are checked separately (``Entry/reads``).
    static func renderKey(text: String, options: [String]) -> String {
        baseHash(text: text, options: options).hex
    }

    /// The format, the tool, the options and the text: what every key starts from.
    static func baseHash(text: String, options: [String]) -> StableHash {
        var hash = StableHash()
        hash.add("format \(format)")
        hash.add("tool \(toolVersion)")
        hash.add(executableStamp())
        for option in options { hash.add(option) }
        hash.add(text)
        return hash
    }

    func store(_ entry: Entry, for stem: String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(entry) else { return }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // A cache that cannot be written only costs a re-run next time.
        try? data.write(to: url(for: stem), options: .atomic)
    }

    /// Removes the entries of chapters other than `chapters` (page stems): those of chapters
    /// that left the book.
    func removeEntries(except chapters: Set<String>) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasSuffix(".json") {
            if !chapters.contains(String(name.dropLast(5))) {
                try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
            }
        }
    }

    /// The key of a chapter whose text is `text`, in `folder`; `options` are the settings that
    /// change results, `excluded` folders whose files cells cannot have read (the output).
    static func key(text: String, folder: String, options: [String], excluded: [String]) -> String {
        var hash = baseHash(text: text, options: options)
        for (name, data) in dataFiles(in: folder, excluding: excluded) {
            hash.add(name)
            hash.add(data)
        }
        return hash.hex
    }

    /// The running executable's size and modification time: a rebuilt tool may compute other
    /// results.
    static func executableStamp() -> String {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            return "executable ?"
        }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "executable \(size) \(date)"
    }

    /// Every regular file under `folder` (sorted by relative path) that cells may read: all but
    /// the chapters (`*.md` in `folder` itself), the files that only shape pages (`book.yml`,
    /// `_template.html`), hidden files, and the `excluded` folders.
    static func dataFiles(in folder: String, excluding excluded: [String]) -> [(String, Data)] {
        let root = folder.isEmpty ? "." : folder
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        let skipped = Set(excluded.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        var names: [String] = []
        while let name = enumerator.nextObject() as? String {
            let last = (name as NSString).lastPathComponent
            let full = URL(fileURLWithPath: (root as NSString).appendingPathComponent(name))
                .standardizedFileURL.path
            if last.hasPrefix(".") || skipped.contains(full) {
                enumerator.skipDescendants()
                continue
            }
            if !name.contains("/"),
                last.hasSuffix(".md") || last == BookConfiguration.fileName
                    || last == "_template.html"
            {
                continue
            }
            names.append(name)
        }
        return names.sorted().compactMap { name in
            let path = (root as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
                !isFolder.boolValue,
                let data = FileManager.default.contents(atPath: path)
            else { return nil }
            return (name, data)
        }
    }
}
