// `npm run bench:recognise`: recognising a table a bureau already has — a sheet of 3,000 units (openpyxl-like
// layout written by ExcelJS: title, two header rows, 合计) and a 50-page 通知 with eight appendix tables
// (written with docx) — in process (the use case over the file's bytes, median of 5) and as the whole
// command `fenjie new --from … --dry-run`. Goal: under 1 s each.
'use strict';
const { mkdtempSync, readFileSync, writeFileSync } = require('fs');
const { tmpdir } = require('os');
const path = require('path');
const ExcelJS = require('exceljs');
const docx = require('docx');
const { timed } = require('./timed');

const root = path.join(__dirname, '..');
const { recogniseFile } = require(path.join(root, 'dist', 'usecases', 'recognise'));
const fenjie = path.join(root, 'bin', 'fenjie.js');
const dir = mkdtempSync(path.join(tmpdir(), 'fenjie-recognise-bench-'));
const GOAL_MS = 1000;

const sheet = async (file, units) => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('分解');
  ws.addRow(['2018—2020年招商引资目标任务分解表']);
  ws.mergeCells('A1:H1');
  ws.addRow(['序号', '单位', '实际到位资金（亿元）', null, null, '新引进项目（个）', null, '备注']);
  ws.addRow([null, null, '2018年', '2019年', '2020年', '2018年', '2019年', null]);
  for (const m of ['A2:A3', 'B2:B3', 'C2:E2', 'F2:G2', 'H2:H3']) ws.mergeCells(m);
  let sum = [0, 0, 0, 0, 0];
  for (let k = 1; k <= units; k++) {
    const row = [k * 0.25, k * 0.5, k * 0.75, k % 7, k % 11];
    sum = sum.map((s, j) => s + row[j]);
    ws.addRow([k, `第${k}单位`, ...row, k % 10 === 0 ? '重点' : null]);
  }
  ws.addRow(['合计', null, ...sum.map((s) => Math.round(s * 100) / 100), null]);
  writeFileSync(file, await wb.xlsx.writeBuffer());
};

const text = (n) => new docx.Paragraph({ children: [new docx.TextRun(`第${n}段：各县市区要切实加强组织领导，明确责任分工，确保各项目标任务按期完成。`.repeat(3))] });
const cell = (value) => new docx.TableCell({ children: [new docx.Paragraph(String(value))] });
const appendix = (n, rows) => [
  new docx.Paragraph(`附件${n}`),
  new docx.Paragraph(`第${n}项指标目标任务分解表`),
  new docx.Paragraph('单位：万元'),
  new docx.Table({
    rows: [
      new docx.TableRow({
        children: [
          new docx.TableCell({ children: [new docx.Paragraph('序号')], verticalMerge: docx.VerticalMergeType.RESTART }),
          new docx.TableCell({ children: [new docx.Paragraph('县市区')], verticalMerge: docx.VerticalMergeType.RESTART }),
          new docx.TableCell({ children: [new docx.Paragraph(`指标${n}`)], columnSpan: 3 }),
        ],
      }),
      new docx.TableRow({
        children: [
          new docx.TableCell({ children: [], verticalMerge: docx.VerticalMergeType.CONTINUE }),
          new docx.TableCell({ children: [], verticalMerge: docx.VerticalMergeType.CONTINUE }),
          cell('2018年'),
          cell('2019年'),
          cell('2020年'),
        ],
      }),
      ...Array.from({ length: rows }, (_, k) =>
        new docx.TableRow({ children: [cell(k + 1), cell(`第${k + 1}县`), cell(k + 1), cell(2 * k + 2), cell(3 * k + 3)] }),
      ),
    ],
  }),
];

const document = async (file) => {
  const children = [];
  // Some 50 pages: body text (300 paragraphs of some 110 characters, ≈ 40 pages) and eight tables of 62 rows (≈ 1.5 pages each).
  for (let k = 1; k <= 300; k++) children.push(text(k));
  for (let n = 1; n <= 8; n++) children.push(...appendix(n, 60));
  const doc = new docx.Document({ sections: [{ children }] });
  writeFileSync(file, await docx.Packer.toBuffer(doc));
};

const median = (f) => {
  const times = [];
  for (let k = 0; k < 5; k++) {
    const t = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[2];
};

const main = async () => {
  const xlsx = path.join(dir, '3000单位.xlsx');
  const word = path.join(dir, '50页通知.docx');
  await sheet(xlsx, 3000);
  await document(word);
  for (const [what, file, args] of [
    ['a sheet of 3,000 units', xlsx, []],
    ['a 50-page document, 8 tables', word, ['--table', '8']],
  ]) {
    const bytes = readFileSync(file);
    let found;
    const ms = median(() => {
      found = recogniseFile(bytes, path.basename(file), { planId: 'bench', table: args[1] ? Number(args[1]) : undefined });
    });
    const units = found.kind === 'plan' ? found.plan.units.length : '?';
    const whole = timed(process.execPath, [fenjie, 'new', '--from', file, ...args, '--dry-run']);
    process.stdout.write(
      `${what.padEnd(32)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KB  ${units} units  ` +
        `recognised in ${ms.toFixed(0)} ms (median of 5)  new --dry-run ${whole.ms.toFixed(0)} ms, ${whole.mb.toFixed(0)} MB  ` +
        `${ms < GOAL_MS ? 'under' : 'OVER'} the ${GOAL_MS} ms goal\n`,
    );
  }
};

main().catch((e) => {
  process.stderr.write(`${e.stack}\n`);
  process.exitCode = 1;
});
