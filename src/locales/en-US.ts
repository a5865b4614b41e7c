import type { Messages } from './zh-CN';

/** English, beside the Chinese. Sheet text stays Chinese unless a plan asks otherwise. */
export const enUS: Messages = {
  sheet: {
    serial: 'No.',
    total: 'Total',
    control: 'Assigned target',
    difference: 'Difference',
    sourcePrefix: 'Source: ',
    footer: 'Page &P of &N',
    validationTitle: 'Target breakdown',
    validationFigure: 'Enter a number of at least 0, or “—” where it does not apply.',
    validationCount: 'Enter a whole number of at least 0, or “—” where it does not apply.',
    validationShare: 'Enter a percentage between 0 and 100, or “—” where it does not apply.',
  },
  taskbook: {
    number: 'No. {number}',
    issuer: 'Issued by (Party A): {issuer}',
    receiver: 'Responsible (Party B): {receiver}',
    period: 'Period: {period}',
    targets: 'Targets',
    requirements: 'Requirements',
    assessment: 'Assessment',
    reporting: 'Reporting',
    reportingText: 'Party B reports to {to} by day {day} of each month: {what} (cumulative from January).',
    reportingContact: 'Contact: {contact}.',
    reportingTasks:
      'Party B reports to {to} by day {day} of each month: {what} (each task’s progress, problems and next steps).',
    header: ['No.', 'Indicator', 'Measure', 'Period', 'Target', 'Share of city (%)', 'Note'],
    taskHeader: ['No.', 'Task', 'Role', 'Deadline'],
    roles: { lead: 'lead', responsible: 'responsible', support: 'support' },
    tasks: 'Tasks',
    baseNote: 'from {base} in {period}, growing {rate}% a year',
    signIssuer: 'Party A (seal): {issuer}',
    signReceiver: 'Party B (seal): {receiver}',
    signPerson: 'Signed by:',
    signDate: 'Date:',
    sectionNumbers: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
    heading: '{n}. {title}',
    item: '({n}) {text}',
    adjustedTitle: '{title} (adjusted)',
    adjustmentNote:
      'Adjustment: under version {version} of the breakdown ({year}-{month}-{day}) your targets change as follows: {changes}. Other targets stand; figures already reported remain valid.',
    adjustmentChange: '{indicator} ({period}) from {from} {measure} to {to} {measure}',
  },
  adjust: {
    sheet: '调整记录',
    title: 'Adjustments to issued targets',
    header: ['No.', 'Version', 'Changed', 'Issued', 'Unit', 'Indicator', 'Period', 'Was', 'Now', 'Change'],
    version: 'v{version}',
    pending: 'not yet issued',
    added: 'unit added',
    removed: 'unit removed',
    control: 'Control total',
    note: 'Every change to targets after their 任务书 went out: “was” is the target last issued, “now” the plan’s. The program rewrites this sheet from the plan; edits here are not kept.',
  },
  report: {
    sheet: '完成情况',
    title: '{unit}: progress on targets ({year})',
    plan: 'Plan: {plan}. The unit fills in the yellow cells only: the cumulative figure from January (required) and the same period last year where known (for year on year; leave empty if unknown); the rest is computed.',
    unit: 'Unit',
    person: 'Reported by',
    phone: 'Phone',
    date: 'Date',
    shareSet:
      'Note: the {period} target is {percent}% of the {whole} target of {value} {measure} (the share the plan sets for this year); type the cumulative figure since January of this year, compared with this year’s target and months.',
    share:
      'Note: the {period} target is an even yearly share ({years} years) of the {whole} target of {value} {measure}; type the cumulative figure since January of this year, compared with this year’s target and months.',
    since:
      'Note: the target is the {period} target; type the cumulative figure since January {from} (earlier years included), compared with the {period} target, time progress counted from January {from}.',
    undividedCount:
      'Note: {indicator} is a count, and the {period} target of {value} {measure} does not split into whole yearly shares, so it is not split; type the cumulative figure since January {from} (earlier years included), compared with the {period} target, time progress counted from January {from}.',
    target: 'Target ({period})',
    header: [
      'Month',
      'Cumulative',
      'Same period last year',
      'This month',
      'Completion (%)',
      'Time elapsed (%)',
      'Gap (points)',
      'Year on year (%)',
    ],
    month: 'Month {m}',
    heading: '{n}. {indicator} ({measure})',
    sectionNumbers: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
    inputTitle: 'Cumulative from January',
    inputMessage: 'Enter a number of at least 0 with at most {decimals} decimals.',
    lastYearTitle: 'Same period last year',
    lastYearMessage:
      'Cumulative from January of last year to the same month, for the year-on-year figure; leave empty if unknown. At most {decimals} decimals.',
  },
  recognise: {
    sheet: 'sheet “{name}”',
    table: 'table {name}',
    text: 'table',
    pasted: 'pasted text',
    unnamed: 'Target',
    atCell: 'cell {cell}',
    atRow: 'row {row}',
    atCellOfTable: 'row {row}, column {col}',
    candidates: '“{file}” holds {count} tables:',
    candidate:
      '  {number}. {where}: {caption} ({units} {units|unit|units}, {columns} {columns|figure column|figure columns}, rows {first}–{last})',
    recognised: 'Recognised in the {where} of “{file}”: {title}',
    units: 'Units (column “{header}”, {count}): {names}',
    section: '  {section}: {names}',
    indicator: 'Indicator: {name} ({measure}), {columns}',
    noMeasure: 'no measure given',
    textColumn: 'Text column: {label} (kept as written)',
    totals: '{label} row (the 下达目标): {figures}',
    unlabeledTotal: 'The last row has no name and is read as the total: {figures}',
    noTotals: 'No total row: the 下达目标 are left empty, to fill in on the plan sheet.',
    noIssuer:
      '“{file}” does not say who issues the targets (甲方 of the 任务书): add --issuer 株洲市人民政府, or set it afterwards with fenjie settings.',
    assumedYear:
      'Neither the headers nor the title name a year: taken as {year}. If not, write the year in the header and recognise again.',
    difference:
      '“{column}”: {label} {total} differs from the units’ sum {sum}; {total} is kept as the 下达目标 and the 差额 {difference} shows on the plan sheet.',
    reading: '{at}: “{text}” read as the figure {value}.',
    textFigure: '{at}: “{text}” is no figure and is kept as written (validation will name it).',
    ignoredSerial: 'Column “{label}” is a serial number: not taken.',
    ignoredEmpty: 'Column “{label}” is empty: not taken.',
    ignoredTotalColumn: 'Column “{label}” is a total column: not taken (the plan sheet sums itself).',
    ignoredNoHeader: 'A column without a header at {at}: not taken.',
    ignoredSubtotal: 'The row “{label}” at {at} is a subtotal: not taken.',
    ignoredSecondTotal: 'The row “{label}” at {at} is a second total row: not taken.',
    ignoredSumOfUnits:
      'The row “{label}” at {at} sums the units and is not the 下达目标 (the table has a 下达目标 row).',
    ignoredDifference: 'The row “{label}” at {at} is a 差额: not taken (the plan sheet works it out).',
    ignoredSectionFigures: '“{label}” at {at} heads a section; its figures (a subtotal) are not taken.',
    note: 'Note: {text}',
    dryRun: '(--dry-run: nothing written)',
    fromTable: 'Recognised from the {where} of “{file}”',
    inPlaceWritten:
      'Added the plan sheet “{sheet}” to “{path}”: {title} ({units} {units|unit|units}, {columns} {columns|column|columns}); its own sheets are as they were.',
  },
  errors: {
    'plan.invalid': 'The plan data is wrong at {path}: {problem}',
    'plan.notJson': 'The plan data is not valid JSON: {problem}',
    'metadata.damaged':
      'The plan data in the workbook (sheet “{sheet}”, column {column}) is damaged and cannot be read.',
    'template.unknown': 'There is no template “{id}”. Templates: {known}',
    'custom.noUnits': 'Give at least one unit (--units).',
    'custom.noIndicators': 'Give at least one indicator (--indicators, e.g. 回归到位资金:亿元).',
    'custom.noYears': 'Give at least one year (--years, e.g. 2018,2019).',
    'custom.noIssuer':
      'Give the issuing body (party A), e.g. 株洲市人民政府: the task book names it as issuer and above the seal.',
    'custom.duplicateUnit': 'The unit “{name}” appears twice.',
    'custom.duplicateIndicator': 'The indicator “{name}” appears twice.',
    'custom.duplicateYear': 'The year “{name}” appears twice.',
    'custom.badIndicator': 'Indicator “{text}” should read name:measure, e.g. 回归到位资金:亿元.',
    'custom.unknownCity': 'No preset for “{city}”. Presets: {known}',
    'spread.unknownColumn': 'The plan has no column “{column}”.',
    'spread.unknownUnitNear': 'The plan has no unit “{unit}”. Did you mean {near}?',
    'spread.lockWithValue':
      '--lock keeps the figure “{unit}” has; it takes no value. To set it to {value}, use --floor {unit}={value} --cap {unit}={value}.',
    'spread.noSuchYear':
      '“{indicator}” has no column “{year}”; its columns are: {columns}. Give one of them with --year.',
    'settings.empty': 'The issuing body and the body reports go to cannot be empty.',
    'settings.day':
      'The reporting day “{day}” should be a whole number from 1 to 28 (reports are due by that day of each month).',
    'settings.tooLong': 'The contact and the addressees take at most {max} characters each.',
    'shares.notMultiYear': '“{column}” is not a target over several years; it needs no yearly shares.',
    'shares.years': 'Give a share for each year of “{column}”, once each: {years}.',
    'shares.negative': 'The share for {year}, {value}, cannot be negative.',
    'shares.sum': 'The yearly shares add up to {sum}%; they should add up to 100%.',
    'shares.fractionalCount':
      '“{column}” is a count and cannot be split into fractions: the {year} share of {percent}% gives {unit} {share} (of a target of {value}). Give shares under which every unit gets a whole number each year, or use --even: a count target is then not split into years, and the total since the period began is compared with the whole target.',
    'summary.forged':
      '“{file}” is signed, but not by this plan: the summary was changed, or belongs to another plan’s key; not used.',
    'shares.bad': '“{text}” should read “year=percent”, such as 2018=25.',
    'spread.unknownUnit': 'The plan has no unit “{unit}”.',
    'spread.notSummed': '“{column}” is a ratio or percentage; it cannot be spread from a total.',
    'spread.badTotal': 'The total must be a number, not “{value}”.',
    'spread.badWeight': 'A weight must be a number, not “{value}”.',
    'spread.badBound': 'A floor or cap must be a number, not “{value}”.',
    'spread.badRate': 'The growth rate must be a number (e.g. 0.15), not “{value}”.',
    'spread.noTotal': '“{column}” has no assigned target: give the total to spread.',
    'spread.locksExceedTotal':
      'The locked units already hold {locked}, more than the total {total}. Unlock some or raise the total.',
    'spread.nothingToSpread': 'Every unit is locked ({locked}); nothing can take up the total {total}.',
    'spread.negativeWeight':
      '{place} “{unit}” has a negative base ({value}); proportional spreading needs figures of at least 0.',
    'spread.proportionalAllZero':
      'Every unit of “{column}” holds 0 or nothing, so there is no proportion to keep; spread evenly instead (--method even).',
    'spread.referenceAllZero':
      'The reference column holds only 0 or nothing; spread evenly instead (--method even).',
    'spread.noBase':
      'No unit has “{base}” filled in yet: growth needs the base; fill it in on the plan sheet first.',
    'spread.weightsAllZero': 'All weights are 0.',
    'spread.floorAboveCap': '“{unit}” has a floor above its cap.',
    'spread.floorsTooHigh': 'The floors add up to {floors}, more than the {available} to spread.',
    'spread.capsTooLow': 'The caps add up to {caps}, less than the {needed} to spread.',
    'spread.noWeightLeft': '{remaining} is left that no unit can take: the others have a base of 0.',
    'spread.snapshotMismatch':
      'The undo data does not match the plan ({units} units); it cannot be restored.',
    'spread.nothingToUndo': 'There is no spread to undo.',
    'spread.ambiguousColumn':
      'The indicator “{indicator}” has several target columns ({columns}); choose one with --year.',
    'spread.unknownIndicator': 'There is no indicator “{indicator}”. Indicators: {known}',
    'spread.unknownMethod':
      'There is no method “{method}”: use proportional, even, weights, reference or growth.',
    'spread.weightsMissing':
      '{count} {count|unit has|units have} no weight: {units}. Give {count|it|them} a weight (0 for none; on the command line, --others 0).',
    'spread.total.negative': 'The total cannot be negative ({value}).',
    'spread.total.tooPrecise':
      'The total {value} has more decimals than the {decimals} of “{column}” and cannot be spread exactly. Give it with {decimals} decimals (or add --round to round it).',
    'spread.total.tooLarge':
      'The total {value} is too large: beyond {max} the units’ figures no longer add up exactly.',
    'spread.floor.negative': 'The floor of “{unit}” cannot be negative ({value}).',
    'spread.floor.tooPrecise':
      'The floor {value} of “{unit}” has more decimals than the indicator’s {decimals}.',
    'spread.floor.tooLarge': 'The floor {value} of “{unit}” is too large (at most {max}).',
    'spread.cap.negative': 'The cap of “{unit}” cannot be negative ({value}).',
    'spread.cap.tooPrecise': 'The cap {value} of “{unit}” has more decimals than the indicator’s {decimals}.',
    'spread.cap.tooLarge': 'The cap {value} of “{unit}” is too large (at most {max}).',
    'spread.locked.negative':
      '{place}the locked unit “{unit}” holds a negative figure ({value}). Correct it or unlock it first.',
    'spread.locked.tooPrecise':
      '{place}the locked unit “{unit}” holds {value}, more decimals than the indicator’s {decimals}, so the total cannot be met exactly. Correct it or unlock it first.',
    'spread.locked.tooLarge': '{place}the locked unit “{unit}” holds {value}, too large (at most {max}).',
    'spread.badWeights': 'Weights “{text}” should read unit=weight, e.g. 高新区=2,芦淞区=1.',
    'phase.noYears': 'Give at least one year column.',
    'phase.badRate': 'The growth rate {rate} is not plausible.',
    'fit.totalsDisagree': 'The units add up to {units} but the years to {years}; both cannot hold.',
    'fit.negativeTotal': 'Totals cannot be negative.',
    'fit.noRounding': 'No rounding keeps both the row and the column totals.',
    'excel.protected': 'The sheet is protected. Unprotect it (Review tab) and try again.',
    'excel.cellEditMode': 'Excel is editing a cell. Press Enter or Esc, then try again.',
    'excel.payloadTooLarge':
      'This write is over Excel on the web’s 5 MB limit. Do it in parts, or in Excel desktop.',
    'excel.itemNotFound': 'A sheet or range the add-in needs is missing (renamed or deleted?): {message}',
    'excel.apiMissing':
      'This Excel lacks a feature the add-in needs ({message}). Use Excel 2019 or later, Microsoft 365 or Excel on the web.',
    'pane.connectionLost':
      'The connection to the server was lost, and the part of the pane this step needs could not be fetched. The workbook is unchanged: try again once the network (or the intranet server) is back.',
    'workbench.isTaskbook':
      '“{file}” is the 任务书 issued to “{unit}” (plan: {plan}), not a plan workbook, so it was not opened. To break its targets down to the next level: choose New, then under 模板 pick “from a received 任务书”, and choose this file.',
    'workbench.isSummary':
      '“{file}” is a summary workbook, not a plan workbook, so it was not opened. Open the plan workbook, then choose it under 考核 to score, or import it with the reports under 汇总 (for earlier years’ totals).',
    'host.failed':
      'Something unexpected went wrong ({message}). The workbook was not changed; try again, and if it persists, tell your IT administrator.',
    'excel.failed': 'Excel reported {code}: {message}',
    'excel.noPlan': 'This workbook has no target table yet. Insert one from Templates first.',
    'locate.tableNotFound':
      'None of the plan’s units can be found on sheet “{sheet}” (deleted or renamed?); nothing can be read or written.',
    'locate.headerNotFound':
      'The header (indicators and years) cannot be found on sheet “{sheet}”, so the columns are unknown.',
    'locate.unknownRow':
      'Row {row} of sheet “{sheet}”, “{name}”, is not in the plan. If it is a new unit, add it to the plan first (fenjie units add, or “Add to plan” in the pane’s Checks); otherwise delete the row.',
    'locate.unknownRow.nameless':
      'Row {row} of sheet “{sheet}” has no unit name but holds figures. Name the unit or delete the row.',
    'locate.unitMissing':
      'The unit “{unit}” cannot be found on sheet “{sheet}” (its row deleted, or its name changed?). Remove it with fenjie units remove, or rename it with fenjie units rename.',
    'locate.renamed':
      '“{name}” in row {row} of sheet “{sheet}” stands where “{unit}” was. If the unit was renamed, run fenjie units rename plan.xlsx {unit} {name}; otherwise change the name back to “{unit}”.',
    'locate.unitTwice':
      'The unit “{unit}” appears more than once on sheet “{sheet}” (rows {rows}). Delete the extra rows.',
    'locate.unitOutside':
      'The unit “{unit}” is in row {row} of sheet “{sheet}”, outside the table. Move it back into the table.',
    'locate.columnMissing':
      'The column “{column}” cannot be found on sheet “{sheet}” (its header changed or deleted?).',
    'locate.summaryMissing': 'The “{label}” row cannot be found on sheet “{sheet}” (deleted or renamed?).',
    'locate.movedSincePreview':
      'Rows or columns of sheet “{sheet}” changed since the preview (inserted, deleted or sorted); nothing was written. Preview again, then apply.',
    'units.nameInvisible':
      'The unit name “{unit}” holds a tab, a line break or a direction mark: please remove it. Nothing was written.',
    'units.nameQuote':
      'The unit name “{unit}” starts or ends with a quote, which Excel reads as a mark and no sheet name may: please remove it. Nothing was written.',
    'units.nameTooLong':
      'The unit name “{unit}” is {length} characters long, more than {longest}: use a shorter name. Nothing was written.',
    'units.noName': 'A unit needs a name.',
    'units.exists': 'The plan has a unit “{unit}” already.',
    'units.notFound': 'No unit or new row “{units}” was found.',
    'units.nothingToAdd': 'The table on sheet “{sheet}” has no inserted rows to add.',
    'units.stillOnSheet':
      'The unit “{unit}” is still in row {row} of sheet “{sheet}”: delete the row in Excel or WPS first, then remove it from the plan.',
    'report.yearOutside': 'The reporting year {year} lies outside the plan’s period ({period}).',
    'taskbook.nothingAssigned': 'Sheet “{sheet}” has no targets or tasks to assign.',
    'departments.noTaskTable': 'The workbook “{path}” has no task table.',
    'departments.badRename': '“{text}” should read old=new, e.g. 市商务粮食局=市商务局.',
    'departments.unknown': 'No responsible unit is called “{name}”.',
    'cli.outputNeeded':
      'Give the folder to write into with -o, or --in-place to write the task books into the plan workbook.',
    'cli.badYear': 'The year “{text}” should be four digits, such as 2018.',
    'cli.badDate': 'The date “{text}” should read like 2018-04-10.',
    'bulletin.noOutput': 'Give the bulletin file to write with -o, such as -o bulletin.docx.',
    'assess.negativePoints':
      '{sheet}!{cell}: the points of “{indicator}” are {points}; they should be a number of 0 or more.',
    'assess.unknownMethod':
      '{sheet}!{cell}: the scoring method “{method}” of “{indicator}” is not one of {methods}.',
    'assess.noBands':
      '{sheet}!{cell}: “{indicator}” is scored in bands, but the 分档 table below has none for it: one row per band (indicator, completion at least, share).',
    'assess.bandShare':
      '{sheet}!{cell}: a band of “{indicator}” gives {share}%; it should be between 0 and 100.',
    'assess.bandsOrder':
      '{sheet}!{cell}: the band {band} of “{indicator}” should be below {before} and give no more: one band per line, and a higher completion never earns a lower share.',
    'assess.negativeRule':
      '{sheet}!{cell}: {rule} of “{indicator}” is {value}; it should be a number of 0 or more.',
    'assess.pointsSum': '{sheet}: the points {year} add up to {sum}, not the stated total {total}.',
    'assess.gradesOrder':
      '{sheet}: the line of the grade “{grade}” should be below that of “{before}”: write them from the highest down.',
    'assess.notANumber': '{sheet}!{cell}: “{what}” should be a number, not “{text}”.',
    'assess.noHeader':
      '{sheet}: the header “{header}” is not found: this is not an assessment sheet, or its header was changed.',
    'assess.unitNotInSummary': '{unit} is not in {file}: scored as not reported (missing in every round).',
    'assess.filedUnknown':
      'The rounds {months} of {file} kept no reporting dates (an older summary): no late reports counted for them.',
    'assess.noYearRules': '{sheet}: no indicator of {year} (a row with no year applies to every year).',
    'upward.intoNeeded':
      'Give the 任务书 workbook the level above sent with --into, such as --into 醴陵市-工作目标分解任务书.xlsx.',
    'upward.noParent':
      '“{plan}” was not made from a 任务书 received (fenjie new --from): there is no level above to report to.',
    'upward.otherTaskbook':
      '“{file}” is the 任务书 “{title}” issued to {unit}, not the one “{plan}” was made from: use that one.',
    'upward.noYear':
      'The summary “{file}” has nothing for {year} (it has {years}): the 任务书 is for {year}.',
    'upward.sheetChanged':
      'The sheet “{sheet}” of “{file}” was changed and its blocks cannot be found: use the file as the level above sent it.',
    'upward.monthsDifferPane':
      '“{file}” already holds other figures than this round: {cells}. Correct that file, or pick the one the level above sent.',
    'upward.monthsDiffer':
      '“{file}” already holds other figures than the summary: {cells}. Add --force to replace them with the summary’s.',
    'pane.noTaskbookFile': 'Choose the 任务书 workbook received first.',
    'from.updateNeedsFrom':
      '--update goes with --from: give the 任务书 the level above issued again, such as --from 醴陵市-工作目标分解任务书.xlsx --update 醴陵市.xlsx.',
    'from.otherParent':
      '“{file}” is the 任务书 issued to {unit}, not of the plan “{plan}” was made from: use the new 任务书 of the same level and unit.',
    'from.unreadable': '“{file}” cannot be read as a 任务书: {why}.',
    'from.olderTaskbook':
      '“{file}” is version {theirs} of the 任务书; “{plan}” already follows version {ours}: use the latest one the level above sent.',
    'upward.newerTaskbook':
      '“{file}” is version {theirs} of the 任务书, re-issued by the level above; this plan still follows version {ours}: first run fenjie new --from “{file}” --update on it, collect again, then report.',
    'upward.oldTaskbook':
      '“{file}” is version {theirs} of the 任务书; this plan already follows version {ours}: report into the latest one.',
    'from.notTaskbook':
      '“{file}” is not a 任务书 workbook of this tool (it has no 任务书 record): use the “…工作目标分解任务书.xlsx” the level above sent.',
    'from.altered':
      'The targets of {unit} in “{file}” differ from the record they were issued with (the file was changed): ask the level above for the 任务书 again.',
    'recognise.noFigures':
      'The {where} of “{file}” holds no target figures: a table needs a column of unit names and at least one column of figures.',
    'recognise.noHeader':
      'The {where} of “{file}” has no header to read: add a header row above the figures naming each indicator and year (such as “回归到位资金（亿元）”, “2018年”).',
    'recognise.noUnitColumn':
      'No column of unit names found in the {where} of “{file}”: head that column “县市区”, “单位” or “园区” and try again.',
    'recognise.twoUnitColumns':
      'Both “{first}” and “{second}” in the {where} of “{file}” look like unit names: say which with --unit-column, such as --unit-column {first}.',
    'recognise.badHeaderRows':
      'In {where} of “{file}”, the header rows must lie within rows {top}—{bottom} of the table, with unit rows below them (given: {first}—{last}).',
    'recognise.headerRowsText': 'Header rows “{text}” are not written as expected: such as 3-4 or 3.',
    'recognise.noSuchUnitColumn':
      'The {where} of “{file}” has no column headed “{header}” (it has: {headers}).',
    'recognise.unitBlank':
      'The {where} of “{file}” has figures but no unit name at {at}: fill in the name and try again.',
    'recognise.duplicateUnit':
      'The unit “{unit}” appears twice in the {where} of “{file}” ({at}): merge or rename it and try again.',
    'recognise.noUnits':
      'No unit rows found in the {where} of “{file}”: below the header there should be one row per unit.',
    'recognise.noTable':
      'No target table found in “{file}”: it needs a header row, a column of unit names and the units’ figures.',
    'recognise.noSuchTable':
      '“{file}” has no table {table} (it has {count}): --dry-run lists them with their numbers.',
    'recognise.noSuchSheet': '“{file}” has no sheet named “{sheet}” (it has: {sheets}).',
    'recognise.severalTables':
      '“{file}” holds {count} tables (listed above) and nothing was written: choose one with --table N or --sheet NAME.',
    'recognise.inPlaceNotWorkbook':
      '--in-place works on an .xlsx workbook only: “{file}” is a document; write a new plan workbook with -o.',
    'recognise.inPlaceOutput':
      'Use --in-place or -o, not both: add to the source workbook, or write another file.',
    'recognise.unreadable': '“{file}” cannot be read as a table.',
    'recognise.unreadable.doc':
      '“{file}” is an old Word document (.doc): open it in WPS or Word, save it as .docx and try again.',
    'recognise.unreadable.wps':
      '“{file}” is a WPS Writer document (.wps): open it in WPS, save it as .docx and try again.',
    'recognise.unreadable.xls':
      '“{file}” is an old Excel workbook (.xls): open it in WPS or Excel, save it as .xlsx and try again.',
    'recognise.unreadable.et':
      '“{file}” is a WPS Spreadsheets file (.et): open it in WPS, save it as .xlsx and try again.',
    'recognise.unreadable.pdf':
      '“{file}” is a PDF, whose tables cannot be read reliably: save the original Word or WPS document as .docx (or convert the PDF to Word in WPS) and try again.',
    'recognise.unreadable.ods':
      '“{file}” is an OpenDocument spreadsheet (.ods): open it in WPS or LibreOffice, save it as .xlsx and try again.',
    'recognise.unreadable.odt':
      '“{file}” is an OpenDocument text (.odt): open it in WPS or LibreOffice, save it as .docx and try again.',
    'recognise.unreadable.encrypted':
      '“{file}” is protected by a password: remove it, save again and try again.',
    'recognise.unreadable.empty': '“{file}” is empty.',
    'recognise.unreadable.truncatedZip':
      '“{file}” is incomplete (a download or copy was cut short): get the file again.',
    'recognise.unreadable.html':
      '“{file}” is a web page: copy its table in the browser, paste it into WPS or Excel, save as .xlsx and try again.',
    'recognise.unreadable.csv':
      '“{file}” is CSV text: open it in WPS or Excel, save it as .xlsx and try again.',
    'recognise.unreadable.binary':
      '“{file}” is neither an .xlsx workbook nor a .docx document (unknown file type).',
    'recognise.unreadable.zip':
      '“{file}” is a zip archive, but neither an .xlsx workbook nor a .docx document.',
    'recognise.unreadable.noSheets': '“{file}” is a zip archive, but not an .xlsx workbook with sheets.',
    'recognise.unreadable.noDocument': '“{file}” is a zip archive, but not a .docx document with a body.',
    'recognise.unreadable.corrupt':
      '“{file}” is damaged and cannot be read: open it in WPS or Office and save it again.',
    'recognise.unreadable.dtd': '“{file}” declares a DTD, which no Office file does: not read, for safety.',
    'recognise.unreadable.tooLarge': '“{file}” is {size} MB, more than the {max} MB that can be read.',
    'recognise.unreadable.zipBomb': '“{file}” unzips to far too much ({size} MB) for a table: not read.',
    'recognise.unreadable.tooDeep':
      '“{file}” nests its XML more than {depth} deep, unlike any table: not read.',
    'recognise.unreadable.tooSlow': 'Reading “{file}” took longer than {seconds} seconds: not read.',
    'recognise.unreadable.tooManyCells':
      '“{file}” has more than {max} cells, unlike a target table: keep only the table and try again.',
    'recognise.unreadable.tooFar':
      'The sheet “{sheet}” of “{file}” has content at {cell}, beyond what is read ({rows} rows, {columns} columns): delete what lies far out and try again.',
    'new.noTemplate':
      'Give a template (such as fenjie new zz-xiangshang-2017-2020), or --from with the 任务书 received.',
    'assess.noSince':
      'The years before {year} for “{indicator}” are not in {file}: that target over several years is scored against {year}’s own share. Collect again with the earlier years’ summaries among the reports to score it against what is due by the end of {year}.',
    'assess.noLabel':
      '{sheet}: the row “{label}” is not found (deleted?): put it back with its figure, so nothing is left out.',
    'assess.badValue':
      '{sheet}!{cell}: “{what}” is {value}; it should be a number of 0 or more (the total above 0).',
    'assess.badCount': '{sheet}!{cell}: “{what}” is {value}; it should be 0 or a whole number of units.',
    'assess.badShare':
      '{sheet}!{cell}: “{what}” is {value}; it should be between 0 and 100, or empty for no limit.',
    'assess.bandsOverlap':
      '{sheet}!{cell}: “{indicator}” has two rows for the band {band}: one band per line.',
    'assess.typedOrphan':
      'The points typed on {sheet} for “{unit}” ({points}) belong to no unit of the plan now (renamed?): not kept; type them again on the new sheet.',
    'assess.bothOutputs':
      'Use either --in-place or -o: into the plan workbook, or into an assessment workbook of its own.',
    'assess.outputIsInput':
      '“{path}” is the plan or the summary itself: the assessment is not written there. Use another name, such as -o 考核.xlsx.',
    'assess.bandIndicator':
      '{sheet}!{cell}: “{indicator}” in the 分档 table is none of the indicators above (or of another year): write it as the indicator table does.',
    'assess.noRoundsFile':
      '“{file}” keeps no rounds: name a summary workbook (fenjie assess plan.xlsx 汇总.xlsx -o 考核.xlsx), or import the reports in the task pane’s 汇总 tab first.',
    'assess.noRounds':
      'This workbook has no rounds yet (no reports imported): import the reports on the 汇总 tab first, or choose a summary workbook made by this tool.',
    'assess.otherPlan':
      'This plan did not make {file}: give the summary made from this plan’s returned reports.',
    'assess.noRound': 'There is nothing for {year} in {file} (it has {years}).',
    'assess.oldSummary':
      'The round {year} 1—{month} of {file} was made by an older version and lacks the units’ completion: collect that round again with fenjie collect.',
    'assess.unknownIndicator':
      '{sheet}!{cell}: the indicator “{indicator}” is not in the summary (it has {indicators}).',
    'assess.typedNotANumber':
      '{sheet}!{cell}: {what} of {unit} should be a number of 0 or more, not “{text}”.',
    'assess.noReason':
      '{sheet}!{cell}: {what} of {points} for {unit} has no reason: write it in {reasonCell} (points given or taken need a reason on record).',
    'assess.rulesExist':
      '“{path}” already has the sheet “{sheet}”: --init does not overwrite it, so no change is lost. To start from the defaults again, delete that sheet first.',
    'assess.notOurs':
      '“{path}” exists but is not this plan’s assessment workbook: not overwritten. Choose another name, or add --force.',
    'assess.sheetNotOurs':
      '“{path}” has a sheet “{sheet}” that this tool did not write: not overwritten. Rename or delete it first.',
    'assess.summaryNeeded':
      'Give the summary workbook, such as fenjie assess plan.xlsx summary.xlsx -o assessment.xlsx (or write the rules first with --init).',
    'assess.outputNeeded':
      'Give the assessment workbook to write with -o (such as -o assessment.xlsx), or --in-place to write into the plan workbook.',
    'assess.noUnits': 'The plan has no units to assess.',
    'cli.badMonth': 'The month “{text}” should be 1 to 12, such as 3.',
    'collect.noReports': 'Give at least one report file.',
    'collect.notSummary':
      '“{path}” exists but is not this plan’s consolidation workbook; nothing was written. Choose another name.',
    'lastYear.noRound':
      'Last year’s summary “{file}” has no round for {months} {year} (it has: {rounds}): year on year cannot be computed for the same months. Give a summary with that round, or leave it out and use the figures the units typed.',
    'lastYear.noYear': 'Last year’s summary “{file}” has no figures for {year}: give the summary of {year}.',
    'lastYear.noIndicator':
      'Last year’s summary “{file}” has no figures for {indicators}: not a summary of the same indicators.',
    'lastYear.notSummary':
      '“{file}” is not a summary workbook (it has no summary record): last year’s summary is the file this tool wrote last year.',
    'bulletin.notSummary':
      '“{file}” is not a summary workbook (it has no summary record): give a file this tool wrote when collecting.',
    'bulletin.noRound': 'The summary “{file}” has no round {round} (it has: {rounds}).',
    'bulletin.badRound': 'The round “{round}” is not written as year-month, such as 2018-03.',
    'bulletin.oldRound':
      'The round {round} in “{file}” was written by an earlier version without the figures a bulletin needs: collect that round again from the reports (fenjie collect … --month {month}).',
    'bulletin.otherPlan': 'The summary “{file}” is not of the plan “{plan}” (it is of “{theirs}”).',
    'excel.sheetTaken':
      'The workbook has a sheet “{sheet}” the add-in did not make; nothing was written. Rename or delete it first.',
    'locate.refused': 'Nothing was changed, so that no figure lands in another unit’s row.',
    'file.notFound': 'File not found: {path}',
    'file.notWorkbook': '“{path}” is not a readable .xlsx workbook: {problem}',
    'file.tooLarge': '“{path}” is too large ({size} MB, at most {max} MB); not read.',
    'file.zipBomb':
      '“{path}” unzips to too much ({size} MB) or compresses implausibly well: possibly a hostile file; not read.',
    'file.tooSlow': '“{path}” was still not read after {seconds} seconds: possibly a hostile file; not read.',
    'file.cellTooFar':
      '“{path}”: sheet “{sheet}” has something at {cell}, beyond a plan’s extent (at most {rows} rows, {columns} columns); not read: remove what lies far outside the table and try again.',
    'file.tooDeep':
      '“{path}”: its XML is nested more than {depth} deep, as no Excel, WPS or LibreOffice workbook is; not read.',
    'file.noPlan':
      'The workbook “{path}” holds no target plan (its hidden plan data is missing): if it is a breakdown table of the bureau’s own, fenjie new --from “{path}” recognises it as a plan.',
    'file.isTaskbook':
      '“{path}” is the 任务书 workbook issued to “{unit}” (plan: {plan}), not a target plan. Run this on the plan workbook (the one the target table was inserted into).',
    'file.isSummary':
      '“{path}” is a summary (汇总) workbook, not a target plan. Run this on the plan workbook (the one the target table was inserted into).',
    'file.sheetMissing': 'The plan sheet “{sheet}” is missing from the workbook (renamed or deleted?).',
    'file.exists':
      'The file exists already: {path}. Nothing was written; add --force to overwrite it, or choose another name.',
    'file.notDocxName':
      '“{path}” is not a .docx name: the bulletin should end in .docx (add --force if you mean it).',
    'file.notXlsxName':
      '“{path}” is not an .xlsx name: a workbook’s name ends in .xlsx (add --force to write it all the same).',
    'file.noFolder': 'Cannot write “{path}”: its folder does not exist and cannot be made.',
    'file.isFolder.docx': '“{path}” is a folder, not a file. Give the path of the bulletin’s .docx file.',
    'file.isFolder': '“{path}” is a folder, not a workbook. Give the path of an .xlsx file.',
    'file.notFolder': 'Part of the path “{path}” is not a folder.',
    'file.noPermission': 'No permission to open “{path}”. Check the file’s or folder’s permissions.',
    'file.locked':
      '“{path}” is open in another program (Excel or WPS?) and cannot be written. Close it and try again; the file is unchanged.',
    'file.openElsewhere':
      '“{path}” is open in another program and was not written. Close it and try again, or add --force.',
    'file.openElsewhere.libreoffice':
      '“{path}” is open in LibreOffice (its .~lock file stands beside it): it still shows the old figures and would save them over these, so nothing was written. Close it in LibreOffice and try again, or add --force.',
    'file.openElsewhere.excel':
      '“{path}” is open in Excel or WPS (a ~$ file stands beside it): it still shows the old figures and would save them over these, so nothing was written. Close it and try again, or add --force.',
    'file.readOnly':
      '“{path}” is read-only and was not written; it is unchanged. Clear its read-only attribute and try again.',
    'file.diskFull':
      'The disk is full; “{path}” was not written and is unchanged. Free some space and try again.',
    'file.badName': 'The file name “{path}” is too long.',
    'file.ioFailed': 'Reading or writing “{path}” failed ({problem}).',
    'file.notWorkbook.empty': '“{path}” is an empty file, not a workbook.',
    'file.notWorkbook.xls':
      '“{path}” looks like an old Excel 97-2003 workbook (.xls). Open it in Excel or WPS, save it as .xlsx, and try again.',
    'file.notWorkbook.encrypted':
      '“{path}” is encrypted with a password and cannot be read. Remove the password in Excel (File → Info → Protect Workbook) and save it again.',
    'file.notWorkbook.ods':
      '“{path}” is an OpenDocument spreadsheet (.ods). Save it as .xlsx in WPS or LibreOffice and try again.',
    'file.notWorkbook.docx': '“{path}” is a Word document, not a workbook.',
    'file.notWorkbook.truncatedZip':
      '“{path}” is incomplete (a download or copy cut short?) and cannot be opened. Get the file again.',
    'file.notWorkbook.corruptWorkbook':
      '“{path}” is damaged and cannot be opened as an .xlsx workbook. Let Excel repair it and save it again, or get it again.',
    'file.notWorkbook.noSheets': '“{path}” is a zip archive, but not an .xlsx workbook with sheets.',
    'file.notWorkbook.pdf': '“{path}” is a PDF, not a workbook.',
    'file.notWorkbook.html':
      '“{path}” is a web page (HTML) named like a workbook. Open it in Excel and save it as .xlsx.',
    'file.notWorkbook.csv':
      '“{path}” looks like a CSV text file, not a workbook. Open it in Excel or WPS and save it as .xlsx.',
    'file.notWorkbook.text': '“{path}” is a text file, not a workbook.',
    'file.notWorkbook.binary': '“{path}” is not an .xlsx workbook (an unknown kind of file).',
  },
  issues: {
    'report.ignored.macros': 'the file’s macros were ignored, never run',
    'report.ignored.externalLinks': 'the file’s external links were ignored, never updated',
    'report.ignored.embedded': 'the file’s embedded objects were ignored, never opened',
    'report.notWorkbook': 'not a readable workbook',
    'report.notWorkbook.empty': '{file} is an empty file, not a workbook: fill in the workbook you were sent',
    'report.notWorkbook.xls':
      '{file} is in the Excel 97-2003 format (.xls): open it in WPS or Excel and “Save As” an Excel workbook (.xlsx), then send it again',
    'report.notWorkbook.et':
      '{file} is in the WPS Spreadsheets format (.et): open it in WPS and “Save As” an Excel workbook (.xlsx), then send it again',
    'report.notWorkbook.ods':
      '{file} is an OpenDocument spreadsheet (.ods): open it in WPS or LibreOffice and “Save As” an Excel workbook (.xlsx), then send it again',
    'report.notWorkbook.encrypted':
      '{file} has an opening password and cannot be read: remove the password, save as .xlsx and send it again',
    'report.notWorkbook.docx':
      '{file} is a Word document, not a workbook: fill in the workbook you were sent',
    'report.notWorkbook.truncatedZip': '{file} is incomplete (cut short in transfer?): send it again',
    'report.notWorkbook.corruptWorkbook':
      '{file} is damaged and cannot be read: open it in Excel or WPS to repair it, save it and send it again',
    'report.notWorkbook.noSheets':
      '{file} is a zip archive, not a workbook: fill in the workbook you were sent',
    'report.notWorkbook.pdf': '{file} is a PDF, not a workbook: send the filled-in .xlsx workbook',
    'report.notWorkbook.html':
      '{file} is a web page (HTML) named like a workbook: open it in Excel or WPS, save it as .xlsx and send it again',
    'report.notWorkbook.csv': '{file} is a CSV text file, not a workbook: fill in the workbook you were sent',
    'report.notWorkbook.text': '{file} is a text file, not a workbook: fill in the workbook you were sent',
    'report.notWorkbook.binary':
      '{file} is not an .xlsx workbook (unknown file type): fill in the workbook you were sent',
    'report.notWorkbook.dtd':
      '{file} declares a document type (DTD), which Excel and WPS never write; it may be malicious and was not read',
    'report.tooLarge': 'too large ({size} MB, at most {max} MB); not read',
    'report.tooSlow': 'still not read after {seconds} seconds: possibly a hostile file; not read',
    'report.zipBomb': 'unzips to too much ({size} MB), perhaps hostile; not read',
    'report.tooFar':
      'sheet “{sheet}” has something at {cell}, beyond what this tool reads (at most {rows} rows, {columns} columns); not read: remove it and send the report again',
    'report.sheetTooDeep':
      'sheet “{sheet}”: its XML is nested more than {depth} deep, as no Excel, WPS or LibreOffice workbook is; not read: save it again as .xlsx and send it again',
    'report.tooDeep':
      'its XML is nested more than {depth} deep, as no Excel, WPS or LibreOffice workbook is; not read: save it again as .xlsx and send it again',
    'report.tooManyCells': 'too many cells ({cells}, at most {max}); not read',
    'report.notOurs':
      'not a workbook issued for this plan (its hidden report record is missing); report in the workbook sent out',
    'report.recordDamaged': 'the hidden report record is damaged; report again in the workbook sent out',
    'report.otherPlan': 'belongs to another plan, “{title}”',
    'report.otherVersion':
      'reports against version {theirs} of the targets; the plan is at version {ours}; report in the newly issued workbook',
    'report.newerVersion':
      'filled in against version {theirs} of the targets, newer than this plan (version {ours}): collect with the latest plan workbook',
    'report.targetChangedUnissued':
      '“{indicator}”: version {theirs} assigned {old}; the plan now says {now} (not yet re-issued); the rate is taken against {now}',
    'report.targetsDifferIssued':
      'the target of “{indicator}” is {theirs}, not the {ours} version {version} issued',
    'report.targetChanged':
      '“{indicator}”: version {theirs} issued {old}, now version {ours} has {now}; completion against {now}',
    'report.unknownUnit': 'the unit “{unit}” is not in the plan',
    'report.recordAltered': 'the record of “{unit}”’s targets was altered (its hash does not match)',
    'report.signatureBad':
      'the signature of the 任务书’s record does not match this plan’s: the record (for “{unit}”) was changed after it was issued, or it is no 任务书 of this plan. Report on the 任务书 as issued',
    'report.signedNoKey':
      'the 任务书’s record is signed, but this plan workbook has no signing key (perhaps an older copy of the plan): collect with the plan workbook the 任务书 were issued from',
    'report.unsigned':
      'every 任务书 this plan issued from version {since} on is signed, but this record of version {version} is not: it was changed after it was issued. Report on the 任务书 as issued',
    'report.sheetHidden':
      'the sheet the record names, “{sheet}”, is hidden: only a visible sheet is read. Unhide it, or report on the 任务书 as issued',
    'report.unknownVersion': 'the record names version {version} of the 任务书, which this plan never issued',
    'report.targetShapeDiffers':
      'the period or measure of “{indicator}” ({theirs}) differs from the one issued ({ours})',
    'report.unitShown':
      'the sheet names “{shown}” as the reporting unit, but the 任务书 was issued to {unit}: counted for {unit}; please check',
    'report.fileNamesOther':
      'the file name “{file}” looks like {other}’s report, but the 任务书 was issued to {unit}: counted for {unit}; please check',
    'report.otherYear':
      'this reports on the {theirs} 任务书, and the round is of {year}: report on the {year} 任务书',
    'report.countSplit':
      'the 任务书 split the {period} target of “{indicator}” into {theirs} for this year; a count is not split into fractions, and the figure is now read since the period began against the {period} target of {whole}, so this year’s figure does not fit. Report on a newly exported 任务书',
    'report.targetsDiffer': 'the target of “{indicator}” is {theirs}, not the plan’s {ours}',
    'report.sheetMissing': 'the sheet “{sheet}” is missing (renamed or deleted?)',
    'report.blockMissing': 'the table of “{indicator}” cannot be found (changed or deleted?)',
    'report.monthMissing': '“{indicator}” has no row for month {month}',
    'report.taskbookAltered':
      'on the 任务书 page the target of “{indicator}” ({period}) was changed to {found}; {issued} was issued',
    'report.taskbookMissing':
      'the 任务书 page “{sheet}” sent with it is missing (deleted or renamed?); its targets cannot be checked',
    'report.targetAltered': 'the target of “{indicator}” was changed to {shown}; {assigned} was assigned',
    'report.disguisedNumber': '“{text}” is text, not a number; enter {value}',
    'report.disguisedNumbers':
      '{count} figures of “{indicator}” were typed as text (full-width digits from the input method?): {cells}; they read as {readings}',
    'report.notANumber': '“{text}” is not a number',
    'report.negative': 'a cumulative figure cannot be negative ({value})',
    'report.tooPrecise': '{value} has more decimals than the indicator’s {decimals}',
    'report.monthNotEnded': 'month {month} of {year} has not ended yet',
    'report.cumulativeDecreases':
      'the cumulative {value} of month {month} is below month {previousMonth}’s {previous}',
    'report.empty': 'no figure was typed in the 1—N月累计完成 column',
    'report.monthBlank': '“{indicator}” has nothing for month {month}',
    'report.repeated': 'sent twice: the same as {same}, counted once',
    'report.conflicting':
      '{unit} sent another report dated {date} with different figures ({others}); neither is used: ask the unit which one stands and import only that one',
    'report.lastYearDisguised':
      'same period last year “{text}” is text (should be {value}): no year on year this time; type it as a number',
    'report.lastYearNotANumber':
      'same period last year “{text}” is not a valid figure (a number of 0 or more, the year’s decimals): no year on year this time',
    'report.lastYearDiffers':
      '{indicator}: same period last year typed as {typed}, last year’s summary “{file}” has {summary}: year on year uses the summary; please check',
    'report.behindRound':
      'reported up to month {month}, the round is months 1–{round}: listed as behind the round, left out of the city total',
    'report.beyondRound':
      'the round is months 1–{round}; {cells} hold figures of later months: the month-{round} figures are used',
    'report.fieldsEmpty':
      '{fields} left empty: the planner needs someone to call, and the date decides between two files of one unit',
    'report.dateAsText': 'the date “{text}” is text; read as {date}',
    'report.dateUnreadable':
      'the date “{text}” cannot be read as a date (e.g. 2018-04-05): two files of this unit could not be told apart',
    'report.monthGap':
      '{indicator}: the cumulative figure of month {months} is empty ({cells}) though later months are filled: please fill it in',
    'report.implausible': '{value} is {rate}% of the target, {over} times over it: please check',
    'report.implausibleTenThousand':
      '{value} is {rate}% of the target: typed in 万元? In {measure} it would be {suggestion}',
    'report.duplicate': 'the same unit sent a newer report ({newer}); this one was not used',
    'cell.formula': 'a figure is expected here, but the cell holds the formula {formula}',
    'cell.negative': 'a target cannot be negative ({value})',
    'cell.fractionInCount': 'a count must be a whole number, not {value}',
    'cell.tooPrecise': '{value} has more decimals than the indicator’s {decimals}',
    'cell.shareOutOfRange': 'a percentage lies between 0 and 100, not {value}',
    'cell.empty': 'no target entered yet',
    'cell.disguisedNumber': '“{text}” is text, not a number; enter {value}',
    'cell.excelError': 'the cell shows the error {text}',
    'cell.notANumber': '“{text}” is not a number',
    'deadline.empty': 'no deadline entered yet',
    'deadline.damaged': 'the deadline “{text}” should read “{suggestion}”',
    'deadline.invalid': 'the deadline “{text}” should be a month (2018年6月) or 持续推进',
    'control.negative': 'the assigned target cannot be negative ({value})',
    'control.tooPrecise':
      'the assigned target {value} has more decimals than the indicator’s {decimals}; no spread can meet it exactly',
    'control.tooLarge':
      'the assigned target {value} is too large: beyond {max} figures no longer add up exactly',
    'column.unfilled':
      '{count} {count|unit has|units have} no target yet ({units}). Spread the assigned target {control} over them with Spread (command line: fenjie spread)',
    'total.missesControl':
      'the {row} misses the assigned target: total {total}, assigned {control}, difference {difference}',
    'total.formulaReplaced': 'the formula of the “{row}” row was overwritten by a figure',
    'difference.formulaReplaced': 'the formula of the difference row was overwritten by a figure',
    'growth.offRule':
      'growing {base} by {rate}% a year for {years} years gives {expected}, not {actual} ({deviation}% off)',
    'unit.noName': 'unit {row} has no name',
    'unit.duplicate': 'the unit name “{name}” repeats {first}',
  },
  issueWords: {
    error: 'error',
    warning: 'warning',
    none: 'No issues found.',
    summary: '{errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}',
    header: ['severity', 'where', 'unit', 'indicator', 'issue'],
  },
  unitsWords: {
    added: 'Added “{unit}” (row {row} of sheet “{sheet}”) to the plan.',
    removed: 'Removed “{unit}” from the plan (its figures were: {figures}).',
    renamed: 'Renamed “{from}” to “{to}”.',
  },
  departmentWords: {
    header: ['department', 'lead', 'responsible', 'support'],
    summary: '{count} {count|department|departments}.',
  },
  collectWords: {
    header: ['file', 'unit', 'up to', 'verdict', 'issues'],
    verdicts: { pass: 'passed', notes: 'passed with notes', returned: 'returned' },
    summary: '{files} {files|file|files}: {pass} passed, {notes} passed with notes, {returned} returned.',
    written: 'Wrote {path} ({months})',
    writtenBulletin: 'Wrote the bulletin {path}.',
    lastYearFrom: 'Year on year uses the figures for {months} {year} in last year’s summary “{file}”.',
    upTo: 'to month {month}',
    roundChosen: 'Round: {year}, {months} (the month most reports reached; --month sets another).',
    roundAsked: 'Round: {year}, {months} (--month {month}).',
    nothingPassed: 'No report passed: the summary “{path}” was not written.',
    noOutput: 'No summary written (add -o 汇总.xlsx to write one).',
    skippedLock:
      'Skipped {file}: a temporary file Excel, WPS or LibreOffice keeps beside an open workbook, not a report.',
    skippedBundle:
      'Skipped {file}: the bound copy of all 任务书 made for printing when they were exported, not a report.',
    summaryUnsigned:
      'Not used: {file}: this summary does not carry this plan’s signature (or it does not match), so its figures give no earlier years’ totals.',
    unsignedPlan:
      'The 任务书 this plan issued are not signed: a report’s unit rests on a public hash, and a rewritten record can report as another unit. Export the 任务书 again (fenjie taskbooks) and they are signed by this plan; reports on them cannot.',
    unsignedSome:
      '{count} reports come from 任务书 issued before signing (before version {since}): their unit rests on a public hash; once those units report on newly issued 任务书, a report under another unit’s name is caught.',
    skippedSummary: 'Skipped {file}: a summary workbook, not a report.',
    at: '{sheet}!{cell}',
  },
  summary: {
    summarySheet: '汇总',
    bulletinSheet: '通报',
    historySheet: '历史',
    historyHeader: ['Collected at', 'Year', 'To month', 'Passed', 'Returned'],
    title: '{title}: progress in {months} of {year}',
    months: 'months 1–{month}',
    firstMonth: 'month 1',
    header: [
      'No.',
      'Unit',
      'Target',
      'Done in|{months}',
      'Completion|(%)',
      'Time elapsed|(%)',
      'Gap|(points)',
      'Rank',
    ],
    city: 'City',
    noRank: '–',
    notReported: 'Not reported: {units}',
    shareNoteSet:
      'Targets are {period} targets: the {whole} targets by the yearly shares the plan sets; the rate compares this year’s cumulative figure with this year’s target, and time elapsed is counted in this year’s months.',
    shareNote:
      'Targets are {period} targets: the {whole} targets shared evenly over {years} years; the rate compares this year’s cumulative figure with this year’s target, and time elapsed is counted in this year’s months.',
    sinceHeader: ['Since|{from}', 'Of {whole}|target (%)'],
    growthHeader: 'Year on|year (%)',
    growthUp: ', up {growth}% year on year',
    growthDown: ', down {growth}% year on year',
    growthFlat: ', level with last year',
    growthNote:
      'Year on year: the cumulative figure against the same months of last year; units whose last year is not known show none{source}.',
    growthSourceTyped: ' (last year as each unit reported it)',
    growthSourceSummary: ' (last year from {file}; units not in it as they reported)',
    sinceNote: 'Since {from}: the last round of each earlier year’s summary ({years}) plus this year.',
    sinceYear: '{year} ({months})',
    sinceMissing:
      'No total since {from}: no summary found for {missing}. Put that year’s summary in the reports folder, or collect every year into one summary file.',
    sinceMonths: 'the months since January {from}',
    sinceUnit: ' (since {from})',
    undividedNote:
      '{indicators}: a count whose {period} target does not split into whole yearly shares, so it is not split: the cumulative figure is since January {from}, completion is against the {period} target, and time elapsed counts from January {from}.',
    sinceTargetNote:
      '{indicators}: the target is the {period} target: the cumulative figure is since January {from}, completion is against the {period} target, and time elapsed counts from January {from}.',
    sinceLine: 'Since {from}: {done} {measure} in all, {rate}% of the {whole} target.',
    late: 'Not reported up to this month: {units}',
    lateUnit: '{unit} (to month {month})',
    overdue: 'Late: {units}',
    overdueUnit: '{unit} (filed {filed}, due {due})',
    monthDay: '{month}/{day}',
    returned: 'Returned: {files}',
    legend:
      'The gap is completion minus time elapsed. Green: ahead; yellow: behind; red: more than 10 points behind.',
    chartTitle: 'Completion by unit (%)',
    chartProgressFor: '{indicators}: time elapsed {progress}%',
    chartProgress: 'Time elapsed {progress}%',
    cityLine:
      'In {months}, the city’s {indicator} reached {done} {measure}, {rate}% of the {period} target, {compare}{growth}{coverage}.',
    cityDoneOnly:
      'In {months}, the city’s {indicator} reached {done} {measure}{growth} (no city target issued){coverage}.',
    unitLine: '{unit}{since}: {done} {measure}, {rate}% of its target, {compare}{growth} (rank {rank}).',
    higher: '{gap} points ahead of time elapsed',
    lower: '{gap} points behind time elapsed',
    level: 'level with time elapsed',
    ahead: 'Ahead of time: {units}.',
    behind: 'Behind time: {units}.',
    cityCoverage: ' ({counted} of {total} units reported, the city figure is theirs only; {missing})',
    coverageNotReported: '{units} did not report',
    coverageLate: '{units} reported up to an earlier month',
    coverageReturned: 'the reports of {units} were returned',
    coverageJoin: '; ',
    andOthers: '{units} and others, {count} units',
    aheadPartial: 'Of the {counted} units that reported, ahead of time: {units}.',
    behindPartial: 'Of the {counted} units that reported, behind time: {units}.',
    none: 'none',
  },
  assessWords: {
    summaryFile: 'the summary “{file}”',
    roundsIn: 'the rounds kept in “{file}”',
    roundsHere: 'the rounds kept in this workbook',
    sheet: '考核办法',
    title: '{title}: annual assessment rules',
    note: 'Note: these are defaults (points shared equally, scored in proportion to completion); change the yellow cells to the local rules. Methods: 按比例 (points × completion, at most the points), 完成即满分 (the points at 100%, else 0), 分档 (one row per band in the table below: completion at least x %, y % of the points; the row at 0 scores what is below every band). The assessment sheet’s formulas refer to this sheet: a change re-scores.',
    customNote:
      'Methods: 按比例 (points × completion, at most the points), 完成即满分 (the points at 100%, else 0), 分档 (one row per band in the table below; the row at 0 scores the rest). The assessment sheet’s formulas refer to this sheet: a change re-scores.',
    header: [
      '指标',
      '年度',
      '分值',
      '计分方式',
      '超额加分（每超1个百分点）',
      '加分上限',
      '否决线（完成率低于 %）',
    ],
    bandsTitle: '分档（计分方式为“分档”的指标，每档一行）',
    bandHeader: ['指标', '年度', '完成率不低于（%）', '得分比例（%）'],
    late: '迟报一次扣（分）',
    missing: '漏报一次扣（分）',
    total: '总分',
    interview: '约谈末位（个）',
    topShare: '优秀比例上限（%）',
    grades: '等次（总分不低于）',
    lowest: '其余为',
  },
  assessSheet: {
    sheet: '考核',
    title: '{period}{title}考核结果',
    wholeYear: '{year}年度',
    partYear: '{year}年{months}',
    note: 'Scored by this workbook’s 考核办法 sheet; completion from {file}, {year} {months}; reporting discipline over the rounds {rounds}. Yellow cells may be changed: a change to a completion, a bonus, a deduction or a rule re-scores.',
    dueNote:
      ' Targets over several years ({indicators}) against what is due by the end of {year}: the total since their first year over the shares due so far.',
    unit: '单位',
    rate: '完成率（%）',
    score: '得分',
    bonus: '超额加分',
    late: '迟报（次）',
    missing: '漏报（次）',
    discipline: '报送纪律扣分',
    plus: '加分',
    plusReason: '加分说明',
    minus: '扣分',
    minusReason: '扣分说明',
    total: '总分',
    rank: '排名',
    grade: '等次',
    veto: '否决',
    interview: '约谈',
    remarks: '备注',
    vetoReason: '{indicator}完成率低于{line}%。',
    lateMonths: '迟报：{months}',
    asOf: '完成率截至{month}月（其后未报送）',
    missingMonths: '漏报：{months}',
    returnedMonth: '{month}月（退回未重报）',
    noTarget: '{indicator}未下达目标，按满分计',
    notInSummary: '汇总中没有该单位，按未报送计',
    legend: '等次：',
    none: '—',
    typedMessage: 'A number of 0 or more, with its reason in the next column.',
  },
  upward: {
    conflict: '{cell} ({month}, {indicator}: {had} in the file, {value} in the summary)',
    filled: 'Filled {unit}’s 1—N月累计 for {year} {months} from the summary ({count} cells), dated {date}.',
    written: 'Wrote {path}: send it to the level above, which collects it with fenjie collect.',
    left: '{indicators}: a share, not the units’ sum, left empty: type this level’s own figure before sending.',
  },
  assessCli: {
    note: 'Note',
    init: 'Wrote the sheet “{sheet}” into “{path}” (default rules: change the yellow cells to the local ones).',
    noRules:
      '“{path}” has no sheet “{sheet}”: scored by the default rules (points shared equally, in proportion). fenjie assess {path} --init writes them to edit.',
    round:
      'Year assessed: {year}; completion from the summary of {months}; reporting discipline over the rounds {rounds} (due on day {day} of the next month).',
    header: ['Rank', 'Unit', 'Total', 'Grade', 'Veto', 'Interview'],
    written: 'Wrote {path} (the assessment of {units} units).',
    bulletinWritten: 'Wrote the assessment bulletin {path}.',
  },
  assessBulletin: {
    title: '关于{period}{title}考核结果的通报',
    wholeYear: '{year}年度',
    partYear: '{year}年{months}',
    to: '{units}：',
    overviewHeading: '一、考核情况',
    overview:
      '根据《{title}考核办法》，对{units}个单位{year}年度{indicators}目标任务完成情况进行了考核。完成率按各单位报送、汇总的{months}累计完成数计算，报送纪律按本年已汇总的{rounds}轮报送计。',
    counts: '考核结果：{counts}。',
    count: '{grade}{n}个',
    resultsHeading: '二、考核结果',
    gradeLine: '{grade}（{n}个）：{units}。',
    table: { rank: '排名', unit: '单位', rate: '{indicator}|完成率（%）', total: '总分', grade: '等次' },
    vetoHeading: '三、一票否决和约谈',
    veto: '{unit}{indicator}完成{done}{measure}，为目标{target}{measure}的{rate}%，低于否决线{line}%，实行一票否决，等次为{grade}。',
    vetoNoFigure: '{unit}未报送{indicator}完成情况，低于否决线{line}%，实行一票否决，等次为{grade}。',
    interview: '{unit}总分{total}分，排名第{rank}位（共{count}个单位）：{figures}。予以约谈。',
    figure: '{indicator}完成{done}{measure}（目标{target}{measure}，完成率{rate}%）',
    noFigure: '{indicator}未报送',
    noReport: '本年各轮均没有被采用的报送',
    noTarget: '{indicator}未下达目标',
    plus: '{unit}加{points}分：{reason}。',
    minus: '{unit}扣{points}分：{reason}。',
    noVeto: '没有单位被一票否决。',
    noInterview: '没有单位需要约谈。',
    disciplineHeading: '四、报送纪律',
    late: '迟报：{units}。',
    missing: '漏报：{units}。',
    unitMonths: '{unit}（{months}）',
    returnedMonth: '{month}月退回未重报',
    onTime: '各单位全年均按时报送。',
    requirementsHeading: '五、下步要求',
    date: '{year}年{month}月{day}日',
    contact: '（联系人：{contact}）',
    months: '1—{month}月',
    january: '1月',
    and: '、',
  },
  bulletinDocument: {
    title: 'Progress of {title}, {months} {year}',
    to: 'To: {units}',
    overall: '1. Overall',
    units: '2. By unit',
    reporting: '3. Reporting',
    table: ['Unit', 'Target', 'Done', 'Completion|(%)', 'Time|elapsed (%)', 'Gap|(points)', 'Rank'],
    growth: 'Year on|year (%)',
    indicatorHeading: '({n}) {indicator} ({measure})',
    date: '{day} {month} {year}',
    contact: '(Contact: {contact})',
    numbers: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'],
    requirements: '4. Next steps',
  },
  spreadWords: {
    header: ['cell', 'unit', 'before', 'after', 'note'],
    why: { spread: 'spread', roundedUp: 'spread (+1 in the last digit)', restored: 'restored' },
    noChange: 'No figure needs to change.',
    roundedUp: 'These cells took +1 in the last digit so the total is met exactly: {cells}',
    written: 'Wrote {path}',
    more: '… the first {shown} of {count} changed cells; {rest} more not listed (add --verbose or --json to see them all).',
    notWritten: 'No figure needs to change; the file is unchanged.',
  },
  paneWords: {
    'recognise.twoUnitColumns':
      'In {where} of “{file}”, both “{first}” and “{second}” look like unit names: choose one under “Unit column” below.',
    'recognise.severalTables': '“{file}” holds {count} tables: choose one below.',
    'pane.recognise.selectionTooLarge':
      'The selection {range} has {rows} rows and {columns} columns, more than a target table could (at most {maxRows} rows, {maxColumns} columns): select just the table.',
    'custom.noUnits': 'Give at least one unit: one per line under “Units”, or choose a county preset.',
    'custom.noIndicators':
      'Give at least one indicator under “Indicators”, one per line, e.g. 回归到位资金：亿元.',
    'custom.noYears': 'Give at least one year under “Years”, e.g. 2018, 2019.',
    'spread.badTotal': 'The total must be a number; this box holds “{value}”.',
    'spread.noTotal': 'Type the new total.',
    'spread.noReference':
      'Choose the “Reference column”: the column whose proportions (or base) the spread follows.',
    'spread.badRate':
      'The yearly growth rate must be a number (a percentage, e.g. 8); this box holds “{value}”.',
    'spread.proportionalAllZero':
      'Every unit of “{column}” holds 0 or nothing, so there is no proportion to keep; choose “Evenly” as the method.',
    'spread.referenceAllZero': 'The reference column holds only 0 or nothing; choose “Evenly” as the method.',
    'spread.ambiguousColumn':
      'The indicator “{indicator}” has several target columns ({columns}); choose one under “Indicator and year”.',
    'spread.weightsMissing':
      '{count} {count|unit has|units have} no weight: {units}. Give {count|it|them} a weight (0 for none).',
    'spread.total.tooPrecise':
      'The total {value} has more decimals than the {decimals} of “{column}” and cannot be spread exactly. Give it with {decimals} decimals.',
    'locate.unknownRow':
      'Row {row} of sheet “{sheet}”, “{name}”, is not in the plan. If it is a new unit, click “Add to plan”; otherwise delete the row.',
    'locate.unitMissing':
      'The unit “{unit}” cannot be found on sheet “{sheet}” (its row deleted, or its name changed?). If it is no longer part of the plan, click “Remove from plan”.',
    'locate.renamed':
      '“{name}” in row {row} of sheet “{sheet}” stands where “{unit}” was: if the unit was renamed, click “Rename”, and the plan, its task books and reports take the new name.',
    'column.unfilled':
      '{count} {count|unit has|units have} no target yet ({units}). Spread the assigned target {control} over them under Spread',
  } as Record<string, string>,
  pane: {
    title: 'Target Breakdown',
    intro: 'Insert target tables, validate live, re-spread totals, issue task books, consolidate reports.',
    tabs: {
      templates: 'Templates',
      issues: 'Checks',
      spread: 'Spread',
      taskbooks: 'Task books',
      collect: 'Reports',
      assess: 'Assessment',
    },
    counts: '{errors} {errors|error|errors} · {warnings} {warnings|warning|warnings}',
    noPlans: 'This workbook has no target table yet. Insert one from Templates to begin.',
    loading: 'Reading the workbook…',
    working: 'Working…',
    dismiss: 'Dismiss',
    recognise: {
      intro:
        'Bring in a target table you already have: last year’s breakdown sheet, a notice’s appendix table or a table on a web page. Units, indicators, years and the 合计 are recognised; check them, then insert a plan sheet. The source stays as it is.',
      selection: 'Recognise the selected table',
      selectionHint:
        'Select the whole table (headers and 合计 row); with one cell selected, the active sheet is read.',
      file: 'Choose a file (.xlsx or .docx)…',
      paste: 'Or paste a table',
      pastePlaceholder: 'Copy a table from a web page, Word or WPS and paste it here (with its headers).',
      pasteRecognise: 'Recognise the pasted table',
      working: 'Recognising…',
      choose: '“{file}” holds {count} tables; choose one:',
      candidate: '{where}: {caption} ({units} units, {columns} figure columns)',
      found: 'Recognised',
      headerFirst: 'Header from row',
      headerLast: 'to row',
      headerAgain: 'Recognise with this header',
      unitColumn: 'Unit column',
      measure: 'Measure of “{indicator}”',
      insert: 'Insert as a plan sheet',
      taskbook: '“{file}” is a 任务书 issued to “{unit}”: choose “From a 任务书 received” under Template.',
      noSelection: 'The active sheet is empty: select the table to recognise first.',
    },
    templates: {
      recognise: 'Recognise an existing table…',
      received: 'From a 任务书 received…',
      receivedFile: 'The 任务书 received (the “…工作目标分解任务书.xlsx” the level above sent)',
      receivedChoose: 'Choose the 任务书 workbook…',
      receivedHint: 'Its targets, measures, years and 下达目标 are taken; type this level’s units below.',
      label: 'Template',
      insert: 'Insert sheet',
      inserted: 'Inserted “{sheet}”.',
      source: 'Source: {document} {appendix}',
      unitsExample: 'e.g.\n芦淞区\n荷塘区',
      indicatorsExample: 'e.g. 回归到位资金：亿元',
      yearsExample: 'e.g. 2018, 2019, 2020',
      issuer: 'Issued by (party A)',
      issuerHint: 'The task book names this body as the issuer and above the seal.',
      issuerExample: 'e.g. 株洲市人民政府',
      custom: 'Custom',
      city: 'City preset',
      noCity: '(type the units)',
      units: 'Units (one a line, or comma separated)',
      indicators: 'Indicators (one a line, name:measure)',
      years: 'Years (comma separated)',
      title: 'Title',
    },
    issues: {
      none: 'No issues found.',
      errors: 'Errors',
      warnings: 'Warnings',
      goTo: 'Go to',
      addUnit: 'Add to plan',
      removeUnit: 'Remove from plan',
      rename: 'Rename',
      heading: '{title} ({count})',
      goToLabel: 'Go to {place}',
    },
    help: 'Help',
    oldWebview: {
      title: 'This Excel’s add-in engine is too old to open the 目标分解 pane.',
      trident:
        'It shows add-ins in Internet Explorer 11 (Office 2016, Office 2019 volume licensed and the like). The pane needs Microsoft 365 or Office 2021 or later (WebView2).',
      edgehtml:
        'It shows add-ins in the old Edge (EdgeHTML: Office 2019 retail without the WebView2 runtime, older Microsoft 365 builds). Ask your IT administrator to install the Microsoft Edge WebView2 runtime, or to update Office (Office 2021 and later bring WebView2).',
      old: 'The browser engine it shows add-ins in is too old. The pane needs Microsoft 365 or Office 2021 or later (WebView2).',
      what: 'On this PC the fenjie command line still works on workbooks. What each Office build gets:',
      help: 'Help: Office builds',
    },
    workbench: {
      title: 'Target Breakdown · Workbench',
      startTitle:
        'This is the Target Breakdown workbench: open, work on and save plan workbooks in the browser.',
      intro:
        'On WPS, 信创 PCs or a PC without Excel, do the same work as in Excel here: “Open workbook…” to pick a plan workbook (or “New”, then insert a table under Templates), check, spread, issue task books, import reports, score the 考核, then Save; the figures can still be edited and saved in WPS, and are read again here. In Excel, add Target Breakdown under Insert → Add-ins.',
      open: 'Open workbook…',
      new: 'New',
      save: 'Save',
      saveAs: 'Save as…',
      reload: 'Read again',
      reloadDiscard: 'Read again (drop this page’s unsaved changes)',
      unsavedFirst: '“{file}” has unsaved changes. Save first; to drop them, click “{action}” again.',
      unsaved: ' (not saved)',
      defaultName: 'target-breakdown.xlsx',
      opened: 'Opened “{file}”.',
      started: 'New workbook: insert a table under Templates, then Save.',
      saved: 'Saved to “{file}”.',
      opening: 'Opening “{file}”…',
      downloadedNew:
        'Downloaded “{file}” (in the browser’s downloads folder): open that file to go on working.',
      downloaded:
        'Downloaded “{file}” (a file opened this way cannot be written back in place): replace the original with the download.',
      saveFailed:
        'Not saved ({message}): the file on disk is unchanged and the work is still here; use “Save as…”.',
      reloaded: 'Read “{file}” again.',
      changedOnDisk:
        '“{file}” was saved elsewhere while this page has unsaved changes. “Save as…” to keep them, or read the file again.',
      saveConflict:
        'Not saved: “{file}” was saved elsewhere after this page read it, and saving would overwrite that change. Use Save as… to keep this page’s work, or read it again (dropping this page’s changes); choose Overwrite only if you mean to.',
      overwrite: 'Overwrite',
      tooLarge: '“{file}” is {size} MB, over {max} MB: not like a plan workbook, so it was not opened.',
      failed: 'Something unexpected went wrong ({message}); the file was not changed.',
      sheet: 'Sheet',
      view: 'Sheet “{sheet}” (read-only: edit it in WPS)',
      cut: 'Showing the first {rows} rows and {cols} columns.',
    },
    noOfficeJs: {
      title: 'office.js did not load: the pane cannot reach Excel.',
      body: 'This PC cannot reach {url} (common on an intranet without Microsoft’s CDN). The add-in is installed; please pass this on to your IT administrator: build with npm run deploy, which serves office.js with the add-in.',
    },
    settings: {
      title: 'Plan settings',
      intro: 'Plan settings (used by the 任务书, the 通报 and the 考核): change and save.',
      issuer: 'Issuing body (甲方 of the 任务书)',
      reportTo: 'Reports go to',
      reportDay: 'Due by day of month',
      contact: 'Contact and telephone (in the 任务书 and the 通报)',
      signer: 'The 通报 is signed by (empty: the issuing body)',
      to: 'The 通报 is addressed to (empty: every unit)',
      save: 'Save settings',
      saving: 'Saving the settings…',
    },
    assess: {
      intro:
        'Scores, ranks and grades every unit by this workbook’s 考核办法 sheet, from the rounds 导入报送 kept in this workbook (or a summary workbook you choose), into a 考核 sheet of formulas (a change to a rule, a completion or a bonus re-scores).',
      fromRounds: 'Score from this workbook’s rounds',
      choose: 'Choose a summary workbook to score from…',
      working: 'Scoring…',
      written: 'Wrote the 考核 sheet: {year}, {units} units, completion from the summary of {months}.',
      wroteRules:
        ' This workbook had no 考核办法 sheet: the default rules (points shared equally, in proportion) were written; change them to the local rules and the 考核 sheet re-scores.',
      rank: 'No. {rank}',
      total: '{total} points',
      bulletin: 'Write the assessment bulletin (.docx)',
      bulletinName: '考核结果通报-{period}.docx',
      bulletinWritten: 'Wrote “{file}” (download): open it in Word or WPS, check it, then issue it.',
      bulletinWorking: 'Writing the assessment bulletin…',
      thisWorkbook: 'this workbook',
    },
    collect: {
      pick: 'The workbooks the units sent back (.xlsx, several at once)',
      choose: 'Import reports…',
      reading: 'Checking: {file}',
      written: 'Wrote 汇总 and 通报 ({months}).',
      nothingPassed:
        'No report passed, so no 汇总 was written: the reasons are below; the units correct and send again.',
      kept: 'The round is kept in this workbook (see “历史”); importing the same round again replaces only it, and the 考核 uses the rounds directly.',
      file: 'File',
      verdict: 'Verdict',
      bulletin: 'Bulletin (.docx)',
      issuer: 'Issued by',
      date: 'Date of issue',
      dateHint: 'Today when empty; this round was due on {due}.',
      dateToday: 'Today when empty.',
      to: 'Addressed to',
      toHint: 'The reporting units when empty.',
      bulletinName: 'bulletin-{year}-{months}.docx',
      bulletinWritten: 'Bulletin “{file}” downloaded: open it in Word or WPS Writer, check it and issue it.',
      thisRound: 'this round',
      upwardHint:
        'This plan was made from a 任务书 received from above: this round’s totals can be typed into the workbook it came with (完成情况), to send back up.',
      upward: 'Fill in the report upward…',
      upwardName: '{unit}-完成情况报送（1—{month}月）.xlsx',
      upwardWritten:
        'Typed {unit}’s cumulative figures for {months} from this round ({count} cells), dated today: downloaded “{file}”; check it and send it up.',
      bulletinWorking: 'Writing the bulletin…',
    },
    taskbooks: {
      units: 'Units ({chosen} of {all} chosen)',
      generate: 'Write task book sheets',
      export: 'Export unit workbooks (.zip)',
      generating: 'Writing task books…',
      exporting: 'Exporting…',
      writing: 'Writing: {unit}',
      generated: 'Wrote {count} task book {count|sheet|sheets}; their figures follow the plan sheet.',
      stale: 'These units are no longer in the plan; their task book sheets were kept: {sheets}.',
      removeStale: 'Delete these sheets',
      removed: 'Deleted: {sheets}.',
      exported: 'Exported the workbooks of {count} {count|unit|units} (progress reported for {year}).',
      exportedDepartments: 'Exported the 任务书 of {count} responsible {count|department|departments}.',
      year: 'Reporting year',
      yearHint: 'The exported progress sheets are filled in month by month for this year.',
      yearOption: '{year}',
      changedMark: 'changed',
      adjustedPending:
        'Targets changed after issue (version {version}, not yet issued): {count} units differ from version {from}, marked “changed”. See the sheet “调整记录”.',
      adjustedIssued:
        'Version {version} was issued on {year}-{month}-{day}: {count} units’ targets changed, marked “changed”.',
      adjustedRemoved: ' Units removed: {units}.',
      selectChanged: 'Select the changed units only',
      exportAdjusted: 'Export adjusted 任务书 (.zip)',
      adjustedZipName: '{title}-调整任务书（第{version}版）.zip',
      reissued: 'The plan is now version {version}. ',
      zipName: '{title}-task-books.zip',
    },
    spread: {
      plan: 'Table',
      indicator: 'Indicator and year',
      total: 'New total (assigned target)',
      method: 'Method',
      methods: {
        proportional: 'In proportion to current figures',
        even: 'Evenly',
        weights: 'By weights',
        reference: 'In proportion to a reference column',
        growth: 'By growth rate',
      },
      reference: 'Reference column',
      rate: 'Annual growth (%)',
      weight: 'Weight',
      locks: 'Units to hold (locked)',
      preview: 'Preview',
      apply: 'Apply',
      undo: 'Undo last spread',
      undone: 'Restored the figures from before the spread ({count} cells).',
      applied: 'Wrote {count} {count|cell|cells}, listed below.',
      before: 'Before',
      after: 'After',
      unit: 'Unit',
      cell: 'Cell',
      roundedUp: '+1 last digit',
      noColumns: 'This table has no indicator that can be spread from a total.',
      emptyTotal: 'Left empty, the sheet’s assigned target {control} is spread.',
      totalChanges: 'Applying also changes the assigned target from {control} to this total.',
      chooseReference: '(choose)',
      weightOf: 'Weight of {unit}',
      written: 'Written',
      totalRow: '{total} (formula)',
      remainder:
        'The last-digit remainder, {amount} {measure} in all, went to {units}: largest rounded-off part first, then the larger current figure, then the one higher in the table.',
      noChange: 'No figure needs to change.',
    },
  },
  tools: {
    manifest: {
      usage: 'usage: npm run manifest -- https://your-server/path [output file]',
      notUrl: '"{given}" is not a URL.',
      notHttps: '"{given}" is not an HTTPS URL: Office loads add-ins only over HTTPS. Write https://…',
      hasQuery: '"{given}" has a query or fragment (? or #): give only the server and path.',
      punycode: 'The Chinese domain name is written {host} in the manifest.',
      replaced: 'Replaced {count} {count|occurrence|occurrences} of {dev} with {host} in {path}.',
      left: 'Left as they were (check them): {urls}',
      upload:
        'Upload it in the Microsoft 365 admin center (Settings → Integrated apps → Upload custom apps).',
    },
    app: {
      serving: 'The workbench is at {url} (folder {path}). Open that address in a browser; Ctrl+C stops it.',
      notBuilt: 'No app.html in “{path}”: run npm run app (it builds first).',
    },
    deploy: {
      usage: 'Usage: npm run deploy -- https://server/path/ [--out folder]',
      notFolder: '“{path}” is not a folder.',
      notDeploy:
        '“{path}” holds other files and is not an earlier deploy (no index.json): nothing built, so as not to delete them. Choose an empty folder.',
      building: 'Building the deploy folder for {host}: {path} …',
      buildFailed: 'The build failed (see above); no manifest written.',
      done: 'Wrote {path}: {files} files, {size} MB ({office} of them in office/, {officeSize} MB), manifest version {version}.',
      compared:
        'Against the last deploy (version {from}): {changed} changed, {added} added, {removed} removed.',
      changedFiles: 'Changed: {files}',
      removedFiles: 'Removed (they can go from the server too): {files}',
      sameVersion:
        'Files changed but the manifest version did not: Office updates an add-in’s buttons and manifest only for a higher version. Raise version in package.json, then deploy again.',
      next: 'Copy the whole folder to the server so that {url}taskpane.html loads; then put manifest.xml in the shared-folder catalog (README, “Deploying to a bureau”).',
    },
    demoDone: 'Demo done: the workbooks are in {path}.',
    devCertificate:
      'No trusted development certificate: run npx office-addin-dev-certs install, then npm run dev-server. ({reason})',
  },
  cli: {
    /** Command-line help (fenjie --help). */
    help: {
      templates: 'list the built-in templates',
      new: 'write a new plan workbook',
      validate: 'validate a plan workbook (exit 1 on errors)',
      spread: 'spread a total over the units and write it back',
      undo: 'put back what the last spread changed',
      lang: 'language: zh-CN or en-US',
      json: 'JSON output',
      template: 'template id (fenjie templates), or custom',
      output: 'the .xlsx to write',
      units: 'custom: units, comma separated (芙蓉区,天心区,…)',
      city: 'custom: take the units of a Hunan city (长沙市, 株洲市, …)',
      indicators: 'custom: name:measure, comma separated (回归到位资金:亿元,回归总部经济个数:个)',
      years: 'custom: years, comma separated (2017,2018,2019,2020)',
      title: 'custom: the table title',
      file: 'plan .xlsx',
      indicator: 'the indicator, e.g. 回归到位资金',
      year: 'the year when the indicator has several target columns',
      total: 'the new control total (default: the 下达目标 in the sheet)',
      method: 'proportional | even | weights | reference | growth',
      lock: 'units held at their figures',
      weights: 'weights: 高新区=2,芦淞区=1',
      reference: 'reference: the column to keep the proportions of (2016)',
      from: 'growth: the base year (2016)',
      rate: 'growth: the annual rate (0.15); default the indicator’s rule',
      floor: 'per-unit floors: 高新区=80',
      cap: 'per-unit caps: 高新区=100',
      outputOther: 'write to another file instead of in place',
      verbose: 'list everything, one line each (units, files, cells)',
      version: 'print the version',
      dryRun: 'print the changes only',
      units_: 'add, remove or rename units (after rows were inserted or deleted in the table)',
      unitsAdd: 'take rows inserted inside the table into the plan (all new rows when no name is given)',
      unitsRemove: 'remove units whose rows were deleted from the plan',
      unitsRename: 'rename a unit, in the plan and on the sheet',
      unitNames: 'unit names',
      unitFrom: 'the old name',
      unitTo: 'the new name',
      taskbooks: 'write each unit’s task book (one workbook per unit, and all in one)',
      outputFolder: 'the folder to write into',
      collectYear: 'the reporting year (default: the year the reports were issued for)',
      month: 'the month the round runs to, e.g. 3 (default: the month most reports reached)',
      forceOpen: 'write even though the workbook is open in Excel, WPS or LibreOffice',
      newOutput: 'the file to write (default: <template>.xlsx in the current folder)',
      settings:
        'The plan’s settings: the issuing body, who receives the reports, the monthly reporting day, the contact, and who signs the 通报 and whom it is addressed to (used by the 任务书, the 通报 and the 考核); without options, shows them',
      settingsIssuer:
        'The issuing body (甲方 of the 任务书, who signs the 通报 by default), such as 株洲市人民政府',
      settingsReportTo: 'Who the units report to, such as 市商务局',
      settingsReportDay: 'The day of each month reports are due by (1–28), such as 5',
      settingsContact: 'The contact person and telephone, in the 任务书 and the 通报 (empty: none)',
      settingsSigner:
        'Who signs the 通报 (default: the issuing body), such as 株洲市商务局 (empty: the default)',
      settingsTo:
        'Whom the 通报 is addressed to (default: every unit), such as 各县市区人民政府 (empty: the default)',
      bulletinContact: 'the contact person and telephone (default: the plan’s)',
      shares:
        'set the yearly shares of a target over several years (each year’s 完成情况, 汇总 and 通报 use them)',
      sharesList: 'yearly shares in %, e.g. 2017=20,2018=25,2019=25,2020=30, summing to 100',
      even: 'share it evenly over its years again',
      year_: 'the reporting year (default: this year within the plan’s period)',
      departments:
        'list the departments of a task table with their lead, responsible and support tasks; correct a name once',
      rename: 'correct department names: 市商务粮食局=市商务局 (comma separated)',
      inPlace:
        'write the task books as sheets of the plan workbook (figures linked to the plan sheet, so they follow a later spread)',
      taskbookUnits: 'only these units (comma separated; default all)',
      changed:
        'only the units whose targets changed since the last issue (each 任务书 titled 调整, with what changed)',
      removeStale: 'delete the task book sheets of units no longer in the plan',
      collect: 'check the workbooks units sent back and consolidate them (exit 1 when any is returned)',
      reports: 'the units’ .xlsx reports',
      report:
        'Report upward: this level’s 汇总 typed into the 完成情况 of the 任务书 workbook the level above sent',
      reportInto: 'The 任务书 workbook the level above sent to this unit',
      reportOut: 'Write to another file (default: back into the --into file)',
      reportPerson: '填报人 (who fills it in)',
      reportPhone: '联系电话 (their telephone)',
      newFrom:
        'A plan for the next level from a 任务书 workbook received (its targets, measures, years and 下达目标), or from a table the bureau already has (an .xlsx sheet, a .docx appendix table), recognised',
      newTable: 'With --from: which table of the file, by number (--dry-run lists them)',
      newSheet: 'With --from: which sheet of the workbook',
      newUnitColumn: 'With --from: the header of the column of unit names (where two columns could be it)',
      newHeaderRows: 'With --from: the header rows, such as 3-4 (where the header was misread)',
      newDryRun: 'With --from: print the units, indicators, years and totals recognised; write nothing',
      newInPlace: 'With --from: add the plan sheet to the source workbook, its own sheets untouched',
      newUpdate: 'With --from: give a plan made from an earlier 任务书 of the same unit its new 下达目标',
      newIssuer: 'The issuing body (default: the unit that received the 任务书, such as 醴陵市人民政府)',
      assess:
        'Annual assessment: score, rank and grade every unit from the summary by the plan workbook’s rules (--init writes the rules first)',
      assessInit: 'Write the rules sheet (defaults to edit) into the plan workbook',
      assessSummary: 'A summary .xlsx this tool wrote (with the year’s rounds)',
      assessOut: 'The assessment workbook to write (the 考核 sheet and a copy of the rules)',
      assessInPlace:
        'Write the 考核 sheet into the plan workbook (its formulas refer to the rules sheet there)',
      assessYear: 'The year assessed (default: the summary’s latest)',
      assessBulletin: 'Also write the assessment bulletin (.docx, GB/T 9704)',
      bulletin: 'write the bulletin of a round from a summary already written (.docx, GB/T 9704 layout)',
      summaryIn: 'a summary .xlsx this tool wrote',
      bulletinFile: 'the bulletin .docx to write',
      bulletinRound: 'which round, such as 2018-03 (default: the one its sheets show)',
      bulletinPlan: 'the plan workbook: addressees and next steps from it (must be the summary’s plan)',
      bulletinIssuer: 'the issuing body that signs it (default: the plan’s issuer)',
      bulletinTo: 'addressed to (default: every unit of the plan)',
      bulletinRequirements:
        'a text file of next steps, a paragraph a line (default: the task book’s requirements)',
      bulletinDate: 'the date signed, such as 2018-04-10 (default: today)',
      lastYear: 'last year’s summary workbook: year on year against its figures for the same months',
      bulletinOut: 'also write the bulletin as a document (.docx, GB/T 9704 layout)',
      summaryOut: 'the .xlsx to write the consolidation into',
      force: 'overwrite a file that exists; write even though the workbook is open in another program',
      others: 'weights: the weight of the units not listed (e.g. 0)',
      round: 'round a total with more decimals than the indicator to its precision',
      help: 'show help',
      helpCommand: 'show help for a command',
    },
    helpTitles: {},
    parse: {
      missingMandatoryOptionValue: 'The option {what} is required.',
      optionMissingArgument: 'The option {what} needs a value.',
      missingArgument: 'The argument {what} is missing.',
      unknownOption: 'There is no option {what}.',
      unknownCommand: 'There is no command {what}.',
      excessArguments: 'Too many arguments.',
      invalidArgument: 'Invalid argument: {what}.',
      conflictingOption: 'The option {what} cannot be combined.',
      other: 'The command line is not right.',
      didYouMean: ' Did you mean {what}?',
      more: ' See {command}',
    },
    unknownLang: 'Unsupported language “{lang}”. Use zh-CN or en-US.',
    colon: ': ',
    totalRounded: 'The total {value} was rounded to the indicator’s {decimals} decimals: {rounded}.',
    description:
      'Target breakdown: split the targets handed down to counties, districts, zones and departments.',
    templatesHeader: ['template', 'title', 'source', 'size'],
    taskSize: '{tasks} {tasks|task|tasks} in {sections} {sections|part|parts}',
    size: '{units} {units|unit|units} × {columns} {columns|column|columns}',
    written: 'Wrote {path}: {title} ({units} {units|unit|units}, {columns} {columns|column|columns})',
    writtenTasks: 'Wrote {path}: {title} ({units} {units|task|tasks})',
    error: 'Error',
    controlChanged: '下达目标 “{column}”: {old} → {value} (the units now sum to {sum}; spread again)',
    controlsUpdated:
      'Updated the 下达目标 of “{path}” from the new 任务书; the units’ figures are as they were. fenjie validate shows the columns that no longer sum; fenjie spread spreads them.',
    controlsSame:
      'The new 任务书 gives “{path}” the same 下达目标: nothing to change (its version is recorded).',
    receivedFrom:
      'A plan from the 任务书 {unit} received: {title} ({year}), {targets} target columns, their 下达目标 as issued to {unit}.',
    taskbookSheet: 'Wrote sheet “{sheet}” ({unit})',
    staleTaskbooks:
      'These units are no longer in the plan; their task book sheets were kept: {sheets} (--remove-stale deletes them).',
    settingsNow:
      'Issued by: {issuer}; reports go to: {reportTo}; due by day {reportDay} of each month; contact: {contact}; 通报 signed by: {signer}; addressed to: {to}.',
    settingsNone: '(none)',
    settingsUnits: 'every unit',
    sharesSet: 'Yearly shares of “{indicator}” ({period}) set: {shares}.',
    sharesNow: 'Yearly shares of “{indicator}” ({period}): {shares}.',
    adjusted:
      'Issued targets changed: the plan is now version {version} (not yet issued); {units} units differ from version {issued}, see the sheet “{sheet}”. fenjie taskbooks --changed re-issues only theirs.',
    adjustmentGone: 'The targets are back as version {version} issued them: nothing to re-issue.',
    issuedWithErrors:
      'Note: the plan sheet has {count} errors (first: {first}); the 任务书 are written from its figures as they stand. Run fenjie validate before sending them out.',
    changedNone: 'The targets are as version {version} issued them: no unit to re-issue.',
    changedRemoved: 'These units left the plan and get no 任务书: {units}.',
    reissued:
      'The targets differ from the last issue: the plan is now version {version}. Reports against the old version are still taken, against the new targets, with a note of what changed.',
    taskbookFile: '{unit}-工作目标分解任务书.xlsx',
    adjustedTaskbookFile: '{unit}-工作目标分解任务书（第{version}版调整）.xlsx',
    allAdjustedFile: '全部调整任务书（第{version}版）.xlsx',
    allTaskbooksFile: '全部任务书.xlsx',
    staleRemoved: 'Removed what an interrupted write of “{path}” left behind: {files}',
    taskbookWritten: 'Wrote {path} ({unit})',
    allTaskbooksWritten: 'Wrote {path} (the task books of {units} {units|unit|units} in one)',
  },
};
