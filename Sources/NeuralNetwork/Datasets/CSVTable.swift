import Foundation
import Tensors

/// A CSV file read into memory (RFC 4180: fields separated by a comma or another separator,
/// double-quoted fields that may hold separators, line breaks and `""` for a quote), with the
/// line and column where every field starts, so a bad value is reported where it is.
///
/// ```swift
/// let table = try CSVTable.load("data/iris.csv")
/// let x = try table.numbers(columns: ["petal_length_cm", "petal_width_cm"])
/// let (labels, classes) = try table.labels(column: "species")
/// ```
public struct CSVTable {
    /// Where a field starts in the file: 1-based line and UTF-8 column.
    public struct Position: Equatable {
        public let line: Int
        public let column: Int
    }

    /// The file the table was read from (as given), used in error messages.
    public let path: String
    /// The header's names (`column1` … when the file has no header).
    public let columnNames: [String]
    /// The fields of every data row, as text.
    public let rows: [[String]]
    /// Where each field of ``rows`` starts.
    let positions: [[Position]]

    /// The largest CSV file read (1 GiB).
    public static let maximumFileSize = 1 << 30

    /// Reads and parses the file at `path`; throws ``DatasetError/fileNotFound(name:searched:)``
    /// when it does not exist and ``DatasetError/malformedFile(path:line:column:reason:)`` at the
    /// first malformed place.
    public static func load(
        _ path: String, separator: Character = ",", hasHeader: Bool = true
    ) throws -> CSVTable {
        let data: Data
        switch FileReading.contents(of: path, limit: maximumFileSize) {
        case .success(let d): data = d
        case .failure(.missing):
            throw DatasetError.fileNotFound(
                name: (path as NSString).lastPathComponent, searched: [path])
        case .failure(let failure):
            throw DatasetError.corruptFile(
                path: path, reason: FileReading.describe(failure, limit: maximumFileSize))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DatasetError.corruptFile(path: path, reason: "is not UTF-8 text")
        }
        return try CSVTable(text: text, path: path, separator: separator, hasHeader: hasHeader)
    }

    /// Parses CSV `text`; `path` names it in error messages. Every row must have as many fields
    /// as the first; blank lines are skipped.
    public init(text: String, path: String, separator: Character = ",", hasHeader: Bool = true)
        throws
    {
        guard let sep = separator.asciiValue, separator != "\"", separator != "\n" else {
            throw DatasetError.invalidArgument(
                operation: "CSVTable",
                reason:
                    "the separator must be one ASCII character other than a quote or a line break")
        }
        self.path = path
        var records = try Self.parse(Array(text.utf8), separator: sep, path: path)
        guard !records.isEmpty else {
            throw DatasetError.malformedFile(
                path: path, line: 1, column: 1, reason: "the file has no rows")
        }
        let width = records[0].fields.count
        for record in records where record.fields.count != width {
            let at = record.positions.last ?? Position(line: 1, column: 1)
            throw DatasetError.malformedFile(
                path: path, line: at.line, column: at.column,
                reason: "expected \(width) fields as in the first row, found \(record.fields.count)"
            )
        }
        if hasHeader {
            columnNames = records.removeFirst().fields
        } else {
            columnNames = (1...width).map { "column\($0)" }
        }
        rows = records.map(\.fields)
        positions = records.map(\.positions)
    }

    /// The index of the column named `name`; throws with the known names when there is none.
    public func columnIndex(_ name: String) throws -> Int {
        if let i = columnNames.firstIndex(of: name) { return i }
        throw DatasetError.invalidArgument(
            operation: "\(path)",
            reason: "no column named '\(name)'. Columns: \(columnNames.joined(separator: ", "))")
    }

    /// The given columns (all by default) as a `[rows, columns]` Float tensor; throws at the
    /// first field that is not a number.
    public func numbers(columns: [String]? = nil) throws -> Tensor {
        let indices = try (columns ?? columnNames).map(columnIndex)
        var scalars: [Float] = []
        scalars.reserveCapacity(rows.count * indices.count)
        for (r, row) in rows.enumerated() {
            for c in indices {
                let field = row[c].trimmingCharacters(in: .whitespaces)
                guard let value = Float(field), value.isFinite else {
                    let at = positions[r][c]
                    throw DatasetError.malformedFile(
                        path: path, line: at.line, column: at.column,
                        reason: "expected a number in column '\(columnNames[c])', found '\(field)'")
                }
                scalars.append(value)
            }
        }
        return try Tensor(shape: [rows.count, indices.count], scalars: scalars)
    }

