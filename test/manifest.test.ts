import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './support/tmp';

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

  describe('npm run manifest -- https://host (centralized deployment)', () => {
    // The script speaks from the built locale files (built once for the run by test/support/globalSetup.js).

    const script = join(root, 'scripts', 'manifest-for-host.js');
    const run = (...args: string[]) =>
      spawnSync('node', [script, ...args], {
        encoding: 'utf8',
        env: { ...process.env, FENJIE_LANG: 'zh-CN' },
      });

    it('points every address at the host of the bureau, says how many it replaced, and stays valid', () => {
      const out = join(tempDir('manifest'), 'manifest.xml');
      const r = run('https://fenjie.example.gov.cn/addin/', out);
      expect(r.status).toBe(0);
      const xml = readFileSync(out, 'utf8');
      const replaced =
        readFileSync(join(root, 'manifest.xml'), 'utf8').split('https://localhost:3000').length - 1;
      expect(r.stdout).toContain(
        `已把${replaced}处 https://localhost:3000 换成 https://fenjie.example.gov.cn/addin`,
      );
      expect(xml).not.toContain('localhost');
      expect(xml).toContain(
        '<SourceLocation DefaultValue="https://fenjie.example.gov.cn/addin/taskpane.html"/>',
      );
      expect(xml).toContain('<AppDomain>https://fenjie.example.gov.cn</AppDomain>');
      execFileSync('xmllint', ['--noout', '--nonet', '--schema', xsd, out], { stdio: 'pipe' });
    });

    it('speaks English as the command line does, with FENJIE_LANG=en-US', () => {
      const r = spawnSync('node', [script, 'http://fenjie.example.gov.cn'], {
        encoding: 'utf8',
        env: { ...process.env, FENJIE_LANG: 'en-US' },
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('is not an HTTPS URL: Office loads add-ins only over HTTPS.');
      expect(r.stderr).not.toMatch(/[\u4e00-\u9fff]/);
    });

    it.each(['http://fenjie.example.gov.cn/addin', 'fenjie.example.gov.cn', ''])(
      'refuses %p and writes nothing',
      (given) => {
        const out = join(tempDir('manifest'), 'manifest.xml');
        const r = run(given, out);
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(/HTTPS|用法/);
        expect(existsSync(out)).toBe(false);
      },
    );
  });
});
