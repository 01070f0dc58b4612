import Foundation
import Testing
@testable import GovCredit
#if canImport(Glibc)
import Glibc
#endif

// Hostile and broken documents: external entities are neither loaded nor substituted, no network is touched, entity
// bombs and deep nesting end with a located error, and anything not well-formed stops reading with libxml2's message.

/// A TCP listener on 127.0.0.1 that only notes whether anyone connected: the kernel completes the handshake into the
/// backlog, so a non-blocking accept afterwards tells whether the reader tried the network.
final class LoopbackListener {
    let port: UInt16
    private let descriptor: Int32

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw XMLTestSupport.Failure(description: "socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 16) == 0 else {
            close(descriptor)
            throw XMLTestSupport.Failure(description: "bind/listen: \(errno)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        _ = fcntl(descriptor, F_SETFL, O_NONBLOCK)
        self.descriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(descriptor) }

    var wasContacted: Bool {
        let connection = accept(descriptor, nil, nil)
        if connection >= 0 { close(connection) }
        return connection >= 0
    }
}

@Suite("XML reader: hostile and broken documents")
struct XMLSecurityReaderTests {
    static let options = XMLReaderOptions(recordPath: ["导出", "案件"])

    /// A file outside the document holding a token that must never come out of the reader.
    static func secretFile() throws -> (path: String, token: String) {
        let token = "SECRET-\(UUID().uuidString)"
        return (try XMLTestSupport.file(token + "\n", named: "secret.txt"), token)
    }

    static func everything(_ items: [ReaderItem], _ error: InputError?) -> String {
        "\(items) \(error.map { "\($0.message.zh) \($0.message.en)" } ?? "")"
    }

    @Test("an external file entity is neither loaded nor substituted", arguments: [
        "<案件><名称>&x;</名称></案件>",       // in text: the reader refuses the unexpanded reference
        "<案件 编号=\"&x;\"><名称>甲</名称></案件>",  // in an attribute: libxml2 refuses it (XML 1.0 WFC)
        "<案件><名称>甲</名称></案件>",        // declared, never used: reads, loads nothing
    ])
    func externalFileEntity(body: String) throws {
        let (secret, token) = try Self.secretFile()
        let text = """
        <?xml version="1.0"?>
        <!DOCTYPE 导出 [
          <!ENTITY x SYSTEM "file://\(secret)">
        ]>
        <导出>
        \(body)
        </导出>
        """
        let (items, error) = XMLTestSupport.read(try XMLTestSupport.file(text), Self.options)
        #expect(!Self.everything(items, error).contains(token))
        if body.contains("&x;") {
            let error = try #require(error)
            #expect(error.line == 6)
        } else {
            #expect(error == nil)
            #expect(items.count == 1)
        }
    }