    /// One column of numbers as a `[rows]` tensor.
    public func numbers(column: String) throws -> Tensor {
        try numbers(columns: [column]).reshaped([rows.count])
    }

    /// A column of class names as integer labels, classes numbered in order of first
    /// appearance (or in the order of `classes` when given; an unknown name throws).
    public func labels(column: String, classes: [String]? = nil) throws -> (
        labels: [Int], classes: [String]
    ) {
        let c = try columnIndex(column)
        var names = classes ?? []
        var index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var labels: [Int] = []
        for (r, row) in rows.enumerated() {
            let name = row[c].trimmingCharacters(in: .whitespaces)
            if let k = index[name] {
                labels.append(k)
            } else if classes == nil {
                index[name] = names.count
                labels.append(names.count)
                names.append(name)
            } else {
                let at = positions[r][c]
                throw DatasetError.malformedFile(
                    path: path, line: at.line, column: at.column,
                    reason:
                        "unknown class '\(name)' in column '\(column)'; expected one of \(names.joined(separator: ", "))"
                )
            }
        }
        return (labels, names)
    }

    struct Record {
        var fields: [String] = []
        var positions: [Position] = []
    }

    /// Splits UTF-8 bytes into records of fields.
    static func parse(_ bytes: [UInt8], separator: UInt8, path: String) throws -> [Record] {
        let quote = UInt8(ascii: "\"")
        let newline = UInt8(ascii: "\n")
        let cr = UInt8(ascii: "\r")
        var records: [Record] = []
        var record = Record()
        var field: [UInt8] = []
        var line = 1
        var lineStart = 0
        var i = 0
        var fieldStart = Position(line: 1, column: 1)
        var atFieldStart = true
        func endField() {
            record.fields.append(String(decoding: field, as: UTF8.self))
            record.positions.append(fieldStart)
            field.removeAll(keepingCapacity: true)
            atFieldStart = true
        }
        while i < bytes.count {
            let b = bytes[i]
            if atFieldStart {
                fieldStart = Position(line: line, column: i - lineStart + 1)
                atFieldStart = false
                if b == quote {
                    // A quoted field runs to the next lone quote.
                    let open = fieldStart
                    i += 1
                    var closed = false
                    while i < bytes.count {
                        if bytes[i] == quote {
                            if i + 1 < bytes.count, bytes[i + 1] == quote {
                                field.append(quote)
                                i += 2
                                continue
                            }
                            closed = true
                            i += 1
                            break
                        }
                        if bytes[i] == newline {
                            line += 1
                            lineStart = i + 1
                        }
                        field.append(bytes[i])
                        i += 1
                    }
                    guard closed else {
                        throw DatasetError.malformedFile(
                            path: path, line: open.line, column: open.column,
                            reason: "unterminated quoted field")
                    }
                    if i < bytes.count, bytes[i] != separator, bytes[i] != newline, bytes[i] != cr {
                        throw DatasetError.malformedFile(
                            path: path, line: line, column: i - lineStart + 1,
                            reason: "unexpected text after a closing quote")
                    }
                    continue
                }
            }
            if b == separator {
                endField()
            } else if b == newline || b == cr {
                let blank =
                    record.fields.isEmpty && field.isEmpty && fieldStart.column == i - lineStart + 1
                if !blank {
                    endField()
                    records.append(record)
                }
                record = Record()
                field.removeAll(keepingCapacity: true)
                atFieldStart = true
                if b == cr, i + 1 < bytes.count, bytes[i + 1] == newline { i += 1 }
                line += 1
                lineStart = i + 1
            } else {
                field.append(b)
            }
            i += 1
        }
        if !atFieldStart || !record.fields.isEmpty {
            endField()
            records.append(record)
        }
        return records
    }
}
