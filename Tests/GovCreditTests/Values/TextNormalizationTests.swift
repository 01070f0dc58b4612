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
}
