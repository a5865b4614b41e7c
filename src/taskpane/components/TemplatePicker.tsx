import {
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState, type FormEvent } from 'react';
import {
  PlanError,
  cityPreset,
  createCustomPlan,
  createFromTemplate,
  hunanCities,
  parseIndicatorSpec,
  splitList,
  templates,
} from '../../core';
import { describeError, fill } from '../../locales';
import type { WorkbookState } from '../hooks/useWorkbook';
import { useMessages } from '../i18n';
import { validationAt } from './shared';

const useStyles = makeStyles({
  hidden: { display: 'none' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  source: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  // A native select grows to its longest option (a long source title): keep it to the pane's width.
  select: {
    minWidth: 0,
    maxWidth: '100%',
    '& select': { minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' },
  },
});

const newId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `plan-${Date.now()}-${Math.random().toString(16).slice(2)}`;

type CustomField = 'city' | 'units' | 'indicators' | 'years' | 'issuer' | 'file';

/** The choice that makes a plan from a 任务书 workbook received from the level above. */
const RECEIVED = 'received';

/** The field of the 自定义 form a refusal belongs to. */
const fieldOf = (code: string): CustomField | undefined =>
  /^custom\.(noUnits|duplicateUnit)/.test(code)
    ? 'units'
    : /^custom\.(noIndicators|badIndicator|duplicateIndicator)/.test(code)
      ? 'indicators'
      : /^custom\.(noYears|duplicateYear)/.test(code)
        ? 'years'
        : code === 'custom.unknownCity'
          ? 'city'
          : code === 'custom.noIssuer'
            ? 'issuer'
            : /^(from\.|pane\.noTaskbookFile)/.test(code)
              ? 'file'
              : undefined;

/**
 * Pick a source table (or a custom one) and insert it as a new sheet. The form stays as typed when the
 * planner goes to another tab (the pane keeps it mounted) and when an insert is refused.
 */
export const TemplatePicker = ({
  workbook,
  onInserted,
}: {
  workbook: WorkbookState;
  onInserted: () => void;
}) => {
  const styles = useStyles();
  const { m, locale } = useMessages();
  const t = m.pane.templates;
  const [id, setId] = useState(templates[0].id);
  const [city, setCity] = useState('');
  const [units, setUnits] = useState('');
  const [indicators, setIndicators] = useState('');
  const [years, setYears] = useState('');
  const [title, setTitle] = useState('');
  const [issuer, setIssuer] = useState('');
  const [fieldError, setFieldError] = useState<{ field: CustomField; text: string }>();
  const [received, setReceived] = useState<File>();
  const fileInput = useRef<HTMLInputElement>(null);
  // 从收到的任务书新建: the targets come from the file; the units, issuer and title are this level's.
  const fromTaskbook = id === RECEIVED;
  const template = templates.find((x) => x.id === id) ?? templates[0];
  const custom = id === 'custom' || fromTaskbook;
  const errorAt = (field: CustomField) => validationAt(fieldError, field);
  const edit = (set: (v: string) => void) => (v: string) => {
    set(v);
    setFieldError(undefined);
  };

  // A city preset fills the units in, to read and edit; and the 甲方 with the city's 人民政府.
  const chooseCity = (next: string) => {
    setCity(next);
    setFieldError(undefined);
    if (next) {
      setUnits((cityPreset(next) ?? []).join('\n'));
      setIssuer((was) =>
        was === '' || hunanCities.some((c) => was === `${c.city}人民政府`) ? `${next}人民政府` : was,
      );
    }
  };

  const insert = async (e?: FormEvent) => {
    e?.preventDefault();
    setFieldError(undefined);
    const done = await workbook.run(
      m.pane.working,
      async () => {
        if (fromTaskbook) {
          if (!received) throw new PlanError('pane.noTaskbookFile');
          const { receivedPlan } = await import(/* webpackChunkName: "export" */ '../logic/receivedPlan');
          const plan = await receivedPlan(
            received,
            { units: splitList(units), issuer: issuer.trim() || undefined, title: title.trim() || undefined },
            newId(),
            locale,
          );
          await workbook.session.insert(plan);
          return;
        }
        if (custom && issuer.trim() === '') throw new PlanError('custom.noIssuer');
        const plan = custom
          ? createCustomPlan(
              {
                units: splitList(units),
                indicators: splitList(indicators).map(parseIndicatorSpec),
                years: splitList(years),
                title: title.trim() || undefined,
                issuer: issuer.trim(),
              },
              newId(),
            )
          : createFromTemplate(id, newId());
        await workbook.session.insert(plan);
      },
      (err) => {
        const field = custom ? fieldOf(err.code) : undefined;
        if (field) setFieldError({ field, text: describeError(err, locale, 'pane') });
        return field !== undefined;
      },
    );
    if (done) onInserted();
  };

  return (
    <form className={styles.form} onSubmit={insert} noValidate>
      <Field label={t.label}>
        <Select
          className={styles.select}
          value={id}
          onChange={(_, d) => {
            setId(d.value);
            setFieldError(undefined);
          }}
          data-testid="template-select"
        >
          {templates.map((x) => (
            <option key={x.id} value={x.id}>
              {x.id === 'custom' ? t.custom : `${x.city} · ${x.title}`}
            </option>
          ))}
          <option value={RECEIVED}>{t.received}</option>
        </Select>
      </Field>
      {!custom && (
        <Caption1 className={styles.source}>
          {fill(t.source, { document: template.source.document, appendix: template.source.appendix })}
        </Caption1>
      )}
      {fromTaskbook && (
        <Field label={t.receivedFile} hint={received?.name ?? t.receivedHint} {...errorAt('file')}>
          <Button onClick={() => fileInput.current?.click()} data-testid="received-pick">
            {t.receivedChoose}
          </Button>
          <input
            ref={fileInput}
            className={styles.hidden}
            type="file"
            accept=".xlsx"
            data-testid="received-file"
            onChange={(e) => {
              setReceived(e.currentTarget.files?.[0]);
              setFieldError(undefined);
              e.currentTarget.value = '';
            }}
          />
        </Field>
      )}
      {custom && (
        <>
          <Field label={t.city} {...errorAt('city')}>
            <Select className={styles.select} value={city} onChange={(_, d) => chooseCity(d.value)}>
              <option value="">{t.noCity}</option>
              {hunanCities.map((c) => (
                <option key={c.city} value={c.city}>
                  {c.city}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.units} {...errorAt('units')}>
            <Textarea
              value={units}
              placeholder={t.unitsExample}
              rows={city ? 6 : 3}
              onChange={(_, d) => edit(setUnits)(d.value)}
              resize="vertical"
            />
          </Field>
          {!fromTaskbook && (
            <>
              <Field label={t.indicators} {...errorAt('indicators')}>
                <Textarea
                  value={indicators}
                  placeholder={t.indicatorsExample}
                  rows={3}
                  onChange={(_, d) => edit(setIndicators)(d.value)}
                  resize="vertical"
                />
              </Field>
              <Field label={t.years} {...errorAt('years')}>
                <Input
                  value={years}
                  placeholder={t.yearsExample}
                  onChange={(_, d) => edit(setYears)(d.value)}
                />
              </Field>
            </>
          )}
          <Field label={t.issuer} hint={t.issuerHint} {...errorAt('issuer')}>
            <Input
              value={issuer}
              placeholder={t.issuerExample}
              onChange={(_, d) => edit(setIssuer)(d.value)}
            />
          </Field>
          <Field label={t.title}>
            <Input value={title} onChange={(_, d) => setTitle(d.value)} />
          </Field>
        </>
      )}
      <Button type="submit" appearance="primary" disabled={!!workbook.busy} data-testid="insert">
        {t.insert}
      </Button>
    </form>
  );
};
