// `npm run bench:collect`: 122 returned reports checked and consolidated, whole process to whole process,
// against bench/collect_openpyxl.py computing the same 汇总 figures (Debian's python3-openpyxl). Prints the
// median time of 5 runs and the peak memory of each (GNU time), and their ratio.
'use strict';
const { execFileSync } = require('child_process');
const { mkdtempSync, mkdirSync, readdirSync, rmSync } = require('fs');
const { tmpdir } = require('os');
const path = require('path');
const ExcelJS = require('exceljs');

const root = path.join(__dirname, '..');
const fenjie = path.join(root, 'bin', 'fenjie.js');
const { hunanCities } = require(path.join(root, 'dist', 'core'));
const dir = mkdtempSync(path.join(tmpdir(), 'fenjie-collect-bench-'));

const { timed, median } = require('./timed');

(async () => {
  const units = hunanCities.flatMap((c) => c.divisions);
  const plan = path.join(dir, 'hunan.xlsx');
  execFileSync(process.execPath, [
    fenjie,
    'new',
    'custom',
    '--units',
    units.join(','),
    '--indicators',
    '回归到位资金:亿元,新引进项目:个,实际到位资金:亿元',
    '--years',
    '2018',
    '-o',
    plan,
  ]);
  for (const indicator of ['回归到位资金', '新引进项目', '实际到位资金'])
    execFileSync(process.execPath, [
      fenjie,
      'spread',
      plan,
      '--indicator',
      indicator,
      '--total',
      String(units.length * 12),
      '--method',
      'even',
    ]);
  execFileSync(process.execPath, [
    fenjie,
    'taskbooks',
    plan,
    '-o',
    path.join(dir, 'issued'),
    '--year',
    '2018',
  ]);
  const reports = path.join(dir, 'returned');
  mkdirSync(reports);
  for (const f of readdirSync(path.join(dir, 'issued')).filter((f) =>
    f.endsWith('-工作目标分解任务书.xlsx'),
  )) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'issued', f));
    const s = wb.getWorksheet('完成情况');
    for (const [k, first] of [8, 23, 38].entries())
      for (let m = 0; m < 3; m++) s.getCell(`B${first + m}`).value = (m + 1) * (k + 1);
    s.getCell('B4').value = '2018-04-05';
    await wb.xlsx.writeFile(path.join(reports, f));
  }
  const files = readdirSync(reports).map((f) => path.join(reports, f));
  const ours = [];
  const theirs = [];
  for (let k = 0; k < 5; k++) {
    ours.push(
      timed(process.execPath, [fenjie, 'collect', plan, ...files, '-o', path.join(dir, `汇总${k}.xlsx`)]),
    );
    theirs.push(
      timed('/usr/bin/python3', [
        path.join(__dirname, 'collect_openpyxl.py'),
        path.join(dir, `py${k}.xlsx`),
        ...files,
      ]),
    );
  }
  const a = median(ours.map((x) => x.ms));
  const b = median(theirs.map((x) => x.ms));
  process.stdout.write(
    `${files.length} reports   fenjie collect ${a.toFixed(0)} ms, peak ${Math.max(...ours.map((x) => x.mb)).toFixed(0)} MB   openpyxl ${b.toFixed(0)} ms, peak ${Math.max(...theirs.map((x) => x.mb)).toFixed(0)} MB   ratio ${(b / a).toFixed(2)}×\n`,
  );
  // FENJIE_BENCH_KEEP=1 leaves the files for a profiler.
  if (process.env.FENJIE_BENCH_KEEP) process.stdout.write(`files kept in ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
})();
