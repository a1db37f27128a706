/// The guide's final week, counted back from the interview: two full mocks, a design and AWS day, a behavioral
/// day, a light day, rest and logistics, and no cramming the day before. A shorter run keeps the order and
/// drops days, as the guide says: one mock, one review day, one behavioral day, then rest.
struct FinalWeek {
    enum Slot: CaseIterable {
        case mock1, mock2, designAndAWS, behavioral, light, logistics, dayBefore

        var focus: String {
            switch self {
            case .mock1: "full mock interview 1"
            case .mock2: "weak spots, then full mock interview 2"
            case .designAndAWS: "system design and AWS review"
            case .behavioral: "behavioral rehearsal"
            case .light: "light review, stop early"
            case .logistics: "rest and logistics"
            case .dayBefore: "the day before: no cramming"
            }
        }

        func tasks(_ picker: inout ItemPicker) -> [PlanTask] {
            switch self {
            case .mock1:
                [StudyPlanner.mock(.full),
                 PlanTask(kind: .guidance, block: .evening,
                          title: "Score the mock straight away and list its three lowest-scoring areas", minutes: 20,
                          command: "onsite mock show latest")]
            case .mock2:
                picker.weakSpots(count: 5) + [StudyPlanner.mock(.full)]
            case .designAndAWS:
                picker.scenarios(count: 2) + [PlanTask(
                    kind: .guidance, block: .evening,
                    title: "One minute each, out loud: what S3, Glue, Athena, Redshift, Kinesis, EMR, Lambda and IAM are for, how they scale and bill, and when not to use them",
                    minutes: 30)]
            case .behavioral:
                [PlanTask(kind: .guidance, block: .morning,
                          title: "Tell every STAR story out loud, timed: two to three minutes each, with \"I\" and a number",
                          minutes: 45, command: "onsite stories list"),
                 StudyPlanner.mock(.behavioral)]
            case .light:
                [PlanTask(kind: .guidance, block: .morning, title: "A quick-fire round of questions you know, then stop by mid-afternoon",
                          minutes: 15, command: "onsite drill --quickfire"),
                 PlanTask(kind: .guidance, block: .morning, title: "Tick the boxes still open on the checklists",
                          minutes: 15, command: "onsite checklist")]
            case .logistics:
                [PlanTask(kind: .guidance, block: .day,
                          title: "Rest; confirm the schedule, time zone and links; test your set-up; write your questions for the interviewers",
                          minutes: 30)]
            case .dayBefore:
                [PlanTask(kind: .guidance, block: .day,
                          title: "At most a 30-minute skim of your stories and the job description; bed at your usual time",
                          minutes: 30)]
            }
        }
    }

    let length: Int
    let slots: [Slot]

    init(length: Int) {
        self.length = max(0, min(7, length))
        slots = switch self.length {
        case 0: []
        case 1: [.dayBefore]
        case 2: [.mock1, .dayBefore]
        case 3: [.mock1, .behavioral, .dayBefore]
        case 4: [.mock1, .designAndAWS, .behavioral, .dayBefore]
        case 5: [.mock1, .designAndAWS, .behavioral, .logistics, .dayBefore]
        case 6: [.mock1, .mock2, .designAndAWS, .behavioral, .logistics, .dayBefore]
        default: Slot.allCases
        }
    }

    /// The slot of the day `daysBefore` days before the interview (1 is the day before).
    func slot(daysBefore: Int) -> Slot? {
        guard daysBefore >= 1, daysBefore <= slots.count else { return nil }
        return slots[slots.count - daysBefore]
    }
}
