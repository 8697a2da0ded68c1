// swift-tools-version: 6.0
// parley: who said what, when, about what — in news articles, browsed in a terminal.
import PackageDescription

/// The built-in themes: every TOML file of the top-level Themes/ folder,
/// shipped inside the package so that a built `parley` finds them wherever it
/// is installed. Listed by name (SwiftPM caches this manifest, so a listing
/// computed from the folder would miss a new file); ThemeTests fails when a
/// file in Themes/ is missing here.
let themeFiles = ["default.toml", "light.toml", "mono.toml"]

let package = Package(
    name: "parley",
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "ParleyKit", targets: ["ParleyKit"]),
        .library(name: "ParleyTUI", targets: ["ParleyTUI"]),
    ],
    dependencies: [
        // Command line parsing (parley's subcommands and options).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Theme and config files are TOML.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // YAML front matter of Markdown articles (folded and escaped titles, lists of authors).
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Markdown articles to HTML (then to text like any page): emphasis, links and escapes come off.
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        // The index: SQLite (WAL, migrations, FTS5) through GRDB.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // ncursesw, through a header-only shim: the only module that sees the C API.
        .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),
        // libxml2's XML and HTML parsers, for feeds and web pages (Debian: libxml2-dev).
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        // The model: articles in, statements, entities, topics and dates out. No terminal code.
        .target(
            name: "ParleyKit",
            dependencies: ["CLibXML2", .product(name: "Yams", package: "Yams"), .product(name: "Ink", package: "Ink"),
                           .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Resources")],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        // The built-in colour themes: the TOML files of Themes/, as a resource bundle.
        .target(name: "ParleyThemes", path: "Themes", resources: themeFiles.map { .copy($0) }),
        // The ncurses front end. Only Terminal/ imports CNCursesW.
        .target(
            name: "ParleyTUI",
            dependencies: ["ParleyKit", "ParleyThemes", "CNCursesW", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        // The command line.
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyKit", "ParleyTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .testTarget(name: "ParleyKitTests", dependencies: ["ParleyKit", .product(name: "GRDB", package: "GRDB.swift")], swiftSettings: [.swiftLanguageMode(.v5)]),
        .testTarget(name: "ParleyTUITests", dependencies: ["ParleyTUI", "ParleyKit", "ParleyThemes"], resources: [.copy("Snapshots")], swiftSettings: [.swiftLanguageMode(.v5)]),
        .testTarget(name: "parleyTests", dependencies: ["parley", "ParleyKit", .product(name: "GRDB", package: "GRDB.swift")], swiftSettings: [.swiftLanguageMode(.v5)]),
    ]
)
