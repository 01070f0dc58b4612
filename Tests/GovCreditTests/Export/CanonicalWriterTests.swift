import Foundation
import Testing
@testable import GovCredit

/// The byte-level writers of the canonical forms (SPEC §7): ``CanonicalJSONLine`` and ``CanonicalXMLWriter``.
///
/// Every canonical sample is validated, given an envelope (`33:<category>:<id>`, ADD) and written; the output is
/// checked with the tools the national platform's users run (Python `jsonschema`, `xmllint` — a missing tool fails
/// these tests, never skips them), read back through ``RecordFileValidator``, and compared value for value.
@Suite struct CanonicalWriterTests {
    // MARK: Schemas

    @Test(arguments: RecordCategory.allCases)
    func jsonLinesValidateAgainstTheJSONSchema(_ category: RecordCategory) throws {
        let records = try Self.samples(category)
        let file = try TestFiles.temporaryFile(named: "\(category.rawValue).jsonl", contents: Self.jsonLines(records))
        let result = try Tool.jsonSchema(category: category, file: file)
        #expect(result.status == 0, "\(category.rawValue) lines do not validate:\n\(result.stdout)\(result.stderr)")
        // Every line was looked at: an empty file must not pass for a valid one.
        #expect(result.stdout.components(separatedBy: ": ok\n").count - 1 == records.count, "\(result.stdout)")
    }

    @Test func xmlDocumentOfEveryCategoryValidatesAgainstTheXSD() throws {
        let records = try RecordCategory.allCases.flatMap(Self.samples)
        let file = try TestFiles.temporaryFile(named: "records.xml", contents: Self.xmlDocument(records))
        let result = try Tool.xmllint(["--noout", "--schema", Paths.xsd, file])
        #expect(result.status == 0, "xmllint rejected the written document:\n\(result.stderr)")
        #expect(result.stderr.contains("\(file) validates"), "\(result.stderr)")
    }

    // MARK: Round trips

    @Test(arguments: RecordCategory.allCases)
    func jsonLinesReadBackToTheSameRecords(_ category: RecordCategory) throws {
        let records = try Self.samples(category)
        let file = try TestFiles.temporaryFile(named: "\(category.rawValue).jsonl", contents: Self.jsonLines(records))
        let (counts, outcomes) = try validate(path: file, category: category)
        #expect(counts.read == records.count && counts.accepted == records.count, "\(counts)")
        Self.expectSame(outcomes, as: records)
    }

    @Test func xmlDocumentReadsBackToTheSameRecords() throws {
        let records = try RecordCategory.allCases.flatMap(Self.samples)
        let file = try TestFiles.temporaryFile(named: "records.xml", contents: Self.xmlDocument(records))
        var validator = RecordFileValidator(options: ValidationOptions(today: fixtureToday))
        validator.xmlSchemaPath = Paths.xsd  // the XSD checked while reading, too: its findings would reject
        var outcomes: [RecordOutcome] = []
        // No category: the canonical XML reader takes it from each record's element name.
        let counts = try validator.validateFile(at: file) { outcomes.append($0) }
        #expect(counts.read == records.count && counts.accepted == records.count, "\(counts)")
        Self.expectSame(outcomes, as: records)
    }

