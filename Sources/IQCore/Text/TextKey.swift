/// Every user-facing text. Each language file answers every key (the compiler checks it).
public enum TextKey: String, CaseIterable, Sendable {
    // Panes and lists
    case paneTitlePartners, paneTitleLocations, paneTitleCases, paneTitleBudgets
    case colName, colShortName, colCategory, colCity, colOperator, colServices
    case colYear, colField, colAllocation, colParticipants, colCostPerParticipant
    case detailLevel, detailFields, detailCities, detailRole, detailWebsite, detailEmail, detailPhone
    case detailAddress, detailRelations, detailCoordinates, detailMobileSite, detailNote, detailProviders
    case detailModified
    case valueUnknown, valueApproximately, valueNone, valueMobile
    case emptyList, noMatches, casesPlaceholder, casesPlaceholderDetail
    case filterPrompt, countEntries, countFiltered

    // Status bar and dialogs
    case hintNavigation, hintDetail, hintTextEntry, hintHelp, hintConfirm
    case statusUndone, statusNothingToUndo, statusRedone, statusNothingToRedo, unsavedMarker
    case confirmQuitTitle, confirmQuitBody, confirmQuitKeys
    case tooSmallTitle, tooSmallBody

    // Help overlay
    case helpTitle, helpSectionGlobal, helpSectionList, helpSectionDetail, helpSectionFilter, helpSectionMouse
    case helpSectionConfirm, helpFooter
    case keyNextPane, keyPreviousPane, keyJumpPane, keyMove, keyPage, keyHomeEnd, keyOpen, keyBack
    case keyHelp, keyQuit, keyRedraw, keyZoom, keyFilter, keyUndo, keyRedo
    case keyFilterAccept, keyFilterCancel, keyFilterCursor, keyFilterDelete, keyMouseClick, keyMouseWheel
    case keyConfirmYes, keyConfirmNo, keyDetailMove

    // Domain vocabulary
    case categoryNetwork, categoryFunder, categoryEmploymentAgency, categoryFederalInstitute
    case categoryCompetentAuthority, categoryChamber, categoryWelfare, categoryMunicipal
    case categorySocialPartner, categoryHealth, categoryMigrantOrganisation, categoryProject
    case categoryProvider, categorySpecialistUnit
    case levelFederal, levelState, levelRegion, levelMunicipal
    case fieldCounselling, fieldQualification, fieldIntercultural, fieldRegionalNetworks, fieldFairIntegration
    case serviceRecognitionCounselling, serviceFairIntegration, serviceHealthQualification
    case serviceAdaptationQualification, serviceInterculturalTraining
    case relationFunds, relationCooperatesWith, relationRefersTo, relationPartOf

    // Data file, saving, recovery, conflicts
    case storeErrorMissing, storeErrorUnreadable, storeErrorEmpty, storeErrorNotPlist, storeErrorTruncated, storeErrorSchema, storeErrorNewer, storeErrorWrite, storeErrorReadOnly, statusOpenedReadOnly, statusCreated, statusRecovered, labelRecovery, statusTakenFromOthers, labelConflict, statusConflictsResolved, statusReadOnlyNoSave, statusResolveFirst, statusSavedMerged, statusSaved, statusSaveFailed, statusSavingBeforeQuit, statusLoading, savingMarker, readOnlyMarker, conflictMarker, recoveryTitle, recoveryBody, recoveryKeys, damagedTitle, damagedBackup, damagedNoBackup, damagedKeys, damagedKeysNoBackup, conflictTitle, conflictChangedBoth, conflictDeletedByThem, conflictDeletedByMe, conflictAddedBoth, conflictMine, conflictTheirs, conflictDeleted, conflictPersonalHidden, statusDeletedMeanwhile, conflictKeys, keySave, keyConflictMine, keyConflictTheirs, keyConflictBoth, keyRecoveryYes, keyRecoveryNo, keyRestoreBackup, helpSectionRecovery, helpSectionConflict, helpSectionDamaged

