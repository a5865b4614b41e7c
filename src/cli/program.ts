import { Command, Help, Option } from 'commander';
import type { CliContext } from './context';
import type { NewOptions } from './new';
import type { SpreadOptions } from './spread';
import type { TaskbooksOptions } from './taskbooks';
import type { CollectOptions } from './collect';
import type { BulletinOptions } from './bulletin';
import type { AssessOptions } from './assess';
import type { ReportOptions } from './report';
import type { SharesOptions } from './shares';
import type { SettingsOptions } from './settings';
import { run } from './context';
import packageJson from '../../package.json';

// Each command's module is loaded when it runs, so a command that never rewrites a workbook never loads
// ExcelJS (start-up is most of a short command's time).
const commands = {
  new: () => import('./new'),
  spread: () => import('./spread'),
  templates: () => import('./templates'),
  validate: () => import('./validate'),
  taskbooks: () => import('./taskbooks'),
  departments: () => import('./departments'),
  collect: () => import('./collect'),
  bulletin: () => import('./bulletin'),
  assess: () => import('./assess'),
  report: () => import('./report'),
  units: () => import('./units'),
  shares: () => import('./shares'),
  settings: () => import('./settings'),
};

// package.json's version, taken in at build time: the bundled command line reads no file to say it.
const version = (): string => packageJson.version;

