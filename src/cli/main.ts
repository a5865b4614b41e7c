import { CommanderError } from 'commander';
import { messages } from '../locales';
import { cliContext } from './context';
import { chooseLocale, requestedLang } from './lang';
import { describeParseError } from './parseError';
import { buildProgram } from './program';

// `fenjie validate plan.xlsx | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const argv = process.argv.slice(2);
const choice = chooseLocale(requestedLang(argv, process.env.FENJIE_LANG));
if (!choice.ok) {
  // Nobody can say which language to answer in: say it in both.
  for (const m of [messages('zh-CN'), messages('en-US')])
    process.stderr.write(
      `${m.cli.error}${m.cli.colon}${m.cli.unknownLang.replace('{lang}', choice.asked)}\n`,
    );
  process.exit(2);
}

const ctx = cliContext(choice.locale);
const program = buildProgram(ctx);
const commandTyped = argv.find((a) => program.commands.some((c) => c.name() === a));

// `fenjie` alone: the help, on standard output, and no error.
if (argv.length === 0) {
  program.outputHelp();
  process.exit(0);
}

program.parseAsync(process.argv).catch((e: unknown) => {
  if (e instanceof CommanderError) {
    if (
      e.code === 'commander.helpDisplayed' ||
      e.code === 'commander.help' ||
      e.code === 'commander.version'
    ) {
      process.exitCode = 0;
      return;
    }
    process.stderr.write(`${describeParseError(e, ctx.m, commandTyped)}\n`);
    process.exitCode = 2;
    return;
  }
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
