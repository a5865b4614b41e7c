import type { Plan } from '../plan';
import { sha256 } from '../sha256';
import { targetColumns } from '../taskbook/content';

/**
 * sha256 over every unit's assigned targets: what an issue of 任务书 hands out. Yearly shares are not in it:
 * a report whose year's target a new share changed is returned for that target, the others stand.
 */
export const planTargetsHash = (plan: Plan): string =>
  `sha256:${sha256(JSON.stringify(plan.units.map((u, i) => [u.id, ...targetColumns(plan).map((j) => plan.values[i][j])])))}`;
