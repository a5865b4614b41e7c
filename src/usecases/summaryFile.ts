import { summaryRecordOf, type SummaryRecord } from '../core';
import { readReport } from '../xlsx/readReport';

/**
 * The rounds a 汇总 workbook keeps (or a plan workbook's own), read as every file we did not write is read
 * (limits, schema); undefined when the file keeps none. The command line and the pane both read them here.
 */
export const summaryOfBytes = (bytes: Uint8Array, file: string): SummaryRecord | undefined =>
  summaryRecordOf(readReport(file, bytes).summaryRecord);
