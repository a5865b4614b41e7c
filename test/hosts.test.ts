/**
 * One pane, two hosts: the same session work — insert the 湘商 template, spread 600 with 高新区 locked,
 * undo, spread again, 任务书 for two units, 汇总 sheets — on Excel (the recording mock) and on a workbook
 * file held in the page (the workbench), with the same figures and issues. The file host's saved workbook
 * is schema-valid and reads back, in openpyxl, with the new figures and the rest as it was.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createFromTemplate, emptyLayout, type SheetLayout } from '../src/core';
import { ExcelHost } from '../src/excel';
import { WorkbookSession, type WorkbookHost } from '../src/host';
import { messages } from '../src/locales';
import { FileHost, readCell } from '../src/xlsx';
import { ExcelMock } from './support/excelMock';
import { packageProblems } from './support/ooxml';
import { tempDir } from './support/tmp';

const m = messages('zh-CN');
const COLUMN = 'i1_2017-2020';
const SHEET = '湘商回归分解';

const hosts: [string, () => WorkbookHost][] = [
  [
    'Excel (Office.js)',
    () => {
      const mock = new ExcelMock();
      mock.install();
      return new ExcelHost(m.sheet);
    },
  ],
  ['a workbook file in the page', () => FileHost.blank(m.sheet)],
];

const summary: SheetLayout = { ...emptyLayout('汇总'), cells: [{ row: 1, col: 1, value: '汇总' }] };

/** 回归到位资金 2017—2020年 of each unit, in the plan's order. */
const figuresOf = (session: WorkbookSession) => {
  const j = session.plans[0].columns.findIndex((c) => c.id === COLUMN);
  return session.plans[0].values.map((row) => row[j]);
};

/** The same day's work on a host; what the planner would read off it. */
const day = async (host: WorkbookHost) => {
  const session = new WorkbookSession(host);
  await session.insert(createFromTemplate('zz-xiangshang-2017-2020', 'p'));
  const issuesAtFirst = session.issues().length;
  const [first, second] = session.plans[0].units;
  const request = {
    column: COLUMN,
    total: 600,
    method: { kind: 'proportional' as const },
    locks: [first.id],
  };
  const spread = session.preview(0, request);
  await session.apply(0, spread);
  const afterSpread = figuresOf(session);
  await session.undo(0);
  const afterUndo = figuresOf(session);
  await session.apply(0, session.preview(0, request));
  const taskbooks = await session.taskbooks(0, m.taskbook, { units: [first.id, second.id] });
  await session.writeSheets([summary]);
  await session.load();
  return {
    issuesAtFirst,
    changes: spread.changes.length,
    afterSpread,
    afterUndo,
    reloaded: figuresOf(session),
    control: session.plans[0].controlTotals[COLUMN],
    taskbooks: taskbooks.written,
    issues: session.issues().map((i) => i.code),
  };
};

describe('the same session on both hosts', () => {
  const results: Record<string, Awaited<ReturnType<typeof day>>> = {};

  it.each(hosts)('%s: insert, spread, undo, 任务书, 汇总', async (name, make) => {
    results[name] = await day(make());
    expect(results[name]).toMatchObject({
      issuesAtFirst: 0,
      afterUndo: [80, 40, 40, 40, 50, 50, 80, 50, 40, 30],
      control: 600,
      taskbooks: ['高新区', '芦淞区'],
      issues: [],
    });
    // 高新区 kept at 80; the other nine share 520 in proportion.
    expect(results[name].afterSpread[0]).toBe(80);
    expect(results[name].afterSpread.reduce((a, b) => Number(a) + Number(b), 0)).toBe(600);
    expect(results[name].reloaded).toEqual(results[name].afterSpread);
  });

  it('gives the same figures on both', () => {
    const [excel, file] = hosts.map(([name]) => results[name]);
    expect(file).toEqual(excel);
  });
});

