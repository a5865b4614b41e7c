import {
  Badge,
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
import { recordAdjustment, reportingYear, targetColumns, yearsOf } from '../../core';
import { fill } from '../../locales';
import type { WorkbookState } from '../hooks/useWorkbook';
import { useMessages } from '../i18n';
import { offerDownload } from '../logic/download';
import { planOptions, plainGroup, unitGrid } from './shared';
import { PlanSettingsForm } from './PlanSettingsForm';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: plainGroup,
  units: { ...unitGrid, maxHeight: '18em', overflowY: 'auto' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  adjusted: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderLeft: `3px solid ${tokens.colorPaletteYellowBorderActive}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
});

const dayOf = (at: string | undefined): Record<string, number> => {
  const d = at === undefined ? undefined : new Date(at);
  return d ? { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() } : {};
};

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
  // The year the exported 完成情况 reports on: this year within the plan's period unless the planner picks.
  const [chosenYear, setYear] = useState<number>();
  const [stale, setStale] = useState<string[]>([]);
  if (!plan) return null;
  const chosen = plan.units.filter((u) => !excluded.has(u.id));
  const years = yearsOf(plan.period);
  const year =
    chosenYear !== undefined && years.includes(chosenYear)
      ? chosenYear
      : reportingYear(plan, undefined, new Date());
  // Targets changed since the last issue (by a spread, or typed on the sheet): this version's 调整.
  const live = recordAdjustment(plan, new Date().toISOString());
  const adjustment = live.adjustments?.find((a) => a.version === live.version);
  const changed = new Set(
    adjustment
      ? live.units
          .filter(
            (u) => adjustment.added.includes(u.name) || adjustment.changes.some((c) => c.unitId === u.id),
          )
          .map((u) => u.id)
      : [],
  );
  const onlyChanged = () =>
    setExcluded(new Set(plan.units.filter((u) => !changed.has(u.id)).map((u) => u.id)));
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

  // The unit workbooks go out: the plan first keeps what they hand out (a new version when targets changed).
  const exportZip = (adjusted: boolean) =>
    void workbook.run(t.exporting, async () => {
      const { taskbooksZip } = await import(/* webpackChunkName: "export" */ '../logic/exportTaskbooks');
      const issued = await workbook.session.issue(planIndex);
      const now = issued.plan;
      const units = adjusted ? now.units.filter((u) => changed.has(u.id)) : chosen;
      const { blob, count } = await taskbooksZip(
        now,
        m,
        (name) => workbook.progress(fill(t.writing, { unit: name })),
        units.map((u) => u.id),
        year,
        adjusted ? now.adjustments?.find((a) => a.version === now.version) : undefined,
      );
      offerDownload(
        blob,
        fill(adjusted ? t.adjustedZipName : t.zipName, {
          title: plan.placement?.sheet ?? plan.title,
          version: now.version,
        }),
      );
      setNotice(
        [
          issued.reissued ? fill(t.reissued, { version: now.version }) : '',
          targetColumns(now).length === 0
            ? fill(t.exportedDepartments, { count })
            : fill(t.exported, { count, year }),
        ].join(''),
      );
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
              data-testid={changed.has(u.id) ? 'changed-unit' : undefined}
              label={
                changed.has(u.id) ? (
                  <>
                    {u.name}{' '}
                    <Badge appearance="tint" color="warning" size="small">
                      {t.changedMark}
                    </Badge>
                  </>
                ) : (
                  u.name
                )
              }
              checked={!excluded.has(u.id)}
              onChange={(_, d) => toggle(u.id, d.checked === true)}
            />
          ))}
        </div>
      </fieldset>
      {years.length > 1 && (
        <Field label={t.year} hint={t.yearHint}>
          <Select
            value={String(year)}
            onChange={(_, d) => setYear(Number(d.value))}
            data-testid="taskbook-year"
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {fill(t.yearOption, { year: y })}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          data-testid="generate-taskbooks"
          disabled={chosen.length === 0}
          onClick={generate}
        >
          {t.generate}
        </Button>
        <Button
          data-testid="export-taskbooks"
          disabled={chosen.length === 0}
          onClick={() => exportZip(false)}
        >
          {t.export}
        </Button>
      </div>
      {adjustment && changed.size + adjustment.removed.length > 0 && (
        <div className={styles.adjusted} data-testid="adjustment-notice">
          <Body1>
            {fill(adjustment.issuedAt ? t.adjustedIssued : t.adjustedPending, {
              version: adjustment.version,
              from: adjustment.from,
              count: changed.size,
              ...dayOf(adjustment.issuedAt),
            })}
            {adjustment.removed.length > 0 &&
              fill(t.adjustedRemoved, { units: adjustment.removed.join('、') })}
          </Body1>
          <div className={styles.actions}>
            <Button data-testid="select-changed" disabled={changed.size === 0} onClick={onlyChanged}>
              {t.selectChanged}
            </Button>
            <Button
              data-testid="export-adjusted"
              disabled={changed.size === 0}
              onClick={() => exportZip(true)}
            >
              {t.exportAdjusted}
            </Button>
          </div>
        </div>
      )}
      {notice && <Body1 data-testid="taskbook-notice">{notice}</Body1>}
      {stale.length > 0 && (
        <div className={styles.actions}>
          <Body1>{fill(t.stale, { sheets: stale.join('、') })}</Body1>
          <Button data-testid="remove-stale" onClick={removeStale}>
            {t.removeStale}
          </Button>
        </div>
      )}
      <PlanSettingsForm key={planIndex} workbook={workbook} planIndex={planIndex} />
    </div>
  );
};
