// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "GovCredit",
    platforms: [.macOS(.v13)],
    products: [
        // What provincial teams embed.
        .library(name: "GovCredit", targets: ["GovCredit"]),
        // The nightly batch job and the clerk's pre-upload check.
        .executable(name: "govcredit", targets: ["govcredit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // System libraries (PLATFORM.md): libxml2's streaming reader and libyaml's event parser.
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CLibYAML", path: "Sources/CLibYAML", pkgConfig: "yaml-0.1",
                       providers: [.apt(["libyaml-dev"])]),
        // OpenSSL's libcrypto for SHA-256 and SM3 digests (a well-kept library, not hand-written hashing).
        .systemLibrary(name: "COpenSSL", path: "Sources/COpenSSL", pkgConfig: "libcrypto",
                       providers: [.apt(["libssl-dev"])]),
        // A few Linux system calls Swift cannot reach directly (renameat2).
        .target(name: "CPlatform", path: "Sources/CPlatform"),
        .target(
            name: "GovCredit",
            dependencies: ["CLibXML2", "CLibYAML", "COpenSSL", "CPlatform"],
            path: "Sources/GovCredit"
        ),
        .executableTarget(
            name: "govcredit",
            dependencies: [
                "GovCredit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/govcredit"
        ),
        .testTarget(
            name: "GovCreditTests",
            dependencies: ["GovCredit"],
            path: "Tests/GovCreditTests",
            exclude: ["Schemas/json_schema_check.py", "Readers/CSV/csv_rows.py"]
        ),
        .testTarget(
            name: "CommandTests",
            dependencies: ["govcredit"],
            path: "Tests/CommandTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
