/// Turns one record mapping into ``SourceField``s, one per scalar leaf, keyed by the path of keys from the record.
///
/// - A scalar is `.text` as written, or `.null` for YAML's null words (plain `~`, `null`, `Null`, `NULL`, empty).
/// - A sequence of scalars is one `.list` field (`dishonestyIds: [D-1, D-2]`); a null item becomes `""`, which
///   the mapper rejects as it would an empty id (`SourceValue.list` holds text only).
/// - A sequence holding a mapping or a sequence gives each item an index component, from 0:
///   `items: [{name: a}]` → `["items", "0", "name"]`. The standard has no such fields, so the mapper reports them
///   as unknown fields, each at its own line, rather than the reader rejecting the record without saying where.
/// - An empty mapping (`counterparty: {}`) is one `.null` field: present but empty, never silently dropped.
/// - A key repeated in one mapping is an `input.duplicate-key` finding at the second key's line.
struct YAMLRecordFlattener {
    let location: SourceLocation
    private(set) var fields: [SourceField] = []
    private(set) var findings: [Finding] = []

    init(location: SourceLocation) {
        self.location = location
    }

    /// `elementPath`: the record's own key path (`数据.案件[12]`), empty for a document-root record.
    mutating func flatten(_ entries: [(key: String, keyLine: Int, value: YAMLNode)], elementPath: String) {
        flattenMapping(entries, path: [], elementPath: elementPath)
    }

    private mutating func flattenMapping(_ entries: [(key: String, keyLine: Int, value: YAMLNode)], path: [String],
                                         elementPath: String) {
        var seen = SeenKeys(capacity: entries.count)
        for entry in entries {
            let childPath = path + [entry.key]
            let childElement = elementPath.isEmpty ? entry.key : elementPath + "." + entry.key
            guard seen.insert(entry.key) else {
                var at = location
                at.line = entry.keyLine
                at.elementPath = childElement
                findings.append(Finding(rule: .inputDuplicateKey, path: childPath.joined(separator: "."), location: at))
                continue
            }
            flattenValue(entry.value, path: childPath, elementPath: childElement)
        }
    }

    private mutating func flattenValue(_ node: YAMLNode, path: [String], elementPath: String) {
        let position = ValuePosition(line: node.line, elementPath: elementPath)
        switch node {
        case .scalar(let text, _, _):
            fields.append(SourceField(path: path, value: node.isNull ? .null : .text(text), position: position))
        case .mapping(let entries, _) where entries.isEmpty:
            fields.append(SourceField(path: path, value: .null, position: position))
        case .mapping(let entries, _):
            flattenMapping(entries, path: path, elementPath: elementPath)
        case .sequence(let items, _):
            if items.allSatisfy({ $0.string != nil }) {
                let texts = items.map { $0.isNull ? "" : ($0.string ?? "") }
                fields.append(SourceField(path: path, value: .list(texts), position: position))
                return
            }
            for (index, item) in items.enumerated() {
                flattenValue(item, path: path + [String(index)], elementPath: "\(elementPath)[\(index)]")
            }
        }
    }
}

/// The keys of one mapping seen so far, equal when canonically equivalent (as `String`s compare).
///
/// Compared by the bytes of their NFC form, hashed with FNV-1a, while there are few: a `Set<String>` hashed every
/// Chinese key through Unicode normalisation and grew as it filled — 3% of converting a YAML export (perf,
/// 100,000 records). Past a few dozen keys (no record has that many; a hostile mapping may) the keys go into a
/// `Set` after all: its hashing is seeded per process, so crafted keys cannot collide on purpose, and each key
/// costs a constant time.
struct SeenKeys {
    private var hashes: [UInt64] = []
    private var keys: [String] = []
    /// The NFC forms, once there are more keys than a scan suits.
    private var large: Set<String>?
    private static let scanLimit = 64

    /// Room for `capacity` keys (up to the scan limit), so that the lists are allocated once.
    init(capacity: Int) {
        hashes.reserveCapacity(min(capacity, Self.scanLimit))
        keys.reserveCapacity(min(capacity, Self.scanLimit))
    }

    /// Adds `key`; `false` when an equal key was there already.
    mutating func insert(_ key: String) -> Bool {
        let form = TextNormalization.nfc(key)
        if large != nil { return large?.insert(form).inserted ?? false }
        let hash = form.withUTF8Bytes(FNV1a.hash)
        // A record mapping has a few dozen keys: a scan of their hashes costs less than any table.
        for (index, seen) in hashes.enumerated() where seen == hash && keys[index].utf8.elementsEqual(form.utf8) {
            return false
        }
        guard hashes.count < Self.scanLimit else {
            large = Set(keys)
            large?.insert(form)
            hashes = []
            keys = []
            return true
        }
        hashes.append(hash)
        keys.append(form)
        return true
    }
}
