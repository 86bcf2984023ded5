import Foundation

/// The files `render` wrote into the output folder for each chapter (its page and figures),
/// kept in `<output>/.handson-cache/written-files.manifest` so that a full render can remove the files of
/// chapters that left the book (renamed or deleted) and figures a chapter no longer draws.
///
/// Only files listed here are ever removed, and only while they still hold what was written
/// (the digest recorded when they were written matches); anything else in the output folder —
/// a user's own file, a file a cell wrote, a page edited by hand — is left alone.
struct OutputManifest: Codable {
    /// Bumped whenever the file's layout changes; a manifest of another format is started over.
    static let format = 1
    /// Not `*.json`, the names of the chapters' cache entries.
    static let fileName = "written-files.manifest"

    var format = Self.format
    /// Chapter (its page's stem) → file name → digest of what was written.
    var chapters: [String: [String: String]] = [:]

    /// A chapter whose files a full render removed, for the note it prints.
    struct Removal: Equatable {
        var chapter: String
        var files: [String]
    }

    /// The manifest in `cacheDirectory`, or an empty one (none yet, or unreadable).
    static func load(from cacheDirectory: URL) -> OutputManifest {
        let url = cacheDirectory.appendingPathComponent(fileName)
        guard let data = try? Data(contentsOf: url),
            let manifest = try? JSONDecoder().decode(OutputManifest.self, from: data),
            manifest.format == format
        else { return OutputManifest() }
        return manifest
    }

    /// Writes the manifest atomically (a manifest that cannot be written only means files that
    /// will not be removed later).
    func save(to cacheDirectory: URL) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(self) else { return }
        try? FileManager.default.createDirectory(
            at: cacheDirectory, withIntermediateDirectories: true)
        try? data.write(to: cacheDirectory.appendingPathComponent(Self.fileName), options: .atomic)
    }

    /// Records files just written for `chapter` (name → content), beside those recorded before:
    /// an earlier render's files stay listed until a full render removes them.
    mutating func record(_ files: [String: String], for chapter: String) {
        for (name, content) in files {
            chapters[chapter, default: [:]][name] = Self.digest(content)
        }
    }

    /// After a full render: removes from `folder` every recorded file that this render did not
    /// write (`written`, by chapter) and that still holds what was recorded, and forgets the
    /// files it removed or that are gone or changed. Files of `written` chapters that are no
    /// longer drawn go quietly; chapters not in `written` are returned, for a note each.
    mutating func prune(keeping written: [String: Set<String>], in folder: URL) -> [Removal] {
        let keep = written.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        var removals: [Removal] = []
        for chapter in chapters.keys.sorted() {
            var removed: [String] = []
            for (name, digest) in chapters[chapter, default: [:]].sorted(by: { $0.key < $1.key })
            where !keep.contains(name) {
                chapters[chapter]?[name] = nil
                // Only a plain file name inside the folder, never a path out of it.
                guard Self.isPlainName(name) else { continue }
                let url = folder.appendingPathComponent(name)
                guard let data = FileManager.default.contents(atPath: url.path),
                    ChapterCache.digest(data) == digest
                else { continue }
                if (try? FileManager.default.removeItem(at: url)) != nil { removed.append(name) }
            }
            if written[chapter] == nil {
                chapters[chapter] = nil
                if !removed.isEmpty { removals.append(Removal(chapter: chapter, files: removed)) }
            } else if chapters[chapter]?.isEmpty == true {
                chapters[chapter] = nil
            }
        }
        return removals
    }

    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\")
    }

    static func digest(_ content: String) -> String {
        ChapterCache.digest(Data(content.utf8))
    }
}
