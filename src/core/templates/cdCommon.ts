/** 常德's 三年行动计划: one document, its 发展目标 for the 区县（市） and 园区, its 重点任务 for the departments. */
export const cdSource = (appendix: string) => ({
  document: '常德市推进产业立市三年行动计划',
  appendix,
  // The text gives no date; it follows 常发〔2017〕12号 and its 实施步骤 begin 2017年9月.
  date: '2017',
});

/** 四、工作要求 (一): the 指挥部 runs the three years. */
export const CD_ISSUER = '常德市推进产业立市三年行动指挥部';

/** 一年起好步（到2018年）, 两年见成效（到2019年）, 三年上台阶（到2020年）. */
export const CD_PERIOD = '2018—2020年';

/** 四、工作要求 (二), (五): the 指挥部's 责任 and its 考核办法 and 三级调度, as the 任务书 quote them. */
export const cdRequirements = [
  '各成员单位“一把手”亲自负责，明确一名班子成员和一名科级干部具体对接落实。全面推行“一线工作法”“工作清单制”等制度，形成高效、有序、协作的运转体系，全面落实工作责任。',
];

export const cdAssessment = [
  '把推进产业立市三年行动情况纳入绩效考核，研究出台《推进产业立市三年行动考核办法》，提高招商引资和产业发展考核权重。',
  '建立产业立市三年行动三级调度机制，指挥部办公室每旬调度一次，副指挥长每月调度一次，政委、指挥长每季度调度一次。各专项小组组长或常务副组长每月调度一次。',
];

/** 指挥部办公室设在市发改委: where the rounds of 调度 are reported. */
export const CD_REPORT_TO = '市推进产业立市三年行动指挥部办公室';
