import Foundation
@testable import GovCredit

/// Files of the repository and scratch files for tests.
enum TestFiles {
    /// The repository root, found from this file's path.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The canonical samples: valid records of every category, the base the tests break on purpose.
    static func canonicalSample(_ category: RecordCategory) -> URL {
        repositoryRoot.appendingPathComponent("samples/canonical/\(category.rawValue).jsonl")
    }

    /// The valid records of a category (from the canonical samples), parsed.
    static func validRecords(_ category: RecordCategory) throws -> [JSONValue] {
        let text = try String(contentsOf: canonicalSample(category), encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONParser.parse(Array($0.utf8)) }
    }

    /// Writes `contents` to a new file in a fresh temporary directory and returns its path.
    static func temporaryFile(named name: String, contents: [UInt8]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("govcredit-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(contents).write(to: url)
        return url.path
    }

    static func temporaryFile(named name: String, text: String) throws -> String {
        try temporaryFile(named: name, contents: Array(text.utf8))
    }
}

/// The date the fixtures are validated against, so "not in the future" does not depend on the day tests run.
let fixtureToday = CivilDate(year: 2026, month: 1, day: 1)!

/// Validates a file and returns its counts and every outcome.
func validate(path: String, category: RecordCategory, today: CivilDate = fixtureToday) throws -> (RecordCounts, [RecordOutcome]) {
    var outcomes: [RecordOutcome] = []
    let validator = RecordFileValidator(options: ValidationOptions(today: today))
    let counts = try validator.validateFile(at: path, category: category) { outcomes.append($0) }
    return (counts, outcomes)
}

/// Validates JSON Lines text of one category.
func validate(lines: [String], category: RecordCategory, today: CivilDate = fixtureToday) throws -> (RecordCounts, [RecordOutcome]) {
    let path = try TestFiles.temporaryFile(named: "\(category.rawValue).jsonl", text: lines.joined(separator: "\n") + "\n")
    return try validate(path: path, category: category, today: today)
}

extension JSONValue {
    /// Compact JSON text, as the library writes it.
    var text: String { JSONValueText.text(of: self) }

    /// The value at a dotted path (`entity.uscc`), or `nil`.
    subscript(path path: String) -> JSONValue? {
        var current = self
        for key in path.split(separator: ".") {
            guard case .object(let members) = current, let next = members.first(where: { $0.key == key })?.value else { return nil }
            current = next
        }
        return current
    }

    /// A copy with the value at `path` replaced (`nil` removes it); missing objects on the way are created.
    func setting(_ path: String, to value: JSONValue?) -> JSONValue {
        let keys = path.split(separator: ".").map(String.init)
        return setting(keys[...], to: value)
    }

    private func setting(_ keys: ArraySlice<String>, to value: JSONValue?) -> JSONValue {
        guard let key = keys.first else { return value ?? .null }
        var members: [(key: String, value: JSONValue)] = []
        if case .object(let existing) = self { members = existing }
        let index = members.firstIndex { $0.key == key }
        let child = index.map { members[$0].value } ?? .object([])
        let newChild: JSONValue? = keys.count == 1 ? value : child.setting(keys.dropFirst(), to: value)
        switch (index, newChild) {
        case (let index?, let newChild?): members[index].value = newChild
        case (let index?, nil): members.remove(at: index)
        case (nil, let newChild?): members.append((key, newChild))
        case (nil, nil): break
        }
        return .object(members)
    }
}

extension RecordOutcome {
    var errors: [Finding] { findings.filter { $0.severity == .error } }
    var warnings: [Finding] { findings.filter { $0.severity == .warning } }
    var errorKeys: [String] { errors.map { "\($0.rule.rawValue)@\($0.path)" } }
    var warningKeys: [String] { warnings.map { "\($0.rule.rawValue)@\($0.path)" } }
}
