/// Counts what a node being composed holds; once over, building stops (events are still read to the node's end).
final class YAMLBudget {
    private(set) var bytesLeft: Int
    private(set) var nodesLeft: Int
    private(set) var exceeded = false

    init(bytes: Int, nodes: Int = .max) {
        bytesLeft = bytes
        nodesLeft = nodes
    }

    func charge(bytes: Int, nodes: Int) {
        bytesLeft -= bytes
        nodesLeft -= nodes
        if bytesLeft < 0 || nodesLeft < 0 { exceeded = true }
    }
}

/// A key the record reader rejects but the file stays readable: one finding, at the key.
struct YAMLKeyIssue: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// `<<`: YAML 1.1's merge key. Not supported: merging is what makes a value's origin hard to report.
        case mergeKey
        /// A mapping or sequence used as a key (`? [a, b]`): a field name must be text.
        case complexKey
    }

    var kind: Kind
    var line: Int
    var column: Int
}

/// Builds ``YAMLNode``s from events, without recursion (depth is a policy, not a stack limit), resolving aliases.
///
/// Anchors live for one document. A collection is kept for `*alias` only when small (``YAMLLimits``), and every
/// alias costs its node count against the document's alias budget, so "billion laughs" ends with a located error
/// in bounded time and memory. With `budget: nil` events are consumed without building anything (skipping a part
/// of the file that holds no records), except anchored nodes, which are kept if small.
struct YAMLComposer {
    let limits: YAMLLimits
    let file: String
    private var anchors: [String: Anchor] = [:]
    private var aliasNodesLeft: Int
    /// Room left for anchors in this document: a file with a million anchors must not grow without bound.
    private var anchorStoreLeft: Int
    /// Key issues met while building, in order; the caller takes them per record.
    private(set) var issues: [YAMLKeyIssue] = []
    private var nodesBuilt = 0
    private var bytesBuilt = 0

    /// What a node costs beside its text, in budget bytes: roughly what it takes once flattened (a field's path
    /// array, element path and value), so that a record budget bounds the reader's memory, aliases included.
    static let nodeCost = 64
    /// Stored anchors per document, in budget bytes.
    static let anchorStoreBytes = 16 << 20

    private struct Anchor {
        /// `nil`: too large (or a container of records), so an alias to it is refused.
        var node: YAMLNode?
        var nodes: Int
        var bytes: Int
        var issues: [YAMLKeyIssue]
        var line: Int
    }

    private struct Frame {
        enum Key { case expected, named(String, line: Int), refused }
        let isMapping: Bool
        let line: Int
        let column: Int
        let anchor: String?
        let budget: YAMLBudget?
        /// The budget was made for this anchored frame because its parent builds nothing.
        let ownsBudget: Bool
        let nodesAtStart: Int
        let bytesAtStart: Int
        let issuesAtStart: Int
        var items: [YAMLNode] = []
        var entries: [(key: String, keyLine: Int, value: YAMLNode)] = []
        var key = Key.expected
        var building: Bool { budget.map { !$0.exceeded } ?? false }
    }

    init(limits: YAMLLimits, file: String) {
        self.limits = limits
        self.file = file
        aliasNodesLeft = limits.maximumAliases
        anchorStoreLeft = Self.anchorStoreBytes
    }

    /// Anchors and the alias budget are per document (YAML 1.2 §9.1: each document is independent).
    mutating func beginDocument() {
        anchors.removeAll()
        aliasNodesLeft = limits.maximumAliases
        anchorStoreLeft = Self.anchorStoreBytes
    }

    mutating func takeIssues() -> [YAMLKeyIssue] {
        defer { issues.removeAll() }
        return issues
    }

    /// An anchor on a collection the reader streams through (the records' container): never repeatable.
    mutating func refuseAnchor(_ name: String, line: Int) {
        anchors[name] = Anchor(node: nil, nodes: 0, bytes: 0, issues: [], line: line)
    }

    /// Reads the node that `first` starts, to its end. `depth`: collections already open around it.
    /// Returns `nil` when not building (`budget` nil) or when the budget ran out (then `budget.exceeded`).
    mutating func compose(_ first: YAMLEvent, from parser: some YAMLEventSource, depth: Int,
                          budget: YAMLBudget?) throws(InputError) -> YAMLNode? {
        var frames: [Frame] = []
        var event = first
        while true {
            let outer = frames.last?.budget ?? budget
            let outerBuilding = outer.map { !$0.exceeded } ?? false
            var done: YAMLNode?
            let doneLine = event.line, doneColumn = event.column
            switch event.kind {
            case .scalar:
                done = scalar(event, budget: outer, building: outerBuilding)
            case .alias:
                done = try alias(event, budget: outer, building: outerBuilding)
            case .sequenceStart, .mappingStart:
                guard depth + frames.count + 1 <= limits.maximumDepth else {
                    throw InputError.yamlTooDeep(file, line: event.line, limit: limits.maximumDepth)
                }
                var frameBudget = outerBuilding ? outer : nil
                let owns = event.anchor != nil && !outerBuilding
                if owns {
                    frameBudget = YAMLBudget(bytes: limits.maximumAnchorBytes, nodes: limits.maximumAnchorNodes)
                }
                frames.append(Frame(isMapping: event.kind == .mappingStart, line: event.line, column: event.column,
                                    anchor: event.anchor, budget: frameBudget, ownsBudget: owns,
                                    nodesAtStart: nodesBuilt, bytesAtStart: bytesBuilt, issuesAtStart: issues.count))
                if let frameBudget { count(frameBudget, bytes: Self.nodeCost, nodes: 1) }
                event = try parser.next()
                continue
            case .sequenceEnd, .mappingEnd:
                let frame = frames.removeLast()
                done = finish(frame)
                if frames.isEmpty { return done }
                try deliver(done, line: frame.line, column: frame.column, to: &frames[frames.count - 1])
                event = try parser.next()
                continue
            default:
                throw InputError.yamlSyntax(file, line: event.line, column: event.column,
                                            problem: "unexpected \(event.kind) inside a node", context: nil)
            }
            if frames.isEmpty { return done }
            try deliver(done, line: doneLine, column: doneColumn, to: &frames[frames.count - 1])
            event = try parser.next()
        }
    }

