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

    /// Near misses: a name with one character changed, added or dropped, halves, other lists' names, random
    /// characters from the lists' own alphabet (Chinese included) — each answered as the definition answers it.
    @Test func nearMissesAnswerAsTheDefinitionDoes() {
        var random = SplitMix64(seed: 0x0C0D_E5)
        let allNames = CodeListID.allCases.flatMap { list in list.entries.flatMap { [$0.code, $0.number, $0.zh, $0.en] } }
        let alphabet = Array(Set(allNames.joined())) + ["é", "e\u{301}", " ", "　", "_", "0"]
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
}
