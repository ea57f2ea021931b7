/// Wire-name comparison that ignores case, `_` and `-`, so that `cluster_id`, `ClusterId` and `ClusterID` agree.
public enum WireName {
    /// The name lower-cased without `_` and `-`.
    public static func key(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "_" && $0 != "-" })
    }

    /// Whether two wire names are the same name in different spellings.
    public static func same(_ a: String, _ b: String) -> Bool { key(a) == key(b) }

    /// Identifier-like names that never identify a resource of their own (request, task, order, …).
    static let nonResourceIdentifiers: Set<String> = [
        "requestid", "taskid", "orderid", "resourcegroupid", "regionid", "zoneid", "ownerid", "hostid",
    ]
}
