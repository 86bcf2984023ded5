import Tensors

/// The diabetes regression data of Efron, Hastie, Johnstone & Tibshirani (2004): ten baseline
/// measurements of 442 patients and a quantitative measure of disease progression one year
/// later. Shipped unscaled as `chapters/data/diabetes.csv` (see its README for the source and
/// licence); standardize the features before training (``StandardScaler``).
public struct Diabetes {
    /// Age, sex, body-mass index, average blood pressure and six blood serum measurements.
    public static let featureNames = [
        "age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6",
    ]

    /// The measurements, `[442, 10]`.
    public let features: Tensor
    /// The disease progression of each patient, `[442]` (25 … 346).
    public let target: Tensor

    /// The names of the ten measurements (``featureNames``).
    public var featureNames: [String] { Self.featureNames }

    /// Reads the CSV file at `path` (columns ``featureNames`` and `progression`).
    public static func load(path: String = "data/diabetes.csv") throws -> Diabetes {
        let table = try CSVTable.load(path)
        return Diabetes(
            features: try table.numbers(columns: featureNames),
            target: try table.numbers(column: "progression"))
    }
}
