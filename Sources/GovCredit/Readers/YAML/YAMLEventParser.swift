import CLibYAML

/// libyaml's event parser over a ``YAMLInputFeed`` (PLATFORM.md §2: the event API streams at constant memory;
/// Yams builds whole trees and is not used).
///
/// Every failure becomes a located ``InputError``: a syntax error at libyaml's `problem_mark`, a character YAML
/// does not allow, bytes that decode in neither UTF-8 nor GB18030, a value longer than the scalar limit.
final class YAMLEventParser {
    /// Heap-allocated: libyaml keeps pointers into its parser struct, which must not move.
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let feed: YAMLInputFeed
    var file: String { feed.file }
    /// The last line of the last event returned.
    private(set) var lastEventEndLine = 1

    init(feed: YAMLInputFeed) throws(InputError) {
        self.feed = feed
        parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        guard yaml_parser_initialize(parser) != 0 else {
            parser.deallocate()
            throw InputError.yamlOutOfMemory(feed.file)
        }
        let context = Unmanaged.passUnretained(feed).toOpaque()
        yaml_parser_set_input(parser, { context, buffer, size, sizeRead in
            guard let context, let buffer, let sizeRead else { return 0 }
            let feed = Unmanaged<YAMLInputFeed>.fromOpaque(context).takeUnretainedValue()
            return feed.read(into: buffer, size: size, sizeRead: sizeRead) ? 1 : 0
        }, context)
        // The feed always delivers UTF-8, whatever the file's encoding was (SPEC §1).
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// The next event. Once the input has stopped being readable, every call throws the same error (libyaml
    /// must not be asked to go on after an error).
    func next() throws(InputError) -> YAMLEvent {
        if let stopped { throw stopped }
        do {
            return try parseEvent()
        } catch {
            stopped = error
            throw error
        }
    }

    private var stopped: InputError?

    private func parseEvent() throws(InputError) -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) != 0 else { throw currentError() }
        defer { yaml_event_delete(&event) }
        let result = try Self.convert(&event, maximumScalarBytes: feed.maximumScalarBytes, file: feed.file)
        feed.handedAtLastEvent = feed.handed
        feed.lastEventLine = result.endLine
        lastEventEndLine = result.endLine
        // The parser has gone past undecodable bytes: the file stops here, at their line (SPEC §1: never a
        // silent replacement). Records that end before that line were already returned.
        if let invalid = feed.firstInvalidSequence, invalid.line < result.line || result.kind == .streamEnd {
            throw InputError.yamlUndecodable(feed.file, invalid)
        }
        return result
    }

    /// Throws if bytes that decoded in neither encoding lie on or before `line`: a record ending there would carry
    /// a replacement character.
    func checkDecoded(throughLine line: Int) throws(InputError) {
        if let invalid = feed.firstInvalidSequence, invalid.line <= line {
            throw InputError.yamlUndecodable(feed.file, invalid)
        }
    }

    private static func convert(_ event: inout yaml_event_t, maximumScalarBytes: Int,
                                file: String) throws(InputError) -> YAMLEvent {
        let line = Int(event.start_mark.line) + 1
        let column = Int(event.start_mark.column) + 1
        var result = YAMLEvent(kind: .streamStart, line: line, column: column, endLine: Int(event.end_mark.line) + 1)
        switch event.type {
        case YAML_STREAM_START_EVENT: result.kind = .streamStart
        case YAML_STREAM_END_EVENT: result.kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT: result.kind = .documentStart
        case YAML_DOCUMENT_END_EVENT: result.kind = .documentEnd
        case YAML_SEQUENCE_START_EVENT:
            result.kind = .sequenceStart
            result.anchor = string(event.data.sequence_start.anchor)
        case YAML_SEQUENCE_END_EVENT: result.kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            result.kind = .mappingStart
            result.anchor = string(event.data.mapping_start.anchor)
        case YAML_MAPPING_END_EVENT: result.kind = .mappingEnd
        case YAML_ALIAS_EVENT:
            result.kind = .alias
            result.text = string(event.data.alias.anchor) ?? ""
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            guard scalar.length <= maximumScalarBytes else {
                throw InputError.yamlValueTooLong(file, line: line, limit: maximumScalarBytes)
            }
            result.kind = .scalar
            result.text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
            result.anchor = string(scalar.anchor)
            // Tags are ignored (no type resolution), but an explicit tag makes `!!str ~` text, not null.
            result.plain = scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.plain_implicit != 0
        default:
            // YAML_NO_EVENT: only after an error, which yaml_parser_parse reports by returning 0.
            throw InputError.yamlSyntax(file, line: line, column: column, problem: "unexpected empty event", context: nil)
        }
        return result
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private func currentError() -> InputError {
        if let failure = feed.failure { return failure }
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown problem"
        switch state.error {
        case YAML_MEMORY_ERROR:
            return InputError.yamlOutOfMemory(feed.file)
        case YAML_READER_ERROR:
            // Offsets are bytes of the UTF-8 stream; turn them into the line a clerk can find.
            let line = feed.line(atOffset: Int(state.problem_offset)) ?? Int(state.mark.line) + 1
            return InputError.yamlCharacter(feed.file, line: line, problem: problem, value: Int(state.problem_value))
        default:
            let mark = state.problem_mark
            let context = state.context.map { (String(cString: $0), Int(state.context_mark.line) + 1) }
            return InputError.yamlSyntax(feed.file, line: Int(mark.line) + 1, column: Int(mark.column) + 1,
                                         problem: problem, context: context)
        }
    }
}
