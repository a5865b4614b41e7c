/**
 * The command line as it ships: one bundled file that bin/fenjie.js runs as a compiled script (with V8's code
 * kept beside it). Such a script has no ES module loader, so the bundle may hold no import() of its own: each
 * must have become a require, or the command that reaches it (a 通报 drawing its charts) fails on a planner's
 * machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fenjieIn } from './support/fenjie';
import { tempDir } from './support/tmp';

const dist = join(__dirname, '..', 'dist');

describe('the bundled command line', () => {
  it('holds no dynamic import(): what it loads from outside (Node, the chart renderer) it requires', () => {
    // esbuild's account of the bundle (scripts/build-cli.js writes it beside the bundle).
    const meta = JSON.parse(readFileSync(join(dist, 'fenjie.meta.json'), 'utf8')) as {
      outputs: Record<string, { imports: { path: string; kind: string }[] }>;
    };
    const imports = Object.entries(meta.outputs).find(([file]) => file.endsWith('fenjie.js'))![1].imports;
    expect(imports.map((i) => i.path)).toContain('@resvg/resvg-js');
    expect(imports.filter((i) => i.kind !== 'require-call')).toEqual([]);
  });

  it('answers, and keeps V8’s compiled code beside itself for the next command', () => {
    const r = fenjieIn(tempDir('bundle'), '--version');
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^fenjie \d+\.\d+\.\d+/);
    expect(readdirSync(dist).filter((f) => /^fenjie\.js\..+\.cache$/.test(f))).toHaveLength(1);
  });
});
