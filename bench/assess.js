// `npm run bench:assess`: the year's 考核 of 122 units (Hunan's counties) from a 汇总 of two rounds, whole
// process to whole process: `fenjie assess plan.xlsx 汇总.xlsx -o 考核.xlsx --bulletin 考核结果通报.docx`.
// Prints the median time of 5 runs and the peak memory (GNU time), and how long LibreOffice takes to
// recalculate the 考核 sheet's formulas.
'use strict';
const { execFileSync } = require('child_process');
const { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } = require('fs');
const { tmpdir } = require('os');
const path = require('path');
const ExcelJS = require('exceljs');

const root = path.join(__dirname, '..');
const fenjie = path.join(root, 'bin', 'fenjie.js');
const { hunanCities } = require(path.join(root, 'dist', 'core'));
const dir = mkdtempSync(path.join(tmpdir(), 'fenjie-assess-bench-'));

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
  // Two rounds: 1—3月 and 1—6月, every tenth unit late in June, every seventh missing in March.
  const summary = path.join(dir, '汇总.xlsx');
  for (const month of [3, 6]) {
    const reports = path.join(dir, `returned-${month}`);
    mkdirSync(reports);
    const issued = readdirSync(path.join(dir, 'issued')).filter((f) =>
      f.endsWith('-工作目标分解任务书.xlsx'),
    );
    for (const [u, f] of issued.entries()) {
      if (month === 3 && u % 7 === 0) continue;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(dir, 'issued', f));
      const s = wb.getWorksheet('完成情况');
      for (const [k, first] of [8, 23, 38].entries())
        for (let m = 0; m < month; m++) s.getCell(`B${first + m}`).value = (m + 1) * (k + 1) + (u % 5);
      s.getCell('B4').value = month === 6 && u % 10 === 0 ? '2018-07-09' : `2018-0${month + 1}-04`;
      s.getCell('D3').value = '李华';
      s.getCell('F3').value = '0731-88880000';
      await wb.xlsx.writeFile(path.join(reports, f));
    }
    execFileSync(
      process.execPath,
      [fenjie, 'collect', plan, reports, '-o', summary, '--month', String(month)],
      {
        stdio: 'pipe',
      },
    );
  }
  execFileSync(process.execPath, [fenjie, 'assess', plan, '--init'], { stdio: 'pipe' });
  const runs = [];
  for (let k = 0; k < 5; k++)
    runs.push(
      timed(process.execPath, [
        fenjie,
        'assess',
        plan,
        summary,
        '-o',
        path.join(dir, `考核${k}.xlsx`),
        '--bulletin',
        path.join(dir, `考核结果通报${k}.docx`),
      ]),
    );
  // A LibreOffice profile that recalculates every formula on load, as a planner's edit would.
  const profile = path.join(dir, 'lo-profile', 'user');
  mkdirSync(profile, { recursive: true });
  writeFileSync(
    path.join(profile, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>`,
  );
  const convert = () =>
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${path.dirname(profile)}`,
        '--convert-to',
        'xlsx',
        '--outdir',
        path.join(dir, 'lo'),
        path.join(dir, '考核0.xlsx'),
      ],
      { stdio: 'pipe' },
    );
  convert(); // the profile's first start
  const started = Date.now();
  convert();
  const lo = Date.now() - started;
  process.stdout.write(
    `${units.length} units, 2 rounds   fenjie assess (考核 + 通报) ${median(runs.map((x) => x.ms)).toFixed(0)} ms, peak ${Math.max(...runs.map((x) => x.mb)).toFixed(0)} MB   LibreOffice load, recalculate and save ${lo} ms\n`,
  );
  if (process.env.FENJIE_BENCH_KEEP) process.stdout.write(`files kept in ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
})();
