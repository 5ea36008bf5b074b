import Foundation

/// The institution's control, which decides which Title IV program-length
/// rules of 34 CFR 668.8 apply (docs/design-rules.md, "Title IV program length").
public enum InstitutionType: String, Sendable, Hashable, CaseIterable, Codable {
    case `public` = "public"
    case privateNonprofit = "private-nonprofit"
    case proprietary
}
