/// The 1–4 scale a candidate scores each segment on at the end of a mock, with written criteria so the score
/// means the same thing every time (the bar an Amazon interviewer's "strong hire" to "not inclined" holds).
public enum MockRubric {
    public struct Level: Sendable, Equatable {
        public var score: Int
        public var name: String
        public var criteria: String
    }

    public static let names = ["Not yet", "Partly there", "Hire", "Strong hire"]

    public static func levels(for activity: MockActivity) -> [Level] {
        zip(1...4, criteria(activity)).map { Level(score: $0, name: names[$0 - 1], criteria: $1) }
    }

    private static func criteria(_ activity: MockActivity) -> [String] {
        switch activity {
        case .introduction:
            ["Rambled or read a CV; no thread from past work to this role.",
             "Covered the facts but ran long or named no result.",
             "Two minutes: current role, one measurable achievement, why this team.",
             "As 3, and the achievement was chosen for this role and invited the follow-up you wanted."]
        case .coding:
            ["No working solution and no clear approach.",
             "A partial solution, or accepted only after hints; edge cases missed.",
             "Accepted within the time, with the approach and its cost explained as you went.",
             "Accepted with time to spare, edge cases tested unprompted, and a better approach or trade-off discussed."]
        case .questions:
            ["Most key points missed or facts wrong.",
             "About half the key points, with gaps a follow-up would expose.",
             "Nearly every key point, correct and in your own words.",
             "Every key point, plus the trade-off or limit behind it, with an example from real work."]
        case .systemDesign:
            ["Jumped to components without requirements or numbers; major gaps in the flow.",
             "A plausible design, but estimates, failure handling or trade-offs were thin.",
             "Requirements and estimates first, a complete flow, trade-offs and failure modes covered.",
             "As 3, and you drove the conversation: alternatives compared with numbers, bottlenecks found before being asked."]
        case .behavioral:
            ["No specific story, or one where the team acted and your part was unclear.",
             "A real story, but the action was vague or the result had no measure.",
             "A clear STAR story: your actions in first person, a measurable result, the principle shown.",
             "As 3, and it held up under follow-ups, with what you learned and would change."]
        case .closing:
            ["No questions, or only about logistics.",
             "Generic questions anyone could ask.",
             "Specific questions about the team's data, problems or ways of working.",
             "Questions that built on what the interviewers said and showed how you would think in the role."]
        }
    }
}
