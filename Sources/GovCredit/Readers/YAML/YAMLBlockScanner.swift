/// Reads one record of the commonest YAML data file without libyaml: a root block sequence of block mappings whose
/// keys are plain one-line scalars and whose values are one-line plain, single-quoted or double-quoted scalars, one
/// key a line — what spreadsheet and database exports write (and `bench/gen.py`):
///
/// ```yaml
/// - record_id: SX140000000001
///   失信主体名称: 晋城市沙河县农业农村局
///   签订日期: '2017-08-03'
///   合同名称: "\"智慧晋中\"公园提升工程施工合同"
///   修复日期: ''
/// ```
///
/// Why: libyaml was 65% of the instructions of the reading thread (callgrind, 5,000 records), and that thread bounds
/// a YAML conversion (perf, 100,000 records: it was 85% busy, each worker 35%). libyaml decodes and checks every
/// character one at a time and allocates a token and an event per scalar; this scanner looks at each byte once.
///
/// Lines end in LF or CR LF; blank lines and whole-line comments may stand between them.
///
/// It is deliberately narrow: anything it does not know — an anchor, an alias, a tag, a flow collection, a block or
/// multi-line scalar, a nested value, a comment after a value, a tab, a CR alone, an escape other than
/// `\" \\ \/ \b \f \n \r \t \uXXXX`, a character YAML forbids or treats as a line break, a trailing space, a key over
/// 1,024 bytes — is ``Outcome/unsupported``, and ``YAMLFileEvents`` lets libyaml read the file instead. It never
/// decides that a file is wrong: libyaml alone does, so errors are libyaml's, word for word.
enum YAMLBlockScanner {
    /// A record's key and value, as offsets into the scanned bytes.
    struct Pair {
        enum Style: Equatable {
            case plain
            /// `'…'`; `doubled`: holds `''` (a quote) to undo.
            case singleQuoted(doubled: Bool)
            /// `"…"`; `escaped`: holds a backslash escape to undo.
            case doubleQuoted(escaped: Bool)
        }

        var keyStart: Int
        var keyEnd: Int
        /// The value's text between its quotes, if any.
        var valueStart: Int
        var valueEnd: Int
        var style: Style
        /// 1-based line of the key and its value.
        var line: Int
        /// 1-based columns in characters, as libyaml counts them.
        var keyColumn: Int
        var valueColumn: Int
    }

    enum Outcome: Equatable {
        /// A record: its `- ` on line `line`, its keys at the 1-based `keyColumn`, its pairs in the array passed in.
        /// The next record's `- ` (or the end of the input) is at `end`, on line `nextLine`; blank and comment lines
        /// before either are read past.
        case record(line: Int, keyColumn: Int, end: Int, nextLine: Int)
        /// No record starts here: the input ends.
        case end
        /// The bytes end before the record does (or before the next record's first line, which libyaml reads
        /// before it ends this record); more are needed.
        case needMore
        /// Not a shape this scanner reads.
        case unsupported
    }

    /// Longest key libyaml takes as a one-line (simple) key is 1,024 characters; bytes are counted here.
    static let maximumKeyBytes = 1_024
    /// Longest run of spaces after `-` or `:`, and of blank and comment lines (bytes): libyaml's input feed refuses
    /// to read far while no event comes out (``YAMLInputFeed``), which is libyaml's to report.
    static let maximumSpaces = 1_024

