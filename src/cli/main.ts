import { Command } from 'commander';
import { cliContext, run } from './context';
import { newPlan, type NewOptions } from './new';
import { listTemplates } from './templates';

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

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
