import { Badge, Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { dueDate, monthsText, type CheckedReport, type Consolidation } from '../../core';
import { describeIssue, fill } from '../../locales';
import type { WorkbookState } from '../hooks/useWorkbook';
import { useMessages } from '../i18n';
import { DOCX, XLSX, offerDownload } from '../logic/download';
import { plainList } from './shared';
import {
  BulletinWordsFields,
  bulletinWordsOf,
  noBulletinWords,
  type BulletinWords,
} from './BulletinWordsFields';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: plainList,
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  issue: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  pick: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  // The browser's own file input speaks the browser's language and looks like nothing in Office: hidden,
  // opened by a Fluent button.
  hidden: { display: 'none' },
});

const COLORS = { pass: 'success', notes: 'warning', returned: 'danger' } as const;

/** 导入报送: pick the units' workbooks, see a verdict for each, and the 汇总 and 通报 written into this workbook. */
export const CollectPanel = ({ workbook }: { workbook: WorkbookState }) => {
  const styles = useStyles();
  const { m, locale } = useMessages();
  const t = m.pane.collect;
  const plan = workbook.plans[0];
  const [reports, setReports] = useState<CheckedReport[]>([]);
  const [notice, setNotice] = useState<string>();
  const [round, setRound] = useState<Consolidation>();
  const [words, setWords] = useState<BulletinWords>(noBulletinWords);
  const input = useRef<HTMLInputElement>(null);
  const received = useRef<HTMLInputElement>(null);
  if (!plan) return null;

  const pick = (files: File[]) =>
    files.length > 0 &&
    void workbook.run(m.pane.working, async () => {
      const { collectFiles } = await import(/* webpackChunkName: "export" */ '../logic/collectReports');
      const collected = await collectFiles(workbook.session, files, m, (name) =>
        workbook.progress(fill(t.reading, { file: name })),
      );
      setReports(collected.reports);
      setRound(collected.written && collected.consolidation.month > 0 ? collected.consolidation : undefined);
      setNotice(
        [
          collected.written
            ? fill(t.written, { months: monthsText(m.summary, collected.month) })
            : t.nothingPassed,
          ...collected.notes,
        ].join(''),
      );
    });

  // 生成通报: the round just collected as the document, offered as a download.
  const writeBulletin = () =>
    round &&
    void workbook.run(t.bulletinWorking, async () => {
      const { bulletinFile } = await import(/* webpackChunkName: "bulletin" */ '../logic/bulletinFile');
      const { name, bytes } = await bulletinFile(plan, round, m, bulletinWordsOf(words));
      offerDownload(bytes, name, DOCX);
      setNotice(fill(t.bulletinWritten, { file: name }));
    });

  // 填写上报表: this round's totals typed into the 完成情况 the level above sent, offered as a new file.
  const reportUpward = (file: File | undefined) =>
    round &&
    file &&
    void workbook.run(m.pane.working, async () => {
      const { upwardReportFile } = await import(/* webpackChunkName: "export" */ '../logic/upwardReport');
      const passed = reports.filter((r) => r.verdict !== 'returned').length;
      const filled = await upwardReportFile(plan, round, passed, file, m, locale);
      offerDownload(filled.bytes, filled.name, XLSX);
      setNotice(
        fill(t.upwardWritten, {
          unit: filled.unit,
          months: filled.months,
          count: filled.count,
          file: filled.name,
        }) + filled.left,
      );
    });

  return (
    <div className={styles.form}>
      <div className={styles.pick}>
        <Body1>{t.pick}</Body1>
        <Button onClick={() => input.current?.click()} disabled={workbook.busy !== undefined}>
          {t.choose}
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          multiple
          accept=".xlsx,.xlsm"
          data-testid="report-files"
          onChange={(e) => {
            pick(Array.from(e.currentTarget.files ?? []));
            // The same files picked again (after a unit corrects one) are read again.
            e.currentTarget.value = '';
          }}
        />
      </div>
      {notice && <Body1 data-testid="collect-notice">{notice}</Body1>}
      {round && (
        <BulletinWordsFields
          value={words}
          onChange={setWords}
          plan={plan}
          due={plan.taskbook ? dueDate(round.year, round.month, plan.taskbook.reporting.day) : undefined}
        />
      )}
      {round && (
        <div className={styles.pick}>
          <Button onClick={writeBulletin} disabled={workbook.busy !== undefined} data-testid="bulletin">
            {t.bulletin}
          </Button>
        </div>
      )}
      {round && plan.parent && (
        <div className={styles.pick}>
          <Body1>{t.upwardHint}</Body1>
          <Button onClick={() => received.current?.click()} disabled={workbook.busy !== undefined}>
            {t.upward}
          </Button>
          <input
            ref={received}
            className={styles.hidden}
            type="file"
            accept=".xlsx"
            data-testid="upward-file"
            onChange={(e) => {
              reportUpward(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </div>
      )}
      <ul className={styles.list}>
        {reports.map((r) => (
          <li key={r.file} className={styles.item} data-testid="report">
            <div className={styles.head}>
              <Badge appearance="tint" color={COLORS[r.verdict]}>
                {m.collectWords.verdicts[r.verdict]}
              </Badge>
              <Body1>{r.unit?.name ?? r.file}</Body1>
              <Caption1>{r.file}</Caption1>
            </div>
            {r.issues.map((i, k) => (
              <Caption1 key={k} className={styles.issue}>
                {i.cell ? `${i.sheet}!${i.cell} ` : ''}
                {describeIssue(i, locale, 'pane')}
              </Caption1>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
};
