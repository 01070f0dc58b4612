import Foundation
import Testing
@testable import GovCredit

// A profile whose names point outside its directory. Profile format 1 has no key that names a file: `records`,
// `from` and `when` are element, key and column names of the export. So `../`, absolute paths and symlinks in them
// are names like any other — never opened — and a YAML tag such as `!include` is not acted on. These tests plant a
// secret file where each such path leads and check that its contents never come out, and that the name either maps
// a column of that name or is reported, with the profile's line, as a name that is not there.

@Suite("Hostile profiles")
struct HostileProfileTests {
    /// A directory with a profile sub-directory and, beside it, a secret file and a symlink to it inside the profile's
    /// directory.
    static func layout() throws -> (profileDirectory: URL, secret: String, token: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("govcredit-profile-\(UUID().uuidString)")
        let profiles = root.appendingPathComponent("profiles")
        try FileManager.default.createDirectory(at: profiles, withIntermediateDirectories: true)
        let token = "SECRET-\(UUID().uuidString)"
        let secret = root.appendingPathComponent("secret.yaml")
        try Data("数据:\n  案件:\n    - 编号: \(token)\n".utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(atPath: profiles.appendingPathComponent("link.yaml").path,
                                                   withDestinationPath: secret.path)
        return (profiles, secret.path, token)
    }

    static func write(_ text: String, in directory: URL) throws -> String {
        let path = directory.appendingPathComponent("profile-\(UUID().uuidString).yaml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("record paths with ../, absolute paths and symlinks are element or key names: reported, never opened",
          arguments: ["xml", "yaml"])
    func recordPaths(format: String) throws {
        let (directory, secret, token) = try Self.layout()
        let data = format == "xml" ? "<导出>\n<案件><编号>A-1</编号></案件>\n</导出>\n" : "数据:\n  案件:\n    - 编号: A-1\n"
        for records in ["../secret.yaml", secret, "link.yaml", "./link.yaml", "../../../../etc/passwd", "file://\(secret)"] {
            let profilePath = try Self.write("""
                profile: 1
                source: {format: \(format), records: "\(records)"}
                categories:
                  - category: complaint
                    fields: {id: 编号}
                """, in: directory)
            let profile = try Profile.load(path: profilePath)
            let run = try Hostile.run(text: data, named: "export.\(format)", profile: profile)
            #expect(!run.everything.contains(token), "\(records)")
            #expect(run.outcomes.isEmpty, "\(records)")
            let error = try #require(run.error, "\(records)")
            // XML: no element has that path; YAML: the document has no such key path (at the document's line).
            #expect(error.message.en.contains("record path") || error.message.en.contains("key path"), "\(error)")
            if format == "yaml" { #expect(error.line == 1, "\(error)") }
        }
    }

    @Test("a source name that looks like a file is a column name: it maps the column of that name and opens nothing")
    func sourceNamesAreColumns() throws {
        let (directory, secret, token) = try Self.layout()
        let names = ["../secret.yaml", secret, "link.yaml"]
        let profilePath = try Self.write("""
            profile: 1
            source: {format: csv}
            categories:
              - category: complaint
                when: "\(names[0])"
                fields:
                  id: "\(names[0])"
                  summary: "\(names[1])"
                  channelTicket: {from: "\(names[2])"}
            """, in: directory)
        let profile = try Profile.load(path: profilePath)
        let csv = names.joined(separator: ",") + "\nA-1,the summary,T-9\n"
        let run = try Hostile.run(text: csv, named: "export.csv", profile: profile)
        #expect(run.error == nil)
        #expect(!run.everything.contains(token))
        let record = try #require(run.outcomes.first?.record)
        #expect(record[path: "id"]?.text == "A-1")
        #expect(record[path: "summary"]?.text == "the summary")
        #expect(record[path: "channelTicket"]?.text == "T-9")
    }

    @Test("YAML tags such as !include are not acted on: the value is the text after the tag")
    func tagsAreIgnored() throws {
        let (directory, secret, token) = try Self.layout()
        let profilePath = try Self.write("""
            profile: 1
            source: {format: csv}
            categories:
              - category: complaint
                fields:
                  id: !include \(secret)
                  summary: !!binary aGVsbG8=
            """, in: directory)
        let profile = try Profile.load(path: profilePath)
        let run = try Hostile.run(text: "\(secret),aGVsbG8=\nA-1,text\n", named: "export.csv", profile: profile)
        #expect(!run.everything.contains(token))
        #expect(run.outcomes.first?.record?[path: "id"]?.text == "A-1")
        #expect(run.outcomes.first?.record?[path: "summary"]?.text == "text")
    }

    @Test("a profile reached through a symlink out of its directory is read as the file it is, and its mistakes located")
    func profileThroughASymlink() throws {
        let (directory, _, token) = try Self.layout()
        // link.yaml points at the secret data file, which is no profile: the loader says so at the file's own line,
        // quoting no more of it than the key it did not expect.
        let error = try #require(throws: InputError.self) { try Profile.load(path: directory.appendingPathComponent("link.yaml").path) }
        #expect(error.line == 1, "\(error)")
        #expect(!error.message.en.contains(token))
    }
}
