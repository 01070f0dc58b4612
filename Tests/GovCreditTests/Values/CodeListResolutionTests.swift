import Foundation
import Testing
@testable import GovCredit

/// `CodeListID.resolve` — how a label in an export becomes a code (SPEC §1: the code, its number, its Chinese or
/// English label, English in any case). It looks names up by their bytes (``CodeTable``); these tests hold it to
/// the definition, a `[String: String]` whose keys compare by canonical equivalence, on every name of every list
/// and on thousands of near misses.
@Suite("Code-list names")
struct CodeListResolutionTests {
    /// The definition: labels first, codes last, so that a code wins over a label spelling it; then the
    /// lower-cased text.
    static func reference(_ list: CodeListID) -> (String) -> String? {
        var table: [String: String] = [:]
        for entry in list.entries {
            table[entry.en.lowercased()] = entry.code
            table[entry.en] = entry.code
            table[entry.zh] = entry.code
            table[entry.number] = entry.code
        }
        for entry in list.entries { table[entry.code] = entry.code }
        return { table[$0] ?? table[$0.lowercased()] }
    }

    @Test func everyNameOfEveryListResolvesToItsCode() {
        for list in CodeListID.allCases {
            for entry in list.entries {
                let spellings = [entry.code, entry.number, entry.zh, entry.en, entry.en.lowercased(), entry.en.uppercased(),
                                 entry.zh.decomposedStringWithCanonicalMapping, entry.en.decomposedStringWithCanonicalMapping]
                for spelling in spellings {
                    #expect(list.resolve(spelling) == entry.code, "\(list) \(spelling)")
                }
            }
        }
    }

    /// A Chinese label spelled with a CJK compatibility ideograph (U+F900–U+FAFF: NFC maps each to a unified
    /// ideograph, e.g. U+FA08 → 行) is canonically equivalent to the label, so it names the same code — also when
    /// the code-list look-up has to retry in NFC.
    @Test func labelsWithCompatibilityIdeographsResolve() {
        var compatibilityForm: [Character: Character] = [:]
        for value in UInt32(0xF900)...0xFAFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let unified = String(Character(scalar)).precomposedStringWithCanonicalMapping
            // Compared as scalars: as `String`s the two are equal (canonical equivalence).
            if let character = unified.first, unified.unicodeScalars.count == 1, unified.unicodeScalars.first != scalar {
                compatibilityForm[character] = Character(scalar)
            }
        }
        var tested = 0
        for list in CodeListID.allCases {
            for entry in list.entries {
                guard let index = entry.zh.firstIndex(where: { compatibilityForm[$0] != nil }),
                      let variant = compatibilityForm[entry.zh[index]] else { continue }
                var spelling = entry.zh
                spelling.replaceSubrange(index...index, with: String(variant))
                #expect(!spelling.utf8.elementsEqual(entry.zh.utf8))
                #expect(list.resolve(spelling) == entry.code, "\(list) \(spelling)")
                tested += 1
            }
        }
        #expect(tested >= 5, "labels with a character that has a compatibility ideograph")
    }

    /// Near misses: a name with one character changed, added or dropped, halves, other lists' names, random
    /// characters from the lists' own alphabet (Chinese included) — each answered as the definition answers it.
    @Test func nearMissesAnswerAsTheDefinitionDoes() {
        var random = SplitMix64(seed: 0x0C0D_E5)
        let allNames = CodeListID.allCases.flatMap { list in list.entries.flatMap { [$0.code, $0.number, $0.zh, $0.en] } }
        // Sorted: a Set's order changes from process to process, and the seed should fix the probes.
        let alphabet = Array(Set(allNames.joined())).sorted() + ["é", "e\u{301}", " ", "　", "_", "0"]
        for list in CodeListID.allCases {
            let reference = Self.reference(list)
            var probes: [String] = allNames
            for _ in 0..<300 {
                var characters = Array(allNames[Int(random.next() % UInt64(allNames.count))])
                switch random.next() % 4 {
                case 0 where !characters.isEmpty:
                    characters[Int(random.next() % UInt64(characters.count))] = alphabet[Int(random.next() % UInt64(alphabet.count))]
                case 1:
                    characters.insert(alphabet[Int(random.next() % UInt64(alphabet.count))],
                                      at: Int(random.next() % UInt64(characters.count + 1)))
                case 2 where !characters.isEmpty:
                    characters.remove(at: Int(random.next() % UInt64(characters.count)))
                default:
                    characters = Array(characters.prefix(characters.count / 2))
                }
                probes.append(String(characters))
            }
            for probe in probes {
                #expect(list.resolve(probe) == reference(probe), "\(list) \(probe.debugDescription)")
            }
        }
    }

    /// A profile's own labels (``NameTable``, behind `values:` maps): looked up as a `[String: String]` would, by
    /// canonical equivalence — a label written decomposed in the profile or in the export still matches — over
    /// random labels of Chinese, Latin and combining characters.
    @Test func profileLabelsMatchAsADictionaryWould() {
        var random = SplitMix64(seed: 0x1ABE_15)
        let pieces = ["来信", "来访", "平台", "信用", "é", "e\u{301}", "Å", "A\u{30A}", "a", "B", " ", "（", "）", "1", "\u{FA10}"]
        func label() -> String { (0..<Int(1 + random.next() % 4)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined() }
        for _ in 0..<50 {
            let pairs = (0..<Int(random.next() % 12)).map { index in (name: label(), value: "CODE_\(index)") }
            var reference: [String: String] = [:]
            for (name, value) in pairs { reference[name] = value }
            let table = NameTable(pairs)
            for probe in (0..<40).map({ _ in label() }) + pairs.map(\.name) {
                #expect(table[probe] == reference[probe], "\(probe.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }
}
