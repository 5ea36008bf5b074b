/// `print` for the microcred commands: text goes to standard output through
/// `StandardOutput` (write(2), unbuffered), the one path for command output,
/// so that a failed write (a full disk, /dev/full, a closed pipe) ends the
/// command with exit 1 and a message instead of looking like success. This
/// declaration is more specific than `Swift.print` for text, so every
/// `print("…")` in this module uses it.
func print(_ text: String = "", terminator: String = "\n") {
    StandardOutput.write(text + terminator)
}
