import { Badge, Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { monthsText } from '../../core';
import { fill } from '../../locales';
import type { WorkbookState } from '../hooks/useWorkbook';
import type { Assessed } from '../logic/assessWorkbook';
import { useMessages } from '../i18n';
import { DOCX, offerDownload } from '../logic/download';
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
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  why: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere', flexBasis: '100%' },
  pick: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  hidden: { display: 'none' },
});

/** 考核: pick the 汇总 workbook; the 考核 sheet is written into this workbook by its 考核办法; the 通报 on request. */
export const AssessPanel = ({ workbook }: { workbook: WorkbookState }) => {
  const styles = useStyles();
  const { m, locale } = useMessages();
  const t = m.pane.assess;
  const plan = workbook.plans[0];
  const [assessed, setAssessed] = useState<Assessed>();
  const [notice, setNotice] = useState<string>();
  const [words, setWords] = useState<BulletinWords>(noBulletinWords);
  const input = useRef<HTMLInputElement>(null);
  if (!plan) return null;

  // Without a file: the rounds 导入报送 kept in this workbook.
  const pick = (file: File | undefined) =>
    void workbook.run(t.working, async () => {
      const { assessInWorkbook } = await import(/* webpackChunkName: "assess" */ '../logic/assessWorkbook');
      const done = await assessInWorkbook(workbook.session, plan, file, m, locale);
      setAssessed(done);
      const { input: i } = done.run;
      setNotice(
        [
          fill(t.written, { year: i.year, units: i.units.length, months: monthsText(m.summary, i.month) }),
          ...(done.wroteRules ? [t.wroteRules] : []),
        ].join(''),
      );
    });

  const writeBulletin = () =>
    assessed &&
    void workbook.run(t.bulletinWorking, async () => {
      const { assessBulletinFile } = await import(/* webpackChunkName: "assess" */ '../logic/assessWorkbook');
      const { name, bytes } = await assessBulletinFile(plan, assessed.run, m, bulletinWordsOf(words));
      offerDownload(bytes, name, DOCX);
      setNotice(fill(t.bulletinWritten, { file: name }));
    });

  const lowest = assessed?.run.placed.rules.grades.lowest;
  const ranked = assessed ? [...assessed.run.scores].sort((a, b) => a.rank - b.rank) : [];
  return (
    <div className={styles.form}>
      <div className={styles.pick}>
        <Body1>{t.intro}</Body1>
        <Button
          appearance="primary"
          onClick={() => pick(undefined)}
          disabled={workbook.busy !== undefined}
          data-testid="assess-rounds"
        >
          {t.fromRounds}
        </Button>
        <Button
          onClick={() => input.current?.click()}
          disabled={workbook.busy !== undefined}
          data-testid="assess-pick"
        >
          {t.choose}
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".xlsx"
          data-testid="summary-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) pick(file);
            e.currentTarget.value = '';
          }}
        />
      </div>
      {notice && <Body1 data-testid="assess-notice">{notice}</Body1>}
      {assessed?.notes.map((n, k) => (
        <Caption1 key={k} className={styles.why}>
          {n}
        </Caption1>
      ))}
      {assessed && <BulletinWordsFields value={words} onChange={setWords} plan={plan} />}
      {assessed && (
        <div className={styles.pick}>
          <Button
            onClick={writeBulletin}
            disabled={workbook.busy !== undefined}
            data-testid="assess-bulletin"
          >
            {t.bulletin}
          </Button>
        </div>
      )}
      <ol className={styles.list}>
        {ranked.map((s) => (
          <li key={s.unit} className={styles.item} data-testid="assessed-unit">
            <Caption1>{fill(t.rank, { rank: s.rank })}</Caption1>
            <Body1>{s.unit}</Body1>
            <Body1>{fill(t.total, { total: s.total.toFixed(2) })}</Body1>
            <Badge
              appearance="tint"
              color={s.grade === lowest ? 'danger' : s.rank === 1 ? 'success' : 'informative'}
            >
              {s.grade}
            </Badge>
            {s.interview && (
              <Badge appearance="tint" color="warning">
                {m.assessSheet.interview}
              </Badge>
            )}
            {s.veto.length > 0 && (
              <Caption1 className={styles.why}>
                {s.veto
                  .map((v) => fill(m.assessSheet.vetoReason, { indicator: v.indicator, line: v.line }))
                  .join('')}
              </Caption1>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
};
