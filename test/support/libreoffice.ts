import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const script = join(__dirname, 'office.py');

/**
 * Converts files with the worker's LibreOffice (`xlsx` to recalculate, `pdf` to render, `xls`/`ods` as
 * another program would save them), as `soffice --convert-to` does; returns the outputs' paths. The instance
 * is started on first use and kept for the worker (test/support/office.py).
 */
export const convertWithLibreOffice = (
  files: string[],
  to: 'xlsx' | 'pdf' | 'xls' | 'ods',
  outDir: string,
): string[] => {
  mkdirSync(outDir, { recursive: true });
  execFileSync('/usr/bin/python3', [script, 'convert', to, outDir, ...files], {
    stdio: 'pipe',
    timeout: 180_000,
  });
  return files.map((f) => join(outDir, basename(f).replace(/\.(xlsx|docx)$/, `.${to}`)));
};

export const readBytes = (path: string): Buffer => readFileSync(path);
