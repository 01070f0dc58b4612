import Foundation
import Testing

/// Issue 7, item 6: every public symbol of the library carries a DocC comment (`///`), so what a provincial system
/// relies on is written down where Xcode, DocC and a reader of the source all see it.
///
/// A declaration counts when its line starts (after attributes and modifiers) with `public` or `open`, and also
/// when it is an enum case of a `public enum` or a requirement of a `public protocol`: those carry no keyword but
/// are API. The line directly above it, skipping attribute lines (`@discardableResult`), must start with `///`.
/// Generated files count too: `tools/generator/swift_sources.py` writes their comments.
@Suite("Public symbols are documented")
struct PublicSymbolsAreDocumentedTests {
    /// The repository root, four levels above this file (`Tests/GovCreditTests/Documentation/<this file>`).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let libraryRoot = repositoryRoot.appendingPathComponent("Sources/GovCredit")

    /// Files, relative to `Sources/GovCredit` (a trailing `/` means everything under a folder), not yet held to
    /// the rule. Empty: every file is checked; an entry here would need a reason and a date to be removed.
    static let notYetChecked: [String] = []

    static func isNotYetChecked(_ relativePath: String) -> Bool {
        notYetChecked.contains { $0.hasSuffix("/") ? relativePath.hasPrefix($0) : relativePath == $0 }
    }

