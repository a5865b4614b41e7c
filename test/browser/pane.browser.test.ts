/**
 * The pane, built by webpack in production mode, driven in Debian's headless Chromium against the
 * recording Excel: insert a template, break its 合计, see and follow the issue, spread, undo.
 * Screenshots of each step go to test-output/screenshots/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { builtHarness } from '../support/builds';
import { launchChromium } from '../support/chromium';
import { tempDir } from '../support/tmp';
import { violationsOnEveryTab } from '../support/axe';
import { packageProblems } from '../support/ooxml';
import { readReport } from '../../src/xlsx/readReport';

const root = join(__dirname, '..', '..');
const shots = join(root, 'test-output', 'screenshots');
let browser: BrowserContext;
let exported: JSZip | undefined;
let page: Page;

const cell = (address: string) => page.locator(`#sheet td[data-cell="${address}"]`);
const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`) });

beforeAll(async () => {
  builtHarness();
  mkdirSync(shots, { recursive: true });
  browser = await launchChromium({
    viewport: { width: 1280, height: 820 },
    acceptDownloads: true,
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`file://${join(root, 'dist', 'harness', 'harness.html')}`);
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

describe('the task pane in Chromium', () => {
  it('inserts the 湘商 template as a sheet and finds no issue', async () => {
    await page.getByTestId('template-select').selectOption('zz-xiangshang-2017-2020');
    await page.getByTestId('insert').click();
    await page.getByTestId('no-issues').waitFor();
    expect(await cell('C15').textContent()).toBe('500');
    expect(await page.getByTestId('error-count').textContent()).toContain('0');
    await shot('1-inserted');
  });

  it('shows the issue when an edit makes 合计 miss its 下达目标, and selects its cell on click', async () => {
    await page.evaluate(() =>
      (
        window as unknown as { __excel: { edit: (s: string, a: string, v: unknown[][]) => Promise<void> } }
      ).__excel.edit('湘商回归分解', 'C5', [[90]]),
    );
    const issue = page.getByTestId('issue').first();
    await issue.waitFor();
    expect(await issue.textContent()).toContain('合计与下达目标不符：合计510，下达500，差额10');
    expect(await page.getByTestId('error-count').textContent()).toContain('1');
    await shot('2-issue');
    await issue.getByRole('button').click();
    await page.waitForFunction(
      () => (window as unknown as { __excel: { selected?: string } }).__excel.selected === '湘商回归分解!C17',
    );
  });

  it('previews a spread to 600 with 高新区 locked, applies it, and the issue is gone', async () => {
    await page.getByRole('tab', { name: '分解' }).click();
    await page.getByTestId('spread-total').fill('600');
    await page.getByRole('checkbox', { name: '高新区' }).check();
    await page.getByTestId('preview').click();
    const table = page.getByTestId('preview-table');
    await table.waitFor();
    expect(await table.textContent()).toContain('芦淞区');
    await shot('3-preview');
    await page.getByTestId('apply').click();
    await page.getByTestId('notice').waitFor();
    expect(await cell('C5').textContent()).toBe('90');
    expect(await cell('C15').textContent()).toBe('600');
    expect(await cell('C17').textContent()).toBe('0');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=error-count]')?.textContent?.startsWith('0'),
    );
    await shot('4-applied');
  });

  it('撤销上次分解 puts the figures back exactly', async () => {
    await page.getByTestId('undo').click();
    await page.getByText('已恢复分解前的数字').waitFor();
    expect(await cell('C6').textContent()).toBe('40');
    expect(await cell('C14').textContent()).toBe('30');
    expect(await cell('C16').textContent()).toBe('500');
    await shot('5-undone');
  });

  it('a row inserted with a new name is named at its row, and 加入计划 takes it into the plan', async () => {
    await page.evaluate(async () => {
      const excel = (
        window as unknown as {
          __excel: {
            insertRows: (s: string, at: number) => Promise<void>;
            edit: (s: string, a: string, v: unknown[][]) => Promise<void>;
          };
        }
      ).__excel;
      await excel.insertRows('湘商回归分解', 6);
      await excel.edit('湘商回归分解', 'B6:C6', [['新单位', 20]]);
    });
    await page.getByRole('tab', { name: '校验' }).click();
    const issue = page.getByTestId('issue').filter({ hasText: '第6行“新单位”不在计划中' });
    await issue.waitFor();
    await shot('6-new-row');
    await issue.getByTestId('addUnit').click();
    await page
      .getByTestId('issue')
      .filter({ hasText: '合计与下达目标不符：合计530，下达500，差额30' })
      .waitFor();
    expect(await page.getByTestId('issue').filter({ hasText: '不在计划中' }).count()).toBe(0);
    expect(await cell('C16').textContent()).toBe('530');
    expect(await cell('A6').textContent()).toBe('2');
    await shot('7-unit-added');
  });

  it('任务书: a sheet per unit linked to the plan, and every unit’s workbook as a .zip', async () => {
    await page.getByRole('tab', { name: '任务书' }).click();
    await page.getByTestId('generate-taskbooks').click();
    await page.getByTestId('taskbook-notice').waitFor();
    expect(await page.getByTestId('taskbook-notice').textContent()).toContain('已生成11张任务书工作表');
    const sheets = await page.evaluate(() =>
      (window as unknown as { __excel: { sheets: { name: string }[] } }).__excel.sheets.map((s) => s.name),
    );
    expect(sheets.slice(0, 3)).toEqual(['湘商回归分解', '高新区', '新单位']);
    await shot('8-taskbooks');
    const download = page.waitForEvent('download');
    await page.getByTestId('export-taskbooks').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('湘商回归分解-工作目标分解任务书.zip');
    const zip = await JSZip.loadAsync(readFileSync((await file.path())!));
    expect(Object.keys(zip.files)).toContain('高新区-工作目标分解任务书.xlsx');
    expect(Object.keys(zip.files)).toHaveLength(12);
    exported = zip;
  });

  it('导入报送: each file gets a verdict, and 汇总 and 通报 are written into the workbook', async () => {
    const dir = tempDir('reports');
    const typed = new ExcelJS.Workbook();
    await typed.xlsx.load(
      (await exported!.file('高新区-工作目标分解任务书.xlsx')!.async('nodebuffer')) as unknown as ArrayBuffer,
    );
    for (const cell of ['B8', 'B23', 'B38']) typed.getWorksheet('完成情况')!.getCell(cell).value = 1;
    await typed.xlsx.writeFile(join(dir, '高新区.xlsx'));
    writeFileSync(
      join(dir, '芦淞区.xlsx'),
      await exported!.file('芦淞区-工作目标分解任务书.xlsx')!.async('nodebuffer'),
    );
    writeFileSync(join(dir, '表格.xlsx'), '单位,完成\n高新区,1\n');
    await page.getByRole('tab', { name: '汇总' }).click();
    await page
      .getByTestId('report-files')
      .setInputFiles(['高新区.xlsx', '芦淞区.xlsx', '表格.xlsx'].map((f) => join(dir, f)));
    await page.getByTestId('collect-notice').waitFor();
    const verdicts = await page.getByTestId('report').allTextContents();
    expect(verdicts[0]).toContain('通过');
    expect(verdicts[1]).toContain('退回');
    expect(verdicts[1]).toContain('没有填报任何数字');
    expect(verdicts[2]).toContain('退回');
    const sheets = await page.evaluate(() =>
      (window as unknown as { __excel: { sheets: { name: string }[] } }).__excel.sheets.map((s) => s.name),
    );
    expect(sheets).toEqual(expect.arrayContaining(['汇总', '通报']));
    const chart = await page.evaluate(
      () =>
        (
          window as unknown as {
            __excel: {
              sheet: (n: string) => {
                charts: { type: string; title?: string; series: { categories?: string }[] }[];
              };
            };
          }
        ).__excel.sheet('汇总').charts[0],
    );
    expect(chart).toMatchObject({ type: 'BarClustered', title: '各单位完成率（%）' });
    expect(chart.series).toHaveLength(3);
    expect(chart.series[2].categories).toBe('B4:B14');
    await shot('9-collected');
  });

  it('生成通报 downloads the round’s 通报 document, signed and dated as typed, its chart drawn through the canvas', async () => {
    await page.getByTestId('bulletin-issuer').fill('株洲市商务局');
    await page.getByTestId('bulletin-date').fill('2018-02-06');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('bulletin').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^通报-\d{4}年1月\.docx$/);
    const path = join(tempDir('bulletin'), '通报.docx');
    await download.saveAs(path);
    const bytes = readFileSync(path);
    expect(await packageProblems([{ name: '通报.docx', bytes }])).toEqual([]);
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('一、总体情况');
    expect(xml).toContain('高新区累计完成');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    expect(text).toContain('株洲市商务局');
    expect(text).toContain('2018年2月6日');
    // The PNG beside the SVG is a real picture (the canvas drew it), not an empty one.
    const png = await zip.file('word/media/image1.png')!.async('uint8array');
    expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(5000);
    await expect(page.getByTestId('collect-notice').textContent()).resolves.toContain('已生成通报');
  });

  it('模板 → 从收到的任务书新建: a county’s plan from the 任务书 it received, its 下达目标 as issued', async () => {
    const file = join(tempDir('received'), '醴陵市-工作目标分解任务书.xlsx');
    writeFileSync(file, await exported!.file('醴陵市-工作目标分解任务书.xlsx')!.async('nodebuffer'));
    await page.getByRole('tab', { name: '模板' }).click();
    await page.getByTestId('template-select').selectOption('received');
    await page.getByTestId('received-file').setInputFiles(file);
    await page.getByText('醴陵市-工作目标分解任务书.xlsx').waitFor();
    await page.getByRole('textbox').first().fill('来龙门街道\n孙家湾镇\n浦口镇');
    await page.getByTestId('insert').click();
    await page.waitForFunction(() =>
      (window as unknown as { __excel: { sheets: { name: string }[] } }).__excel.sheets.some(
        (s) => s.name === '醴陵市目标分解',
      ),
    );
    await shot('9b-received');
    // C9 is the 下达目标 row below three towns: the 2017—2020年 target 醴陵市 was issued.
    const control = await page.evaluate(() =>
      (
        window as unknown as {
          __excel: { sheet: (n: string) => { shown: (r: number, c: number) => unknown } };
        }
      ).__excel
        .sheet('醴陵市目标分解')
        .shown(9, 3),
    );
    const record = readReport('x.xlsx', readFileSync(file)).record as {
      targets: { value: number; whole?: { value: number } }[];
    };
    expect(control).toBe(record.targets[0].whole?.value ?? record.targets[0].value);
  });

  it('模板 → 从现有表格识别 → 识别所选表格: the bureau’s own sheet, its merged header read from Excel, becomes a plan beside it', async () => {
    await page.evaluate(async () => {
      const excel = (
        window as unknown as {
          __excel: {
            addSheet: (n: string) => { merges: string[] };
            edit: (s: string, a: string, v: unknown[][]) => Promise<void>;
            userSelection?: string;
          };
        }
      ).__excel;
      const sheet = excel.addSheet('去年分解');
      await excel.edit('去年分解', 'A1:C5', [
        ['县市区', '实际到位资金（亿元）', null],
        [null, '2018年', '2019年'],
        ['芦淞区', 30, 33],
        ['石峰区', 20, 22],
        ['合计', 50, 55],
      ]);
      sheet.merges.push('A1:A2', 'B1:C1');
      excel.userSelection = '去年分解!A1:C5';
    });
    await page.getByRole('tab', { name: '模板' }).click();
    await page.getByTestId('template-select').selectOption('recognise');
    await page.getByTestId('recognise-selection').click();
    const found = page.getByTestId('recognise-found');
    await found.waitFor();
    expect(await found.locator('li').allTextContents()).toEqual(
      expect.arrayContaining([
        '单位（“县市区”列，2个）：芦淞区、石峰区',
        '指标：实际到位资金（亿元），2018年、2019年',
      ]),
    );
    await page.getByTestId('recognise-issuer').fill('株洲市商务局');
    await shot('9c-recognised');
    const names = () =>
      page.evaluate(() =>
        (window as unknown as { __excel: { sheets: { name: string }[] } }).__excel.sheets.map((s) => s.name),
      );
    const before = await names();
    await page.getByTestId('recognise-insert').click();
    await page.waitForFunction(
      (n) => (window as unknown as { __excel: { sheets: unknown[] } }).__excel.sheets.length > n,
      before.length,
    );
    // The bureau's own sheet stays as it was; the plan sheet is added beside it, its 下达目标 the 合计.
    const added = (await names()).filter((n) => !before.includes(n) && n !== '_fenjie');
    expect(added).toHaveLength(1);
    const cells = await page.evaluate((name) => {
      const excel = (
        window as unknown as {
          __excel: { sheet: (n: string) => { shown: (r: number, c: number) => unknown } };
        }
      ).__excel;
      const grid = (sheet: string, rows: number, cols: number) =>
        Array.from({ length: rows }, (_, r) =>
          Array.from({ length: cols }, (_, c) => excel.sheet(sheet).shown(r + 1, c + 1)),
        );
      return { own: grid('去年分解', 5, 3), plan: grid(name, 12, 4).flat() };
    }, added[0]);
    expect(cells.own[2]).toEqual(['芦淞区', 30, 33]);
    expect(cells.plan).toEqual(expect.arrayContaining(['芦淞区', '石峰区', 50, 55]));
  });

  it('fits Office’s narrowest task pane (320 px) on every tab, without a horizontal scroll bar', async () => {
    await page.evaluate(() => (document.getElementById('container')!.style.width = '320px'));
    const overflow: string[] = [];
    const tabs = ['模板', '校验', '分解', '任务书', '汇总', '考核'];
    for (const [k, tab] of tabs.entries()) {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForTimeout(300);
      await shot(`10-narrow-${k + 1}`);
      const [scroll, client] = await page.evaluate(() => {
        const c = document.getElementById('container')!;
        return [c.scrollWidth, c.clientWidth];
      });
      if (scroll > client) overflow.push(`${tab}: ${scroll} > ${client}`);
    }
    await page.evaluate(() => (document.getElementById('container')!.style.width = '360px'));
    expect(overflow).toEqual([]);
  });

  it('explains a protected sheet in words instead of a stack trace', async () => {
    await page.getByRole('tab', { name: '分解' }).click();
    await page.evaluate(() => {
      const excel = (window as unknown as { __excel: { sheet: (n: string) => { protected: boolean } } })
        .__excel;
      excel.sheet('湘商回归分解').protected = true;
    });
    await page.getByTestId('spread-total').fill('700');
    await page.getByTestId('preview').click();
    await page.getByTestId('apply').click();
    const bar = page.getByTestId('error-bar');
    await bar.waitFor();
    expect(await bar.textContent()).toContain('工作表受保护');
    await shot('11-protected');
  });
  it('axe-core finds no serious or critical violation on any tab (Excel)', async () => {
    const found = await violationsOnEveryTab(page);
    expect(Object.keys(found)).toHaveLength(6);
    expect(Object.values(found).flat()).toEqual([]);
  });
});