    @Test("XInclude is not processed: an include element is just an element")
    func xincludeIsNotProcessed() throws {
        let (secret, token) = try Self.secretFile()
        let text = """
        <导出 xmlns:xi="http://www.w3.org/2001/XInclude">
        <案件><名称>甲</名称><附件><xi:include href="file://\(secret)" parse="text"/></附件></案件>
        </导出>
        """
        let records = try XMLTestSupport.records(try XMLTestSupport.file(text), Self.options)
        #expect(!"\(records)".contains(token))
        #expect(records.first?.fields.map(\.path) == [["名称"], ["附件", "include", "@href"], ["附件", "include", "@parse"],
                                                      ["附件", "include"]])
    }

    @Test("entity references in text are refused with their name and line")
    func entityReferenceMessage() throws {
        let text = "<!DOCTYPE 导出 [<!ENTITY 内部 \"内部文本\">]>\n<导出>\n<案件><名称>前&内部;后</名称></案件>\n</导出>"
        let error = try XMLTestSupport.inputError(try XMLTestSupport.file(text), Self.options)
        #expect(error.line == 3)
        #expect(error.message.en.contains("&内部;"))
        #expect(error.message.zh.contains("不接受在 DTD 中声明的实体"))
    }

    @Test("no network: http entities, an external DTD and parameter entities are never fetched")
    func noNetwork() throws {
        let listener = try LoopbackListener()
        let base = "http://127.0.0.1:\(listener.port)"
        let documents = [
            // An external DTD (no XML_PARSE_DTDLOAD): reads, fetches nothing.
            ("<!DOCTYPE 导出 SYSTEM \"\(base)/export.dtd\">\n<导出><案件><名称>甲</名称></案件></导出>", false),
            // A parameter entity used in the internal subset: the classic out-of-band exfiltration.
            ("<!DOCTYPE 导出 [<!ENTITY % p SYSTEM \"\(base)/p.dtd\"> %p;]>\n<导出><案件><名称>甲</名称></案件></导出>", false),
            // A general entity used in text.
            ("<!DOCTYPE 导出 [<!ENTITY h SYSTEM \"\(base)/h\">]>\n<导出><案件><名称>&h;</名称></案件></导出>", true),
        ]
        for (text, refused) in documents {
            let (items, error) = XMLTestSupport.read(try XMLTestSupport.file(text), Self.options)
            if refused {
                #expect(error?.line == 2, "\(text)")
            } else {
                #expect(error == nil, "\(text)")
                #expect(items.count == 1, "\(text)")
            }
        }
        #expect(!listener.wasContacted)
    }

    @Test("the listener does notice a connection, so the test above can fail")
    func listenerWorks() throws {
        let listener = try LoopbackListener()
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(client) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = listener.port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(connected == 0)
        #expect(listener.wasContacted)
    }

    @Test("an entity-expansion bomb ends with a located error, in text or in an attribute", arguments: [
        "<案件><名称>&lol9;</名称></案件>",
        "<案件 编号=\"&lol9;\"><名称>甲</名称></案件>",
    ])
    func billionLaughs(body: String) throws {
        var declarations = "<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE 导出 [\n\(declarations)]>\n<导出>\n\(body)\n</导出>\n"
        let (items, error) = XMLTestSupport.read(try XMLTestSupport.file(text), Self.options)
        let stopped = try #require(error)
        #expect(stopped.line != nil)
        #expect(stopped.message.en.lowercased().contains("entit"))
        #expect(items.isEmpty)
    }

    @Test("10,000 levels of nesting end with a located error, in a record or in a skipped header", arguments: [
        (XMLReaderOptions(), "<records><complaint>", "</complaint></records>"),
        (XMLReaderOptions(recordPath: ["导出", "案件"]), "<导出><报送单位>", "</报送单位></导出>"),
    ])
    func deepNesting(options: XMLReaderOptions, open: String, close: String) throws {
        let text = open + "\n" + String(repeating: "<a>", count: 10_000) + "x" + String(repeating: "</a>", count: 10_000) + close
        let error = try XMLTestSupport.inputError(try XMLTestSupport.file(text), options)
        #expect(error.line == 2)
        #expect(error.message.en.contains("deeper than 64") || error.message.en.contains("depth"))
    }

    @Test("nesting just within the cap is read")
    func nestingWithinTheCap() throws {
        // The root is level 1 and the record level 2, so 62 more levels reach the cap of 64 exactly.
        let text = "<records><complaint>" + String(repeating: "<a>", count: 62) + "x" + String(repeating: "</a>", count: 62)
            + "</complaint></records>"
        let records = try XMLTestSupport.records(try XMLTestSupport.file(text))
        #expect(records.first?.fields.first?.path.count == 62)
        var options = XMLReaderOptions()
        options.maximumDepth = 63
        #expect(try XMLTestSupport.inputError(try XMLTestSupport.file(text), options).message.en.contains("deeper than 63"))
    }

    @Test("a truncated file stops reading with a line near where it ends")
    func truncated() throws {
        let sample = try String(contentsOfFile: XMLTestSupport.canonicalSample, encoding: .utf8)
        let lines = sample.components(separatedBy: "\n")
        let cut = lines.prefix(300).joined(separator: "\n") + "\n    <name>半截"
        let (items, error) = XMLTestSupport.read(try XMLTestSupport.file(cut))
        let stopped = try #require(error)
        let line = try #require(stopped.line)
        #expect(line >= 300 && line <= 301)
        #expect(stopped.message.zh.hasPrefix("XML 文档格式不正确（libxml2 错误"))
        #expect(stopped.message.en.contains("not well-formed"))
        // What came before may have been read; nothing past the cut was invented.
        for item in items {
            guard case .record(let record) = item else { Issue.record("\(item)"); continue }
            #expect(record.location.line < 300)
        }
    }

    @Test("not well-formed documents stop reading with libxml2's message and the line", arguments: [
        ("<导出>\n<案件>\n<名称>甲</名字>\n</案件>\n</导出>", 3, "Opening and ending tag mismatch"),
        ("<导出>\n<案件 编号=\"1\" 编号=\"2\"><名称>甲</名称></案件>\n</导出>", 2, "Attribute"),
        ("<导出>\n<案件><名称>a & b</名称></案件>\n</导出>", 2, "xmlParseEntityRef"),
        ("<导出>\n<案件><名称>甲</名称></案件>\n</导出>\n<导出/>", 4, "Extra content"),
        ("<导出>\n<案件><p:名称>甲</p:名称></案件>\n</导出>", 2, "Namespace prefix p"),
        ("<导出>\n<案件><名称>\u{1}</名称></案件>\n</导出>", 2, "PCDATA invalid Char value 1"),
    ])
    func notWellFormed(text: String, line: Int, message: String) throws {
        let error = try XMLTestSupport.inputError(try XMLTestSupport.file(text), Self.options)
        #expect(error.line == line)
        #expect(error.message.en.contains(message), "\(error.message.en)")
        #expect(error.message.zh.contains(message))  // libxml2's text after the Chinese explanation
    }

    @Test("a file of nothing but white space is an empty document", arguments: [
        [UInt8](), [0xEF, 0xBB, 0xBF], Array(" \n\t\r\n".utf8),
    ])
    func emptyFile(bytes: [UInt8]) throws {
        let error = try XMLTestSupport.inputError(try XMLTestSupport.file(bytes), Self.options)
        #expect(error.line == 1)
        #expect(error.message.en == "the XML document is empty (nothing but white space)")
        #expect(error.message.zh == "XML 文档为空（只有空白）")
    }

    @Test("a missing file is an InputError")
    func missingFile() throws {
        let error = try XMLTestSupport.inputError("/nonexistent/export.xml")
        #expect(error.message.en.hasPrefix("cannot open the file"))
    }
}
