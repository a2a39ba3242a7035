/// Cases: the steps of the workflow's paths, the Bescheid's details and their checks (issue 15, §1–2).
extension CaseText {
    // The steps beyond the usual way.
    public static var statusSkillsAnalysis: Message { Message(de: "Qualifikationsanalyse (§ 14 BQFG)", en: "Skills analysis (§ 14 BQFG)") }
    public static var statusOnHold: Message { Message(de: "Verfahren ruht", en: "Procedure on hold") }
    public static var statusZAB: Message { Message(de: "Zeugnisbewertung (ZAB) erhalten", en: "ZAB statement received") }
    public static var statusExamPreparation: Message {
        Message(de: "Vorbereitung Kenntnis-/Eignungsprüfung", en: "Preparing for the knowledge/aptitude test")
    }
    public static var statusBridgeCourse: Message { Message(de: "Brückenmaßnahme", en: "Bridging course") }
    public static var statusLicensed: Message { Message(de: "Berufsurkunde/Approbation erhalten", en: "Licence received") }
    public static var statusWithdrawn: Message { Message(de: "Antrag zurückgezogen", en: "Application withdrawn") }
    public static var statusFormallyRejected: Message { Message(de: "Antrag formal abgelehnt", en: "Application formally rejected") }

    /// How the status form marks a step that is not one ahead.
    public static func stepBack(_ step: String) -> Message { Message(de: "\(step) (zurück)", en: "\(step) (back)") }
    public static func stepResume(_ step: String) -> Message { Message(de: "\(step) (fortsetzen)", en: "\(step) (resume)") }
    public static func stepReopen(_ step: String) -> Message { Message(de: "\(step) (wieder aufnehmen)", en: "\(step) (reopen)") }

    public static var decisionZAB: Message { Message(de: "Zeugnisbewertung (ZAB)", en: "ZAB statement") }
    public static var compensationAdaptationCourse: Message { Message(de: "Anpassungslehrgang", en: "adaptation course") }
    public static var compensationKnowledgeTest: Message { Message(de: "Kenntnisprüfung", en: "knowledge test") }
    public static var compensationAptitudeTest: Message { Message(de: "Eignungsprüfung", en: "aptitude test") }
    public static var grantApplied: Message { Message(de: "beantragt", en: "applied for") }
    public static var grantGranted: Message { Message(de: "bewilligt", en: "granted") }
    public static var grantRefused: Message { Message(de: "abgelehnt", en: "refused") }

    // The fields (form, open case, export headers).
    public static var caseFirstCounsellingDate: Message { Message(de: "Erstberatung am", en: "First counselling on") }
    public static var caseFileCompleteDate: Message { Message(de: "Unterlagen vollständig", en: "File complete on") }
    public static var caseSkillsAnalysisDate: Message { Message(de: "Qualifikationsanalyse", en: "Skills analysis from") }
    public static var caseCompensation: Message { Message(de: "Ausgleichsmaßnahme", en: "Compensation measure") }
    public static var caseAdaptationMonths: Message { Message(de: "Lehrgangsdauer (Monate)", en: "Course length (months)") }
    public static var caseGrant: Message { Message(de: "Anerkennungszuschuss", en: "Recognition grant") }
    public static var caseGrantAmount: Message { Message(de: "Zuschuss (€)", en: "Grant (€)") }
    public static var caseFees: Message { Message(de: "Gebühren (€)", en: "Fees (€)") }
    public static var caseQualificationStart: Message { Message(de: "Maßnahme begonnen am", en: "Measure started on") }
    public static var caseLicenceDate: Message { Message(de: "Urkunde/Approbation am", en: "Licence received on") }
    public static var caseOnHoldSince: Message { Message(de: "Verfahren ruht seit", en: "On hold since") }
    public static var caseEndDate: Message { Message(de: "Beendet am", en: "Ended on") }
    public static var caseStepHeading: Message { Message(de: "Verfahren und Bescheid", en: "Procedure and decision") }
    public static func monthsValue(_ months: String) -> Message { Message(de: "\(months) Monate", en: "\(months) months") }

    // Statistics.
    public static var statsByDecision: Message { Message(de: "Nach Ergebnis (Bescheid, ZAB)", en: "By result (decision, ZAB)") }
    public static var statsByCompensation: Message { Message(de: "Nach Ausgleichsmaßnahme", en: "By compensation measure") }
    public static var statsByGrant: Message { Message(de: "Nach Anerkennungszuschuss", en: "By recognition grant") }

    // Checks.
    public static var formBadGrantAmount: Message {
        Message(de: "Ein Betrag über 0 und bis 600 € (der Anerkennungszuschuss zahlt höchstens 600 €).",
                en: "An amount above 0 and up to €600 (the recognition grant pays at most €600).")
    }
    public static var formGrantNeedsStatus: Message {
        Message(de: "Zum Betrag gehört der Stand des Zuschusses.", en: "An amount needs the grant's status.")
    }
    public static var formBadFees: Message {
        Message(de: "Ein Betrag ab 0 € (z. B. 200 oder 187,50).", en: "An amount from €0 (e.g. 200 or 187.50).")
    }
    public static var formBadMonths: Message {
        Message(de: "1 bis 36 Monate (ein Anpassungslehrgang dauert höchstens drei Jahre).",
                en: "1 to 36 months (an adaptation course lasts three years at most).")
    }
    public static var formMonthsNeedCourse: Message {
        Message(de: "Monate gibt es nur beim Anpassungslehrgang.", en: "Months belong to an adaptation course only.")
    }
    public static var formCompensationWithFull: Message {
        Message(de: "Bei voller Gleichwertigkeit gibt es keine Ausgleichsmaßnahme.",
                en: "Full equivalence sets no compensation measure.")
    }
    public static var formFileCompleteAfterDecision: Message {
        Message(de: "Die Unterlagen können nicht nach dem Bescheid vollständig sein.", en: "The file cannot be complete after the decision.")
    }
    public static var formFileCompleteBeforeApplication: Message {
        Message(de: "Die Unterlagen sind frühestens mit dem Antrag vollständig.", en: "The file cannot be complete before the application.")
    }
    public static var formLicenceBeforeDecision: Message {
        Message(de: "Die Berufsurkunde kommt nicht vor dem Bescheid.", en: "The licence cannot precede the decision.")
    }
    public static var formResultNeeded: Message {
        Message(de: "Welches Ergebnis hat der Bescheid?", en: "What is the decision's result?")
    }
}

extension CaseText {
    /// An import problem of one column: "Zuschuss (€): Ein Betrag über 0 …".
    public static func importProgressProblem(_ column: String, _ de: String, _ en: String) -> Message {
        Message(de: "\(column): \(de)", en: "\(column): \(en)")
    }
}
