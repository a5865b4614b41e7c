"""Tables as other programs write them, for the recogniser's tests.

usage: make_tables.py xlsx OUT.xlsx SPEC_JSON   {"sheets": [{"name", "rows", "merges": ["A1:E1"], "hidden"}]}
       make_tables.py docx OUT.docx SPEC_JSON   {"blocks": [{"p": "text"} | {"table": {"rows", "merges": [[r1, c1, r2, c2]]}}]}

openpyxl writes the workbook, python-docx the document (its merges are gridSpan and vMerge, as Word's).
Rows are lists of cells: a number, a text, or null. Merges in a document are 0-based, both ends included.
"""
import json
import sys


def xlsx(out, spec):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for s in spec["sheets"]:
        ws = wb.create_sheet(s["name"])
        for row in s["rows"]:
            ws.append(row)
        for m in s.get("merges", []):
            ws.merge_cells(m)
        if s.get("hidden"):
            ws.sheet_state = "hidden"
    wb.save(out)


def docx(out, spec):
    import docx as python_docx

    doc = python_docx.Document()
    for block in spec["blocks"]:
        if "p" in block:
            doc.add_paragraph(block["p"])
            continue
        t = block["table"]
        rows = t["rows"]
        cols = max(len(r) for r in rows)
        table = doc.add_table(rows=len(rows), cols=cols)
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    table.cell(r, c).text = str(value)
        for r1, c1, r2, c2 in t.get("merges", []):
            table.cell(r1, c1).merge(table.cell(r2, c2))
    doc.save(out)


if __name__ == "__main__":
    kind, out, spec = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    {"xlsx": xlsx, "docx": docx}[kind](out, spec)
