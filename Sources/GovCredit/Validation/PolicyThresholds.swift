/// Policy thresholds (SPEC §5): exceeding one is a warning, never an error. Defaults in `policy.yaml`.
public struct PolicyThresholds: Hashable, Sendable {
    public var complaintTransferDays: Int
    public var verificationDays: Int
    public var restorationDays: Int

    public init(complaintTransferDays: Int, verificationDays: Int, restorationDays: Int) {
        self.complaintTransferDays = complaintTransferDays
        self.verificationDays = verificationDays
        self.restorationDays = restorationDays
    }
}
