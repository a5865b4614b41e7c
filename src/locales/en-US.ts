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
    'file.notFound': 'File not found: {path}',
    'file.notWorkbook': '“{path}” is not a readable .xlsx workbook: {problem}',
    'file.noPlan': 'The workbook “{path}” holds no target plan (its hidden plan data is missing).',
    'file.sheetMissing': 'The plan sheet “{sheet}” is missing from the workbook (renamed or deleted?).',
    'file.exists': 'The file exists already: {path} (add --force to overwrite).',
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
