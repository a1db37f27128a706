import Foundation
import Hummingbird
import OnsiteCore

/// The offer comparison: up to three offers from a form, total compensation year by year with the stock vesting
/// schedule, a chart, and the guide's negotiation tips. Nothing is stored: the offers live in the page's address.
struct OfferController: Sendable {
    let dependencies: WebDependencies
    let pages: PageRenderer
    let session: WebSession

    static let slots = 3

    /// One offer's fields as the form sends them; empty strings for blanks.
    struct Fields {
        var name = "", base = "", signOnYear1 = "", signOnYear2 = "", stock = "", vesting = "", bonus = ""

        var isBlank: Bool { [name, base, signOnYear1, signOnYear2, stock, vesting, bonus].allSatisfy(\.isEmpty) }

        /// The `onsite offer compare --offer` spelling, so the web and the CLI read an offer the same way. Commas
        /// are thousands separators in a form field, not the spec's field separator.
        func spec(slot: Int) -> String {
            func amount(_ text: String) -> String { text.replacingOccurrences(of: ",", with: "") }
            var parts = ["name=\(name.isEmpty ? "Offer \(slot)" : name.replacingOccurrences(of: ",", with: " ").replacingOccurrences(of: "=", with: " "))"]
            parts.append("base=\(amount(base))")
            let signOn = [signOnYear1, signOnYear2].map(amount).filter { !$0.isEmpty }
            if !signOn.isEmpty {
                parts.append("signon=" + (signOnYear1.isEmpty ? ["0"] + signOn : signOn).joined(separator: "/"))
            }
            if !stock.isEmpty { parts.append("stock=\(amount(stock))") }
            if !vesting.isEmpty { parts.append("vesting=\(vesting.replacingOccurrences(of: ",", with: "/").replacingOccurrences(of: " ", with: ""))") }
            if !bonus.isEmpty { parts.append("bonus=\(amount(bonus))") }
            return parts.joined(separator: ",")
        }
    }

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/offer") { request, _ -> HTMLPage in
            HTMLPage(html: page(request.uri.queryParameters))
        }
    }

    private func page(_ query: Parameters) -> String {
        var forms: [[String: Any]] = []
        var offers: [Offer] = []
        var errors: [String] = []
        for slot in 1...Self.slots {
            func value(_ key: String) -> String {
                query.get("\(key)\(slot)").map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
            }
            let fields = Fields(name: value("name"), base: value("base"), signOnYear1: value("signon1_"),
                                signOnYear2: value("signon2_"), stock: value("stock"), vesting: value("vesting"), bonus: value("bonus"))
            forms.append(["slot": slot, "name": fields.name, "base": fields.base, "signOnYear1": fields.signOnYear1,
                          "signOnYear2": fields.signOnYear2, "stock": fields.stock, "vesting": fields.vesting, "bonus": fields.bonus,
                          "open": slot == 1 || !fields.isBlank])
            guard !fields.isBlank else { continue }
            guard !fields.base.isEmpty else {
                errors.append("Offer \(slot): give the base salary; the other fields are optional.")
                continue
            }
            do {
                offers.append(try Offer.parse(fields.spec(slot: slot)))
            } catch {
                errors.append("Offer \(slot): \(error.reason)")
            }
        }
        let best = offers.map(\.fourYearTotal).max()
        return pages.render("offer", title: "Compare offers", csrfToken: nil, values: [
            "forms": forms, "errors": errors, "hasErrors": !errors.isEmpty, "hasOffers": !offers.isEmpty,
            "offers": offers.map { offer -> [String: Any] in
                ["name": offer.name, "fourYear": Self.money(offer.fourYearTotal), "best": offer.fourYearTotal == best && offers.count > 1,
                 "vesting": offer.vesting.map { $0.formatted() }.joined(separator: "/"),
                 "years": offer.yearly.map { year -> [String: Any] in
                     ["year": year.year, "base": Self.money(year.base), "signOn": Self.money(year.signOn),
                      "stock": Self.money(year.stock), "bonus": Self.money(year.bonus), "total": Self.money(year.total)]
                 }]
            },
            "chart": offers.isEmpty ? "" : OfferChart(offers: offers).svg,
            "tips": NegotiationTips.tips(from: dependencies.catalog.guidePage(id: "negotiation")),
        ])
    }

    static func money(_ value: Double) -> String {
        value == 0 ? "—" : Int(value.rounded()).formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
    }
}

extension OfferParseError {
    /// The reason alone; the form names the offer itself.
    var reason: String {
        switch self {
        case .malformed(_, let reason): reason.prefix(1).uppercased() + reason.dropFirst() + "."
        }
    }
}

/// Total compensation per year, one bar per offer in each year, drawn on the server with a text alternative.
struct OfferChart {
    let offers: [Offer]

    var svg: String {
        let labelWidth = 60, barHeight = 16, gap = 10, chartWidth = 360
        let maximum = max(1, offers.flatMap { $0.yearly.map(\.total) }.max() ?? 1)
        let rowHeight = barHeight * offers.count + gap
        let height = rowHeight * Offer.years + 10
        var parts = ["<svg role=\"img\" aria-labelledby=\"offer-chart-title\" viewBox=\"0 0 \(labelWidth + chartWidth + 110) \(height)\" class=\"chart\">",
                     "<title id=\"offer-chart-title\">Total compensation per year for each offer</title>"]
        for year in 0..<Offer.years {
            let top = year * rowHeight + 4
            parts.append("<text x=\"0\" y=\"\(top + barHeight)\">Year \(year + 1)</text>")
            for (index, offer) in offers.enumerated() {
                let total = offer.yearly[year].total
                let width = Int((total / maximum * Double(chartWidth)).rounded())
                let y = top + index * barHeight
                parts.append("<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(width)\" height=\"\(barHeight - 2)\" class=\"offer-\(index % 3)\"/>")
                parts.append("<text x=\"\(labelWidth + width + 6)\" y=\"\(y + barHeight - 4)\">\(HTMLEscape.text(offer.name)) \(OfferController.money(total))</text>")
            }
        }
        parts.append("</svg>")
        return parts.joined()
    }
}
