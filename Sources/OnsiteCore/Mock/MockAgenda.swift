import Foundation

/// What a mock-interview segment asks of the candidate; it decides where the segment's items come from and how
/// the answer is checked.
public enum MockActivity: String, Codable, Sendable, CaseIterable {
    /// "Tell me about yourself": a spoken pitch, self-scored.
    case introduction
    /// One SQL and one Python challenge, graded by the judges.
    case coding
    /// Typed answers to bank questions, checked against their key points.
    case questions
    /// A scenario answered through the structured template, checked against its rubric.
    case systemDesign = "system-design"
    /// Leadership-Principle questions answered in STAR fields.
    case behavioral
    /// The candidate's own questions for the interviewer.
    case closing
}

/// One time-boxed part of a mock interview.
public struct MockSegment: Codable, Sendable, Equatable {
    public var title: String
    public var activity: MockActivity
    /// Minutes from the start of the interview, as the agenda is read out ("0:35").
    public var startMinute: Int
    public var minutes: Int
    /// Banks the segment's questions come from (for `questions` and `behavioral`).
    public var tracks: [Track]
    /// How many items the segment asks.
    public var items: Int

    public init(title: String, activity: MockActivity, startMinute: Int, minutes: Int, tracks: [Track] = [], items: Int) {
        self.title = title
        self.activity = activity
        self.startMinute = startMinute
        self.minutes = minutes
        self.tracks = tracks
        self.items = items
    }

    /// "1:05", the clock reading when the segment starts.
    public var startLabel: String { MockAgenda.clock(startMinute) }
}

/// Which interview a mock rehearses: one round of the loop, or the whole loop in two hours.
public enum MockFormat: String, Codable, Sendable, CaseIterable {
    case phone, technical1 = "technical-1", technical2 = "technical-2", systemDesign = "system-design", behavioral, full

    public var displayName: String {
        switch self {
        case .phone: "Phone screen"
        case .technical1: "Technical 1: Python, SQL, data structures"
        case .technical2: "Technical 2: AWS and data-engineering concepts"
        case .systemDesign: "System design"
        case .behavioral: "Behavioral"
        case .full: "Full loop (2 hours)"
        }
    }
}

/// The timetable of a mock interview. The full loop follows the seed's agenda; each single round has the shape
/// that round takes in a real loop, with the introduction and closing every interviewer keeps.
public struct MockAgenda: Codable, Sendable, Equatable {
    public var format: MockFormat
    public var segments: [MockSegment]

    public var totalMinutes: Int { segments.map(\.minutes).reduce(0, +) }

    public init(format: MockFormat, segments: [MockSegment]) {
        self.format = format
        self.segments = segments
    }

    /// Builds the timetable from (title, activity, minutes, tracks, items), start times following on.
    private init(_ format: MockFormat, _ parts: [(String, MockActivity, Int, [Track], Int)]) {
        var start = 0
        var segments: [MockSegment] = []
        for (title, activity, minutes, tracks, items) in parts {
            segments.append(MockSegment(title: title, activity: activity, startMinute: start, minutes: minutes, tracks: tracks, items: items))
            start += minutes
        }
        self.init(format: format, segments: segments)
    }

    public static func standard(_ format: MockFormat) -> MockAgenda {
        switch format {
        case .full:
            MockAgenda(format, [
                ("Introduction", .introduction, 5, [], 1),
                ("Coding: Python and SQL", .coding, 30, [], 2),
                ("AWS scenario", .questions, 30, [.aws, .concepts], 3),
                ("System design", .systemDesign, 30, [], 1),
                ("Behavioral", .behavioral, 20, [.behavioral], 2),
                ("Your questions and closing", .closing, 5, [], 1),
            ])
        case .phone:
            MockAgenda(format, [
                ("Introduction", .introduction, 5, [], 1),
                ("Quick technical questions", .questions, 15, [.sql, .python, .aws], 5),
                ("Coding", .coding, 15, [], 2),
                ("One behavioral question", .behavioral, 8, [.behavioral], 1),
                ("Your questions", .closing, 2, [], 1),
            ])
        case .technical1:
            MockAgenda(format, [
                ("Introduction", .introduction, 5, [], 1),
                ("Coding: Python and SQL", .coding, 40, [], 2),
                ("Python, SQL and data structures", .questions, 10, [.python, .sql], 3),
                ("Your questions", .closing, 5, [], 1),
            ])
        case .technical2:
            MockAgenda(format, [
                ("Introduction", .introduction, 5, [], 1),
                ("AWS services", .questions, 25, [.aws], 4),
                ("Data-engineering concepts and ETL design", .questions, 25, [.concepts], 3),
                ("Your questions", .closing, 5, [], 1),
            ])
        case .systemDesign:
            MockAgenda(format, [
                ("Introduction", .introduction, 5, [], 1),
                ("Design", .systemDesign, 45, [], 1),
                ("Deep-dive questions", .questions, 5, [.concepts], 1),
                ("Your questions", .closing, 5, [], 1),
            ])
        case .behavioral:
            MockAgenda(format, [
                ("Introduction", .introduction, 5, [], 1),
                ("Leadership Principles", .behavioral, 48, [.behavioral], 4),
                ("Your questions", .closing, 7, [], 1),
            ])
        }
    }

    /// "h:mm" from minutes.
    public static func clock(_ minutes: Int) -> String {
        "\(minutes / 60):" + String(format: "%02d", minutes % 60)
    }
}
