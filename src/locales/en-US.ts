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
    notANumber: 'not a number',
    validationTitle: 'Target breakdown',
    validationFigure: 'Enter a number of at least 0, or “—” where it does not apply.',
    validationCount: 'Enter a whole number of at least 0, or “—” where it does not apply.',
    validationShare: 'Enter a percentage between 0 and 100, or “—” where it does not apply.',
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
    'custom.duplicate': 'The {what} “{name}” appears twice.',
    'custom.badIndicator': 'Indicator “{text}” should read name:measure, e.g. 回归到位资金:亿元.',
    'custom.unknownCity': 'No preset for “{city}”. Presets: {known}',
    'spread.unknownColumn': 'The plan has no column “{column}”.',
    'spread.unknownUnit': 'The plan has no unit “{unit}”.',
    'spread.notSummed': '“{column}” is a ratio or percentage; it cannot be spread from a total.',
    'spread.notANumber': 'The {what} must be a number, not “{value}”.',
    'spread.noTotal': '“{column}” has no assigned target: give the total to spread.',
    'spread.locksExceedTotal':
      'The locked units already hold {locked}, more than the total {total}. Unlock some or raise the total.',
    'spread.nothingToSpread': 'Every unit is locked ({locked}); nothing can take up the total {total}.',
    'spread.negativeWeight':
      '“{unit}” has a negative base ({value}); proportional spreading needs figures of at least 0.',
    'spread.proportionalAllZero':
      'Every unit of “{column}” holds 0 or nothing, so there is no proportion to keep; spread evenly instead (--method even).',
    'spread.referenceAllZero':
      'The reference column holds only 0 or nothing; spread evenly instead (--method even).',
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
    'excel.failed': 'Excel reported {code}: {message}',
    'excel.noPlan': 'This workbook has no target table yet. Insert one from Templates first.',
    'file.notFound': 'File not found: {path}',
    'file.notWorkbook': '“{path}” is not a readable .xlsx workbook: {problem}',
    'file.noPlan': 'The workbook “{path}” holds no target plan (its hidden plan data is missing).',
    'file.sheetMissing': 'The plan sheet “{sheet}” is missing from the workbook (renamed or deleted?).',
    'file.exists': 'The file exists already: {path} (add --force to overwrite).',
  },
  issues: {
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
    summary: '{errors} errors, {warnings} warnings',
    header: ['severity', 'where', 'unit', 'indicator', 'issue'],
  },
  spreadWords: {
    header: ['cell', 'unit', 'before', 'after', 'note'],
    why: { spread: 'spread', roundedUp: 'spread (+1 in the last digit)', restored: 'restored' },
    noChange: 'No figure needs to change.',
    roundedUp: 'These cells took +1 in the last digit so the total is met exactly: {cells}',
    written: 'Wrote {path}',
  },
  pane: {
    title: 'Target Breakdown',
    intro: 'Insert target tables, validate live, re-spread totals, issue task books, consolidate reports.',
  },
  cli: {
    description:
      'Target breakdown: split the targets handed down to counties, districts, zones and departments.',
    templatesHeader: ['template', 'title', 'source', 'size'],
    size: '{units} units × {columns} columns',
    written: 'Wrote {path}: {title} ({units} units, {columns} columns)',
    error: 'Error',
  },
};
