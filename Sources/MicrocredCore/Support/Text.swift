extension String {
    /// The text with its first letter in upper case (the rest unchanged),
    /// for a phrase that starts a sentence.
    public var capitalizedFirstLetter: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
