/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createFromTemplate, type Issue } from '../src/core';
import { messages } from '../src/locales';
import { IssueList } from '../src/taskpane/components/IssueList';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocaleProvider } from '../src/taskpane/i18n';
import { groupIssues } from '../src/taskpane/logic/groupIssues';
import {
  initialForm,
  shownTotal,
  spreadableColumns,
  toSpreadRequest,
} from '../src/taskpane/logic/spreadForm';

const wrap = (node: ReactNode, locale: 'zh-CN' | 'en-US' = 'zh-CN') =>
  render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider value={{ locale, m: messages(locale) }}>{node}</LocaleProvider>
    </FluentProvider>,
  );

const issue = (over: Partial<Issue>): Issue => ({
  severity: 'error',
  code: 'cell.notANumber',
  sheet: '湘商回归分解',
  cell: 'C5',
  unitName: '高新区',
  indicator: '回归到位资金',
  period: '2017—2020年',
  params: { text: '八十' },
  ...over,
});

describe('the issue list', () => {
  it('shows errors before warnings, each in words, and its 定位 button selects the cell', () => {
    const onSelect = jest.fn();
    wrap(
      <IssueList
        issues={[
          issue({ severity: 'warning', code: 'cell.empty', cell: 'D9', params: {} }),
          issue({ cell: 'C12', params: { text: '待定' } }),
          issue({}),
        ]}
        onSelect={onSelect}
      />,
    );
    const items = screen.getAllByTestId('issue');
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining('“八十”不是数字'),
      expect.stringContaining('“待定”不是数字'),
      expect.stringContaining('尚未填写目标'),
    ]);
    fireEvent.click(screen.getByRole('button', { name: '定位 湘商回归分解!C12' }));
    expect(onSelect).toHaveBeenCalledWith('湘商回归分解', 'C12');
  });

  it('says so when there is nothing to fix, in English too', () => {
    wrap(<IssueList issues={[]} onSelect={() => undefined} />, 'en-US');
    expect(screen.getByTestId('no-issues').textContent).toBe('No issues found.');
  });

  it('orders by sheet, then row, then column (C9 before C10)', () => {
    const { errors } = groupIssues([issue({ cell: 'C10' }), issue({ cell: 'AA9' }), issue({ cell: 'C9' })]);
    expect(errors.map((i) => i.cell)).toEqual(['C9', 'AA9', 'C10']);
  });
});

describe('the spread form', () => {
  const plan = createFromTemplate('zz-devzones-2016-2020', 'p');

  it('offers the summed columns, targets first, and starts from the control total', () => {
    expect(
      spreadableColumns(plan)
        .map((c) => c.id)
        .slice(0, 3),
    ).toEqual(['trade_2020', 'fdi_2020', 'domestic_2020']);
    const form = initialForm(plan);
    expect(form).toMatchObject({ column: 'trade_2020', method: 'proportional' });
    // Untouched, the box shows the sheet's 下达目标, and follows it when the sheet changes.
    expect(form.total).toBeUndefined();
    expect(shownTotal(plan, form)).toBe('216102');
    expect(shownTotal({ ...plan, controlTotals: { ...plan.controlTotals, trade_2020: 220000 } }, form)).toBe(
      '220000',
    );
  });

  it('reads totals typed with full-width digits and separators', () => {
    const form = { ...initialForm(plan), total: '２１６，１０２' };
    expect(toSpreadRequest(plan, form).total).toBe(216102);
  });

  it('turns a growth choice into base year, rate and years, defaulting to the plan’s rule', () => {
    const form = { ...initialForm(plan), method: 'growth' as const, reference: 'trade_2016', total: '' };
    expect(toSpreadRequest(plan, form)).toEqual({
      column: 'trade_2020',
      method: { kind: 'growth', from: 'trade_2016', rate: 0.15, years: 4 },
      locks: [],
    });
    expect(toSpreadRequest(plan, { ...form, rate: '12' }).method).toMatchObject({ rate: 0.12 });
  });

  it('weights left empty are left out, so the spread names the units still without one', () => {
    const form = {
      ...initialForm(plan),
      method: 'weights' as const,
      weights: { u01: '2', u02: '1', u03: '０' },
    };
    expect(toSpreadRequest(plan, form).method).toEqual({
      kind: 'weights',
      weights: { u01: 2, u02: 1, u03: 0 },
    });
  });
});

describe('opened outside Excel', () => {
  beforeAll(() => {
    // Fluent's MessageBar watches its size; jsdom has no ResizeObserver.
    (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  });

  it('the help page the manifest names ships with the build', () => {
    const root = join(__dirname, '..');
    expect(readFileSync(join(root, 'manifest.xml'), 'utf8')).toContain('/help.html');
    expect(readFileSync(join(root, 'webpack.config.js'), 'utf8')).toContain(
      "{ from: 'src/help/help.html', to: 'help.html' }",
    );
    const help = readFileSync(join(root, 'src', 'help', 'help.html'), 'utf8');
    // It describes the six tabs, and the workbench where WPS and 信创 machines run it.
    expect(help).toContain('六个选项卡');
    expect(help).toContain('<h2 id="workbench">在 WPS 和信创电脑上：工作台</h2>');
  });
});
