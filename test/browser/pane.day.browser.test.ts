/**
 * The pane through a planner's day, clicking and typing as people do, driven by what a planner sees
 * (labels, roles, names): no wrong figure from a click or a stale field, no dead end, the pane's own words.
 * Screenshots of each case, at 320 px and at a wide pane, go to test-output/screenshots/day-*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { BrowserContext, Page } from 'playwright-core';
import { createFromTemplate } from '../../src/core';
import { builtHarness } from '../support/builds';
import { launchChromium } from '../support/chromium';

const root = join(__dirname, '..', '..');
const shots = join(root, 'test-output', 'screenshots');
let browser: BrowserContext;
let page: Page;

const cell = (address: string) => page.locator(`#sheet td[data-cell="${address}"]`);
/** The pane at 320 px and at a wide 480 px, both pictured. */
const shot = async (name: string) => {
  for (const width of [320, 480]) {
    await page.evaluate((w) => (document.getElementById('container')!.style.width = `${w}px`), width);
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(shots, `day-${name}-${width}.png`) });
  }
  await page.evaluate(() => (document.getElementById('container')!.style.width = '360px'));
};
const edit = (address: string, values: unknown[][]) =>
  page.evaluate(
    ([a, v]) =>
      (
        window as unknown as { __excel: { edit: (s: string, a: string, v: unknown[][]) => Promise<void> } }
      ).__excel.edit('湘商回归分解', a as string, v as unknown[][]),
    [address, values] as const,
  );
/** The task pane, not the sheet drawn beside it. */
const pane = () => page.locator('#container');
/** The 湘商 template's units, in the table's order. */
const UNITS = createFromTemplate('zz-xiangshang-2017-2020', 'p').units.map((u) => u.name);
const tab = (name: string) => page.getByRole('tab', { name }).click();
const total = () => page.getByRole('textbox', { name: '新的总数（下达目标）' });

