import Foundation
import Testing
@testable import GovCredit

/// Free text is trimmed and put in NFC, and its length counted in Unicode scalars, as XSD and JSON Schema count
/// it. The byte-level shortcuts must agree with the definitions on every kind of character.
@Suite struct TextNormalizationTests {
    /// Characters from every UTF-8 length and from the blocks the NFC shortcut treats specially: ASCII, Latin-1,
    /// combining marks (U+0301), Greek, general punctuation, CJK and its extension A, a CJK compatibility
    /// ideograph that NFC changes (U+F900), full-width forms, Hangul syllables and jamo, emoji, a decomposed é.
    static let alphabet: [String] = ["a", " ", "é", "e\u{301}", "\u{2FF}", "\u{300}", "Ω", "\u{2014}", "\u{206F}", "\u{2070}",
                                     "。", "\u{3041}", "㐀", "中", "\u{9FFF}", "\u{A000}", "\u{F900}", "Ａ", "\u{FFEF}", "\u{FFF0}",
                                     "한", "\u{1100}\u{1161}", "😀", "𠀀", "\t"]

    /// 5,000 strings from the alphabet, drawn with a fixed seed so a failure repeats.
    @Test func lengthCountsUnicodeScalarsAndFreeTextIsNFC() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        for _ in 0..<5_000 {
            let text = (0..<(next() % 12)).map { _ in Self.alphabet[next() % Self.alphabet.count] }.joined()
            #expect(TextNormalization.length(text) == text.unicodeScalars.count, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            let expected = text.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
            #expect(Array(TextNormalization.freeText(text).unicodeScalars) == Array(expected.unicodeScalars),
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// The forbidden characters (C0 controls but TAB, LF, CR; DEL; U+FFFE, U+FFFF) are found at the character
    /// position a scalar walk gives, wherever they fall against the eight-byte words the scan reads, next to
    /// neighbours that share their bytes (U+FFEF and U+FFF0 start with EF too, full-width forms with EF BC).
    /// The NFC shortcut may say "already NFC" only for text NFC leaves alone: every scalar of the Basic
    /// Multilingual Plane it lets pass is unchanged by Foundation's NFC and is no combining mark (a mark next to
    /// another could be reordered). U+2000/U+2001 (mapped to U+2002/U+2003) and U+302A–U+302F (marks) slipped
    /// through once; the test walks all 63,488 scalars so that no other does.
    @Test func theNFCShortcutPassesOnlyScalarsNFCLeavesAlone() {
        var passed: [Unicode.Scalar] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates
            guard TextNormalization.isNormalizationStable(String(Character(scalar))) else { continue }
            passed.append(scalar)
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16))")
        }
        #expect(passed.count > 25_000)  // ASCII, Latin, CJK, punctuation, full-width forms
        // NFC asked once per thousand scalars, each between two `|` (which composes with nothing): one call per
        // scalar took minutes in a debug build.
        for start in stride(from: 0, to: passed.count, by: 1_000) {
            var text = "|"
            text.unicodeScalars.append(contentsOf: passed[start..<min(start + 1_000, passed.count)].flatMap { [$0, "|"] })
            let normalized = Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
            if normalized != Array(text.unicodeScalars) {
                for scalar in passed[start..<min(start + 1_000, passed.count)] {
                    let one = String(Character(scalar))
                    #expect(Array(one.precomposedStringWithCanonicalMapping.unicodeScalars) == [scalar],
                            "U+\(String(scalar.value, radix: 16))")
                }
            }
        }
        #expect(TextNormalization.freeText("a\u{2000}b") == "a\u{2002}b")
        #expect(Array(TextNormalization.freeText("\u{3005}\u{302B}\u{302A}").unicodeScalars)
                == Array("\u{3005}\u{302B}\u{302A}".precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test func firstControlCharacterAgreesWithAScalarWalk() {
        let alphabet = Self.alphabet + ["\u{0}", "\u{1F}", "\u{7F}", "\u{FFFE}", "\u{FFFF}", "\n", "\r", "\u{FEFF}",
                                        "，", "\u{FFFD}", "abcdefgh", "中文字符"]
        func reference(_ text: String) -> Int? {
            for (index, scalar) in text.unicodeScalars.enumerated() {
                let value = scalar.value
                if (value < 0x20 && ![0x09, 0x0A, 0x0D].contains(value)) || value == 0x7F || value == 0xFFFE || value == 0xFFFF {
                    return index + 1
                }
            }
            return nil
        }
        var generator = SplitMix64(seed: 0x2545_F491_4F6C_DD1D)
        let forbiddenOrNear = Array(alphabet.suffix(13))
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0..<20, using: &generator)).map { _ in
                (Bool.random(using: &generator) ? forbiddenOrNear : alphabet).randomElement(using: &generator) ?? ""
            }.joined()
            #expect(TextNormalization.firstControlCharacter(in: text) == reference(text),
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// The one-pass scan of the field checks gives what the three separate checks give, on text of every kind of
    /// character at every length (runs of ASCII cross the eight-byte words), combining marks, noncharacters and
    /// controls included; a value with a forbidden character says where, as the separate check does.
    @Test func theOnePassScanAgreesWithTheThreeChecks() {
        let pieces = Self.alphabet + ["\u{0}", "\u{1F}", "\u{7F}", "\u{FFFE}", "\u{FFFF}", "\n", "\r", "\t", "\u{FEFF}",
                                      "，", "\u{FFFD}", "abcdefgh", "中文字符", "e\u{301}", "\u{2000}", "\u{302A}", "\u{CB}",
                                      "\u{300}", "\u{F900}", "😀", "\u{1D15E}", "12345678901234567", "\u{3000}",
                                      "\u{800}", "\u{FFF}", "\u{D000}", "\u{D7FF}", "\u{40000}", "\u{10FFFF}", "\u{DF}", "\u{80}"]
        var generator = SplitMix64(seed: 0x5CA7_0001)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0..<24, using: &generator)).map { _ in
                pieces.randomElement(using: &generator) ?? ""
            }.joined()
            let scan = TextNormalization.scan(text)
            let control = TextNormalization.firstControlCharacter(in: text)
            #expect(scan.firstControlCharacter == control, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            if control == nil {
                #expect(scan.isNormalizationStable == TextNormalization.isNormalizationStable(text),
                        "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
                #expect(scan.length == TextNormalization.length(text))
            }
        }
    }

    /// The word-at-a-time counts equal a byte-by-byte count, at every length and alignment, with the byte next to
    /// values that differ from it in one bit (the carries of the word arithmetic would show there).
    @Test func byteWordCountsAgreeWithAByteByByteCount() {
        var generator = SplitMix64(seed: 0x0A0A_0A0A)
        let values: [UInt8] = [0x0A, 0x0B, 0x08, 0x8A, 0x00, 0xFF, 0x7F, 0x80, 0x41, 0xE4]
        for _ in 0..<3_000 {
            let bytes = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in values.randomElement(using: &generator) ?? 0 }
            let counted = bytes.withUnsafeBufferPointer { ByteWords.count(of: 0x0A, in: $0) }
            #expect(counted == bytes.filter { $0 == 0x0A }.count, "\(bytes)")
            let leads = bytes.withUnsafeBufferPointer { buffer in
                stride(from: 0, to: buffer.count - 7, by: 8).reduce(0) { $0 + ByteWords.leadByteCount(in: ByteWords.load(buffer, at: $1)) }
            }
            #expect(leads == bytes.prefix(bytes.count / 8 * 8).filter { $0 & 0xC0 != 0x80 }.count, "\(bytes)")
        }
    }

    /// The escapers jump to the lowest flag of several word tests joined with `|`: it must be the first byte any of
    /// them matches, at every position, next to bytes one below and one above each tested value (where a borrow or a
    /// carry would show).
    @Test func theLowestFlagOfJoinedWordTestsIsTheFirstMatch() {
        var generator = SplitMix64(seed: 0xF1A6_0B17)
        let values: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x25, 0x26, 0x3C, 0x3E, 0x5C, 0x7F, 0x80, 0xC2, 0xE2, 0xEE, 0xEF, 0xF0, 0xFF]
        let tested: Set<UInt8> = [0x22, 0x26, 0x3C, 0x3E, 0x5C, 0xC2, 0xE2, 0xEF]
        for _ in 0..<200_000 {
            let bytes = (0..<8).map { _ in values.randomElement(using: &generator) ?? 0 }
            let word = bytes.withUnsafeBufferPointer { ByteWords.load($0, at: 0) }
            var flags = ByteWords.bytes(below: 0x20, in: word)
            for value in tested { flags |= ByteWords.matches(value, in: word) }
            let first = bytes.firstIndex { $0 < 0x20 || tested.contains($0) }
            #expect((flags == 0 ? nil : flags.trailingZeroBitCount >> 3) == first, "\(bytes)")
        }
    }
}
