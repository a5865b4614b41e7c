/**
 * The year in the pane, on both hosts, through the same functions as the command line: a plan issued, two
 * rounds of returned reports imported (1—3月, then 1—6月 with one unit filing after the 报送日), the 考核
 * scored from the workbook's own rounds with nothing to pick. Both hosts agree; the workbench's saved
 * workbook keeps both rounds, and `fenjie assess` on it gives the pane's scores.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFromTemplate, type Plan, type ReportInput } from '../src/core';
import { ExcelHost } from '../src/excel';
import { WorkbookSession, type WorkbookHost } from '../src/host';
import { collectIntoWorkbook, workbookRounds } from '../src/host/rounds';
import { messages, reportWordsOfAll } from '../src/locales';
import { assessInWorkbook } from '../src/taskpane/logic/assessWorkbook';
import { FileHost, readReport, unitTaskbookWorkbook } from '../src/xlsx';
import { ExcelMock } from './support/excelMock';
import { fenjieIn } from './support/fenjie';
import { tempDir } from './support/tmp';

const m = messages('zh-CN');
const words = reportWordsOfAll(m);

const hosts: [string, () => WorkbookHost][] = [
  [
    'Excel (Office.js)',
    () => {
      new ExcelMock().install();
      return new ExcelHost(m.sheet);
    },
  ],
  ['a workbook file in the page', () => FileHost.blank(m.sheet)],
];

/** A unit's 2018 workbook filled to the month of `money`'s length, dated `date`, as read back. */
const returned = async (plan: Plan, unit: string, money: number[], date: string): Promise<ReportInput> => {
  const i = plan.units.findIndex((u) => u.name === unit);
  const wb = unitTaskbookWorkbook(plan, i, 2018, { taskbook: m.taskbook, report: m.report });
  const sheet = wb.getWorksheet('完成情况')!;
  money.forEach((v, k) => {
    sheet.getCell(`B${8 + k}`).value = v;
    sheet.getCell(`B${23 + k}`).value = 0;
    sheet.getCell(`B${38 + k}`).value = 0;
  });
  sheet.getCell('D3').value = '张三';
  sheet.getCell('F3').value = '0731-1234567';
  sheet.getCell('B4').value = date;
  return readReport(`${unit}.xlsx`, new Uint8Array(await wb.xlsx.writeBuffer()));
};

const year = async (host: WorkbookHost) => {
  const session = new WorkbookSession(host);
  await session.insert(createFromTemplate('zz-xiangshang-2017-2020', 'p'));
  // One key for both hosts' plans, so their 任务书 and rounds are the same bytes apart from the host.
  await session.issue(0, '2018-01-10T00:00:00.000Z');
  const plan = session.plans[0];
  const collect = async (inputs: ReportInput[], today: string) =>
    collectIntoWorkbook(session, 0, { inputs, today: new Date(today), words, labels: m.summary });
  const march = await collect(
    [
      await returned(plan, '高新区', [5, 10, 15], '2018-04-03'),
      await returned(plan, '芦淞区', [1, 2, 3], '2018-04-05'),
      // 累计 that falls: 退回, and never sent again.
      await returned(plan, '荷塘区', [5, 3, 1], '2018-04-04'),
    ],
    '2018-04-06T09:00:00',
  );
  const june = await collect(
    [
      await returned(plan, '高新区', [5, 10, 15, 20, 25, 30], '2018-07-02'),
      // 7月8日, after the 报送日 of 7月5日: 迟报 in the 通报 and in the 考核 alike.
      await returned(plan, '芦淞区', [1, 2, 3, 4, 5, 6], '2018-07-08'),
      await returned(plan, '石峰区', [2, 4, 6, 8, 10, 12], '2018-07-04'),
    ],
    '2018-07-09T09:00:00',
  );
  const rounds = await workbookRounds(session);
  const assessed = await assessInWorkbook(session, session.plans[0], undefined, m, 'zh-CN');
  return {
    session,
    months: [march.consolidation.month, june.consolidation.month],
    overdue: june.consolidation.overdue,
    rounds: rounds?.rounds.map((r) => [r.year, r.month, r.passed]),
    scores: assessed.run.scores.map((s, i) => [
      s.unit,
      s.total,
      assessed.run.input.units[i].lateMonths,
      assessed.run.input.units[i].missingMonths,
      assessed.run.input.units[i].returnedMonths ?? [],
    ]),
    remarks: await (async () => {
      const sheet = (await session.readSheet(m.assessSheet.sheet))!;
      const texts: string[] = [];
      for (let r = 1; r <= sheet.rowCount; r++)
        for (let c = 1; c <= sheet.columnCount; c++) texts.push(String(sheet.value(r, c) ?? ''));
      return texts.filter((t) => t.includes('漏报'));
    })(),
  };
};

