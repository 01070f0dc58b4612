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

/// Where ``YAMLComposer`` takes the events of a node from: the parser, or events read ahead first.
protocol YAMLEventSource {
    /// The next event; throws once the input stops being readable.
    func next() throws(InputError) -> YAMLEvent
}

extension YAMLEventParser: YAMLEventSource {}

/// Events a reader took from the parser and hands back, in order, before the parser's next ones: the record
/// reader's flat-mapping path (``YAMLRecordReader``) gives a record it cannot finish to the composer this way.
final class YAMLReplayedEvents: YAMLEventSource {
    private let events: [YAMLEvent]
    private var index = 0
    private let parser: any YAMLEventSource

    init(_ events: [YAMLEvent], then parser: any YAMLEventSource) {
        self.events = events
        self.parser = parser
    }

    func next() throws(InputError) -> YAMLEvent {
        guard index < events.count else { return try parser.next() }
        defer { index += 1 }
        return events[index]
    }
}
