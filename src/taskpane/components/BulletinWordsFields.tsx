import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { planSettings, type Plan } from '../../core';
import { fill } from '../../locales';
import { useMessages } from '../i18n';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** 发文机关, 成文日期 and 主送 of a 通报 as typed (empty: the defaults). */
export interface BulletinWords {
  issuer: string;
  date: string;
  to: string;
}

export const noBulletinWords: BulletinWords = { issuer: '', date: '', to: '' };

/** What a 通报 document is written with: the typed words; what is empty comes from the plan's settings. */
export const bulletinWordsOf = (words: BulletinWords) => ({
  issuer: words.issuer.trim() || undefined,
  date: words.date ? new Date(`${words.date}T00:00:00`) : new Date(),
  to: words.to.trim() || undefined,
});

/**
 * 发文机关, 成文日期 and 主送, checked and changed before a 通报 is written (as --issuer, --date, --to), for
 * the monthly 通报 and the 考核结果通报 alike; `due` (ISO) is said under the date where the round has one.
 */
export const BulletinWordsFields = ({
  value,
  onChange,
  plan,
  due,
}: {
  value: BulletinWords;
  onChange: (next: BulletinWords) => void;
  /** The plan's settings give the placeholders: who signs, whom it goes to. */
  plan: Plan;
  due?: string;
}) => {
  const styles = useStyles();
  const { m } = useMessages();
  const t = m.pane.collect;
  const settings = planSettings(plan);
  // 2018-04-05 as the 通报 writes a date: 2018年4月5日.
  const dateWords = (iso: string) => {
    const [year, month, day] = iso.split('-').map(Number);
    return fill(m.bulletinDocument.date, { year, month, day });
  };
  return (
    <div className={styles.form}>
      <Field label={t.issuer}>
        <Input
          value={value.issuer}
          placeholder={settings.signer}
          onChange={(_, d) => onChange({ ...value, issuer: d.value })}
          data-testid="bulletin-issuer"
        />
      </Field>
      <Field label={t.date} hint={due ? fill(t.dateHint, { due: dateWords(due) }) : t.dateToday}>
        <Input
          type="date"
          value={value.date}
          onChange={(_, d) => onChange({ ...value, date: d.value })}
          data-testid="bulletin-date"
        />
      </Field>
      <Field label={t.to} hint={t.toHint}>
        <Input
          value={value.to}
          placeholder={settings.to || undefined}
          onChange={(_, d) => onChange({ ...value, to: d.value })}
          data-testid="bulletin-to"
        />
      </Field>
    </div>
  );
};
