/** The README's command-line examples run as written, in order, in an empty folder. */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './support/tmp';

const root = join(__dirname, '..');

interface Example {
  command: string;
  exit: number;
}

/** The bash blocks between the readme-examples markers; `\` continues a line, `# → exit N` announces N. */
export const readmeExamples = (readme: string): Example[] => {
  const begin = readme.indexOf('<!-- readme-examples: begin -->');
  const end = readme.indexOf('<!-- readme-examples: end -->');
  if (begin < 0 || end < begin) throw new Error('README has no readme-examples markers');
  const blocks = [...readme.slice(begin, end).matchAll(/```bash\n([\s\S]*?)```/g)].map((m) => m[1]);
  const examples: Example[] = [];
  for (const block of blocks) {
    let pending = '';
    for (const line of block.split('\n')) {
      const [code, comment = ''] = line.split(/\s+#\s/, 2);
      pending += code.replace(/\\\s*$/, ' ');
      if (/\\\s*$/.test(code)) continue;
      const command = pending.trim().replace(/\s+/g, ' ');
      pending = '';
      if (command === '') continue;
      const announced = /→ exit (\d+)/.exec(comment);
      examples.push({ command, exit: announced ? Number(announced[1]) : 0 });
    }
  }
  return examples;
};

describe('the README', () => {
  const examples = readmeExamples(readFileSync(join(root, 'README.md'), 'utf8'));
  const folder = tempDir('readme');
  const bin = join(folder, '.bin');

  beforeAll(() => {
    // What `npm link` would put on the PATH: a `fenjie` that runs this checkout's command.
    mkdirSync(bin);
    writeFileSync(
      join(bin, 'fenjie'),
      `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'bin', 'fenjie.js')}" "$@"\n`,
    );
    chmodSync(join(bin, 'fenjie'), 0o755);
  });

  it('has examples that use fenjie as installed, not npx', () => {
    expect(examples.length).toBeGreaterThan(10);
    expect(examples.every((e) => e.command.startsWith('fenjie '))).toBe(true);
  });

  it('runs every example as written, one after another, in an empty folder', () => {
    const results = examples.map(({ command, exit }) => {
      const r = spawnSync('bash', ['-c', command], {
        cwd: folder,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, FENJIE_LANG: '' },
      });
      return { command, expected: exit, status: r.status, stderr: r.stderr.trim() };
    });
    expect(results.filter((r) => r.status !== r.expected)).toEqual([]);
    // An announced failure says why in words, never a stack trace.
    for (const r of results.filter((x) => x.expected === 2)) expect(r.stderr).toMatch(/^错误：[^\n]+$/);
    expect(readdirSync(folder).sort()).toEqual(
      [
        '.bin',
        '500强.xlsx',
        'plan.xlsx',
        '开发区.xlsx',
        '湘商.xlsx',
        '郴州.xlsx',
        '任务书',
        '任务.xlsx',
        // The collect example returns every file (nothing filled in yet), so it writes no 汇总.
        '部门任务书',
      ].sort(),
    );
  });
});
