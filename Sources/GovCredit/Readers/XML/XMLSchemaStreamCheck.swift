import CLibXML2

/// Whether a whole document is well-formed and valid against an XSD, by libxml2's SAX validation
/// (`xmlSchemaSAXPlug` on a push parser) with nothing built: a yes or no, for ``CanonicalXMLCopy``, which needs to
/// know whether there are findings, not what they are.
///
/// Why not ``LibXMLTextReader``, which locates findings record by record: for the question alone SAX validation
/// takes three quarters of the time (xmllint on the 344 MB XML document of a 100,000-row package: `--sax --schema`
/// 5.9 s, `--stream --schema` 8.0 s of CPU).
///
/// Security as the reader's: `XML_PARSE_NONET`, `XML_PARSE_BIG_LINES`; never `XML_PARSE_DTDLOAD` nor
/// `XML_PARSE_NOENT`, so no external DTD or entity is ever fetched. libxml2's messages are dropped, not printed.
enum XMLSchemaStreamCheck {
    static func isValid(path: String, displayName: String, schema: XMLSchemaSource?) throws(InputError) -> Bool {
        _ = libxml2Initialized
        let file = try ByteFileReader(path: path)
        var handler = xmlSAXHandler()  // no callbacks: nothing is built
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.serror = ignore
        // Messages libxml2 raises outside both handlers (there should be none) go nowhere either, on this thread.
        xmlSetStructuredErrorFunc(nil, ignore)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        guard let parser = xmlCreatePushParserCtxt(&handler, nil, nil, 0, displayName) else { throw cannotCreate(displayName) }
        defer { xmlFreeParserCtxt(parser) }
        xmlCtxtUseOptions(parser, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue))
        var compiled: xmlSchemaPtr?
        var validation: xmlSchemaValidCtxtPtr?
        var plug: xmlSchemaSAXPlugPtr?
        defer {
            // Unplugged before the parser and the validation context it points to are freed.
            if let plug { xmlSchemaSAXUnplug(plug) }
            if let validation { xmlSchemaFreeValidCtxt(validation) }
            if let compiled { xmlSchemaFree(compiled) }
        }
        if let schema {
            compiled = try LibXMLTextReader.compileSchema(schema, context: XMLParseContext(path: path, displayName: displayName, encoding: .utf8))
            validation = xmlSchemaNewValidCtxt(compiled)
            guard let validation else { throw cannotCreate(displayName) }
            xmlSchemaSetValidStructuredErrors(validation, ignore, nil)
            plug = xmlSchemaSAXPlug(validation, &parser.pointee.sax, &parser.pointee.userData)
            guard plug != nil else { throw cannotCreate(displayName) }
        }
        func isFine() -> Bool { parser.pointee.wellFormed != 0 && (validation.map { xmlSchemaIsValid($0) == 1 } ?? true) }
        var chunk: [UInt8] = []
        while true {
            chunk.removeAll(keepingCapacity: true)
            let count = try file.read(appendingTo: &chunk)
            let status = chunk.withUnsafeBytes { bytes in
                xmlParseChunk(parser, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(count), count == 0 ? 1 : 0)
            }
            guard status == 0, isFine() else { return false }
            if count == 0 { return true }
        }
    }

    private static let ignore: xmlStructuredErrorFunc = { _, _ in }

    private static func cannotCreate(_ displayName: String) -> InputError {
        InputError(file: displayName, message: LocalizedMessage(zh: "无法创建 XML 模式校验（libxml2）", en: "cannot set up XML schema validation (libxml2)"))
    }
}
