/// One libyaml parser event, copied out of libyaml's buffers (the C event is freed at once).
///
/// Lines and columns are 1-based: libyaml's marks are 0-based and are converted where the event is made.
struct YAMLEvent {
    enum Kind: Equatable {
        case streamStart, streamEnd
        case documentStart, documentEnd
        case sequenceStart, sequenceEnd
        case mappingStart, mappingEnd
        case scalar
        case alias
    }

    var kind: Kind
    /// A scalar's text exactly as written (after YAML's own unescaping and folding), or an alias's anchor name.
    var text: String = ""
    /// The `&name` on a scalar or collection.
    var anchor: String?
    /// A plain (unquoted) scalar without an explicit tag: the only kind YAML's null forms apply to.
    var plain = false
    var line: Int
    var column: Int
    /// 1-based line where the event ends (a multi-line scalar, a collection's closing event).
    var endLine: Int
}
