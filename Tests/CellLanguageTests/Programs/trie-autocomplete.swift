// features: classes, dictionaries, recursion, characters, optionals, sorting, inout
final class TrieNode {
    var children: [Character: TrieNode] = [:]
    var isWord = false
    var count = 0
}

final class Trie {
    private let root = TrieNode()
    private(set) var wordCount = 0

    func insert(_ word: String) {
        var node = root
        for ch in word.lowercased() {
            if let next = node.children[ch] {
                node = next
            } else {
                let next = TrieNode()
                node.children[ch] = next
                node = next
            }
            node.count += 1
        }
        if !node.isWord { wordCount += 1 }
        node.isWord = true
    }

    private func node(for prefix: String) -> TrieNode? {
        var node = root
        for ch in prefix.lowercased() {
            guard let next = node.children[ch] else { return nil }
            node = next
        }
        return node
    }

    func contains(_ word: String) -> Bool { node(for: word)?.isWord ?? false }

    func countWords(withPrefix prefix: String) -> Int { node(for: prefix)?.count ?? 0 }

    func complete(_ prefix: String, limit: Int = 10) -> [String] {
        guard let start = node(for: prefix) else { return [] }
        var results: [String] = []
        collect(start, prefix.lowercased(), into: &results)
        return Array(results.sorted().prefix(limit))
    }

    private func collect(_ node: TrieNode, _ path: String, into results: inout [String]) {
        if node.isWord { results.append(path) }
        for (ch, child) in node.children {
            collect(child, path + String(ch), into: &results)
        }
    }
}

let trie = Trie()
for word in ["car", "card", "care", "careful", "cart", "cat", "dog", "dot", "Dove", "car"] {
    trie.insert(word)
}
print(trie.wordCount)
print(trie.complete("car"))
print(trie.complete("do"), trie.complete("x"))
print(trie.contains("care"), trie.contains("ca"), trie.contains("DOVE"))
print(trie.countWords(withPrefix: "ca"), trie.countWords(withPrefix: "car"))
print(trie.complete("c", limit: 3))
