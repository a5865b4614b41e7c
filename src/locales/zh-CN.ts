/** 简体中文: the product's first language. Keys are shared with en-US.ts. */
export const zhCN = {
  sheet: {
    serial: '序号',
    total: '合计',
    control: '下达目标',
    difference: '差额',
    sourcePrefix: '来源:',
    footer: '第 &P 页,共 &N 页',
    notANumber: '不是数字',
    validationTitle: '目标分解',
    validationFigure: '请输入不小于 0 的数字;不适用时填“—”。',
    validationCount: '请输入不小于 0 的整数(个数);不适用时填“—”。',
    validationShare: '请输入 0 到 100 之间的百分数;不适用时填“—”。',
  },
  errors: {
    'plan.invalid': '计划数据有误:{path} — {problem}',
    'plan.notJson': '计划数据不是有效的 JSON:{problem}',
    'metadata.damaged': '工作簿中的计划数据(工作表“{sheet}”第 {column} 列)已损坏,无法读取。',
    'template.unknown': '没有名为“{id}”的模板。可用的模板:{known}',
    'custom.noUnits': '请至少给出一个分解单位(--units)。',
    'custom.noIndicators': '请至少给出一个指标(--indicators,如 回归到位资金:亿元)。',
    'custom.noYears': '请至少给出一个年度(--years,如 2018,2019)。',
    'custom.duplicate': '{what}“{name}”重复出现。',
    'custom.badIndicator': '指标“{text}”的写法不对,应为“名称:计量单位”,如 回归到位资金:亿元。',
    'custom.unknownCity': '没有找到“{city}”的县市区预设。可用:{known}',
    'file.notFound': '找不到文件:{path}',
    'file.notWorkbook': '“{path}”不是可读取的 .xlsx 工作簿:{problem}',
    'file.noPlan': '工作簿“{path}”中没有目标分解计划(缺少隐藏的计划数据)。',
    'file.sheetMissing': '工作簿中找不到计划表“{sheet}”(可能被改名或删除)。',
    'file.exists': '文件已存在:{path}(加 --force 覆盖)。',
  } as Record<string, string>,
  pane: {
    title: '目标分解',
    intro: '插入目标表、实时校验、重新分解、生成任务书、汇总上报。',
  },
  cli: {
    description: '目标分解:把上级下达的目标分解到县市区、园区和部门。',
    templatesHeader: ['模板', '名称', '来源', '规模'],
    size: '{units} 个单位 × {columns} 列',
    written: '已生成 {path}:{title}({units} 个单位,{columns} 列)',
    error: '错误',
  },
};

export type Messages = typeof zhCN;
