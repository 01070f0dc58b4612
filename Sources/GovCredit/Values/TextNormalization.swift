import Foundation

/// Text normalisation of SPEC §1: NFC and trimmed for names and free text; NFKC (full-width → half-width) only in
/// codes, identifiers, numbers and dates, never in names or free text.
enum TextNormalization {
    /// Trimmed (Unicode white space, including the ideographic space U+3000) and NFC.
    static func freeText(_ text: String) -> String { nfc(trim(text)) }

    /// `text` in NFC: itself when the byte-level shortcut shows it is already (nearly always), else Foundation's.
    static func nfc(_ text: String) -> String {
        isNormalizationStable(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Trimmed and NFKC: `２０２３－０８－０５` → `2023-08-05`, `ＡＢ１` → `AB1`.
    static func code(_ text: String) -> String {
        let trimmed = trim(text)
        if isASCII(trimmed) { return trimmed }
        return trim(trimmed.precomposedStringWithCompatibilityMapping)
    }

    static func isASCII(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var index = 0
            while index + 8 <= bytes.count {
                if ByteWords.load(bytes, at: index) & ByteWords.highBits != 0 { return false }
                index += 8
            }
            return bytes[index...].allSatisfy { $0 < 0x80 }
        }
    }

    static func trim(_ text: String) -> String {
        // Nearly every value starts and ends with a printable ASCII character or a CJK ideograph, neither of which
        // is white space: then there is nothing to trim and no need to ask Unicode's property tables (callgrind:
        // 6% of a run).
        // On the bytes in place: `utf8.last` and a reversed walk to the lead byte cost half of a trim (callgrind).
        let clear = text.withUTF8Bytes { bytes -> Bool in
            guard let first = bytes.first, isClearlyNotSpace(first) else { return false }
            var lead = bytes.count - 1
            while lead > 0 && bytes[lead] & 0xC0 == 0x80 && bytes.count - lead < 4 { lead -= 1 }
            return isClearlyNotSpace(bytes[lead])
        }
        if clear { return text }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// A byte that starts a character that is certainly not white space: printable ASCII other than the space, or
    /// the lead byte of a three-byte sequence in U+4000–U+9FFF (E4–E9), where the CJK ideographs are.
    private static func isClearlyNotSpace(_ byte: UInt8) -> Bool {
        (0x21...0x7E).contains(byte) || (0xE4...0xE9).contains(byte)
    }

    /// Characters not allowed in any value: C0 controls other than TAB, LF and CR, DEL, and the noncharacters
    /// U+FFFE and U+FFFF. XML 1.0 cannot carry them (the package's XML must stay well-formed) and they have no
    /// business in a credit record. Returns the 1-based character position.
    static func firstControlCharacter(in text: String) -> Int? {
        // On UTF-8 bytes: every forbidden character is a single byte below 0x20 or 0x7F, or EF BF BE / EF BF BF;
        // the position counts lead bytes. A scalar-by-scalar walk was 4% of a run (callgrind).
        return text.withUTF8Bytes { bytes -> Int? in
            // Eight bytes at a time where none is below 0x20, a 7F or an EF (ByteWords); byte by byte elsewhere.
            // The position is counted only for a find.
            var index = 0
            while index < bytes.count {
                if index + 8 <= bytes.count {
                    let word = ByteWords.load(bytes, at: index)
                    if !ByteWords.hasByte(below: 0x20, in: word) && !ByteWords.hasByte(0x7F, in: word)
                        && !ByteWords.hasByte(0xEF, in: word) {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                let forbidden = (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
                    || (byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF
                        && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF))
                if forbidden {
                    return bytes[...index].reduce(0) { $1 & 0xC0 != 0x80 ? $0 + 1 : $0 }
                }
                index += 1
            }
            return nil
        }
    }

    /// What one pass over a value's UTF-8 bytes tells the field checks: ``firstControlCharacter(in:)``,
    /// ``isNormalizationStable(_:)`` and ``length(_:)`` at once. Every text value of a record took those three passes
    /// (12% of the field checks, callgrind, 5,000 wide rows); a value is read once now.
    struct Scan: Equatable {
        /// As ``firstControlCharacter(in:)``. When set, the scan stopped there and the other two are not known.
        var firstControlCharacter: Int?
        /// As ``isNormalizationStable(_:)``.
        var isNormalizationStable = true
        /// As ``length(_:)``.
        var length = 0
    }

    static func scan(_ text: String) -> Scan {
        text.withUTF8Bytes { bytes in
            var result = Scan()
            var index = 0
            var count = 0
            while index < bytes.count {
                // Eight ASCII bytes at a time where none is a control byte or DEL.
                if index + 8 <= bytes.count {
                    let word = ByteWords.load(bytes, at: index)
                    if word & ByteWords.highBits == 0 && !ByteWords.hasByte(below: 0x20, in: word)
                        && !ByteWords.hasByte(0x7F, in: word) {
                        index += 8
                        count += 8
                        continue
                    }
                }
                let lead = bytes[index]
                count += 1
                if lead < 0x80 {
                    if (lead < 0x20 && lead != 0x09 && lead != 0x0A && lead != 0x0D) || lead == 0x7F {
                        result.firstControlCharacter = count
                        return result
                    }
                    index += 1
                } else if lead < 0xE0 {
                    if lead >= 0xCC { result.isNormalizationStable = false }
                    index += 2
                } else if lead < 0xF0 {
                    // A `String` is valid UTF-8: a three-byte lead has its two continuation bytes.
                    let second = bytes[index + 1], third = bytes[index + 2]
                    if lead == 0xEF && second == 0xBF && (third == 0xBE || third == 0xBF) {
                        result.firstControlCharacter = count
                        return result
                    }
                    if result.isNormalizationStable && !(lead >= 0xE5 && lead <= 0xE9) {
                        let value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                        if !isStableThreeByteScalar(value) { result.isNormalizationStable = false }
                    }
                    index += 3
                } else {
                    result.isNormalizationStable = false
                    index += 4
                }
            }
            result.length = count
            return result
        }
    }

    /// Length in characters as XSD and JSON Schema count them (Unicode scalar values).
    ///
    /// Counted on the UTF-8 bytes (every byte that does not continue a scalar starts one): walking the scalar view
    /// was 1.6% of a conversion (perf, 100,000 wide rows).
    static func length(_ text: String) -> Int {
        return text.withUTF8Bytes { bytes in
            var count = 0
            var index = 0
            while index + 8 <= bytes.count {
                count += ByteWords.leadByteCount(in: ByteWords.load(bytes, at: index))
                index += 8
            }
            for byte in bytes[index...] where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// A quick check that NFC would leave `text` unchanged: scalars below U+0300 and the CJK, punctuation and
    /// full-width blocks that have no canonical decompositions or combining marks. Anything else takes the
    /// Foundation path, which is correct but slow (CJK compatibility ideographs U+F900… do change under NFC).
    ///
    /// Decoded from the UTF-8 bytes by hand (a `String`'s bytes are valid UTF-8): the scalar view was 1.5% of a
    /// conversion (perf, 100,000 wide rows).
    static func isNormalizationStable(_ text: String) -> Bool {
        return text.withUTF8Bytes { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    index += 1
                } else if lead < 0xE0 {
                    // Two bytes: U+0080…U+07FF, stable below U+0300 (lead bytes C2…CB).
                    guard lead < 0xCC else { return false }
                    index += 2
                } else if lead >= 0xE5 && lead <= 0xE9 {
                    // U+5000…U+9FFF: CJK unified ideographs, most of any Chinese value.
                    index += 3
                } else if lead < 0xF0, index + 2 < bytes.count {
                    let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    guard isStableThreeByteScalar(value) else { return false }
                    index += 3
                } else {
                    return false  // beyond U+FFFF: none of the stable blocks
                }
            }
            return true
        }
    }

    /// The three-byte scalars (U+0800–U+FFFF) NFC leaves alone, by block.
    @inline(__always)
    private static func isStableThreeByteScalar(_ value: UInt32) -> Bool {
        switch value {
        // Not U+2000/U+2001 (NFC maps them to U+2002/U+2003) nor the combining marks U+302A–U+302F
        // (NFC reorders them); a test walks every scalar of the plane against Foundation's NFC.
        case 0x2002..<0x2070, 0x3000..<0x302A, 0x3030..<0x3040, 0x3400..<0x4DC0, 0x4E00..<0xA000, 0xFF00..<0xFFF0:
            return true
        default:
            return false
        }
    }
}
