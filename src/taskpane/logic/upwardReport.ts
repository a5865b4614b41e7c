/**
 * 填写上报表 in the pane: the round just collected typed into the 完成情况 the level above issued to this
 * unit (its month's 1—N月累计, the units' sum; 填报日期 today), as a new file to send up. Months already
 * in the picked file stay; one differing from this round is refused, naming its cell. Loaded when asked for.
 */
import { summaryOfRound, type Consolidation, type Plan } from '../../core';
import { fill, type Locale, type Messages } from '../../locales';
import { fillUpward } from '../../usecases/received';

export const upwardReportFile = async (
  plan: Plan,
  round: Consolidation,
  passed: number,
  file: File,
  m: Messages,
  locale: Locale,
  today = new Date(),
): Promise<{
  name: string;
  bytes: Uint8Array;
  unit: string;
  months: string;
  count: number;
  left: string;
}> => {
  const summary = summaryOfRound(plan, round, passed, today.toISOString());
  const {
    bytes: filled,
    record,
    figures,
  } = await fillUpward(
    plan,
    summary,
    { bytes: new Uint8Array(await file.arrayBuffer()), file: file.name },
    {
      m,
      locale,
      summaryName: m.pane.collect.thisRound,
      date: today,
      conflictCode: 'upward.monthsDifferPane',
    },
  );
  return {
    name: fill(m.pane.collect.upwardName, { unit: record.unit.name, month: round.month }),
    bytes: filled,
    unit: record.unit.name,
    months: figures.months.map((k) => `${k}月`).join('、'),
    count: figures.cells.length,
    left: figures.left.length
      ? fill(m.upward.left, { indicators: figures.left.map((i) => `“${i}”`).join('、') })
      : '',
  };
};
