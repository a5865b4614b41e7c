/** The sheet's own words (序号, 合计, 下达目标 …), supplied by the caller from the locale files. */
export interface SheetLabels {
  serial: string;
  total: string;
  control: string;
  difference: string;
  sourcePrefix: string;
  footer: string;
  validationTitle: string;
  validationFigure: string;
  validationCount: string;
  validationShare: string;
}
