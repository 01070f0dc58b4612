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

// libFuzzer targets (issue 6; run them with `tools/fuzz`). Declared only when GOVCREDIT_FUZZ is set: they need
// `-sanitize=fuzzer` to link, so a normal `swift build` / `swift test` neither builds nor links them.
if Context.environment["GOVCREDIT_FUZZ"] != nil {
    package.targets.append(.target(name: "FuzzDriver", dependencies: ["GovCredit"], path: "Fuzz/Driver"))
    for name in ["CSV", "XML", "YAML", "JSONLines", "Profile", "Identifiers", "Dates", "Amounts"] {
        package.targets.append(.executableTarget(name: "Fuzz\(name)", dependencies: ["GovCredit", "FuzzDriver"],
                                                 path: "Fuzz/\(name)"))
        package.products.append(.executable(name: "Fuzz\(name)", targets: ["Fuzz\(name)"]))
    }
    // Replays kept inputs and prints the report; needs no sanitizer.
    package.targets.append(.executableTarget(name: "FuzzReplay", dependencies: ["GovCredit"], path: "Fuzz/Replay"))
}
// The kept fuzz inputs are data that FuzzRegressionTests reads by path, not sources or resources of the test target.
for target in package.targets where target.name == "GovCreditTests" { target.exclude.append("Fuzz/Regressions") }
