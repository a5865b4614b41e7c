import { Body1, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { planSettings, type PlanError } from '../../core';
import { describeError, fill } from '../../locales';
import type { WorkbookState } from '../hooks/useWorkbook';
import { useMessages } from '../i18n';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
});

/**
 * 计划设置: 下达单位, who receives the reports and the 报送日, kept in the plan and used by the 任务书, the
 * 通报 and the 考核 alike (as `fenjie settings`).
 */
export const PlanSettingsForm = ({ workbook, planIndex }: { workbook: WorkbookState; planIndex: number }) => {
  const styles = useStyles();
  const { m, locale } = useMessages();
  const t = m.pane.settings;
  const now = planSettings(workbook.plans[planIndex]);
  const [issuer, setIssuer] = useState('');
  const [reportTo, setReportTo] = useState('');
  const [reportDay, setReportDay] = useState('');
  const [said, setSaid] = useState<{ text: string; error?: boolean }>();

  const save = () =>
    void workbook
      .run(
        t.saving,
        () =>
          workbook.session.updateSettings(planIndex, {
            ...(issuer.trim() ? { issuer } : {}),
            ...(reportTo.trim() ? { reportTo } : {}),
            ...(reportDay.trim() ? { reportDay: Number(reportDay) } : {}),
          }),
        (e: PlanError) => (setSaid({ text: describeError(e, locale, 'pane'), error: true }), true),
      )
      .then((done) => {
        if (!done) return;
        setIssuer('');
        setReportTo('');
        setReportDay('');
        const s = planSettings(done.value);
        setSaid({ text: fill(m.cli.settingsNow, { ...s }) });
      });

  return (
    <section className={styles.form} aria-label={t.title}>
      <Body1>{t.intro}</Body1>
      <Field label={t.issuer}>
        <Input
          value={issuer}
          placeholder={now.issuer}
          onChange={(_, d) => setIssuer(d.value)}
          data-testid="settings-issuer"
        />
      </Field>
      <div className={styles.row}>
        <Field label={t.reportTo}>
          <Input
            value={reportTo}
            placeholder={now.reportTo}
            onChange={(_, d) => setReportTo(d.value)}
            data-testid="settings-report-to"
          />
        </Field>
        <Field label={t.reportDay}>
          <Input
            type="number"
            min={1}
            max={28}
            value={reportDay}
            placeholder={String(now.reportDay)}
            onChange={(_, d) => setReportDay(d.value)}
            data-testid="settings-report-day"
          />
        </Field>
      </div>
      <div>
        <Button
          onClick={save}
          disabled={workbook.busy !== undefined || !(issuer || reportTo || reportDay)}
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
