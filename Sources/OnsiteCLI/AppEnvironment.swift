import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteSQLite
import OnsiteStorage

/// The composition root: resolves folders, loads content, and chooses the store. Commands get what they need here.
struct AppEnvironment {
    let homeDirectory: URL
    let contentDirectory: URL

    init(_ options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let home = options.home ?? environment["ONSITE_HOME"], !home.isEmpty {
            homeDirectory = URL(fileURLWithPath: ContentLocator.expandTilde(home))
        } else {
            homeDirectory = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".onsite")
        }
        contentDirectory = ContentLocator.resolve(explicit: options.contentDir, environment: environment)
    }

    var databaseURL: URL { homeDirectory.appendingPathComponent("onsite.sqlite") }

    /// Loads content or refuses with one line naming the first problem's file and line.
    func loadCatalog() throws(OnsiteError) -> Catalog {
        let result = ContentLoader(root: contentDirectory).load()
        guard let first = result.problems.first else { return result.catalog }
        let more = result.problems.count > 1 ? " (and \(result.problems.count - 1) more)" : ""
        throw OnsiteError("content is invalid: \(first)\(more). Fix it, or run `onsite content lint` to list every problem.")
    }

    func openProgressStore() throws(OnsiteError) -> any ProgressStore {
        SQLiteProgressStore(database: try openDatabase())
    }

    func openAttemptStore() throws(OnsiteError) -> any AttemptStore {
        SQLiteAttemptStore(database: try openDatabase())
    }

    func openReviewStore() throws(OnsiteError) -> any ReviewStore {
        SQLiteReviewStore(database: try openDatabase())
    }

    /// The stores a mock writes to, over one connection to the database.
    func openMockStores() throws(OnsiteError) -> (reviews: any ReviewStore, attempts: any AttemptStore, mocks: any MockStore) {
        let database = try openDatabase()
        return (SQLiteReviewStore(database: database), SQLiteAttemptStore(database: database), SQLiteMockStore(database: database))
    }

    /// The plan, checklist, readiness and story stores over one connection to the database.
    func openPlanningDesk(catalog: Catalog) throws(OnsiteError) -> PlanningDesk {
        let database = try openDatabase()
        return PlanningDesk(catalog: catalog, reviews: SQLiteReviewStore(database: database),
                            attempts: SQLiteAttemptStore(database: database), mocks: SQLiteMockStore(database: database),
                            stories: SQLiteStoryStore(database: database), checklist: SQLiteChecklistStore(database: database),
                            plans: SQLitePlanStore(database: database), labs: SQLiteLabProgressStore(database: database))
    }

    func openDatabase() throws(OnsiteError) -> AppDatabase {
        do {
            return try AppDatabase.openFile(at: databaseURL)
        } catch {
            throw OnsiteError("\(error.description). Check that \(homeDirectory.path) is writable, or choose another folder with --home or ONSITE_HOME.")
        }
    }
}

/// A failure the user can act on: one line, no stack trace. ArgumentParser prints it as `Error: …` and exits 1.
struct OnsiteError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }

    init(_ error: StorageError) {
        self.description = error.description
    }
}
