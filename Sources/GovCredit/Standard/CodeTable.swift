import Foundation

/// The names one code list accepts for each code (SPEC §1: the code, its 2-digit number, its Chinese label, its
/// English label in any case), looked up by the UTF-8 bytes of the text.
///
/// Why not a `[String: String]`: hashing a `String` normalises it first (two strings that differ only in NFC form
/// are equal), which for a Chinese label cost ~800 instructions a look-up; a code-list field is looked up once a
/// record (callgrind: 2.6% of a conversion). Here the bytes are hashed with FNV-1a and compared exactly, and only a
/// text that is not found takes the slow forms: lower-cased (English labels), then NFC.
struct CodeTable: Sendable {
    /// Every accepted name, as bytes, and the code it names.
    private let names: [[UInt8]]
    private let codes: [String]
    /// Open addressing, linear probing: an index into `names`, or -1. At most half full.
    private let slots: [Int32]
    private let mask: Int

    init(_ list: CodeListID) {
        // Labels first, codes last: a code always wins over a label that happens to spell it.
        var pairs: [(name: String, code: String)] = []
        for entry in list.entries {
            pairs += [(entry.en.lowercased(), entry.code), (entry.en, entry.code), (entry.zh, entry.code), (entry.number, entry.code)]
        }
        for entry in list.entries { pairs.append((entry.code, entry.code)) }
        var names: [[UInt8]] = []
        var codes: [String] = []
        var capacity = 8
        while capacity < pairs.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (name, code) in pairs {
            // Stored in NFC, the form `code(named:)` tries last, so that canonically equivalent text finds them.
            let bytes = Array(name.precomposedStringWithCanonicalMapping.utf8)
            var slot = bytes.withUnsafeBufferPointer(Self.hash) & mask
            while slots[slot] >= 0 && names[Int(slots[slot])] != bytes { slot = (slot + 1) & mask }
            if slots[slot] >= 0 {
                codes[Int(slots[slot])] = code  // a later name replaces an earlier spelling of it
            } else {
                slots[slot] = Int32(names.count)
                names.append(bytes)
                codes.append(code)
            }
        }
        self.names = names
        self.codes = codes
        self.slots = slots
        self.mask = mask
    }

    /// The code that `text` names (already trimmed); `nil` when the list has no such name.
    func code(named text: String) -> String? {
        if let code = exactCode(text) { return code }
        let lowered = text.lowercased()
        if lowered != text, let code = exactCode(lowered) { return code }
        let composed = text.precomposedStringWithCanonicalMapping
        return composed.utf8.elementsEqual(text.utf8) ? nil : code(named: composed)
    }

    private func exactCode(_ text: String) -> String? {
        text.withUTF8Bytes { bytes -> String? in
            var slot = Self.hash(bytes) & mask
            while true {
                let index = Int(slots[slot])
                guard index >= 0 else { return nil }
                let matches = names[index].count == bytes.count && names[index].withUnsafeBufferPointer { name in
                    guard let nameStart = name.baseAddress, let start = bytes.baseAddress else { return true }
                    return memcmp(nameStart, start, bytes.count) == 0
                }
                if matches { return codes[index] }
                slot = (slot + 1) & mask
            }
        }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// The table of every list, made once.
    static let byList: [CodeListID: CodeTable] = Dictionary(uniqueKeysWithValues: CodeListID.allCases.map { ($0, CodeTable($0)) })
}
