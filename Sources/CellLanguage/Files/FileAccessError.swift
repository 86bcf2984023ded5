/// A cell asked for a file outside the folders its ``FileAccess`` policy allows.
public struct FileAccessError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path as the cell wrote it.
    public var path: String
    /// Where it leads, `..` folded and links resolved.
    public var resolved: String
    /// Whether it was to be read or written.
    public var purpose: FileAccess.Purpose
    /// The folders that would have been allowed, as messages show them.
    public var allowedRoots: [String]

    /// `cannot write '/tmp/x' (outside the allowed folders output/); …`
    public var description: String {
        let leads = resolved == path ? "" : " (it leads to '\(resolved)')"
        let roots = allowedRoots.joined(separator: ", ")
        return "cannot \(purpose.rawValue) '\(path)'\(leads): cells may \(purpose.rawValue) "
            + "files only under \(roots); allow another folder with --allow-path DIR"
    }
}
