/**
 * The pane built with office.js served from the build itself (OFFICE_JS=local, for an intranet without
 * Microsoft's CDN), opened in Chromium outside Office: the real office.js loads, Office.onReady reports no
 * host, and the pane says it runs inside Excel and how to add it.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { builtWeb } from '../support/builds';
import { launchChromium } from '../support/chromium';

const web = builtWeb();
let server: Server;
let port = 0;

beforeAll(async () => {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
  };
  server = createServer((req, res) => {
    const file = normalize(join(web, decodeURIComponent((req.url ?? '/').split('?')[0])));
    if (!file.startsWith(web) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
}, 240_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('office.js from the build, outside Office', () => {
  it('loads the real office.js and, outside Office, opens the workbench, saying how to add the add-in to Excel', async () => {
    expect(existsSync(join(web, 'office', 'office.js'))).toBe(true);
    const browser = await launchChromium();
    try {
      const page = browser.pages()[0] ?? (await browser.newPage());
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
      const note = page.getByTestId('no-host');
      await note.waitFor({ timeout: 30_000 });
      expect(await note.textContent()).toContain('这是“目标分解”的工作台');
      expect(await note.textContent()).toContain('在 Excel 中使用时，从“插入”→“加载项”添加“目标分解”');
      expect(
        await page.evaluate(
          () => typeof (window as unknown as { Office?: { onReady?: unknown } }).Office?.onReady,
        ),
      ).toBe('function');
      expect(await page.getByRole('link', { name: '帮助' }).getAttribute('href')).toBe('help.html#workbench');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
