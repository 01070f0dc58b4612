/// The chain complaint → verification → dishonesty record → sanction / restoration, across records (SPEC §5,
/// §II(2)): stages in date order, a record only where rectification was refused, and no body verifying itself.
enum ChainRules {
    static func check(_ context: inout CrossRecordContext) {
        checkDateOrder(&context)
        checkDishonestyNeedsRefusal(&context)
        checkRefusalFollowedByRecord(&context)
        checkSelfVerification(&context)
    }

    /// One link of the chain: `laterSlot` of a `later` record, which refers through `referenceSlot` to an
    /// `earlier` record whose `earlierSlot` must not be after it.
    struct DateLink {
        let later: RecordCategory
        let laterSlot: Int
        let referenceSlot: Int
        let earlier: RecordCategory
        let earlierSlot: Int
    }

    /// SPEC §5, cross-record date order: "complaint received ≤ verification received; verification verified ≤
    /// dishonesty identified; sanction start ≥ its record's identification"; and §III(6): a record is restored
    /// after it was identified, never before.
    ///
    /// The chain's two first links imply complaint received ≤ dishonesty identified. A dishonesty record that
    /// cites its complaint directly (`complaintId`) is held to that too, so that the order is checked when the
    /// submission has no verification between them (an export that does not hold verifications, such as
    /// samples/bench-wide) or when the record cites none.
    static let dateLinks: [DateLink] = [
        DateLink(later: .verification, laterSlot: VerificationSlot.receivedDate.rawValue,
                 referenceSlot: VerificationSlot.complaintId.rawValue,
                 earlier: .complaint, earlierSlot: ComplaintSlot.receivedDate.rawValue),
        DateLink(later: .dishonesty, laterSlot: DishonestySlot.identifiedDate.rawValue,
                 referenceSlot: DishonestySlot.complaintId.rawValue,
                 earlier: .complaint, earlierSlot: ComplaintSlot.receivedDate.rawValue),
        DateLink(later: .dishonesty, laterSlot: DishonestySlot.identifiedDate.rawValue,
                 referenceSlot: DishonestySlot.verificationId.rawValue,
                 earlier: .verification, earlierSlot: VerificationSlot.verifiedDate.rawValue),
        DateLink(later: .sanction, laterSlot: SanctionSlot.startDate.rawValue,
                 referenceSlot: SanctionSlot.dishonestyId.rawValue,
                 earlier: .dishonesty, earlierSlot: DishonestySlot.identifiedDate.rawValue),
        DateLink(later: .restoration, laterSlot: RestorationSlot.restoredDate.rawValue,
                 referenceSlot: RestorationSlot.dishonestyId.rawValue,
                 earlier: .dishonesty, earlierSlot: DishonestySlot.identifiedDate.rawValue),
    ]

    /// Checked only when both records are present (an absent one is `xref.unresolved`'s warning); an error on the
    /// record that refers, at its later date.
    private static func checkDateOrder(_ context: inout CrossRecordContext) {
        for link in dateLinks {
            for record in context.records(of: link.later) {
                guard let other = context.target(of: record, slot: link.referenceSlot),
                      let later = context.summaries[record].date(SlotIndex(link.laterSlot)),
                      let earlier = context.summaries[other].date(SlotIndex(link.earlierSlot)), earlier > later,
                      let side = context.side(subject: record, other: other) else { continue }
                let earlierField = link.earlier.fields[link.earlierSlot]
                let laterField = link.later.fields[link.laterSlot]
                context.report(.xrefChainDateOrder, on: side, slot: side == record ? link.laterSlot : link.earlierSlot, [
                    "earlier_zh": earlierField.nameZh, "earlier_en": earlierField.nameEn, "earlier_path": earlierField.path,
                    "earlier": day(earlier), "earlier_record": context.name(other),
                    "later_zh": laterField.nameZh, "later_en": laterField.nameEn, "later_path": laterField.path,
                    "later": day(later), "later_record": context.name(record),
                ])
            }
        }
    }

