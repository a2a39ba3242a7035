import Foundation
import IQCore
import IQRandom
import IQTUI

/// Names of people in generated cases: made of syllables no seed text contains, so finding one
/// on a list screen can only mean that a name leaked there.
struct NameBook {
    private(set) var names: [String] = []

    mutating func make(_ random: inout SeededRandom) -> String {
        let consonants = Array("bdfgklmnprstvz"), vowels = Array("aeiou")
        var name = "Qx"
        for _ in 0..<2 { name.append(random.pick(consonants)); name.append(random.pick(vowels)) }
        names.append(name)
        return name
    }
}

enum Generate {
    static let meta = RecordMeta(revision: 1, modifiedAt: Date(timeIntervalSince1970: 1_767_225_600), modifiedBy: "harness")
    static let occupations = ["Krankenschwester", "Erzieherin", "Elektriker", "Arzt", "Ingenieur", "Lehrerin", "Physiotherapeut",
                              "Kaufmann für Büromanagement", "Hebamme", "Zahnärztin"]
    static let countries = ["SY", "TR", "PL", "UA", "Syrien", "Iran", "Rumänien", "BR", "Indien", ""]
    static let places = ["Köln", "Höxter", "Münster", "Düsseldorf", "Bielefeld", "Aachen", "Essen", "Bonn", "Paris", ""]
    static let counsellors = ["berater1", "berater2", "anna", "Jörg", ""]

    /// The seed network with cases and payments: enough cases that some breakdowns have small
    /// counts (the statistics must hide them) and every list has rows.
    static func document(_ random: inout SeededRandom, names: inout NameBook) -> Document {
        var d = Seed.document
        let sites = d.sites.items.map(\.id)
        let measures = d.measures.items
        for i in 0..<(20 + random.below(40)) {
            d.cases.put(randomCase(i, &random, names: &names, sites: sites, measures: measures))
        }
        hostileFields(&d, &random)
        for i in 0..<random.below(12) where !measures.isEmpty {
            let m = random.pick(measures)
            d.payments.put(Payment(id: RecordID("payment.gen-\(i)"), meta: meta, measureID: m.id, providerID: m.providerIDs.first,
                                   day: randomDay(&random), amount: Money(cents: Int64(random.below(5_000_000)) - 100_000),
                                   reference: "RE-\(i)"))
        }
        return d
    }

    /// A few partners and cases carry what a hostile import or a careless paste leaves: long
    /// fields, controls, escape sequences, bidi overrides, grapheme clusters (never in names of
    /// people, which the leak check must still find).
    static func hostileFields(_ d: inout Document, _ random: inout SeededRandom) {
        for _ in 0..<(1 + random.below(4)) {
            guard var p = random.element(d.partners.items) else { break }
            p.role = HostileText.any(&random)
            if random.below(2) == 0 { p.name += HostileText.short(&random) }
            if random.below(3) == 0 { p.cities.append(HostileText.short(&random)) }
            d.partners.put(p)
        }
        for _ in 0..<(1 + random.below(4)) {
            guard var c = random.element(d.cases.items) else { break }
            c.notes = HostileText.any(&random)
            c.residence = HostileText.short(&random)
            if random.below(2) == 0 { c.referenzberuf += HostileText.short(&random) }
            if random.below(3) == 0 { c.counsellor = HostileText.short(&random) }
            d.cases.put(c)
        }
    }

    static func randomDay(_ random: inout SeededRandom) -> Day {
        Day(year: 2019 + random.below(9), month: 1 + random.below(12), day: 1 + random.below(28)) ?? Day(Date(timeIntervalSince1970: 0))
    }

