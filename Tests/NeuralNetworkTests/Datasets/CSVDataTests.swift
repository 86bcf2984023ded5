import Foundation
import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct CSVDataTests {
    /// The chapters' data folder of this checkout.
    static let dataFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("chapters/data").path

    @Test func parsesQuotesSeparatorsAndPositions() throws {
        let text = "name,value\n\"a, b\",1.5\n\n\"say \"\"hi\"\"\",-2\r\nplain,3\n"
        let table = try CSVTable(text: text, path: "t.csv")
        #expect(table.columnNames == ["name", "value"])
        #expect(table.rows == [["a, b", "1.5"], ["say \"hi\"", "-2"], ["plain", "3"]])
        #expect(try table.numbers(column: "value").scalars == [1.5, -2, 3])
        #expect(table.positions[1][1] == CSVTable.Position(line: 4, column: 14))
        let (labels, classes) = try table.labels(column: "name")
        #expect(labels == [0, 1, 2] && classes == ["a, b", "say \"hi\"", "plain"])
    }

    @Test func reportsTheLineAndColumnOfABadValue() throws {
        let table = try CSVTable(text: "x,y\n1,2\n3,abc\n", path: "bad.csv")
        #expect(
            throws: DatasetError.malformedFile(
                path: "bad.csv", line: 3, column: 3,
                reason: "expected a number in column 'y', found 'abc'")
        ) { try table.numbers() }
        #expect(
            throws: DatasetError.malformedFile(
                path: "ragged.csv", line: 3, column: 5,
                reason: "expected 2 fields as in the first row, found 3")
        ) { try CSVTable(text: "x,y\n1,2\n3,4,5\n", path: "ragged.csv") }
        #expect(
            throws: DatasetError.malformedFile(
                path: "q.csv", line: 2, column: 3, reason: "unterminated quoted field")
        ) { try CSVTable(text: "x,y\n1,\"2\n", path: "q.csv") }
        #expect(
            throws: DatasetError.malformedFile(
                path: "e.csv", line: 1, column: 1, reason: "the file has no rows")
        ) { try CSVTable(text: "\n\n", path: "e.csv") }
        #expect(throws: DatasetError.self) { try table.numbers(columns: ["z"]) }
        #expect(throws: DatasetError.self) { try CSVTable.load("/nonexistent/data.csv") }
        // A device or a folder is refused before anything is read (reading /dev/zero never ends).
        #expect(
            throws: DatasetError.corruptFile(path: "/dev/zero", reason: "is not a regular file")
        ) {
            try CSVTable.load("/dev/zero")
        }
        #expect(throws: DatasetError.self) { try CSVTable.load("/tmp") }
        let description = DatasetError.malformedFile(
            path: "bad.csv", line: 3, column: 3, reason: "r"
        ).description
        #expect(description == "bad.csv:3:3: r")
    }

    @Test func loadsTheShippedIrisData() throws {
        let iris = try Iris.load(path: Self.dataFolder + "/iris.csv")
        #expect(iris.features.shape == [150, 4])
        #expect(iris.labels.count == 150)
        #expect((0..<3).map { k in iris.labels.filter { $0 == k }.count } == [50, 50, 50])
        // Published means: sepal length 5.8433, petal length 3.758 cm.
        let means = try iris.features.mean(alongAxes: [0]).scalars
        #expect(abs(means[0] - 5.843333) < 1e-4 && abs(means[2] - 3.758) < 1e-4)
        #expect(try iris.features.row(0).scalars == [5.1, 3.5, 1.4, 0.2])
    }

    @Test func loadsTheShippedDiabetesData() throws {
        let d = try Diabetes.load(path: Self.dataFolder + "/diabetes.csv")
        #expect(d.features.shape == [442, 10] && d.target.shape == [442])
        // Mean progression 152.1335 (Efron et al. 2004, the target of scikit-learn's copy).
        #expect(abs((try d.target.mean().scalar ?? 0) - 152.133484) < 1e-3)
        #expect(d.target.scalars.min() == 25 && d.target.scalars.max() == 346)
    }

    @Test func elongatedBowlHasFeaturesOnDifferentScales() throws {
        let a = try SyntheticData.elongatedBowl(count: 2000, stretch: 10, noise: 0, seed: 3)
        let b = try SyntheticData.elongatedBowl(count: 2000, stretch: 10, noise: 0, seed: 3)
        #expect(a == b)
        let maxima = try a.x.max(alongAxis: 0).scalars
        #expect(maxima[0] < 2 && maxima[0] > 1.9 && maxima[1] < 20 && maxima[1] > 19)
        // Without noise the targets are exactly the linear function.
        for i in 0..<5 {
            let row = try a.x.row(i).scalars
            #expect(abs(a.y.scalars[i] - (4 + 3 * row[0] + 0.3 * row[1])) < 1e-4)
        }
        #expect(throws: DatasetError.self) { try SyntheticData.elongatedBowl(stretch: 0) }
    }
}
