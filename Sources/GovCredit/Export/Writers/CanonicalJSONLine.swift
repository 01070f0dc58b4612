/// Writes a record in the canonical JSON form of the uniform submission (SPEC §7): one JSON object and `\n` per record.
///
/// - `nationalKey` and `operation` first, when the record's envelope has them;
/// - then the fields in field-table order (the same record always gives the same bytes), absent fields omitted;
/// - blocks as nested objects of their present members, lists as arrays;
/// - every scalar a JSON string, amounts too (`"1500000.00"`): the validated text, never a binary number.
///
/// Bytes are appended directly, without Foundation: hand-built JSON was ~8× faster than `JSONEncoder`
/// (`PLATFORM.md` §5), and the key order is fixed rather than hashed. The record must have been accepted by the
/// ``Validator`` (values in canonical form, the right shape in every slot); a value of the wrong shape stops the
/// program (`precondition`), as it is a programming error.
enum CanonicalJSONLine {
    /// Appends `record` as one JSON line to `buffer`.
    static func append(_ record: FlatRecord, to buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "{"))
        var needsComma = false
        if let envelope = record.envelope {
            if let nationalKey = envelope.nationalKey {
                buffer.append(contentsOf: nationalKeyKey)
                appendString(nationalKey, to: &buffer)
                needsComma = true
            }
            if let operation = envelope.operation {
                if needsComma { buffer.append(UInt8(ascii: ",")) }
                buffer.append(contentsOf: operationKey)
                appendString(operation.rawValue, to: &buffer)
                needsComma = true
            }
        }
        let layout = CanonicalRecordLayout.of(record.category)
        layout.text.withUnsafeBufferPointer { names in
            appendMembers(layout.topLevel, of: layout, names: names, record: record, needsComma: needsComma, to: &buffer)
        }
        buffer.append(UInt8(ascii: "}"))
        buffer.append(UInt8(ascii: "\n"))
    }

    private static let nationalKeyKey = Array(#""nationalKey":"#.utf8)
    private static let operationKey = Array(#""operation":"#.utf8)

    /// Appends the present fields among `layout.fields[members]` as object members; `names` is `layout.text`.
    private static func appendMembers(_ members: Range<Int>, of layout: CanonicalRecordLayout,
                                      names: UnsafeBufferPointer<UInt8>, record: FlatRecord, needsComma: Bool,
                                      to buffer: inout [UInt8]) {
        var needsComma = needsComma
        for index in members {
            let field = layout.fields[index]
            guard let value = record[field.slot] else { continue }
            if needsComma { buffer.append(UInt8(ascii: ",")) }
            needsComma = true
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: names[field.jsonKey]))
            switch (field.shape, value) {
            case (.scalar, .text(let text)):
                appendString(text, to: &buffer)
            case (.list, .list(let items)):
                buffer.append(UInt8(ascii: "["))
                for (position, item) in items.enumerated() {
                    if position > 0 { buffer.append(UInt8(ascii: ",")) }
                    appendString(item, to: &buffer)
                }
                buffer.append(UInt8(ascii: "]"))
            case (.block(let blockMembers), .present):
                buffer.append(UInt8(ascii: "{"))
                appendMembers(blockMembers, of: layout, names: names, record: record, needsComma: false, to: &buffer)
                buffer.append(UInt8(ascii: "}"))
            default:
                preconditionFailure(CanonicalRecordLayout.shapeMismatch(value, slot: field.slot, of: record,
                                                                        writer: "CanonicalJSONLine"))
            }
        }
    }

    /// Appends `text` as a JSON string literal (RFC 8259 §7): `"` and `\` escaped, every byte below 0x20 escaped
    /// (`\n` `\r` `\t`, else `\u00xx`); U+2028, U+2029 and U+0085 (NEL) as `\u2028` `\u2029` `\u0085` — legal in
    /// JSON, but line breaks to JavaScript and to tools that split on Unicode line boundaries (Python's
    /// `str.splitlines`), which would cut a JSON line in two; all other UTF-8 copied as it is.
    static func appendString(_ text: String, to buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "\""))
        text.withUTF8Bytes { bytes in
            var runStart = 0  // bytes from here up to `index` need no escape and are copied in one go
            var index = 0
            let count = bytes.count
            while index < count {
                // Eight bytes at a time while none needs a look (ByteWords): a fifth of this function's time
                // byte by byte.
                // When one does, straight to it (its flag is the lowest).
                if index + 8 <= count {
                    let word = ByteWords.load(bytes, at: index)
                    let flags = ByteWords.bytes(below: 0x20, in: word) | ByteWords.matches(0x22, in: word)
                        | ByteWords.matches(0x5C, in: word) | ByteWords.matches(0xE2, in: word)
                        | ByteWords.matches(0xC2, in: word)
                    if flags == 0 {
                        index += 8
                        continue
                    }
                    index += flags.trailingZeroBitCount >> 3
                }
                let byte = bytes[index]
                if byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0xE2 && byte != 0xC2 {
                    index += 1
                    continue
                }
                if byte == 0xC2 {
                    // U+0085 is C2 85; the rest of U+0080…U+00BF passes.
                    guard index + 1 < count, bytes[index + 1] == 0x85 else {
                        index += 1
                        continue
                    }
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    buffer.append(contentsOf: nextLineEscape)
                    index += 2
                    runStart = index
                    continue
                }
                if byte == 0xE2 {
                    // U+2028 is E2 80 A8, U+2029 is E2 80 A9; any other E2 sequence passes.
                    guard index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0xA8 else {
                        index += 1
                        continue
                    }
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    buffer.append(contentsOf: bytes[index + 2] == 0xA8 ? lineSeparatorEscape : paragraphSeparatorEscape)
                    index += 3
                    runStart = index
                    continue
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                buffer.append(UInt8(ascii: "\\"))
                switch byte {
                case 0x22: buffer.append(UInt8(ascii: "\""))
                case 0x5C: buffer.append(UInt8(ascii: "\\"))
                case 0x0A: buffer.append(UInt8(ascii: "n"))
                case 0x0D: buffer.append(UInt8(ascii: "r"))
                case 0x09: buffer.append(UInt8(ascii: "t"))
                default:
                    buffer.append(UInt8(ascii: "u"))
                    buffer.append(UInt8(ascii: "0"))
                    buffer.append(UInt8(ascii: "0"))
                    buffer.append(hexDigits[Int(byte >> 4)])
                    buffer.append(hexDigits[Int(byte & 0x0F)])
                }
                index += 1
                runStart = index
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        }
        buffer.append(UInt8(ascii: "\""))
    }

    private static let nextLineEscape = Array(#"\u0085"#.utf8)
    private static let lineSeparatorEscape = Array(#"\u2028"#.utf8)
    private static let paragraphSeparatorEscape = Array(#"\u2029"#.utf8)
    /// Lower-case, as RFC 8785 (JSON canonicalization) writes `\u001f`.
    private static let hexDigits = Array("0123456789abcdef".utf8)
}
