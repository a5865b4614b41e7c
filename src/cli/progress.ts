import { displayWidth } from '../core';
import type { CliContext } from './context';

export interface Progress {
  /** One item done: its name for the bar, and its line (if it has one) for a log or --verbose. */
  step: (name: string, line?: string) => void;
  /** Clears the bar; the caller then prints its one summary line. */
  done: () => void;
}

const BAR = 24;

/**
 * On a terminal a bar that names the unit or file being written, overwritten in place; per-item lines only
 * with --verbose, or when the output goes to a file or another program (logs keep every line).
 */
export const progress = (ctx: CliContext, total: number, verbose: boolean): Progress => {
  const bar = ctx.terminal !== undefined && !verbose;
  let count = 0;
  let drawn = 0;
  const draw = (text: string) => {
    const clear = ' '.repeat(Math.max(0, drawn - displayWidth(text)));
    ctx.terminal!(`\r${text}${clear}`);
    drawn = displayWidth(text);
  };
  return {
    step: (name, line) => {
      count += 1;
      if (!bar) {
        if (line !== undefined) ctx.out(line);
        return;
      }
      const filled = Math.round((count / Math.max(1, total)) * BAR);
      draw(`[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${count}/${total} ${name}`);
    },
    done: () => {
      if (bar && drawn > 0) ctx.terminal!(`\r${' '.repeat(drawn)}\r`);
    },
  };
};
