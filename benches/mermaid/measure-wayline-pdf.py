"""Checks, in a Wayline PDF export, that every task text lies inside its card box, and reports
emotion labels that sit on the dashed zero line. Usage: measure-wayline-pdf.py out.pdf tasks.json labels.json"""
import json, sys
import pdfplumber

pdf = pdfplumber.open(sys.argv[1])
tasks = json.load(open(sys.argv[2], encoding="utf-8"))
labels = json.load(open(sys.argv[3], encoding="utf-8"))
squash = lambda s: "".join(s.split())
res = {"pages": len(pdf.pages), "tasks": [], "labels": []}
for page in pdf.pages:
    chars = [c for c in page.chars if c["text"].strip()]
    boxes = [c for c in page.curves if c.get("fill") and (c["x1"] - c["x0"]) < 400 and (c["bottom"] - c["top"]) > 10]
    for b in boxes:
        inside = [c for c in chars if b["x0"] <= (c["x0"] + c["x1"]) / 2 <= b["x1"] and b["top"] <= (c["top"] + c["bottom"]) / 2 <= b["bottom"]]
        text = "".join(c["text"] for c in inside)
        for t in tasks:
            if squash(t) == text:
                ovx = max(0, max(b["x0"] - c["x0"] for c in inside), max(c["x1"] - b["x1"] for c in inside))
                ovy = max(0, max(b["top"] - c["top"] for c in inside), max(c["bottom"] - b["bottom"] for c in inside))
                lines = len({round(c["top"]) for c in inside})
                res["tasks"].append({"text": t, "page": page.page_number, "box": [round(b["x1"] - b["x0"], 1), round(b["bottom"] - b["top"], 1)],
                                     "lines": lines, "overflowX": round(ovx, 2), "overflowY": round(ovy, 2), "fits": ovx <= 0.5 and ovy <= 0.5})
    # dashed zero line of the emotion curve: horizontal lines in the page
    hlines = [l for l in page.lines if abs(l["top"] - l["bottom"]) < 0.5 and l["x1"] - l["x0"] > 50]
    for w in page.extract_words():
        if w["text"] in labels:
            hit = any(l["x0"] <= w["x0"] and w["x1"] <= l["x1"] + 1 and w["top"] < l["top"] < w["bottom"] for l in hlines)
            res["labels"].append({"text": w["text"], "page": page.page_number, "onZeroLine": hit})
found = {t["text"] for t in res["tasks"]}
res["summary"] = {"tasks_expected": len(tasks), "tasks_found_whole_in_one_card": len(found),
                  "missing": [t for t in tasks if t not in found],
                  "overflowing": sum(not t["fits"] for t in res["tasks"]),
                  "labels_found": len(res["labels"]), "labels_on_zero_line": sum(l["onZeroLine"] for l in res["labels"])}
print(json.dumps(res, ensure_ascii=False, indent=1))