    static func randomCase(_ i: Int, _ random: inout SeededRandom, names: inout NameBook, sites: [RecordID], measures: [Measure]) -> Case {
        var c = Case(id: RecordID("case.gen-\(i)-\(random.below(1_000_000))"), meta: meta,
                     number: String(format: "NRW-%04d-%06d", 2019 + random.below(8), i + 1),
                     status: random.pick(CaseStatus.allCases))
        c.person.firstName = names.make(&random)
        c.person.lastName = names.make(&random)
        c.person.birthYear = random.below(4) == 0 ? nil : 1950 + random.below(55)
        c.person.email = random.below(3) == 0 ? "" : "p\(i)@example.org"
        c.referenzberuf = random.pick(occupations)
        c.countryOfTraining = random.pick(countries)
        c.residence = random.pick(places)
        c.counsellor = random.pick(counsellors)
        if !sites.isEmpty, random.below(4) != 0 { c.siteID = random.pick(sites) }
        if !measures.isEmpty, random.below(3) == 0 {
            let m = random.pick(measures)
            c.measureID = m.id
            c.providerID = m.providerIDs.isEmpty ? nil : random.pick(m.providerIDs)
        }
        if random.below(5) == 0 { c.deletionDate = randomDay(&random) }
        for _ in 0..<random.below(4) {
            c.timeline.append(TimelineEntry(day: randomDay(&random), kind: .appointment(channel: random.pick(Channel.allCases)), note: "Termin"))
        }
        return c
    }

    // MARK: keys

    static let umlauts: [Character] = ["ä", "ö", "ü", "Ä", "Ö", "Ü", "ß", "é", "ç", "€", "°"]
    /// Wide and zero-width text: emoji, CJK, a combining mark on its own.
    static let exotic: [Character] = ["😀", "漢", "字", "e\u{301}", "\u{301}", "\u{200B}", "\t", "\u{7F}", "ﬁ"]
    /// Clusters terminals disagree about: ZWJ family, flag, VS16, keycap, skin tone, jamo, spacing mark.
    static let clusters: [Character] = ["👨\u{200D}👩\u{200D}👧\u{200D}👦", "🇩🇪", "❤\u{FE0F}", "1\u{FE0F}\u{20E3}", "👍🏽",
                                        "\u{1100}\u{1176}", "\u{1161}", "क\u{93E}", "\u{1FAE8}", "\u{202E}"]

