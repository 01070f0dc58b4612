/// A stable rule id from the catalogue in `Standards/…/rules.yaml` (`field.required`, `uscc.check`, …).
public struct RuleID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The id as written in `rules.yaml`, e.g. `field.required`.
    public let rawValue: String
    /// Wraps an id; any text is accepted, but only catalogue ids (the ``RuleID`` constants) have a severity and
    /// messages.
    public init(rawValue: String) { self.rawValue = rawValue }
    init(_ rawValue: String) { self.rawValue = rawValue }
    /// The id itself.
    public var description: String { rawValue }

    /// The catalogue entry: severity, clause and message templates.
    var entry: RuleEntry? { RuleEntry.byID[rawValue]?.entry }
}

/// One rule of the catalogue (generated into `RuleCatalogue.entries`).
struct RuleEntry: Sendable {
    let id: String
    let severity: Severity
    let scope: String
    let clause: String
    let zh: String
    let en: String

    /// The severity of each rule: a finding needs it when it is made, and the entry with its templates is copied
    /// whole by a look-up in ``byID`` (shared strings whose reference counts every worker thread changed, perf).
    static let severityByID: [String: Severity] = Dictionary(uniqueKeysWithValues: RuleCatalogue.entries.map { ($0.id, $0.severity) })

    /// Each entry with its two templates split once (filling them is per finding).
    static let byID: [String: (entry: RuleEntry, zh: MessageTemplate, en: MessageTemplate)] = Dictionary(
        uniqueKeysWithValues: RuleCatalogue.entries.map { ($0.id, ($0, MessageTemplate($0.zh), MessageTemplate($0.en))) })
}

/// The values a finding's message template is filled with, by parameter name (`value`, `name_zh`, …).
///
/// A finding has a handful, so a list searched in order serves better than a dictionary: building a dictionary
/// hashed every name and grew twice per finding, and the findings of a record were a tenth of validating it
/// (perf, 100,000 wide rows with 1.7 warnings each).
struct MessageArguments: ExpressibleByDictionaryLiteral, Sendable {
    private var pairs: [(name: String, value: String)] = []
    /// Room for what the checks add to a rule's own parameters (value, position, the field's two names, path),
    /// so that the list is allocated once.
    private static let addedByChecks = 6

    init(dictionaryLiteral elements: (String, String)...) {
        pairs.reserveCapacity(elements.count + Self.addedByChecks)
        for (name, value) in elements { pairs.append((name, value)) }
    }

    init(_ dictionary: [String: String]) {
        pairs.reserveCapacity(dictionary.count + Self.addedByChecks)
        for (name, value) in dictionary { pairs.append((name, value)) }
    }

    /// The value of `name`; the first one given when it was given twice.
    subscript(name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// Sets `name`, replacing a value it had.
    mutating func set(_ name: String, _ value: String) {
        if let index = pairs.firstIndex(where: { $0.name == name }) { pairs[index].value = value } else { pairs.append((name, value)) }
    }

    /// Adds `name` unless it has a value already.
    mutating func setDefault(_ name: String, _ value: String) {
        if !pairs.contains(where: { $0.name == name }) { pairs.append((name, value)) }
    }
}

/// A message template of the rule catalogue (`值“{value}”不是…`), split once into literal text and `{name}`
/// parameters. A name without a value stays as written, braces included.
struct MessageTemplate: Sendable {
    private enum Part: Sendable {
        case literal(String)
        case parameter(String)
    }

    private let parts: [Part]

    init(_ template: String) {
        // On UTF-8 bytes: `{` and `}` never occur inside a multi-byte sequence.
        var parts: [Part] = []
        let bytes = Array(template.utf8)
        var literalStart = 0
        var index = 0
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        while index < bytes.count {
            guard bytes[index] == 0x7B, let close = bytes[index...].firstIndex(of: 0x7D) else {
                index += 1
                continue
            }
            if literalStart < index { parts.append(.literal(text(literalStart..<index))) }
            parts.append(.parameter(text((index + 1)..<close)))
            index = close + 1
            literalStart = index
        }
        if literalStart < bytes.count { parts.append(.literal(text(literalStart..<bytes.count))) }
        self.parts = parts
    }

    /// The template with every parameter that has a value replaced by it, built in one allocation (the
    /// arguments are looked up twice, to measure and to copy: cheaper than keeping the values).
    func fill(_ arguments: MessageArguments) -> String {
        var length = 0
        for part in parts {
            switch part {
            case .literal(let text): length += text.utf8.count
            case .parameter(let name): length += arguments[name]?.utf8.count ?? name.utf8.count + 2
            }
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var offset = 0
            func put(_ text: String) {
                let count = text.withUTF8Bytes { bytes in
                    UnsafeMutableBufferPointer(rebasing: buffer[offset...]).initialize(fromContentsOf: bytes)
                }
                offset += count
            }
            for part in parts {
                switch part {
                case .literal(let text):
                    put(text)
                case .parameter(let name):
                    if let value = arguments[name] {
                        put(value)
                    } else {
                        put("{")
                        put(name)
                        put("}")
                    }
                }
            }
            return offset
        }
    }
}

/// A message in both languages users read (SPEC §5).
public struct LocalizedMessage: Hashable, Sendable, Codable {
    /// The message in Chinese (简体中文), the default for users.
    public let zh: String
    /// The message in English.
    public let en: String

