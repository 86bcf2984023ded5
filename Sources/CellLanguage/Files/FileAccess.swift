import Foundation

/// Where the cells of a session may read and write files: the one policy every built-in that
/// touches the file system (`loadModel`, `model.save`, `CSVTable.load`, `ModelCheckpoint`,
/// `TensorBoard`, `CSVLogger`, `figure.save` …) goes through.
///
/// - Reading is allowed under ``readRoots`` and ``writeRoots``.
/// - Writing is allowed under ``writeRoots`` only.
/// - A relative path to write resolves into ``scratchDirectory`` (or ``baseDirectory`` when
///   there is none); a relative path to read is looked up in the scratch folder first, then in
///   the base directory, so a chapter can save a model and load it back.
/// - Paths are checked after `..` is folded and every symbolic link of the longest existing
///   prefix is resolved, so neither `../../etc/passwd` nor a link in `chapters/` that points
///   elsewhere leads out of the roots.
///
/// The runner gives a chapter the chapters' folder to read, `output/` to write and
/// `output/.scratch/<chapter>/` as scratch; `--allow-path DIR` adds a root for both.
/// ``confined(to:)`` (reading and writing under one folder) is the default of a `Session`.
public struct FileAccess: Sendable, Equatable {
    /// Folders whose files cells may read.
    public var readRoots: [String]
    /// Folders under which cells may create and replace files (and read them).
    public var writeRoots: [String]
    /// The folder relative paths to read fall back to: the chapter's folder.
    public var baseDirectory: String
    /// The folder relative paths to write go to, created on first use (nil: ``baseDirectory``).
    public var scratchDirectory: String?

    /// A policy with the given roots.
    public init(
        readRoots: [String], writeRoots: [String], baseDirectory: String,
        scratchDirectory: String? = nil
    ) {
        self.readRoots = readRoots
        self.writeRoots = writeRoots
        self.baseDirectory = baseDirectory
        self.scratchDirectory = scratchDirectory
    }

    /// Reading and writing under `directory` only (the working directory when empty), relative
    /// paths starting there.
    public static func confined(to directory: String) -> FileAccess {
        FileAccess(readRoots: [directory], writeRoots: [directory], baseDirectory: directory)
    }

    /// What a path is wanted for.
    public enum Purpose: String, Sendable {
        case read, write
    }

    /// The absolute path to read for `path` as a cell wrote it; throws when it leads outside
    /// the roots.
    public func pathToRead(_ path: String) throws -> String {
        if !path.hasPrefix("/"), let scratch = scratchDirectory {
            let candidate = Self.join(scratch, path)
            if FileManager.default.fileExists(atPath: candidate) {
                return try checked(candidate, asked: path, purpose: .read)
            }
        }
        let full = path.hasPrefix("/") ? path : Self.join(baseDirectory, path)
        return try checked(full, asked: path, purpose: .read)
    }

    /// The absolute path to write for `path` as a cell wrote it, its folder created when it is
    /// inside the scratch folder; throws when it leads outside the write roots.
    public func pathToWrite(_ path: String) throws -> String {
        let full = path.hasPrefix("/") ? path : Self.join(scratchDirectory ?? baseDirectory, path)
        let resolved = try checked(full, asked: path, purpose: .write)
        if let scratch = scratchDirectory,
            Self.isInside(resolved, Self.resolved(Self.absolute(scratch)))
        {
            try? FileManager.default.createDirectory(
                atPath: (resolved as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true)
        }
        return resolved
    }

    /// `full` with `..` folded and links resolved, when it lies inside an allowed root.
    func checked(_ full: String, asked: String, purpose: Purpose) throws -> String {
        let resolved = Self.resolved(Self.absolute(full))
        let roots = purpose == .read ? readRoots + writeRoots : writeRoots
        for root in roots where Self.isInside(resolved, Self.resolved(Self.absolute(root))) {
            return resolved
        }
        throw FileAccessError(
            path: asked, resolved: resolved, purpose: purpose,
            allowedRoots: roots.map(Self.displayName))
    }

    // MARK: - Paths

    /// `path` made absolute against the working directory, `.` and `..` folded.
    static func absolute(_ path: String) -> String {
        let base = path.isEmpty ? "." : path
        let full =
            base.hasPrefix("/") ? base : Self.join(FileManager.default.currentDirectoryPath, base)
        var parts: [Substring] = []
        for part in full.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// An absolute path with every symbolic link in its longest existing prefix resolved; the
    /// components that do not exist yet are appended as they are.
    static func resolved(_ absolutePath: String) -> String {
        var existing = absolutePath
        var rest: [String] = []
        while existing != "/" {
            if let real = realPath(existing) {
                return rest.reversed().reduce(real) { join($0, $1) }
            }
            rest.append((existing as NSString).lastPathComponent)
            existing = (existing as NSString).deletingLastPathComponent
        }
        return absolutePath
    }

    /// The canonical path of an existing file or folder (links resolved), else nil.
    static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// A root as messages show it: relative to the working directory when inside it.
    static func displayName(_ root: String) -> String {
        let full = absolute(root)
        let cwd = absolute(FileManager.default.currentDirectoryPath)
        guard full != cwd else { return "./" }
        if isInside(full, cwd) { return String(full.dropFirst(cwd.count + 1)) + "/" }
        return full.hasSuffix("/") ? full : full + "/"
    }
}
