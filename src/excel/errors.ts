import { PlanError, isPlanError } from '../core';

/**
 * Excel's errors as PlanErrors with codes the pane can explain: a protected sheet, a request over
 * Excel on the web's 5 MB limit, a missing API set, a sheet that is gone.
 */
export const translateExcelError = (e: unknown): PlanError => {
  if (isPlanError(e)) return e;
  const code =
    typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  const message = e instanceof Error ? e.message : String(e);
  switch (code) {
    case 'AccessDenied':
    case 'InvalidOperationInCellEditMode':
      return new PlanError(code === 'AccessDenied' ? 'excel.protected' : 'excel.cellEditMode', { message });
    case 'RequestPayloadSizeLimitExceeded':
    case 'PayloadTooLarge':
      return new PlanError('excel.payloadTooLarge', { message });
    case 'ItemNotFound':
      return new PlanError('excel.itemNotFound', { message });
    case 'ApiNotFound':
    case 'NotImplemented':
      return new PlanError('excel.apiMissing', { message });
    default:
      if (/protect/i.test(message)) return new PlanError('excel.protected', { message });
      return new PlanError('excel.failed', { code: code || 'Error', message });
  }
};

/** Runs an Excel batch and turns whatever Excel throws into a PlanError. */
export const runExcel = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
  try {
    return await Excel.run(batch);
  } catch (e) {
    throw translateExcelError(e);
  }
};
