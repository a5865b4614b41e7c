import {
  bulletinSheet,
  consolidate,
  countiesOf,
  createCustomPlan,
  departmentContent,
  departmentsOf,
  createFromTemplate,
  planSheetLayout,
  summarySheet,
  taskbookLayout,
  taskbookWording,
  templates,
  type SheetLayout,
} from '../src/core';
import { displayWidth } from '../src/core/layout/textWidth';
import { describeError, messages, nestQuotes } from '../src/locales';
import { planWorkbook, unitWorkbookLayouts } from '../src/xlsx';

/** A half-width , : ; ( ) touching a Chinese character: extraction damage or a slip, never GB/T 15834. */
const HALF_WIDTH_BESIDE_CHINESE = /[\u3400-\u9fff“”、。][,:;()]|[,:;()][\u3400-\u9fff“”、。]/;

const strings = (value: unknown, path: string, out: [string, string][] = []): [string, string][] => {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
};

/** The task tables: their 任务书 go to the responsible departments, not to the rows. */
const taskTables = templates
  .filter((t) => t.create('p').units.every((u) => u.kind === 'task'))
  .map((t) => t.id);

const halfWidth = (list: [string, string][]) =>
  list.filter(([, text]) => HALF_WIDTH_BESIDE_CHINESE.test(text)).map(([path, text]) => `${path}: ${text}`);

describe('Chinese text takes full-width punctuation', () => {
  it('in every Chinese message, help text and sheet label', () => {
    expect(halfWidth(strings(messages('zh-CN'), 'zh-CN'))).toEqual([]);
  });

  it.each(templates.filter((t) => t.id !== 'custom').map((t) => t.id))(
    'in the titles, sources, units, indicators and tasks of %s',
    (id) => {
      const plan = createFromTemplate(id, 'p');
      expect(halfWidth(strings(plan, id))).toEqual([]);
    },
  );
});

describe('the plan sheets print full-width punctuation', () => {
  it.each(templates.map((t) => t.id))('every text cell of the %s sheet', (id) => {
    const plan = createFromTemplate(id, 'p');
    const { layout } = planSheetLayout(plan, messages('zh-CN').sheet, '表');
    expect(halfWidth(strings(layout, id)).filter((s) => !/formula/.test(s.split(':')[0]))).toEqual([]);
  });
});

describe('the 任务书 and 完成情况 sheets print full-width punctuation', () => {
  it.each(templates.filter((t) => !taskTables.includes(t.id)).map((t) => t.id))('%s', (id) => {
    const plan = planWorkbook([createFromTemplate(id, 'p')], messages('zh-CN').sheet).plans[0];
    const m = messages('zh-CN');
    const texts = [
      ...unitWorkbookLayouts(plan, 0, 2018, { taskbook: m.taskbook, report: m.report }).slice(0, 2),
    ].flatMap((layout) =>
      strings(
        layout.cells.map((c) => c.value),
        `${id}!${layout.name}`,
      ),
    );
    expect(halfWidth(texts)).toEqual([]);
  });
});

describe('the 汇总 and 通报 sheets print full-width punctuation', () => {
  it('in every label and sentence', () => {
    const plan = planWorkbook([createFromTemplate('zz-xiangshang-2017-2020', 'p')], messages('zh-CN').sheet)
      .plans[0];
    const c = consolidate(plan, 2018, []);
    const m = messages('zh-CN');
    const texts = [summarySheet(plan, c, m.summary), bulletinSheet(plan, c, m.summary)].flatMap((l) =>
      strings(
        l.cells.map((x) => x.value),
        l.name,
      ),
    );
    expect(halfWidth(texts)).toEqual([]);
  });
});

/** What no line may start with (行首禁则): closing marks, pauses and stops. */
const BAD_START = /^[）〕］】」』”’》，。、；：？！…—%)\]},.;:?!]/;

/** Lines of a sheet's texts that start with what no line may start with. */
const badLines = (layout: SheetLayout) =>
  layout.cells
    // “—” or “%” alone is a value (not applicable, not yet operating, a measure), not a line of text.
    .filter((c) => typeof c.value === 'string' && c.value !== '—' && c.value !== '%')
    .flatMap((c) =>
      String(c.value)
        .split('\n')
        .filter((line) => BAD_START.test(line))
        .map((line) => `${layout.name}!${c.row},${c.col}: ${line}`),
    );

/** A year range written with anything but the one dash of its table. */
const yearRanges = (list: [string, string][]) =>
  list.flatMap(([, text]) => [...text.matchAll(/\d{4}\s*([-–—~～－])\s*\d{2,4}\s*年/g)].map((m) => m[1]));

