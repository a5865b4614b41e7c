import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { PlanError, isPlanError, type Issue, type Plan } from '../../core';
import { WorkbookSession, type WorkbookHost } from '../../host';
import { useMessages } from '../i18n';

export interface WorkbookState {
  session: WorkbookSession;
  plans: Plan[];
  issues: Issue[];
  loading: boolean;
  /** What the pane is doing now, for the progress bar; undefined when idle. */
  busy?: string;
  error?: PlanError;
  clearError(): void;
  /** Names what long work is doing now (the unit being written), under the progress bar. */
  progress(label: string): void;
  /**
   * Runs one piece of work with the progress bar shown and errors caught into words: shown at its field
   * where `atField` takes it, else in the pane's bar. Resolves undefined when the work failed.
   */
  run<T>(
    label: string,
    work: () => Promise<T>,
    atField?: (e: PlanError) => boolean,
  ): Promise<{ value: T } | undefined>;
  select(sheet: string, cell: string): void;
  /** 加入计划 / 从计划中移除 / 改名 for a row or unit the sheet and the plan disagree on. */
  fix(issue: Issue): void;
}

/**
 * The open workbook: finds the plan sheets, keeps their issues current as the planner edits (one
 * event per edit or paste, the add-in's own writes skipped), and runs the pane's work.
 */
export const useWorkbook = (host: WorkbookHost): WorkbookState => {
  const session = useMemo(() => new WorkbookSession(host), [host]);
  const { m } = useMessages();
  session.adjustmentWords = m.adjust;
  const [plans, setPlans] = useState<Plan[]>([]);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<PlanError>();
  const queue = useRef(Promise.resolve());

  const refresh = useCallback(() => {
    setPlans([...session.plans]);
    setIssues(session.issues());
  }, [session]);

  // The hosts say what went wrong as PlanErrors; anything else is a fault of ours, said as one.
  const fail = useCallback(
    (e: unknown) =>
      setError(
        isPlanError(e)
          ? e
          : // A part of the pane loaded on demand could not be fetched: the server is out of reach.
            e instanceof Error && (e.name === 'ChunkLoadError' || /Loading chunk .* failed/.test(e.message))
            ? new PlanError('pane.connectionLost', {})
            : new PlanError('host.failed', { message: e instanceof Error ? e.message : String(e) }),
      ),
    [],
  );

  useEffect(() => {
    let stop: (() => Promise<void>) | undefined;
    let alive = true;
    (async () => {
      try {
        await session.load();
        if (!alive) return;
        refresh();
        stop = await host.onChanged((change) => {
          // Edits are handled one after another, in the order Excel reports them.
          queue.current = queue.current
            .then(async () => {
              const next = await session.change(change);
              if (next && alive) refresh();
            })
            .catch(fail);
        });
      } catch (e) {
        fail(e);
      } finally {
        if (alive) setLoading(false);
      }
    })();
    return () => {
      alive = false;
      void stop?.();
    };
  }, [host, session, refresh, fail]);

  const run = useCallback(
    async <T>(
      label: string,
      work: () => Promise<T>,
      atField?: (e: PlanError) => boolean,
    ): Promise<{ value: T } | undefined> => {
      setBusy(label);
      setError(undefined);
      try {
        const value = await work();
        refresh();
        return { value };
      } catch (e) {
        if (!(isPlanError(e) && atField?.(e))) fail(e);
        return undefined;
      } finally {
        setBusy(undefined);
      }
    },
    [refresh, fail],
  );

  const select = useCallback(
    (sheet: string, cell: string) => void host.select(sheet, cell).catch(fail),
    [host, fail],
  );

  const fix = useCallback(
    (issue: Issue) => {
      const index = session.plans.findIndex((p) => p.placement?.sheet === issue.sheet);
      if (index < 0) return;
      const name = String(issue.params.name ?? issue.params.unit ?? '');
      void run(name, () =>
        issue.code === 'locate.renamed'
          ? session.renameUnit(index, String(issue.params.unit), String(issue.params.name))
          : issue.code === 'locate.unknownRow'
            ? session.addUnit(index, name)
            : session.removeUnit(index, name),
      );
    },
    [session, run],
  );

  return {
    session,
    plans,
    issues,
    loading,
    busy,
    error,
    clearError: () => setError(undefined),
    run,
    progress: setBusy,
    select,
    fix,
  };
};
