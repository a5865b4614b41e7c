import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const script = join(__dirname, 'office.py');

/**
 * Converts files with LibreOffice (`xlsx` to recalculate, `pdf` to render, `xls`/`ods` as
 * another program would save them, `docx` from a web page as Writer saves it), as `soffice --convert-to` does; returns the outputs' paths. Each call
 * starts its own instance with the worker's kept profile (test/support/office.py).
 */
export const convertWithLibreOffice = (
  files: string[],
  to: 'xlsx' | 'pdf' | 'xls' | 'ods' | 'docx',
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
    // LibreOffice died under this file (pyuno can fall without a word): once more, and say what happened.
    const said = String((e as { stderr?: Buffer }).stderr ?? '').trim();
    process.stderr.write(
      `LibreOffice failed on ${files.join(', ')}: ${said || String(e)}; once more with a fresh profile\n`,
    );
    convert({ ...process.env, FENJIE_TEST_RUN: '' });
  }
  return files.map((f) => join(outDir, basename(f).replace(/\.(xlsx|docx|html)$/, `.${to}`)));
};

export const readBytes = (path: string): Buffer => readFileSync(path);
