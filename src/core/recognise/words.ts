/**
 * How a target table's words are read: headers, captions, row labels. Patterns only; the sentences a planner
 * reads live in the locale files.
 */

/** Full-width digits and letters to ASCII, spaces (half- or full-width, line breaks) out. */
export const compact = (text: string): string =>
  text
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u00a0\u3000]+/g, '');

/** The unit column's header: 县市区, 单位, 园区, 省级以上开发区, 海关特殊监管区域, 重点任务 … */
const UNIT_HEADER =
  /(县市区|县[（(]市、?区[)）]|市州|县区|区县|县市|市县|地区|区域|单位|名称|园区|开发区|乡镇|街道|部门|任务|事项|小分队)$/;
/** Headers that name a unit column only when no other does: a task table's 责任单位 is a text beside it. */
const WEAK_UNIT_HEADER = /^(责任单位|牵头单位|配合单位|责任部门|牵头部门|主要责任单位)$/;
/** Columns that are no targets: kept as text. */
const TEXT_HEADER =
  /(备注|责任单位|牵头单位|配合单位|责任部门|牵头部门|责任人|时限|时间|时间节点|说明|措施|内容|联系人|电话|依据|来源)/;
const DEADLINE_HEADER = /(完成时限|时限|完成时间|时间节点)/;
const SERIAL_HEADER = /^(序号|编号|序|排序|No\.?|NO\.?)$/;
/** A column of sums across the others: no target of its own. */
const TOTAL_HEADER = /^(合计|小计|总计|累计)$/;
const TOTAL_ROW = /^(合计|总计|全市|全市合计|全省|全省合计|全县|全县合计|全区|全区合计|总量|共计)$/;
const CONTROL_ROW = /^(下达目标|上级下达|上级下达目标|控制目标|控制数|目标总数)$/;
const DIFFERENCE_ROW = /^(差额|差值|缺口|与下达目标差额)$/;
const SUBTOTAL_ROW = /^(小计|其中)[：:]?$/;
const SECTION_ROW =
  /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+(部分|类))/;
const NOTE_ROW = /^(注|备注|说明|附注|资料来源|数据来源)\s*\d?[：:．.、]/;

export const isUnitHeader = (h: string): 'strong' | 'weak' | undefined => {
  // 省级以上开发区（5个）: a count after the header does not change what it heads.
  const t = compact(h).replace(/[（(][^（）()]*[)）]$/, '');
  if (WEAK_UNIT_HEADER.test(t)) return 'weak';
  return UNIT_HEADER.test(t) && !TEXT_HEADER.test(t) ? 'strong' : undefined;
};
export const isTextHeader = (h: string): boolean => TEXT_HEADER.test(compact(h));
export const isDeadlineHeader = (h: string): boolean => DEADLINE_HEADER.test(compact(h));
export const isSerialHeader = (h: string): boolean => SERIAL_HEADER.test(compact(h));
export const isTotalHeader = (h: string): boolean => TOTAL_HEADER.test(compact(h));
export const isTotalLabel = (h: string): boolean => TOTAL_ROW.test(compact(h));
export const isControlLabel = (h: string): boolean => CONTROL_ROW.test(compact(h));
export const isDifferenceLabel = (h: string): boolean => DIFFERENCE_ROW.test(compact(h));
export const isSubtotalLabel = (h: string): boolean => SUBTOTAL_ROW.test(compact(h));
export const isSectionLabel = (h: string): boolean => SECTION_ROW.test(compact(h));
export const isNoteLine = (h: string): boolean => NOTE_ROW.test(compact(h));

/** A measure as a source writes one: 亿元, 万美元, 个, 家, %, 平方米. */
const MEASURE =
  /^([亿万千百]?(元|美元|人民币|欧元|吨|标准箱|平方米|亩|千瓦时|辆|台|套|人次|人)|[个家项次批条户座所名]|%|％|公里|千米)$/;
export const isMeasure = (text: string): boolean => MEASURE.test(compact(text));

/** 单位：万美元 (in a line above the table, a header cell or the title's end): the measure it names. */
export const measureLine = (text: string): string | undefined => {
  const m = /(?:计量)?单位[：:]\s*([^\s，,；;）)]+)/.exec(text);
  return m && isMeasure(m[1]) ? compact(m[1]) : undefined;
};

/** A measure in parentheses: 回归到位资金（亿元）, 进出口(万美元). */
const PAREN = /[（(]\s*(?:单位[：:]\s*)?([^（）()]{1,8}?)\s*[)）]/g;

export interface HeaderParts {
  /** What is left when period, measure and role words are taken out: the indicator's name, or ''. */
  name: string;
  measure?: string;
  period?: string;
  /** The period as the header writes it: 2017年, 2018—2020年, 2016完成. */
  label?: string;
  role?: 'base' | 'actual' | 'target';
}

/** 2017年, 2018—2020年, 2018-20年, 2017至2020年: the period id (2017, 2018-2020) and where it was. */
const PERIOD = /((?:19|20)\d{2})\s*年?\s*(?:度\s*)?(?:([-–—~～－至到])\s*((?:19|20)?\d{2})\s*年?)?/;

