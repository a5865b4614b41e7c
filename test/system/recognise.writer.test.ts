import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFromTemplate } from '../../src/core';
import { recogniseFile, type Recognised } from '../../src/usecases/recognise';
import { fenjieIn } from '../support/fenjie';
import { convertWithLibreOffice } from '../support/libreoffice';
import { tempDir } from '../support/tmp';

const plan = (found: Recognised) => {
  if (found.kind !== 'plan') throw new Error(`not a plan: ${found.kind}`);
  return found;
};

const xiangshang = createFromTemplate('zz-xiangshang-2017-2020', 't');

/** A 通知 as a bureau types it in Writer: two appendix tables with merged headers, 合计 last and first. */
const notice = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<p>株洲市“对接北上广优化大环境”行动计划</p>
<p>各县市区人民政府，市直有关单位：现将目标任务分解印发给你们，请认真贯彻落实。</p>
<p>株洲市人民政府办公室</p>
<p>2017年12月29日</p>
<p>附件1</p>
<p>株洲市省级以上开发区外贸、外资目标表</p>
<p>单位：万美元</p>
<table border="1">
<tr><td rowspan="2">序号</td><td rowspan="2">开发区</td><td colspan="2">进出口</td><td colspan="2">实际使用外资</td><td rowspan="2">备注</td></tr>
<tr><td>2016年</td><td>2020年</td><td>2016年</td><td>2020年</td></tr>
<tr><td>1</td><td>株洲高新区</td><td>100,000</td><td>150000</td><td>3000</td><td>4000</td><td>含天易</td></tr>
<tr><td>2</td><td>醴陵经开区</td><td>２３５５７</td><td>50000</td><td>2000</td><td>3000</td><td></td></tr>
<tr><td colspan="2">合计</td><td>123557</td><td>200000</td><td>5000</td><td>7000</td><td></td></tr>
</table>
<p>附件2</p>
<p>“对接湘商会、建设新家乡”行动县市区目标任务分解（2017—2020年）</p>
<table border="1">
<tr><td>序号</td><td>县市区</td><td>回归到位资金（亿元）</td><td>回归总部经济个数（个）</td><td>回归慈善公益资金（亿元）</td></tr>
<tr><td colspan="2">合计</td><td>500</td><td>14</td><td>20</td></tr>
${xiangshang.units
  .map(
    (u, k) =>
      `<tr><td>${k + 1}</td><td>${u.name}</td>${xiangshang.values[k].map((v) => `<td>${v}</td>`).join('')}</tr>`,
  )
  .join('\n')}
</table>
</body></html>`;

describe('tables other programs made: LibreOffice Writer and Calc', () => {
  const folder = tempDir('recognise-writer');
  const html = join(folder, '通知.html');
  writeFileSync(html, notice);
  const [docx] = convertWithLibreOffice([html], 'docx', join(folder, 'out'));

  test('a Writer document’s two appendix tables (gridSpan, vMerge) are listed, each recognised to its figures', () => {
    const recognise = (table?: number) =>
      recogniseFile(readFileSync(docx), '通知.docx', { planId: 'p', ...(table ? { table } : {}) });
    const listed = recognise();
    expect(listed.kind).toBe('choose');
    const first = plan(recognise(1));
    expect(first.plan.units.map((u) => u.name)).toEqual(['株洲高新区', '醴陵经开区']);
    expect(first.plan.indicators.map((i) => [i.name, i.measure])).toEqual([
      ['进出口', '万美元'],
      ['实际使用外资', '万美元'],
    ]);
    expect(first.plan.values).toEqual([
      [100000, 150000, 3000, 4000, '含天易'],
      [23557, 50000, 2000, 3000, null],
    ]);
    expect(first.table.readings.map((r) => r.text)).toEqual(['100,000', '２３５５７']);
    expect(first.plan.controlTotals).toEqual({
      i1_2016: 123557,
      i1_2020: 200000,
      i2_2016: 5000,
      i2_2020: 7000,
    });
    expect(first.plan.issuer).toBe('株洲市人民政府办公室');
    expect(first.plan.source.date).toBe('2017-12-29');
    const second = plan(recognise(2));
    expect(second.plan.values).toEqual(xiangshang.values);
    expect(second.plan.controlTotals).toEqual(xiangshang.controlTotals);
    expect(second.plan.title).toBe(xiangshang.title);
  });

  test('fenjie new --from the Writer document: the chosen table validates and spreads', () => {
    const listed = fenjieIn(folder, 'new', '--from', docx);
    expect(listed.status).toBe(2);
    expect(listed.stdout).toContain('2. 第2个表格：附件2');
    const made = fenjieIn(folder, 'new', '--from', docx, '--table', '2', '-o', '湘商.xlsx');
    expect(made.stderr).toBe('');
    expect(fenjieIn(folder, 'validate', '湘商.xlsx').status).toBe(0);
    expect(
      fenjieIn(folder, 'spread', '湘商.xlsx', '--indicator', '回归到位资金', '--total', '600').status,
    ).toBe(0);
    expect(fenjieIn(folder, 'validate', '湘商.xlsx').status).toBe(0);
  });

  test('a sheet whose 合计 is a formula, saved by LibreOffice Calc with its result, gives that result as 下达目标', () => {
    const source = join(folder, '公式.xlsx');
    execFileSync('/usr/bin/python3', [
      '-c',
      [
        'import openpyxl, sys',
        'wb = openpyxl.Workbook(); ws = wb.active; ws.title = "分解"',
        'ws.append(["县市区", "2018年目标（亿元）"])',
        'for n, v in [("芦淞区", 3.5), ("石峰区", 4.25), ("荷塘区", 2)]: ws.append([n, v])',
        'ws.append(["合计", "=SUM(B2:B4)"])',
        'wb.save(sys.argv[1])',
      ].join('\n'),
      source,
    ]);
    const [saved] = convertWithLibreOffice([source], 'xlsx', join(folder, 'calc'));
    const found = plan(recogniseFile(readFileSync(saved), '公式.xlsx', { planId: 'p' }));
    expect(found.plan.values).toEqual([[3.5], [4.25], [2]]);
    expect(found.plan.controlTotals).toEqual({ i1_2018: 9.75 });
    expect(found.plan.indicators[0]).toMatchObject({ measure: '亿元', decimals: 2 });
  });
});