describe('the workbook file the workbench saves', () => {
  it('is schema-valid, and reads back with the new figures, the 任务书 and 汇总 sheets, the plan intact', async () => {
    const host = FileHost.blank(m.sheet);
    await day(host);
    const bytes = await host.bytes();
    expect(await packageProblems([{ name: 'saved.xlsx', bytes }])).toEqual([]);
    const dir = tempDir('filehost');
    const file = join(dir, 'saved.xlsx');
    writeFileSync(file, bytes);
    const read = JSON.parse(
      execFileSync(
        '/usr/bin/python3',
        [
          '-c',
          `import json, openpyxl
wb = openpyxl.load_workbook(${JSON.stringify(file)})
ws = wb[${JSON.stringify(SHEET)}]
print(json.dumps({"sheets": wb.sheetnames, "states": [s.sheet_state for s in wb.worksheets],
  "figures": [ws.cell(row=r, column=3).value for r in range(5, 15)], "control": ws["C16"].value, "total": ws["C15"].value}))`,
        ],
        { encoding: 'utf8' },
      ),
    ) as { sheets: string[]; states: string[]; figures: number[]; control: number; total: string };
    expect(read.sheets).toEqual([SHEET, '高新区', '芦淞区', '_fenjie', '汇总']);
    expect(read.states[read.sheets.indexOf('_fenjie')]).toBe('veryHidden');
    expect(read.figures[0]).toBe(80);
    expect(read.figures.reduce((a, b) => a + b, 0)).toBe(600);
    expect(read.control).toBe(600);
    expect(read.total).toMatch(/^=SUM\(C5:C14\)$/);
    // Opened again in the workbench, the plan is found with its new figures and no issue.
    const again = await FileHost.open(bytes, 'saved.xlsx', m.sheet);
    const session = new WorkbookSession(again);
    await session.load();
    expect(session.issues()).toEqual([]);
    expect(figuresOf(session)).toEqual(read.figures);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer);
    expect(readCell(wb.getWorksheet('高新区')!.getCell(2, 1))).toContain('任务书');
  });

  it('a workbook another program wrote (openpyxl: an outline setting in sheetPr) stays schema-valid when saved', async () => {
    const dir = tempDir('filehost-foreign');
    const first = FileHost.blank(m.sheet);
    await new WorkbookSession(first).insert(createFromTemplate('zz-xiangshang-2017-2020', 'p'));
    const plan = join(dir, 'plan.xlsx');
    writeFileSync(plan, await first.bytes());
    execFileSync('/usr/bin/python3', [
      join(__dirname, 'support', 'edit_workbook.py'),
      'openpyxl',
      plan,
      plan,
      JSON.stringify([{ op: 'set', sheet: SHEET, cell: 'C5', value: 90 }]),
    ]);
    const host = await FileHost.open(readFileSync(plan), 'plan.xlsx', m.sheet);
    const session = new WorkbookSession(host);
    await session.load();
    await session.apply(0, session.preview(0, { column: COLUMN, total: 600, method: { kind: 'even' } }));
    expect(await packageProblems([{ name: 'saved.xlsx', bytes: await host.bytes() }])).toEqual([]);
  });

  it('every data validation comes back as it was (ExcelJS rewrote C5:C14 as C10:C14 over C5:C14, anchored at C5)', async () => {
    const first = FileHost.blank(m.sheet);
    await new WorkbookSession(first).insert(createFromTemplate('zz-xiangshang-2017-2020', 'p'));
    const original = await first.bytes();
    const host = await FileHost.open(original, 'plan.xlsx', m.sheet);
    const session = new WorkbookSession(host);
    await session.load();
    await session.apply(0, session.preview(0, { column: COLUMN, total: 600, method: { kind: 'even' } }));
    const rules = async (bytes: Uint8Array) => {
      const zip = await JSZip.loadAsync(bytes);
      const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      return [...xml.matchAll(/<dataValidation\b[^>]*sqref="([^"]*)"[^>]*>([\s\S]*?)<\/dataValidation>/g)]
        .map((r) => `${r[1]} ${r[2]}`)
        .sort();
    };
    const before = await rules(original);
    expect(before.length).toBeGreaterThan(3);
    expect(await rules(await host.bytes())).toEqual(before);
  });

  it('a file that is not a workbook is refused in words, naming what it seems to be', async () => {
    await expect(
      FileHost.open(new TextEncoder().encode('单位,完成\n高新区,31\n'), 'data.xlsx', m.sheet),
    ).rejects.toMatchObject({ code: 'file.notWorkbook', params: { kind: 'csv' } });
  });
});
