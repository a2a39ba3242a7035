/// Cases: statuses, columns, fields, choices, timeline, eligibility, purging.
public enum CaseText {
    public static var statusFirstCounselling: Message { Message(de: "Erstberatung", en: "First counselling") }
    public static var statusPreparing: Message { Message(de: "Antrag in Vorbereitung", en: "Preparing application") }
    public static var statusApplied: Message { Message(de: "Antrag gestellt", en: "Applied") }
    public static var statusDecision: Message { Message(de: "Bescheid erhalten", en: "Decision received") }
    public static var statusQualification: Message {
        Message(de: "Ausgleichsmaßnahme/Qualifizierung",
                en: "Compensation/qualification")
    }
    public static var statusClosed: Message { Message(de: "Abgeschlossen", en: "Closed") }
    public static var statusCancelled: Message { Message(de: "Abgebrochen", en: "Cancelled") }
    public static var colCaseNumber: Message { Message(de: "Fallnummer", en: "Case number") }
    public static var colInitials: Message { Message(de: "Kürzel", en: "Init.") }
    public static var colReferenzberuf: Message { Message(de: "Referenzberuf", en: "Referenzberuf") }
    public static var colStatus: Message { Message(de: "Status", en: "Status") }
    public static var colSite: Message { Message(de: "Standort", en: "Site") }
    public static var colNextAppointment: Message { Message(de: "Nächster Termin", en: "Next appointment") }
    public static var colCounsellor: Message { Message(de: "Berater/in", en: "Counsellor") }
    public static var caseFirstName: Message { Message(de: "Vorname", en: "First name") }
    public static var caseLastName: Message { Message(de: "Nachname", en: "Last name") }
    public static var caseBirthYear: Message { Message(de: "Geburtsjahr", en: "Year of birth") }
    public static var caseSex: Message { Message(de: "Geschlecht", en: "Sex") }
    public static var casePhone: Message { Message(de: "Telefon", en: "Phone") }
    public static var caseEmail: Message { Message(de: "E-Mail", en: "E-mail") }
    public static var caseIdentity: Message {
        Message(de: "Person (nur hier sichtbar)",
                en: "Person (visible only here)")
    }
    public static var caseCounselling: Message { Message(de: "Beratung (pseudonym)", en: "Counselling (pseudonymous)") }
    public static var caseNationality: Message { Message(de: "Staatsangehörigkeit", en: "Nationality") }
    public static var caseCountryOfTraining: Message { Message(de: "Ausbildungsstaat", en: "Country of training") }
    public static var caseYearOfEntry: Message { Message(de: "Einreisejahr", en: "Year of entry") }
    public static var caseResidence: Message { Message(de: "Wohnort", en: "Place of residence") }
    public static var caseResidenceStatus: Message { Message(de: "Aufenthaltsstatus", en: "Residence status") }
    public static var caseBenefits: Message { Message(de: "Leistungsbezug", en: "Benefits") }
    public static var caseGermanLevel: Message { Message(de: "Deutschkenntnisse (GER)", en: "German level (CEFR)") }
    public static var caseQualification: Message { Message(de: "Ausländischer Abschluss", en: "Foreign qualification") }
    public static var caseRegulated: Message { Message(de: "Reglementierter Beruf", en: "Regulated profession") }
    public static var caseAuthority: Message { Message(de: "Zuständige Stelle", en: "Competent authority") }
    public static var caseCameVia: Message { Message(de: "Zugang über", en: "Came via") }
    public static var caseApplicationDate: Message { Message(de: "Antrag gestellt am", en: "Application date") }
    public static var caseDecision: Message { Message(de: "Bescheid", en: "Decision") }
    public static var caseDecisionDate: Message { Message(de: "Bescheid vom", en: "Decision date") }
    public static var caseMeasure: Message { Message(de: "Qualifizierungsmaßnahme", en: "Qualification measure") }
    public static var caseConsentDate: Message { Message(de: "Einwilligung (ESF) am", en: "Consent (ESF) on") }
    public static var caseDeletionDate: Message { Message(de: "Löschen am", en: "Delete on") }
    public static var caseNotes: Message { Message(de: "Notizen", en: "Notes") }
    public static var caseTimeline: Message { Message(de: "Verlauf", en: "Timeline") }
    public static var sexFemale: Message { Message(de: "weiblich", en: "female") }
    public static var sexMale: Message { Message(de: "männlich", en: "male") }
    public static var sexDiverse: Message { Message(de: "divers", en: "diverse") }
    public static var benefitsSGBII: Message { Message(de: "SGB II", en: "SGB II") }
    public static var benefitsSGBIII: Message { Message(de: "SGB III", en: "SGB III") }
    public static var benefitsAsylbLG: Message { Message(de: "AsylbLG", en: "AsylbLG") }
    public static var benefitsNone: Message { Message(de: "keine", en: "none") }
    public static var cameSelf: Message { Message(de: "selbst", en: "self") }
    public static var cameSocial: Message { Message(de: "soziales Umfeld", en: "social environment") }
    public static var cameJobcenter: Message { Message(de: "Jobcenter", en: "Jobcenter") }
    public static var cameAgency: Message { Message(de: "Agentur für Arbeit", en: "employment agency") }
    public static var cameInternet: Message { Message(de: "Internet", en: "internet") }
    public static var cameMSO: Message { Message(de: "Migrantenorganisation", en: "migrant organisation") }
    public static var cameOther: Message { Message(de: "Sonstiges", en: "Other") }
    public static var decisionFull: Message { Message(de: "volle Gleichwertigkeit", en: "full equivalence") }
    public static var decisionPartial: Message { Message(de: "teilweise Gleichwertigkeit", en: "partial equivalence") }
    public static var decisionNone: Message { Message(de: "keine Gleichwertigkeit", en: "no equivalence") }
    public static var channelInPerson: Message { Message(de: "persönlich", en: "in person") }
    public static var channelPhone: Message { Message(de: "Telefon", en: "phone") }
    public static var channelEmail: Message { Message(de: "E-Mail", en: "e-mail") }
    public static var channelVideo: Message { Message(de: "Video", en: "video") }
    public static var formNewCase: Message { Message(de: "Neuer Fall", en: "New case") }
    public static func formEditCase(_ number: String) -> Message {
        Message(de: "Fall \(number) bearbeiten",
                en: "Edit case \(number)")
    }
    public static var formBadYear: Message {
        Message(de: "Bitte ein Jahr wie 1985 eingeben.",
                en: "Please enter a year such as 1985.")
    }
    public static var formBadDay: Message {
        Message(de: "Kein gültiges Datum (z. B. 3.4.2026, 03.04.26 oder 2026-04-03).",
                en: "Not a valid date (e.g. 3.4.2026, 03.04.26 or 2026-04-03).")
    }
    public static var formDecisionBeforeApplication: Message {
        Message(de: "Der Bescheid kann nicht vor dem Antrag liegen.",
                en: "The decision cannot precede the application.")
    }
    public static var formDecisionNeedsDate: Message {
        Message(de: "Zum Bescheid gehört sein Datum.",
                en: "A decision needs its date.")
    }
    public static func labelCaseSaved(_ number: String) -> Message {
        Message(de: "Fall \(number) gespeichert",
                en: "Case \(number) saved")
    }
    public static func formStatusTitle(_ number: String) -> Message {
        Message(de: "Status von \(number) ändern",
                en: "Change the status of \(number)")
    }
    public static var formNewStatus: Message { Message(de: "Neuer Status", en: "New status") }
    public static var formDay: Message { Message(de: "Datum", en: "Date") }
    public static var formNote: Message { Message(de: "Notiz", en: "Note") }
    public static var formChannel: Message { Message(de: "Kanal", en: "Channel") }
    public static func formAppointmentTitle(_ number: String) -> Message {
        Message(de: "Termin für \(number)",
                en: "Appointment for \(number)")
    }
    public static func formReferralTitle(_ number: String) -> Message {
        Message(de: "Verweis für \(number)",
                en: "Referral for \(number)")
    }
    public static var formPartner: Message { Message(de: "Partner", en: "Partner") }
    public static var formReferenceHint: Message {
        Message(de: "tippen sucht, ←/→ blättert",
                en: "typing searches, ←/→ steps")
    }
    public static func timelineStatus(_ from: String, _ to: String) -> Message {
        Message(de: "\(from) → \(to)",
                en: "\(from) → \(to)")
    }
    public static func timelineAppointment(_ channel: String) -> Message {
        Message(de: "Termin (\(channel))",
                en: "Appointment (\(channel))")
    }
    public static func timelineReferral(_ name: String) -> Message {
        Message(de: "Verweis an \(name)",
                en: "Referred to \(name)")
    }
    public static var eligibilityTitle: Message { Message(de: "IQ-Förderkriterien", en: "IQ eligibility") }
    public static var eligibilitySubordinate: Message {
        Message(de: "Nachrangig gegenüber der Regelförderung: erst Regelinstrumente prüfen.",
                en: "Subordinate to standard funding: check standard instruments first.")
    }
    public static var eligibilityStatusIrrelevant: Message {
        Message(de: "Aufenthalts- und Beschäftigungsstatus spielen keine Rolle.",
                en: "Residence and employment status do not matter.")
    }
    public static var eligibilityNoDeuFoeV: Message {
        Message(de: "Nicht über IQ förderbar: berufsbezogene Sprachkurse, die per DeuFöV förderbar sind.",
                en: "Not fundable by IQ: job-related language courses fundable under DeuFöV.")
    }
    public static var eligibilityNoMeansTest: Message {
        Message(de: "Die Prüfung der Eigenleistungsfähigkeit entfällt als Voraussetzung.",
                en: "No check of the person's own financial means is required.")
    }
    public static var eligibilityLivingCosts: Message {
        Message(de: "Kombination mit Regelförderung zum Lebensunterhalt möglich.",
                en: "Combination with standard support for living costs is possible.")
    }
    public static var eligibilityNoAZAV: Message {
        Message(de: "Ein AZAV-Zertifikat der Maßnahme wird nicht vorausgesetzt.",
                en: "No AZAV certificate of the measure is required.")
    }
    public static var valueYes: Message { Message(de: "ja", en: "yes") }
    public static var valueNo: Message { Message(de: "nein", en: "no") }
    public static func statusNotAllowed(_ status: String, _ value2: String) -> Message {
        Message(de: "Von „\(status)“ geht es nicht nach „\(value2)“.",
                en: "“\(status)” cannot move to “\(value2)”.")
    }
    public static func statusPurged(_ number: String) -> Message {
        Message(de: "Fall \(number) endgültig gelöscht – aus der Datei, allen Sicherungen und Journalen.",
                en: "Case \(number) deleted for good — from the file, every backup and journal.")
    }
    public static var confirmPurgeTitle: Message { Message(de: "Endgültig löschen?", en: "Delete for good?") }
    public static func confirmPurgeBody(_ number: String) -> Message {
        Message(de: "Fall \(number) mit allen Angaben zur Person endgültig löschen? Das lässt sich nicht rückgängig machen.",
                en: "Delete case \(number) with all personal data for good? This cannot be undone.")
    }
    public static var dueCaption: Message { Message(de: "zur Löschung fällig", en: "due for deletion") }
    public static var caseProvider: Message { Message(de: "Träger", en: "Provider (Träger)") }
    public static func formProviderNotOfMeasure(_ provider: String, _ name: String, _ value3: String) -> Message {
        Message(de: "\(provider) führt „\(name)“ nicht durch – Träger dieser Maßnahme: \(value3).",
                en: "\(provider) does not run “\(name)” – the measure's providers (Träger): \(value3).")
    }
    public static var formProviderNeedsMeasure: Message {
        Message(de: "Ein Träger gehört zu einer Maßnahme – bitte auch die Maßnahme angeben.",
                en: "A provider (Träger) belongs to a measure – please give the measure too.")
    }

    // The groups of the open case.
    public static var sectionPerson: Message { Message(de: "Person", en: "Person") }
    public static var sectionRecognition: Message { Message(de: "Beruf und Anerkennung", en: "Occupation and recognition") }
    public static var sectionCounselling: Message { Message(de: "Beratung", en: "Counselling") }
    public static var sectionQualification: Message { Message(de: "Qualifizierung", en: "Qualification") }
    public static var sectionDataProtection: Message { Message(de: "Datenschutz", en: "Data protection") }
}
