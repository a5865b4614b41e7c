// `npm run bench:hostile`: the worst files a unit (or a table from elsewhere) can send, each judged by the
// command line beside three good reports, whole process: wall time and peak memory (GNU time), the verdict,
// and whether the three good reports still made the 汇总. Goal: every hostile file under 5 s and 300 MB.
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const { mkdtempSync, readFileSync, writeFileSync, rmSync } = require('fs');
const { tmpdir } = require('os');
const path = require('path');
const JSZip = require('jszip');
const ExcelJS = require('exceljs');

const root = path.join(__dirname, '..');
const fenjie = path.join(root, 'bin', 'fenjie.js');
const dir = mkdtempSync(path.join(tmpdir(), 'fenjie-hostile-bench-'));
const at = (name) => path.join(dir, name);
const run = (...args) =>
  execFileSync(process.execPath, [fenjie, ...args], { cwd: dir, env: { ...process.env, FENJIE_LANG: 'zh-CN' } });

const GOAL = { seconds: 5, mb: 300 };

/** A part of a workbook's zip rewritten by `change`, the part found by the sheet's name. */
const rewriteSheet = async (from, to, sheetName, change) => {
  const zip = await JSZip.loadAsync(readFileSync(from));
  const book = await zip.file('xl/workbook.xml').async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels').async('string');
  const id = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(book)[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
  const part = `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, '')}`;
  zip.file(part, change(await zip.file(part).async('string')));
  writeFileSync(to, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
};

const filled = async (unit, to) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(at(path.join('任务书', `${unit}-工作目标分解任务书.xlsx`)));
  const sheet = wb.getWorksheet('完成情况');
  for (const [cell, v] of Object.entries({ B8: 1, B9: 2, B10: 3, B23: 0, B38: 0 })) sheet.getCell(cell).value = v;
  sheet.getCell('D3').value = '张三';
  sheet.getCell('F3').value = '0731-1234567';
  sheet.getCell('B4').value = '2018-04-03';
  await wb.xlsx.writeFile(to);
};

(async () => {
  run('new', 'zz-xiangshang-2017-2020', '-o', '湘商.xlsx');
  run('taskbooks', '湘商.xlsx', '-o', '任务书', '--year', '2018');
  for (const unit of ['高新区', '芦淞区', '石峰区', '荷塘区']) await filled(unit, at(`${unit}.xlsx`));
  const good = ['高新区.xlsx', '芦淞区.xlsx', '石峰区.xlsx'];

  const hostile = {
    'far cell XFD1048576 in _fenjie': async (to) =>
      rewriteSheet(at('荷塘区.xlsx'), to, '_fenjie', (xml) =>
        xml.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'),
      ),
    '100,000 nested elements after </sheetData>': async (to) =>
      rewriteSheet(at('荷塘区.xlsx'), to, '完成情况', (xml) =>
        xml.replace('</sheetData>', `</sheetData>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}`),
      ),
    '200,000 cells in the report sheet': async (to) =>
      rewriteSheet(at('荷塘区.xlsx'), to, '完成情况', (xml) => {
        const rows = [];
        for (let r = 60; r < 60 + 1200; r++) {
          const cells = [];
          for (let c = 0; c < 180; c++) cells.push(`<c r="${String.fromCharCode(65 + (c % 26))}${r}"><v>1</v></c>`);
          rows.push(`<row r="${r}">${cells.join('')}</row>`);
        }
        return xml.replace('</sheetData>', `${rows.join('')}</sheetData>`);
      }),
    'shared strings unzipping to 89 MB': async (to) => {
      const zip = await JSZip.loadAsync(readFileSync(at('荷塘区.xlsx')));
      const ss = await zip.file('xl/sharedStrings.xml').async('string');
      zip.file('xl/sharedStrings.xml', ss.replace('</sst>', `<si><t>${'啊'.repeat(31_000_000)}</t></si></sst>`));
      writeFileSync(to, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    },
    'a relabelled record (public hash recomputed)': async (to) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(at('荷塘区.xlsx'));
      const meta = wb.getWorksheet('_fenjie');
      const record = JSON.parse(String(meta.getCell('A4').value));
      meta.getCell('A4').value = JSON.stringify({ ...record, unit: { id: 'u1', name: '高新区' } });
      await wb.xlsx.writeFile(to);
    },
  };

  const rows = [];
  for (const [name, make] of Object.entries(hostile)) {
    const file = at('hostile.xlsx');
    await make(file);
    const size = readFileSync(file).length;
    rmSync(at('汇总.xlsx'), { force: true });
    const r = spawnSync(
      '/usr/bin/time',
      ['-f', '%e %M', process.execPath, fenjie, 'collect', '湘商.xlsx', ...good, 'hostile.xlsx', '-o', '汇总.xlsx', '--json'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, FENJIE_LANG: 'zh-CN' }, maxBuffer: 1 << 26 },
    );
    const [seconds, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    let verdict = `exit ${r.status}`;
    let kept = 0;
    try {
      const out = JSON.parse(r.stdout);
      const f = out.files.find((x) => x.file === 'hostile.xlsx');
      verdict = `${f.verdict}: ${(f.issues[0]?.message ?? '').slice(0, 60)}`;
      kept = out.files.filter((x) => x.file !== 'hostile.xlsx' && x.verdict !== 'returned').length;
    } catch {
      /* the verdict stays the exit code */
    }
    rows.push({ name, size, seconds, mb: kb / 1024, verdict, kept });
  }
  console.log('hostile file                                 size      time    peak     good kept  verdict');
  for (const r of rows)
    console.log(
      `${r.name.padEnd(44)} ${`${Math.round(r.size / 1024)} KB`.padStart(8)}  ${`${r.seconds.toFixed(2)} s`.padStart(7)}  ${`${Math.round(r.mb)} MB`.padStart(6)}  ${`${r.kept}/3`.padStart(9)}  ${r.verdict}`,
    );
  const worst = rows.reduce((a, b) => (b.seconds > a.seconds ? b : a));
  const heaviest = rows.reduce((a, b) => (b.mb > a.mb ? b : a));
  const ok = rows.every((r) => r.seconds < GOAL.seconds && r.mb < GOAL.mb && r.kept === 3);
  console.log(
    `worst time ${worst.seconds.toFixed(2)} s (${worst.name}); peak memory ${Math.round(heaviest.mb)} MB (${heaviest.name}); goal < ${GOAL.seconds} s and < ${GOAL.mb} MB, the good reports kept: ${ok ? 'met' : 'NOT met'}`,
  );
  rmSync(dir, { recursive: true, force: true });
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
