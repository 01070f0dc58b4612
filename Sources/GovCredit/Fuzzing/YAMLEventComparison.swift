/// The events of a YAML file read with the block scanner first (``YAMLFileEvents``) against libyaml's alone: the
/// scanner's one promise, checked by the `yaml` fuzz target and by the scanner's tests.
///
/// They agree when both give the same events, and the same error, if any, after them.
enum YAMLEventComparison {
    /// What one reading gave: each event rendered, the error that stopped it, whether libyaml read at the end.
    struct Reading: Equatable {
        var events: [String] = []
        var error: String?
        var usedLibYAML = false
    }

    /// A file's events, at most `limit` of them (a fuzzed file must not take long).
    static func read(path: String, scans: Bool, maximumScalarBytes: Int = 16 << 20, limit: Int = 100_000) -> Reading {
        var reading = Reading()
        do {
            let source = try YAMLFileEvents(path: path, displayName: "events.yaml", encoding: .automatic,
                                            maximumScalarBytes: maximumScalarBytes, scans: scans)
            defer { reading.usedLibYAML = source.readsWithLibYAML }
            while reading.events.count < limit {
                let event = try source.next()
                reading.events.append(render(event))
                if event.kind == .streamEnd { break }
            }
        } catch {
            reading.error = "\(error)"
        }
        return reading
    }

    /// Kind and place of every event; text, style and anchor of a scalar; anchor of a collection.
    static func render(_ event: YAMLEvent) -> String {
        switch event.kind {
        case .scalar, .alias:
            return "\(event.kind) \(event.text.debugDescription) plain=\(event.plain) anchor=\(event.anchor ?? "-") @\(event.line):\(event.column)"
        case .mappingStart, .sequenceStart:
            return "\(event.kind) anchor=\(event.anchor ?? "-") @\(event.line):\(event.column)"
        default:
            return "\(event.kind) @\(event.line):\(event.column)"
        }
    }

    /// Both readings of the file, and why they disagree (`nil` when they agree).
    static func compare(path: String, maximumScalarBytes: Int = 16 << 20, limit: Int = 100_000)
        -> (scanned: Reading, reference: Reading, disagreement: String?) {
        let reference = read(path: path, scans: false, maximumScalarBytes: maximumScalarBytes, limit: limit)
        let scanned = read(path: path, scans: true, maximumScalarBytes: maximumScalarBytes, limit: limit)
        let disagreement: String?
        if scanned.error != reference.error {
            disagreement = "scanner error \(scanned.error ?? "none"), libyaml error \(reference.error ?? "none")"
        } else if scanned.events != reference.events {
            let index = zip(scanned.events, reference.events).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(scanned.events.count, reference.events.count)
            disagreement = "event \(index): scanner \(index < scanned.events.count ? scanned.events[index] : "none"), "
                + "libyaml \(index < reference.events.count ? reference.events[index] : "none")"
        } else {
            disagreement = nil
        }
        return (scanned, reference, disagreement)
    }
}
