import Foundation
import Testing
@testable import GovCredit

/// What stops a YAML file (a located ``InputError``) and what only rejects one record (a located finding).
@Suite("YAML record reader: errors and malformed records")
struct YAMLReaderErrorTests {
    /// libyaml's syntax errors, at libyaml's `problem_mark` line (PyYAML reports the same lines: see the
    /// cross-check suite).
    static let syntaxErrors: [(yaml: String, line: Int, problem: String)] = [
        ("- a: 1\n- b: [1, 2\n- c: 3\n", 3, "did not find expected ',' or ']'"),
        ("- id: a\n  x: b: c\n", 2, "mapping values are not allowed in this context"),
        ("- id: a\n\tname: b\n", 2, "found a tab character that violates indentation"),
        ("- id: a\n- note: \"unterminated\n", 3, "found unexpected end of stream"),
        ("- id: a\n- id: b\n  name: x\n name2: y\n", 4, "did not find expected '-' indicator"),
        ("- id: a\n- id: b\n- *\n", 3, "did not find expected alphabetic or numeric character"),
        ("数据:\n  - 编号: A\n  编号: B\n", 3, "did not find expected"),
    ]

    @Test("A syntax error stops the file at its line", arguments: syntaxErrors)
    func syntaxError(_ yaml: String, _ line: Int, _ problem: String) throws {
        let error = try YAMLHarness.error(yaml)
        #expect(error.file == YAMLHarness.displayName)
        #expect(error.line == line, "\(error)")
        #expect(error.message.en.contains(problem), "\(error)")
        #expect(error.message.zh.contains("YAML 语法错误"))
    }

    @Test("Records before a syntax error are read, then the error comes with its line")
    func recordsBeforeSyntaxError() throws {
        let (items, error) = try YAMLHarness.collect("- id: a\n- id: b\n- id: c\n  x: [\n")
        #expect(items.count == 2)
        #expect(try #require(error).line == 5)
    }

    @Test("Duplicate keys reject the record with a finding naming the key, at its line")
    func duplicateKeys() throws {
        let (items, error) = try YAMLHarness.collect("""
            - id: a
              name: x
              id: b
            - id: c
              entity: {name: a, "name": b}
            - id: d
            """)
        #expect(error == nil)
        try #require(items.count == 3)
        #expect(YAMLHarness.findings(items[0]) == ["input.duplicate-key@id line 3"])
        #expect(YAMLHarness.findings(items[1]) == ["input.duplicate-key@entity.name line 5"])
        #expect(YAMLHarness.findings(items[2]) == nil)
        guard case .malformed(let location, let findings) = items[0] else { return }
        #expect(location.line == 1 && location.record == 1)
        #expect(findings[0].message.en.contains("id"))
        #expect(findings[0].location.elementPath == "[0].id")
    }

    /// Keys compare as strings do (canonically equivalent spellings are one key), in small mappings and past the
    /// size where the reader stops scanning and indexes the keys; keys that share a prefix, a length or Chinese
    /// characters are not confused.
    @Test("Duplicate keys are found in mappings of any size, NFC and NFD spellings alike",
          arguments: [3, 63, 64, 65, 200])
    func duplicateKeysAtAnySize(_ keyCount: Int) throws {
        let keys = (0..<keyCount).map { "字段\($0)é" }
        var lines = keys.map { "  \($0): v" }
        lines[0] = "- " + lines[0].dropFirst(2)
        // The first key again, decomposed (e + U+0301): a duplicate; then a key equal to none (one more character).
        lines.append("  字段0e\u{301}: again")
        lines.append("  字段0é2: fresh")
        let (items, error) = try YAMLHarness.collect(lines.joined(separator: "\n") + "\n")
        #expect(error == nil)
        try #require(items.count == 1)
        #expect(YAMLHarness.findings(items[0]) == ["input.duplicate-key@字段0e\u{301} line \(keyCount + 1)"])
    }

