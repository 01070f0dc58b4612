/// The problems that stop reading an XML file (the caller exits 2): each names the line and, where libxml2 found it,
/// libxml2's own message after a Chinese explanation (libxml2 speaks English only).
extension InputError {
    /// Not well-formed: truncated, mismatched tags, an undeclared entity, an entity loop ("billion laughs"), …
    static func xmlNotWellFormed(file: String, _ diagnostic: XMLDiagnostic) -> InputError {
        InputError(file: file, line: diagnostic.line > 0 ? diagnostic.line : nil, message: LocalizedMessage(
            zh: "XML 文档格式不正确（libxml2 错误 \(diagnostic.code)）：\(diagnostic.message)",
            en: "the XML document is not well-formed (libxml2 error \(diagnostic.code)): \(diagnostic.message)"))
    }

    static func xmlEmptyDocument(file: String) -> InputError {
        InputError(file: file, line: 1, message: LocalizedMessage(
            zh: "XML 文档为空（只有空白）", en: "the XML document is empty (nothing but white space)"))
    }

    /// SPEC §1: bytes in neither UTF-8 nor GB18030. In a record file they cost the record; in XML the document as a
    /// whole is not well-formed, so reading stops (the rule text of `input.encoding`, located by line).
    static func xmlUndecodableBytes(file: String, at invalid: InvalidSequence) -> InputError {
        InputError(file: file, line: invalid.line, message: LocalizedMessage(
            zh: "第 \(invalid.line) 行（文件第 \(invalid.fileOffset) 字节）的字节不是有效的 UTF-8 或 GB18030 编码，XML 文档无法读取",
            en: "bytes at line \(invalid.line) (file offset \(invalid.fileOffset)) are neither valid UTF-8 nor GB18030; the XML document cannot be read"))
    }

    static func xmlTooDeep(file: String, line: Int, limit: Int) -> InputError {
        InputError(file: file, line: line, message: LocalizedMessage(
            zh: "XML 元素嵌套超过 \(limit) 层，文件已损坏或不可信",
            en: "XML elements are nested deeper than \(limit) levels; the file is broken or hostile"))
    }

    /// A reference to an entity declared in the document's DTD. The reader never substitutes such entities (an
    /// external one would read a file or the network), and leaving the reference out would silently drop text.
    static func xmlEntityReference(file: String, line: Int, name: String) -> InputError {
        InputError(file: file, line: line, message: LocalizedMessage(
            zh: "实体引用 &\(name); 未展开：出于安全考虑，不接受在 DTD 中声明的实体（只接受 &amp; 等预定义实体和字符引用）",
            en: "entity reference &\(name); is not expanded: entities declared in a DTD are refused for security (only predefined entities such as &amp; and character references are read)"))
    }

    /// No element where the profile says the records are: most likely a misspelt record path.
    static func xmlNoRecordPathMatch(file: String, recordPath: [String]) -> InputError {
        let path = "/" + recordPath.joined(separator: "/")
        return InputError(file: file, message: LocalizedMessage(
            zh: "没有元素与记录路径 \(path) 匹配，请检查配置文件中的记录路径",
            en: "no element matches the record path \(path); check the record path of the profile"))
    }

    /// An XSD problem outside every record: the root or a header does not follow the schema, so the document is not
    /// of the kind the schema describes.
    static func xmlSchemaOutsideRecords(file: String, _ diagnostic: XMLDiagnostic) -> InputError {
        InputError(file: file, line: diagnostic.line > 0 ? diagnostic.line : nil, message: LocalizedMessage(
            zh: "记录之外的内容不符合 XML 模式（libxml2 错误 \(diagnostic.code)）：\(diagnostic.message)",
            en: "content outside the records does not follow the XML schema (libxml2 error \(diagnostic.code)): \(diagnostic.message)"))
    }
}

