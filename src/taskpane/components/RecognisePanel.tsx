import {
  Body1,
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { PlanError } from '../../core';
import { describeError, fill } from '../../locales';
import type { Recognised } from '../../usecases/recognise';
import type { WorkbookState } from '../hooks/useWorkbook';
import { useMessages } from '../i18n';
import { newId, plainList } from './shared';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hidden: { display: 'none' },
  lines: { ...plainList, overflowWrap: 'anywhere' },
  error: { color: tokens.colorPaletteRedForeground1 },
  again: { alignSelf: 'flex-end' },
});

/** Where the table comes from: kept, so a choice (which table, which unit column) recognises it again. */
type Source =
  { kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'text'; text: string } | { kind: 'selection' };

/**
 * 从现有表格识别: a table the bureau already has — Excel's selection, a workbook or document picked, text
 * pasted — recognised by the same use case as `fenjie new --from`, shown for checking (which table, the
 * unit column, each indicator's measure), then inserted as a plan sheet. The source is never changed.
 */
export const RecognisePanel = ({
  workbook,
  onInserted,
}: {
  workbook: WorkbookState;
  onInserted: () => void;
}) => {
  const styles = useStyles();
  const { m, locale } = useMessages();
  const t = m.pane.recognise;
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [source, setSource] = useState<Source>();
  const [found, setFound] = useState<{ result: Recognised; file: string; lines: string[] }>();
  const [measures, setMeasures] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  // The header rows as recognised (or typed), and the choices made so far, to recognise again with.
  const [header, setHeader] = useState<{ first: number; last: number }>();
  // 下达单位: a sheet seldom says it; the 任务书's 甲方.
  const [issuer, setIssuer] = useState('');
  const [choice, setChoice] = useState<{ table?: number; unitColumn?: string }>({});
  const [planId] = useState(newId);

  /** Recognises the source with the planner's choices so far; what it cannot decide comes back as a question. */
  const recognise = (
    next: Source,
    choice: { table?: number; unitColumn?: string; header?: { first: number; last: number } } = {},
  ) =>
    void workbook.run(
      t.working,
      async () => {
        setError(undefined);
        const r = await import(/* webpackChunkName: "recognise" */ '../../usecases/recognise');
        const request = { planId, locale, year: new Date().getFullYear(), ...choice };
        let file: string;
        let result: Recognised;
        if (next.kind === 'file') {
          file = next.name;
          result = r.recogniseFile(next.bytes, next.name, request);
        } else if (next.kind === 'text') {
          file = m.recognise.pasted;
          result = r.recognisePasted(next.text, request);
        } else {
          const selected = await workbook.session.readSelection();
          if (!selected) {
            setError(t.noSelection);
            return;
          }
          file = selected.name;
          result = r.recogniseSelection(selected, request);
        }
        setSource(next);
        setFound({
          result,
          file,
          lines: result.kind === 'plan' ? r.recognitionLines(result, file, locale) : [],
        });
        setMeasures(result.kind === 'plan' ? result.plan.indicators.map((i) => i.measure) : []);
        setHeader(result.kind === 'plan' ? result.table.header : undefined);
        setIssuer(result.kind === 'plan' ? result.plan.issuer : '');
        setChoice(choice);
      },
      (e: PlanError) => {
        setError(describeError(e, locale, 'pane'));
        return true;
      },
    );

  const insert = () =>
    void workbook
      .run(m.pane.working, async () => {
        if (found?.result.kind !== 'plan') return;
        const { namedPlan } = await import(/* webpackChunkName: "recognise" */ '../../usecases/recognise');
        const plan = namedPlan(found.result.plan, { issuer });
        // The measures as the planner corrected them.
        await workbook.session.insert({
          ...plan,
          indicators: plan.indicators.map((i, k) => ({ ...i, measure: measures[k]?.trim() || i.measure })),
        });
      })
      .then((done) => {
        if (done) onInserted();
      });

  const result = found?.result;
  const table = result?.kind === 'plan' ? result.table : undefined;
  // The unit column: the one recognised, or another text column of the table.
  const unitColumns = table
    ? [table.unitHeader, ...table.columns.filter((c) => c.kind === 'text').map((c) => c.header)]
    : [];

  return (
    <div className={styles.form}>
      <Body1>{t.intro}</Body1>
      <div className={styles.row}>
        {workbook.session.canReadSelection && (
          <Button onClick={() => recognise({ kind: 'selection' })} data-testid="recognise-selection">
            {t.selection}
          </Button>
        )}
        <Button onClick={() => fileInput.current?.click()} data-testid="recognise-pick">
          {t.file}
        </Button>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".xlsx,.docx,.txt"
          data-testid="recognise-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file)
              void file
                .arrayBuffer()
                .then((b) => recognise({ kind: 'file', name: file.name, bytes: new Uint8Array(b) }));
          }}
        />
      </div>
      {workbook.session.canReadSelection && <Body1>{t.selectionHint}</Body1>}
      <Field label={t.paste}>
        <Textarea
          value={text}
          placeholder={t.pastePlaceholder}
          rows={4}
          resize="vertical"
          onChange={(_, d) => setText(d.value)}
          data-testid="recognise-text"
        />
      </Field>
      <div>
        <Button
          onClick={() => recognise({ kind: 'text', text })}
          disabled={text.trim() === '' || !!workbook.busy}
          data-testid="recognise-paste"
        >
          {t.pasteRecognise}
        </Button>
      </div>
      {error && (
        <Body1 role="alert" className={styles.error} data-testid="recognise-error">
          {error}
        </Body1>
      )}
      {result?.kind === 'taskbook' && found && (
        <Body1 role="status" data-testid="recognise-taskbook">
          {fill(t.taskbook, { file: found.file, unit: result.record.unit.name })}
        </Body1>
      )}
      {result?.kind === 'choose' && found && source && (
        <Field label={fill(t.choose, { file: found.file, count: result.candidates.length })}>
          <RadioGroup
            onChange={(_, d) => recognise(source, { table: Number(d.value) })}
            data-testid="recognise-candidates"
          >
            {result.candidates.map((c) => (
              <Radio
                key={c.number}
                value={String(c.number)}
                label={fill(t.candidate, {
                  where: c.where,
                  caption: c.caption,
                  units: c.units,
                  columns: c.columns,
                })}
              />
            ))}
          </RadioGroup>
        </Field>
      )}
      {result?.kind === 'plan' && found && source && (
        <section className={styles.form} aria-label={t.found} data-testid="recognise-found">
          <ul className={styles.lines}>
            {found.lines.map((line, k) => (
              <li key={k}>{line}</li>
            ))}
          </ul>
          {unitColumns.length > 1 && (
            <Field label={t.unitColumn}>
              <Select
                value={table!.unitHeader}
                onChange={(_, d) =>
                  recognise(source, { ...choice, table: result.candidate.number, unitColumn: d.value })
                }
                data-testid="recognise-unit-column"
              >
                {unitColumns.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {header && (
            <div className={styles.row}>
              <Field label={t.headerFirst}>
                <Input
                  type="number"
                  min={1}
                  value={String(header.first)}
                  onChange={(_, d) => setHeader({ ...header, first: Number(d.value) })}
                  data-testid="recognise-header-first"
                />
              </Field>
              <Field label={t.headerLast}>
                <Input
                  type="number"
                  min={1}
                  value={String(header.last)}
                  onChange={(_, d) => setHeader({ ...header, last: Number(d.value) })}
                  data-testid="recognise-header-last"
                />
              </Field>
              <Button
                className={styles.again}
                disabled={
                  !!workbook.busy ||
                  (header.first === result.table.header.first && header.last === result.table.header.last)
                }
                onClick={() => recognise(source, { ...choice, table: result.candidate.number, header })}
                data-testid="recognise-header-again"
              >
                {t.headerAgain}
              </Button>
            </div>
          )}
          <Field label={m.pane.templates.issuer} hint={m.pane.templates.issuerHint}>
            <Input
              value={issuer}
              placeholder={m.pane.templates.issuerExample}
              onChange={(_, d) => setIssuer(d.value)}
              data-testid="recognise-issuer"
            />
          </Field>
          {result.plan.indicators.map((ind, k) => (
            <Field key={ind.id} label={fill(t.measure, { indicator: ind.name })}>
              <Input
                value={measures[k] ?? ''}
                onChange={(_, d) => setMeasures((was) => was.map((x, j) => (j === k ? d.value : x)))}
                data-testid="recognise-measure"
              />
            </Field>
          ))}
          <div>
            <Button
              appearance="primary"
              onClick={insert}
              disabled={!!workbook.busy}
              data-testid="recognise-insert"
            >
              {t.insert}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
};
