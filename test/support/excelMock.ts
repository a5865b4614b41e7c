/**
 * A small Excel of our own for the Office.js adapter: it holds sheets and cells, applies the writes an
 * add-in queues, makes loaded properties readable only after `context.sync()`, counts the syncs, and
 * fires `onChanged` like Excel (the planner's edits, and the add-in's own writes with their trigger
 * source). It runs under jest and, bundled, in the Chromium test harness.
 */

type Cell = {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  format?: Record<string, unknown>;
};

const colNum = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const colLetters = (n: number) => {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const MAX_ROW = 1048576;
const MAX_COL = 16384;

export const parseRange = (address: string) => {
  const bare = (address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address).replace(
    /\$/g,
    '',
  );
  const [a, b = a] = bare.split(':');
  const part = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(p);
    if (!m) throw Object.assign(new Error(`InvalidArgument: ${address}`), { code: 'InvalidArgument' });
    return { col: m[1] ? colNum(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
  };
  const p = part(a);
  const q = part(b);
  return {
    top: p.row ?? 1,
    left: p.col ?? 1,
    bottom: q.row ?? (p.row === undefined ? MAX_ROW : p.row),
    right: q.col ?? (p.col === undefined ? MAX_COL : p.col),
  };
};

class SheetState {
  cells = new Map<string, Cell>();
  merges: string[] = [];
  validations: { range: string; rule: any; errorAlert?: any }[] = [];
  conditionalFormats: { range: string; formula: string; fill?: string; font?: string }[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  freeze?: string;
  page: Record<string, unknown> = {};
  visibility = 'Visible';
  protected = false;
  /** Charts the add-in drew: type, title, series (name, values, categories) and place. */
  charts: {
    type: string;
    title?: string;
    series: { name?: string; values?: string; categories?: string }[];
    position?: string[];
  }[] = [];
  /** The workbook, for formulas that point at another sheet. */
  book?: { sheet(name: string): SheetState | undefined };
  constructor(
    public id: string,
    public name: string,
  ) {}
  cell(r: number, c: number): Cell {
    const key = `${r},${c}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = {}));
    return cell;
  }
  peek(r: number, c: number): Cell | undefined {
    return this.cells.get(`${r},${c}`);
  }
  /** What Excel would show: a formula's result for the formulas plan sheets use, else the value. */
  shown(r: number, c: number): string | number | boolean {
    const cell = this.peek(r, c);
    if (!cell) return '';
    if (cell.formula !== undefined) return evaluate(this, cell.formula);
    return cell.value ?? '';
  }
}

const evaluate = (sheet: SheetState, formula: string): string | number => {
  const ref = (a: string) => {
    const { top, left } = parseRange(a);
    return sheet.shown(top, left);
  };
  const other = /^='((?:[^']|'')+)'!([A-Z]+\d+)$/.exec(formula);
  if (other) {
    const target = sheet.book?.sheet(other[1].replace(/''/g, "'"));
    const { top, left } = parseRange(other[2]);
    return target ? (target.shown(top, left) as string | number) : '#REF!';
  }
  let m = /^=SUM\(([A-Z]+\d+):([A-Z]+\d+)\)$/.exec(formula);
  if (m) {
    const { top, left, bottom, right } = parseRange(`${m[1]}:${m[2]}`);
    let s = 0;
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) {
        const v = sheet.shown(r, c);
        if (typeof v === 'number') s += v;
      }
    return Math.round(s * 1e9) / 1e9;
  }
  m = /^=IF\(ISNUMBER\(([A-Z]+\d+)\),ROUND\(([A-Z]+\d+)-([A-Z]+\d+),(\d+)\),""\)$/.exec(formula);
  if (m) {
    const control = ref(m[1]);
    const a = ref(m[2]);
    const b = ref(m[3]);
    if (typeof control !== 'number' || typeof a !== 'number' || typeof b !== 'number') return '';
    return Number((a - b).toFixed(Number(m[4])));
  }
  return '';
};

/** How Excel takes a typed or written value in a cell of a given number format. */
const accept = (cell: Cell, v: unknown) => {
  cell.formula = undefined;
  if (v === '' || v === null || v === undefined) {
    cell.value = undefined;
    return;
  }
  if (typeof v === 'string' && cell.numberFormat !== '@') {
    if (v.startsWith('=')) {
      cell.formula = v;
      cell.value = undefined;
      return;
    }
    if (/^-?\d+(\.\d+)?$/.test(v.trim())) {
      cell.value = Number(v);
      return;
    }
  }
  cell.value = v as string | number | boolean;
};

export class ExcelMock {
  sheets: SheetState[] = [];
  syncs = 0;
  /** Bytes the add-in sent in each sync, as JSON of the writes; Excel on the web refuses more than 5 MB. */
  requestSizes: number[] = [];
  private pendingBytes = 0;
  private nextId = 1;
  private handlers: ((e: any) => unknown)[] = [];
  private written: { sheet: SheetState; address: string }[] = [];
  /** The highest ExcelApi 1.x set this Excel supports. */
  supportedMinor = 14;
  failNextSync?: { code: string; message: string };
  /** Fails the sync with this number (counting from 1 for the mock's first), as a host that refuses a request. */
  failAtSync?: { at: number; code: string; message: string };
  /** The cell the add-in last selected, as sheet!address. */
  selected?: string;
  /** What the planner has selected, as sheet!address (Workbook.getSelectedRange). */
  userSelection?: string;
  /** Called after every sync and every edit, so a harness can redraw the sheet. */
  listeners: (() => void)[] = [];
  private notify() {
    for (const f of this.listeners) f();
  }

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name === name || s.id === name);
  }

  addSheet(name: string): SheetState {
    if (this.sheet(name))
      throw Object.assign(new Error(`ItemAlreadyExists: ${name}`), { code: 'ItemAlreadyExists' });
    const s = new SheetState(`{sheet-${this.nextId++}}`, name);
    s.book = this;
    this.sheets.push(s);
    return s;
  }

  /** The planner types or pastes: values land as Excel takes them, and onChanged fires without a trigger source. */
  async edit(sheetName: string, address: string, values: unknown[][]): Promise<void> {
    const sheet = this.sheet(sheetName)!;
    const { top, left } = parseRange(address);
    values.forEach((row, r) => row.forEach((v, c) => accept(sheet.cell(top + r, left + c), v)));
    const bottom = top + values.length - 1;
    const right = left + Math.max(...values.map((r) => r.length)) - 1;
    const addr =
      top === bottom && left === right
        ? `${colLetters(left)}${top}`
        : `${colLetters(left)}${top}:${colLetters(right)}${bottom}`;
    this.notify();
    await this.fire({
      worksheetId: sheet.id,
      address: addr,
      triggerSource: 'Unknown',
      changeType: 'RangeEdited',
      source: 'Local',
    });
  }

  /**
   * The planner inserts rows (before row `before`), as Excel does it: cells, merges and every formula's
   * references at or below move down, so a SUM over the units grows when a row goes inside it.
   */
  async insertRows(sheetName: string, before: number, count = 1): Promise<void> {
    await this.restructure(
      sheetName,
      (r, c) => [r >= before ? r + count : r, c],
      `${before}:${before + count - 1}`,
      'RowInserted',
    );
  }

  /** The planner deletes rows: cells below move up, references to them follow. */
  async deleteRows(sheetName: string, at: number, count = 1): Promise<void> {
    await this.restructure(
      sheetName,
      (r, c) => [r >= at && r < at + count ? -1 : r >= at + count ? r - count : r, c],
      `${at}:${at + count - 1}`,
      'RowDeleted',
    );
  }

  /** The planner inserts columns before column `before`. */
  async insertColumns(sheetName: string, before: number, count = 1): Promise<void> {
    const letters = `${colLetters(before)}:${colLetters(before + count - 1)}`;
    await this.restructure(sheetName, (r, c) => [r, c >= before ? c + count : c], letters, 'ColumnInserted');
  }

  /** The planner sorts rows top..bottom by a column (升序 or 降序); Excel reports the sorted range as edited. */
  async sortRows(
    sheetName: string,
    top: number,
    bottom: number,
    by: number,
    descending = false,
  ): Promise<void> {
    const sheet = this.sheet(sheetName)!;
    const rows = Array.from({ length: bottom - top + 1 }, (_, k) => top + k);
    const key = (r: number) => {
      const v = sheet.shown(r, by);
      return typeof v === 'number' ? v : -Infinity;
    };
    const order = [...rows].sort((a, b) => (descending ? key(b) - key(a) : key(a) - key(b)));
    const moved = new Map<string, Cell>();
    let right = 1;
    for (const key of sheet.cells.keys()) right = Math.max(right, Number(key.split(',')[1]));
    order.forEach((from, k) => {
      for (let c = 1; c <= right; c++) {
        const cell = sheet.peek(from, c);
        if (cell) moved.set(`${top + k},${c}`, cell);
      }
    });
    for (const r of rows) for (let c = 1; c <= right; c++) sheet.cells.delete(`${r},${c}`);
    for (const [key, cell] of moved) sheet.cells.set(key, cell);
    this.notify();
    await this.fire({
      worksheetId: sheet.id,
      address: `A${top}:${colLetters(right)}${bottom}`,
      triggerSource: 'Unknown',
      changeType: 'RangeEdited',
      source: 'Local',
    });
  }

  private async restructure(
    sheetName: string,
    move: (row: number, col: number) => [number, number],
    address: string,
    changeType: string,
  ): Promise<void> {
    const sheet = this.sheet(sheetName)!;
    const shifted = (a1: string) =>
      a1.replace(/(\$?)([A-Z]+)(\$?)(\d+)/g, (_m, d1: string, col: string, d2: string, row: string) => {
        const [r, c] = move(Number(row), colNum(col));
        return r < 0 ? '#REF!' : `${d1}${colLetters(c)}${d2}${r}`;
      });
    const cells = new Map<string, Cell>();
    for (const [key, cell] of sheet.cells) {
      const [r, c] = move(...(key.split(',').map(Number) as [number, number]));
      if (r < 0) continue;
      if (cell.formula !== undefined) cell.formula = shifted(cell.formula);
      cells.set(`${r},${c}`, cell);
    }
    sheet.cells = cells;
    sheet.merges = sheet.merges.map(shifted);
    this.notify();
    await this.fire({
      worksheetId: sheet.id,
      address,
      triggerSource: 'Unknown',
      changeType,
      source: 'Local',
    });
  }

  private async fire(event: any): Promise<void> {
    for (const h of [...this.handlers]) await h(event);
  }

  /** Office and Excel globals as an add-in sees them. */
  install(target: any = globalThis): void {
    const mock = this;
    target.Office = {
      context: {
        displayLanguage: 'zh-CN',
        requirements: {
          isSetSupported: (_name: string, version: string) =>
            Number(version.split('.')[1] ?? 0) <= mock.supportedMinor,
        },
      },
      onReady: (f?: (info: { host: string; platform: string }) => void) => {
        const info = { host: 'Excel', platform: 'OfficeOnline' };
        f?.(info);
        return Promise.resolve(info);
      },
    };
    target.Excel = {
      run: async (a: any, b?: any) => {
        const batch = typeof a === 'function' ? a : b;
        return batch(mock.context());
      },
    };
  }

  context(): any {
    const mock = this;
    const afterSync: (() => void)[] = [];
    const errors: any[] = [];
    const queue = (f: () => void) => afterSync.push(f);
    const bytes = (v: unknown) => (mock.pendingBytes += JSON.stringify(v ?? null).length);

    const loadable = (target: any, fill: () => Record<string, unknown>) => {
      let loaded: Record<string, unknown> | undefined;
      target.load = () => {
        queue(() => (loaded = fill()));
        return target;
      };
      return (key: string) => {
        if (!loaded || !(key in loaded))
          throw Object.assign(new Error(`PropertyNotLoaded: ${key}`), { code: 'PropertyNotLoaded' });
        return loaded[key];
      };
    };

    const rangeProxy = (sheet: SheetState | undefined, address: string, nullable = false): any => {
      const b = () => parseRange(address);
      const each = (f: (r: number, c: number, i: number, j: number) => void) => {
        const { top, left, bottom, right } = b();
        for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) f(r, c, r - top, c - left);
      };
      const grid = (read: (r: number, c: number) => unknown) => {
        const { top, left, bottom, right } = b();
        return Array.from({ length: bottom - top + 1 }, (_, i) =>
          Array.from({ length: right - left + 1 }, (_, j) => read(top + i, left + j)),
        );
      };
      const write = (kind: 'numberFormat' | 'formulas' | 'values', v: unknown) => {
        bytes(v);
        if (!sheet) return;
        if (sheet.protected) {
          errors.push({ code: 'AccessDenied', message: 'The sheet is protected.' });
          return;
        }
        const cellOf = (i: number, j: number) => (Array.isArray(v) ? (v as unknown[][])[i]?.[j] : v);
        each((r, c, i, j) => {
          const cell = sheet.cell(r, c);
          const x = cellOf(i, j);
          if (kind === 'numberFormat') cell.numberFormat = String(x);
          else accept(cell, x);
        });
        if (kind !== 'numberFormat') mock.written.push({ sheet, address });
      };
      const range: any = { address };
      const read = loadable(range, () => ({
        values: sheet ? grid((r, c) => sheet.shown(r, c)) : [],
        formulas: sheet ? grid((r, c) => sheet.peek(r, c)?.formula ?? sheet.peek(r, c)?.value ?? '') : [],
        numberFormat: sheet ? grid((r, c) => sheet.peek(r, c)?.numberFormat ?? 'General') : [],
        address: `${sheet?.name}!${address}`,
        rowCount: b().bottom - b().top + 1,
        columnCount: b().right - b().left + 1,
      }));
      for (const key of ['rowCount', 'columnCount'] as const)
        Object.defineProperty(range, key, { get: () => read(key) });
      // Range.worksheet, and its merged areas (ExcelApi 1.13) as Excel names them: Sheet1!A1:B1, Sheet1!C3:C4.
      Object.defineProperty(range, 'worksheet', { get: () => sheetProxy(sheet, sheet?.name ?? '', false) });
      range.getMergedAreasOrNullObject = () => {
        if (mock.supportedMinor < 13)
          throw Object.assign(new Error('ApiNotFound: getMergedAreasOrNullObject'), { code: 'ApiNotFound' });
        const { top, left, bottom, right } = b();
        const inside = (sheet?.merges ?? []).filter((m) => {
          const x = parseRange(m);
          return x.top >= top && x.bottom <= bottom && x.left >= left && x.right <= right;
        });
        const areas: any = {};
        const readAreas = loadable(areas, () => ({
          address: inside.map((m) => `${sheet?.name}!${m}`).join(', '),
        }));
        Object.defineProperty(areas, 'isNullObject', { get: () => inside.length === 0 });
        Object.defineProperty(areas, 'address', { get: () => readAreas('address') });
        return areas;
      };
      let isNull = false;
      if (nullable) queue(() => (isNull = !sheet || sheet.cells.size === 0));
      Object.defineProperty(range, 'isNullObject', { get: () => isNull });
      for (const key of ['values', 'formulas', 'numberFormat'] as const)
        Object.defineProperty(range, key, {
          get: () => read(key),
          set: (v) => {
            write(key, v);
          },
        });
      const fmt = (patch: Record<string, unknown>) => {
        bytes(patch);
        if (sheet) each((r, c) => Object.assign((sheet.cell(r, c).format ??= {}), patch));
      };
      const styled = (prefix: string) =>
        new Proxy({}, { set: (_t, k, v) => (fmt({ [`${prefix}${String(k)}`]: v }), true) });
      range.format = new Proxy(
        {
          font: styled('font.'),
          fill: styled('fill.'),
          borders: { getItem: (edge: string) => styled(`border.${edge}.`) },
        },
        {
          set: (_t, k, v) => {
            if (k === 'columnWidth' && sheet) {
              const { left, right } = b();
              for (let c = left; c <= right; c++) sheet.columnWidths.set(c, v);
            } else if (k === 'rowHeight' && sheet) {
              const { top, bottom } = b();
              for (let r = top; r <= bottom; r++) sheet.rowHeights.set(r, v);
            } else fmt({ [String(k)]: v });
            return true;
          },
        },
      );
      range.merge = () => sheet?.merges.push(address);
      range.clear = () => {
        if (sheet) each((r, c) => sheet.cells.delete(`${r},${c}`));
      };
      range.select = () => {
        mock.selected = `${sheet?.name}!${address}`;
      };
      const dv: any = { ignoreBlanks: true };
      Object.defineProperty(dv, 'rule', {
        set: (rule) => {
          sheet?.validations.push({ range: address, rule });
        },
      });
      Object.defineProperty(dv, 'errorAlert', {
        set: (alert) => {
          const last = sheet?.validations[sheet.validations.length - 1];
          if (last) last.errorAlert = alert;
        },
      });
      range.dataValidation = dv;
      range.conditionalFormats = {
        add: () => {
          const entry = {
            range: address,
            formula: '',
            fill: undefined as string | undefined,
            font: undefined as string | undefined,
          };
          sheet?.conditionalFormats.push(entry);
          return {
            custom: {
              rule: {
                set formula(f: string) {
                  entry.formula = f;
                },
              },
              format: {
                fill: {
                  set color(c: string) {
                    entry.fill = c;
                  },
                },
                font: {
                  set color(c: string) {
                    entry.font = c;
                  },
                },
              },
            },
          };
        },
      };
      return range;
    };

    const sheetProxy = (sheet: SheetState | undefined, name: string, nullable: boolean): any => {
      if (!sheet && !nullable)
        errors.push({ code: 'ItemNotFound', message: `The sheet ${name} does not exist.` });
      const ws: any = {};
      const read = loadable(ws, () => ({ id: sheet?.id, name: sheet?.name }));
      let isNull = false;
      if (nullable) queue(() => (isNull = !sheet));
      Object.defineProperty(ws, 'isNullObject', { get: () => isNull });
      Object.defineProperty(ws, 'id', { get: () => read('id') });
      Object.defineProperty(ws, 'name', { get: () => read('name') });
      Object.defineProperty(ws, 'visibility', {
        set: (v) => {
          if (sheet) sheet.visibility = v;
        },
      });
      ws.getRange = (address: string) => rangeProxy(sheet, address);
      ws.getUsedRangeOrNullObject = () => {
        if (!sheet || sheet.cells.size === 0) return rangeProxy(undefined, 'A1', true);
        let bottom = 1;
        let right = 1;
        for (const key of sheet.cells.keys()) {
          const [r, c] = key.split(',').map(Number);
          bottom = Math.max(bottom, r);
          right = Math.max(right, c);
        }
        return rangeProxy(sheet, `A1:${colLetters(right)}${bottom}`, true);
      };
      ws.activate = () => undefined;
      // Worksheet.onChanged (ExcelApi 1.7): only this sheet's events.
      ws.onChanged = {
        add: (handler: (e: any) => unknown) => {
          const own = (e: any) => (sheet && e.worksheetId === sheet.id ? handler(e) : undefined);
          mock.handlers.push(own);
          return { context: ctx, remove: () => (mock.handlers = mock.handlers.filter((h) => h !== own)) };
        },
      };
      ws.charts = {
        add: (type: string, range: { address: string }) => {
          const chart = {
            type,
            series: [{ values: range.address }] as { name?: string; values?: string; categories?: string }[],
            title: undefined as string | undefined,
            position: undefined as string[] | undefined,
          };
          sheet?.charts.push(chart);
          const seriesProxy = (s: { name?: string; values?: string; categories?: string }) => ({
            set name(n: string) {
              s.name = n;
            },
            setValues: (r: { address: string }) => (s.values = r.address),
            setXAxisValues: (r: { address: string }) => (s.categories = r.address),
          });
          return {
            title: {
              set text(t: string) {
                chart.title = t;
              },
            },
            legend: { position: 'Right' },
            series: {
              getItemAt: (k: number) => seriesProxy(chart.series[k]),
              add: (name: string) => {
                const s = { name };
                chart.series.push(s);
                return seriesProxy(s);
              },
            },
            setPosition: (from: string, to: string) => (chart.position = [from, to]),
          };
        },
      };
      // Like the mock's writes, deletes and moves apply at once, in the order the batch queues them.
      ws.delete = () => {
        if (sheet) mock.sheets = mock.sheets.filter((x) => x !== sheet);
      };
      Object.defineProperty(ws, 'position', {
        set: (p: number) => {
          if (!sheet) return;
          const rest = mock.sheets.filter((x) => x !== sheet);
          rest.splice(Math.min(p, rest.length), 0, sheet);
          mock.sheets = rest;
        },
      });
      Object.defineProperty(ws, 'showGridlines', {
        set: (v: boolean) => {
          if (sheet) sheet.page.showGridlines = v;
        },
      });
      ws.freezePanes = { freezeAt: (r: any) => sheet && (sheet.freeze = r.address) };
      const page: any = new Proxy(
        {
          setPrintTitleRows: (rows: string) => sheet && (sheet.page.printTitleRows = rows),
          setPrintArea: (area: string) => sheet && (sheet.page.printArea = area),
          headersFooters: {
            defaultForAllPages: new Proxy(
              {},
              { set: (_t, k, v) => ((sheet!.page[`footer.${String(k)}`] = v), true) },
            ),
          },
        },
        { set: (_t, k, v) => ((sheet!.page[String(k)] = v), true) },
      );
      ws.pageLayout = page;
      return ws;
    };

    const worksheets: any = {
      getItem: (name: string) => sheetProxy(mock.sheet(name), name, false),
      getItemOrNullObject: (name: string) => sheetProxy(mock.sheet(name), name, true),
      // The sheet the planner's selection is on.
      getActiveWorksheet: () => {
        const name = (mock.userSelection ?? `${mock.sheets[0]?.name}!A1`).split('!')[0];
        return sheetProxy(mock.sheet(name), name, false);
      },
      add: (name: string) => sheetProxy(mock.addSheet(name), name, false),
      onChanged: {
        add: (handler: (e: any) => unknown) => {
          // WorksheetCollection.onChanged is ExcelApi 1.9: Excel 2019 (1.8) has no such event.
          if (mock.supportedMinor < 9)
            throw Object.assign(new Error('ApiNotFound: WorksheetCollection.onChanged'), {
              code: 'ApiNotFound',
            });
          mock.handlers.push(handler);
          return { context: ctx, remove: () => (mock.handlers = mock.handlers.filter((h) => h !== handler)) };
        },
      },
    };
    const readItems = loadable(worksheets, () => ({
      items: mock.sheets.map((s, position) => ({ id: s.id, name: s.name, position })),
    }));
    Object.defineProperty(worksheets, 'items', { get: () => readItems('items') });

    const ctx: any = {
      workbook: {
        worksheets,
        getSelectedRange: () => {
          const [name, address] = (mock.userSelection ?? `${mock.sheets[0]?.name}!A1`).split('!');
          return rangeProxy(mock.sheet(name), address);
        },
      },
      application: { suspendApiCalculationUntilNextSync: () => undefined },
      sync: async () => {
        mock.syncs++;
        mock.requestSizes.push(mock.pendingBytes);
        mock.pendingBytes = 0;
        const failure =
          mock.failNextSync ??
          (mock.failAtSync?.at === mock.syncs ? mock.failAtSync : undefined) ??
          errors[0];
        mock.failNextSync = undefined;
        errors.length = 0;
        if (failure) throw Object.assign(new Error(failure.message), { code: failure.code });
        for (const f of afterSync.splice(0)) f();
        mock.notify();
        const written = mock.written.splice(0);
        // Excel tells the add-in of its own writes too; from ExcelApi 1.14 with triggerSource.
        if (written.length)
          setTimeout(() => {
            for (const w of written)
              void mock.fire({
                worksheetId: w.sheet.id,
                address: w.address,
                changeType: 'RangeEdited',
                ...(mock.supportedMinor >= 14 ? { triggerSource: 'ThisLocalAddin' } : {}),
              });
          }, 0);
      },
    };
    return ctx;
  }
}
