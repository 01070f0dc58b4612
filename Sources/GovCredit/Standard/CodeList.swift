/// One entry of a code list: the four forms importers accept (SPEC §1, "Each code list entry …").
public struct CodeEntry: Hashable, Sendable {
    /// Stable `UPPER_SNAKE` code, used in every output.
    public let code: String
    /// Two-digit number.
    public let number: String
    /// Chinese label.
    public let zh: String
    /// English label.
    public let en: String
}

/// A generated code-list enum (``Channel``, ``Domain``, …).
///
/// Codes a newer version of the standard may add decode as `.unrecognized(code)` instead of failing, so a
/// library built against 1.0 can still read a 1.1 record; validation reports them.
public protocol CodeListValue: RawRepresentable, CaseIterable, Hashable, Sendable, Codable where RawValue == String {
    /// The list this enum encodes.
    static var codeList: CodeListID { get }
    /// The value of an `UPPER_SNAKE` code; any other text becomes `.unrecognized`, so creating a value never fails.
    init(rawValue: String)
}

extension CodeListValue {
    /// Decodes the code from a single string; an unknown code becomes `.unrecognized`. Throws `DecodingError` only when
    /// the value is not a string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the value as its code string (``rawValue``).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The entry of a known code; `nil` for `.unrecognized`.
    public var entry: CodeEntry? { Self.codeList.entries.first { $0.code == rawValue } }
}

extension CodeListID {
    /// The code that `text` names: the code itself, its 2-digit number, its Chinese or its English label
    /// (English case-insensitively). `text` must already be trimmed.
    public func resolve(_ text: String) -> String? {
        CodeTable.byList[self]?.code(named: text)
    }

    /// Whether the list contains `code` as a code (not a label).
    public func contains(code: String) -> Bool { entries.contains { $0.code == code } }
}
