/** Requirement-set checks in one place: what the host supports decides what the add-in does. */
export const REQUIRED_EXCEL_API = '1.8';

const isSupported = (version: string): boolean =>
  typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('ExcelApi', version);

export const capabilities = () => ({
  /** Data validation, conditional formats, worksheet events: the add-in's floor. */
  core: isSupported(REQUIRED_EXCEL_API),
  /** Change events for the whole workbook at once (WorksheetCollection.onChanged); before that, each sheet's. */
  collectionEvents: isSupported('1.9'),
  /** Page layout (A4, print titles, fit to width). */
  pageLayout: isSupported('1.9'),
  /** `triggerSource` tells the add-in's own writes apart from the planner's. */
  triggerSource: isSupported('1.14'),
  /** A range's merged areas (Range.getMergedAreasOrNullObject): a recognised table's two-level header. */
  mergedAreas: isSupported('1.13'),
});

export type Capabilities = ReturnType<typeof capabilities>;
