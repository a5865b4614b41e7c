import {
  bulletinSheet,
  consolidate,
  createFromTemplate,
  planSheetLayout,
  summarySheet,
  templates,
} from '../src/core';
import { messages } from '../src/locales';
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
  it.each(templates.filter((t) => t.id !== 'zz-tasks-2017').map((t) => t.id))('%s', (id) => {
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
