export { createValidator, validate, type Edit, type Validator } from './validator';
export { planGrid, sheetGrid } from './grid';
export { DEFAULT_GROWTH_TOLERANCE } from './growth';
export type { Issue, PlanGrid, Severity, ValidationOptions } from './types';
