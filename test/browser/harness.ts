/**
 * The task pane with an Excel of our own behind it: the recording mock installed as `Office` and
 * `Excel`, and the active plan sheet drawn beside the pane so a screenshot shows both.
 */
import { ExcelMock, parseRange } from '../support/excelMock';

const mock = new ExcelMock();
mock.install(window);
(window as unknown as { __excel: ExcelMock }).__excel = mock;

const letters = (n: number) => {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

const draw = () => {
  const view = document.getElementById('sheet')!;
  const visible = mock.sheets.filter((s) => s.visibility === 'Visible');
  const sheet = visible[visible.length - 1];
  if (!sheet) {
    view.innerHTML = '';
    return;
  }
  let rows = 1;
  let cols = 1;
  for (const key of sheet.cells.keys()) {
    const [r, c] = key.split(',').map(Number);
    if (sheet.peek(r, c)?.value !== undefined || sheet.peek(r, c)?.formula) {
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    }
  }
  const sel = mock.selected?.startsWith(`${sheet.name}!`) ? parseRange(mock.selected) : undefined;
  // Column widths as the add-in set them (points to pixels).
  const widths = Array.from({ length: cols }, (_, c) => {
    const pt = sheet.columnWidths.get(c + 1);
    return pt ? Math.round((pt * 4) / 3) : 64;
  });
  const colgroup = `<colgroup><col style="width:32px">${widths.map((w) => `<col style="width:${w}px">`).join('')}</colgroup>`;
  const tableWidth = 32 + widths.reduce((a, b) => a + b, 0);
  const head = `<tr><th></th>${Array.from({ length: cols }, (_, c) => `<th>${letters(c + 1)}</th>`).join('')}</tr>`;
  const body = Array.from({ length: Math.min(rows, 40) }, (_, i) => {
    const r = i + 1;
    const cells = Array.from({ length: cols }, (_, j) => {
      const c = j + 1;
      const v = sheet.shown(r, c);
      const cls = [
        typeof v === 'number' ? 'num' : '',
        sheet.peek(r, c)?.formula ? 'formula' : '',
        sel && sel.top === r && sel.left === c ? 'selected' : '',
      ]
        .filter(Boolean)
        .join(' ');
      const text = String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;');
      return `<td class="${cls}" data-cell="${letters(c)}${r}">${text}</td>`;
    }).join('');
    return `<tr><th>${r}</th>${cells}</tr>`;
  }).join('');
  view.innerHTML = `<div id="tabs">${visible.map((s) => (s === sheet ? `<b>${s.name}</b>` : s.name)).join(' | ')}</div><table style="table-layout:fixed;width:${tableWidth}px">${colgroup}${head}${body}</table>`;
};
mock.listeners.push(draw);

void import('../../src/taskpane/index');
