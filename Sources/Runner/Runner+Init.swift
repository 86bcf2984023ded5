import Foundation

extension Runner {
    /// Creates a new book in `directory`: `book.yml`, one example chapter, a Makefile with the
    /// `render` and `test` targets, and a `.gitignore`.
    ///
    /// A folder that exists and is not empty is refused unless `allowNonEmpty`; even then no
    /// existing file is replaced: the command stops before writing anything if one is in the
    /// way.
    public func initBook(_ directory: String, allowNonEmpty: Bool = false) -> ExitCode {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: directory, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                output("error: '\(directory)' exists and is not a folder")
                return .usage
            }
            let contents = (try? fm.contentsOfDirectory(atPath: directory)) ?? []
            if !contents.isEmpty && !allowNonEmpty {
                output(
                    "error: '\(directory)' is not empty; use --allow-non-empty to add a book to it (no file is replaced)"
                )
                return .usage
            }
        }
        let absolute = URL(fileURLWithPath: directory).standardizedFileURL
        let title = BookConfiguration.defaults(forFolder: absolute.path).metadata.title
        let files = BookSkeleton.files(title: title)
        let inTheWay = files.map(\.path).filter {
            fm.fileExists(atPath: absolute.appendingPathComponent($0).path)
        }
        if !inTheWay.isEmpty {
            output(
                "error: '\(directory)' already has \(inTheWay.joined(separator: ", ")); nothing was written"
            )
            return .usage
        }
        do {
            for (path, text) in files {
                try AtomicWriter.write(text, to: absolute.appendingPathComponent(path))
            }
        } catch {
            output("error: cannot write the book to '\(directory)': \(error.localizedDescription)")
            return .usage
        }
        output("created a book in \(directory)/: \(files.map(\.path).joined(separator: ", "))")
        output("next: cd \(directory) && make render   (then open output/index.html)")
        return .success
    }
}
