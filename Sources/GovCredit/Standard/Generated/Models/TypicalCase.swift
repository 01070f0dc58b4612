// Generated from Standards/gov-integrity/1.0/categories/typicalCase.yaml by tools/generate.py — do not edit.

/// 典型案例 · Typical case (§IV(9)).
///
/// A case of serious, repeated or strongly complained-of dishonesty, publicised on Credit China and in the news media (§IV(9)).
///
/// Source: `categories/typicalCase.yaml`.
public struct TypicalCase: StandardRecord {
    /// The category this type encodes: ``RecordCategory/typicalCase``.
    public static let category = RecordCategory.typicalCase

    /// 案例编号 · Case id — `C..64`, required.
    public var id: String
    /// 关联失信记录 · Dishonesty records — `C..64 (1..n)`, required.
    public var dishonestyIds: [String]
    /// 选取理由 · Reason — `C..40`, required.
    public var reason: TypicalCaseReason
    /// 案例标题 · Title — `C..200`, required.
    public var title: String
    /// 案例内容 · Summary — `C..5000`, required.
    public var summary: String
    /// 发布日期 · Date published — `D8 (YYYY-MM-DD)`, required.
    public var publishedDate: CivilDate
    /// 发布渠道 · Channel — `C..40`, required.
    public var channel: PublicationChannel

    /// Creates a value; required fields are non-optional parameters.
    public init(
        id: String,
        dishonestyIds: [String],
        reason: TypicalCaseReason,
        title: String,
        summary: String,
        publishedDate: CivilDate,
        channel: PublicationChannel
    ) {
        self.id = id
        self.dishonestyIds = dishonestyIds
        self.reason = reason
        self.title = title
        self.summary = summary
        self.publishedDate = publishedDate
        self.channel = channel
    }

    /// Implementation detail of the typed models; use ``StandardRecord/init(flat:)``. Throws
    /// ``RecordConversionError`` for a missing required or malformed value.
    public init(_flat decoder: FlatRecordDecoder) throws {
        id = try decoder.text("id")
        dishonestyIds = try decoder.list("dishonestyIds")
        reason = try decoder.code("reason")
        title = try decoder.text("title")
        summary = try decoder.text("summary")
        publishedDate = try decoder.date("publishedDate")
        channel = try decoder.code("channel")
    }

    /// Implementation detail of the typed models; use ``StandardRecord/flatRecord(location:)``.
    public func _write(into encoder: inout FlatRecordEncoder) {
        encoder.set(id, at: "id")
        encoder.set(dishonestyIds, at: "dishonestyIds")
        encoder.set(reason, at: "reason")
        encoder.set(title, at: "title")
        encoder.set(summary, at: "summary")
        encoder.set(publishedDate, at: "publishedDate")
        encoder.set(channel, at: "channel")
    }
}
