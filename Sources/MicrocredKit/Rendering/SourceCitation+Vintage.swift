import MicrocredCore

extension Array where Element == SourceCitation {
    /// The OEWS vintage, as the catalog names it: the area file's when one
    /// was read, else the national file's; nil when no OEWS file was read.
    public var oewsVintage: String? {
        (first { $0.dataset.hasPrefix("oews-") && $0.dataset != "oews-national" } ?? first { $0.dataset == "oews-national" })?.vintage
    }
}
