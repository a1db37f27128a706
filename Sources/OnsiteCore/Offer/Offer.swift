import Foundation

/// A job offer as the recruiter states it. Amounts are in one currency, whatever the candidate uses.
public struct Offer: Codable, Sendable, Equatable {
    public enum Bonus: Codable, Sendable, Equatable {
        case amount(Double)
        /// A percentage of base, the way target bonuses are usually quoted.
        case percentOfBase(Double)
    }

    public var name: String
    public var base: Double
    /// Sign-on cash by year: Amazon commonly splits it over years 1 and 2.
    public var signOn: [Double]
    /// The value of the whole stock grant at grant time.
    public var stockGrant: Double
    /// The percentage of the grant vesting each year; 5/15/40/40 is Amazon's usual schedule.
    public var vesting: [Double]
    public var bonus: Bonus?

    public static let amazonVesting: [Double] = [5, 15, 40, 40]
    public static let years = 4

    public init(name: String, base: Double, signOn: [Double] = [], stockGrant: Double = 0,
                vesting: [Double] = Offer.amazonVesting, bonus: Bonus? = nil) {
        self.name = name
        self.base = base
        self.signOn = signOn
        self.stockGrant = stockGrant
        self.vesting = vesting
        self.bonus = bonus
    }

    public struct Year: Codable, Sendable, Equatable {
        public var year: Int
        public var base: Double
        public var signOn: Double
        public var stock: Double
        public var bonus: Double
        public var total: Double { base + signOn + stock + bonus }

        enum CodingKeys: String, CodingKey { case year, base, signOn = "sign_on", stock, bonus, total }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(year, forKey: .year)
            try container.encode(base, forKey: .base)
            try container.encode(signOn, forKey: .signOn)
            try container.encode(stock, forKey: .stock)
            try container.encode(bonus, forKey: .bonus)
            try container.encode(total, forKey: .total)
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            year = try container.decode(Int.self, forKey: .year)
            base = try container.decode(Double.self, forKey: .base)
            signOn = try container.decode(Double.self, forKey: .signOn)
            stock = try container.decode(Double.self, forKey: .stock)
            bonus = try container.decode(Double.self, forKey: .bonus)
        }

        init(year: Int, base: Double, signOn: Double, stock: Double, bonus: Double) {
            self.year = year
            self.base = base
            self.signOn = signOn
            self.stock = stock
            self.bonus = bonus
        }
    }

    /// Pay in each of the first four years, with the stock valued at the grant price (no growth assumed).
    public var yearly: [Year] {
        (0..<Self.years).map { index in
            let bonusAmount: Double = switch bonus {
            case .amount(let value): value
            case .percentOfBase(let percent): base * percent / 100
            case nil: 0
            }
            return Year(year: index + 1, base: base, signOn: index < signOn.count ? signOn[index] : 0,
                        stock: stockGrant * (index < vesting.count ? vesting[index] : 0) / 100, bonus: bonusAmount)
        }
    }

    public var fourYearTotal: Double { yearly.map(\.total).reduce(0, +) }
}

public enum OfferParseError: Error, Equatable, CustomStringConvertible {
    case malformed(String, reason: String)

    public var description: String {
        switch self {
        case .malformed(let text, let reason):
            "cannot read the offer \"\(text)\": \(reason). Write it as name=Acme,base=150000,signon=50000/30000,stock=200000,vesting=5/15/40/40,bonus=10%"
        }
    }
}

extension Offer {
    /// Reads `name=Acme,base=150000,signon=50000/30000,stock=200000,vesting=5/15/40/40,bonus=10%`. Amounts may
    /// use `k` for thousands and `_` or a currency sign for readability.
    public static func parse(_ text: String) throws(OfferParseError) -> Offer {
        var fields: [String: String] = [:]
        for part in text.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, !pair[1].isEmpty else { throw .malformed(text, reason: "\"\(part)\" is not key=value") }
            let key = pair[0].lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
            guard ["name", "base", "signon", "stock", "vesting", "bonus"].contains(key) else {
                throw .malformed(text, reason: "unknown field \"\(pair[0])\" (fields: name, base, signon, stock, vesting, bonus)")
            }
            fields[key] = pair[1]
        }
        guard let baseText = fields["base"] else { throw .malformed(text, reason: "base is required") }
        let base = try amount(baseText, field: "base", in: text)
        let signOn = try fields["signon"].map { value throws(OfferParseError) in
            try list(value, field: "signon", in: text).map { item throws(OfferParseError) in try amount(item, field: "signon", in: text) }
        } ?? []
        let stock = try fields["stock"].map { value throws(OfferParseError) in try amount(value, field: "stock", in: text) } ?? 0
        var vesting = amazonVesting
        if let value = fields["vesting"] {
            vesting = try list(value, field: "vesting", in: text).map { item throws(OfferParseError) in
                guard let number = Double(item), number >= 0 else {
                    throw .malformed(text, reason: "vesting \"\(item)\" is not a percentage")
                }
                return number
            }
            let sum = vesting.reduce(0, +)
            guard abs(sum - 100) < 0.01, vesting.count <= years else {
                throw .malformed(text, reason: "vesting must be at most \(years) yearly percentages adding up to 100 (got \(value), which adds up to \(sum.formatted()))")
            }
        }
        var bonus: Bonus?
        if let value = fields["bonus"] {
            if value.hasSuffix("%") {
                guard let percent = Double(value.dropLast()), percent >= 0 else {
                    throw .malformed(text, reason: "bonus \"\(value)\" is not a percentage")
                }
                bonus = .percentOfBase(percent)
            } else {
                bonus = .amount(try amount(value, field: "bonus", in: text))
            }
        }
        return Offer(name: fields["name"] ?? "Offer", base: base, signOn: signOn, stockGrant: stock, vesting: vesting, bonus: bonus)
    }

    private static func list(_ value: String, field: String, in text: String) throws(OfferParseError) -> [String] {
        value.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private static func amount(_ value: String, field: String, in text: String) throws(OfferParseError) -> Double {
        var cleaned = value.lowercased().filter { !"_$€£¥ ".contains($0) }
        var multiplier = 1.0
        if cleaned.hasSuffix("k") { multiplier = 1_000; cleaned.removeLast() }
        guard let number = Double(cleaned), number >= 0, number.isFinite else {
            throw .malformed(text, reason: "\(field) \"\(value)\" is not an amount")
        }
        return number * multiplier
    }
}

/// The negotiation page's rules, as one-line tips to show beside a comparison.
public enum NegotiationTips {
    /// The `### N. Rule` headings of the guide's negotiation page, in order.
    public static func tips(from page: GuidePage?) -> [String] {
        guard let page else { return [] }
        return page.body.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("### "), let dot = line.firstIndex(of: "."),
                  Int(line.dropFirst(4).prefix { $0.isNumber }) != nil else { return nil }
            return line[line.index(after: dot)...].trimmingCharacters(in: .whitespaces)
        }
    }
}
