import { hunanCities } from './hunanDivisions';
import { kindOfDivision, unitsFrom } from './template';

export const czSource = {
  document: '郴州市关于进一步加强招商引资工作的实施意见（2017年10月19日）',
  appendix: '',
  date: '2017-10-19',
  issuer: '中共郴州市委 郴州市人民政府',
};

/** The 郴州 plan's 13 units: its 11 county-level divisions, 郴州高新区 and 郴州经开区 (reference/hunan-divisions.md). */
export const czUnits = () => {
  const city = hunanCities.find((c) => c.city === '郴州市')!;
  return unitsFrom([...city.divisions, '郴州高新区', '郴州经开区'], kindOfDivision);
};

export const czYears = [
  { period: '2017', label: '2017年', role: 'target' as const },
  { period: '2018', label: '2018年', role: 'target' as const },
];
