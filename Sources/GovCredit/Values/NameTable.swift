import Foundation

/// Names looked up by the UTF-8 bytes of a text: the names a code list accepts for its codes (``CodeTable``), a
/// profile's labels for codes (``FieldMapping/labels``).
///
/// Why not a `[String: String]`: hashing a `String` normalises it first (two strings that differ only in NFC form
/// are equal), which for a Chinese label cost ~800 instructions a look-up, and every code-list value is looked up
/// once by the mapper and once by the validator (callgrind: 2.6% of a conversion each). Here the bytes are hashed
/// with FNV-1a and compared exactly; the names are kept in NFC, and a text that is not found is composed and tried
/// again only when it may not be NFC already, so canonically equivalent spellings still match as they did.
struct NameTable: Sendable {
    private let names: [[UInt8]]
    private let values: [String]
    /// Open addressing, linear probing: an index into `names`, or -1. At most half full.
    private let slots: [Int32]
    private let mask: Int

    /// `pairs` in order: a later name replaces an earlier spelling of it.
    init(_ pairs: [(name: String, value: String)]) {
        var names: [[UInt8]] = []
        var values: [String] = []
        var capacity = 8
        while capacity < pairs.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (name, value) in pairs {
            let bytes = Array(name.precomposedStringWithCanonicalMapping.utf8)
            var slot = bytes.withUnsafeBufferPointer(Self.slotHash) & mask
            while slots[slot] >= 0 && names[Int(slots[slot])] != bytes { slot = (slot + 1) & mask }
            if slots[slot] >= 0 {
                values[Int(slots[slot])] = value
            } else {
                slots[slot] = Int32(names.count)
                names.append(bytes)
                values.append(value)
            }
        }
        self.names = names
        self.values = values
        self.slots = slots
        self.mask = mask
    }

    var isEmpty: Bool { names.isEmpty }

    /// The value of `text`, or of its NFC form.
    subscript(text: String) -> String? {
        if let value = exactValue(text) { return value }
        guard !TextNormalization.isNormalizationStable(text) else { return nil }
        return exactValue(text.precomposedStringWithCanonicalMapping)
    }

    private func exactValue(_ text: String) -> String? {
        text.withUTF8Bytes { bytes -> String? in
            var slot = Self.slotHash(bytes) & mask
            while true {
                let index = Int(slots[slot])
                guard index >= 0 else { return nil }
                let matches = names[index].count == bytes.count && names[index].withUnsafeBufferPointer { name in
                    guard let nameStart = name.baseAddress, let start = bytes.baseAddress else { return true }
                    return memcmp(nameStart, start, bytes.count) == 0
                }
                if matches { return values[index] }
                slot = (slot + 1) & mask
            }
        }
    }

    /// FNV-1a with its high bits folded in, as the slot mask keeps only the low ones.
    private static func slotHash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = FNV1a.hash(bytes)
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}

/// The names one code list accepts for each code (SPEC §1): the code, its 2-digit number, its Chinese label, its
/// English label in any case.
struct CodeTable: Sendable {
    private let names: NameTable

    init(_ list: CodeListID) {
        // Labels first, codes last: a code always wins over a label that happens to spell it.
        var pairs: [(name: String, value: String)] = []
        for entry in list.entries {
            pairs += [(entry.en.lowercased(), entry.code), (entry.en, entry.code), (entry.zh, entry.code), (entry.number, entry.code)]
        }
        for entry in list.entries { pairs.append((entry.code, entry.code)) }
        names = NameTable(pairs)
    }

    /// The code that `text` names (already trimmed); `nil` when the list has no such name.
    func code(named text: String) -> String? {
        if let code = names[text] { return code }
        let lowered = text.lowercased()
        return lowered == text ? nil : names[lowered]
    }

    /// The table of every list, made once.
    static let byList: [CodeListID: CodeTable] = Dictionary(uniqueKeysWithValues: CodeListID.allCases.map { ($0, CodeTable($0)) })
}

/// FNV-1a (64 bits): an unseeded hash, cheap on the short names it serves (code-list labels, a profile's labels,
/// the keys of a YAML mapping), for tables whose keys an input file cannot choose (``NameTable``) or that turn to
/// a seeded `Set` when large (``SeenKeys``).
enum FNV1a {
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
