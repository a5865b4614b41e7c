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
    const offenders = files.filter((f) => /\.\.\/(\.\.\/)*shared\b/.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
