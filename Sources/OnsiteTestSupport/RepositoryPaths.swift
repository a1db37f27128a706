import Foundation

/// Paths inside this repository, found from this file's location rather than the working directory.
public enum RepositoryPaths {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let content = root.appendingPathComponent("content")
}
