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
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  PlanError,
  cityPreset,
  createCustomPlan,
  hunanCities,
  parseIndicatorSpec,
  splitList,
  type Template,
} from '../../core';
import { describeError, fill } from '../../locales';
import type { WorkbookState } from '../hooks/useWorkbook';
import { useMessages } from '../i18n';
import { RecognisePanel } from './RecognisePanel';
import { newId, validationAt } from './shared';

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

/** The built-in tables, fetched just after the pane shows: their data is most of the core's weight. */
const loadTemplates = () => import(/* webpackChunkName: "templates" */ '../../core/templates');

type CustomField = 'city' | 'units' | 'indicators' | 'years' | 'issuer' | 'file';

/** The choice that makes a plan from a 任务书 workbook received from the level above. */
const RECEIVED = 'received';
/** The choice that recognises a table the bureau already has (a sheet, a document's appendix, pasted text). */
const RECOGNISE = 'recognise';

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
  const [templates, setTemplates] = useState<readonly Template[]>([]);
  useEffect(() => {
    let live = true;
    void loadTemplates().then((x) => live && setTemplates(x.templates));
    return () => {
      live = false;
    };
  }, []);
  const [chosen, setId] = useState<string>();
  const id = chosen ?? templates[0]?.id ?? 'custom';
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
  const template = templates.find((x) => x.id === id);
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
          : (await loadTemplates()).createFromTemplate(id, newId());
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

  const picker = (
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
        <option value={RECOGNISE}>{t.recognise}</option>
      </Select>
    </Field>
  );

  // The moment before the built-in tables arrive: the picker only, not the 自定义 form.
  if (templates.length === 0 && chosen === undefined)
    return (
      <div className={styles.form} aria-busy="true">
        <Field label={t.label}>
          <Select className={styles.select} disabled data-testid="template-select">
            <option>{m.pane.loading}</option>
          </Select>
        </Field>
      </div>
    );

  if (id === RECOGNISE)
    return (
      <div className={styles.form}>
        {picker}
        <RecognisePanel workbook={workbook} onInserted={onInserted} />
      </div>
    );

  return (
    <form className={styles.form} onSubmit={insert} noValidate>
      {picker}
      {!custom && template && (
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
