import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  Label,
  Select,
  Text,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  decimalsOf,
  indicatorOf,
  totalLines,
  type PlanError,
  type SpreadResult,
  type TotalLine,
} from '../../core';
import { describeError, fill } from '../../locales';
import type { WorkbookState } from '../hooks/useWorkbook';
import { useMessages } from '../i18n';
import {
  fieldOf,
  initialForm,
  sheetTotal,
  shownTotal,
  spreadableColumns,
  toSpreadRequest,
  type MethodKind,
  type SpreadField,
  type SpreadForm,
} from '../logic/spreadForm';
import { ChangeTable } from './ChangeTable';
import { planOptions, plainGroup, unitGrid, validationAt } from './shared';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: plainGroup,
  locks: unitGrid,
  weights: {
    display: 'grid',
    gridTemplateColumns: '1fr 6em',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  note: { color: tokens.colorNeutralForeground2 },
});

const METHODS: MethodKind[] = ['proportional', 'even', 'weights', 'reference', 'growth'];

/** What was last previewed or written: the units' cells, the 下达目标 and 合计 beside them. */
interface Shown {
  result: SpreadResult;
  totals: TotalLine[];
  applied: boolean;
}

/** Choose the indicator, the new total, the method and the locked units; preview the changes; apply; undo. */
export const SpreadPanel = ({ workbook }: { workbook: WorkbookState }) => {
  const styles = useStyles();
  const { m, locale } = useMessages();
  const s = m.pane.spread;
  const id = useId('spread');
  const [planIndex, setPlanIndex] = useState(0);
  const plan = workbook.plans[Math.min(planIndex, workbook.plans.length - 1)];
  const [form, setForm] = useState<SpreadForm>(() => initialForm(plan));
  const [shown, setShown] = useState<Shown>();
  const [notice, setNotice] = useState<string>();
  const [fieldError, setFieldError] = useState<{ field: SpreadField; text: string }>();
  const noticeRef = useRef<HTMLDivElement>(null);
  const columns = useMemo(() => (plan ? spreadableColumns(plan) : []), [plan]);
  // A preview is of the figures the sheet held: an edit there since makes it stale (a written one stays).
  useEffect(() => setShown((x) => (x?.applied ? x : undefined)), [plan]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const update = (patch: Partial<SpreadForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setShown(undefined);
    setFieldError(undefined);
    setNotice(undefined);
  };

  if (!plan) return null;
  const unitName = (unit: string) => plan.units.find((u) => u.id === unit)?.name ?? unit;
  const others = plan.columns.filter((c) => c.kind === 'figure' && c.id !== form.column);
  const column = plan.columns.find((c) => c.id === form.column);
  const measure = column ? (indicatorOf(plan, column)?.measure ?? '') : '';
  const atField = (e: PlanError) => {
    const field = fieldOf(e.code);
    if (field) setFieldError({ field, text: describeError(e, locale, 'pane') });
    return field !== undefined;
  };
  const errorAt = (field: SpreadField) => validationAt(fieldError, field);

  const doPreview = (e?: FormEvent) => {
    e?.preventDefault();
    setNotice(undefined);
    setFieldError(undefined);
    void workbook.run(
      m.pane.working,
      async () => {
        const result = workbook.session.preview(planIndex, toSpreadRequest(plan, form));
        setShown({ result, totals: totalLines(plan, result, form.column), applied: false });
      },
      atField,
    );
  };
  const apply = () => {
    if (!shown || shown.applied) return;
    void workbook.run(m.pane.working, async () => {
      await workbook.session.apply(planIndex, shown.result);
      const written = shown.result.changes.length + shown.totals.filter((t) => t.written).length;
      setNotice(fill(s.applied, { count: written }));
      setShown({ ...shown, applied: true });
      // The box follows the sheet again: it now says what was written.
      setForm((f) => ({ ...f, total: undefined }));
    });
  };
  const undo = () =>
    void workbook.run(m.pane.working, async () => {
      const changes = await workbook.session.undo(planIndex);
      setNotice(fill(s.undone, { count: changes.length }));
      setShown(undefined);
      setForm((f) => ({ ...f, total: undefined }));
    });

  const typedTotal = shownTotal(plan, form);
  const control = sheetTotal(plan, form.column);
  const roundedUp = shown?.result.roundedUp ?? [];
  const step = column ? 10 ** -decimalsOf(plan, column) : 1;
  const remainder = roundedUp.length
    ? fill(s.remainder, {
        amount: Number((roundedUp.length * step).toFixed(6)),
        measure,
        units: roundedUp.map((r) => unitName(r.unit)).join('、'),
      })
    : undefined;

  return (
    <form className={styles.form} onSubmit={doPreview} noValidate>
      {workbook.plans.length > 1 && (
        <Field label={s.plan}>
          <Select
            value={String(planIndex)}
            onChange={(_, d) => {
              setPlanIndex(Number(d.value));
              setForm(initialForm(workbook.plans[Number(d.value)]));
              setShown(undefined);
            }}
          >
            {planOptions(workbook.plans)}
          </Select>
        </Field>
      )}
      {columns.length === 0 ? (
        <Body1>{s.noColumns}</Body1>
      ) : (
        <>
          <Field label={s.indicator}>
            <Select
              value={form.column}
              data-testid="spread-column"
              onChange={(_, d) => update({ column: d.value, total: undefined })}
            >
              {columns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={s.total}
            hint={
              typedTotal.trim() === ''
                ? control
                  ? fill(s.emptyTotal, { control })
                  : undefined
                : form.total !== undefined && form.total !== control
                  ? fill(s.totalChanges, { control: control || '—' })
                  : undefined
            }
            {...errorAt('total')}
          >
            <Input
              value={typedTotal}
              inputMode="decimal"
              onChange={(_, d) => update({ total: d.value })}
              data-testid="spread-total"
            />
          </Field>
          <Field label={s.method} {...errorAt('method')}>
            <Select
              value={form.method}
              onChange={(_, d) => update({ method: d.value as MethodKind })}
              data-testid="spread-method"
            >
              {METHODS.map((k) => (
                <option key={k} value={k}>
                  {s.methods[k]}
                </option>
              ))}
            </Select>
          </Field>
          {(form.method === 'reference' || form.method === 'growth') && (
            <Field label={s.reference} {...errorAt('reference')}>
              <Select value={form.reference} onChange={(_, d) => update({ reference: d.value })}>
                <option value="">{s.chooseReference}</option>
                {others.map((c) => (
                  <option key={c.id} value={c.id}>
                    {plan.indicators.find((i) => i.id === c.indicator)?.name} · {c.label}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {form.method === 'growth' && (
            <Field label={s.rate} {...errorAt('rate')}>
              <Input value={form.rate} inputMode="decimal" onChange={(_, d) => update({ rate: d.value })} />
            </Field>
          )}
          {form.method === 'weights' && (
            <fieldset className={styles.group} aria-labelledby={`${id}-weights`}>
              <Label id={`${id}-weights`}>{s.weight}</Label>
              <div className={styles.weights}>
                {plan.units.map((u) => (
                  <WeightRow
                    key={u.id}
                    id={`${id}-weight-${u.id}`}
                    name={u.name}
                    label={fill(s.weightOf, { unit: u.name })}
                    value={form.weights[u.id] ?? ''}
                    onChange={(v) => update({ weights: { ...form.weights, [u.id]: v } })}
                  />
                ))}
              </div>
              {fieldError?.field === 'weights' && (
                <Text role="alert" className={styles.error}>
                  {fieldError.text}
                </Text>
              )}
            </fieldset>
          )}
          <fieldset className={styles.group} aria-labelledby={`${id}-locks`}>
            <Label id={`${id}-locks`}>{s.locks}</Label>
            <div className={styles.locks}>
              {plan.units.map((u) => (
                <Checkbox
                  key={u.id}
                  id={`${id}-lock-${u.id}`}
                  label={u.name}
                  checked={form.locks.includes(u.id)}
                  onChange={(_, d) =>
                    update({
                      locks: d.checked ? [...form.locks, u.id] : form.locks.filter((x) => x !== u.id),
                    })
                  }
                />
              ))}
            </div>
            {fieldError?.field === 'locks' && (
              <Text role="alert" className={styles.error}>
                {fieldError.text}
              </Text>
            )}
          </fieldset>
          <div className={styles.actions}>
            <Button type="submit" disabled={!!workbook.busy} data-testid="preview">
              {s.preview}
            </Button>
            <Button
              type="button"
              appearance="primary"
              onClick={apply}
              disabled={!shown || shown.applied || !!workbook.busy || shown.result.changes.length === 0}
              data-testid="apply"
            >
              {s.apply}
            </Button>
            <Button
              type="button"
              appearance="subtle"
              onClick={undo}
              disabled={!plan.undo || !!workbook.busy}
              data-testid="undo"
            >
              {s.undo}
            </Button>
          </div>
        </>
      )}
      {notice && (
        <div ref={noticeRef} tabIndex={-1} role="status">
          <Body1 data-testid="notice">{notice}</Body1>
        </div>
      )}
      {shown &&
        (shown.result.changes.length === 0 && shown.totals.length === 0 ? (
          <Body1>{s.noChange}</Body1>
        ) : (
          <>
            <ChangeTable
              label={shown.applied ? s.written : s.preview}
              changes={shown.result.changes.map((c) => ({
                key: `${c.unit}:${c.column}`,
                cell: c.cell,
                what: unitName(c.unit),
                before: c.before,
                after: c.after,
                badge: c.why === 'roundedUp' ? s.roundedUp : undefined,
              }))}
              totals={shown.totals.map((t) => ({
                key: t.kind,
                cell: t.cell,
                what: t.kind === 'control' ? m.sheet.control : fill(s.totalRow, { total: m.sheet.total }),
                before: t.before,
                after: t.after,
              }))}
            />
            {remainder && (
              <Body1 className={styles.note} data-testid="remainder">
                {remainder}
              </Body1>
            )}
          </>
        ))}
    </form>
  );
};

/** One unit's weight: its name as the label of its own box. */
const WeightRow = ({
  id,
  name,
  label,
  value,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) => (
  <>
    <Label htmlFor={id}>{name}</Label>
    <Input
      id={id}
      size="small"
      aria-label={label}
      value={value}
      inputMode="decimal"
      onChange={(_, d) => onChange(d.value)}
    />
  </>
);
