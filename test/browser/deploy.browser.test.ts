/**
 * A bureau's deployment as its IT administrator meets it: `npm run deploy` builds the folder for
 * https://oa.example.gov.cn/apps/fenjie/, and a server not set up for us serves it under that sub-path with
 * `charset=GBK` and a strict Content-Security-Policy. In Chromium with every request outside 127.0.0.1 blocked
 * and recorded, the pane and the help page read right in Chinese, are styled, and ask nothing of the
 * outside world. An Excel whose webview is IE 11 or EdgeHTML shows a sentence, not a blank pane.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { parse } from 'acorn';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { tempDir } from '../support/tmp';

const root = join(__dirname, '..', '..');
const xsd = join(root, 'schemas', 'office-manifest-xsd', 'OfficeAppManifestV1_1.xsd');
const BASE = '/apps/fenjie/';
/** The header the README gives the admin. */
const CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors *";
const out = join(tempDir('deploy'), 'fenjie');
let server: Server;
let origin = '';
let deployOutput = '';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=GBK',
  '.js': 'application/javascript; charset=GBK',
  '.css': 'text/css; charset=GBK',
  '.xml': 'text/xml; charset=GBK',
  '.png': 'image/png',
};

const sizeOf = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (s, e) => s + (e.isDirectory() ? sizeOf(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );

beforeAll(async () => {
  const run = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'deploy.js'), `https://oa.example.gov.cn${BASE}`, '--out', out],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, FENJIE_LANG: 'zh-CN' },
    },
  );
  deployOutput = run.stdout + run.stderr;
  expect(run.status).toBe(0);
  server = createServer((req, res) => {
    const wanted = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const file = wanted.startsWith(BASE) ? normalize(join(out, wanted.slice(BASE.length))) : '';
    if (!file.startsWith(out) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}, 300_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A browser whose every request leaving 127.0.0.1 is blocked and written down, with the CSP's refusals. */
const guarded = async (userAgent?: string) => {
  const browser: BrowserContext = await launchChromium({
    locale: 'zh-CN',
    ...(userAgent ? { userAgent } : {}),
  });
  const outside: string[] = [];
  const refused: string[] = [];
  const errors: string[] = [];
  await browser.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.on('console', (m) => {
    if (/Content Security Policy/.test(m.text())) refused.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { browser, page, outside, refused, errors };
};

describe('npm run deploy, served by a server not set up for us', () => {
  it('builds one folder: hashed bundles, office/ with what Excel needs, the manifest for the host, an index', () => {
    const names = readdirSync(out);
    expect(names.filter((n) => /^taskpane\.[0-9a-f]{8}\.js$/.test(n))).toHaveLength(1);
    expect(names.filter((n) => /^oldWebview\.[0-9a-f]{8}\.js$/.test(n))).toHaveLength(1);
    const xml = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(xml).toContain(
      '<SourceLocation DefaultValue="https://oa.example.gov.cn/apps/fenjie/taskpane.html"/>',
    );
    expect(xml).toContain(`<Version>${require('../../package.json').version}.0</Version>`);
    expect(xml).not.toContain('localhost');
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', xsd, join(out, 'manifest.xml')], {
      stdio: 'pipe',
    });
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as {
      files: Record<string, unknown>;
    };
    expect(Object.keys(index.files)).toContain('office/office.js');
    const office = readdirSync(join(out, 'office'));
    expect(office.filter((f) => /debug|word|powerpoint|outlook|onenote|\.d\.ts$/i.test(f))).toEqual([]);
    expect(office).toEqual(
      expect.arrayContaining(['office.js', 'excel-win32-16.01.js', 'excel-web-16.00.js']),
    );
    const mb = sizeOf(join(out, 'office')) / 1024 / 1024;
    process.stdout.write(
      `deploy: office/ ${mb.toFixed(1)} MB in ${Object.keys(index.files).filter((f) => f.startsWith('office/')).length} files\n${deployOutput}`,
    );
    expect(mb).toBeLessThan(20);
    // ASCII only: a charset=GBK header cannot garble what it does not contain.
    for (const name of names.filter((n) => /\.(js|html|css)$/.test(n)))
      expect([name, /[^\x00-\x7e]/.test(readFileSync(join(out, name), 'latin1'))]).toEqual([name, false]);
  });

  it('the pane loads under the sub-path, reads in Chinese, is styled, and asks nothing outside', async () => {
    const { browser, page, outside, refused, errors } = await guarded();
    try {
      await page.goto(`${origin}${BASE}taskpane.html`);
      const note = page.getByTestId('no-host');
      await note.waitFor({ timeout: 30_000 });
      expect(await note.textContent()).toContain('这是“目标分解”的工作台');
      expect(await note.textContent()).toContain('在 Excel 中使用时，从“插入”→“加载项”添加“目标分解”');
      expect(await page.title()).toBe('目标分解');
      // Styled: Fluent's rules and theme reached the page despite the policy.
      const look = await note.evaluate((e) => {
        const s = getComputedStyle(e);
        return { background: s.backgroundColor, font: s.fontFamily };
      });
      expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
      expect(look.font).toMatch(/Segoe UI/);
      // office.js's telemetry frame comes some seconds after load.
      await page.waitForTimeout(4000);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      process.stdout.write(
        `deploy: the policy refused ${refused.length}: ${refused.map((r) => r.slice(0, 90)).join(' | ')}\n`,
      );
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('the help page reads in Chinese, styled by its own file, and names the Office builds', async () => {
    const { browser, page, outside, refused } = await guarded();
    try {
      await page.goto(`${origin}${BASE}help.html`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('目标分解 · 帮助');
      expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).not.toBe('none');
      expect(await page.locator('#office-builds').count()).toBe(1);
      expect(await page.getByRole('table').first().textContent()).toContain('Office 2019');
      expect(outside).toEqual([]);
      expect(refused).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it.each([
    [
      'IE 11 (Office 2016/2019 volume licensed)',
      'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
      '它用 Internet Explorer 11 显示加载项',
    ],
    [
      'EdgeHTML (Office 2019 retail on Windows 10)',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.17763',
      '它用旧版 Edge（EdgeHTML）显示加载项',
    ],
  ])(
    'an old webview, %s, is told why instead of a blank pane',
    async (_, userAgent, words) => {
      const { browser, page } = await guarded(userAgent);
      try {
        await page.goto(`${origin}${BASE}taskpane.html`);
        const told = page.getByTestId('old-webview');
        await told.waitFor({ timeout: 30_000 });
        expect(await told.textContent()).toContain('这个 Excel 的加载项引擎太旧，打不开“目标分解”任务窗格。');
        expect(await told.textContent()).toContain(words);
        expect(await told.getByRole('link').getAttribute('href')).toBe('help.html#office-builds');
        await page.waitForTimeout(1000);
        // The bundle saw it and stayed out.
        expect(await page.getByTestId('no-host').count()).toBe(0);
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});

describe('the first script', () => {
  const script = () =>
    readFileSync(
      join(
        out,
        readdirSync(out).find((n) => n.startsWith('oldWebview.'))!,
      ),
      'utf8',
    );

  it('is ES5, as IE 11 parses it', () => {
    expect(() => parse(script(), { ecmaVersion: 5 })).not.toThrow();
  });

  it('tells the engines apart by their user agent and their library', () => {
    const module = { exports: {} as { detect: (ua: string, modern: boolean) => string } };
    new Function('module', script())(module);
    const { detect } = module.exports;
    expect(detect('Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko', true)).toBe(
      'trident',
    );
    expect(detect('Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)', true)).toBe('trident');
    expect(
      detect(
        'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/70.0 Safari/537.36 Edge/18.17763',
        true,
      ),
    ).toBe('edgehtml');
    // WebView2 says Edg/, not Edge/: it runs the pane.
    expect(
      detect('Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/120.0 Safari/537.36 Edg/120.0', true),
    ).toBe('');
    expect(detect('Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 Version/13.1 Safari/605.1.15', false)).toBe(
      'old',
    );
  });
});
