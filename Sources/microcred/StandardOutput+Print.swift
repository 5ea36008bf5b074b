/// `print` for the microcred commands: text goes to standard output through
/// `StandardOutput` (write(2), unbuffered), the one path for command output,
/// so that a failed write (a full disk, /dev/full, a closed pipe) ends the
/// command with exit 1 and a message instead of looking like success. Its
/// signature is `Swift.print`'s, so this module's declaration shadows the
/// standard library's in every file of the module.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    StandardOutput.write(items.map { String(describing: $0) }.joined(separator: separator) + terminator)
}
