import Foundation

/// The folder that holds the built-in themes: the `.toml` files beside this
/// one, copied into the package's resource bundle at build time.
public enum BuiltInThemes {
    /// The bundle folder holding `NAME.toml` for each built-in theme.
    public static var directory: URL { Bundle.module.bundleURL }
}
