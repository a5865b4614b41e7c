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
import { useState } from 'react';
import {
  cityPreset,
  createCustomPlan,
  createFromTemplate,
  hunanCities,
  parseIndicatorSpec,
  splitList,
  templates,
} from '../../core';
import type { WorkbookState } from '../hooks/useWorkbook';
import { useMessages } from '../i18n';

const useStyles = makeStyles({
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

/** Pick a source table (or a custom one) and insert it as a new sheet. */
export const TemplatePicker = ({
  workbook,
  onInserted,
}: {
  workbook: WorkbookState;
  onInserted: () => void;
}) => {
  const styles = useStyles();
  const { m } = useMessages();
  const t = m.pane.templates;
  const [id, setId] = useState(templates[0].id);
  const [city, setCity] = useState('');
  const [units, setUnits] = useState('');
  const [indicators, setIndicators] = useState('回归到位资金：亿元');
  const [years, setYears] = useState('2018,2019,2020');
  const [title, setTitle] = useState('');
  const template = templates.find((x) => x.id === id)!;
  const custom = id === 'custom';

  const insert = async () => {
    await workbook.run(m.pane.working, async () => {
      const plan = custom
        ? createCustomPlan(
            {
              units: city ? (cityPreset(city) ?? []) : splitList(units),
              indicators: splitList(indicators).map(parseIndicatorSpec),
              years: splitList(years),
              title: title.trim() || undefined,
            },
            newId(),
          )
        : createFromTemplate(id, newId());
      await workbook.session.insert(plan);
    });
    onInserted();
  };

  return (
    <div className={styles.form}>
      <Field label={t.label}>
        <Select
          className={styles.select}
          value={id}
          onChange={(_, d) => setId(d.value)}
          data-testid="template-select"
        >
          {templates.map((x) => (
            <option key={x.id} value={x.id}>
              {x.id === 'custom' ? t.custom : `${x.city} · ${x.title}`}
            </option>
          ))}
        </Select>
      </Field>
      {!custom && (
        <Caption1 className={styles.source}>
          {t.source}:{template.source.document} {template.source.appendix}
        </Caption1>
      )}
      {custom && (
        <>
          <Field label={t.city}>
            <Select className={styles.select} value={city} onChange={(_, d) => setCity(d.value)}>
              <option value="">{t.noCity}</option>
              {hunanCities.map((c) => (
                <option key={c.city} value={c.city}>
                  {c.city}
                </option>
              ))}
            </Select>
          </Field>
          {!city && (
            <Field label={t.units}>
              <Textarea value={units} onChange={(_, d) => setUnits(d.value)} resize="vertical" />
            </Field>
          )}
          <Field label={t.indicators}>
            <Textarea value={indicators} onChange={(_, d) => setIndicators(d.value)} resize="vertical" />
          </Field>
          <Field label={t.years}>
            <Input value={years} onChange={(_, d) => setYears(d.value)} />
          </Field>
          <Field label={t.title}>
            <Input value={title} onChange={(_, d) => setTitle(d.value)} />
          </Field>
        </>
      )}
      <Button appearance="primary" onClick={insert} disabled={!!workbook.busy} data-testid="insert">
        {t.insert}
      </Button>
    </div>
  );
};
