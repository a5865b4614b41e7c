import {
  Body1,
  Button,
  Checkbox,
  Field,
  Label,
  Select,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useState } from 'react';
import { fill } from '../../locales';
import type { WorkbookState } from '../hooks/useWorkbook';
import { useMessages } from '../i18n';
import { offerDownload } from '../logic/download';
import { planOptions, plainGroup, unitGrid } from './shared';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: plainGroup,
  units: { ...unitGrid, maxHeight: '18em', overflowY: 'auto' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** 任务书: a sheet per chosen unit in this workbook, linked to the plan; or every unit's workbook as a .zip. */
export const TaskbookPanel = ({ workbook }: { workbook: WorkbookState }) => {
  const styles = useStyles();
  const { m } = useMessages();
  const t = m.pane.taskbooks;
  const id = useId('taskbooks');
  const [planIndex, setPlanIndex] = useState(0);
  const plan = workbook.plans[Math.min(planIndex, workbook.plans.length - 1)];
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string>();
  const [stale, setStale] = useState<string[]>([]);
  if (!plan) return null;
  const chosen = plan.units.filter((u) => !excluded.has(u.id));
  const toggle = (id: string, on: boolean) =>
    setExcluded((s) => {
      const next = new Set(s);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });

  const generate = () =>
    void workbook.run(t.generating, async () => {
      const { written, stale } = await workbook.session.taskbooks(planIndex, m.taskbook, {
        units: chosen.map((u) => u.id),
        onUnit: (name) => workbook.progress(fill(t.writing, { unit: name })),
      });
      setNotice(fill(t.generated, { count: written.length }));
      setStale(stale);
    });

  // Sheets of units that left the plan go only when the planner says so.
  const removeStale = () =>
    void workbook.run(t.generating, async () => {
      await workbook.session.taskbooks(planIndex, m.taskbook, { units: [], removeStale: true });
      setNotice(fill(t.removed, { sheets: stale.join('、') }));
      setStale([]);
    });

  const exportZip = () =>
    void workbook.run(t.exporting, async () => {
      const { taskbooksZip } = await import(/* webpackChunkName: "export" */ '../logic/exportTaskbooks');
      const blob = await taskbooksZip(
        plan,
        m,
        (name) => workbook.progress(fill(t.writing, { unit: name })),
        chosen.map((u) => u.id),
      );
      offerDownload(blob, fill(t.zipName, { title: plan.placement?.sheet ?? plan.title }));
      setNotice(fill(t.exported, { count: chosen.length }));
    });

  return (
    <div className={styles.form}>
      {workbook.plans.length > 1 && (
        <Field label={m.pane.spread.plan}>
          <Select value={String(planIndex)} onChange={(_, d) => setPlanIndex(Number(d.value))}>
            {planOptions(workbook.plans)}
          </Select>
        </Field>
      )}
      <fieldset className={styles.group} aria-labelledby={`${id}-units`}>
        <Label id={`${id}-units`}>{fill(t.units, { chosen: chosen.length, all: plan.units.length })}</Label>
        <div className={styles.units}>
          {plan.units.map((u) => (
            <Checkbox
              key={u.id}
              id={`${id}-unit-${u.id}`}
              label={u.name}
              checked={!excluded.has(u.id)}
              onChange={(_, d) => toggle(u.id, d.checked === true)}
            />
          ))}
        </div>
      </fieldset>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          data-testid="generate-taskbooks"
          disabled={chosen.length === 0}
          onClick={generate}
        >
          {t.generate}
        </Button>
        <Button data-testid="export-taskbooks" disabled={chosen.length === 0} onClick={exportZip}>
          {t.export}
        </Button>
      </div>
      {notice && <Body1 data-testid="taskbook-notice">{notice}</Body1>}
      {stale.length > 0 && (
        <div className={styles.actions}>
          <Body1>{fill(t.stale, { sheets: stale.join('、') })}</Body1>
          <Button data-testid="remove-stale" onClick={removeStale}>
            {t.removeStale}
          </Button>
        </div>
      )}
    </div>
  );
};
