// features: dictionaries, sets, recursion, closures, inout, optionals, classes
struct Graph {
    private(set) var edges: [String: [String]] = [:]

    mutating func connect(_ a: String, _ b: String, directed: Bool = false) {
        edges[a, default: []].append(b)
        if !directed { edges[b, default: []].append(a) }
        if edges[b] == nil { edges[b] = [] }
    }

    func neighbours(of node: String) -> [String] {
        (edges[node] ?? []).sorted()
    }

    func depthFirst(from start: String) -> [String] {
        var visited: Set<String> = []
        var order: [String] = []
        func visit(_ node: String) {
            guard !visited.contains(node) else { return }
            visited.insert(node)
            order.append(node)
            for next in neighbours(of: node) { visit(next) }
        }
        visit(start)
        return order
    }

    func breadthFirst(from start: String) -> [String: Int] {
        var distance = [start: 0]
        var frontier = [start]
        while !frontier.isEmpty {
            var nextFrontier: [String] = []
            for node in frontier {
                for n in neighbours(of: node) where distance[n] == nil {
                    distance[n] = distance[node]! + 1
                    nextFrontier.append(n)
                }
            }
            frontier = nextFrontier
        }
        return distance
    }

    func topologicalOrder() -> [String]? {
        var indegree: [String: Int] = [:]
        for node in edges.keys { indegree[node] = indegree[node] ?? 0 }
        for targets in edges.values { for t in targets { indegree[t, default: 0] += 1 } }
        var ready = indegree.filter { $0.value == 0 }.map(\.key).sorted()
        var order: [String] = []
        while !ready.isEmpty {
            let node = ready.removeFirst()
            order.append(node)
            for t in neighbours(of: node) {
                indegree[t]! -= 1
                if indegree[t] == 0 { ready.append(t); ready.sort() }
            }
        }
        return order.count == edges.count ? order : nil
    }
}

var city = Graph()
for (a, b) in [("A", "B"), ("A", "C"), ("B", "D"), ("C", "D"), ("D", "E"), ("F", "G")] {
    city.connect(a, b)
}
print(city.depthFirst(from: "A"))
let hops = city.breadthFirst(from: "A")
print(hops.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" })
print(city.breadthFirst(from: "F").count)

var tasks = Graph()
tasks.connect("wake", "shower", directed: true)
tasks.connect("wake", "coffee", directed: true)
tasks.connect("shower", "dress", directed: true)
tasks.connect("coffee", "leave", directed: true)
tasks.connect("dress", "leave", directed: true)
print(tasks.topologicalOrder() ?? [])
tasks.connect("leave", "wake", directed: true)
print(tasks.topologicalOrder() == nil)
