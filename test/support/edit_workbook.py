#!/usr/bin/python3
"""Edits a workbook as a planner would, for the tests: insert, delete or sort rows, insert columns, type in cells.

usage: edit_workbook.py uno|openpyxl IN.xlsx OUT.xlsx 'JSON list of edits'

  {"op": "insertRows", "sheet": S, "row": 6, "count": 1}        rows before row 6 (1-based)
  {"op": "deleteRows", "sheet": S, "row": 6, "count": 1}
  {"op": "insertColumns", "sheet": S, "col": 1, "count": 1}     columns before column 1
  {"op": "sort", "sheet": S, "range": "A5:E14", "by": 3, "descending": true}   by the range's 1-based column
  {"op": "set", "sheet": S, "cell": "B6", "value": "新单位"}
  {"op": "setRecord", "sheet": "_fenjie", "json": "{...}"}      the first record, rewritten in 30000-character chunks
  {"op": "hiddenCopy", "sheet": S, "name": N}                    a veryHidden copy of sheet S named N

uno: LibreOffice itself makes the edits, so formulas, merged cells and defined names shift as in Excel
(the worker's LibreOffice, see office.py).
openpyxl: the cells move but nothing else does (formulas keep their old addresses), as scripts do.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def edit_with_openpyxl(src, dst, edits):
    import openpyxl

    wb = openpyxl.load_workbook(src)
    for e in edits:
        ws = wb[e["sheet"]]
        if e["op"] == "insertRows":
            ws.insert_rows(e["row"], e.get("count", 1))
        elif e["op"] == "deleteRows":
            ws.delete_rows(e["row"], e.get("count", 1))
        elif e["op"] == "insertColumns":
            ws.insert_cols(e["col"], e.get("count", 1))
        elif e["op"] == "deleteColumns":
            ws.delete_cols(e["col"], e.get("count", 1))
        elif e["op"] == "set":
            ws[e["cell"]] = e["value"]
        elif e["op"] == "setRecord":
            for r in range(4, ws.max_row + 1):
                ws.cell(r, 1).value = None
            chunks = [e["json"][i : i + 30000] for i in range(0, len(e["json"]), 30000)]
            ws.cell(3, 1).value = len(chunks)
            for i, chunk in enumerate(chunks):
                ws.cell(4 + i, 1).value = chunk
        elif e["op"] == "hiddenCopy":
            copy = wb.copy_worksheet(ws)
            copy.title = e["name"]
            copy.sheet_state = "veryHidden"
        elif e["op"] == "sort":
            from openpyxl.utils.cell import range_boundaries

            left, top, right, bottom = range_boundaries(e["range"])
            rows = [[ws.cell(r, c).value for c in range(left, right + 1)] for r in range(top, bottom + 1)]
            key = lambda row: (row[e["by"] - 1] is None, row[e["by"] - 1] if isinstance(row[e["by"] - 1], (int, float)) else 0)
            rows.sort(key=key, reverse=bool(e.get("descending")))
            for r, row in enumerate(rows):
                for c, v in enumerate(row):
                    ws.cell(top + r, left + c).value = v
        else:
            raise SystemExit("unknown edit %r" % e)
    wb.save(dst)


def edit_with_uno(src, dst, edits):
    from office import with_office

    with_office(lambda office: _edit(office, src, dst, edits))


def _edit(office, src, dst, edits):
    import uno
    from com.sun.star.table import TableSortField

    from office import prop

    doc = office.open(src)
    for e in edits:
        sheet = doc.Sheets.getByName(e["sheet"])
        if e["op"] == "insertRows":
            sheet.Rows.insertByIndex(e["row"] - 1, e.get("count", 1))
        elif e["op"] == "deleteRows":
            sheet.Rows.removeByIndex(e["row"] - 1, e.get("count", 1))
        elif e["op"] == "insertColumns":
            sheet.Columns.insertByIndex(e["col"] - 1, e.get("count", 1))
        elif e["op"] == "set":
            cell = sheet.getCellRangeByName(e["cell"])
            if isinstance(e["value"], (int, float)):
                cell.setValue(e["value"])
            else:
                cell.setString(e["value"])
        elif e["op"] == "sort":
            rng = sheet.getCellRangeByName(e["range"])
            field = TableSortField()
            field.Field = e["by"] - 1
            field.IsAscending = not e.get("descending")
            desc = list(rng.createSortDescriptor())
            for p in desc:
                if p.Name == "SortFields":
                    p.Value = uno.Any("[]com.sun.star.table.TableSortField", (field,))
                elif p.Name == "ContainsHeader":
                    p.Value = False
            uno.invoke(rng, "sort", (tuple(desc),))
        else:
            raise SystemExit("unknown edit %r" % e)
    doc.calculateAll()
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)), (prop("FilterName", "Calc MS Excel 2007 XML"),))
    doc.close(True)


if __name__ == "__main__":
    engine, src, dst, edits = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
    (edit_with_uno if engine == "uno" else edit_with_openpyxl)(src, dst, edits)