describe('the year in the pane', () => {
  const results: Record<string, Omit<Awaited<ReturnType<typeof year>>, 'session'>> = {};
  let saved: Uint8Array;

  it.each(hosts)('%s: two rounds kept in the workbook, the 考核 from them', async (name, make) => {
    const host = make();
    const { session: _session, ...r } = await year(host);
    results[name] = r;
    expect(r.months).toEqual([3, 6]);
    expect(r.rounds).toEqual([
      [2018, 3, 2],
      [2018, 6, 3],
    ]);
    expect(r.overdue).toEqual([{ name: '芦淞区', filed: '2018-07-08', due: '2018-07-05' }]);
    const byUnit = Object.fromEntries(r.scores.map(([unit, ...rest]) => [unit, rest]));
    // 芦淞区: 迟报 in 6月 only (its March report was on the day); 石峰区 did not report in 3月.
    expect(byUnit['芦淞区'][1]).toEqual([6]);
    expect(byUnit['石峰区'][2]).toEqual([3]);
    // 荷塘区's March report was 退回 and never sent again: 漏报, said as such; 石峰区 simply did not report.
    expect([byUnit['荷塘区'][2], byUnit['荷塘区'][3]]).toEqual([[3, 6], [3]]);
    expect(byUnit['石峰区'][3]).toEqual([]);
    expect(r.remarks).toEqual(
      expect.arrayContaining([expect.stringContaining('漏报：3月（退回未重报）、6月')]),
    );
    if (host instanceof FileHost) saved = await host.bytes();
  });

  it('the two hosts agree', () => {
    const [excel, file] = hosts.map(([name]) => results[name]);
    expect(file).toEqual(excel);
  });

  it('the saved workbook keeps both rounds: fenjie assess on it, with no 汇总 named, gives the pane’s scores', () => {
    const dir = tempDir('hostsyear');
    writeFileSync(join(dir, 'plan.xlsx'), saved);
    const run = fenjieIn(dir, 'assess', 'plan.xlsx', '-o', '考核.xlsx', '--json');
    expect(run.stderr).toBe('');
    const cli = JSON.parse(run.stdout) as {
      rounds: number[];
      units: { unit: string; total: number; lateMonths: number[]; missingMonths: number[] }[];
    };
    expect(cli.rounds).toEqual([3, 6]);
    expect(cli.units.map((u) => [u.unit, u.total, u.lateMonths, u.missingMonths])).toEqual(
      results['a workbook file in the page'].scores.map((s) => s.slice(0, 4)),
    );
  });

  it('a round in which every file is returned writes nothing into the workbook, as collect writes no 汇总', async () => {
    const session = new WorkbookSession(FileHost.blank(m.sheet));
    await session.insert(createFromTemplate('zz-xiangshang-2017-2020', 'p'));
    await session.issue(0, '2018-01-10T00:00:00.000Z');
    const other = createFromTemplate('zz-xiangshang-2017-2020', 'q');
    const r = await collectIntoWorkbook(session, 0, {
      inputs: [await returned(other, '高新区', [1, 2, 3], '2018-04-03')],
      today: new Date('2018-04-06'),
      words,
      labels: m.summary,
    });
    expect([r.record, r.checked.map((x) => x.verdict)]).toEqual([undefined, ['returned']]);
    expect(await session.readSheet('汇总')).toBeUndefined();
    expect(await workbookRounds(session)).toBeUndefined();
  });
});
