import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const bin = join(__dirname, '..', '..', 'bin', 'fenjie.js');

/** The built command line run in a folder, in the language asked for (Chinese by default). */
export const fenjieIn = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FENJIE_LANG: 'zh-CN' },
  });
