import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const xsd = join(root, 'schemas', 'office-manifest-xsd', 'OfficeAppManifestV1_1.xsd');

describe('manifest.xml', () => {
  it('validates offline against the add-in manifest schemas', () => {
    const out = execFileSync('xmllint', ['--noout', '--nonet', '--schema', xsd, join(root, 'manifest.xml')], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    expect(out).toBe('');
  });

  it('asks for ReadWriteDocument and the ExcelApi set the add-in needs, and no more', () => {
    const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
    expect(xml).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.\d+"\/>/);
    expect(xml).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
  });
});
