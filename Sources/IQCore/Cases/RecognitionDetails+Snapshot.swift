/// How the Bescheid's details and the procedure's dates are written into the snapshot: a
/// dictionary "recognition" in the case, left out when empty; every key optional (absent = none),
/// so files without it load as they are (docs/SNAPSHOT-SCHEMA.md, "Case").
extension RecognitionDetails {
    func writeFields<W: FieldWriter>(into w: inout W) {
        w.day(.fileCompleteDate, fileCompleteDate)
        w.day(.skillsAnalysisDate, skillsAnalysisDate)
        w.choice(.compensation, compensation)
        w.int(.adaptationMonths, adaptationMonths.map(Int64.init))
        w.choice(.grant, grant)
        w.int(.grantAmountCents, grantAmount?.cents)
        w.int(.feesCents, fees?.cents)
        w.day(.qualificationStart, qualificationStart)
        w.day(.licenceDate, licenceDate)
        w.day(.onHoldSince, onHoldSince)
        w.day(.endDate, endDate)
    }

    init<F: FieldReader>(fields r: F) throws(PlistReader.SchemaError) {
        self.init()
        fileCompleteDate = try r.day(.fileCompleteDate)
        skillsAnalysisDate = try r.day(.skillsAnalysisDate)
        compensation = try r.optionalEnum(.compensation, CompensationMeasure.self)
        adaptationMonths = try r.optionalInt(.adaptationMonths).map { Int($0) }
        grant = try r.optionalEnum(.grant, GrantStatus.self)
        grantAmount = try r.optionalInt(.grantAmountCents).map(Money.init(cents:))
        fees = try r.optionalInt(.feesCents).map(Money.init(cents:))
        qualificationStart = try r.day(.qualificationStart)
        licenceDate = try r.day(.licenceDate)
        onHoldSince = try r.day(.onHoldSince)
        endDate = try r.day(.endDate)
    }
}