beforeAll(async () => {
  builtHarness();
  mkdirSync(shots, { recursive: true });
  browser = await launchChromium({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`file://${join(root, 'dist', 'harness', 'harness.html')}`);
  await page.getByRole('combobox', { name: '模板' }).selectOption('zz-xiangshang-2017-2020');
  await page.getByRole('button', { name: '插入工作表' }).click();
  await page.getByText('未发现问题。').waitFor();
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

describe('a planner’s day in the pane', () => {
  it('after 插入工作表 the work continues on 校验, where the focus is', async () => {
    expect(await page.getByRole('tab', { name: '校验' }).getAttribute('aria-selected')).toBe('true');
    // The focus is on the 校验 tab's panel, which its tab names.
    expect(
      await page.evaluate(() => {
        const panel = document.activeElement;
        const by = panel?.getAttribute('aria-labelledby');
        return [panel?.getAttribute('role'), by ? document.getElementById(by)?.textContent : null];
      }),
    ).toEqual(['tabpanel', expect.stringContaining('校验')]);
  });

  it('every element id is unique, and each checkbox is named by its unit; clicking a name ticks that unit', async () => {
    for (const name of ['分解', '任务书']) {
      await tab(name);
      const ids = await page.evaluate(() => Array.from(document.querySelectorAll('[id]'), (e) => e.id));
      expect(ids.filter((x, k) => ids.indexOf(x) !== k)).toEqual([]);
      const boxes = page.getByRole('checkbox');
      const names = await boxes.evaluateAll((els) =>
        els.map((e) => (e as HTMLInputElement).labels?.[0]?.textContent ?? ''),
      );
      expect(UNITS).toHaveLength(10);
      expect(names).toEqual(UNITS);
    }
    await tab('分解');
    await pane().getByText('醴陵市', { exact: true }).click();
    expect(await page.getByRole('checkbox', { name: '醴陵市' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '高新区' }).isChecked()).toBe(false);
    await total().fill('600');
    await page.getByRole('button', { name: '预览' }).click();
    const table = page.getByRole('table', { name: '预览' });
    await table.waitFor();
    // 醴陵市 is locked, so it is not among the changes; 高新区 is.
    expect(await table.getByRole('row', { name: /醴陵市/ }).count()).toBe(0);
    expect(await table.getByRole('row', { name: /高新区/ }).count()).toBe(1);
    await shot('1-locked-by-name');
    await pane().getByText('醴陵市', { exact: true }).click();

    await tab('任务书');
    await pane().getByText('石峰区', { exact: true }).click();
    await pane().getByText('荷塘区', { exact: true }).click();
    expect(await page.getByRole('checkbox', { name: '石峰区' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: '荷塘区' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: '高新区' }).isChecked()).toBe(true);
    expect(await page.getByText('单位（已选8/10）').count()).toBe(1);
    await pane().getByText('石峰区', { exact: true }).click();
    await pane().getByText('荷塘区', { exact: true }).click();
  });

  it('the total box follows the sheet’s 下达目标 until the planner types; the preview lists the 下达目标 and 合计 it writes', async () => {
    await tab('分解');
    expect(await total().inputValue()).toBe('500');
    await edit('C16', [[550]]);
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid=spread-total]') as HTMLInputElement | null)?.value === '550',
    );
    // 550 typed in the sheet, the box follows: the spread reaches it (合计 500 → 550).
    await page.getByRole('button', { name: '预览' }).click();
    const table = page.getByRole('table', { name: '预览' });
    await table.waitFor();
    expect(await table.getByRole('row', { name: /合计（公式结果） 500 550/ }).count()).toBe(1);
    // Typed over: 1,200 is read as 1200, and the 下达目标 it will write is in the list.
    await total().fill('1,200');
    expect(await page.getByText('应用时下达目标也由550改为所填总数。').count()).toBe(1);
    await total().press('Enter');
    await table.waitFor();
    expect(await table.getByRole('row', { name: /C16 下达目标 550 1200/ }).count()).toBe(1);
    expect(await table.getByRole('row', { name: /合计（公式结果） 500 1200/ }).count()).toBe(1);
    const rows = await table.getByRole('row').count();
    await shot('2-preview-with-totals');
    await page.getByRole('button', { name: '应用分解' }).click();
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    // Every written cell counted: ten units and the 下达目标 (the header and the 合计 row are not written).
    expect(await notice.textContent()).toBe(`已写入${rows - 2}个单元格，见下表。`);
    expect(rows - 2).toBe(11);
    expect(await cell('C16').textContent()).toBe('1200');
    expect(await cell('C15').textContent()).toBe('1200');
    // The table of what was written stays, and the focus is on the notice.
    expect(await page.getByRole('table', { name: '已写入' }).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
    expect(await total().inputValue()).toBe('1200');
    await shot('3-applied');
    await page.getByRole('button', { name: '撤销上次分解' }).click();
    await page.getByText('已恢复分解前的数字').waitFor();
    expect(await total().inputValue()).toBe('550');
    await edit('C16', [[500]]);
  });

  it('an empty total box says what it will do; what cannot be a number is named as typed, at its field', async () => {
    await total().fill('');
    expect(await page.getByText('留空则按表中下达目标500分解。').count()).toBe(1);
    await total().fill('六百');
    await page.getByRole('button', { name: '预览' }).click();
    const message = page.getByText('总数应为数字，这里填的是“六百”。');
    await message.waitFor();
    expect(await page.getByTestId('error-bar').count()).toBe(0);
    await shot('4-total-not-a-number');
    await total().fill('500');
    expect(await message.count()).toBe(0);
    await page.getByRole('combobox', { name: '分解方法' }).selectOption({ label: '按增长率' });
    await page.getByRole('button', { name: '预览' }).click();
    await page.getByText('请选择“参照列”').waitFor();
    await page.getByRole('combobox', { name: '分解方法' }).selectOption({ label: '按权重' });
    await page.getByRole('textbox', { name: '高新区的权重' }).fill('2');
    await page.getByRole('button', { name: '预览' }).click();
    const missing = page.getByRole('alert');
    await missing.waitFor();
    expect(await missing.textContent()).toContain('有9个单位没有填写权重');
    expect(await missing.textContent()).not.toMatch(/--|fenjie/);
    await shot('5-weights-missing');
    await page.getByRole('combobox', { name: '分解方法' }).selectOption({ label: '平均分配' });
  });

  it('the last digit’s remainder is said: to whom, and by which rule', async () => {
    await total().fill('503');
    await page.getByRole('button', { name: '预览' }).click();
    const line = page.getByTestId('remainder');
    await line.waitFor();
    expect(await line.textContent()).toBe(
      '末位余数共3亿元，分给高新区、芦淞区、石峰区：舍去部分大者先得，相同时现有数大者先得，再相同时表中靠前者先得。',
    );
    await shot('6-remainder');
    await total().fill('500');
  });

  it('a unit renamed in its own row is one issue, and 改名 takes the new name into the plan', async () => {
    await edit('B9', [['云龙示范区管委会']]);
    await tab('校验');
    const issue = page.getByTestId('issue').filter({ hasText: '原是“云龙示范区”的行' });
    await issue.waitFor();
    expect(await page.getByTestId('issue').count()).toBe(1);
    expect(await issue.textContent()).not.toMatch(/--|fenjie/);
    await shot('7-renamed');
    await issue.getByRole('button', { name: '改名' }).click();
    await page.getByText('未发现问题。').waitFor();
    await tab('任务书');
    expect(await page.getByRole('checkbox', { name: '云龙示范区管委会' }).count()).toBe(1);
  });

  it('导出 takes the ticked units only, and is off with none ticked', async () => {
    await tab('任务书');
    const names = UNITS.map((n) => (n === '云龙示范区' ? '云龙示范区管委会' : n));
    for (const name of names.slice(3)) await page.getByRole('checkbox', { name }).uncheck();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出各单位工作簿（.zip）' }).click();
    const zip = await JSZip.loadAsync(readFileSync((await (await download).path())!));
    expect(Object.keys(zip.files).sort()).toEqual(
      ['全部任务书.xlsx', ...names.slice(0, 3).map((n) => `${n}-工作目标分解任务书.xlsx`)].sort(),
    );
    await page.getByText('已导出3个单位的工作簿（完成情况按2020年填报）。').waitFor();
    for (const name of names.slice(0, 3)) await page.getByRole('checkbox', { name }).uncheck();
    expect(await page.getByRole('button', { name: '导出各单位工作簿（.zip）' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: '生成任务书工作表' }).isDisabled()).toBe(true);
    await shot('8-none-ticked');
    for (const name of names) await page.getByRole('checkbox', { name }).check();
  });

  it('自定义: examples are placeholders, a refused insert stays on the form with what was typed, marked at its field', async () => {
    await tab('模板');
    await page.getByRole('combobox', { name: '模板' }).selectOption({ label: '自定义' });
    const indicators = page.getByRole('textbox', { name: '指标（每行一个，写作 名称：计量单位）' });
    expect(await indicators.inputValue()).toBe('');
    expect(await indicators.getAttribute('placeholder')).toBe('例如：回归到位资金：亿元');
    await page.getByRole('combobox', { name: '县市区预设' }).selectOption('株洲市');
    const units = page.getByRole('textbox', { name: '分解单位（每行一个，或用逗号分隔）' });
    expect((await units.inputValue()).split('\n')).toContain('醴陵市');
    expect(await page.getByRole('textbox', { name: '下达单位（甲方）' }).inputValue()).toBe('株洲市人民政府');
    await indicators.fill('回归到位资金亿元');
    await page.getByRole('textbox', { name: '年度（逗号分隔）' }).fill('2018，2019');
    await page.getByRole('button', { name: '插入工作表' }).click();
    await page
      .getByText('指标“回归到位资金亿元”的写法不对，应为“名称：计量单位”，如 回归到位资金：亿元。')
      .waitFor();
    expect(await page.getByRole('tab', { name: '模板' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('error-bar').count()).toBe(0);
    expect(await indicators.getAttribute('aria-invalid')).toBe('true');
    await shot('9-custom-refused');
    await tab('校验');
    await tab('模板');
    expect(await indicators.inputValue()).toBe('回归到位资金亿元');
    expect(await page.getByRole('textbox', { name: '年度（逗号分隔）' }).inputValue()).toBe('2018，2019');
    expect(await pane().getByText('来源：').count()).toBe(0);
    await page.getByRole('combobox', { name: '模板' }).selectOption('zz-xiangshang-2017-2020');
    expect(
      await pane()
        .getByText(/^来源：/)
        .count(),
    ).toBe(1);
  });

  it('an error that belongs to no field is said once, in the bar, and goes when the planner moves on', async () => {
    await tab('分解');
    await page.evaluate(() => {
      (window as unknown as { __excel: { sheet: (n: string) => { protected: boolean } } }).__excel.sheet(
        '湘商回归分解',
      ).protected = true;
    });
    await total().fill('700');
    await page.getByRole('button', { name: '预览' }).click();
    await page.getByRole('button', { name: '应用分解' }).click();
    const bar = page.getByTestId('error-bar');
    await bar.waitFor();
    const text = (await bar.textContent()) ?? '';
    expect(text).toContain('工作表受保护');
    expect(text).not.toContain('请按提示处理后重试');
    await shot('10-error-bar');
    await tab('校验');
    expect(await bar.count()).toBe(0);
    await page.evaluate(() => {
      (window as unknown as { __excel: { sheet: (n: string) => { protected: boolean } } }).__excel.sheet(
        '湘商回归分解',
      ).protected = false;
    });
  });
});
