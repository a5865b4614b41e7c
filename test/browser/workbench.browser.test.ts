/**
 * The whole loop without Excel: the built workbench (app.html) in Chromium over real files, every request
 * outside 127.0.0.1 blocked and recorded. Open a plan whose 合计 was broken in the file, see the issue and
 * its cell, spread 600 with 高新区 locked, save; the saved file read by openpyxl and LibreOffice has the new
 * figures and nothing else changed, and is schema-valid. 任务书 → a .zip of 10 unit workbooks; 导入报送 of a
 * filled report → 汇总 and 通报 in the saved file. A spread after issuing marks the changed units and exports
 * only their 调整任务书; a plan made from the 高新区 任务书 collects its towns and fills the 完成情况 received,
 * which the city's collect accepts. Screenshots at 360 and 1280 px.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { BrowserContext, Page } from 'playwright-core';
import { builtWeb } from '../support/builds';
import { launchChromium } from '../support/chromium';
import { fenjieIn } from '../support/fenjie';
import { convertWithLibreOffice } from '../support/libreoffice';
import { packageProblems } from '../support/ooxml';
import { tempDir } from '../support/tmp';
import { violationsOnEveryTab } from '../support/axe';

const root = join(__dirname, '..', '..');
const shots = join(root, 'test-output', 'screenshots');
const web = builtWeb();
const dir = tempDir('workbench');
const SHEET = '湘商回归分解';
let server: Server;
let origin = '';
let browser: BrowserContext;
let page: Page;
const outside: string[] = [];
const errors: string[] = [];

const python = (code: string) => execFileSync('/usr/bin/python3', ['-c', code], { encoding: 'utf8' });
const shot = async (name: string) => {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(shots, `workbench-${name}-${width}.png`), fullPage: width === 360 });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
};
const pane = () => page.locator('main');
const saved = async (name: string) => {
  const download = page.waitForEvent('download', { timeout: 10_000 });
  await page.getByRole('button', { name: '保存', exact: true }).click();
  const file = await download.catch(async (e) => {
    throw new Error(`${String(e)}: ${await page.getByTestId('workbench-notice').textContent()}`);
  });
  expect(file.suggestedFilename()).toBe('湘商.xlsx');
  const path = join(dir, name);
  writeFileSync(path, readFileSync((await file.path())!));
  return path;
};

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  // The plan, its 合计 broken in the file as a clerk would (高新区 80 → 90).
  const plan = join(dir, '湘商.xlsx');
  expect(fenjieIn(dir, 'new', 'zz-xiangshang-2017-2020', '-o', plan).status).toBe(0);
  execFileSync('/usr/bin/python3', [
    join(__dirname, '..', 'support', 'edit_workbook.py'),
    'openpyxl',
    plan,
    plan,
    JSON.stringify([{ op: 'set', sheet: SHEET, cell: 'C5', value: 90 }]),
  ]);
  server = createServer((req, res) => {
    const file = normalize(join(web, decodeURIComponent((req.url ?? '/').split('?')[0])));
    if (!file.startsWith(web) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const types: Record<string, string> = {
      '.html': 'text/html',
      '.js': 'text/javascript',
      '.css': 'text/css',
    };
    res.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': "default-src 'self'; img-src 'self' data: blob:; object-src 'none'",
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await launchChromium({
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  await browser.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'blob:' || url.protocol === 'data:')
      return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  // The file input path (a browser without the File System Access API, or one that refuses it).
  await page.addInitScript(() => {
    delete (window as unknown as Record<string, unknown>).showOpenFilePicker;
    delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin}/app.html`);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('the workbench over workbook files', () => {
  it('says what it is for, then opens a plan workbook and shows the broken 合计 at its cell', async () => {
    await page.getByTestId('no-host').waitFor();
    expect(await page.getByTestId('no-host').textContent()).toContain('打开工作簿');
    await shot('1-start');
    await page.getByTestId('workbook-file').setInputFiles(join(dir, '湘商.xlsx'));
    await page.getByText('已打开“湘商.xlsx”。').waitFor();
    await pane().getByRole('tab', { name: '校验' }).click();
    const issue = page
      .getByTestId('issue')
      .filter({ hasText: '合计与下达目标不符：合计510，下达500，差额10' });
    await issue.waitFor();
    const view = page.getByTestId('sheet-view');
    expect(await view.locator('td[data-cell="C5"]').textContent()).toBe('90');
    await issue.getByRole('button', { name: /^定位/ }).click();
    const marked = view.locator('td[data-cell="C17"]');
    await page.waitForFunction(
      () => !!document.querySelector('[data-testid=sheet-view] td[data-cell="C17"]')?.getAttribute('title'),
    );
    expect(await marked.getAttribute('title')).toContain('合计与下达目标不符');
    await shot('2-issue');
  });

  it('spreads 600 with 高新区 locked, and the saved file has the new figures and nothing else changed', async () => {
    await pane().getByRole('tab', { name: '分解' }).click();
    await pane().getByRole('textbox', { name: '新的总数（下达目标）' }).fill('600');
    await pane().getByRole('checkbox', { name: '高新区' }).check();
    await pane().getByRole('button', { name: '预览' }).click();
    await pane().getByRole('button', { name: '应用分解' }).click();
    await page.getByTestId('notice').waitFor();
    expect(await page.getByTestId('workbook-name').textContent()).toBe('湘商.xlsx（未保存）');
    const view = page.getByTestId('sheet-view');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=sheet-view] td[data-cell="C16"]')?.textContent === '600',
    );
    expect(await view.locator('td[data-cell="C5"]').textContent()).toBe('90');
    await shot('3-spread');
    // 新建 over unsaved work asks first, and keeps it.
    await page.getByRole('button', { name: '新建' }).click();
    expect(await page.getByTestId('workbench-notice').textContent()).toContain('“湘商.xlsx”有未保存的改动');
    expect(await page.getByTestId('workbook-name').textContent()).toBe('湘商.xlsx（未保存）');
    const path = await saved('saved.xlsx');
    expect(await page.getByTestId('workbook-name').textContent()).toBe('湘商.xlsx');
    expect(await packageProblems([{ name: 'saved.xlsx', bytes: readFileSync(path) }])).toEqual([]);
    const compare = JSON.parse(
      python(`import json, openpyxl
a = openpyxl.load_workbook(${JSON.stringify(join(dir, '湘商.xlsx'))})
b = openpyxl.load_workbook(${JSON.stringify(path)})
diff = []
for ws in a.worksheets:
  other = b[ws.title]
  for row in ws.iter_rows():
    for c in row:
      if c.value != other[c.coordinate].value and ws.title != '_fenjie':
        diff.append(ws.title + '!' + c.coordinate)
ws = b[${JSON.stringify(SHEET)}]
print(json.dumps({"diff": diff, "sheets": b.sheetnames, "states": [s.sheet_state for s in b.worksheets],
  "figures": [ws.cell(row=r, column=3).value for r in range(5, 15)], "control": ws["C16"].value}))`),
    ) as { diff: string[]; sheets: string[]; states: string[]; figures: number[]; control: number };
    // Only the nine units spread and the 下达目标 changed.
    expect(compare.diff.sort()).toEqual(
      ['C10', 'C11', 'C12', 'C13', 'C14', 'C16', 'C6', 'C7', 'C8', 'C9'].map((c) => `${SHEET}!${c}`).sort(),
    );
    expect(compare.figures[0]).toBe(90);
    expect(compare.figures.reduce((x, y) => x + y, 0)).toBe(600);
    expect(compare.control).toBe(600);
    expect(compare.states[compare.sheets.indexOf('_fenjie')]).toBe('veryHidden');
    // LibreOffice recalculates it: 合计 600, 差额 0.
    const [recalculated] = convertWithLibreOffice([path], 'xlsx', join(dir, 'lo'));
    const totals = JSON.parse(
      python(`import json, openpyxl
ws = openpyxl.load_workbook(${JSON.stringify(recalculated)}, data_only=True)[${JSON.stringify(SHEET)}]
print(json.dumps([ws["C15"].value, ws["C17"].value]))`),
    );
    expect(totals).toEqual([600, 0]);
  });

  it('任务书 → a .zip of the 10 units’ workbooks; 导入报送 → 汇总 and 通报 in the saved file', async () => {
    await pane().getByRole('tab', { name: '任务书' }).click();
    const download = page.waitForEvent('download');
    await pane().getByRole('button', { name: '导出各单位工作簿（.zip）' }).click();
    const zip = await JSZip.loadAsync(readFileSync((await (await download).path())!));
    const names = Object.keys(zip.files);
    expect(names.filter((n) => n.endsWith('-工作目标分解任务书.xlsx'))).toHaveLength(10);
    const issued = await zip.file('高新区-工作目标分解任务书.xlsx')!.async('nodebuffer');
    writeFileSync(join(dir, '高新区-任务书.xlsx'), issued);
    const report = new ExcelJS.Workbook();
    await report.xlsx.load(issued as unknown as ArrayBuffer);
    const sheet = report.getWorksheet('完成情况')!;
    for (const cell of ['B8', 'B23', 'B38']) sheet.getCell(cell).value = 1;
    sheet.getCell('D3').value = '张三';
    sheet.getCell('F3').value = '0731-1234567';
    sheet.getCell('B4').value = '2018-02-05';
    await report.xlsx.writeFile(join(dir, '高新区.xlsx'));
    await pane().getByRole('tab', { name: '汇总' }).click();
    await page.getByTestId('report-files').setInputFiles([join(dir, '高新区.xlsx')]);
    await page.getByTestId('collect-notice').waitFor();
    expect((await page.getByTestId('report').allTextContents())[0]).toContain('通过');
    await shot('4-collected');
    const path = await saved('collected.xlsx');
    const sheets = JSON.parse(
      python(`import json, openpyxl
print(json.dumps(openpyxl.load_workbook(${JSON.stringify(path)}).sheetnames))`),
    ) as string[];
    // The round is kept in the workbook, as collect keeps it in a 汇总 file.
    expect(sheets).toEqual(expect.arrayContaining([SHEET, '汇总', '通报', '历史', '_fenjie_rounds']));
    expect(await packageProblems([{ name: 'collected.xlsx', bytes: readFileSync(path) }])).toEqual([]);
  });

  it('考核 from the workbook’s own rounds, with nothing to pick: the scores fenjie assess gives on the saved file', async () => {
    await pane().getByRole('tab', { name: '考核' }).click();
    await page.getByTestId('assess-rounds').click();
    await page.getByTestId('assess-notice').waitFor();
    expect(await page.getByTestId('assess-notice').textContent()).toContain('已按默认规则');
    const pane_ = (await page.getByTestId('assessed-unit').allTextContents()).map((t) =>
      t.replace(/\s+/g, ''),
    );
    const path = await saved('rounds-assessed.xlsx');
    const run = fenjieIn(dir, 'assess', path, '-o', join(dir, '考核-命令行.xlsx'), '--json');
    expect(run.stderr).toBe('');
    const cli = JSON.parse(run.stdout) as { units: { unit: string; total: number; rank: number }[] };
    const first = [...cli.units].sort((a, b) => a.rank - b.rank)[0];
    expect(pane_[0]).toContain(first.unit);
    expect(pane_[0]).toContain(`${first.total}分`);
  });

  it('考核: a 汇总 picked → a 考核 sheet of formulas by the 考核办法, recalculated by LibreOffice alike; its 通报', async () => {
    // The 汇总 file the command line writes from the same report, against the plan as the workbench saved it.
    const collected = fenjieIn(dir, 'collect', 'collected.xlsx', '高新区.xlsx', '-o', '汇总.xlsx');
    expect(collected.status).toBe(0);
    await pane().getByRole('tab', { name: '考核' }).click();
    await page.getByTestId('summary-file').setInputFiles(join(dir, '汇总.xlsx'));
    // The notice of this scoring, not the last one's (which also said the default rules were written).
    await page.waitForFunction(() => {
      const notice = document.querySelector('[data-testid="assess-notice"]')?.textContent ?? '';
      return notice.startsWith('已写入“考核”表') && !notice.includes('已按默认规则');
    });
    const units = await page.getByTestId('assessed-unit').allTextContents();
    expect(units).toHaveLength(10);
    expect(units[0]).toContain('高新区');
    await shot('4b-assessed');
    const path = await saved('assessed.xlsx');
    expect(await packageProblems([{ name: 'assessed.xlsx', bytes: readFileSync(path) }])).toEqual([]);
    const [again] = convertWithLibreOffice([path], 'xlsx', join(dir, 'lo-assess'));
    const totals = (file: string) =>
      JSON.parse(
        python(`import json, openpyxl
ws = openpyxl.load_workbook(${JSON.stringify(file)}, data_only=True)['考核']
print(json.dumps([[ws.cell(r, 1).value, ws.cell(r, 16).value, ws.cell(r, 18).value] for r in range(5, 15)]))`),
      ) as [string, number, string][];
    expect(totals(again)).toEqual(totals(path));
    expect(totals(path)[0][0]).toBe('高新区');
    await page.getByTestId('bulletin-issuer').fill('株洲市商务局');
    const download = page.waitForEvent('download');
    await page.getByTestId('assess-bulletin').click();
    const docx = readFileSync((await (await download).path())!);
    expect(await packageProblems([{ name: '考核结果通报.docx', bytes: docx }])).toEqual([]);
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(xml).toContain('二、考核结果');
    // Signed as the planner typed it, not by the plan's 下达单位.
    expect(xml).toContain('株洲市商务局');
  });

  it('微调 after issuing: a new spread marks the changed units on 任务书, 导出调整任务书 gives only theirs, and the saved file has 调整记录', async () => {
    await pane().getByRole('tab', { name: '分解' }).click();
    await pane().getByRole('textbox', { name: '新的总数（下达目标）' }).fill('620');
    const lock = pane().getByRole('checkbox', { name: '高新区' });
    if (!(await lock.isChecked())) await lock.check();
    await pane().getByRole('button', { name: '预览' }).click();
    await pane().getByRole('button', { name: '应用分解' }).click();
    await page.getByTestId('notice').waitFor();
    await pane().getByRole('tab', { name: '任务书' }).click();
    const notice = page.getByTestId('adjustment-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('第2版，尚未下达');
    const marked = await page.getByTestId('changed-unit').allTextContents();
    expect(marked).toHaveLength(9);
    expect(marked.join()).not.toContain('高新区');
    await page.getByTestId('select-changed').click();
    expect(await pane().getByText('单位（已选9/10）').count()).toBe(1);
    await shot('4c-adjusted');
    const download = page.waitForEvent('download');
    await page.getByTestId('export-adjusted').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('湘商回归分解-调整任务书（第2版）.zip');
    const zip = await JSZip.loadAsync(readFileSync((await file.path())!));
    const names = Object.keys(zip.files);
    expect(names.filter((n) => n.endsWith('-工作目标分解任务书（第2版调整）.xlsx'))).toHaveLength(9);
    expect(names).toContain('全部调整任务书（第2版）.xlsx');
    expect(names.some((n) => n.startsWith('高新区'))).toBe(false);
    const one = new ExcelJS.Workbook();
    await one.xlsx.load(
      (await zip
        .file('芦淞区-工作目标分解任务书（第2版调整）.xlsx')!
        .async('nodebuffer')) as unknown as ArrayBuffer,
    );
    const text = one.worksheets
      .flatMap((ws) => ws.getSheetValues().flat())
      .filter((v) => typeof v === 'string')
      .join('\n');
    expect(text).toContain('（调整）');
    expect(text).toMatch(/调整说明：根据第2版分解方案/);
    expect(await page.getByTestId('adjustment-notice').textContent()).toMatch(
      /第2版调整已于\d{4}年\d{1,2}月\d{1,2}日下达/,
    );
    const path = await saved('adjusted.xlsx');
    expect(await packageProblems([{ name: 'adjusted.xlsx', bytes: readFileSync(path) }])).toEqual([]);
    const record = JSON.parse(
      python(`import json, openpyxl
ws = openpyxl.load_workbook(${JSON.stringify(path)})['调整记录']
print(json.dumps([[c.value for c in r] for r in ws.iter_rows() if r[0].value is not None]))`),
    ) as (string | number | null)[][];
    expect(record[0][0]).toBe('目标调整记录');
    expect(record.filter((r) => r.includes('芦淞区'))).toHaveLength(1);
  });

  it('a file that is not a workbook is one sentence, and the open work stays', async () => {
    writeFileSync(join(dir, '表格.xlsx'), '单位,完成\n高新区,1\n');
    await page.getByTestId('workbook-file').setInputFiles(join(dir, '表格.xlsx'));
    const notice = page.getByTestId('workbench-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('表格.xlsx');
    expect(await page.getByTestId('workbook-name').textContent()).toBe('湘商.xlsx');
    expect(await page.getByTestId('sheet-view').count()).toBe(1);
    await shot('5-not-a-workbook');
  });

  it('a unit’s 任务书 opened by mistake is named for what it is, with the way to use it; the plan stays open', async () => {
    await page.getByTestId('workbook-file').setInputFiles(join(dir, '高新区-任务书.xlsx'));
    const notice = page.getByTestId('workbench-notice');
    await notice.getByText('是下发给“高新区”的任务书').waitFor();
    expect(await notice.textContent()).toContain('“高新区-任务书.xlsx”');
    expect(await notice.textContent()).toContain('从收到的任务书新建');
    expect(await page.getByTestId('workbook-name').textContent()).toBe('湘商.xlsx');
  });

  it('with a kept file handle: saved in WPS, read again within seconds; 保存 writes back to the same file', async () => {
    const second = await browser.newPage();
    second.on('pageerror', (e) => errors.push(String(e)));
    const b64 = (path: string) => readFileSync(path).toString('base64');
    // A file handle as Chromium's File System Access API gives one, over bytes the test controls ("the disk").
    await second.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      const file = () => {
        const disk = w.__disk as { b64: string; modified: number };
        const bytes = Uint8Array.from(atob(disk.b64), (c) => c.charCodeAt(0));
        return new File([bytes], '湘商.xlsx', { lastModified: disk.modified });
      };
      const handle = {
        name: '湘商.xlsx',
        getFile: async () => file(),
        createWritable: async () => {
          const parts: Uint8Array[] = [];
          return {
            write: async (data: Uint8Array) => void parts.push(data),
            close: async () => {
              w.__written = parts.reduce((n, p) => n + p.length, 0);
              (w.__disk as { modified: number }).modified = Date.now();
            },
          };
        },
      };
      w.showOpenFilePicker = async () => [handle];
    });
    await second.goto(`${origin}/app.html`);
    await second.evaluate(
      (b) => ((window as unknown as Record<string, unknown>).__disk = { b64: b, modified: 1 }),
      b64(join(dir, 'saved.xlsx')),
    );
    await second.getByTestId('open-workbook').click();
    await second.getByText('已打开“湘商.xlsx”。').waitFor();
    await second.locator('main').getByRole('tab', { name: '校验' }).click();
    await second.getByText('未发现问题。').waitFor();
    // The planner saves the workbook in WPS with 合计 broken again.
    execFileSync('/usr/bin/python3', [
      join(__dirname, '..', 'support', 'edit_workbook.py'),
      'openpyxl',
      join(dir, 'saved.xlsx'),
      join(dir, 'wps.xlsx'),
      JSON.stringify([{ op: 'set', sheet: SHEET, cell: 'C6', value: 60 }]),
    ]);
    const started = Date.now();
    await second.evaluate(
      (b) => ((window as unknown as Record<string, unknown>).__disk = { b64: b, modified: 2 }),
      b64(join(dir, 'wps.xlsx')),
    );
    await second.getByTestId('issue').first().waitFor({ timeout: 5000 });
    process.stdout.write(`workbench: a save in WPS seen after ${Date.now() - started} ms\n`);
    expect(await second.getByTestId('issue').first().textContent()).toContain('合计与下达目标不符');
    await second.getByRole('button', { name: '保存', exact: true }).click();
    await second.getByText('已保存到“湘商.xlsx”。').waitFor();
    expect(
      await second.evaluate(() => (window as unknown as Record<string, number>).__written),
    ).toBeGreaterThan(10_000);

    // Unsaved work here, and the file saved again in WPS: 保存 asks first, and the default keeps WPS's edit.
    await second.locator('main').getByRole('tab', { name: '分解' }).click();
    await second.locator('main').getByRole('textbox', { name: '新的总数（下达目标）' }).fill('640');
    await second.locator('main').getByRole('button', { name: '预览' }).click();
    await second.locator('main').getByRole('button', { name: '应用分解' }).click();
    await second.getByTestId('workbook-name').getByText('（未保存）').waitFor();
    const written = await second.evaluate(() => (window as unknown as Record<string, number>).__written);
    await second.evaluate(
      (b) => ((window as unknown as Record<string, unknown>).__disk = { b64: b, modified: 3 }),
      b64(join(dir, 'wps.xlsx')),
    );
    await second.getByText('在别处保存过，而本页有未保存的改动').waitFor({ timeout: 5000 });
    await second.getByRole('button', { name: '保存', exact: true }).click();
    await second.getByText('直接保存会覆盖那边的改动').waitFor();
    expect(await second.evaluate(() => (window as unknown as Record<string, number>).__written)).toBe(
      written,
    );
    await second.getByTestId('overwrite').click();
    await second.getByText('已保存到“湘商.xlsx”。').waitFor();
    await second.close();
  });

  it('a plan from the 任务书 received: its towns collected, 填写上报表 fills the 完成情况 received, and the city’s collect accepts it', async () => {
    expect(
      fenjieIn(dir, 'new', '--from', '高新区-任务书.xlsx', '--units', '甲街道,乙镇', '-o', '高新区分解.xlsx')
        .status,
    ).toBe(0);
    expect(fenjieIn(dir, 'taskbooks', '高新区分解.xlsx', '-o', '镇任务书').status).toBe(0);
    // 1—1月 as each town's clerk types it: 回归到位资金, 总部经济个数, 慈善公益资金.
    for (const [town, figures] of [
      ['甲街道', [1, 0, 0.1]],
      ['乙镇', [2, 1, 0.2]],
    ] as const)
      execFileSync('/usr/bin/python3', [
        join(__dirname, '..', 'support', 'edit_workbook.py'),
        'openpyxl',
        join(dir, '镇任务书', `${town}-工作目标分解任务书.xlsx`),
        join(dir, `${town}.xlsx`),
        JSON.stringify([
          ...['B8', 'B23', 'B38'].map((cell, i) => ({
            op: 'set',
            sheet: '完成情况',
            cell,
            value: figures[i],
          })),
          { op: 'set', sheet: '完成情况', cell: 'B4', value: '2018-02-03' },
          { op: 'set', sheet: '完成情况', cell: 'D3', value: '李华' },
          { op: 'set', sheet: '完成情况', cell: 'F3', value: '0731-22345678' },
        ]),
      ]);
    const county = await browser.newPage();
    county.on('pageerror', (e) => errors.push(String(e)));
    await county.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>).showOpenFilePicker;
      delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
    });
    await county.goto(`${origin}/app.html`);
    await county.getByTestId('workbook-file').setInputFiles(join(dir, '高新区分解.xlsx'));
    await county.getByText('已打开“高新区分解.xlsx”。').waitFor();
    await county.locator('main').getByRole('tab', { name: '汇总' }).click();
    await county
      .getByTestId('report-files')
      .setInputFiles([join(dir, '甲街道.xlsx'), join(dir, '乙镇.xlsx')]);
    await county.getByTestId('collect-notice').waitFor();
    const verdicts = await county.getByTestId('report').allTextContents();
    expect(verdicts).toHaveLength(2);
    for (const v of verdicts) expect(v).toContain('通过');
    const download = county.waitForEvent('download');
    await county.getByTestId('upward-file').setInputFiles(join(dir, '高新区-任务书.xlsx'));
    const file = await download.catch(async (e) => {
      throw new Error(`${String(e)}: ${await county.getByTestId('collect-notice').textContent()}`);
    });
    expect(file.suggestedFilename()).toBe('高新区-完成情况报送（1—1月）.xlsx');
    const upward = join(dir, '高新区-报送.xlsx');
    writeFileSync(upward, readFileSync((await file.path())!));
    expect(await county.getByTestId('collect-notice').textContent()).toContain('已按本次汇总填写高新区1月');
    await county.waitForFunction(
      () =>
        !Array.from(document.querySelectorAll('main button')).some((b) => (b as HTMLButtonElement).disabled),
      undefined,
      { timeout: 5000 },
    );
    await county.setViewportSize({ width: 360, height: 900 });
    await county.screenshot({ path: join(shots, 'workbench-6-upward-360.png'), fullPage: true });
    await county.close();
    expect(await packageProblems([{ name: '高新区-报送.xlsx', bytes: readFileSync(upward) }])).toEqual([]);
    // The city collects it against the plan as saved after the 微调 (高新区 locked: its targets did not change).
    const collected = fenjieIn(dir, 'collect', 'adjusted.xlsx', '高新区-报送.xlsx', '--json');
    expect(collected.status).toBe(0);
    const result = JSON.parse(collected.stdout) as {
      files: { unit?: string; verdict: string; issues: { message: string }[] }[];
    };
    expect(result.files[0].unit).toBe('高新区');
    expect(result.files[0].verdict).toMatch(/pass|notes/);
    const figures = JSON.parse(
      python(`import json, openpyxl
ws = openpyxl.load_workbook(${JSON.stringify(upward)})['完成情况']
print(json.dumps([ws[c].value for c in ['B8', 'B23', 'B38']]))`),
    );
    expect(figures).toEqual([3, 1, 0.3]);
  });

  it('从现有表格识别: a table pasted from a page and a 通知’s appendix opened are recognised, checked and inserted; the saved plan validates', async () => {
    // A 通知 with two appendix tables, as python-docx writes Word's (the second's header merged over its years).
    const notice = join(dir, '通知.docx');
    execFileSync('/usr/bin/python3', [
      join(__dirname, '..', 'support', 'make_tables.py'),
      'docx',
      notice,
      JSON.stringify({
        blocks: [
          { p: '附件1' },
          { p: '各县市区招商引资目标' },
          {
            table: {
              rows: [
                ['县市区', '实际到位资金（亿元）'],
                ['芦淞区', 30],
                ['石峰区', 20],
                ['合计', 50],
              ],
            },
          },
          { p: '附件2' },
          { p: '各县市区外贸进出口目标（单位：亿美元）' },
          {
            table: {
              rows: [
                ['单位', '进出口总额', null],
                [null, '2018年', '2019年'],
                ['芦淞区', 1.5, 2],
                ['石峰区', 2.5, 3],
                ['合计', 4, 5],
              ],
              merges: [
                [0, 0, 1, 0],
                [0, 1, 0, 2],
              ],
            },
          },
        ],
      }),
    ]);
    const p = await browser.newPage();
    p.on('pageerror', (e) => errors.push(String(e)));
    // A browser without the save picker: 保存 downloads.
    await p.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>).showOpenFilePicker;
      delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
    });
    await p.goto(`${origin}/app.html`);
    await p.getByRole('button', { name: '新建' }).click();
    const main = p.locator('main');
    await main.getByTestId('template-select').selectOption({ label: '从现有表格识别……' });
    // Pasted from a web page: tab-separated, the 合计 first, a figure typed with a thousands comma.
    await main
      .getByTestId('recognise-text')
      .fill('县市区\t回归到位资金（亿元）\n合计\t2,300\n芦淞区\t1,600\n荷塘区\t700\n');
    await main.getByTestId('recognise-paste').click();
    const found = main.getByTestId('recognise-found');
    await found.waitFor();
    const lines = await found.locator('li').allTextContents();
    expect(lines).toEqual(
      expect.arrayContaining([
        '单位（“县市区”列，2个）：芦淞区、荷塘区',
        `指标：回归到位资金（亿元），${new Date().getFullYear()}年`,
        expect.stringContaining('“1,600”按数字1600读取'),
      ]),
    );
    await p.setViewportSize({ width: 320, height: 900 });
    await p.screenshot({ path: join(shots, 'workbench-7-recognise-320.png'), fullPage: true });
    await p.setViewportSize({ width: 1280, height: 900 });
    await main.getByTestId('recognise-insert').click();
    await main.getByText('未发现问题。').waitFor();
    // The document: two tables, so the pane asks which; the second's measure corrected before inserting.
    await main.getByRole('tab', { name: '模板' }).click();
    await main.getByTestId('template-select').selectOption({ label: '从现有表格识别……' });
    await main.getByTestId('recognise-file').setInputFiles(notice);
    const candidates = main.getByTestId('recognise-candidates');
    await candidates.waitFor();
    expect(await candidates.getByRole('radio').count()).toBe(2);
    await candidates.getByText(/附件2/).click();
    await found.waitFor();
    expect(await found.locator('li').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('单位（“单位”列，2个）：芦淞区、石峰区')]),
    );
    const measure = main.getByTestId('recognise-measure');
    expect(await measure.inputValue()).toBe('亿美元');
    await measure.fill('万美元');
    await p.setViewportSize({ width: 1280, height: 900 });
    await p.screenshot({ path: join(shots, 'workbench-7-recognise-1280.png'), fullPage: true });
    await main.getByTestId('recognise-insert').click();
    await main.getByText('未发现问题。').waitFor();
    const download = p.waitForEvent('download', { timeout: 10_000 });
    await p.getByRole('button', { name: '保存', exact: true }).click();
    const file = await download;
    const path = join(dir, 'recognised.xlsx');
    writeFileSync(path, readFileSync((await file.path())!));
    await p.close();
    const validated = fenjieIn(dir, 'validate', 'recognised.xlsx', '--json');
    expect(validated.status).toBe(0);
    expect((JSON.parse(validated.stdout) as { errors: number }).errors).toBe(0);
    const texts = JSON.parse(
      python(`import json, openpyxl
wb = openpyxl.load_workbook(${JSON.stringify(path)})
print(json.dumps({ws.title: [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None] for ws in wb.worksheets if ws.sheet_state == 'visible'}))`),
    ) as Record<string, string[]>;
    const all = Object.values(texts).flat();
    expect(all).toEqual(expect.arrayContaining(['芦淞区', '荷塘区', '石峰区']));
    expect(all.some((t) => t.includes('万美元'))).toBe(true);
    expect(all.some((t) => t.includes('通知.docx'))).toBe(true);
  });

  it('asked nothing outside 127.0.0.1, and raised no page error', () => {
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
  it('axe-core finds no serious or critical violation on any tab (the workbench)', async () => {
    const found = await violationsOnEveryTab(page);
    expect(Object.keys(found)).toHaveLength(6);
    expect(Object.values(found).flat()).toEqual([]);
  });
});
