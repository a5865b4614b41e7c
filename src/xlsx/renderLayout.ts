import type ExcelJS from 'exceljs';
import type { CellStyle, SheetLayout } from '../core';

const argb = (rgb: string): string => `FF${rgb.toUpperCase()}`;

const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };

const applyStyle = (cell: ExcelJS.Cell, style: CellStyle): void => {
  // Number formats go on before values are read by anyone; ExcelJS writes them together.
  if (style.numFmt) cell.numFmt = style.numFmt;
  if (style.font)
    cell.font = {
      name: style.font.name,
      size: style.font.size,
      bold: style.font.bold,
      italic: style.font.italic,
      ...(style.font.eastAsian ? { charset: 134 } : {}),
      ...(style.font.color ? { color: { argb: argb(style.font.color) } } : {}),
    };
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.align)
    cell.alignment = {
      horizontal: style.align.horizontal,
      vertical: style.align.vertical,
      wrapText: style.align.wrap,
    };
  if (style.border) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  if (style.unlocked) cell.protection = { locked: false };
};

/** Renders a core sheet layout into a new worksheet of the workbook. */
export const renderLayout = (workbook: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet => {
  const sheet = workbook.addWorksheet(layout.name, {
    views: layout.freeze
      ? [{ state: 'frozen', xSplit: layout.freeze.columns, ySplit: layout.freeze.rows, showGridLines: false }]
      : [{ showGridLines: layout.state === 'visible' ? false : true }],
  });
  sheet.state = layout.state;
  layout.columnWidths.forEach((w, k) => {
    sheet.getColumn(k + 1).width = w;
  });
  for (const [row, height] of Object.entries(layout.rowHeights)) sheet.getRow(Number(row)).height = height;

  for (const c of layout.cells) {
    const cell = sheet.getCell(c.row, c.col);
    const style = c.style === undefined ? undefined : layout.styles[c.style];
    if (style) applyStyle(cell, style);
    if (c.formula !== undefined)
      cell.value = {
        formula: c.formula,
        ...(c.result !== undefined ? { result: c.result } : {}),
      } as ExcelJS.CellFormulaValue;
    else if (c.value !== undefined && c.value !== null) cell.value = c.value;
  }
  for (const m of layout.merges) sheet.mergeCells(m.top, m.left, m.bottom, m.right);

  const validations = (
    sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const v of layout.validations)
    validations.add(v.range, {
      type: 'custom',
      allowBlank: true,
      formulae: [v.formula],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: v.title,
      error: v.message,
    });
  layout.conditionalFormats.forEach((cf, k) =>
    sheet.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: 'expression',
          priority: k + 1,
          formulae: [cf.formula],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.style.fill) } },
            ...(cf.style.fontColor ? { font: { color: { argb: argb(cf.style.fontColor) } } } : {}),
          },
        },
      ],
    }),
  );
  if (layout.print) {
    const p = layout.print;
    sheet.pageSetup = {
      ...sheet.pageSetup,
      paperSize: 9,
      orientation: p.orientation,
      fitToPage: p.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: p.centered ?? false,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(p.titleRows ? { printTitlesRow: `${p.titleRows.from}:${p.titleRows.to}` } : {}),
      ...(p.area ? { printArea: p.area } : {}),
    };
    if (p.footer) sheet.headerFooter = { ...sheet.headerFooter, oddFooter: `&C${p.footer}` };
  }
  if (layout.protection)
    void sheet.protect(layout.protection.password ?? '', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  return sheet;
};
