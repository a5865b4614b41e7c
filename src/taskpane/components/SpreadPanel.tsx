import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Badge,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { SpreadResult } from '../../core';
import { fill } from '../../locales';
import type { WorkbookState } from '../hooks/useWorkbook';
import { useMessages } from '../i18n';
import {
  initialForm,
  spreadableColumns,
  toSpreadRequest,
  type MethodKind,
  type SpreadForm,
} from '../logic/spreadForm';
import { planOptions } from './shared';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  locks: { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: tokens.spacingHorizontalS },
  weights: {
    display: 'grid',
    gridTemplateColumns: '1fr 6em',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

const METHODS: MethodKind[] = ['proportional', 'even', 'weights', 'reference', 'growth'];

/** Choose the indicator, the new total, the method and the locked units; preview the changes; apply; undo. */
export const SpreadPanel = ({ workbook }: { workbook: WorkbookState }) => {
  const styles = useStyles();
  const { m } = useMessages();
  const s = m.pane.spread;
  const [planIndex, setPlanIndex] = useState(0);
  const plan = workbook.plans[Math.min(planIndex, workbook.plans.length - 1)];
  const [form, setForm] = useState<SpreadForm>(() => initialForm(plan));
  const [preview, setPreview] = useState<SpreadResult>();
  const [notice, setNotice] = useState<string>();
  const columns = useMemo(() => (plan ? spreadableColumns(plan) : []), [plan]);
  const update = (patch: Partial<SpreadForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setPreview(undefined);
  };

  if (!plan) return null;
  const unitName = (id: string) => plan.units.find((u) => u.id === id)?.name ?? id;
  const others = plan.columns.filter((c) => c.kind === 'figure' && c.id !== form.column);

  const doPreview = () => {
    setNotice(undefined);
    void workbook.run(m.pane.working, async () =>
      setPreview(workbook.session.preview(planIndex, toSpreadRequest(plan, form))),
    );
  };
  const apply = () =>
    preview &&
    void workbook.run(m.pane.working, async () => {
      await workbook.session.apply(planIndex, preview);
      setNotice(fill(s.applied, { count: preview.changes.length }));
      setPreview(undefined);
    });
  const undo = () =>
    void workbook.run(m.pane.working, async () => {
      const changes = await workbook.session.undo(planIndex);
      setNotice(fill(s.undone, { count: changes.length }));
      setPreview(undefined);
    });

  return (
    <div className={styles.form}>
      {workbook.plans.length > 1 && (
        <Field label={s.plan}>
          <Select
            value={String(planIndex)}
            onChange={(_, d) => {
              setPlanIndex(Number(d.value));
              setForm(initialForm(workbook.plans[Number(d.value)]));
              setPreview(undefined);
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
              onChange={(_, d) =>
                update({ column: d.value, total: String(plan.controlTotals[d.value] ?? '') })
              }
            >
              {columns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={s.total}>
            <Input
              value={form.total}
              inputMode="decimal"
              onChange={(_, d) => update({ total: d.value })}
              data-testid="spread-total"
            />
          </Field>
          <Field label={s.method}>
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
            <Field label={s.reference}>
              <Select value={form.reference} onChange={(_, d) => update({ reference: d.value })}>
                <option value="" />
                {others.map((c) => (
                  <option key={c.id} value={c.id}>
                    {plan.indicators.find((i) => i.id === c.indicator)?.name} · {c.label}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {form.method === 'growth' && (
            <Field label={s.rate}>
              <Input value={form.rate} inputMode="decimal" onChange={(_, d) => update({ rate: d.value })} />
            </Field>
          )}
          {form.method === 'weights' && (
            <Field label={s.weight}>
              <div className={styles.weights}>
                {plan.units.map((u) => (
                  <label key={u.id} style={{ display: 'contents' }}>
                    <Body1>{u.name}</Body1>
                    <Input
                      size="small"
                      value={form.weights[u.id] ?? ''}
                      inputMode="decimal"
                      onChange={(_, d) => update({ weights: { ...form.weights, [u.id]: d.value } })}
                    />
                  </label>
                ))}
              </div>
            </Field>
          )}
          <Field label={s.locks}>
            <div className={styles.locks}>
              {plan.units.map((u) => (
                <Checkbox
                  key={u.id}
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
          </Field>
          <div className={styles.actions}>
            <Button onClick={doPreview} disabled={!!workbook.busy} data-testid="preview">
              {s.preview}
            </Button>
            <Button
              appearance="primary"
              onClick={apply}
              disabled={!preview || !!workbook.busy || preview.changes.length === 0}
              data-testid="apply"
            >
              {s.apply}
            </Button>
            <Button
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
      {notice && <Body1 data-testid="notice">{notice}</Body1>}
      {preview &&
        (preview.changes.length === 0 ? (
          <Body1>{s.noChange}</Body1>
        ) : (
          <Table size="small" aria-label={s.preview} data-testid="preview-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{s.cell}</TableHeaderCell>
                <TableHeaderCell>{s.unit}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{s.before}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{s.after}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {preview.changes.map((c) => (
                <TableRow key={`${c.unit}:${c.column}`}>
                  <TableCell>{c.cell}</TableCell>
                  <TableCell>{unitName(c.unit)}</TableCell>
                  <TableCell className={styles.number}>{String(c.before ?? '')}</TableCell>
                  <TableCell className={styles.number}>
                    {String(c.after ?? '')}{' '}
                    {c.why === 'roundedUp' && (
                      <Badge size="small" appearance="tint" color="informative">
                        {s.roundedUp}
                      </Badge>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ))}
    </div>
  );
};
