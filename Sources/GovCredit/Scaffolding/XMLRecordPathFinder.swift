/// Finds where the records of a provincial XML export are (`失信信息报送/记录列表/失信记录`) by reading the start of
/// the document: the record element is the shallowest element below the root that repeats under one parent and
/// holds elements of its own. Reads at most ``maximumElements`` elements, however long the file.
enum XMLRecordPathFinder {
    static let maximumElements = 5_000

    /// The element names from the root to the record element; `nil` for the canonical form (records are the
    /// root's children) or a file too small to tell.
    static func find(path: String) throws(InputError) -> [String]? {
        let reader = try LibXMLTextReader(path: path, displayName: path, encoding: .automatic, schemaPath: nil)
        var stack: [String] = []
        var counts: [[String]: Int] = [:]
        var complex: Set<[String]> = []
        var order: [[String]] = []
        var elements = 0
        while elements < maximumElements, try reader.read() {
            switch reader.kind {
            case .element:
                elements += 1
                stack = Array(stack.prefix(reader.depth))
                if !stack.isEmpty { complex.insert(stack) }
                stack.append(reader.localName)
                if counts[stack] == nil { order.append(stack) }
                counts[stack, default: 0] += 1
                if reader.isEmptyElement { stack.removeLast() }
            case .endElement:
                stack = Array(stack.prefix(reader.depth))
            default:
                continue
            }
        }
        let candidates = order.filter { $0.count >= 2 && complex.contains($0) }
        if let repeated = candidates.first(where: { (counts[$0] ?? 0) >= 2 }) {
            return repeated.count == 2 ? nil : repeated
        }
        // One record only: go down from the root through containers that hold one complex element and no values.
        guard var current = order.first else { return nil }
        while true {
            let children = order.filter { $0.count == current.count + 1 && Array($0.prefix(current.count)) == current }
            let containers = children.filter { complex.contains($0) }
            guard containers.count == 1, let only = containers.first,
                  current.count == 1 || containers.count == children.count else { break }
            current = only
        }
        return current.count <= 2 ? nil : current
    }
}