    @Test func everyPublicDeclarationHasADocComment() throws {
        let root = Self.libraryRoot.path
        let enumerator = try #require(FileManager.default.enumerator(atPath: root), "no folder at \(root)")
        var checked = 0
        var undocumented: [UndocumentedDeclaration] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".swift"), !Self.isNotYetChecked(relative) else { continue }
            let source = try String(contentsOfFile: "\(root)/\(relative)", encoding: .utf8)
            checked += 1
            undocumented += DocumentationScanner.undocumented(in: source, file: "Sources/GovCredit/\(relative)")
        }
        // A wrong root would find nothing and pass: the library has well over a hundred files.
        #expect(checked > 100, "only \(checked) Swift files under \(root)")
        for declaration in undocumented.sorted(by: { ($0.file, $0.line) < ($1.file, $1.line) }) {
            Issue.record("public symbol without a /// comment: \(declaration)")
        }
    }

    /// The scanner itself, on a source made to contain each kind of declaration it must find or pass.
    @Test func scannerFindsEachKindOfUndocumentedDeclaration() {
        let source = #"""
            /// Documented.
            public struct Documented {
                /// Documented.
                public var value: Int
                public var bare: Int
                /// Documented, with an attribute between.
                @discardableResult
                public func attributed() -> Int { 0 }
                @inlinable public func inlineAttributed() {}
                static public let reordered = 1
                var open = 0
                func uses() { open = 1; _ = "public var notADeclaration { " }
            }

            // An ordinary comment is not documentation.
            public enum Cases: String {
                /// Documented.
                case documented
                case bare

                /// Documented: a `case` of its switch is no enum case.
                public var text: String {
                    switch self {
                    case .documented: return "{"
                    case .bare: return #"}"#
                    }
                }
            }

            /// Documented.
            public protocol Requirements {
                /// Documented.
                var documented: Int { get }
                func bare()
            }

            enum Internal {
                case notAPI
            }
            let text = """
                public var insideAString = 0
                """
            @_spi(Testing) public enum SPI {}
            """#
        let found = DocumentationScanner.undocumented(in: source, file: "Example.swift").map(\.line)
        #expect(found == [5, 9, 10, 16, 19, 34, 43])
    }
}

/// A line of Swift source that declares a public symbol with no `///` comment above it.
private struct UndocumentedDeclaration: Hashable, CustomStringConvertible {
    let file: String
    let line: Int
    let text: String
    var description: String { "\(file):\(line): \(text)" }
}

/// Finds public declarations without a `///` comment directly above them (attribute lines skipped).
///
/// A declaration is a line whose first token, after attributes and modifiers, is `public` or `open`; an enum
/// case directly inside a `public enum`; or a requirement directly inside a `public protocol` (neither carries
/// the keyword, both are API). The scan tracks strings and comments only so far as to count braces correctly:
/// a `{` in a string literal or a comment must not open a block.
private enum DocumentationScanner {
    static func undocumented(in source: String, file: String) -> [UndocumentedDeclaration] {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let states = LineStates(source: source).states
        var found: [UndocumentedDeclaration] = []
        for (index, line) in lines.enumerated() where index < states.count {
            let state = states[index]
            guard state.startsInCode, isDeclaration(line, in: state.enclosing) else { continue }
            if !isDocumented(lineAt: index, in: lines) {
                found.append(UndocumentedDeclaration(file: file, line: index + 1,
                                                     text: line.trimmingCharacters(in: .whitespaces)))
            }
        }
        return found
    }

    /// Modifiers that may precede `public` (`nonisolated public func`, `static public let`).
    static let modifiers: Set<String> = ["nonisolated", "final", "static", "class", "override", "mutating",
                                         "nonmutating", "convenience", "required", "lazy", "dynamic", "prefix",
                                         "postfix", "infix", "indirect", "weak", "unowned"]
    /// What can begin a protocol requirement.
    static let requirementKeywords: Set<String> = ["var", "func", "init", "static", "associatedtype", "subscript",
                                                   "mutating", "typealias", "nonisolated"]

    static func isDeclaration(_ line: String, in enclosing: BlockKind) -> Bool {
        var rest = Substring(line.trimmingCharacters(in: .whitespaces))
        rest = droppingAttributes(rest)
        var word = leadingWord(rest)
        switch enclosing {
        case .publicEnum where word == "case": return true
        case .publicProtocol where requirementKeywords.contains(word): return true
        default: break
        }
        while modifiers.contains(word) {
            rest = rest.dropFirst(word.count).drop { $0 == " " }
            word = leadingWord(rest)
        }
        guard word == "public" || word == "open" else { return false }
        // `open = []` and `open.append(…)` use a variable named `open`; a declaration goes on with a word.
        let after = rest.dropFirst(word.count)
        guard after.first == " " else { return false }
        return after.drop { $0 == " " }.first.map { $0.isLetter || $0 == "@" } ?? false
    }

    /// Whether the nearest line above `index` that is not an attribute line is a `///` comment.
    static func isDocumented(lineAt index: Int, in lines: [String]) -> Bool {
        var above = index - 1
        while above >= 0 {
            let text = Substring(lines[above].trimmingCharacters(in: .whitespaces))
            if text.hasPrefix("@"), droppingAttributes(text).isEmpty {
                above -= 1
                continue
            }
            return text.hasPrefix("///")
        }
        return false
    }

    /// `text` after its leading attributes (`@discardableResult`, `@_spi(Fuzzing)`, `@available(*, …)`).
    static func droppingAttributes(_ text: Substring) -> Substring {
        var rest = text
        while rest.first == "@" {
            var end = rest.index(after: rest.startIndex)
            while end < rest.endIndex, rest[end].isLetter || rest[end].isNumber || rest[end] == "_" {
                end = rest.index(after: end)
            }
            if end < rest.endIndex, rest[end] == "(" {
                var depth = 0
                while end < rest.endIndex {
                    if rest[end] == "(" { depth += 1 }
                    if rest[end] == ")" { depth -= 1 }
                    end = rest.index(after: end)
                    if depth == 0 { break }
                }
            }
            rest = rest[end...].drop { $0 == " " }
        }
        return rest
    }

    static func leadingWord(_ text: Substring) -> String {
        String(text.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    }
}

/// The kind of the innermost block a line is in, as far as documentation cares.
private enum BlockKind: Equatable {
    case publicEnum
    case publicProtocol
    case other
}

/// For each line of a Swift source: whether it starts in code (not inside a string or a block comment) and the
/// kind of the innermost `{ … }` block around it.
private struct LineStates {
    struct State {
        var startsInCode: Bool
        var enclosing: BlockKind
    }

    private(set) var states: [State] = []

    private enum Context {
        case code
        /// Inside `\( … )` of a string: code until the parenthesis that closes it.
        case interpolation(parentheses: Int)
        case string(multiline: Bool, hashes: Int)
        case blockComment
        case lineComment
    }

    init(source: String) {
        let bytes = Array(source.utf8)
        var contexts: [Context] = [.code]
        var blocks: [BlockKind] = []
        var header: [UInt8] = []  // code since the last brace: the text that says what a `{` opens
        states.append(State(startsInCode: true, enclosing: .other))
        var i = 0
        func at(_ offset: Int) -> UInt8? { i + offset < bytes.count ? bytes[i + offset] : nil }
        func hashes(from start: Int) -> Int {
            var count = 0
            while start + count < bytes.count, bytes[start + count] == UInt8(ascii: "#") { count += 1 }
            return count
        }
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\n") {
                if case .lineComment = contexts.last { contexts.removeLast() }
                header.append(byte)
                i += 1
                let inCode: Bool
                switch contexts.last {
                case .code?, .interpolation?: inCode = true
                default: inCode = false
                }
                states.append(State(startsInCode: inCode, enclosing: blocks.last ?? .other))
                continue
            }
            switch contexts.last! {
            case .lineComment:
                i += 1
            case .blockComment:
                if byte == UInt8(ascii: "*"), at(1) == UInt8(ascii: "/") { contexts.removeLast(); i += 2 }
                else if byte == UInt8(ascii: "/"), at(1) == UInt8(ascii: "*") { contexts.append(.blockComment); i += 2 }
                else { i += 1 }
            case .string(let multiline, let count):
                if byte == UInt8(ascii: "\\") {
                    let afterHashes = i + 1 + count
                    if hashes(from: i + 1) >= count, afterHashes < bytes.count {
                        if bytes[afterHashes] == UInt8(ascii: "(") {
                            contexts.append(.interpolation(parentheses: 0))
                            i = afterHashes + 1
                        } else if bytes[afterHashes] == UInt8(ascii: "\n") {
                            i = afterHashes  // a line continuation: the newline still ends the line
                        } else {
                            i = afterHashes + 1  // an escaped character, `\"` included
                        }
                    } else {
                        i += 1
                    }
                } else if byte == UInt8(ascii: "\"") {
                    let quotes = multiline ? 3 : 1
                    let closes = (0..<quotes).allSatisfy { at($0) == UInt8(ascii: "\"") } && hashes(from: i + quotes) >= count
                    if closes { contexts.removeLast(); i += quotes + count } else { i += 1 }
                } else {
                    i += 1
                }
            case .code, .interpolation:
                if byte == UInt8(ascii: "/"), at(1) == UInt8(ascii: "/") {
                    contexts.append(.lineComment); i += 2
                } else if byte == UInt8(ascii: "/"), at(1) == UInt8(ascii: "*") {
                    contexts.append(.blockComment); i += 2
                } else if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "\"") {
                    let count = byte == UInt8(ascii: "#") ? hashes(from: i) : 0
                    let quote = i + count
                    guard quote < bytes.count, bytes[quote] == UInt8(ascii: "\"") else {
                        header.append(byte); i += 1; continue  // `#if`, `#filePath`
                    }
                    // `"""` opens a multi-line string only when the line ends there (`#""""#` holds `""`).
                    var multiline = quote + 2 < bytes.count && bytes[quote + 1] == UInt8(ascii: "\"")
                        && bytes[quote + 2] == UInt8(ascii: "\"")
                    if multiline {
                        let rest = bytes[(quote + 3)...].prefix { $0 != UInt8(ascii: "\n") }
                        multiline = rest.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
                    }
                    contexts.append(.string(multiline: multiline, hashes: count))
                    header.append(UInt8(ascii: "\""))
                    i = quote + (multiline ? 3 : 1)
                } else if case .interpolation(let depth) = contexts.last!, byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") {
                    contexts.removeLast()
                    if byte == UInt8(ascii: "(") { contexts.append(.interpolation(parentheses: depth + 1)) }
                    else if depth > 0 { contexts.append(.interpolation(parentheses: depth - 1)) }
                    i += 1
                } else if byte == UInt8(ascii: "{") {
                    blocks.append(Self.kind(ofBlockAfter: header))
                    header = []
                    i += 1
                } else if byte == UInt8(ascii: "}") {
                    if !blocks.isEmpty { blocks.removeLast() }
                    header = []
                    i += 1
                } else {
                    header.append(byte)
                    i += 1
                }
            }
        }
    }

    /// Words that say what a `{` opens; the last one before the brace decides.
    private static let openers: Set<String> = [
        "enum", "protocol", "struct", "class", "actor", "extension", "func", "init", "deinit", "var", "let",
        "subscript", "switch", "if", "else", "for", "while", "guard", "do", "catch", "repeat", "in", "get", "set",
        "willSet", "didSet", "case", "return", "defer",
    ]

    private static func kind(ofBlockAfter header: [UInt8]) -> BlockKind {
        let text = String(decoding: header, as: UTF8.self)
        for line in text.split(separator: "\n").reversed() {
            let words = line.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
            guard let opener = words.last(where: { openers.contains($0) }) else { continue }
            guard opener == "enum" || opener == "protocol" else { return .other }
            let prefix = words.prefix { $0 != opener }
            guard prefix.contains("public") || prefix.contains("open") else { return .other }
            return opener == "enum" ? .publicEnum : .publicProtocol
        }
        return .other
    }
}
