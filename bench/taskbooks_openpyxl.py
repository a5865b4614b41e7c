#!/usr/bin/python3
"""The same work in Python, for comparison: one workbook per unit with a 任务书 sheet (title, parties,
targets table, wording, signature block; fonts, borders, merges, widths, print setup), a protected
完成情况 sheet (12 months per target, formulas, validation, unlocked inputs) and a veryHidden record.

usage: taskbooks_openpyxl.py PLAN.json OUT_DIR   (PLAN.json: {"title", "units": [...], "targets": [[...]], "indicators": [[name, measure]]})
"""
import json
import os
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.worksheet.datavalidation import DataValidation

plan = json.load(open(sys.argv[1], encoding="utf-8"))
out = sys.argv[2]
os.makedirs(out, exist_ok=True)
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
body, head, title = Font(name="仿宋", size=12), Font(name="黑体", size=12), Font(name="黑体", size=18, bold=True)
yellow = PatternFill("solid", fgColor="FFF9E5")

for k, unit in enumerate(plan["units"]):
    wb = Workbook()
    ws = wb.active
    ws.title = unit[:31]
    for col, width in zip("ABCDEFG", [6, 22, 9, 15, 12, 12, 22]):
        ws.column_dimensions[col].width = width
    rows = [("编号：%s〔2017〕%02d号" % (plan["title"], k + 1), None), (plan["title"] + "工作目标分解任务书", title),
            (None, None), ("下达单位（甲方）：湖南省人民政府", body), ("责任单位（乙方）：" + unit, body),
            ("目标期限：2018—2020年", body), ("一、目标任务", head)]
    for r, (text, font) in enumerate(rows, start=1):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1, text).font = font or body
    for c, h in enumerate(["序号", "指标", "计量单位", "期限", "目标", "占全市（%）", "备注"], start=1):
        cell = ws.cell(8, c, h)
        cell.font, cell.border, cell.alignment = head, box, Alignment(horizontal="center", wrap_text=True)
    for i, ((name, measure), value) in enumerate(zip(plan["indicators"], plan["targets"][k]), start=1):
        for c, v in enumerate([i, name, measure, "2018年", value, round(value / plan["totals"][i - 1] * 100, 1), ""], start=1):
            cell = ws.cell(8 + i, c, v)
            cell.font, cell.border = body, box
    r = 9 + len(plan["indicators"]) + 1
    for text in ["二、工作要求", "（一）" + "加强统筹调度。" * 8, "三、考核办法", "（一）" + "纳入考核。" * 8, "四、报送要求", "乙方于每月5日前报送完成情况。"]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1, text).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    for left, right in [("甲方（盖章）：", "乙方（盖章）：" + unit), ("负责人（签字）：", "负责人（签字）："), ("日期：　年　月　日", "日期：　年　月　日")]:
        r += 1
        ws.cell(r, 1, left)
        ws.cell(r, 5, right)
    ws.page_setup.paperSize, ws.page_setup.orientation, ws.page_setup.fitToWidth = 9, "portrait", 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = "A1:G%d" % r
    ws.sheet_view.showGridLines = False

    rs = wb.create_sheet("完成情况")
    rs.cell(1, 1, unit + "工作目标完成情况（2018年）").font = title
    rs.cell(3, 1, "填报单位")
    rs.cell(3, 2, unit)
    for addr in ["D3", "F3", "B4"]:
        rs[addr].protection, rs[addr].fill = Protection(locked=False), yellow
    row = 6
    dv = DataValidation(type="custom", formula1="AND(ISNUMBER(B8),B8>=0)", allow_blank=True)
    rs.add_data_validation(dv)
    for i, ((name, measure), value) in enumerate(zip(plan["indicators"], plan["targets"][k]), start=1):
        rs.cell(row, 1, "%d、%s（%s）" % (i, name, measure))
        rs.cell(row, 6, value)
        row += 1
        for c, h in enumerate(["月份", "1—N月累计完成", "本月完成", "完成率（%）", "序时进度（%）", "差距（个百分点）"], start=1):
            rs.cell(row, c, h).border = box
        row += 1
        first = row
        for m in range(1, 13):
            rs.cell(row, 1, "%d月" % m).border = box
            b = rs.cell(row, 2)
            b.protection, b.fill, b.border = Protection(locked=False), yellow, box
            rs.cell(row, 3, '=IF(B%d="","",B%d-N(B%d))' % (row, row, row - 1)).border = box
            rs.cell(row, 4, '=IF(OR(B%d="",N($F$%d)=0),"",ROUND(B%d/$F$%d*100,1))' % (row, first - 2, row, first - 2)).border = box
            rs.cell(row, 5, round(m / 12 * 100, 1)).border = box
            rs.cell(row, 6, '=IF(D%d="","",ROUND(D%d-E%d,1))' % (row, row, row)).border = box
            row += 1
        dv.add("B%d:B%d" % (first, row - 1))
        row += 1
    rs.protection.sheet = True

    meta = wb.create_sheet("_fenjie")
    meta.sheet_state = "veryHidden"
    meta["A1"] = "fenjie.report/1"
    meta["A4"] = json.dumps({"unit": unit, "targets": plan["targets"][k]}, ensure_ascii=False)
    wb.save(os.path.join(out, "%s-工作目标分解任务书.xlsx" % unit))
