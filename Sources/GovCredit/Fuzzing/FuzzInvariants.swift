/// The promises a file run must keep whatever the bytes (README "The command"): `read = accepted + rejected`,
/// records numbered 1, 2, 3, … in file order, every record and finding at a line that exists, every rejected record
/// with an error finding, messages short whatever the input, and a file that stops being readable saying where.
/// Fed one outcome at a time, like the command's own report.
struct FuzzInvariants {
    /// The date that counts as today, so that a kept input replays the same way on any day.
    static let today = CivilDate(year: 2026, month: 1, day: 1) ?? CivilDate.todayInChina()

    /// Longest message a finding or error may have. Values are quoted up to 80 characters
    /// (``Finding/quotedValueLimit``) and a message names a few of them, a code list at most.
    static let maximumMessageCharacters = 4_000

    /// The last line a location may name.
    let lines: Int
    let file: String
    /// A profile may map one source record onto several categories: the same record number comes again.
    let allowsRepeatedRecords: Bool
    private(set) var counted = RecordCounts()
    private(set) var violations: [String] = []
    private var lastRecord = 0
    private var lastLine = 0

    init(lines: Int, file: String, allowsRepeatedRecords: Bool) {
        self.lines = lines
        self.file = file
        self.allowsRepeatedRecords = allowsRepeatedRecords
    }

    /// An upper bound of the physical lines of `bytes`: LF, CR, and room for the line breaks other than those that
    /// YAML knows (NEL, U+2028, U+2029, which take non-ASCII bytes).
    static func maximumLine(of bytes: UnsafeRawBufferPointer) -> Int {
        var count = 1
        for byte in bytes where byte == 0x0A || byte == 0x0D || byte >= 0x80 { count += 1 }
        return count
    }

    /// Errors about the file as a whole, which have no line to give.
    static func isFileLevel(_ error: InputError) -> Bool {
        ["no element matches the record path", "cannot open the file", "reading the file failed",
         "the configuration file exceeds the limit"].contains { error.message.en.hasPrefix($0) }
    }

    mutating func check(_ outcome: RecordOutcome) {
        counted.count(outcome)
        let at = outcome.location
        let name = "record \(at.record) (line \(at.line))"
        let expected = lastRecord + 1
        if at.record != expected && !(allowsRepeatedRecords && lastRecord > 0 && at.record == lastRecord) {
            fail("\(name): expected record number \(expected)")
        }
        if at.line < lastLine { fail("\(name): starts before the previous record (line \(lastLine))") }
        checkPlace(at, name)
        lastRecord = at.record
        lastLine = at.line
        if outcome.record == nil && outcome.isAccepted { fail("\(name): accepted without a record") }
        if !outcome.isAccepted && outcome.findings.allSatisfy({ $0.severity != .error }) {
            fail("\(name): rejected without an error finding")
        }
        for finding in outcome.findings {
            checkPlace(finding.location, "\(name), finding \(finding.rule.rawValue)")
            if finding.location.record != at.record {
                fail("\(name): finding \(finding.rule.rawValue) names record \(finding.location.record)")
            }
            checkMessage(finding.message, "\(name), finding \(finding.rule.rawValue)")
        }
    }

    mutating func check(_ error: InputError) {
        if error.file != file && !Self.isFileLevel(error) { fail("input error names file \(error.file): \(error)") }
        if let line = error.line {
            // One past the last line is where the file ended: libyaml (like PyYAML) puts an error at the end of a file
            // without a final line break there.
            if line < 1 || line > lines + 1 { fail("input error at line \(line) of \(lines): \(error)") }
        } else if !Self.isFileLevel(error) {
            fail("input error without a line: \(error)")
        }
        checkMessage(error.message, "input error")
    }

    /// At the end of a run: the counts returned (or, after an input error, those seen) add up.
    mutating func finish(counts: RecordCounts) {
        if counts != counted { fail("counts \(counts) differ from the outcomes seen \(counted)") }
        if counts.read != counts.accepted + counts.rejected { fail("read \(counts.read) ≠ accepted + rejected") }
    }

    private mutating func checkPlace(_ location: SourceLocation, _ what: String) {
        if location.file != file { fail("\(what): file \(location.file)") }
        if location.record < 1 { fail("\(what): record number \(location.record)") }
        if location.line < 1 || location.line > lines { fail("\(what): line \(location.line) of \(lines)") }
        if let column = location.column, column < 1 { fail("\(what): column \(column)") }
    }

    private mutating func checkMessage(_ message: LocalizedMessage, _ what: String) {
        let longest = max(message.zh.unicodeScalars.count, message.en.unicodeScalars.count)
        if longest > Self.maximumMessageCharacters { fail("\(what): message of \(longest) characters") }
    }

    private mutating func fail(_ text: String) {
        // A broken input can break a promise once per record; the first few say enough.
        if violations.count < 20 { violations.append(text) }
    }
}
