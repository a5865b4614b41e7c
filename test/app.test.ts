/**
 * `npm run app` serves the workbench's own folder and nothing beside it: not a sibling folder whose name
 * starts the same (dist/webSECRET.txt beside dist/web), not through a link, and a malformed address does not
 * stop the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { tempDir } from './support/tmp';

const script = join(__dirname, '..', 'scripts', 'app.js');
const dir = tempDir('app');
const web = join(dir, 'web');
let app: ChildProcess;
let port = 0;

/** The status of a GET of this path, sent as written (no client-side normalising of `..`). */
const statusOf = (path: string) =>
  new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });

beforeAll(async () => {
  mkdirSync(web);
  writeFileSync(join(web, 'app.html'), '<!doctype html><title>目标分解</title>');
  writeFileSync(join(dir, 'webSECRET.txt'), 'not for the browser');
  mkdirSync(join(dir, 'private'));
  writeFileSync(join(dir, 'private', 'plan.xlsx'), 'a planner’s workbook');
  symlinkSync(join(dir, 'private'), join(web, 'linked'));
  app = spawn(process.execPath, [script, web], {
    env: { ...process.env, FENJIE_PORT: '0', FENJIE_LANG: 'en-US' },
  });
  port = await new Promise<number>((resolve, reject) => {
    app.stdout!.on('data', (chunk: Buffer) => {
      const m = /127\.0\.0\.1:(\d+)/.exec(String(chunk));
      if (m) resolve(Number(m[1]));
    });
    app.on('exit', (code) => reject(new Error(`app exited with ${code}`)));
  });
});

afterAll(() => app.kill());

describe('npm run app', () => {
  it('serves the workbench', async () => {
    expect(await statusOf('/')).toBe(200);
    expect(await statusOf('/app.html')).toBe(200);
  });

  it.each([
    ['a sibling whose name starts the same', '/../webSECRET.txt'],
    ['the same, escaped', '/%2e%2e/webSECRET.txt'],
    ['a folder above', '/../private/plan.xlsx'],
    ['a link inside that leads outside', '/linked/plan.xlsx'],
  ])('refuses %s', async (_, path) => {
    expect(await statusOf(path)).toBe(404);
  });

  it('answers a malformed address with 404 and keeps serving', async () => {
    expect(await statusOf('/%E0%A4%A')).toBe(404);
    expect(await statusOf('/app.html')).toBe(200);
  });
});
