/// Policy thresholds (SPEC §5): exceeding one is a warning, never an error. Defaults in `policy.yaml`.
public struct PolicyThresholds: Hashable, Sendable {
    /// Calendar days allowed from receiving a complaint to transferring it (§II(2), default 7); more is a warning.
    public var complaintTransferDays: Int
    /// Calendar days allowed from the verifying department receiving a complaint to completing verification (§II(2),
    /// default 30).
    public var verificationDays: Int
    /// Calendar days allowed from confirmed correction and completed performance to restoration (§III(6), default 15).
    public var restorationDays: Int

    /// Creates thresholds in calendar days; ``standard`` holds the standard's defaults.
    public init(complaintTransferDays: Int, verificationDays: Int, restorationDays: Int) {
        self.complaintTransferDays = complaintTransferDays
        self.verificationDays = verificationDays
        self.restorationDays = restorationDays
    }
}