    // Command line
    case cliUsage, cliUnknownOption, cliMissingValue, cliBadLanguage, cliUnexpectedArgument
    case cliNotATerminal, cliTermUnset, cliTermUnknown, cliTerminalFailed, cliBadFormat, cliBadAutosave, checkOK, cliBadExportFormat, cliUnknownCommand

    // Partner directory
    case relationFundedBy, relationReferredFrom, relationHasPart, hintPartnerDetail, keyFollowRelation, keyWalkBack, keyRelationMove, keySort, keyTree, keyFacetFilter, sortedBy, filteredBy, detailPath, helpSectionPartners, keyToggleGroup

    // Partner export and import
    case csvColID, csvColName, csvColShortName, csvColCategory, csvColLevel, csvColFields, csvColCities, csvColRole
    case csvColWebsite, csvColEmail, csvColPhone, csvColAddress
    case importUnterminatedQuote, importNoHeader, importNoNameColumn, importUnknownColumn, importDuplicateColumn, importExtraFields
    case importNameMissing, importBadEmail, importBadWebsite, importBadPhone, importUnknownCategory, importUnknownLevel
    case importUnknownField, importDefaultCategory, importDuplicateName, importDuplicateExisting, importDuplicateID, importUnknownID
    case importProblemError, importProblemWarning, importNothingImported, importFileFailed, importSkippedRows, importSummary
    case importWarningsMany, importUnchanged, importFileMissing, importFileUnreadable, importNotUTF8
    case importReadOnly, exportFromSeed

    // Forms
    case formChooseCategory, formEditPartner, formNewPartner, formRequired, formChooseCategoryError, formBadEmail, formBadWebsite, formBadPhone, formDuplicateName, formAll, formFilterTitle, formHasErrors, labelPartnerSaved, labelPartnerDeleted, statusDeletedUndo, confirmDeleteTitle, confirmDeleteBody, confirmDeleteKeys, formKeys, formFilterKeys, formDiscardTitle, formDiscardBody, formDiscardKeys, keyNewPartner, keyEditPartner, keyDeletePartner, helpSectionForm, keyFormNext, keyFormSubmit, keyFormCancel, keyFormChoice, keyFormToggle, keyFormNewline, hintForm, formRequiredMark

    // Locations pane
    case placeUnknown, colDistance, keyPlace, keyClearPlace, keyServiceFilter, keyOpenOperator, keySiteDetail, placePrompt, hintPlaceEntry, distanceFrom, helpSectionLocations, helpSectionPlace, keyPlaceChoose, keyPlaceAccept, mapTooSmall, keyMapClick

    // Geodata, nearest sites, location export
    case csvColLatitude, csvColLongitude, nearestHeader, nearestServiceOnly, placeKreisfreieStadt, placeInKreis
    case nearestMobile, nearestNone, geoAttribution, cliBadService, cliBadLocationFormat
    case colRegion, placeTypeHint
    case recoveryAdded, recoveryChanged, recoveryRemoved

