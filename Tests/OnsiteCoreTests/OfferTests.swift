import Foundation
import OnsiteCore
import Testing

@Suite("Offer comparison")
struct OfferTests {
    @Test("an Amazon-style offer: sign-on over two years, 5/15/40/40 vesting, bonus as a percentage of base")
    func yearly() throws {
        let offer = try Offer.parse("name=Amazon,base=150k,signon=50000/30000,stock=$200_000,bonus=10%")
        let years = offer.yearly
        #expect(years.map(\.total) == [225_000, 225_000, 245_000, 245_000])
        #expect(years.map(\.stock) == [10_000, 30_000, 80_000, 80_000])
        #expect(years.map(\.signOn) == [50_000, 30_000, 0, 0])
        #expect(offer.fourYearTotal == 940_000)
        #expect(offer.name == "Amazon")
    }

    @Test("an even vesting and a fixed bonus")
    func evenVesting() throws {
        let offer = try Offer.parse("name=Other,base=160000,stock=100000,vesting=25/25/25/25,bonus=20000")
        #expect(offer.yearly.map(\.total) == [205_000, 205_000, 205_000, 205_000])
    }

    @Test("bad offers say which field is wrong and how to write one")
    func errors() {
        for (text, phrase) in [("name=A", "base is required"), ("base=1,vesting=10/10", "adding up to 100"),
                               ("base=lots", "not an amount"), ("base=1,salary=2", "unknown field"), ("base", "key=value")] {
            #expect {
                _ = try Offer.parse(text)
            } throws: { error in
                "\(error)".contains(phrase) && "\(error)".contains("name=Acme")
            }
        }
    }

    @Test("the negotiation tips are the guide's five rules")
    func tips() {
        let page = GuidePage(id: "negotiation", title: "N", order: 9, summary: "",
                             body: "## Five rules\n\n### 1. Do not give the first number\ntext\n### 2. Get it in writing\n### Base salary\n")
        #expect(NegotiationTips.tips(from: page) == ["Do not give the first number", "Get it in writing"])
    }
}
