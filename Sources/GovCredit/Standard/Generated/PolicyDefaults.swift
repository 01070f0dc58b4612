// Generated from Standards/gov-integrity/1.0/policy.yaml by tools/generate.py — do not edit.

extension PolicyThresholds {
    /// The standard's defaults (`policy.yaml`).
    public static let standard = PolicyThresholds(
        /// Days from receiving a complaint to transferring it (the notice says "immediately"; default 7 calendar days)
        complaintTransferDays: 7,
        /// Days from the verifying department receiving a complaint to completing verification (default 30 calendar days)
        verificationDays: 30,
        /// Days from confirmed correction and completed performance to restoration (the notice says "promptly"; default 15 calendar days)
        restorationDays: 15
    )
}
