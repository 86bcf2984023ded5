import Tensors

/// Fisher's Iris data (Fisher 1936): 150 flowers of three species, 50 each, described by four
/// measurements in centimetres. Shipped as `chapters/data/iris.csv` (see its README for the
/// source and licence).
public struct Iris {
    /// The four measurements, in the order of ``features``' columns.
    public static let featureNames = [
        "sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm",
    ]
    /// The species, indexed by label.
    public static let classNames = ["setosa", "versicolor", "virginica"]

    /// The measurements, `[150, 4]`.
    public let features: Tensor
    /// The species of each flower, in `0..<3` (``classNames``).
    public let labels: [Int]

    /// The names of the four measurements (``featureNames``).
    public var featureNames: [String] { Self.featureNames }
    /// The names of the three species (``classNames``).
    public var classNames: [String] { Self.classNames }

    /// Reads the CSV file at `path` (columns ``featureNames`` and `species`); a missing file,
    /// a non-numeric measurement or an unknown species is a thrown ``DatasetError`` with the
    /// line and column.
    public static func load(path: String = "data/iris.csv") throws -> Iris {
        let table = try CSVTable.load(path)
        let features = try table.numbers(columns: featureNames)
        let (labels, _) = try table.labels(column: "species", classes: classNames)
        return Iris(features: features, labels: labels)
    }
}
