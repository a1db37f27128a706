import ArgumentParser
import Foundation
import OnsiteCore

/// `onsite offer`: compare offers by what they pay in each of the first four years.
struct OfferCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "offer",
        abstract: "Compare job offers by total compensation per year.",
        subcommands: [OfferCompareCommand.self],
        defaultSubcommand: OfferCompareCommand.self
    )
}

struct OfferCompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Total compensation per year for one or more offers, with the guide's negotiation rules.",
        discussion: """
            Describe each offer with --offer as comma-separated fields: name, base, signon (by year, split with /), \
            stock (the grant's value), vesting (yearly percentages, default Amazon's 5/15/40/40) and bonus (an \
            amount, or a percentage of base). Amounts take k for thousands. Stock is valued at the grant price; \
            a rising or falling share price changes years 3 and 4 most under back-weighted vesting.

            Example:
              onsite offer compare \\
                --offer "name=Amazon L5,base=165k,signon=60k/45k,stock=220k" \\
                --offer "name=Other,base=180k,stock=160k,vesting=25/25/25/25,bonus=15%"
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("offer"), help: ArgumentHelp("One offer (repeatable), e.g. name=Acme,base=150k,signon=50k/30k,stock=200k,vesting=5/15/40/40,bonus=10%", valueName: "fields"))
    var offers: [String] = []

    @Flag(help: "Print JSON for scripts.")
    var json = false

    struct Comparison: Encodable {
        struct Entry: Encodable {
            var name: String
            var years: [Offer.Year]
            var fourYearTotal: Double

            enum CodingKeys: String, CodingKey { case name, years, fourYearTotal = "four_year_total" }
        }

        var offers: [Entry]
        var tips: [String]
    }

    func run() async throws {
        guard !offers.isEmpty else {
            throw OnsiteError("give at least one offer, e.g. --offer \"name=Amazon,base=165k,signon=60k/45k,stock=220k\" (see `onsite offer compare --help`)")
        }
        var parsed: [Offer] = []
        for text in offers {
            do {
                parsed.append(try Offer.parse(text))
            } catch {
                throw OnsiteError(error.description)
            }
        }
        let catalog = try AppEnvironment(global).loadCatalog()
        let tips = NegotiationTips.tips(from: catalog.guidePage(id: "negotiation"))
        if json {
            try JSONOutput.print(Comparison(offers: parsed.map { Comparison.Entry(name: $0.name, years: $0.yearly, fourYearTotal: $0.fourYearTotal) },
                                            tips: tips))
            return
        }
        let terminal = Terminal.current
        print(terminal.paint("Offers", .heading) + ": total compensation per year (stock at the grant price)")
        let table = TableRenderer(terminal: terminal, maxCellWidth: 24)
        let rows = parsed.flatMap { offer -> [[String]] in
            offer.yearly.map { year in
                [year.year == 1 ? offer.name : "", "\(year.year)", money(year.base), money(year.signOn), money(year.stock),
                 money(year.bonus), money(year.total)]
            } + [["", "4-yr", "", "", "", "", money(offer.fourYearTotal)]]
        }
        print(table.render(columns: ["Offer", "Year", "Base", "Sign-on", "Stock", "Bonus", "Total"], rows: rows))
        let maximum = parsed.flatMap { $0.yearly.map(\.total) }.max() ?? 1
        print("\n" + terminal.paint("Totals by year", .subheading))
        for offer in parsed {
            for year in offer.yearly {
                let bar = String(repeating: "█", count: max(1, Int((year.total / maximum * 36).rounded())))
                print("  \(offer.name.prefix(14).padding(toLength: 14, withPad: " ", startingAt: 0)) y\(year.year) \(terminal.paint(bar, .code)) \(money(year.total))")
            }
        }
        if parsed.count > 1, let best = parsed.max(by: { $0.fourYearTotal < $1.fourYearTotal }) {
            print("\nOver four years \(best.name) pays most (\(money(best.fourYearTotal))). Compare year by year too: back-weighted stock pays late, and sign-on bonuses are usually repaid pro rata if you leave early.")
        }
        if !tips.isEmpty {
            print("\n" + terminal.paint("Negotiating (from `onsite guide negotiation`)", .subheading))
            for (index, tip) in tips.enumerated() { print("  \(index + 1). \(tip)") }
        }
    }

    private func money(_ value: Double) -> String {
        value == 0 ? "—" : Int(value.rounded()).formatted(.number.grouping(.automatic))
    }
}
