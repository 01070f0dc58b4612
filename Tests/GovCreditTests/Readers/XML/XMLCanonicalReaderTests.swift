import Foundation
import Testing
@testable import GovCredit

// The canonical XML form (the generated XSD; samples/canonical/records.xml): every child of the root is a record
// named after its category. Values are checked against the sample's JSON Lines twins and against Python's
// xml.etree.ElementTree, lines against the file's own text.

@Suite("XML reader: canonical form")
struct XMLCanonicalReaderTests {
    static let sampleLines: [String] = {
        let text = (try? String(contentsOfFile: XMLTestSupport.canonicalSample, encoding: .utf8)) ?? ""
        return text.components(separatedBy: "\n")
    }()

    @Test("one record per category element, numbered, in document order, as many as the JSON Lines samples hold")
    func recordsAndKinds() throws {
        let records = try XMLTestSupport.records(XMLTestSupport.canonicalSample)
        var expected: [String] = []
        for category in ["complaint", "contract", "performance", "verification", "dishonesty", "arrears", "enforcement",
                         "sanction", "restoration", "clue", "typicalCase"] {
            let url = XMLTestSupport.repositoryRoot.appendingPathComponent("samples/canonical/\(category).jsonl")
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            expected += Array(repeating: category, count: lines.count)
        }
        #expect(records.map(\.kind) == expected)
        #expect(records.map(\.location.record) == Array(1...expected.count))
        #expect(records.allSatisfy { $0.location.file == "export.xml" })
        // Element paths number each category among its siblings: complaint[1…3], then contract[1…3], …
        var seen: [String: Int] = [:]
        for record in records {
            let kind = try #require(record.kind)
            seen[kind, default: 0] += 1
            #expect(record.location.elementPath == "/records/\(kind)[\(seen[kind]!)]")
        }
    }