    /// The message in `language`.
    public func text(in language: Language) -> String { language == .zh ? zh : en }
}

/// The languages GovCredit speaks.
public enum Language: String, CaseIterable, Sendable, Codable {
    /// Simplified Chinese (简体中文), the default.
    case zh
    /// English.
    case en
}

/// One thing a rule found: which rule, how bad, where (field path and place in the file), and what, in Chinese
/// and English. Findings are data: they are collected, never thrown, and every rule runs.
public struct Finding: Hashable, Sendable, Codable {
    /// The rule that found it; stable across releases, so callers may filter on it.
    public let rule: RuleID
    /// The catalogue's severity for the rule, unless the check that reported it gave its own.
    public let severity: Severity
    /// The field path (`entity.uscc`); empty for a finding about the whole record.
    public let path: String
    /// Where in the source file: the record's location, refined to the value's own line and column where known.
    public let location: SourceLocation
    /// What was found, in Chinese and English, with the offending value quoted (cut to 80 characters).
    public var message: LocalizedMessage {
        switch text {
        case .written(let message): return message
        case .template(let arguments): return LocalizedMessage(zh: Self.fill(rule, .zh, arguments), en: Self.fill(rule, .en, arguments))
        }
    }

    /// The message in one language.
    public func message(in language: Language) -> String {
        switch text {
        case .written(let message): return message.text(in: language)
        case .template(let arguments): return Self.fill(rule, language, arguments)
        }
    }

    /// The message as written, or the values its templates are filled with when it is read: a conversion makes
    /// several findings a record, mostly warnings on accepted records whose messages nobody reads, and filling
    /// both templates up front was a twentieth of the run (callgrind, 5,000 wide rows).
    private enum Text: Sendable {
        case written(LocalizedMessage)
        case template(MessageArguments)
    }

    private let text: Text

    /// Creates a finding from the catalogue, filling the message templates with `parameters`.
    /// `severity` overrides the catalogue's (identifier checks carry their own).
    public init(rule: RuleID, path: String, location: SourceLocation, parameters: [String: String] = [:],
                severity: Severity? = nil) {
        self.init(rule: rule, path: path, location: location, arguments: MessageArguments(parameters), severity: severity)
    }

    /// The same, with the parameters in a ``MessageArguments`` (the form the checks build); `path` fills
    /// `{path}` unless the arguments name one.
    init(rule: RuleID, path: String, location: SourceLocation, arguments: MessageArguments, severity: Severity? = nil) {
        self.rule = rule
        self.path = path
        self.location = location
        // The catalogue is looked up only for a severity not given: a rule missing from it (which a test forbids)
        // gets its id as its message when the message is filled.
        self.severity = severity ?? RuleEntry.severityByID[rule.rawValue] ?? .error
        var values = arguments
        values.setDefault("path", path)
        text = .template(values)
    }

    private static func fill(_ rule: RuleID, _ language: Language, _ arguments: MessageArguments) -> String {
        guard let compiled = RuleEntry.byID[rule.rawValue] else { return rule.rawValue }
        return (language == .zh ? compiled.zh : compiled.en).fill(arguments)
    }

    // Equal, hashed and coded by what a user sees — rule, severity, path, location and message — however the
    // message is held.

    /// Same rule, severity, path, location and message.
    public static func == (lhs: Finding, rhs: Finding) -> Bool {
        lhs.rule == rhs.rule && lhs.severity == rhs.severity && lhs.path == rhs.path && lhs.location == rhs.location
            && lhs.message == rhs.message
    }

    /// Hashes what ``==`` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(rule)
        hasher.combine(severity)
        hasher.combine(path)
        hasher.combine(location)
        hasher.combine(message)
    }

    private enum CodingKeys: String, CodingKey {
        case rule, severity, path, location, message
    }

    /// Decodes `rule`, `severity`, `path`, `location` and `message` {`zh`, `en`}.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rule = try container.decode(RuleID.self, forKey: .rule)
        severity = try container.decode(Severity.self, forKey: .severity)
        path = try container.decode(String.self, forKey: .path)
        location = try container.decode(SourceLocation.self, forKey: .location)
        text = .written(try container.decode(LocalizedMessage.self, forKey: .message))
    }

    /// Encodes the keys ``init(from:)`` reads, the message filled in.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(severity, forKey: .severity)
        try container.encode(path, forKey: .path)
        try container.encode(location, forKey: .location)
        try container.encode(message, forKey: .message)
    }

    /// Values quoted in messages are cut here: a 10 MB field must not become a 10 MB message.
    static let quotedValueLimit = 80

    static func quoted(_ value: String) -> String {
        guard value.unicodeScalars.count > quotedValueLimit else { return value }
        return String(String.UnicodeScalarView(value.unicodeScalars.prefix(quotedValueLimit))) + "…"
    }
}
