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

/** The 任务书's wording, from the 实施意见's own text (四、强化组织管理和考核奖惩). */
export const czTaskbook = {
  title: '郴州市招商引资工作目标分解任务书',
  issuer: '郴州市招商引资工作协调推进小组',
  requirements: [
    '各县市区、郴州高新区和郴州经开区要成立相应的组织机构，加强对招商引资工作的组织领导。',
    '对重大招商项目实行全程跟踪服务，及时协调解决项目推进中的困难和问题。',
  ],
  assessment: [
    '动态督查、专项督查和年终考核相结合，每年至少开展两次招商引资工作全面集中督查。按照《郴州市招商引资工作实绩考核办法》要求，考评结果纳入各单位年度绩效考评，实行“一票否决”。',
  ],
  reporting: { what: '招商引资项目和到位资金完成情况', day: 5, to: '市商务局' },
};
