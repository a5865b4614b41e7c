import { Command } from 'commander';
import { cliContext, run } from './context';
import { newPlan, type NewOptions } from './new';
import { listTemplates } from './templates';
import { spreadWorkbook, undoWorkbook, type SpreadOptions } from './spread';
import { validateWorkbook } from './validate';

const program = new Command();
const ctx = () => cliContext(program.opts<{ lang?: string }>().lang);

program
  .name('fenjie')
  .description(cliContext().m.cli.description)
  .option('--lang <locale>', 'zh-CN | en-US')
  .showHelpAfterError();

program
  .command('templates')
  .description('列出内置模板 / list the built-in templates')
  .option('--json', 'JSON output')
  .action(run((opts: { json?: boolean }) => listTemplates(ctx(), opts.json ?? false)));

program
  .command('new')
  .description('新建目标分解表 / write a new plan workbook')
  .argument('<template>', 'template id (fenjie templates), or custom')
  .requiredOption('-o, --output <file>', 'the .xlsx to write')
  .option('--units <list>', 'custom: units, comma separated (芙蓉区,天心区,…)')
  .option('--city <name>', 'custom: take the units of a Hunan city (长沙市, 株洲市, …)')
  .option(
    '--indicators <list>',
    'custom: name:measure, comma separated (回归到位资金:亿元,回归总部经济个数:个)',
  )
  .option('--years <list>', 'custom: years, comma separated (2017,2018,2019,2020)')
  .option('--title <text>', 'custom: the table title')
  .action(run((template: string, opts: NewOptions) => newPlan(ctx(), template, opts)));

program
  .command('validate')
  .description('校验目标分解表 / validate a plan workbook (exit 1 on errors)')
  .argument('<file>', 'plan .xlsx')
  .option('--json', 'JSON output')
  .action(run((file: string, opts: { json?: boolean }) => validateWorkbook(ctx(), file, opts.json ?? false)));

program
  .command('spread')
  .description('重新分解 / spread a total over the units and write it back')
  .argument('<file>', 'plan .xlsx')
  .requiredOption('--indicator <name>', 'the indicator, e.g. 回归到位资金')
  .option('--year <period>', 'the year when the indicator has several target columns')
  .option('--total <number>', 'the new control total (default: the 下达目标 in the sheet)')
  .option('--method <method>', 'proportional | even | weights | reference | growth', 'proportional')
  .option('--lock <units...>', 'units held at their figures')
  .option('--weights <list>', 'weights: 高新区=2,芦淞区=1')
  .option('--reference <period>', 'reference: the column to keep the proportions of (2016)')
  .option('--from <period>', 'growth: the base year (2016)')
  .option('--rate <fraction>', 'growth: the annual rate (0.15); default the indicator’s rule')
  .option('--floor <list>', 'per-unit floors: 高新区=80')
  .option('--cap <list>', 'per-unit caps: 高新区=100')
  .option('-o, --output <file>', 'write to another file instead of in place')
  .option('--dry-run', 'print the changes only')
  .action(run((file: string, opts: SpreadOptions) => spreadWorkbook(ctx(), file, opts)));

program
  .command('undo')
  .description('撤销上次分解 / put back what the last spread changed')
  .argument('<file>', 'plan .xlsx')
  .action(run((file: string) => undoWorkbook(ctx(), file)));

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
