import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** A LibreOffice profile of our own that recalculates every formula when it loads an .xlsx. */
const profile = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'fenjie-lo-'));
  const user = join(dir, 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`,
  );
  return dir;
};

/** Converts files with headless LibreOffice (`xlsx` to recalculate, `pdf` to render); returns the outputs' paths. */
export const convertWithLibreOffice = (
  files: string[],
  to: 'xlsx' | 'pdf' | 'xls' | 'ods',
  outDir: string,
): string[] => {
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${profile()}`,
      '--convert-to',
      to,
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  return files.map((f) => join(outDir, basename(f).replace(/\.(xlsx|docx)$/, `.${to}`)));
};

export const readBytes = (path: string): Buffer => readFileSync(path);