    /// Without envelopes, the written document is `samples/canonical/records.xml` byte for byte, less its comment and
    /// with amounts in canonical form (the sample writes `486000.5` as a provincial input might; the validated value
    /// is `486000.50`): the hand-written sample and the writer agree on order, nesting and indentation.
    @Test func xmlIsTheCanonicalSampleDocument() throws {
        let records = try RecordCategory.allCases.flatMap(Self.samples).map { record in
            var record = record
            record.envelope = nil
            return record
        }
        let sample = try String(contentsOf: TestFiles.repositoryRoot.appendingPathComponent("samples/canonical/records.xml"),
                                encoding: .utf8)
        let expected = sample.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("<!--") }.map(Self.withTwoDecimalAmount).joined(separator: "\n")
        let written = String(decoding: Self.xmlDocument(records), as: UTF8.self)
        #expect(written == expected, "first difference at line \(Self.firstDifferentLine(written, expected))")
    }

    // MARK: Exact bytes

    @Test func jsonLineHasTheCanonicalShape() throws {
        let typicalCase = try #require(try Self.samples(.typicalCase).last)
        #expect(Self.jsonLines([typicalCase]) == Array(#"""
            {"nationalKey":"33:typicalCase:T-002","operation":"ADD","id":"T-002","dishonestyIds":["D-001"],\#
            "reason":"SERIOUS","title":"拖欠民营企业产业扶持资金拒不整改典型案例","summary":"西湖区经济和信息化局拖欠企业产业\#
            扶持资金150万元，经上级部门督促整改后仍拒不整改，已被实施限制政府资金支持等惩戒措施。","publishedDate":"2024-11-01",\#
            "channel":"NEWS_MEDIA"}

            """#.utf8))
        var complaint = try #require(try Self.samples(.complaint).first)
        complaint.envelope = nil
        let line = String(decoding: Self.jsonLines([complaint]), as: UTF8.self)
        #expect(line.hasPrefix(#"{"id":"C-001","receivedDate":"2024-01-08","channel":"CREDIT_WEBSITE","#))
        #expect(line.contains(#","amountInvolved":"1500000.00","#), "amounts are JSON strings with two decimals")
        #expect(line.contains(#","complainant":{"name":"杭州西溪智造科技有限公司","uscc":"91330106MA2H3K7P6X","scale":"SMALL"},"#))
        #expect(line.contains(#""transferredTo":{"name":"杭州市西湖区人民政府","uscc":"113301060024901386"}}"#))
    }

    @Test func xmlRecordHasTheCanonicalShape() throws {
        var record = try #require(try Self.samples(.typicalCase).first)
        record.envelope = RecordEnvelope(nationalKey: "33:typicalCase:T-001", operation: .restore)
        var buffer: [UInt8] = []
        CanonicalXMLWriter.append(record, to: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == """
              <typicalCase nationalKey="33:typicalCase:T-001" operation="RESTORE">
                <id>T-001</id>
                <dishonestyIds>
                  <dishonestyId>D-001</dishonestyId>
                  <dishonestyId>D-003</dishonestyId>
                </dishonestyIds>
                <reason>REPEATED</reason>
                <title>杭州市西湖区经济和信息化局多次违约失信案</title>
                <summary>杭州市西湖区经济和信息化局先后因未按协议拨付产业扶持资金、不兑现招商引资落户奖励承诺，被认定为违约失信。
            其中，以"财政资金紧张"为由拒不整改, 情节严重。</summary>
                <publishedDate>2024-10-15</publishedDate>
                <channel>CREDIT_CHINA</channel>
              </typicalCase>

            """)
        #expect(CanonicalXMLWriter.documentStart() == Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <records xmlns="urn:govcredit:gov-integrity:1.0" standard="gov-integrity" version="1.0">

            """.utf8))
        #expect(CanonicalXMLWriter.documentEnd() == Array("</records>\n".utf8))
    }

    @Test(arguments: [
        ("plain 文本", #""plain 文本""#),
        ("say \"hi\"", #""say \"hi\"""#),
        (#"C:\dir\"#, #""C:\\dir\\""#),
        ("a\nb\rc\td", #""a\nb\rc\td""#),
        ("\u{0}\u{1}\u{8}\u{C}\u{1B}\u{1F}", #""\u0000\u0001\u0008\u000c\u001b\u001f""#),
        ("x\u{2028}y\u{2029}z\u{85}", #""x\u2028y\u2029z\u0085""#),
        ("—…“”\u{2027}\u{202A}\u{7F}\u{84}·° /", "\"—…“”\u{2027}\u{202A}\u{7F}\u{84}·° /\""),
        ("𠀀𪚥😀，（）", "\"𠀀𪚥😀，（）\""),
        ("", #""""#),
    ])
    func jsonStringEscapes(_ text: String, _ expected: String) {
        var buffer: [UInt8] = []
        CanonicalJSONLine.appendString(text, to: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == expected)
    }

    @Test(arguments: [
        ("a < b && c > d ]]>", false, "a &lt; b &amp;&amp; c &gt; d ]]&gt;"),
        ("say \"hi\" 'x'", false, "say \"hi\" 'x'"),
        ("say \"hi\" 'x'", true, "say &quot;hi&quot; 'x'"),
        ("l1\nl2\r\nl3\tend", false, "l1\nl2&#13;\nl3\tend"),
        ("l1\nl2\r\nl3\tend", true, "l1&#10;l2&#13;&#10;l3&#9;end"),
        ("𠀀，（）\u{FFFD}\u{FEFF}\u{7F}", false, "𠀀，（）\u{FFFD}\u{FEFF}\u{7F}"),
    ])
    func xmlEscapes(_ text: String, _ inAttribute: Bool, _ expected: String) {
        var buffer: [UInt8] = []
        #expect(CanonicalXMLWriter.appendEscaped(text, inAttribute: inAttribute, to: &buffer) == nil)
        #expect(String(decoding: buffer, as: UTF8.self) == expected)
    }

    /// The escapers skip eight bytes at a time where none needs escaping: every character that does, at every
    /// offset against those words, next to characters that share its bytes (`“` and U+2028 both start E2, `·` and
    /// U+0085 both start C2, `，` and U+FFFE both start EF), gives what escaping one character at a time gives.
    @Test func escapingAgreesWithACharacterByCharacterReference() {
        let alphabet = ["a", "7", " ", "中", "文", "\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", "<", ">", "&", "'",
                        "\u{2028}", "\u{2029}", "“", "\u{85}", "·", "，", "\u{FFFD}", "😀", "abcdefgh", "中文字符"]
        func jsonReference(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{2028}", "\u{2029}", "\u{85}": out += "\\u" + String(format: "%04x", scalar.value)
                case _ where scalar.value < 0x20: out += "\\u" + String(format: "%04x", scalar.value)
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        func xmlReference(_ text: String, inAttribute: Bool) -> String {
            var out = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"" where inAttribute: out += "&quot;"
                case "\r": out += "&#13;"
                case "\t" where inAttribute: out += "&#9;"
                case "\n" where inAttribute: out += "&#10;"
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
        var generator = SplitMix64(seed: 0x0DDB_A115_EED)
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0..<24, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? "" }.joined()
            var json: [UInt8] = []
            CanonicalJSONLine.appendString(text, to: &json)
            #expect(String(decoding: json, as: UTF8.self) == jsonReference(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            let xmlText = text.replacingOccurrences(of: "\u{1}", with: "").replacingOccurrences(of: "\u{1F}", with: "")
            for inAttribute in [false, true] {
                var xml: [UInt8] = []
                #expect(CanonicalXMLWriter.appendEscaped(xmlText, inAttribute: inAttribute, to: &xml) == nil)
                #expect(String(decoding: xml, as: UTF8.self) == xmlReference(xmlText, inAttribute: inAttribute))
            }
            #expect(TextNormalization.isASCII(text) == text.unicodeScalars.allSatisfy(\.isASCII))
        }
    }

    /// The escaper jumps to the first byte of a word that needs a look: a character XML cannot carry is found at every
    /// offset, after runs of digits, ASCII letters, CJK or full-width punctuation (whose EF lead bytes pass), with
    /// the text before it appended.
    @Test func xmlEscapingFindsCharactersXMLCannotCarryAtEveryOffset() {
        for unit in ["7", "a", "中", "，", "&"] {
            for count in 0..<20 {
                for bad in ["\u{1}", "\u{B}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"] {
                    let prefix = String(repeating: unit, count: count)
                    var buffer: [UInt8] = []
                    let offset = CanonicalXMLWriter.appendEscaped(prefix + bad + "tail", inAttribute: false, to: &buffer)
                    #expect(offset == prefix.utf8.count, "\(unit) × \(count), then \(bad.unicodeScalars.map(\.value))")
                    #expect(String(decoding: buffer, as: UTF8.self) == prefix.replacingOccurrences(of: "&", with: "&amp;"))
                }
            }
        }
    }

    @Test(arguments: [("ab\u{1}c", 2), ("\u{0}", 0), ("甲\u{1F}", 3), ("ok\u{FFFE}", 2), ("，\u{FFFF}", 3), ("a\u{B}", 1)])
    func xmlEscapingFindsCharactersXMLCannotCarry(_ text: String, _ offset: Int) {
        var buffer: [UInt8] = []
        #expect(CanonicalXMLWriter.appendEscaped(text, inAttribute: false, to: &buffer) == offset)
    }

    /// A C0 control can only reach the writer in a record the Validator did not accept: the writer stops rather
    /// than emit an ill-formed document or change the value.
    @Test func xmlWriterStopsOnAControlCharacter() async {
        await #expect(processExitsWith: .failure) {
            var record = FlatRecord(category: .performance, location: GovCredit.SourceLocation(file: "-", record: 1, line: 1))
            record.set(.text("P-1"), atPath: "id")
            record.set(.text("义务\u{7}"), atPath: "obligation")
            var buffer: [UInt8] = []
            CanonicalXMLWriter.append(record, to: &buffer)
        }
    }

    /// U+FFFE and U+FFFF are not XML 1.0 characters, so the XML writer stops on them as on C0 controls: the
    /// Validator must reject them, or an accepted record could stop an export (or a verification, which writes the
    /// canonical XML of the records it accepts).
    @Test func validatorRejectsNoncharactersXMLCannotCarry() throws {
        let line = try Self.sampleLine(.performance, replacing: "obligation", with: "按期\u{FFFF}拨付")
        let (_, outcomes) = try validate(lines: [line], category: .performance)
        #expect(outcomes.first?.isAccepted == false)
        #expect(outcomes.first?.errorKeys == ["field.control-character@obligation"])
    }

    // MARK: Tricky text

    static let trickyTexts = [
        "投诉企业称，\"产业扶持资金\"共350万元, 第一期已到账；“第二期”未付",
        #"路径 C:\data\合同.pdf，字面 \n 与 \u2028 不是转义"#,
        "a < b && c > d ]]> &amp; <summary>假标签</summary> '单引号'",
        "第一行\n第二行\n\n第四行",
        "Windows 行尾\r\n第二行\r第三行",
        "列一\t列二\t\t列四",
        "段落一\u{2028}段落二\u{2029}段落三\u{85}NEL",
        "生僻字𠀀𪚥与表情😀",
        "全部：\"引号\"\\反斜杠<>&\n\r\t\u{2028}𠀀，结束",
    ]

    /// A complaint whose `summary` (top level) and `respondent.name` (in a block) hold `text`: validated, written to
    /// both forms, checked by both schemas, read back; every value must come back exactly.
    @Test(arguments: trickyTexts)
    func trickyTextSurvivesExactly(_ text: String) throws {
        var line = try Self.sampleLine(.complaint, replacing: "summary", with: text)
        line = try JSONParser.parse(Array(line.utf8)).setting("respondent.name", to: .string(text)).text
        let (_, outcomes) = try validate(lines: [line], category: .complaint)
        let outcome = try #require(outcomes.first)
        #expect(outcome.isAccepted, "\(outcome.errorKeys)")
        var record = try #require(outcome.record)
        #expect(record[path: "summary"] == .text(text) && record[path: "respondent.name"] == .text(text),
                "the validator changed the text")
        record.envelope = RecordEnvelope(nationalKey: "33:complaint:C-001", operation: .update)

        let json = Self.jsonLines([record])
        #expect(json.firstIndex { $0 < 0x20 } == json.count - 1, "a raw control byte inside the JSON line")
        #expect(!String(decoding: json, as: UTF8.self).contains { "\u{2028}\u{2029}\u{85}".contains($0) },
                "U+2028, U+2029, U+0085 must be escaped: line-oriented tools split on them")
        let parsed = try JSONParser.parse(Array(json.dropLast()))
        #expect(parsed[path: "summary"] == .string(text) && parsed[path: "respondent.name"] == .string(text))
        let jsonFile = try TestFiles.temporaryFile(named: "complaint.jsonl", contents: json)
        let schema = try Tool.jsonSchema(category: .complaint, file: jsonFile)
        #expect(schema.status == 0, "\(schema.stdout)\(schema.stderr)")
        let (_, fromJSON) = try validate(path: jsonFile, category: .complaint)
        Self.expectSame(fromJSON, as: [record])

        let xml = Self.xmlDocument([record])
        #expect(!xml.contains(0x0D), "a raw CR would be read back as LF")
        #expect(!text.contains("\r") || String(decoding: xml, as: UTF8.self).contains("&#13;"))
        let xmlFile = try TestFiles.temporaryFile(named: "records.xml", contents: xml)
        let lint = try Tool.xmllint(["--noout", "--schema", Paths.xsd, xmlFile])
        #expect(lint.status == 0, "\(lint.stderr)")
        var outcomesFromXML: [RecordOutcome] = []
        _ = try RecordFileValidator(options: ValidationOptions(today: fixtureToday)).validateFile(at: xmlFile) {
            outcomesFromXML.append($0)
        }
        Self.expectSame(outcomesFromXML, as: [record])
    }

    // MARK: Determinism

    @Test func sameRecordsGiveTheSameBytes() throws {
        for category in RecordCategory.allCases {
            // Two separate validation runs: equal records, separately built.
            let first = try Self.samples(category)
            let second = try Self.samples(category)
            #expect(Self.jsonLines(first) == Self.jsonLines(second), "\(category.rawValue) JSON")
            #expect(Self.xmlDocument(first) == Self.xmlDocument(second), "\(category.rawValue) XML")
            for record in first {
                var twice: [UInt8] = []
                CanonicalJSONLine.append(record, to: &twice)
                let once = twice.count
                CanonicalJSONLine.append(record, to: &twice)
                #expect(twice[..<once] == twice[once...] && once > 2)
                twice = []
                CanonicalXMLWriter.append(record, to: &twice)
                let xmlOnce = twice.count
                CanonicalXMLWriter.append(record, to: &twice)
                #expect(twice[..<xmlOnce] == twice[xmlOnce...] && xmlOnce > 2)
            }
        }
    }
}

// Helpers are nested in the suite so that their names cannot clash with other test files of the module.
extension CanonicalWriterTests {
    /// The canonical samples of `category`, validated (every one must be accepted), with the envelope
    /// `33:<category>:<id>`, ADD.
    static func samples(_ category: RecordCategory) throws -> [FlatRecord] {
        let text = try String(contentsOf: TestFiles.canonicalSample(category), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        let (_, outcomes) = try validate(lines: lines, category: category)
        try #require(outcomes.count == lines.count && !lines.isEmpty)
        return try outcomes.map { outcome in
            #expect(outcome.isAccepted, "\(category.rawValue) sample \(outcome.location.record): \(outcome.errorKeys)")
            var record = try #require(outcome.record)
            let id = try #require(record[path: "id"]?.text)
            record.envelope = RecordEnvelope(nationalKey: "33:\(category.rawValue):\(id)", operation: .add)
            return record
        }
    }

    /// The first sample line of `category` with the text field at `path` replaced.
    static func sampleLine(_ category: RecordCategory, replacing path: String, with text: String) throws -> String {
        let first = try #require(try TestFiles.validRecords(category).first)
        return first.setting(path, to: .string(text)).text
    }

    static func jsonLines(_ records: [FlatRecord]) -> [UInt8] {
        var buffer: [UInt8] = []
        for record in records { CanonicalJSONLine.append(record, to: &buffer) }
        return buffer
    }

    static func xmlDocument(_ records: [FlatRecord]) -> [UInt8] {
        var buffer = CanonicalXMLWriter.documentStart()
        for record in records { CanonicalXMLWriter.append(record, to: &buffer) }
        buffer.append(contentsOf: CanonicalXMLWriter.documentEnd())
        return buffer
    }

    /// Read-back records equal the written ones: accepted, same category, same values, same envelope.
    static func expectSame(_ outcomes: [RecordOutcome], as records: [FlatRecord],
                           sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(outcomes.count == records.count, sourceLocation: sourceLocation)
        for (outcome, original) in zip(outcomes, records) {
            let name = "\(original.category.rawValue) \(original[path: "id"]?.text ?? "?")"
            #expect(outcome.isAccepted, "\(name): \(outcome.errorKeys)", sourceLocation: sourceLocation)
            #expect(outcome.record?.category == original.category, "\(name)", sourceLocation: sourceLocation)
            #expect(outcome.record?.values == original.values, "\(name): values differ", sourceLocation: sourceLocation)
            #expect(outcome.record?.envelope == original.envelope, "\(name): envelope lost", sourceLocation: sourceLocation)
        }
    }

    /// `    <amountPaid>486000.5</amountPaid>` → `    <amountPaid>486000.50</amountPaid>`; other lines unchanged.
    static func withTwoDecimalAmount(_ line: Substring) -> Substring {
        guard line.drop(while: { $0 == " " }).hasPrefix("<amount"), let open = line.firstIndex(of: ">"),
              let close = line.range(of: "</")?.lowerBound else { return line }
        let amount = line[line.index(after: open)..<close]
        let decimals = amount.firstIndex(of: ".").map { amount.distance(from: $0, to: amount.endIndex) - 1 } ?? -1
        let padding = decimals < 0 ? ".00" : String(repeating: "0", count: max(0, 2 - decimals))
        return line[..<close] + padding + line[close...]
    }

    static func firstDifferentLine(_ a: String, _ b: String) -> Int {
        let (left, right) = (a.split(separator: "\n", omittingEmptySubsequences: false),
                             b.split(separator: "\n", omittingEmptySubsequences: false))
        return (zip(left, right).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(left.count, right.count)) + 1
    }

    enum Paths {
        static let xsd = TestFiles.repositoryRoot
            .appendingPathComponent("Standards/gov-integrity/1.0/generated/gov-integrity-1.0.xsd").path
        static let jsonSchema = TestFiles.repositoryRoot
            .appendingPathComponent("Standards/gov-integrity/1.0/generated/gov-integrity-1.0.schema.json").path
        /// Validates JSON Lines against `#/$defs/<category>`, Draft 2020-12 with the format checker (exit 3: no
        /// `jsonschema` package).
        static let jsonSchemaHelper = TestFiles.repositoryRoot
            .appendingPathComponent("Tests/GovCreditTests/Schemas/json_schema_check.py").path
    }

    struct MissingTool: Error, CustomStringConvertible {
        let description: String
    }

    struct ToolResult {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    enum Tool {
        static func jsonSchema(category: RecordCategory, file: String) throws -> ToolResult {
            let result = try run(["python3", Paths.jsonSchemaHelper, Paths.jsonSchema, "validate", category.rawValue, file])
            if result.status == 127 { throw MissingTool(description: "python3 is not installed") }
            if result.status == 3 { throw MissingTool(description: "pip install jsonschema: \(result.stderr)") }
            return result
        }

        static func xmllint(_ arguments: [String]) throws -> ToolResult {
            let result = try run(["xmllint"] + arguments)
            if result.status == 127 { throw MissingTool(description: "xmllint is not installed: apt-get install libxml2-utils") }
            return result
        }

        /// Runs through /usr/bin/env (PATH lookup; 127: not found); output goes to files, not pipes, so a long
        /// report cannot fill a pipe and block the child.
        static func run(_ arguments: [String]) throws -> ToolResult {
            let out = try TestFiles.temporaryFile(named: "stdout", contents: [])
            let err = try TestFiles.temporaryFile(named: "stderr", contents: [])
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
            try process.run()
            process.waitUntilExit()
            return ToolResult(status: process.terminationStatus,
                              stdout: try String(contentsOfFile: out, encoding: .utf8),
                              stderr: try String(contentsOfFile: err, encoding: .utf8))
        }
    }
}