    @Test("Something other than a mapping where a record should be: one finding, reading goes on")
    func notARecord() throws {
        let (items, error) = try YAMLHarness.collect("- id: a\n- just text\n- ~\n- [1, 2]\n- id: b\n")
        #expect(error == nil)
        try #require(items.count == 5)
        #expect(items.map(YAMLHarness.findings) == [nil, ["input.not-object@ line 2"], ["input.not-object@ line 3"],
                                                   ["input.not-object@ line 4"], nil])
        #expect(items.map { YAMLHarness.location($0).record } == [1, 2, 3, 4, 5])
        guard case .malformed(_, let findings) = items[1] else { return }
        #expect(findings[0].message.en.contains("a scalar"))
        guard case .malformed(_, let nullFindings) = items[2] else { return }
        #expect(nullFindings[0].message.en.contains("null"))
    }

    @Test("A scalar document in a stream of record documents is a malformed record")
    func scalarDocument() throws {
        let (items, error) = try YAMLHarness.collect("id: a\n---\nplain words\n---\nid: b\n")
        #expect(error == nil)
        #expect(items.map(YAMLHarness.findings) == [nil, ["input.not-object@ line 3"], nil])
    }

    @Test("Merge keys and collections as keys reject the record, at the key")
    func refusedKeys() throws {
        let (items, error) = try YAMLHarness.collect("""
            - &base {id: a, status: ACTIVE}
            - <<: *base
              id: b
            - ? [x, y]
              : z
            - "<<": quoted keys are ordinary
            """)
        #expect(error == nil)
        try #require(items.count == 4)
        #expect(YAMLHarness.findings(items[1]) == ["input.syntax@ line 2"])
        #expect(YAMLHarness.findings(items[2]) == ["input.syntax@ line 4"])
        #expect(YAMLHarness.findings(items[3]) == nil)
        guard case .malformed(_, let findings) = items[1] else { return }
        #expect(findings[0].message.en.contains("merge keys"))
        #expect(findings[0].location.column == 3)
    }

    @Test("Undecodable bytes stop the file at their line, after the records before them")
    func undecodableBytes() throws {
        for encoding in [EncodingChoice.automatic, .utf8] {
            var options = YAMLReaderOptions()
            options.encoding = encoding
            let bytes = Array("- id: a\n  name: 某局\n- id: b\n  name: ".utf8) + [0xFF] + Array("x\n- id: c\n".utf8)
            let (items, error) = try YAMLHarness.collect(bytes, options: options)
            #expect(items.count == 1, "\(encoding)")
            let thrown = try #require(error)
            #expect(thrown.line == 4)
            #expect(thrown.message.en.contains("neither valid UTF-8 nor GB18030"))
            #expect(thrown.message.en.contains("offset \(bytes.firstIndex(of: 0xFF)!)"))
        }
    }

    @Test("Undecodable bytes in GB18030 text stop the file at their line")
    func undecodableGB18030() throws {
        var bytes = try YAMLHarness.gb18030("- id: a\n  name: 杭州市某局\n- id: b\n  name: 宁波市某局\n")
        bytes.insert(0xFF, at: bytes.count - 3)
        let (items, error) = try YAMLHarness.collect(bytes)
        #expect(items.count == 1)
        #expect(try #require(error).line == 4)
    }

    @Test("A character YAML does not allow stops the file at its line")
    func controlCharacter() throws {
        let error = try YAMLHarness.error("- id: a\n- id: b\n- id: c\n- note: x\u{1}y\n")
        #expect(error.line == 4)
        #expect(error.message.en.contains("U+0001"))
    }

    @Test("Billion laughs ends with a located error, by anchor size or by alias budget")
    func billionLaughs() throws {
        var lines = ["- a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for (name, previous) in zip("bcdefghij", "abcdefghi") {
            lines.append("  \(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        let bomb = lines.joined(separator: "\n") + "\n"
        // Default limits: &d holds 7,381 nodes, over maximumAnchorNodes, so *d (line 5) is refused.
        let bySize = try YAMLHarness.error(bomb)
        #expect(bySize.line == 5)
        #expect(bySize.message.en.contains("alias *d"))
        // With anchors of any size, the alias budget stops it.
        var options = YAMLReaderOptions()
        options.maximumAnchorNodes = .max
        options.maximumAliases = 50_000
        // Copies so far: b 90, c 819, d 7,380; e's seven *d make 59,956.
        let byBudget = try YAMLHarness.error(Array(bomb.utf8), options: options)
        #expect(byBudget.line == 5)
        #expect(byBudget.message.en.contains("more than 50000 nodes"))
    }

    @Test("The alias budget counts every copy in a document and starts again in the next")
    func aliasBudget() throws {
        var options = YAMLReaderOptions()
        options.maximumAliases = 22
        // &x is 5 nodes: four aliases cost 20, the fifth would make 25.
        let four = "- {x: &x [1, 2, 3, 4]}\n" + String(repeating: "- {y: *x}\n", count: 4)
        let fits = try YAMLHarness.collect(Array((four + "---\n" + four).utf8), options: options)
        #expect(fits.error == nil)
        #expect(fits.items.count == 10)
        let (items, error) = try YAMLHarness.collect(Array((four + "- {y: *x}\n").utf8), options: options)
        #expect(items.count == 5)
        #expect(try #require(error).line == 6)
    }

    @Test("An alias to an unknown anchor stops the file at its line")
    func unknownAnchor() throws {
        let error = try YAMLHarness.error("- id: a\n- id: *nowhere\n")
        #expect(error.line == 2)
        #expect(error.message.en.contains("*nowhere"))
        // Anchors do not cross documents.
        #expect(try YAMLHarness.error("- id: &a x\n---\n- id: *a\n").line == 3)
    }

    @Test("10,000-deep nesting is refused at the first level over the limit", arguments: [false, true])
    func deepNesting(block: Bool) throws {
        let yaml: String
        if block {
            yaml = "- id: a\n  deep:\n" + (0..<10_000).map { String(repeating: " ", count: 4 + $0) + "k:\n" }.joined()
        } else {
            yaml = "- id: a\n  deep: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        }
        let (items, error) = try YAMLHarness.collect(yaml)
        #expect(items.isEmpty)
        let thrown = try #require(error)
        #expect(thrown.message.en.contains("deeper than 64"))
        // Levels: the sequence 1, the record 2, then one per `k:` line from line 3: the 65th opens on line 65.
        #expect(thrown.line == (block ? 65 : 2))
    }

    @Test("Depth is counted from the document root, including the record path")
    func depthBoundary() throws {
        var options = YAMLReaderOptions()
        options.maximumDepth = 4
        #expect(try YAMLHarness.collect("- a: {b: {c: 1}}\n", options: options).error == nil)
        #expect(try YAMLHarness.collect("- a: {b: {c: {d: 1}}}\n", options: options).error?.line == 1)
        options.recordPath = ["数据"]
        #expect(try YAMLHarness.collect("数据:\n  - a: {b: 1}\n", options: options).error == nil)
        #expect(try YAMLHarness.collect("数据:\n  - a: {b: {c: 1}}\n", options: options).error?.line == 2)
    }

    @Test("A scalar over the limit stops the file, whether libyaml has finished it or not")
    func longScalar() throws {
        var options = YAMLReaderOptions()
        options.maximumScalarBytes = 1_000
        let short = try YAMLHarness.error(Array("- id: a\n- id: b\n  note: \(String(repeating: "x", count: 2_000))\n".utf8), options: options)
        #expect(short.line == 3)
        #expect(short.message.en.contains("1000 bytes"))
        let huge = try YAMLHarness.error(Array("- id: a\n- id: b\n  note: \(String(repeating: "y", count: 2 << 20))\n".utf8), options: options)
        #expect(huge.line == 3)
    }

    @Test("A record over the size limit is rejected whole; the next one is read")
    func largeRecord() throws {
        var options = YAMLReaderOptions()
        options.maximumRecordBytes = 300
        let big = "- id: a\n" + (0..<20).map { "  f\($0): \(String(repeating: "v", count: 40))\n" }.joined()
        let (items, error) = try YAMLHarness.collect(Array((big + "- id: b\n").utf8), options: options)
        #expect(error == nil)
        try #require(items.count == 2)
        #expect(YAMLHarness.findings(items[0]) == ["input.record-too-large@ line 1"])
        #expect(YAMLHarness.findings(items[1]) == nil)
    }

    static let recordPathErrors: [(yaml: String, line: Int, message: String)] = [
        ("版本: 1\n其他:\n  案件: []\n", 1, "no key path 数据.案件"),
        ("数据:\n  案件: []\n---\n版本: 2\n", 3, "no key path 数据.案件"),
        ("数据:\n  案件:\n    编号: A\n", 3, "must be a sequence of records"),
        ("数据: [1, 2]\n", 1, "the value of 数据 must be a mapping"),
        ("数据:\n  案件: []\n数据: {}\n", 3, "the key 数据 occurs twice"),
        ("模板: &t []\n数据:\n  案件: *t\n", 3, "not an alias"),
        ("- 编号: A\n", 1, "no key path 数据.案件"),
    ]

    @Test("A record path that is not there stops the file instead of reading no records", arguments: recordPathErrors)
    func recordPathError(_ yaml: String, _ line: Int, _ message: String) throws {
        var options = YAMLReaderOptions()
        options.recordPath = ["数据", "案件"]
        let error = try YAMLHarness.error(Array(yaml.utf8), options: options)
        #expect(error.line == line, "\(error)")
        #expect(error.message.en.contains(message), "\(error)")
    }

    @Test("After an error every call throws it again", arguments: ["- id: a\n- id: [\n", "- id: a\n- x: [[[[[[[[]]]]]]]]\n"])
    func stickyError(_ yaml: String) throws {
        var options = YAMLReaderOptions()
        options.maximumDepth = 5
        let path = try TestFiles.temporaryFile(named: "data.yaml", text: yaml)
        var reader = try YAMLRecordReader(path: path, displayName: "data.yaml", options: options)
        let first = try reader.next()
        #expect(first.map(YAMLHarness.findings) == .some(nil))
        var messages: [String] = []
        for _ in 0..<3 {
            do {
                _ = try reader.next()
            } catch {
                messages.append(error.description)
            }
        }
        #expect(messages.count == 3 && Set(messages).count == 1, "\(messages)")
    }

    @Test("A missing file is an InputError naming it")
    func missingFile() {
        let outcome = YAMLHarness.collect(path: "/nonexistent/data.yaml")
        #expect(outcome.error?.file == "/nonexistent/data.yaml")
    }
}