    @Test("the first complaint: fields, values, element paths and lines")
    func firstComplaint() throws {
        let record = try #require(try XMLTestSupport.records(XMLTestSupport.canonicalSample).first)
        let summary = XMLTestSupport.summary(record)
        #expect(summary.first == "complaint #1 @4 /records/complaint[1]")
        #expect(summary.contains("id = \"C-001\" @5 /records/complaint[1]/id"))
        #expect(summary.contains("complainant/uscc = \"91330106MA2H3K7P6X\" @11 /records/complaint[1]/complainant/uscc"))
        #expect(summary.contains("respondent/divisionCode = \"330106\" @24 /records/complaint[1]/respondent/divisionCode"))
        #expect(summary.contains("transferredTo/name = \"杭州市西湖区人民政府\" @35 /records/complaint[1]/transferredTo/name"))
        #expect(record.fields.map { $0.path.joined(separator: ".") }.prefix(5)
            == ["id", "receivedDate", "channel", "channelTicket", "complainant.name"])
        // The summary keeps its line break and its quotes exactly (the mapper trims and normalises, not the reader).
        let summaryText = try #require(XMLTestSupport.value(record, "summary").first)
        guard case .text(let text) = summaryText else { Issue.record("summary is \(summaryText)"); return }
        #expect(text.hasPrefix("投诉企业称：西湖区经济和信息化局"))
        #expect(text.contains("\"产业扶持资金\"共350万元, 第一期已到账。\n第二期150万元"))
        // The root's attributes are not part of any record.
        #expect(!record.fields.contains { $0.path.first?.hasPrefix("@") == true })
    }

    @Test("repeated elements give repeated fields, in order, each with its index")
    func repeatedElements() throws {
        let records = try XMLTestSupport.records(XMLTestSupport.canonicalSample)
        let cases = records.filter { $0.kind == "typicalCase" }
        try #require(cases.count == 2)
        let repeated = cases[0].fields.filter { $0.path == ["dishonestyIds", "dishonestyId"] }
        #expect(repeated.map(\.value) == [.text("D-001"), .text("D-003")])
        #expect(repeated.map(\.position.elementPath) == ["/records/typicalCase[1]/dishonestyIds/dishonestyId[1]",
                                                         "/records/typicalCase[1]/dishonestyIds/dishonestyId[2]"])
        #expect(repeated.map(\.position.line) == [582, 583])
        let single = cases[1].fields.filter { $0.path == ["dishonestyIds", "dishonestyId"] }
        #expect(single.map(\.position.elementPath) == ["/records/typicalCase[2]/dishonestyIds/dishonestyId"])
    }

    @Test("every record's line holds its start tag and every field's line holds its element")
    func linesMatchTheText() throws {
        let records = try XMLTestSupport.records(XMLTestSupport.canonicalSample)
        let lines = Self.sampleLines
        for record in records {
            let kind = try #require(record.kind)
            #expect(lines[record.location.line - 1].contains("<\(kind)>"), "record \(record.location.record)")
            for field in record.fields {
                let name = try #require(field.path.last)
                #expect(lines[field.position.line - 1].contains("<\(name)>") || lines[field.position.line - 1].contains("<\(name)/>"),
                        "\(field.position.elementPath ?? "") at line \(field.position.line)")
            }
        }
    }

    @Test("leaf values and attributes agree with Python's xml.etree.ElementTree")
    func crossCheckWithElementTree() throws {
        let script = """
        import json, sys, xml.etree.ElementTree as ET
        def local(tag): return tag.rsplit('}', 1)[-1]
        root = ET.parse(sys.argv[1]).getroot()
        out = []
        for record in root:
            fields = []
            def walk(element, path):
                for key, value in element.attrib.items():
                    fields.append([path + ['@' + local(key)], value])
                if element is not record and len(element) == 0:
                    fields.append([path, element.text if element.text else None])
                for child in element:
                    walk(child, path + [local(child.tag)])
            walk(record, [])
            out.append([local(record.tag), fields])
        json.dump(out, sys.stdout, ensure_ascii=False)
        """
        let output = try XMLTestSupport.python(script, arguments: [XMLTestSupport.canonicalSample])
        let python = try #require(try JSONSerialization.jsonObject(with: output) as? [[Any]])
        let records = try XMLTestSupport.records(XMLTestSupport.canonicalSample)
        try #require(python.count == records.count)
        var fieldCount = 0
        for (record, expected) in zip(records, python) {
            #expect(record.kind == expected[0] as? String)
            let expectedFields = try #require(expected[1] as? [[Any]])
            let ours = record.fields.map { field -> String in
                switch field.value {
                case .text(let text): return field.path.joined(separator: "/") + "=" + text
                default: return field.path.joined(separator: "/") + "=<null>"
                }
            }
            let theirs = expectedFields.map { pair -> String in
                let path = (pair[0] as? [String] ?? []).joined(separator: "/")
                return path + "=" + ((pair[1] as? String) ?? "<null>")
            }
            #expect(ours == theirs, "record \(record.location.record)")
            fieldCount += ours.count
        }
        #expect(fieldCount > 400)  // the comparison covered the sample, not an empty list
    }

    @Test("lines stay exact past 65,535, where libxml2 stops storing element lines")
    func bigLineNumbers() throws {
        var text = "<?xml version=\"1.0\"?>\n<records xmlns=\"urn:govcredit:gov-integrity:1.0\">\n"
        var line = 3
        var expected: [(record: Int, line: Int, summaryLine: Int)] = []
        for index in 1...3_000 {
            let start = line
            text += "  <complaint>\n"
            for field in 0..<20 { text += "    <f\(field)>v\(index)-\(field)</f\(field)>\n" }
            text += "    <summary>first\nsecond</summary>\n  </complaint>\n"
            expected.append((index, start, start + 21))
            line += 24
        }
        text += "</records>\n"
        #expect(line > 70_000)
        let records = try XMLTestSupport.records(try XMLTestSupport.file(text))
        try #require(records.count == expected.count)
        var mismatches = 0
        for (record, want) in zip(records, expected) {
            let f7 = record.fields.first { $0.path == ["f7"] }
            let summary = record.fields.first { $0.path == ["summary"] }
            if record.location.line != want.line || f7?.position.line != want.line + 8
                || summary?.position.line != want.summaryLine || summary?.value != .text("first\nsecond") {
                mismatches += 1
                if mismatches < 5 {
                    Issue.record("record \(want.record): line \(record.location.line) want \(want.line); f7 \(f7?.position.line ?? 0); summary \(summary?.position.line ?? 0)")
                }
            }
        }
        #expect(mismatches == 0)
    }

    @Test("record and field lines agree with Python's expat, whatever the layout, past line 65,535 too")
    func linesAgreeWithExpat() throws {
        // Indented records, start tags over several lines, records on one line, comments and CDATA between elements.
        var text = "<?xml version=\"1.0\"?>\n<records>\n"
        for index in 0..<12_000 {
            switch index % 4 {
            case 0:
                text += "  <complaint>\n    <id>C-\(index)</id>\n    <note>a\nb\nc</note>\n    <x>\n      <y>1</y>\n    </x>\n  </complaint>\n"
            case 1:
                text += "  <complaint\n      kind=\"k\"\n      n=\"\(index)\">\n    <id\n      a=\"1\">C-\(index)</id><note/>\n  </complaint>\n"
            case 2:
                text += "  <complaint><id>C-\(index)</id><note><![CDATA[x\ny]]></note></complaint><!-- c\n -->\n"
            default:
                text += "  <!-- before -->\n  <complaint>\n    <!-- inside\n -->\n    <id>C-\(index)</id>\n    <?pi x?><note>n</note>\n  </complaint>\n"
            }
        }
        text += "</records>\n"
        let path = try XMLTestSupport.file(text)
        let script = """
        import sys, xml.parsers.expat
        parser = xml.parsers.expat.ParserCreate()
        depth = [0]
        stack = []
        out = []
        def start(name, attrs):
            stack.append([name, parser.CurrentLineNumber, False])
            if len(stack) > 1: stack[-2][2] = True
            if len(stack) == 2: out.append('record %d' % parser.CurrentLineNumber)
        def end(name):
            element = stack.pop()
            if len(stack) >= 2 and not element[2]: out.append('%s %d' % (element[0], element[1]))
        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.ParseFile(open(sys.argv[1], 'rb'))
        sys.stdout.write('\\n'.join(out))
        """
        let expat = String(decoding: try XMLTestSupport.python(script, arguments: [path]), as: UTF8.self)
            .split(separator: "\n").map(String.init)
        var ours: [String] = []
        for record in try XMLTestSupport.records(path) {
            ours.append("record \(record.location.line)")
            for field in record.fields where field.path.last?.hasPrefix("@") == false {
                ours.append("\(field.path.last!) \(field.position.line)")
            }
        }
        #expect(text.filter { $0 == "\n" }.count > 70_000)
        #expect(ours.count == expat.count)
        let differences = zip(ours, expat).enumerated().filter { $0.element.0 != $0.element.1 }
        #expect(differences.isEmpty, "first differences (ours, expat): \(differences.prefix(5).map(\.element))")
    }

    @Test("an empty root is an empty file, not an error")
    func emptyRoot() throws {
        let records = try XMLTestSupport.records(try XMLTestSupport.file("<records xmlns=\"urn:govcredit:gov-integrity:1.0\"/>"))
        #expect(records.isEmpty)
    }

    @Test("an element of unknown name is still a record: the category check is the mapper's")
    func unknownCategory() throws {
        let path = try XMLTestSupport.file("<records><complaint><id>1</id></complaint><notACategory><id>2</id></notACategory></records>")
        let records = try XMLTestSupport.records(path)
        #expect(records.map(\.kind) == ["complaint", "notACategory"])
        #expect(records.map(\.location.elementPath) == ["/records/complaint[1]", "/records/notACategory[1]"])
    }
}
