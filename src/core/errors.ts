/**
 * The one error the core throws. It carries a code and the values its message needs;
 * the words live in the locale files and are rendered by whoever shows the error.
 */
export type PlanErrorParams = Record<string, string | number>;

export class PlanError extends Error {
  readonly code: string;
  readonly params: PlanErrorParams;

  constructor(code: string, params: PlanErrorParams = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'PlanError';
    this.code = code;
    this.params = params;
  }
}

export const isPlanError = (e: unknown): e is PlanError => e instanceof PlanError;
