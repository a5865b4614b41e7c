import { Body1, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { planSettings, type PlanError, type PlanSettings } from '../../core';
import { describeError, fill } from '../../locales';
import type { WorkbookState } from '../hooks/useWorkbook';
import { useMessages } from '../i18n';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
});

type Typed = Record<keyof PlanSettings, string>;

const typedOf = (s: PlanSettings): Typed => ({ ...s, reportDay: String(s.reportDay) });

/**
 * 计划设置: 下达单位, who receives the reports and the 报送日, the contact, who signs the 通报 and whom it goes
 * to — kept in the plan and used by the 任务书, the 通报 and the 考核 alike (as `fenjie settings`). The fields
 * show the settings as they are; 保存 sends what changed.
 */
export const PlanSettingsForm = ({ workbook, planIndex }: { workbook: WorkbookState; planIndex: number }) => {
  const styles = useStyles();
  const { m, locale } = useMessages();
  const t = m.pane.settings;
  const plan = workbook.plans[planIndex];
  const now = typedOf(planSettings(plan));
  // What the planner typed, by plan (another plan picked shows its own settings).
  const [typed, setTyped] = useState<{ planId: string; values: Partial<Typed> }>();
  const values = typed?.planId === plan.planId ? typed.values : {};
  const shown = { ...now, ...values };
  const changed = (Object.keys(values) as (keyof Typed)[]).filter((k) => values[k] !== now[k]);
  const [said, setSaid] = useState<{ text: string; error?: boolean }>();
  const set = (key: keyof Typed) => (_: unknown, d: { value: string }) =>
    setTyped({ planId: plan.planId, values: { ...values, [key]: d.value } });

  const save = () =>
    void workbook
      .run(
        t.saving,
        () =>
          workbook.session.updateSettings(
            planIndex,
            Object.fromEntries(
              changed.map((k) => [k, k === 'reportDay' ? Number(values[k]) : values[k]]),
            ) as Partial<PlanSettings>,
          ),
        (e: PlanError) => (setSaid({ text: describeError(e, locale, 'pane'), error: true }), true),
      )
      .then((done) => {
        if (!done) return;
        setTyped(undefined);
        const s = planSettings(done.value);
        setSaid({
          text: fill(m.cli.settingsNow, {
            ...s,
            contact: s.contact || m.cli.settingsNone,
            to: s.to || m.cli.settingsUnits,
          }),
        });
      });

  const field = (key: keyof Typed, label: string, extra: Partial<Parameters<typeof Input>[0]> = {}) => (
    <Field label={label}>
      <Input
        value={shown[key]}
        onChange={set(key)}
        data-testid={`settings-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`}
        {...extra}
      />
    </Field>
  );

  return (
    <section className={styles.form} aria-label={t.title}>
      <Body1>{t.intro}</Body1>
      {field('issuer', t.issuer)}
      <div className={styles.row}>
        {field('reportTo', t.reportTo)}
        {field('reportDay', t.reportDay, { type: 'number', min: 1, max: 28 })}
      </div>
      {field('contact', t.contact)}
      {field('signer', t.signer, { placeholder: now.issuer })}
      {field('to', t.to)}
      <div>
        <Button
          onClick={save}
          disabled={workbook.busy !== undefined || changed.length === 0}
          data-testid="settings-save"
        >
          {t.save}
        </Button>
      </div>
      {said && (
        <Body1 role={said.error ? 'alert' : 'status'} data-testid="settings-notice">
          {said.text}
        </Body1>
      )}
    </section>
  );
};
