import JSZip from 'jszip';
import { isPlanError, mergedRangeOf, type PlanError } from '../src/core';
import { describeError } from '../src/locales';
import {
  namedPlan,
  recogniseFile,
  recognisePasted,
  recogniseSelection,
  recognitionLines,
  type Recognised,
} from '../src/usecases/recognise';

const plan = (found: Recognised) => {
  if (found.kind !== 'plan') throw new Error(`not a plan: ${found.kind}`);
  return found;
};

const refused = (f: () => unknown): PlanError => {
  try {
    f();
  } catch (e) {
    if (isPlanError(e)) return e;
    throw e;
  }
  throw new Error('not refused');
};

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A .docx made by hand: its main part at a path of its own, found through _rels/.rels. */
const documentOf = async (body: string, head = ''): Promise<Uint8Array> => {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document2.xml"/></Relationships>',
  );
  zip.file(
    'word/document2.xml',
    `<?xml version="1.0"?>${head}<x:document xmlns:x="${W}"><x:body>${body}</x:body></x:document>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
};

const p = (text: string) => `<x:p><x:r><x:t>${text}</x:t></x:r></x:p>`;
const tc = (text: string, pr = '') => `<x:tc>${pr ? `<x:tcPr>${pr}</x:tcPr>` : ''}${p(text)}</x:tc>`;

describe('the use case both front ends call', () => {
  test('text pasted from a web page (tabs) becomes a plan, its source the pasted table', () => {
    const found = plan(
      recognisePasted(
        [
          '2018年招商引资目标分解表',
          '县市区\t实际到位资金（亿元）\t新引进项目（个）',
          '芦淞区\t12.5\t3',
          '石峰区\t8\t2',
          '合计\t20.5\t5',
        ].join('\n'),
        { planId: 'p' },
      ),
    );
    expect(found.plan.units.map((u) => u.name)).toEqual(['芦淞区', '石峰区']);
    expect(found.plan.controlTotals).toEqual({ i1_2018: 20.5, i2_2018: 5 });
    expect(found.plan.title).toBe('2018年招商引资目标分解表');
    expect(found.plan.period).toBe('2018年');
    expect(found.where).toBe('表格');
    expect(found.plan.source.document).toBe('粘贴的文字');
  });

  test('Excel’s selection: cells named by their own address in the sheet', () => {
    const found = plan(
      recogniseSelection(
        {
          name: '去年分解',
          cells: [
            ['县市区', '2019年目标'],
            ['芦淞区', '1,200'],
            ['石峰区', 800],
          ],
          merges: [],
          origin: { row: 4, col: 1 },
        },
        { planId: 'p' },
      ),
    );
    expect(found.table.readings.map((r) => r.place.cell)).toEqual(['C6']);
    expect(mergedRangeOf("'去年分解'!$B$5:$C$5", { row: 4, col: 1 })).toEqual({
      top: 0,
      left: 0,
      bottom: 0,
      right: 1,
    });
    expect(recognitionLines(found, '去年分解')).toContain('C6 单元格“1,200”按数字1200读取。');
    expect(recognitionLines(found, '去年分解')).toContain('没有合计行：下达目标留空，可在计划表中填写。');
  });

  test('a table with 合计, 下达目标 and 差额 rows takes its 下达目标, the others said', () => {
    const found = plan(
      recognisePasted(
        ['单位\t2020年', '甲县\t3', '乙县\t4', '合计\t7', '下达目标\t8', '差额\t-1'].join('\n'),
        { planId: 'p' },
      ),
    );
    expect(found.plan.controlTotals).toEqual({ i1_2020: 8 });
    expect(found.plan.totalLabel).toBe('下达目标');
    expect(found.table.ignored.map((i) => i.why)).toEqual(['sumOfUnits', 'difference']);
  });

  test('a document’s main part is found through its relationships, any prefix; gridSpan and vMerge expanded', async () => {
    const bytes = await documentOf(
      p('附件3') +
        p('目标表') +
        '<x:tbl><x:tblGrid><x:gridCol/><x:gridCol/><x:gridCol/></x:tblGrid>' +
        `<x:tr>${tc('县市区', '<x:vMerge x:val="restart"/>')}${tc('进出口（万美元）', '<x:gridSpan x:val="2"/>')}</x:tr>` +
        `<x:tr>${tc('', '<x:vMerge/>')}${tc('2018年')}${tc('2019年')}</x:tr>` +
        `<x:tr>${tc('甲县')}${tc('1')}${tc('2')}</x:tr>` +
        `<x:tr>${tc('乙县')}${tc('3')}<x:tc><x:tbl><x:tr>${tc('内')}</x:tr></x:tbl>${p('4')}</x:tc></x:tr>` +
        '</x:tbl>',
    );
    const found = plan(recogniseFile(bytes, '通知.docx', { planId: 'p' }));
    expect(found.plan.values).toEqual([
      [1, 2],
      [3, '内\n4'],
    ]);
    expect(found.plan.source.appendix).toBe('附件3 目标表');
    expect(found.table.texts.map((t) => t.text)).toEqual(['内\n4']);
  });

  test('a hostile document is refused in one sentence naming the file: a DTD, XML nested too deep, a zip bomb', async () => {
    const dtd = await documentOf(p('x'), '<!DOCTYPE d [<!ENTITY a "aaaa">]>');
    const deep = await documentOf('<x:p>'.repeat(150) + '</x:p>'.repeat(150));
    const zip = new JSZip();
    zip.file('_rels/.rels', 'x');
    zip.file('word/document.xml', new Uint8Array(60 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const said = [dtd, deep, bomb].map((bytes) => {
      const e = refused(() => recogniseFile(bytes, '附件.docx', { planId: 'p' }));
      expect(e.code).toBe('recognise.unreadable');
      return describeError(e);
    });
    expect(said[0]).toContain('文档类型声明（DTD）');
    expect(said[1]).toContain('嵌套超过100层');
    expect(said[2]).toContain('解压后过大');
    for (const s of said) {
      expect(s).toMatch(/^“附件\.docx”/);
      expect(s.match(/。/g)).toHaveLength(1);
    }
  });
});

describe('what the planner corrects or the table leaves unsaid', () => {
  // A title row the recogniser takes for a header when told the header starts lower.
  const text = '各县市区目标\n县市区\t2020年\t2021年\n芦淞区\t10\t12\n石峰区\t20\t22\n合计\t30\t34\n';

  it('header rows given: read from there; rows outside the table refused with its rows named', () => {
    const found = plan(recognisePasted(text, { planId: 'p' }));
    expect(found.table.header).toEqual({ first: 2, last: 2 });
    const again = plan(recognisePasted(text, { planId: 'p', header: { first: 2, last: 2 } }));
    expect(again.plan.values).toEqual(found.plan.values);
    const wrong = refused(() => recognisePasted(text, { planId: 'p', header: { first: 2, last: 9 } }));
    expect(describeError(wrong)).toBe(
      '“粘贴的文字”的表格：表头行应在表格的第1—5行之内，且下面还有单位行（给出的是第2—9行）。',
    );
  });

  it('a table naming no year is of the year given, and says so', () => {
    const found = plan(
      recognisePasted('县市区\t回归到位资金（亿元）\n芦淞区\t10\n石峰区\t20\n', { planId: 'p', year: 2027 }),
    );
    expect(found.plan.columns.map((c) => [c.label, c.kind === 'figure' ? c.period : ''])).toEqual([
      ['2027年', '2027'],
    ]);
    expect(found.plan.period).toBe('2027年');
    expect(recognitionLines(found, '粘贴的文字')).toContain(
      '表头和标题都没有写明年度：按2027年计。若不是，请在表头写明年度后重新识别。',
    );
  });
});

describe('the 下达单位 a sheet seldom says', () => {
  it('given: the 任务书’s 甲方 and whom reports go to; not given: left for the planner, said', () => {
    const found = plan(recognisePasted('县市区\t2020年\n芦淞区\t10\n石峰区\t20\n', { planId: 'p' }));
    expect(found.plan.issuer).toBe('');
    expect(found.plan.taskbook?.reporting.to).toBe('下达单位');
    const named = namedPlan(found.plan, { issuer: ' 株洲市商务局 ', title: '' });
    expect([named.issuer, named.taskbook?.issuer, named.taskbook?.reporting.to, named.title]).toEqual([
      '株洲市商务局',
      '株洲市商务局',
      '株洲市商务局',
      found.plan.title,
    ]);
    expect(namedPlan(found.plan, {})).toEqual(found.plan);
  });
});
