#!/usr/bin/python3
"""The plainest script that does the job, for comparison: per unit, a 任务书 sheet (title, parties, the targets
table, the wording, the signature lines), a short 完成情况 (a row per month and target) and a hidden record,
values only: no fonts, borders, validation, protection or print setup.

usage: taskbooks_plain.py PLAN.json OUT_DIR   (the same PLAN.json as taskbooks_openpyxl.py)
"""
import json
import os
import sys

from openpyxl import Workbook

plan = json.load(open(sys.argv[1], encoding="utf-8"))
out = sys.argv[2]
os.makedirs(out, exist_ok=True)

for k, unit in enumerate(plan["units"]):
    wb = Workbook()
    ws = wb.active
    ws.title = unit[:31]
    ws.append([plan["title"] + "工作目标分解任务书"])
    ws.append(["下达单位（甲方）：湖南省人民政府"])
    ws.append(["责任单位（乙方）：" + unit])
    ws.append(["序号", "指标", "计量单位", "期限", "目标", "占全市（%）"])
    for i, ((name, measure), value) in enumerate(zip(plan["indicators"], plan["targets"][k]), start=1):
        ws.append([i, name, measure, "2018年", value, round(value / plan["totals"][i - 1] * 100, 1)])
    for text in ["二、工作要求", "加强统筹调度。" * 8, "三、考核办法", "纳入考核。" * 8, "乙方于每月5日前报送完成情况。"]:
        ws.append([text])
    ws.append(["甲方（盖章）：", None, None, None, "乙方（盖章）：" + unit])

    rs = wb.create_sheet("完成情况")
    rs.append([unit + "工作目标完成情况（2018年）"])
    for (name, measure), value in zip(plan["indicators"], plan["targets"][k]):
        rs.append(["%s（%s）" % (name, measure), None, None, None, None, value])
        rs.append(["月份", "1—N月累计完成"])
        for m in range(1, 13):
            rs.append(["%d月" % m])

    meta = wb.create_sheet("_fenjie")
    meta.sheet_state = "veryHidden"
    meta["A1"] = json.dumps({"unit": unit, "targets": plan["targets"][k]}, ensure_ascii=False)
    wb.save(os.path.join(out, "%s-工作目标分解任务书.xlsx" % unit))
