import { Command } from 'commander';
import { cliContext, run } from './context';
import { newPlan, type NewOptions } from './new';
import { listTemplates } from './templates';
import { spreadWorkbook, undoWorkbook, type SpreadOptions } from './spread';
import { validateWorkbook } from './validate';

// `fenjie validate plan.xlsx | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const program = new Command();
const h = cliContext().m.cli.help;
const ctx = () => cliContext(program.opts<{ lang?: string }>().lang);

program
  .name('fenjie')
  .description(cliContext().m.cli.description)
  .option('--lang <locale>', h.lang)
  .showHelpAfterError();

program
  .command('templates')
  .description(h.templates)
  .option('--json', h.json)
  .action(run((opts: { json?: boolean }) => listTemplates(ctx(), opts.json ?? false)));

program
  .command('new')
  .description(h.new)
  .argument('<template>', h.template)
  .requiredOption('-o, --output <file>', h.output)
  .option('--units <list>', h.units)
  .option('--city <name>', h.city)
  .option('--indicators <list>', h.indicators)
  .option('--years <list>', h.years)
  .option('--title <text>', h.title)
  .action(run((template: string, opts: NewOptions) => newPlan(ctx(), template, opts)));

program
  .command('validate')
  .description(h.validate)
  .argument('<file>', h.file)
  .option('--json', h.json)
  .action(run((file: string, opts: { json?: boolean }) => validateWorkbook(ctx(), file, opts.json ?? false)));

program
  .command('spread')
  .description(h.spread)
  .argument('<file>', h.file)
  .requiredOption('--indicator <name>', h.indicator)
  .option('--year <period>', h.year)
  .option('--total <number>', h.total)
  .option('--method <method>', h.method, 'proportional')
  .option('--lock <units...>', h.lock)
  .option('--weights <list>', h.weights)
  .option('--reference <period>', h.reference)
  .option('--from <period>', h.from)
  .option('--rate <fraction>', h.rate)
  .option('--floor <list>', h.floor)
  .option('--cap <list>', h.cap)
  .option('-o, --output <file>', h.outputOther)
  .option('--dry-run', h.dryRun)
  .action(run((file: string, opts: SpreadOptions) => spreadWorkbook(ctx(), file, opts)));

program
  .command('undo')
  .description(h.undo)
  .argument('<file>', h.file)
  .action(run((file: string) => undoWorkbook(ctx(), file)));

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
