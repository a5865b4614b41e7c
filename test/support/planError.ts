import { PlanError } from '../../src/core';

/** The PlanError a call throws (a refusal in words); fails the test if it throws nothing or something else. */
export const planErrorOf = (f: () => unknown): PlanError => {
  try {
    f();
  } catch (e) {
    if (e instanceof PlanError) return e;
    throw e;
  }
  throw new Error('expected a PlanError');
};