    static func printable(_ random: inout SeededRandom) -> Character {
        switch random.below(10) {
        case 0: return random.pick(umlauts)
        case 1: return random.below(2) == 0 ? random.pick(exotic) : random.pick(clusters)
        case 2: return random.pick(Array("0123456789"))
        case 3: return random.pick(Array(" .,;:-_/?!\"'()<>=+@#*&%"))
        default: return random.pick(Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        }
    }

    /// A long paste (issue 13 §1): 2,000 to 120,000 characters, so sometimes past a field's
    /// limit, now and then one word with no space, with line breaks and the odd exotic character.
    static func longText(_ random: inout SeededRandom) -> String {
        let length = 2_000 + random.below(118_000)
        let oneWord = random.below(4) == 0
        var s = ""
        s.reserveCapacity(length)
        for i in 0..<length {
            if !oneWord, i % 9 == 8 { s.append(random.below(40) == 0 ? "\n" : " "); continue }
            s.append(i % 97 == 0 ? printable(&random) : random.pick(Array("abcdefghijklmnopqrstuvwxyzäöü")))
        }
        return s
    }

    static let specialKeys: [Key] = [.up, .down, .left, .right, .ctrlLeft, .ctrlRight, .pageUp, .pageDown, .home, .end, .enter,
                                     .escape, .tab, .backTab, .backspace, .delete, .function(1), .function(2), .function(10), .resize]

    static func ctrlKey(_ random: inout SeededRandom) -> Key {
        .ctrl(random.pick(Array("abcdefghijklmnopqrstuvwxyz")))
    }

    /// A key a person might press now: mostly one the current context binds (so forms,
    /// filters, the palette, help, dialogs and place entry are reached), else any key.
    static func key(for state: AppState, size: Size, random: inout SeededRandom) -> Key {
        let roll = random.below(100)
        if roll < 55 {
            var keys = KeyMap.groups(for: state).flatMap { $0.bindings.flatMap(\.keys) }
            // Quitting ends the session at once: rarer, so sessions get deep.
            if random.below(10) != 0 { keys.removeAll { $0 == .char("q") || $0 == .function(10) } }
            if !keys.isEmpty { return random.pick(keys) }
        }
        if roll < 80 { return .char(printable(&random)) }
        if roll < 92 { return random.pick(specialKeys) }
        if roll < 96 { return ctrlKey(&random) }
        let kinds: [MouseEvent.Kind] = [.press, .press, .wheelUp, .wheelDown]
        return .mouse(MouseEvent(random.pick(kinds), x: random.below(max(1, size.width + 2)) - 1, y: random.below(max(1, size.height + 2)) - 1))
    }

    /// A value a person would type into a field, sometimes a wrong one.
    static func value(for key: String, _ random: inout SeededRandom, names: inout NameBook) -> String {
        let wrong = random.below(6) == 0
        switch key {
        case "firstName", "lastName": return wrong ? "" : names.make(&random)
        case "name": return wrong ? "" : "Netzwerk \(random.pick(places)) \(random.below(1000))"
        case "shortName": return "NW\(random.below(100))"
        case "cities": return "\(random.pick(places)), \(random.pick(places))"
        case "website": return wrong ? "htp:/kaputt" : "www.example-\(random.below(99)).de"
        case "email": return wrong ? "kein at" : "info\(random.below(99))@example.de"
        case "phone": return wrong ? "abc" : "0211 \(100_000 + random.below(900_000))"
        case "address": return "Straße \(random.below(200)), 4\(random.below(10))210 \(random.pick(places))"
        case "birthYear": return wrong ? "3000" : String(1950 + random.below(55))
        case "yearOfEntry": return wrong ? "1700" : String(2000 + random.below(27))
        case "year": return wrong ? "20x1" : String(2019 + random.below(8))
        case "nationality", "countryOfTraining": return random.pick(countries)
        case "residence": return random.pick(places)
        case "residenceStatus": return "Aufenthaltserlaubnis"
        case "qualification", "referenzberuf": return random.pick(occupations)
        case "counsellor": return random.pick(counsellors)
        case "authority": return random.below(2) == 0 ? "" : "IHK FOSA"
        case "applicationDate", "decisionDate", "consentDate", "deletionDate", "day":
            if wrong { return random.pick(["31.2.2026", "1.1.1800", "morgen", "2026-13-01"]) }
            let d = randomDay(&random)
            return random.below(2) == 0 ? "\(d.day).\(d.month).\(d.year)" : String(format: "%04d-%02d-%02d", d.year, d.month, d.day)
        case "allocation", "cost", "amount":
            if wrong { return random.pick(["abc", "1,2,3", "--5"]) }
            return random.pick(["1.500.000", "3.600,50", "1500000", "-250", "0", "99"])
        case "planned": return wrong ? "-3" : String(random.below(600))
        case "reference": return "RE-\(random.below(10_000))"
        case _ where random.below(8) == 0: return HostileText.short(&random)
        default:
            var s = ""
            for _ in 0..<random.below(30) { s.append(printable(&random)) }
            if random.below(4) == 0 { s += "\nzweite Zeile" }
            return s
        }
    }

    /// Keys that fill the focused field of a form with a plausible value (after clearing it),
    /// then go on to the next field; now and then the form is submitted.
    static func fillKeys(_ form: FormState, _ random: inout SeededRandom, names: inout NameBook) -> [Key] {
        guard let field = form.focusedField else { return [] }
        var keys: [Key] = []
        switch field.kind {
        case .text, .multiline:
            keys.append(.ctrl("u"))
            if field.kind == .multiline { keys += Array(repeating: .backspace, count: min(40, field.text.text.count)) }
            keys += value(for: form.draftNames[form.focus], &random, names: &names).map { $0 == "\n" ? Key.enter : Key.char($0) }
        case .choice(let options):
            let steps = random.below(max(1, min(options.count, 6)))
            keys += Array(repeating: random.below(3) == 0 ? .left : .right, count: steps)
        case .checkbox:
            if random.below(2) == 0 { keys.append(.char(" ")) }
        case .heading:
            break
        }
        keys.append(.tab)
        if random.below(5) == 0 { keys.append(.ctrl("s")) }
        return keys
    }

    // MARK: others' saves and direct edits

    /// Another person's save: a record changed, added or removed on disk. `near` is a record the
    /// person here works on (an open form, the selected row): colleagues often touch the same one.
    static func othersEdit(_ document: Document, _ random: inout SeededRandom, names: inout NameBook, counter: Int,
                           near: (RecordKind, RecordID)?) -> Document {
        var d = document
        let other = RecordMeta(revision: 50 + counter, modifiedAt: Date(timeIntervalSince1970: 1_790_000_000 + Double(counter)), modifiedBy: "kollegin")
        if let (kind, id) = near, random.below(2) == 0, let record = d.record(kind, id) {
            if random.below(3) == 0 {
                d.apply(.remove(kind, id))
            } else {
                switch record {
                case .partner(var p): p.role += random.below(4) == 0 ? HostileText.any(&random) : " (\(counter))"; p.meta = other; d.partners.put(p)
                case .site(var s): s.note += " (\(counter))"; s.meta = other; d.sites.put(s)
                case .measure(var m): m.name += " (\(counter))"; m.meta = other; d.measures.put(m)
                case .case(var c): c.person.firstName = names.make(&random); c.notes += " (\(counter))"; c.meta = other; d.cases.put(c)
                case .payment(var p): p.reference += " (\(counter))"; p.meta = other; d.payments.put(p)
                }
            }
            return d
        }
        switch random.below(9) {
        case 0, 1:
            if var p = random.element(d.partners.items) {
                p.role += " (geändert \(counter))"
                p.meta = other
                d.partners.put(p)
            }
        case 2:
            if let p = random.element(d.partners.items) { d.partners.remove(p.id) }
        case 3:
            d.partners.put(Partner(id: RecordID("partner.other-\(counter)"), meta: other, name: "Neuer Träger \(counter)",
                                   category: random.pick(PartnerCategory.allCases)))
        case 4, 5:
            if var c = random.element(d.cases.items) {
                c.meta = other
                switch random.below(4) {
                case 0: c.status = random.pick(CaseStatus.allCases)
                case 1: c.person.lastName = names.make(&random)
                case 2: c.notes += " Notiz \(counter)"
                default: c.siteID = random.below(3) == 0 ? RecordID("site.gone") : random.element(d.sites.items)?.id
                }
                d.cases.put(c)
            }
        case 6:
            if let c = random.element(d.cases.items) {
                d.cases.remove(c.id)
            } else {
                d.cases.put(randomCase(counter, &random, names: &names, sites: d.sites.items.map(\.id), measures: d.measures.items))
            }
        case 7:
            if random.below(2) == 0, let m = random.element(d.measures.items) {
                d.measures.remove(m.id)
            } else if let p = random.element(d.payments.items) {
                d.payments.remove(p.id)
            }
        default:
            var c = randomCase(10_000 + counter, &random, names: &names, sites: d.sites.items.map(\.id), measures: d.measures.items)
            c.meta = other
            d.cases.put(c)
        }
        return d
    }

    /// An edit as a form or a command would make it, straight to the document reducer.
    static func documentEdit(_ document: Document, _ random: inout SeededRandom, names: inout NameBook, counter: Int) -> DocumentEdit? {
        switch random.below(8) {
        case 0:
            guard var p = random.element(document.partners.items) else { return nil }
            p.role = random.below(4) == 0 ? HostileText.any(&random) : "Rolle \(counter)"
            return .put(.partner(p))
        case 1:
            guard let p = random.element(document.partners.items) else { return nil }
            return .remove(.partner, p.id)
        case 2:
            return .put(.case(randomCase(20_000 + counter, &random, names: &names, sites: document.sites.items.map(\.id), measures: document.measures.items)))
        case 3:
            guard var c = random.element(document.cases.items) else { return nil }
            c.status = random.pick(CaseStatus.allCases)
            c.timeline.append(TimelineEntry(day: randomDay(&random), kind: .status(from: c.status, to: c.status)))
            return .put(.case(c))
        case 4:
            guard let m = random.element(document.measures.items) else { return nil }
            return .put(.payment(Payment(id: RecordID("payment.edit-\(counter)"), meta: meta, measureID: m.id, providerID: m.providerIDs.first,
                                         day: randomDay(&random), amount: Money(cents: Int64(random.below(900_000))))))
        case 5:
            guard let p = random.element(document.payments.items) else { return nil }
            return .remove(.payment, p.id)
        case 6:
            guard let s = random.element(document.sites.items) else { return nil }
            var site = s
            site.name += "*"
            return .batch([.put(.site(site)), .put(.partner(Partner(id: RecordID("partner.batch-\(counter)"), meta: meta, name: "Batch \(counter)",
                                                                      category: random.pick(PartnerCategory.allCases))))])
        default:
            guard let c = random.element(document.cases.items) else { return nil }
            return .remove(.case, c.id)
        }
    }
}

extension SeededRandom {
    /// One of the items, or nil when there are none.
    mutating func element<T>(_ items: [T]) -> T? {
        items.isEmpty ? nil : items[below(items.count)]
    }
}
