/** The fast plan reader (no ExcelJS) gives the plans ExcelJS's reading gives, on our files and LibreOffice's. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFromTemplate, templates } from '../../src/core';
import { messages } from '../../src/locales';
import { loadWorkbook, planWorkbook, readPlans, workbookToBuffer } from '../../src/xlsx';
import { readPlansFast } from '../../src/xlsx/readPlansFast';
import { tempDir } from '../support/tmp';

const m = messages('zh-CN');
const both = async (bytes: Buffer) => ({
  exceljs: readPlans(await loadWorkbook(bytes)),
  fast: readPlansFast(new Uint8Array(bytes)),
});

describe('reading plans without ExcelJS', () => {
  it.each(templates.map((t) => t.id))('%s reads as ExcelJS reads it', async (id) => {
    const { workbook } = planWorkbook([createFromTemplate(id, 'p')], m.sheet);
    const { exceljs, fast } = await both(await workbookToBuffer(workbook));
    expect(fast).toEqual(exceljs);
  });

  it('a plan LibreOffice sorted, with a date typed as a deadline and a figure as text, reads the same', async () => {
    const dir = tempDir('fastplan');
    const { workbook } = planWorkbook(
      [createFromTemplate('zz-xiangshang-2017-2020', 'p'), createFromTemplate('zz-tasks-2017', 'q')],
      m.sheet,
    );
    writeFileSync(join(dir, 'a.xlsx'), await workbookToBuffer(workbook));
    const edits = [
      { op: 'sort', sheet: '湘商回归分解', range: 'A5:E14', by: 3, descending: true },
      { op: 'set', sheet: '湘商回归分解', cell: 'D6', value: '８' },
    ];
    execFileSync(
      '/usr/bin/python3',
      [
        join(__dirname, '..', 'support', 'edit_workbook.py'),
        'uno',
        join(dir, 'a.xlsx'),
        join(dir, 'b.xlsx'),
        JSON.stringify(edits),
      ],
      { stdio: 'pipe' },
    );
    // A clerk's date where a 完成时限 belongs (openpyxl writes a real date cell).
    execFileSync('/usr/bin/python3', [
      '-c',
      `
import datetime, openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
ws = [s for s in wb.worksheets if s.title != '湘商回归分解' and s.title != '_fenjie'][0]
for row in ws.iter_rows(min_row=1, max_row=40):
    for c in row:
        if c.value == '2018年6月':
            c.value = datetime.datetime(2018, 6, 30)
            c.number_format = 'yyyy/m/d'
wb.save(sys.argv[2])
`,
      join(dir, 'b.xlsx'),
      join(dir, 'c.xlsx'),
    ]);
    const { exceljs, fast } = await both(readFileSync(join(dir, 'c.xlsx')));
    expect(fast).toEqual(exceljs);
    expect(JSON.stringify(fast)).toContain('2018-06-30');
    expect(JSON.stringify(fast)).toContain('８');
  });
});