/** The fenjie command line, its help and its option names in the context's language. */
export const buildProgram = (ctx: CliContext): Command => {
  const h = ctx.m.cli.help;
  const titles = ctx.m.cli.helpTitles as Record<string, string>;
  const program = new Command();
  // 主送, 发文机关, 下步要求 and 成文日期: the same for a 通报 written while collecting and one written later.
  const bulletinWords = (command: Command) =>
    command
      .option('--to <units>', h.bulletinTo)
      .option('--issuer <name>', h.bulletinIssuer)
      .option('--contact <text>', h.bulletinContact)
      .option('--requirements <file>', h.bulletinRequirements)
      .option('--date <date>', h.bulletinDate);
  program
    .name('fenjie')
    .description(ctx.m.cli.description)
    .configureHelp({
      styleTitle: (title) => titles[title] ?? title,
      // A full-width colon takes no space after it (用法：fenjie …).
      formatHelp: (command, helper) =>
        Help.prototype.formatHelp.call(helper, command, helper).replace(/([：]) +/g, '$1'),
    })
    .helpOption('-h, --help', h.help)
    .version(`fenjie ${version()}`, '-V, --version', h.version)
    .helpCommand('help [command]', h.helpCommand)
    .exitOverride()
    .configureOutput({ writeErr: () => undefined, outputError: () => undefined })
    .addOption(new Option('--lang <locale>', h.lang));

  program
    .command('templates')
    .description(h.templates)
    .option('--json', h.json)
    .action(
      run(ctx, async (opts: { json?: boolean }) =>
        (await commands.templates()).listTemplates(ctx, opts.json ?? false),
      ),
    );

  program
    .command('new')
    .description(h.new)
    .argument('[template]', h.template)
    .option('--from <file>', h.newFrom)
    .option('--update <plan>', h.newUpdate)
    .option('--issuer <name>', h.newIssuer)
    .option('-o, --output <file>', h.newOutput)
    .option('--force', h.force)
    .option('--units <list>', h.units)
    .option('--city <name>', h.city)
    .option('--indicators <list>', h.indicators)
    .option('--years <list>', h.years)
    .option('--title <text>', h.title)
    .option('--table <n>', h.newTable)
    .option('--sheet <name>', h.newSheet)
    .option('--unit-column <header>', h.newUnitColumn)
    .option('--header-rows <rows>', h.newHeaderRows)
    .option('--dry-run', h.newDryRun)
    .option('--in-place', h.newInPlace)
    .action(
      run(ctx, async (template: string | undefined, opts: NewOptions) =>
        (await commands.new()).newPlan(ctx, template, opts),
      ),
    );

  program
    .command('validate')
    .description(h.validate)
    .argument('<file>', h.file)
    .option('--json', h.json)
    .action(
      run(ctx, async (file: string, opts: { json?: boolean }) =>
        (await commands.validate()).validateWorkbook(ctx, file, opts.json ?? false),
      ),
    );

  program
    .command('spread')
    .description(h.spread)
    .argument('<file>', h.file)
    .requiredOption('--indicator <name>', h.indicator)
    .option('--year <period>', h.year)
    .option('--total <number>', h.total)
    .option('--method <method>', h.method)
    .option('--lock <units...>', h.lock)
    .option('--weights <list>', h.weights)
    .option('--others <weight>', h.others)
    .option('--reference <period>', h.reference)
    .option('--from <period>', h.from)
    .option('--rate <fraction>', h.rate)
    .option('--floor <list>', h.floor)
    .option('--cap <list>', h.cap)
    .option('-o, --output <file>', h.outputOther)
    .option('--force', h.force)
    .option('--round', h.round)
    .option('--dry-run', h.dryRun)
    .option('--verbose', h.verbose)
    .option('--json', h.json)
    .action(
      run(ctx, async (file: string, opts: SpreadOptions) =>
        (await commands.spread()).spreadWorkbook(ctx, file, opts),
      ),
    );

  program
    .command('undo')
    .description(h.undo)
    .argument('<file>', h.file)
    .option('--verbose', h.verbose)
    .option('--json', h.json)
    .option('--force', h.forceOpen)
    .action(
      run(ctx, async (file: string, opts: { verbose?: boolean; json?: boolean; force?: boolean }) =>
        (await commands.spread()).undoWorkbook(ctx, file, opts),
      ),
    );

  program
    .command('taskbooks')
    .description(h.taskbooks)
    .argument('<file>', h.file)
    .option('-o, --output <folder>', h.outputFolder)
    .option('--in-place', h.inPlace)
    .option('--units <list>', h.taskbookUnits)
    .option('--remove-stale', h.removeStale)
    .option('--changed', h.changed)
    .option('--year <year>', h.year_)
    .option('--force', h.force)
    .option('--verbose', h.verbose)
    .action(
      run(ctx, async (file: string, opts: TaskbooksOptions) =>
        (await commands.taskbooks()).writeTaskbooks(ctx, file, opts),
      ),
    );

  program
    .command('departments')
    .description(h.departments)
    .argument('<file>', h.file)
    .option('--rename <list>', h.rename)
    .option('--force', h.forceOpen)
    .action(
      run(ctx, async (file: string, opts: { rename?: string; force?: boolean }) =>
        (await commands.departments()).listDepartments({ ...ctx, force: opts.force }, file, opts.rename),
      ),
    );

  bulletinWords(
    program
      .command('collect')
      .description(h.collect)
      .argument('<plan>', h.file)
      .argument('<reports...>', h.reports)
      .option('-o, --output <file>', h.summaryOut)
      .option('--bulletin <file>', h.bulletinOut)
      .option('--last-year <file>', h.lastYear)
      .option('--year <year>', h.collectYear)
      .option('--month <month>', h.month)
      .option('--json', h.json)
      .option('--force', h.force)
      .option('--verbose', h.verbose),
  ).action(
    run(ctx, async (plan: string, reports: string[], opts: CollectOptions) =>
      (await commands.collect()).collectReports(ctx, plan, reports, opts),
    ),
  );

  bulletinWords(
    program
      .command('bulletin')
      .description(h.bulletin)
      .argument('<summary>', h.summaryIn)
      .option('-o, --output <file>', h.bulletinFile)
      .option('--round <round>', h.bulletinRound)
      .option('--plan <file>', h.bulletinPlan)
      .option('--json', h.json)
      .option('--force', h.force),
  ).action(
    run(ctx, async (summary: string, opts: BulletinOptions) =>
      (await commands.bulletin()).bulletinFromSummary(ctx, summary, opts),
    ),
  );

  bulletinWords(
    program
      .command('assess')
      .description(h.assess)
      .argument('<plan>', h.file)
      .argument('[summary]', h.assessSummary)
      .option('--init', h.assessInit)
      .option('-o, --output <file>', h.assessOut)
      .option('--in-place', h.assessInPlace)
      .option('--year <year>', h.assessYear)
      .option('--bulletin <file>', h.assessBulletin)
      .option('--json', h.json)
      .option('--force', h.force),
  ).action(
    run(ctx, async (plan: string, summary: string | undefined, opts: AssessOptions) =>
      (await commands.assess()).assessCommand(ctx, plan, summary, opts),
    ),
  );

  program
    .command('report')
    .description(h.report)
    .argument('<plan>', h.file)
    .argument('<summary>', h.summaryIn)
    .option('--into <file>', h.reportInto)
    .option('-o, --output <file>', h.reportOut)
    .option('--person <name>', h.reportPerson)
    .option('--phone <number>', h.reportPhone)
    .option('--date <date>', h.bulletinDate)
    .option('--json', h.json)
    .option('--force', h.force)
    .action(
      run(ctx, async (plan: string, summary: string, opts: ReportOptions) =>
        (await commands.report()).reportUpward(ctx, plan, summary, opts),
      ),
    );

  program
    .command('shares')
    .description(h.shares)
    .argument('<file>', h.file)
    .requiredOption('--indicator <name>', h.indicator)
    .option('--year <period>', h.year)
    .option('--shares <list>', h.sharesList)
    .option('--even', h.even)
    .option('--force', h.forceOpen)
    .action(
      run(ctx, async (file: string, opts: SharesOptions) =>
        (await commands.shares()).yearSharesCommand(ctx, file, opts),
      ),
    );

  program
    .command('settings')
    .description(h.settings)
    .argument('<file>', h.file)
    .option('--issuer <name>', h.settingsIssuer)
    .option('--report-to <name>', h.settingsReportTo)
    .option('--report-day <day>', h.settingsReportDay)
    .option('--contact <text>', h.settingsContact)
    .option('--signer <name>', h.settingsSigner)
    .option('--to <units>', h.settingsTo)
    .option('--force', h.forceOpen)
    .action(
      run(ctx, async (file: string, opts: SettingsOptions) =>
        (await commands.settings()).settingsCommand(ctx, file, opts),
      ),
    );

  const units = program.command('units').description(h.units_);
  units
    .command('add')
    .description(h.unitsAdd)
    .argument('<file>', h.file)
    .argument('[names...]', h.unitNames)
    .option('--force', h.forceOpen)
    .action(
      run(ctx, async (file: string, names: string[], opts: { force?: boolean }) =>
        (await commands.units()).addUnitsCommand({ ...ctx, force: opts.force }, file, names),
      ),
    );
  units
    .command('remove')
    .description(h.unitsRemove)
    .argument('<file>', h.file)
    .argument('<names...>', h.unitNames)
    .option('--force', h.forceOpen)
    .action(
      run(ctx, async (file: string, names: string[], opts: { force?: boolean }) =>
        (await commands.units()).removeUnitsCommand({ ...ctx, force: opts.force }, file, names),
      ),
    );
  units
    .command('rename')
    .description(h.unitsRename)
    .argument('<file>', h.file)
    .argument('<from>', h.unitFrom)
    .argument('<to>', h.unitTo)
    .option('--force', h.forceOpen)
    .action(
      run(ctx, async (file: string, from: string, to: string, opts: { force?: boolean }) =>
        (await commands.units()).renameUnitCommand({ ...ctx, force: opts.force }, file, from, to),
      ),
    );

  // --lang is read before parsing (the help is already in that language); subcommands accept it too.
  const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
  for (const command of all(program).slice(1))
    command.addOption(new Option('--lang <locale>', h.lang).hideHelp());
  return program;
};
