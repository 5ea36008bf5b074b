public enum MicrocredKitVersion { public static let string = "0.1.0" }
