/// The reference figures from the 2018 IQ NRW presentation and their sources.
public enum ReferenceText {
    public static func refMillions(_ value1: String) -> Message {
        Message(de: "\(value1) Mio.",
                en: "\(value1) million")
    }
    public static var refDoubling: Message { Message(de: "Verdopplung", en: "doubling") }
    public static var refNotGiven: Message {
        Message(de: "in der Quelle nicht angegeben",
                en: "not given in the source")
    }
    public static var refAlmost: Message { Message(de: "fast", en: "almost") }
    public static var refSectionRecognition: Message {
        // Federal figures (the slides' source: BIBB and Statistisches Bundesamt), not NRW's.
        Message(de: "Statistik der beruflichen Anerkennung (bundesweit)",
                en: "Statistics of professional recognition (Germany-wide)")
    }
    public static var refApplicationsSince2012: Message {
        Message(de: "Anträge seit April 2012",
                en: "Applications since April 2012")
    }
    public static var refNewApplications2017: Message { Message(de: "Neuanträge 2017", en: "New applications 2017") }
    public static var refDecided2017: Message {
        Message(de: "Verfahren beschieden 2017",
                en: "Procedures decided 2017")
    }
    public static var refNoEquivalence2017: Message {
        Message(de: "Verfahren ohne volle oder teilweise Gleichwertigkeit 2017",
                en: "Procedures without full or partial equivalence 2017")
    }
    public static var refMostApplications: Message {
        Message(de: "Meiste Anträge (Referenzberufe)",
                en: "Most applications (reference occupations)")
    }
    public static var refMostApplicationsOccupations: Message {
        Message(de: "Gesundheits- und Krankenpflege sowie Arzt/Ärztin",
                en: "Gesundheits- und Krankenpflege and Arzt/Ärztin")
    }
    public static var refNewFromSyria: Message {
        Message(de: "Neuanträge 2017 aus Syrien",
                en: "New applications 2017 from Syria")
    }
    public static var refSyriaIncrease: Message {
        Message(de: "Steigerung Syrien gegenüber Vorjahr",
                en: "Increase for Syria over the year before")
    }
    public static var refNewFromBosnia: Message {
        Message(de: "Neuanträge 2017 aus Bosnien und Herzegowina",
                en: "New applications 2017 from Bosnia and Herzegovina")
    }
    public static var refNewFromSerbia: Message {
        Message(de: "Neuanträge 2017 aus Serbien (unter den häufigsten)",
                en: "New applications 2017 from Serbia (among the most frequent)")
    }
    public static var refSectionIQNRW: Message {
        Message(de: "Daten & Fakten aus IQ NRW 2012–2017",
                en: "Facts and figures of IQ NRW 2012–2017")
    }
    public static var refCounselledPerYear: Message {
        Message(de: "Personen pro Jahr in NRW von IQ beraten (persönliche Anerkennungserstberatung)",
                en: "People counselled by IQ in NRW per year (personal first recognition counselling)")
    }
    public static var refQualified: Message {
        Message(de: "Personen, die an Qualifizierungsmaßnahmen in NRW teilgenommen haben",
                en: "People who took part in qualification measures in NRW")
    }
    public static var refSectionHealth: Message {
        Message(de: "Gesundheitsberufe: Anträge auf Anerkennung in NRW, Statistik 2017",
                en: "Health professions: applications for recognition in NRW, statistics 2017")
    }
    public static var refHealthNursing: Message { Message(de: "Pflege", en: "Nursing (Pflege)") }
    public static var refHealthDoctors: Message { Message(de: "Ärztinnen und Ärzte", en: "Doctors") }
    public static var refHealthPhysiotherapy: Message { Message(de: "Physiotherapie", en: "Physiotherapy") }
    public static var refHealthOccupationalTherapy: Message { Message(de: "Ergotherapie", en: "Occupational therapy") }
    public static var refHealthMidwives: Message { Message(de: "Hebammen", en: "Midwives") }
    public static var refHealthMTRA: Message { Message(de: "MTRA", en: "MTRA (radiology assistants)") }
    public static var refSectionHandwerk: Message { Message(de: "Handwerk", en: "Handwerk (crafts)") }
    public static var refHandwerkPerYear: Message {
        Message(de: "Anerkennungsanträge pro Jahr in NRW im Handwerk",
                en: "Recognition applications per year in NRW in the Handwerk")
    }
    public static var refSectionNursing: Message {
        Message(de: "Fachkräftebedarf in der Pflege",
                en: "Shortage of nursing staff")
    }
    public static var refNursingGap2030: Message {
        Message(de: "Fehlende Vollzeitkräfte in der Pflege bis 2030",
                en: "Full-time nursing staff lacking by 2030")
    }
    public static var refCareRecipients: Message {
        Message(de: "Pflegebedürftige Menschen in Deutschland (aktuell)",
                en: "People in need of care in Germany (at the time)")
    }
    public static var refCareWorkers: Message {
        Message(de: "Pflegekräfte in Deutschland (aktuell)",
                en: "Nursing staff in Germany (at the time)")
    }
    public static var refCareRecipients2050: Message {
        Message(de: "Pflegebedürftige bis 2050",
                en: "People in need of care by 2050")
    }
    public static var refSourceBIBB: Message {
        Message(de: "BiBB und Statistisches Bundesamt",
                en: "BiBB and Statistisches Bundesamt")
    }
    public static var refSourceIQNRW: Message {
        Message(de: "IQ NRW, Daten & Fakten 2012–2017",
                en: "IQ NRW, facts and figures 2012–2017")
    }
    public static var refSourceIQHealth: Message {
        Message(de: "IQ NRW, Qualifizierungen Gesundheitsberufe (Statistik 2017)",
                en: "IQ NRW, Qualifizierungen Gesundheitsberufe (statistics 2017)")
    }
    public static var refSourceIQAdaptation: Message {
        Message(de: "IQ NRW, Anpassungs- und Nachqualifizierung, Brückenmaßnahmen",
                en: "IQ NRW, Anpassungs- und Nachqualifizierung, Brückenmaßnahmen")
    }
    public static var refSourceBertelsmann: Message {
        Message(de: "Bertelsmann Stiftung, Pflegereport (2012)",
                en: "Bertelsmann Stiftung, Pflegereport (2012)")
    }
    public static var refSourceCareEmployers: Message {
        Message(de: "Arbeitgeberverband Pflege",
                en: "Arbeitgeberverband Pflege")
    }
}
