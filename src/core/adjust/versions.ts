import { newSigningKey } from '../signing';
import { figureValue } from '../figures';
import type { Adjustment, CellValue, IssuedVersion, Plan, TargetChange } from '../plan';

export type { Adjustment, IssuedVersion, TargetChange } from '../plan';
import { planTargetsHash } from '../report/issue';
import { targetColumns } from '../taskbook/content';

const targetsOf = (plan: Plan, unit: number): Record<string, CellValue> =>
  Object.fromEntries(targetColumns(plan).map((j) => [plan.columns[j].id, plan.values[unit][j] ?? null]));

/** The plan's targets now, as an issue would keep them. */
export const snapshotOf = (plan: Plan, version: number, at: string): IssuedVersion => {
  const shares = plan.columns.filter((c) => c.yearShares !== undefined);
  return {
    version,
    at,
    targetsHash: planTargetsHash(plan),
    units: plan.units.map((u, i) => ({ id: u.id, name: u.name, targets: targetsOf(plan, i) })),
    controlTotals: Object.fromEntries(
      targetColumns(plan)
        .map((j) => plan.columns[j].id)
        .filter((id) => plan.controlTotals[id] !== undefined)
        .map((id) => [id, plan.controlTotals[id]]),
    ),
    ...(shares.length ? { yearShares: Object.fromEntries(shares.map((c) => [c.id, c.yearShares!])) } : {}),
  };
};

/** The last version whose 任务书 went out, as kept; undefined before the first issue (or in a plan issued before versions were kept). */
export const lastIssued = (plan: Plan): IssuedVersion | undefined =>
  plan.versions?.[plan.versions.length - 1];

export const issuedVersion = (plan: Plan, version: number): IssuedVersion | undefined =>
  plan.versions?.find((v) => v.version === version);

const same = (a: CellValue, b: CellValue): boolean => {
  const [x, y] = [figureValue(a), figureValue(b)];
  return x !== undefined || y !== undefined ? x === y : (a ?? '') === (b ?? '');
};

/** What changed between an issued version and the plan now: per unit and target, units added and removed. */
export const changesSince = (
  issued: IssuedVersion,
  plan: Plan,
): Pick<Adjustment, 'changes' | 'added' | 'removed' | 'controls'> => {
  const columns = targetColumns(plan).map((j) => plan.columns[j].id);
  const changes: TargetChange[] = [];
  const added: string[] = [];
  plan.units.forEach((u, i) => {
    const before = issued.units.find((x) => x.id === u.id);
    if (!before) {
      added.push(u.name);
      return;
    }
    const now = targetsOf(plan, i);
    for (const column of columns) {
      const from = before.targets[column] ?? null;
      if (!same(from, now[column]))
        changes.push({ unitId: u.id, unit: u.name, column, from, to: now[column] });
    }
  });
  const removed = issued.units.filter((x) => !plan.units.some((u) => u.id === x.id)).map((x) => x.name);
  const controls = columns.flatMap((column) => {
    const [from, to] = [issued.controlTotals[column] ?? null, plan.controlTotals[column] ?? null];
    return from === to ? [] : [{ column, from, to }];
  });
  return { changes, added, removed, controls };
};

/** The units whose 任务书 an adjustment changes: changed targets or new to the plan. */
export const changedUnits = (plan: Plan): string[] => {
  const pending = pendingAdjustment(plan);
  if (!pending) return [];
  const ids = new Set(pending.changes.map((c) => c.unitId));
  return plan.units.filter((u) => ids.has(u.id) || pending.added.includes(u.name)).map((u) => u.id);
};

/** The adjustment not yet issued, if the plan's targets changed since the last issue. */
export const pendingAdjustment = (plan: Plan): Adjustment | undefined =>
  plan.adjustments?.find((a) => a.version === plan.version && a.issuedAt === undefined);

/**
 * After a change to issued targets (a spread, a typed figure, a unit added or removed): the plan's version
 * goes up once, with a dated 调整记录 of what changed against the issued version — kept up to date while
 * more changes come before the next issue, and gone again if the targets return to what was issued.
 */