    /// Scans the record whose `- ` starts at `start` (after blank and comment lines), at the beginning of line
    /// `line`, into `pairs`. `atEnd`: the bytes hold the rest of the input. Scalars longer than `maximumScalarBytes`
    /// are unsupported (libyaml's reader reports them).
    static func scanRecord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, line: Int, atEnd: Bool,
                           maximumScalarBytes: Int, into pairs: inout [Pair]) -> Outcome {
        pairs.removeAll(keepingCapacity: true)
        let leading = ignorableLines(bytes, from: start, atEnd: atEnd)
        guard case .found(let (recordStart, skipped)) = leading, recordStart - start <= maximumScalarBytes else {
            return outcome(leading)
        }
        guard recordStart < bytes.count else { return atEnd ? .end : .needMore }
        let recordLine = line + skipped
        let entry = entryLine(bytes, at: recordStart, atEnd: atEnd)
        guard case .found(let firstKey) = entry else { return outcome(entry) }
        let indent = firstKey - recordStart
        var keyStart = firstKey
        var lineStart = recordStart
        var lineNumber = recordLine
        while true {
            let scanned = scanPair(bytes, keyStart: keyStart, lineStart: lineStart, line: lineNumber, atEnd: atEnd,
                                   maximumScalarBytes: maximumScalarBytes)
            guard case .found(let (pair, afterPair)) = scanned else { return outcome(scanned) }
            pairs.append(pair)
            let between = ignorableLines(bytes, from: afterPair, atEnd: atEnd)
            guard case .found(let (next, skipped)) = between, next - afterPair <= maximumScalarBytes else {
                return outcome(between)
            }
            lineNumber += 1 + skipped
            let record = Outcome.record(line: recordLine, keyColumn: indent + 1, end: next, nextLine: lineNumber)
            if next == bytes.count { return atEnd ? record : .needMore }
            switch bytes[next] {
            case UInt8(ascii: " "):
                // The record's next key: exactly its indentation, then a key (a deeper line would be a nested or
                // continued value, a shallower one a syntax error).
                guard next + indent < bytes.count else { return atEnd ? .unsupported : .needMore }
                for offset in next..<(next + indent) where bytes[offset] != UInt8(ascii: " ") { return .unsupported }
                keyStart = next + indent
                lineStart = next
            case UInt8(ascii: "-"):
                // The next record. libyaml reads into its first line before it ends this record, so that line must
                // read here too: a problem there is libyaml's to report, before this record is handed out.
                let nextEntry = entryLine(bytes, at: next, atEnd: atEnd)
                guard case .found(let nextKey) = nextEntry else { return outcome(nextEntry) }
                let nextPair = scanPair(bytes, keyStart: nextKey, lineStart: next, line: lineNumber, atEnd: atEnd,
                                        maximumScalarBytes: maximumScalarBytes)
                guard case .found = nextPair else { return outcome(nextPair) }
                return record
            default:
                return .unsupported
            }
        }
    }

    /// What one step of the scan found: its result, or that the bytes end too soon to say, or a shape left to libyaml.
    private enum Step<Value> {
        case found(Value)
        case needMore
        case unsupported
    }

    /// The outcome for a record whose step did not find what the record needs (or found it past a limit).
    private static func outcome<Value>(_ step: Step<Value>) -> Outcome {
        if case .needMore = step { return .needMore }
        return .unsupported
    }

    /// Lines of spaces only, and whole-line comments (`# …` after any spaces), from `start` (a line's beginning):
    /// libyaml reads past them between the lines of one-line scalars. Found: the first line that is neither, and how
    /// many lines were read past before it.
    private static func ignorableLines(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                       atEnd: Bool) -> Step<(end: Int, lines: Int)> {
        var lineStart = start
        var lines = 0
        while lineStart < bytes.count {
            var index = lineStart
            while index < bytes.count && bytes[index] == UInt8(ascii: " ") { index += 1 }
            guard index < bytes.count else { return atEnd ? .unsupported : .needMore }
            if bytes[index] == UInt8(ascii: "#") {
                index += 1
                while index < bytes.count && bytes[index] != newline && bytes[index] != carriageReturn {
                    guard isAllowed(bytes, at: index) else { return isShort(bytes, at: index) && !atEnd ? .needMore : .unsupported }
                    index += 1
                }
                guard index < bytes.count else { return atEnd ? .unsupported : .needMore }
            }
            switch lineBreak(bytes, at: index, atEnd: atEnd) {
            case .found(0): return .found((lineStart, lines))
            case .found(let length): lineStart = index + length
            case .needMore: return .needMore
            case .unsupported: return .unsupported
            }
            lines += 1
        }
        return .found((lineStart, lines))
    }

    /// `-`, one or more spaces, a key: the first line of a record. Found: where the key starts.
    private static func entryLine(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, atEnd: Bool) -> Step<Int> {
        guard bytes[start] == UInt8(ascii: "-") else { return .unsupported }
        var index = start + 1
        while index < bytes.count && bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index < bytes.count else { return atEnd ? .unsupported : .needMore }
        return index > start + 1 && index - start <= maximumSpaces ? .found(index) : .unsupported
    }

    /// `key: value` and its line break, from the key's first byte. Found: the pair, and where the next line starts.
    private static func scanPair(_ bytes: UnsafeBufferPointer<UInt8>, keyStart: Int, lineStart: Int, line: Int,
                                 atEnd: Bool, maximumScalarBytes: Int) -> Step<(pair: Pair, next: Int)> {
        let short: Step<(pair: Pair, next: Int)> = atEnd ? .unsupported : .needMore
        guard canStartPlain(bytes[keyStart]) else { return .unsupported }
        // The key: a plain scalar up to `: ` or `:` at the line's end.
        var index = keyStart
        while true {
            guard index < bytes.count else { return short }
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") {
                guard index + 1 < bytes.count else { return short }
                let following = bytes[index + 1]
                if following == UInt8(ascii: " ") || following == newline || following == carriageReturn { break }
            } else if !isPlainContent(bytes, at: index) {
                return isShort(bytes, at: index) ? short : .unsupported
            }
            index += 1
        }
        let keyEnd = index
        guard bytes[keyEnd - 1] != UInt8(ascii: " "), keyEnd - keyStart <= min(maximumKeyBytes, maximumScalarBytes) else {
            return .unsupported
        }
        let keyColumn = keyStart - lineStart + 1
        let valueColumnBase = keyColumn + characters(bytes, from: keyStart, to: keyEnd)
        // `key:` at the line's end: an empty plain value, at the end of the `:` (libyaml's empty scalar mark).
        switch lineBreak(bytes, at: keyEnd + 1, atEnd: atEnd) {
        case .found(0): break
        case .found(let length):
            let pair = Pair(keyStart: keyStart, keyEnd: keyEnd, valueStart: keyEnd + 1, valueEnd: keyEnd + 1,
                            style: .plain, line: line, keyColumn: keyColumn, valueColumn: valueColumnBase + 1)
            return .found((pair, keyEnd + 1 + length))
        case .needMore: return .needMore
        case .unsupported: return .unsupported
        }
        var valueStart = keyEnd + 1
        while valueStart < bytes.count && bytes[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
        guard valueStart < bytes.count else { return short }
        guard valueStart - keyEnd <= maximumSpaces else { return .unsupported }
        let valueColumn = valueColumnBase + (valueStart - keyEnd)
        var pair = Pair(keyStart: keyStart, keyEnd: keyEnd, valueStart: valueStart, valueEnd: valueStart, style: .plain,
                        line: line, keyColumn: keyColumn, valueColumn: valueColumn)
        let lineEnd: Int
        switch bytes[valueStart] {
        case UInt8(ascii: "'"):
            switch singleQuoted(bytes, from: valueStart + 1) {
            case .found(let (end, doubled)):
                (pair.valueStart, pair.valueEnd, pair.style) = (valueStart + 1, end, .singleQuoted(doubled: doubled))
                lineEnd = end + 1
            case .needMore: return short
            case .unsupported: return .unsupported
            }
        case UInt8(ascii: "\""):
            switch doubleQuoted(bytes, from: valueStart + 1) {
            case .found(let (end, escaped)):
                (pair.valueStart, pair.valueEnd, pair.style) = (valueStart + 1, end, .doubleQuoted(escaped: escaped))
                lineEnd = end + 1
            case .needMore: return short
            case .unsupported: return .unsupported
            }
        case newline, carriageReturn:
            return .unsupported  // `key: ` and a trailing space
        default:
            guard canStartPlain(bytes[valueStart]) else { return .unsupported }
            var index = valueStart
            while true {
                guard index < bytes.count else { return short }
                let byte = bytes[index]
                if byte == newline || byte == carriageReturn { break }
                if byte == UInt8(ascii: ":") {
                    // `: ` inside a value would start a mapping; `:` before the line break too.
                    guard index + 1 < bytes.count else { return short }
                    let following = bytes[index + 1]
                    if following == UInt8(ascii: " ") || following == newline || following == carriageReturn { return .unsupported }
                } else if !isPlainContent(bytes, at: index) {
                    return isShort(bytes, at: index) ? short : .unsupported
                }
                index += 1
            }
            guard bytes[index - 1] != UInt8(ascii: " ") else { return .unsupported }
            pair.valueEnd = index
            lineEnd = index
        }
        guard pair.valueEnd - pair.valueStart <= maximumScalarBytes else { return .unsupported }
        // A closing quote ends the line: a space or a comment after it is libyaml's to read.
        guard lineEnd < bytes.count else { return short }
        switch lineBreak(bytes, at: lineEnd, atEnd: atEnd) {
        case .found(0), .unsupported: return .unsupported
        case .found(let length): return .found((pair, lineEnd + length))
        case .needMore: return .needMore
        }
    }

    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The line break at `index`: LF, or CR LF, which libyaml reads as one (Windows exports). Found: its length in
    /// bytes, 0 for no line break. A CR alone (a line break to libyaml too) is left to it.
    @inline(__always)
    private static func lineBreak(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, atEnd: Bool) -> Step<Int> {
        let byte = bytes[index]
        if byte == newline { return .found(1) }
        guard byte == carriageReturn else { return .found(0) }
        guard index + 1 < bytes.count else { return atEnd ? .unsupported : .needMore }
        return bytes[index + 1] == newline ? .found(2) : .unsupported
    }

    /// YAML's indicators, a space and control bytes cannot start a plain scalar here (`-`, `?` and `:` may before a
    /// non-space in YAML; they are left to libyaml).
    private static func canStartPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
             UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: " "):
            return false
        default:
            return byte >= 0x20 && byte != 0x7F
        }
    }

    /// A byte of a plain scalar other than `:` and the line break: not a comment's ` #`, not a character YAML
    /// forbids or reads as a line break. `false` also when a character runs past the bytes (see ``isShort``).
    @inline(__always)
    private static func isPlainContent(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte == UInt8(ascii: "#") { return bytes[index - 1] != UInt8(ascii: " ") }
        return isAllowed(bytes, at: index)
    }

    /// Whether the byte at `index` may stand in a scalar (quoted or plain): printable to YAML (YAML 1.1 §5.1,
    /// libyaml's reader check), not a line break of YAML 1.1 (NEL, LS, PS), not a byte-order mark, not a tab.
    @inline(__always)
    private static func isAllowed(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return byte >= 0x20 && byte != 0x7F }
        switch byte {
        case 0xC2:
            // U+0080–U+009F: C1 controls, NEL (U+0085) among them.
            guard index + 1 < bytes.count else { return false }
            return bytes[index + 1] >= 0xA0
        case 0xE2:
            // U+2028, U+2029: line and paragraph separators.
            guard index + 2 < bytes.count else { return false }
            return !(bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9))
        case 0xEF:
            // U+FEFF (byte-order mark), U+FFFE, U+FFFF.
            guard index + 2 < bytes.count else { return false }
            let (second, third) = (bytes[index + 1], bytes[index + 2])
            return !(second == 0xBB && third == 0xBF) && !(second == 0xBF && (third == 0xBE || third == 0xBF))
        default:
            return true
        }
    }

    /// The first character libyaml's reader refuses (YAML 1.1 §5.1: not printable — C0 controls but tab, line feed
    /// and carriage return; DEL; C1 controls but NEL; U+FFFE, U+FFFF) at or after `start`, and how far the search
    /// got: a character split at the end of the bytes waits for the next search unless `atEnd`.
    static func firstRefusedCharacter(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, atEnd: Bool) -> (Int?, Int) {
        var index = start
        while index < bytes.count {
            // Eight bytes at a time to the next byte that needs a look (a control byte, DEL, or the lead byte of
            // U+0080–U+00BF or U+F000–U+FFFF): a byte loop was 2.5% of converting a YAML export (callgrind).
            if index + 8 <= bytes.count {
                let word = ByteWords.load(bytes, at: index)
                let flags = ByteWords.bytes(below: 0x20, in: word) | ByteWords.matches(0x7F, in: word)
                    | ByteWords.matches(0xC2, in: word) | ByteWords.matches(0xEF, in: word)
                if flags == 0 {
                    index += 8
                    continue
                }
                index += flags.trailingZeroBitCount >> 3
            }
            let byte = bytes[index]
            if byte < 0x20 {
                if byte != 0x09 && byte != 0x0A && byte != 0x0D { return (index, index) }
            } else if byte == 0x7F {
                return (index, index)
            } else if byte == 0xC2 || byte == 0xEF {
                guard index + 2 < bytes.count || (byte == 0xC2 && index + 1 < bytes.count) else {
                    return atEnd ? (nil, bytes.count) : (nil, index)
                }
                let second = bytes[index + 1]
                if byte == 0xC2 && second >= 0x80 && second <= 0x9F && second != 0x85 { return (index, index) }
                if byte == 0xEF && second == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF) { return (index, index) }
            }
            index += 1
        }
        return (nil, index)
    }

    /// Whether a refusal at `index` may only be for want of bytes: a character's lead byte too near the end.
    private static func isShort(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index >= bytes.count - 2
    }

    /// The characters (UTF-8 lead bytes) in `start..<end`: libyaml's columns count characters.
    private static func characters(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var count = 0
        for index in start..<end where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The end of a single-quoted scalar's text (its closing quote) on its line, and whether it holds `''`.
    private static func singleQuoted(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Step<(end: Int, escaped: Bool)> {
        var index = start
        var doubled = false
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "'") {
                guard index + 1 < bytes.count else { return .needMore }
                if bytes[index + 1] != UInt8(ascii: "'") { return .found((index, doubled)) }
                doubled = true
                index += 2
                continue
            }
            guard isAllowed(bytes, at: index) else { return isShort(bytes, at: index) ? .needMore : .unsupported }
            index += 1
        }
        return .needMore
    }

    /// The end of a double-quoted scalar's text (its closing quote), with the escapes JSON writes.
    private static func doubleQuoted(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Step<(end: Int, escaped: Bool)> {
        var index = start
        var escaped = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { return .found((index, escaped)) }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                guard index + 1 < bytes.count else { return .needMore }
                switch bytes[index + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 2
                case UInt8(ascii: "u"):
                    guard index + 6 <= bytes.count else { return .needMore }
                    // libyaml refuses surrogates; they are its to report.
                    guard let scalar = hexValue(bytes, from: index + 2, count: 4), !(0xD800...0xDFFF).contains(scalar) else {
                        return .unsupported
                    }
                    index += 6
                default:
                    return .unsupported
                }
                continue
            }
            guard isAllowed(bytes, at: index) else { return isShort(bytes, at: index) ? .needMore : .unsupported }
            index += 1
        }
        return .needMore
    }

    private static func hexValue(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> UInt32? {
        var value: UInt32 = 0
        for index in start..<(start + count) {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The text of a scanned value, quotes and escapes undone.
    static func valueText(_ bytes: UnsafeBufferPointer<UInt8>, of pair: Pair) -> String {
        let raw = UnsafeBufferPointer(rebasing: bytes[pair.valueStart..<pair.valueEnd])
        switch pair.style {
        case .plain, .singleQuoted(doubled: false), .doubleQuoted(escaped: false):
            return String(decoding: raw, as: UTF8.self)
        case .singleQuoted(doubled: true):
            var text: [UInt8] = []
            text.reserveCapacity(raw.count)
            var index = 0
            while index < raw.count {
                text.append(raw[index])
                index += raw[index] == UInt8(ascii: "'") ? 2 : 1
            }
            return String(decoding: text, as: UTF8.self)
        case .doubleQuoted(escaped: true):
            return unescaped(raw)
        }
    }

    /// A double-quoted scalar's text with its escapes (checked by ``doubleQuoted``) undone.
    private static func unescaped(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\") else {
                text.append(byte)
                index += 1
                continue
            }
            let code = raw[index + 1]
            index += 2
            switch code {
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "u"):
                let value = hexValue(raw, from: index, count: 4) ?? 0xFFFD
                index += 4
                text.append(contentsOf: Unicode.Scalar(value).map { Array(String($0).utf8) } ?? [0xEF, 0xBF, 0xBD])
            default: text.append(code)  // `"`, `\`, `/`
            }
        }
        return String(decoding: text, as: UTF8.self)
    }
}
