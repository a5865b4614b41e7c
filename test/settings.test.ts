/**
 * The plan's own settings (下达单位, 报送对象, 报送日), kept in the plan: set with `fenjie settings` or in the
 * pane, and used by the 任务书 it issues. Refused in words where no document could carry them.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createFromTemplate, planSettings, withSettings, type PlanError } from '../src/core';
import { WorkbookSession } from '../src/host';
import { describeError, messages } from '../src/locales';
import { FileHost, readCell } from '../src/xlsx';
import { fenjieIn } from './support/fenjie';
import { tempDir } from './support/tmp';

const m = messages('zh-CN');

describe('plan settings', () => {
  it('fenjie settings changes who receives the reports and by which day; the 任务书 says so', async () => {
    const dir = tempDir('settings');
    fenjieIn(dir, 'new', 'zz-xiangshang-2017-2020', '-o', 'plan.xlsx');
    expect(fenjieIn(dir, 'settings', 'plan.xlsx').stdout).toContain(
      '下达单位：株洲市人民政府；报送对象：市商务粮食局；每月5日前报送；',
    );
    const set = fenjieIn(dir, 'settings', 'plan.xlsx', '--report-to', '市商务局', '--report-day', '8');
    expect(set.status).toBe(0);
    expect(set.stdout).toContain('下达单位：株洲市人民政府；报送对象：市商务局；每月8日前报送；');
    expect(fenjieIn(dir, 'taskbooks', 'plan.xlsx', '-o', 'out', '--year', '2018').status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'out', '高新区-工作目标分解任务书.xlsx'));
    const text: string[] = [];
    wb.getWorksheet('高新区')!.eachRow((row) => row.eachCell((c) => text.push(String(readCell(c) ?? ''))));
    expect(text.join('')).toContain('乙方于每月8日前向市商务局报送');
    const refused = fenjieIn(dir, 'settings', 'plan.xlsx', '--report-day', '31');
    expect([refused.status, refused.stderr.trim()]).toEqual([
      2,
      '错误：报送日“31”应为1到28之间的整数（每月几日前报送）。',
    ]);
  });

  it('a name with a control character, or empty, is refused before anything is written', () => {
    const plan = createFromTemplate('zz-xiangshang-2017-2020', 'p');
    const refused = (change: Parameters<typeof withSettings>[1]) => {
      try {
        withSettings(plan, change);
        return '';
      } catch (e) {
        return describeError(e as PlanError);
      }
    };
    expect(refused({ reportTo: '市商务\u0007局' })).toContain('\\u0007');
    expect(refused({ issuer: '  ' })).toBe('下达单位和报送对象不能为空。');
  });

  it('the pane changes them through the session, kept in the workbook it saves', async () => {
    const host = FileHost.blank(m.sheet);
    const session = new WorkbookSession(host);
    await session.insert(createFromTemplate('zz-xiangshang-2017-2020', 'p'));
    await session.updateSettings(0, { issuer: '株洲市商务局', reportDay: 10 });
    const again = new WorkbookSession(await FileHost.open(await host.bytes(), 'plan.xlsx', m.sheet));
    await again.load();
    expect(planSettings(again.plans[0])).toEqual({
      issuer: '株洲市商务局',
      reportTo: '市商务粮食局',
      reportDay: 10,
      contact: '',
      signer: '株洲市商务局',
      to: '',
    });
  });

  it('a bureau signing the 通报 is kept apart from the 下达单位; the same name again, or empty, is the default', () => {
    const plan = createFromTemplate('zz-xiangshang-2017-2020', 'p');
    const signed = withSettings(plan, {
      signer: '株洲市商务局',
      to: '各县市区人民政府',
      contact: '王敏，0731-28681234',
    });
    expect(planSettings(signed)).toMatchObject({
      issuer: '株洲市人民政府',
      signer: '株洲市商务局',
      to: '各县市区人民政府',
      contact: '王敏，0731-28681234',
    });
    // The 下达单位 changes: a separate signer stays; none set follows it.
    expect(planSettings(withSettings(signed, { issuer: '株洲市商务粮食局' })).signer).toBe('株洲市商务局');
    expect(planSettings(withSettings(plan, { issuer: '株洲市商务粮食局' })).signer).toBe('株洲市商务粮食局');
    const cleared = withSettings(signed, { signer: '', to: ' ', contact: '' });
    expect(planSettings(cleared)).toMatchObject({ signer: '株洲市人民政府', to: '', contact: '' });
    expect(cleared.bulletin).toBeUndefined();
    expect(withSettings(signed, { signer: '株洲市人民政府' }).bulletin).toEqual({ to: '各县市区人民政府' });
    expect(() => withSettings(plan, { contact: '长'.repeat(201) })).toThrow('settings.tooLong');
  });
});