export const periodOf = (text: string): { period: string; match: string } | undefined => {
  const t = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = PERIOD.exec(t);
  if (!m) return undefined;
  // 500强 or 2000万: a number of four digits is a year only beside 年, a dash, 目标/完成 or alone.
  const after = t.slice(m.index + m[0].length);
  const yearLike =
    /年/.test(m[0]) || m[2] !== undefined || /^(目标|任务|完成|实际|预计|计划|基数|$)/.test(after);
  if (!yearLike) return undefined;
  if (m[3] === undefined) return { period: m[1], match: m[0] };
  const end = m[3].length === 2 ? `${m[1].slice(0, 2)}${m[3]}` : m[3];
  return { period: `${m[1]}-${end}`, match: m[0] };
};

const ROLE_ACTUAL = /(已完成|累计完成|完成数|完成|实际|实绩)/;
const ROLE_BASE = /(基数|基期|基准|基年)/;
const ROLE_WORDS =
  /(目标值|目标数|目标任务|目标|任务数|任务|计划数|计划|预计|已完成|累计完成|完成数|完成|实际|实绩|基数|基期|基准|基年|年度|数)/g;

/** One header cell's text read for its indicator, measure, period and role. */
export const headerParts = (text: string): HeaderParts => {
  let rest = text.replace(/[\s\u00a0\u3000]+/g, '');
  let measure: string | undefined;
  rest = rest.replace(PAREN, (whole: string, inner: string) => {
    if (measure === undefined && isMeasure(inner)) {
      measure = compact(inner);
      return '';
    }
    return whole;
  });
  const line = measureLine(rest);
  if (line !== undefined) {
    measure ??= line;
    rest = rest.replace(/(?:计量)?单位[：:][^\s，,；;）)]+/, '');
  }
  const found = periodOf(rest);
  let label: string | undefined;
  let role: HeaderParts['role'];
  if (found) {
    const at = rest.indexOf(found.match);
    // The label is the period with the role words beside it, as written: 2016完成, 2020年目标.
    const tail =
      /^(目标值|目标|任务|完成|实际|预计|计划)?/.exec(rest.slice(at + found.match.length))?.[0] ?? '';
    label = (rest.slice(at, at + found.match.length) + tail).replace(/^[（(]|[)）]$/g, '');
    rest = rest.slice(0, at) + rest.slice(at + found.match.length);
    rest = rest.replace(/[（(]\s*[)）]/g, '');
  }
  // The role is the year's (2016完成), never the indicator's own words (实际使用外资).
  if (label !== undefined)
    role = ROLE_BASE.test(label) ? 'base' : ROLE_ACTUAL.test(label) ? 'actual' : undefined;
  if (!found && ROLE_ACTUAL.test(rest) && rest.replace(ROLE_WORDS, '') === '') role = 'actual';
  const name = rest.replace(/^[：:、，,]+|[：:、，,]+$/g, '');
  return {
    name: name.replace(ROLE_WORDS, '') === '' ? '' : name,
    ...(measure === undefined ? {} : { measure }),
    ...(found ? { period: found.period, label } : {}),
    ...(role === undefined ? {} : { role }),
  };
};

/** What a document's lines before a table say: 附件2, its title, 单位：万美元. */
export interface CaptionFacts {
  appendix?: string;
  title?: string;
  measure?: string;
}

const APPENDIX = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[：:.．、]?\s*/;

export const captionFacts = (lines: readonly string[]): CaptionFacts => {
  const facts: CaptionFacts = {};
  let titles: string[] = [];
  for (const raw of lines) {
    let line = raw.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
    if (line === '') continue;
    const m = APPENDIX.exec(line);
    if (m) {
      // What stood before the 附件 line is the document's text, not this table's caption.
      titles = [];
      facts.appendix = m[0].replace(/[\s：:.．、]+$/g, '').replace(/\s+/g, '');
      line = line.slice(m[0].length).trim();
    }
    const measure = measureLine(line);
    if (measure !== undefined) {
      facts.measure ??= measure;
      line = line.replace(/[（(]?\s*(?:计量)?单位[：:]\s*[^\s，,；;）)]+\s*[)）]?/, '').trim();
    }
    if (line !== '' && !isNoteLine(line)) titles.push(line);
  }
  // The title: the nearest line that names a table (…表), else one that says what it holds, else the longest.
  const nearest = (test: RegExp) => [...titles].reverse().find((t) => test.test(t));
  const title =
    nearest(/表$/) ??
    nearest(/(表|分解|目标|任务|情况|指标)/) ??
    [...titles].sort((a, b) => b.length - a.length)[0];
  if (title !== undefined) facts.title = title.replace(/\s+/g, '');
  return facts;
};

/** 2017年12月29日 (digits half- or full-width), the date a document is signed. */
export const dateOf = (text: string): string | undefined => {
  const m = /^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$/.exec(compact(text));
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : undefined;
};