describe('one dash in every year range of a table', () => {
  it.each(templates.filter((t) => t.id !== 'custom').map((t) => t.id))(
    '%s writes 2017—2020年 with the 一字线 in its title, source, headers and period',
    (id) => {
      const plan = createFromTemplate(id, 'p');
      const { layout } = planSheetLayout(plan, messages('zh-CN').sheet, '表');
      const dashes = new Set(yearRanges([...strings(plan, id), ...strings(layout, id)]));
      expect([...dashes].filter((d) => d !== '—')).toEqual([]);
    },
  );

  it('a custom plan takes the dash of the title the planner typed, or the 一字线', () => {
    const spec = {
      units: ['芙蓉区', '天心区'],
      indicators: [{ name: '实际到位资金', measure: '亿元' }],
      years: ['2018', '2019', '2020'],
    };
    const typed = createCustomPlan({ ...spec, title: '长沙市招商引资目标分解（2018-2020年）' }, 'p');
    expect(typed.period).toBe('2018-2020年');
    expect(new Set(yearRanges(strings(typed, 'custom')))).toEqual(new Set(['-']));
    const untitled = createCustomPlan(spec, 'p');
    expect(untitled.title).toBe('工作目标任务分解（2018—2020年）');
    expect(untitled.period).toBe('2018—2020年');
  });
});

describe('lines of the plan sheet start as a typesetter would have them', () => {
  it.each(templates.map((t) => t.id))(
    'no line of a title, source, task, 责任单位 or note in %s starts with “、” or “）”',
    (id) => {
      const plan = createFromTemplate(id, 'p');
      const { layout } = planSheetLayout(plan, messages('zh-CN').sheet, '表');
      const bad = badLines(layout);
      expect(bad).toEqual([]);
      // Each line fits its column, so Excel has nothing left to wrap by its own rules.
      const tooWide = layout.cells
        .filter((c) => (c.style === 'unit' || c.style === 'text') && typeof c.value === 'string')
        .flatMap((c) =>
          String(c.value)
            .split('\n')
            .filter((line) => displayWidth(line) > layout.columnWidths[c.col - 1] - 1)
            .map((line) => `${c.row},${c.col}: ${line}`),
        );
      expect(tooWide).toEqual([]);
      const title = String(layout.cells.find((c) => c.row === 1 && c.col === 1)?.value ?? '');
      expect(title.replace(/\n/g, '')).toBe(plan.title);
      expect(title).not.toMatch(/\d\n|\n\d|—\n|\n—/);
    },
  );
});

describe('lines of the 任务书 start as a typesetter would have them', () => {
  const m = messages('zh-CN');

  it.each(templates.filter((t) => !taskTables.includes(t.id)).map((t) => t.id))(
    'no line of the 任务书 or 完成情况 of any unit of %s starts with “、” or “）”',
    (id) => {
      const plan = planWorkbook([createFromTemplate(id, 'p')], m.sheet).plans[0];
      const bad = plan.units.flatMap((_, i) =>
        unitWorkbookLayouts(plan, i, 2018, { taskbook: m.taskbook, report: m.report })
          .slice(0, 2)
          .flatMap(badLines),
      );
      expect(bad).toEqual([]);
    },
  );

  it.each(taskTables)(
    'no line of any department’s list of 重点任务 of %s starts with “、” or “）”, and no text is lost',
    (id) => {
      const plan = planWorkbook([createFromTemplate(id, 'p')], m.sheet).plans[0];
      const departments = departmentsOf(plan, countiesOf(plan));
      expect(departments.length).toBeGreaterThan(20);
      for (const [k, d] of departments.entries()) {
        const content = departmentContent(plan, d, k, taskbookWording(plan));
        const layout = taskbookLayout(plan, content, m.taskbook, d.name, { kind: 'values' });
        expect(badLines(layout)).toEqual([]);
        const printed = new Set(layout.cells.map((c) => String(c.value ?? '').replace(/\n/g, '')));
        for (const t of content.tasks ?? []) expect(printed.has(t.text)).toBe(true);
        // A task's lines fit its merged cell in the 12 pt body font, so Excel does not wrap them again.
        const taskWidth = (layout.columnWidths.slice(1, 5).reduce((a, b) => a + b, 0) * 11) / 12;
        const tooWide = layout.cells
          .filter((c) => c.col === 2 && typeof c.value === 'string')
          .flatMap((c) => String(c.value).split('\n'))
          .filter((line) => displayWidth(line) > taskWidth);
        expect(tooWide).toEqual([]);
      }
    },
  );
});

describe('quotes within quotes', () => {
  it('a plan title that brings its own “” is quoted ‘’ inside a message’s “”', () => {
    expect(
      describeError({
        code: 'bulletin.otherPlan',
        params: { file: '汇总.xlsx', plan: '“湘商回归”目标分解', theirs: '500强引进' },
      }),
    ).toBe('汇总“汇总.xlsx”不是计划“‘湘商回归’目标分解”的汇总（它是“500强引进”的）。');
    expect(nestQuotes('一“二”三“四”')).toBe('一“二”三“四”');
  });
});
