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
    var entry: RuleEntry? { RuleEntry.byID[rawValue] }
}

/// One rule of the catalogue (generated into `RuleCatalogue.entries`).
struct RuleEntry: Sendable {
    let id: String
    let severity: Severity
    let scope: String
    let clause: String
    let zh: String
    let en: String

    static let byID: [String: RuleEntry] = Dictionary(uniqueKeysWithValues: RuleCatalogue.entries.map { ($0.id, $0) })
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
    public let message: LocalizedMessage

    /// Creates a finding from the catalogue, filling the message templates with `parameters`.
    /// `severity` overrides the catalogue's (identifier checks carry their own).
    public init(rule: RuleID, path: String, location: SourceLocation, parameters: [String: String] = [:],
                severity: Severity? = nil) {
        self.rule = rule
        self.path = path
        self.location = location
        var values = parameters
        values["path"] = values["path"] ?? path
        if let entry = rule.entry {
            self.severity = severity ?? entry.severity
            self.message = LocalizedMessage(zh: Finding.fill(entry.zh, values), en: Finding.fill(entry.en, values))
        } else {
            // Only reachable for a rule id missing from the catalogue, which a test forbids.
            self.severity = severity ?? .error
            self.message = LocalizedMessage(zh: rule.rawValue, en: rule.rawValue)
        }
    }

    /// Values quoted in messages are cut here: a 10 MB field must not become a 10 MB message.
    static let quotedValueLimit = 80

    static func quoted(_ value: String) -> String {
        guard value.unicodeScalars.count > quotedValueLimit else { return value }
        return String(String.UnicodeScalarView(value.unicodeScalars.prefix(quotedValueLimit))) + "…"
    }

    private static func fill(_ template: String, _ values: [String: String]) -> String {
        // On UTF-8 bytes: `{` and `}` never occur inside a multi-byte sequence, and String index walking made this
        // a sixth of a run with a finding per record (callgrind).
        var out: [UInt8] = []
        var template = template
        template.withUTF8 { bytes in
            out.reserveCapacity(bytes.count + 64)
            var index = 0
            while index < bytes.count {
                guard bytes[index] == 0x7B, let close = bytes[index...].firstIndex(of: 0x7D) else {
                    out.append(bytes[index])
                    index += 1
                    continue
                }
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<close]), as: UTF8.self)
                if let value = values[key] {
                    out.append(contentsOf: value.utf8)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index...close]))
                }
                index = close + 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
