import Foundation

/// Finds the content directory without depending on the working directory.
///
/// Order: an explicit `--content-dir`, then `ONSITE_CONTENT`, then content installed beside the binary
/// (`<bin>/../share/onsite/content`), then the source checkout this binary was built from, then `./content`.
public enum ContentLocator {
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: expandTilde(explicit)) }
        if let fromEnvironment = environment["ONSITE_CONTENT"], !fromEnvironment.isEmpty {
            return URL(fileURLWithPath: expandTilde(fromEnvironment))
        }
        for candidate in bundledCandidates() where FileManager.default.fileExists(atPath: candidate.path) {
            return candidate
        }
        return URL(fileURLWithPath: "content")
    }

    static func bundledCandidates() -> [URL] {
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent()
            .appendingPathComponent("../share/onsite/content").standardizedFileURL)
        // Sources/OnsiteContent/ContentLocator.swift → the package root, where `content/` ships.
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent("content"))
        return candidates
    }

    public static func expandTilde(_ path: String) -> String {
        NSString(string: path).expandingTildeInPath
    }
}