    private mutating func count(_ budget: YAMLBudget, bytes: Int, nodes: Int) {
        budget.charge(bytes: bytes, nodes: nodes)
        nodesBuilt += nodes
        bytesBuilt += bytes
    }

    private mutating func scalar(_ event: YAMLEvent, budget: YAMLBudget?, building: Bool) -> YAMLNode? {
        let node = YAMLNode.scalar(event.text, plain: event.plain, line: event.line)
        let bytes = event.text.utf8.count + Self.nodeCost
        if let anchor = event.anchor {
            // A scalar is always small enough to repeat (its length is capped by maximumScalarBytes).
            store(anchor, Anchor(node: node, nodes: 1, bytes: bytes, issues: [], line: event.line))
        }
        guard building, let budget else { return nil }
        count(budget, bytes: bytes, nodes: 1)
        return budget.exceeded ? nil : node
    }

    private mutating func alias(_ event: YAMLEvent, budget: YAMLBudget?, building: Bool) throws(InputError) -> YAMLNode? {
        guard let anchor = anchors[event.text] else {
            throw InputError.yamlUnknownAnchor(file, line: event.line, name: event.text)
        }
        guard let node = anchor.node else {
            throw InputError.yamlAnchorTooLarge(file, line: event.line, name: event.text, definedAt: anchor.line,
                                                limit: limits.maximumAnchorNodes)
        }
        aliasNodesLeft -= anchor.nodes
        guard aliasNodesLeft >= 0 else { throw InputError.yamlAliasBudget(file, line: event.line, limit: limits.maximumAliases) }
        guard building, let budget else { return nil }
        count(budget, bytes: anchor.bytes, nodes: anchor.nodes)
        issues += anchor.issues
        return budget.exceeded ? nil : node
    }

    private mutating func finish(_ frame: Frame) -> YAMLNode? {
        let node: YAMLNode? = frame.building
            ? (frame.isMapping ? .mapping(frame.entries, line: frame.line) : .sequence(frame.items, line: frame.line))
            : nil
        if let name = frame.anchor {
            let nodes = nodesBuilt - frame.nodesAtStart, bytes = bytesBuilt - frame.bytesAtStart
            let small = nodes <= limits.maximumAnchorNodes && bytes <= limits.maximumAnchorBytes
            store(name, Anchor(node: small ? node : nil, nodes: nodes, bytes: bytes,
                               issues: Array(issues[frame.issuesAtStart...]), line: frame.line))
        }
        // Issues met while building only for an anchor belong to the alias that repeats it, not to this place.
        if frame.ownsBudget { issues.removeSubrange(frame.issuesAtStart...) }
        return frame.ownsBudget ? nil : node
    }

    private mutating func store(_ name: String, _ anchor: Anchor) {
        var anchor = anchor
        if let old = anchors[name] { anchorStoreLeft += old.bytes + name.utf8.count }
        let cost = anchor.bytes + name.utf8.count
        if anchor.node != nil && cost > anchorStoreLeft { anchor.node = nil }
        anchorStoreLeft -= cost
        anchors[name] = anchor
    }

    /// Hands a finished child to its collection: an item, a mapping key, or a mapping value.
    private mutating func deliver(_ node: YAMLNode?, line: Int, column: Int, to parent: inout Frame) throws(InputError) {
        guard parent.isMapping else {
            if parent.building, let node { parent.items.append(node) }
            return
        }
        switch parent.key {
        case .expected:
            guard parent.building, let node else {
                parent.key = .refused
                return
            }
            if case .scalar(let text, let plain, let keyLine) = node {
                if plain && text == "<<" {
                    issues.append(YAMLKeyIssue(kind: .mergeKey, line: line, column: column))
                    parent.key = .refused
                } else {
                    parent.key = .named(text, line: keyLine)
                }
            } else {
                issues.append(YAMLKeyIssue(kind: .complexKey, line: line, column: column))
                parent.key = .refused
            }
        case .named(let key, let keyLine):
            if parent.building, let node { parent.entries.append((key, keyLine, node)) }
            parent.key = .expected
        case .refused:
            parent.key = .expected
        }
    }
}
