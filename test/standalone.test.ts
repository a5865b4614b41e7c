import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');

describe('the project stands alone', () => {
  it('no tracked file reaches for a folder beside the checkout', () => {
    const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((f) => /\.(ts|tsx|js|json|md|sh|html)$|^\.ci\//.test(f) && !f.startsWith('sources/'))
      .filter((f) => f !== 'package-lock.json');
    const offenders = files.filter((f) =>
      /\.\.\/(\.\.\/)*shared\b/.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

describe('the task table re-derived from the source document', () => {
  it('scripts/extract-tasks.js gives the 88 tasks the template holds, full-width punctuation restored', () => {
    const { createFromTemplate } = require('../src/core') as typeof import('../src/core');
    const out = execFileSync('node', [join(root, 'scripts', 'extract-tasks.js')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const rows = out
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l.trim().replace(/,$/, '')) as string[]);
    expect(rows).toHaveLength(88);
    const plan = JSON.stringify(createFromTemplate('zz-tasks-2017', 'p'));
    const missing = rows.flat().filter((text) => !plan.includes(JSON.stringify(text).slice(1, -1)));
    expect(missing).toEqual([]);
  });
});
