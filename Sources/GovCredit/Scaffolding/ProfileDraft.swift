/// A profile proposed from a sample of a provincial export (`govcredit profile init`, issue 7): format, encoding
/// and where the records are, read from the file; each standard field matched to a source name by the standard's
/// Chinese and English names and known synonyms; value maps for labels that are not the standard's; date styles
/// seen in the values; 万元 where a name says so. What could not be matched is written as a `# TODO` comment
/// ready to be completed, so the draft loads as it is and `govcredit validate --profile` accepts it once the gaps
/// are filled. `govcredit profile check` says what is still missing.
public struct ProfileDraft: Sendable {
    /// The profile, as YAML text.
    public let text: String
    /// The categories proposed, in the standard's order.
    public let categories: [RecordCategory]
    /// Fields mapped to a source.
    public let mappedFields: Int
    /// `# TODO` lines left for a person: required fields without a source, labels without a code.
    public let todoCount: Int

    /// Reads the start of the file at `samplePath` (CSV header and first rows, or the first XML/YAML records) and
    /// proposes a profile for `categories`, or for the categories the names show when none are given.
    public static func propose(samplePath: String, categories: [RecordCategory] = []) throws(InputError) -> ProfileDraft {
        let sample = try SourceSample.read(path: samplePath)
        guard !sample.names.isEmpty else {
            throw InputError(file: samplePath, message: LocalizedMessage(zh: "样本文件中没有找到任何列名或字段",
                                                                          en: "no column or field names found in the sample"))
        }
        let proposals = ProfileProposer(sample: sample).propose(categories: categories)
        var writer = ProfileDraftWriter(sample: sample, samplePath: samplePath)
        let text = writer.write(proposals)
        return ProfileDraft(text: text, categories: proposals.map(\.category),
                            mappedFields: proposals.reduce(0) { $0 + $1.fields.count }, todoCount: writer.todoCount)
    }

    /// Writes the draft to `path` atomically.
    public func write(to path: String) throws(InputError) {
        try AtomicFile.write(text, to: path)
    }
}