    // Cases
    case statusFirstCounselling, statusPreparing, statusApplied, statusDecision, statusQualification, statusClosed, statusCancelled, colCaseNumber, colInitials, colReferenzberuf, colStatus, colSite, colNextAppointment, colCounsellor, caseFirstName, caseLastName, caseBirthYear, caseSex, casePhone, caseEmail, caseIdentity, caseCounselling, caseNationality, caseCountryOfTraining, caseYearOfEntry, caseResidence, caseResidenceStatus, caseBenefits, caseGermanLevel, caseQualification, caseRegulated, caseAuthority, caseCameVia, caseApplicationDate, caseDecision, caseDecisionDate, caseMeasure, caseConsentDate, caseDeletionDate, caseNotes, caseTimeline, sexFemale, sexMale, sexDiverse, benefitsSGBII, benefitsSGBIII, benefitsAsylbLG, benefitsNone, cameSelf, cameSocial, cameJobcenter, cameAgency, cameInternet, cameMSO, cameOther, decisionFull, decisionPartial, decisionNone, channelInPerson, channelPhone, channelEmail, channelVideo, formNewCase, formEditCase, formBadYear, formBadDay, formDecisionBeforeApplication, formDecisionNeedsDate, labelCaseSaved, keyNewCase, keyEditCase, keyStatusStep, keyAppointment, keyReferral, keyCaseFilter, keyCaseSort, helpSectionCases, formStatusTitle, formNewStatus, formDay, formNote, formChannel, formAppointmentTitle, formReferralTitle, formPartner, formReferenceHint, timelineStatus, timelineAppointment, timelineReferral, noCases, eligibilityTitle, eligibilitySubordinate, eligibilityStatusIrrelevant, eligibilityNoDeuFoeV, eligibilityLivingCosts, eligibilityNoAZAV, valueYes, valueNo, statusNotAllowed