export const recordAdjustment = (plan: Plan, at: string): Plan => {
  const issued = lastIssued(plan);
  if (!issued) return plan;
  const next = issued.version + 1;
  const diff = changesSince(issued, plan);
  const others = (plan.adjustments ?? []).filter((a) => a.version !== next || a.issuedAt !== undefined);
  const unchanged = diff.changes.length === 0 && diff.added.length === 0 && diff.removed.length === 0;
  if (unchanged) {
    if (plan.version === issued.version && others.length === (plan.adjustments ?? []).length) return plan;
    return { ...plan, version: issued.version, adjustments: others.length ? others : undefined };
  }
  const pending = (plan.adjustments ?? []).find((a) => a.version === next && a.issuedAt === undefined);
  if (
    pending &&
    JSON.stringify(withoutDate(pending)) === JSON.stringify(withoutDate({ ...pending, ...diff }))
  )
    return plan.version === next ? plan : { ...plan, version: next };
  return {
    ...plan,
    version: next,
    adjustments: [...others, { version: next, from: issued.version, at, ...diff }],
  };
};

const withoutDate = (a: Adjustment) => ({ ...a, at: '' });

/**
 * Issuing the 任务书: the adjustment (if any) is recorded and marked issued, and the version's targets are
 * kept, so a report of it is judged against what it was given. Unchanged targets issue nothing new.
 */
export const issueVersion = (
  plan: Plan,
  at: string,
  newKey: () => string = newSigningKey,
): { plan: Plan; reissued: boolean } => {
  const result = issued(plan, at);
  if (plan.signing) return result;
  // The first 任务书 this plan signs: of the version issued now, or of the next one where this issue
  // repeats a version whose 任务书 already went out unsigned.
  const fresh = (result.plan.versions?.length ?? 0) > (plan.versions?.length ?? 0);
  return {
    ...result,
    plan: { ...result.plan, signing: { key: newKey(), since: result.plan.version + (fresh ? 0 : 1) } },
  };
};

const issued = (plan: Plan, at: string): { plan: Plan; reissued: boolean } => {
  const recorded = recordAdjustment(plan, at);
  const last = lastIssued(recorded);
  const now = snapshotOf(recorded, recorded.version, at);
  if (last && sameIssue(last, now)) return { plan: recorded, reissued: false };
  // A plan issued before versions were kept: its version goes up when the targets differ from the last issue.
  if (!last && recorded.issued?.targetsHash === now.targetsHash)
    return { plan: { ...recorded, versions: [{ ...now, at: recorded.issued.at }] }, reissued: false };
  const version = last ? last.version + 1 : recorded.issued ? recorded.version + 1 : recorded.version;
  const adjustments = recorded.adjustments?.map((a) =>
    a.version === version && a.issuedAt === undefined ? { ...a, issuedAt: at } : a,
  );
  return {
    plan: {
      ...recorded,
      version,
      issued: { at, targetsHash: now.targetsHash },
      versions: [...(recorded.versions ?? []), { ...now, version }],
      ...(adjustments ? { adjustments } : {}),
    },
    reissued: last !== undefined || recorded.issued !== undefined,
  };
};

/** The same 任务书 as a version issued: the same targets, and the same yearly shares of the multi-year ones. */
const sameIssue = (a: IssuedVersion, b: IssuedVersion): boolean =>
  a.targetsHash === b.targetsHash &&
  JSON.stringify(a.yearShares ?? {}) === JSON.stringify(b.yearShares ?? {});

/**
 * The plan as a version issued it, for one unit: that unit's targets (and the yearly shares) as kept, so a
 * report is judged against what it was given. Undefined where the version's targets were not kept.
 */
export const planAsIssued = (plan: Plan, version: number, unit: number): Plan | undefined => {
  const kept = issuedVersion(plan, version);
  const mine = kept?.units.find((u) => u.id === plan.units[unit]?.id);
  if (!kept || !mine) return undefined;
  const columns = plan.columns.map((c) =>
    c.role === 'target' && c.kind === 'figure' ? { ...c, yearShares: kept.yearShares?.[c.id] } : c,
  );
  const values = plan.values.map((row, i) =>
    i !== unit
      ? row
      : row.map((v, j) => (plan.columns[j].id in mine.targets ? mine.targets[plan.columns[j].id] : v)),
  );
  return { ...plan, version, columns, values };
};
