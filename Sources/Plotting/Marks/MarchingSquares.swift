/// Contour lines of a sampled 2-D function by marching squares (Lorensen & Cline 1987, in its
/// 2-D form).
///
/// `values[j][i]` is the function at grid node (i, j). For a level L each cell is classified
/// by which corners are ≥ L; the crossing on each cut edge is linearly interpolated, and the
/// ambiguous saddle cases are resolved with the cell-centre average. Segments sharing an edge
/// are chained into polylines, so a closed contour becomes one closed subpath. Cells touching
/// a non-finite value are skipped.
struct MarchingSquares {
    let values: [[Double]]
    let columns: Int  // nodes per row
    let rows: Int  // node rows

    init(values: [[Double]]) {
        self.values = values
        rows = values.count
        columns = values.map(\.count).min() ?? 0
    }

    /// Polylines in grid coordinates (x = column index, y = row index, fractional).
    func lines(at level: Double) -> [[Point]] {
        guard rows > 1, columns > 1 else { return [] }
        var segments: [(Int, Int)] = []
        var crossings: [Int: Point] = [:]
        let horizontalCount = rows * (columns - 1)
        func horizontal(_ i: Int, _ j: Int) -> Int { j * (columns - 1) + i }
        func vertical(_ i: Int, _ j: Int) -> Int { horizontalCount + j * columns + i }
        for j in 0..<(rows - 1) {
            for i in 0..<(columns - 1) {
                let a = values[j][i]
                let b = values[j][i + 1]
                let c = values[j + 1][i + 1]
                let d = values[j + 1][i]
                guard a.isFinite, b.isFinite, c.isFinite, d.isFinite else { continue }
                var index = 0
                if a >= level { index |= 1 }
                if b >= level { index |= 2 }
                if c >= level { index |= 4 }
                if d >= level { index |= 8 }
                if index == 0 || index == 15 { continue }
                // Edge ids and crossing points: 0 bottom, 1 right, 2 top, 3 left.
                let edges = [
                    horizontal(i, j), vertical(i + 1, j), horizontal(i, j + 1), vertical(i, j),
                ]
                func cross(_ edge: Int) -> Int {
                    let id = edges[edge]
                    if crossings[id] == nil {
                        let x = Double(i)
                        let y = Double(j)
                        switch edge {
                        case 0: crossings[id] = Point(x: x + t(a, b, level), y: y)
                        case 1: crossings[id] = Point(x: x + 1, y: y + t(b, c, level))
                        case 2: crossings[id] = Point(x: x + t(d, c, level), y: y + 1)
                        default: crossings[id] = Point(x: x, y: y + t(a, d, level))
                        }
                    }
                    return id
                }
                let centreAbove = (a + b + c + d) / 4 >= level
                for (p, q) in Self.cases(index, centreAbove: centreAbove) {
                    segments.append((cross(p), cross(q)))
                }
            }
        }
        return chain(segments).map { $0.compactMap { crossings[$0] } }
    }

    private func t(_ v0: Double, _ v1: Double, _ level: Double) -> Double {
        let span = v1 - v0
        guard span != 0 else { return 0.5 }
        return min(max((level - v0) / span, 0), 1)
    }

    /// Edge pairs cut in a cell with corner mask `index` (bit 0 = bottom-left, counter-clockwise).
    static func cases(_ index: Int, centreAbove: Bool) -> [(Int, Int)] {
        switch index {
        case 1, 14: return [(3, 0)]
        case 2, 13: return [(0, 1)]
        case 3, 12: return [(3, 1)]
        case 4, 11: return [(1, 2)]
        case 6, 9: return [(0, 2)]
        case 7, 8: return [(3, 2)]
        case 5: return centreAbove ? [(0, 1), (2, 3)] : [(3, 0), (1, 2)]
        case 10: return centreAbove ? [(3, 0), (1, 2)] : [(0, 1), (2, 3)]
        default: return []
        }
    }

    /// Joins segments that share edge ids into chains of edge ids.
    private func chain(_ segments: [(Int, Int)]) -> [[Int]] {
        var touching: [Int: [Int]] = [:]
        for (index, segment) in segments.enumerated() {
            touching[segment.0, default: []].append(index)
            touching[segment.1, default: []].append(index)
        }
        var used = [Bool](repeating: false, count: segments.count)
        var chains: [[Int]] = []
        func walk(from segmentIndex: Int, startingAt edge: Int) -> [Int] {
            var result = [edge]
            var current = segmentIndex
            var point = edge
            while true {
                used[current] = true
                let segment = segments[current]
                let next = segment.0 == point ? segment.1 : segment.0
                result.append(next)
                point = next
                guard let candidate = touching[next]?.first(where: { !used[$0] }) else { break }
                current = candidate
            }
            return result
        }
        // Open chains start at edges touched once (the grid border); then closed loops.
        let starts = segments.indices.filter { index in
            touching[segments[index].0]?.count == 1 || touching[segments[index].1]?.count == 1
        }
        for index in starts where !used[index] {
            let segment = segments[index]
            let start = touching[segment.0]?.count == 1 ? segment.0 : segment.1
            chains.append(walk(from: index, startingAt: start))
        }
        for index in segments.indices where !used[index] {
            chains.append(walk(from: index, startingAt: segments[index].0))
        }
        return chains
    }
}