    /// §II(2): a body that "refuses to rectify" is what is identified as dishonest, so a dishonesty record that
    /// cites a verification needs that verification's outcome to be REFUSED. An error when the verification is
    /// present with another outcome (or none: an UNFOUNDED verification has none); nothing when it is absent.
    private static func checkDishonestyNeedsRefusal(_ context: inout CrossRecordContext) {
        for record in context.records(of: .dishonesty) {
            guard let verification = context.target(of: record, slot: DishonestySlot.verificationId.rawValue) else { continue }
            let outcome: RectificationOutcome? = context.summaries[verification].code()
            guard outcome != .refused, let side = context.side(subject: record, other: verification) else { continue }
            context.report(.xrefDishonestyNeedsRefusal, on: side,
                           slot: side == record ? DishonestySlot.verificationId.rawValue : VerificationSlot.rectificationOutcome.rawValue,
                           ["id": context.id(verification), "outcome": outcome?.rawValue ?? "—",
                            "dishonesty": context.id(record)])
        }
    }

    /// §II(2): a refusal to rectify should be followed by a dishonesty record citing the verification. It may come
    /// in a later submission, so a warning, on the verification.
    private static func checkRefusalFollowedByRecord(_ context: inout CrossRecordContext) {
        var cited = Set<Int>()
        for record in context.records(of: .dishonesty) {
            if let verification = context.target(of: record, slot: DishonestySlot.verificationId.rawValue) { cited.insert(verification) }
        }
        for record in context.records(of: .verification) where !context.summaries[record].isKnown {
            let outcome: RectificationOutcome? = context.summaries[record].code()
            // A duplicate is not the current version; its citations are those of the first of its id.
            let current = context.resolve(.verification, context.summaries[record].id) ?? record
            guard outcome == .refused, !cited.contains(current) else { continue }
            context.report(.xrefRefusalWithoutRecord, on: record, slot: VerificationSlot.rectificationOutcome.rawValue,
                           ["id": context.id(record)])
        }
    }

    /// §II(2): complaints go to "the superior or competent department", and a body does not verify itself: the
    /// verifying department's USCC differs from the respondent's of the complaint it verifies. An error, on the
    /// verification's `department.uscc` (`record.self-identified`, the record rule's id, across two records).
    private static func checkSelfVerification(_ context: inout CrossRecordContext) {
        for record in context.records(of: .verification) {
            guard let complaint = context.target(of: record, slot: VerificationSlot.complaintId.rawValue),
                  let department = context.uscc(record), department == context.uscc(complaint),
                  let side = context.side(subject: record, other: complaint) else { continue }
            let verificationField = CrossRecordContext.field(.verification, VerificationSlot.departmentUscc.rawValue)
            let complaintField = CrossRecordContext.field(.complaint, ComplaintSlot.respondentUscc.rawValue)
            let (own, ownSlot, other, otherRecord) = side == record
                ? (verificationField, VerificationSlot.departmentUscc.rawValue, complaintField, complaint)
                : (complaintField, ComplaintSlot.respondentUscc.rawValue, verificationField, record)
            let ownBlock = own.enclosingBlock(in: context.summaries[side].category)
            let otherBlock = other.enclosingBlock(in: context.summaries[otherRecord].category)
            context.report(.recordSelfIdentified, on: side, slot: ownSlot, [
                "name_zh": ownBlock.nameZh, "name_en": ownBlock.nameEn,
                "other_zh": otherBlock.nameZh, "other_en": otherBlock.nameEn,
                "other_path": "\(context.name(otherRecord)) \(other.path)",
            ])
        }
    }

    static func day(_ days: Int32) -> String { CivilDate(daysSinceEpoch: Int(days))?.description ?? String(days) }
}

extension CrossRecordContext {
    static func field(_ category: RecordCategory, _ slot: Int) -> FieldSpec { category.fields[slot] }
}
