/// The verbs ``OperationVerb`` knows, in lower case, taken from the leading words of the RPC and ROA
/// operations of the corpus (2024 snapshot: 16,206 operations) and classified one by one.
///
/// A verb reads when sending the call twice leaves things as sending it once: it looks, computes or
/// converts (`Decrypt`, `Sign`, `Recognize` may be billed per call, but change nothing). Misspellings
/// of `Describe` that real operations carry (`Descirbe`, `Decribe`) count as `Describe`. A verb acts
/// when it creates, changes, deletes, starts, stops, sends or notifies. `Generate`, `Convert`,
/// `Correct`, `Structure` and `Pull` sometimes compute and sometimes create: unclear.
enum OperationVerbs {
    /// Verbs that only read or compute.
    static let reading = lowercased(
        """
        Describe Describer Decribe Descirbe Descibe Discribe Desc List Get Query Check Search Find View Count Lookup
        Preview Fetch Page Detail Show Inspect Filter Scroll Poll Summary Read Head Is Has Exist Exists Estimate
        Evaluate Calculate Compare Analyze Diagnose Diagnosis Validate Verify Precheck Inquiry Predict Extract
        Recognize Detect Encrypt Decrypt Sign Decode Translate Download Export Recommend Statistics Stat Monitor
        Trace Explain Audit Assume
        """)

    /// Verbs that act.
    static let acting = lowercased(
        """
        Create Delete Update Modify Send Resend Add Set Start Stop Enable Disable Submit Remove Cancel Save Tag Untag
        Attach Detach Change Bind Unbind Run Reset Upgrade Downgrade Release Associate Disassociate Dissociate
        Unassociate Put Post Execute Upload Revoke Open Close Restart Reboot Publish Unpublish Apply Refresh Import
        Renew Grant Move Switch Resume Suspend Pause Allocate Install Uninstall Config Configure Register Deregister
        Unregister Operate Push Copy Clone Transfer Retry Insert Edit Rollback Deploy Redeploy Sync Authorize
        Migrate Confirm Join Leave Terminate Clear Resize Assign Unassign Replace Activate Deactivate Invoke Trigger
        Kill Unlock Lock Restore Recover Offline Online Abort Initialize Init Accept Reject Approve Rename Finish
        Complete Commit Drop Make Scale Skip Setup Rebuild Refund Continue Destroy Report Preload Load Connect
        Disconnect Notify Purchase Buy Order Subscribe Unsubscribe Begin End Play Allow Forbid Mute Unmute Effect
        Deprecate Debug Shield Repair Revert Rotate Handle Reply Call Hangup Archive Recall Withdraw Expand Extend
        Shrink Reinstall Reactivate Recreate Upsert Merge Split Mark Dial
        """)

    /// Verbs whose effect depends on the operation.
    static let unclear = lowercased("Generate Convert Correct Structure Pull")

    private static func lowercased(_ words: String) -> Set<String> {
        Set(words.split(whereSeparator: \.isWhitespace).map { $0.lowercased() })
    }
}