    // Reference occupations and competent authorities (Cases/AuthorityRouting.swift)
    case occupationGroupApprobation, occupationGroupHealth, occupationGroupTeacher, occupationGroupFachschule
    case occupationGroupEngineer, occupationGroupIHK, occupationGroupHandwerk, occupationGroupAcademic
    case occupationGroupNotCovered, occupationNoteHandwerk, occupationNoteArchitect, occupationNoteSocialWork
    case occupationNoteVeterinarian, authorityReasonApprobation, authorityReasonHealth, authorityReasonTeacherEU
    case authorityReasonTeacherThird, authorityReasonFachschule, authorityReasonEngineer, authorityReasonIHK
    case authorityReasonHandwerkCity, authorityReasonHandwerkKreis, authorityReasonZAB, authorityNeedsCountry
    case authorityNeedsResidence, authorityCountryNotInTable, authorityTrainingInGermany, authorityUnknownCountry
    case authorityNoChamber, authorityNotInTable, authorityOccupationLine, authorityGroupLine, authorityRegulatedYes
    case authorityRegulatedNo, authorityNoteLine, authorityCountryLine, authorityPlaceLine, authorityResultLine
    case authorityReasonLine, authorityAlsoRelevant, authorityPartnerLine, authorityHintCountry, authorityHintPlace
    case authorityUnknownOccupation, authorityAmbiguousOccupation
    case authoritySuggestion, literal
    case statusPurged, confirmPurgeTitle, confirmPurgeBody, keyDueView, keyPurge, dueCaption
    case colCommitted, colEnrolled
    // Case export and import (Cases/CaseExchange*.swift)
    case cliBadCaseFormat, caseReportTitle, caseReportIntro, caseReportPerson, caseReportCounselling, caseReportRecord
    case caseReportID, caseReportModified, caseReportModifiedValue, caseReportRevision, caseReportNoTimeline, caseReportGone
    case caseExportUnknownNumber, caseExportNoDataFile, caseExportPersonalWarning
    case importCaseNoHeader, importCaseNoNumberColumn, importCaseBadNumber, importCaseDuplicateNumber, importCaseUnknownValue
    case importCaseNotFound, importCaseAmbiguous, importCaseBadDay, importCaseBadYear, importCaseEntryBeforeBirth
    case importCaseMissing, importCasesSummary, importCasesProgress
    case keyScrollDetail
    case keyFormSearchBack
    case cliMissingArgument
    case caseProvider, formProviderNotOfMeasure, formProviderNeedsMeasure
    case budgetViewMeasures, budgetViewPayments, budgetViewProviders, budgetViewStatistics, formApproximate, formEditMeasure, formNewMeasure, formBadMeasureYear, formBadAmount, formBadCount, formChooseMeasure, formChooseMeasureError, formEditPayment, formNewPayment, colAmount, colReference, colSpent, colDate, colMeasures, budgetNothingToEdit, budgetMeasureInUse, labelBudgetDeleted, labelBudgetSaved, budgetYearLabel, budgetAllYears, budgetViewLabel, budgetSelectorHint, budgetPlaces, budgetForecast, budgetRate, forecastMoney, forecastPlaces, forecastUnknown, forecastNotStarted, forecastNoEnrolments, forecastExhausted, forecastRunsOut, forecastLastsTheYear, forecastYearEnded, budgetPayments, budgetNoPayments, budgetPartialSum, keyBudgetView, keyBudgetYear, keyNewBudget, keyEditBudget, keyDeleteBudget, keyBookPayment, keyOpenProvider, keyStatisticsScroll, helpSectionBudgets, confirmRemoveTitle, confirmRemoveBody, budgetEmptyView
    // Statistics (Statistics/*.swift)
    case statsTitle, statsAllYears, statsMeasures, statsNoMeasures, statsColMeasure, statsColSpent, statsMoneyNote, statsCases, statsSuppressionNote, statsNoCases, statsMonthBasis, statsTotal, statsReference, statsSource, statsColAllocationEuros, statsColApproximate, statsColCommittedEuros, statsColSpentEuros, statsColBreakdown, statsColCategory, statsColCount, statsCasesTotal, statsColSection, statsColFigure, statsColValue, statsColUnit, statsColQualifier, statsColStatement, statsColSource, statsUnitCount, statsUnitMillions, statsUnitFactor, statsQualifierExact, statsJSONMoney, statsByStatus, statsByCountry, statsByOccupation, statsBySite, statsByMonth, statsNotRecorded, statsSiteRemoved, cliBadStatsFormat, cliBadYear, statsNoDataFile, refMillions, refDoubling, refNotGiven, refAlmost, refSectionRecognition, refApplicationsSince2012, refNewApplications2017, refDecided2017, refNoEquivalence2017, refMostApplications, refMostApplicationsOccupations, refNewFromSyria, refSyriaIncrease, refNewFromBosnia, refNewFromSerbia, refSectionIQNRW, refCounselledPerYear, refQualified, refSectionHealth, refHealthNursing, refHealthDoctors, refHealthPhysiotherapy, refHealthOccupationalTherapy, refHealthMidwives, refHealthMTRA, refSectionHandwerk, refHandwerkPerYear, refSectionNursing, refNursingGap2030, refCareRecipients, refCareWorkers, refCareRecipients2050, refSourceBIBB, refSourceIQNRW, refSourceIQHealth, refSourceIQAdaptation, refSourceBertelsmann, refSourceCareEmployers
    case budgetMeasureMany
    case colMeasure
    case workshopOnlyNetwork, workshopNoEdits, workshopNothingSaved, workshopNotice, workshopMarker, keyJumpPaneWorkshop, keyQuitWorkshop, cliNotWithWorkshop
    case cliBadTheme, themeExpectedAssignment, themeUnknownRole, themeMissingColor, themeUnknownColor, themeExpectedBackground, themeUnknownAttribute, themeFileUnreadable, themeFileBadLine
    case keyPalette, helpSectionPalette, paletteTitle, palettePlaceholder, paletteFooter, paletteNoMatch, paletteGoToPane, keyPaletteChoose, keyPaletteRun, keyPaletteClose, hintPalette
    case cliConflictingOptions, configBadLine, configUnreadable, configExpectedAssignment, configUnknownKey, configBadValue, configExpectTheme, configExpectSeconds, configExpectText, configExpectPath
    case statsOtherFreeText
    case statusJournalFailed, statusDraftRestored, recoveryDraftTitle, recoveryDraftBody, recoveryDraftFields, journalMarker
    case importControlCharactersRemoved, importMoreOfKind, storeErrorSymlink
    case statusPurging, statusPurgeIncomplete
    case importFieldTooLong, formFieldLimit
    case keyLabelMouseClick, keyLabelMouseWheel, keyLabelChoose
}
