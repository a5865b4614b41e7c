#!/usr/bin/python3
"""The same work in Python, for comparison: read each returned workbook's hidden record and its 完成情况
sheet, take the latest 1—N月累计 per target, check it is a number that never falls, and compute 完成率,
序时进度, 差距 and 位次 per unit and the city's totals; write a 汇总 workbook.

usage: collect_openpyxl.py OUT.xlsx REPORT.xlsx ...
"""
import json
import sys

from openpyxl import Workbook, load_workbook

out, files = sys.argv[1], sys.argv[2:]
rows = []
for path in files:
    wb = load_workbook(path, data_only=True)
    meta = wb["_fenjie"]
    count = int(meta["A3"].value)
    record = json.loads("".join(meta.cell(4 + i, 1).value for i in range(count)))
    ws = wb[record["layout"]["sheet"]]
    figures = []
    month = 0
    for block in record["layout"]["blocks"]:
        previous = None
        latest = None
        for m in range(12):
            v = ws.cell(block["firstRow"] + m, block["inputColumn"]).value
            if v is None:
                continue
            if not isinstance(v, (int, float)) or v < 0 or (previous is not None and v < previous):
                raise SystemExit("bad figure in %s" % path)
            previous, latest, month = v, (m + 1, v), max(month, m + 1)
        figures.append(latest)
    rows.append((record["unit"]["name"], record["targets"], figures, month))

month = max(r[3] for r in rows)
n = len(rows[0][1])
wb = Workbook()
ws = wb.active
ws.title = "汇总"
city = [[0, 0] for _ in range(n)]
rates = [[] for _ in range(n)]
table = []
for name, targets, figures, _ in rows:
    line = [name]
    for k, t in enumerate(targets):
        target = t["value"] or 0
        done = figures[k][1] if figures[k] and figures[k][0] == month else None
        rate = round(done / target * 100, 1) if target and done is not None else None
        progress = round(((2018 - t["from"]) * 12 + month) / ((t["to"] - t["from"] + 1) * 12) * 100, 1)
        line += [target, done, rate, progress, None if rate is None else round(rate - progress, 1)]
        city[k][0] += target
        city[k][1] += done or 0
        if rate is not None:
            rates[k].append((rate, name))
    table.append(line)
ranks = [{name: i + 1 for i, (_, name) in enumerate(sorted(r, key=lambda x: -x[0]))} for r in rates]
for line in table:
    ws.append(line + [ranks[k].get(line[0]) for k in range(n)])
ws.append(["全市"] + [x for k in range(n) for x in city[k]])
wb.save(out)
