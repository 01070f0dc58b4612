import Foundation
import Testing
import GovCredit

// Issue 6, item 5: the library's public types are `Sendable`, so an embedding service can hand records, findings,
// validators and reports between tasks. The list below is checked by the compiler: `any Sendable.Type` accepts
// only Sendable types. A second test scans Sources/GovCredit for public types, so a new public type must be added
// here (and so be Sendable) or the test names it.

@Suite("Public types are Sendable")
struct PublicTypesAreSendableTests {
    /// Every public struct, enum and class of the library that has values (module-qualified: Testing declares a
    /// `SourceLocation` too).
    static let sendable: [any Sendable.Type] = [
        GovCredit.AdminLevel.self, GovCredit.Amount.self, GovCredit.AmountUnit.self, GovCredit.Arrears.self,
        GovCredit.ArrearsSource.self, GovCredit.ArrearsStatus.self, GovCredit.AuthorityLevel.self,
        GovCredit.Behaviour.self, GovCredit.Channel.self, GovCredit.CivilDate.self, GovCredit.Clue.self,
        GovCredit.ClueSource.self, GovCredit.CodeEntry.self, GovCredit.CodeListID.self, GovCredit.Complaint.self,
        GovCredit.ComplaintStatus.self, GovCredit.Contact.self, GovCredit.Contract.self,
        GovCredit.ConversionInput.self, GovCredit.ConversionResult.self, GovCredit.CrossRecordIndex.self,
        GovCredit.DateStyle.self, GovCredit.Department.self, GovCredit.DigestAlgorithm.self,
        GovCredit.DigestError.self, GovCredit.DisclosureSummary.self, GovCredit.Dishonesty.self,
        GovCredit.DishonestySeverity.self, GovCredit.DishonestyStatus.self, GovCredit.DivisionCodeRegistry.self,
        GovCredit.DivisionLevel.self, GovCredit.DivisionPeriod.self, GovCredit.Domain.self,
        GovCredit.EncodingChoice.self, GovCredit.Enforcement.self, GovCredit.EnforcementPerformance.self,
        GovCredit.EnforcementStatus.self, GovCredit.Enterprise.self, GovCredit.EnterpriseScale.self,
        GovCredit.EntityKind.self, GovCredit.EvaluationReport.self, GovCredit.EvaluationReport.CategoryQuality.self,
        GovCredit.EvaluationReport.FieldFill.self, GovCredit.EvaluationReport.MonthTrend.self,
        GovCredit.EvaluationReport.PackageSummary.self, GovCredit.EvaluationReport.Punishment.self,
        GovCredit.EvaluationReport.RuleCount.self, GovCredit.EvaluationReport.SourceQuality.self,
        GovCredit.EvaluationReport.Stage.self, GovCredit.EvaluationReport.StageStatistics.self,
        GovCredit.EvaluationReportFormat.self, GovCredit.FieldCondition.self, GovCredit.FieldKind.self,
        GovCredit.FieldSpec.self, GovCredit.FieldValue.self, GovCredit.Finding.self, GovCredit.FlatRecord.self,
        GovCredit.FlatRecordDecoder.self, GovCredit.FlatRecordEncoder.self, GovCredit.FollowUpStatus.self,
        GovCredit.GovernmentEntity.self, GovCredit.IdentifierIssue.self, GovCredit.IdentifierKind.self,
        GovCredit.InputError.self, GovCredit.InputFormat.self, GovCredit.Language.self,
        GovCredit.LocalizedMessage.self, GovCredit.Measure.self, GovCredit.NonPerformanceReason.self,
        GovCredit.ObligationStatus.self, GovCredit.PackageContents.self, GovCredit.PackageConverter.self,
        GovCredit.PackageFileEntry.self, GovCredit.PackageFormat.self, GovCredit.PackageVerifier.self,
        GovCredit.Performance.self, GovCredit.PerformanceStatus.self, GovCredit.PolicyThresholds.self,
        GovCredit.Profile.self, GovCredit.ProfileDraft.self, GovCredit.ProfileIssue.self,
        GovCredit.ProfileSource.self, GovCredit.PublicDisclosure.self, GovCredit.PublicationChannel.self,
        GovCredit.PublicationPolicy.self, GovCredit.PublicationWindow.self, GovCredit.RecordCategory.self,
        GovCredit.RecordConversionError.self, GovCredit.RecordCounts.self, GovCredit.RecordEnvelope.self,
        GovCredit.RecordFileValidator.self, GovCredit.RecordOperation.self, GovCredit.RecordOutcome.self,
        GovCredit.RecordSource.self, GovCredit.RecordValidation.self, GovCredit.RectificationOutcome.self,
        GovCredit.Restoration.self, GovCredit.RuleID.self, GovCredit.Sanction.self, GovCredit.SanctionStatus.self,
        GovCredit.Severity.self, GovCredit.SourceLocation.self, GovCredit.SubmissionSettings.self,
        GovCredit.Submitter.self, GovCredit.TerminationReason.self, GovCredit.TextEncoding.self,
        GovCredit.TypicalCase.self, GovCredit.TypicalCaseReason.self, GovCredit.USCCRole.self,
        GovCredit.ValidationOptions.self, GovCredit.Validator.self, GovCredit.ValuePosition.self,
        GovCredit.Verification.self, GovCredit.VerificationRelation.self, GovCredit.VerificationResult.self,
        GovCredit.WithheldReason.self,
    ]

