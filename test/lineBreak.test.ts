import fc from 'fast-check';
import { breakLines } from '../src/core/layout/lineBreak';
import { displayWidth } from '../src/core/layout/textWidth';

const lines = (text: string, width: number) => breakLines(text, width).split('\n');
const BAD_START = /^[）〕］】」』”’》，。、；：？！…—%)\]},.;:?!]/;

describe('line breaks a typesetter would make', () => {
  it('keeps a year range whole and starts no line with its closing bracket', () => {
    expect(lines('“对接湘商会、建设新家乡”行动县市区目标任务分解（2017—2020年）', 58)).toEqual([
      '“对接湘商会、建设新家乡”行动县市区目标任务分解',
      '（2017—2020年）',
    ]);
  });

  it('breaks a source line between its parts, not inside a date', () => {
    const out = lines(
      '来源：株洲市“对接湘商会建设新家乡”行动计划（2017—2020年）（株洲市委办、市政府办印发，2017年12月29日）\n附件 “对接湘商会、建设新家乡”行动县市区目标任务分解（2017—2020年）',
      90,
    );
    expect(out).toEqual([
      '来源：株洲市“对接湘商会建设新家乡”行动计划（2017—2020年）',
      '（株洲市委办、市政府办印发，2017年12月29日）',
      '附件 “对接湘商会、建设新家乡”行动县市区目标任务分解（2017—2020年）',
    ]);
  });

  it.each([
    ['推进政务服务标准化，建立涵盖政务服务“全事项、全过程、各环节”配套协调、全市统一的标准体系。', 54],
    ['无法定依据或者未经法定程序，不得强制企业停建、停产，不得随意对企业停电、停水、停气。', 54],
    [
      '建立和发布全市营商环境评价指数，对各级各部门优化大环境成效实行量化评价，评价结果定期向社会公布，纳入政府绩效考核，排名靠后的要约谈第一责任人。',
      54,
    ],
    [
      '市优化办、市质监局、国家统计局株洲调查队、市工商局、市国土资源局、市住房城乡建设局、市中级人民法院负责',
      28,
    ],
  ])(
    'no line of %p starts with a pause or a closing mark, none is too wide, nothing is lost',
    (text, width) => {
      const out = lines(text, width);
      expect(out.length).toBeGreaterThan(1);
      for (const line of out) {
        expect(line).not.toMatch(BAD_START);
        expect(displayWidth(line)).toBeLessThanOrEqual(width);
      }
      expect(out.join('')).toBe(text);
    },
  );

  it('leaves a text that fits alone and keeps the line breaks it has', () => {
    expect(breakLines('高新区', 10)).toBe('高新区');
    expect(breakLines('注：\n1.以上开发区', 40)).toBe('注：\n1.以上开发区');
  });

  it('cuts a number too long for any line rather than overflow', () => {
    const out = lines('1234567890123456789012345', 10);
    expect(out.join('')).toBe('1234567890123456789012345');
    for (const line of out) expect(displayWidth(line)).toBeLessThanOrEqual(10);
  });
});

describe('no widows', () => {
  it('leaves no last line of one character and its stop when narrower lines avoid it', () => {
    const text =
      '进一步规范由市场调节的进出口环节经营服务性收费，清理整顿报关、报检、货代、船代、港口服务等中介环节收费。';
    for (const width of [30, 36, 40, 44, 48, 52, 54]) {
      const out = lines(text, width);
      if (out.length > 1) expect(displayWidth(out[out.length - 1])).toBeGreaterThanOrEqual(6);
      expect(out.join('')).toBe(text);
    }
  });
});

describe('breaking lines never loses or adds a character', () => {
  it('holds for any text and width: the lines join to the text and each fits', () => {
    const alphabet = [...'株洲市高新区、，。；：（）“”—12345 abc%'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 200 }).map((a) => a.join('')),
        fc.integer({ min: 4, max: 120 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (text, width, fill) => {
          const out = breakLines(text, width, fill).split('\n');
          expect(out.join('')).toBe(text);
          for (const line of out) expect(displayWidth(line)).toBeLessThanOrEqual(Math.max(4, width));
        },
      ),
      { numRuns: 500 },
    );
  });
});
