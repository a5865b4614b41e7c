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
  const convert = (env: NodeJS.ProcessEnv) =>
    execFileSync('/usr/bin/python3', [script, 'convert', to, outDir, ...files], {
      stdio: 'pipe',
      timeout: 180_000,
      env,
    });
  try {
    convert(process.env);
  } catch (e) {
    // The worker's instance in a bad state (it crashed on an earlier file): once more with one of its own,
    // and say what happened to the shared one.
    const said = String((e as { stderr?: Buffer }).stderr ?? '').trim();
    process.stderr.write(
      `LibreOffice (shared) failed on ${files.join(', ')}: ${said || String(e)}; retrying alone\n`,
    );
    convert({ ...process.env, FENJIE_TEST_RUN: '' });
  }
  return files.map((f) => join(outDir, basename(f).replace(/\.(xlsx|docx)$/, `.${to}`)));
};

export const readBytes = (path: string): Buffer => readFileSync(path);