    /// Caseless enums used as namespaces of static functions: no value of them can exist, so there is nothing to
    /// send (their static constants are checked by the compiler under Swift 6 strict concurrency).
    static let namespaces: [Any.Type] = [
        GovCredit.CSVTemplate.self, GovCredit.DivisionCode.self, GovCredit.GovernmentCreditRecords.self,
        GovCredit.NationalKey.self, GovCredit.OrganizationCode.self, GovCredit.PersonalDataMasking.self,
        GovCredit.ProfileCheck.self, GovCredit.ResidentIDNumber.self, GovCredit.StandardInfo.self,
        GovCredit.Timestamp.self, GovCredit.UnifiedSocialCreditCode.self,
    ]

    /// The simple names of the public nominal types declared under Sources/GovCredit.
    static func declaredPublicTypes() throws -> Set<String> {
        let root = TestFiles.repositoryRoot.appendingPathComponent("Sources/GovCredit")
        let declaration = try Regex(#"^\s*public\s+(?:final\s+)?(?:indirect\s+)?(?:struct|enum|class|actor)\s+(\w+)"#)
        var names: Set<String> = []
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift" else { continue }
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                if let match = line.firstMatch(of: declaration), let name = match.output[1].substring {
                    names.insert(String(name))
                }
            }
        }
        return names
    }

    @Test("every public type of the library is in the Sendable list or is a namespace")
    func everyPublicTypeIsListed() throws {
        let declared = try Self.declaredPublicTypes()
        #expect(declared.count > 100, "the scan found the sources")
        let listed = Set(Self.sendable.map { String(describing: $0) } + Self.namespaces.map { String(describing: $0) })
        let unlisted = declared.subtracting(listed).sorted()
        #expect(unlisted.isEmpty, "public types not checked for Sendable: \(unlisted) — add them to `sendable` (they must conform)")
        let gone = listed.subtracting(declared).sorted()
        #expect(gone.isEmpty, "listed but no longer declared: \(gone)")
    }

    @Test("namespaces have no values")
    func namespacesHaveNoValues() {
        // A caseless enum occupies no memory; a type that gained cases or stored properties belongs in `sendable`.
        for namespace in Self.namespaces {
            #expect(Self.size(of: namespace) == 0, "\(namespace)")
        }
    }

    static func size(of type: Any.Type) -> Int {
        func size<T>(_: T.Type) -> Int { MemoryLayout<T>.size }
        return _openExistential(type, do: size)
    }
}
