/**
 * A message is worded for where it is shown: in the task pane it names the control to use, never a
 * command-line flag or command. Checked in both languages over every message the pane can show.
 */
import { describeError, describeIssue, messages, type Locale } from '../src/locales';

const LOCALES: Locale[] = ['zh-CN', 'en-US'];
const COMMAND_LINE = /(^|[\s（(，,；;])--[a-z]|\bfenjie\b|\s-o\b/;
/** Codes only the command line can raise (the pane has no such option or file to write). */
const CLI_ONLY = new Set([
  'spread.lockWithValue',
  'spread.noSuchYear',
  'spread.unknownUnitNear',
  'spread.unknownIndicator',
  'spread.unknownMethod',
]);
const PANE_PREFIXES = /^(spread|custom|locate|column|report|units|excel|total|control|template)\./;

describe('the pane’s own words', () => {
  it.each(LOCALES)('%s: every message the pane can show names no flag or command', (locale) => {
    const m = messages(locale);
    const codes = [...Object.keys(m.errors), ...Object.keys(m.issues)].filter(
      (c) => PANE_PREFIXES.test(c) && !CLI_ONLY.has(c),
    );
    const params = { sheet: '表', row: 5, name: '新', unit: '旧', column: '列', count: 2, units: '甲、乙' };
    const leaks = codes
      .map((code) => [code, describeIssue({ code, params }, locale, 'pane')] as const)
      .filter(([, text]) => COMMAND_LINE.test(text));
    expect(leaks).toEqual([]);
    expect(Object.values(m.paneWords).filter((t) => COMMAND_LINE.test(t))).toEqual([]);
  });

  it.each(LOCALES)('%s: the command line keeps its flags where they help', (locale) => {
    const text = describeError({ code: 'spread.proportionalAllZero', params: { column: '列' } }, locale);
    expect(text).toContain('--method even');
    const pane = describeError(
      { code: 'spread.proportionalAllZero', params: { column: '列' } },
      locale,
      'pane',
    );
    expect(pane).not.toContain('--');
    expect(pane).toContain(messages(locale).pane.spread.methods.even);
  });

  it('what was typed is said as typed, in both languages', () => {
    expect(describeError({ code: 'spread.badTotal', params: { value: '六百' } }, 'zh-CN', 'pane')).toBe(
      '总数应为数字，这里填的是“六百”。',
    );
    expect(describeError({ code: 'spread.badTotal', params: { value: '六百' } }, 'en-US', 'pane')).toBe(
      'The total must be a number; this box holds “六百”.',
    );
  });
});
