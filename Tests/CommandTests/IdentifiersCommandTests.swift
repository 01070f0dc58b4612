import Foundation
import Testing

@Suite("govcredit ids")
struct IdentifiersCommandTests {
    @Test(arguments: [
        ("91110000600037341L", "91110000600037341L\tuscc\tvalid"),
        ("121200004013590816", "121200004013590816\tuscc\tvalid"),
        ("91310115MA1K3BTP2B", "91310115MA1K3BTP2B\tuscc\tvalid"),
        ("92340602MA2PBMEM24", "92340602MA2PBMEM24\tuscc\tvalid"),
        ("91110000600037341N", "91110000600037341N\tuscc\tinvalid\tuscc.check"),
        ("9111000060003IOZSV", "9111000060003IOZSV\tuscc\tinvalid\tuscc.charset"),
        ("11010519491231002X", "11010519491231002X\tid-number\tvalid"),
        ("360426199101010071", "360426199101010071\tid-number\tvalid"),
        ("36042619910102009X", "36042619910102009X\tid-number\tinvalid\tid-number.check"),
        ("110105", "110105\tdivision\tvalid"),
        ("60003734-1", "60003734-1\torg-code\tvalid"),
    ])
    func reportsOneLinePerCode(code: String, expected: String) throws {
        let result = try Command.run(["ids", code, "--today", "2026-01-01"])
        #expect(result.stdout == expected + "\n")
        #expect(result.status == (expected.contains("invalid") ? 1 : 0))
    }

    @Test func readsStandardInputLineByLineKeepingTheCodeAsGiven() throws {
        let input = "91110000600037341L\r\n\n 91110000600037341N \n110105\n"
        let result = try Command.run(["ids", "--kind", "uscc"], input: input)
        #expect(result.stdout == """
            91110000600037341L\tuscc\tvalid
             91110000600037341N \tuscc\tinvalid\tuscc.check
            110105\tuscc\tinvalid\tuscc.length

            """)
        #expect(result.status == 1)
    }

    @Test func aKindThatDoesNotExistIsAUsageErrorWithExit2() throws {
        let result = try Command.run(["ids", "--kind", "passport", "X"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("passport"))
        #expect(result.stdout.isEmpty)
    }

    @Test func anUnrecognisableCodeIsInvalidWithARuleId() throws {
        let result = try Command.run(["ids", "hello"])
        #expect(result.stdout == "hello\tunknown\tinvalid\tinput.unknown-kind\n")
        #expect(result.status == 1)
    }

    @Test func aFutureBirthDateIsInvalid() throws {
        // 2030-01-01 born: the check character is computed for the body 11010520300101001 (X).
        let result = try Command.run(["ids", "--kind", "id-number", "11010520300101001X", "--today", "2026-01-01"])
        #expect(result.stdout.hasSuffix("\tinvalid\tid-number.birth-future\n"), "\(result.stdout)")
    }
}
