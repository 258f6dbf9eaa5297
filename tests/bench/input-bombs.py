#!/usr/bin/env python3
"""Writes the hostile inputs of issue 12 ("Close the leaks"), each in its own source folder beside a good file.

Usage: input-bombs.py OUT_DIR

  sst/      sst-bomb.xlsx: a 3 MB workbook whose shared string table inflates to 1.3 GB (75 million items)
  header/   header-bomb.xlsx: a 2 MB workbook whose header row has 40 million cells
  record/   record-bomb.json: one 300 MB JSON record
  seasons/  seasons-bomb.csv: a 70 KB generic score CSV whose 3,000 rows name 3,000 seasons
  columns/  columns-bomb.csv: a 1 MB generic score CSV with a 16,384-column header and 40,000 rows of 8 fields
  limits/   limits.xlsx: a workbook just inside every default XLSX limit (4,194,304 shared strings of 62.9 M
            characters, 16,384 columns, 2,000 rows of 16,384 cells, 950 MB of XML); limits.json: 20 records of 16 MB
            and 16,000 fields each. They land: the worst a file can do within the limits.

Each folder also holds good.csv, a clean two-row generic score CSV that must land whatever the bomb does.
tests/bench/input-bombs.sh runs each folder through the CLI under /usr/bin/time -v (docs/ingest.md, "Limits on input").
"""
import os
import sys
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
GOOD = "season,stage,track,panel,judge,project,criterion,score\nEXT-1,r1,T,P,J1,X1,c,1\nEXT-1,r1,T,P,J2,X1,c,2\n"


def workbook(path, sheet_chunks, shared_chunks=None):
    """A workbook with one sheet; both parts are given as iterables of byte chunks, streamed into the zip."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        shared_type = (
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            if shared_chunks else "")
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   + shared_type + '</Types>')
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="成绩" sheetId="1" r:id="rId1"/></sheets></workbook>')
        shared_rel = f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>' if shared_chunks else ""
        z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>{shared_rel}</Relationships>')
        for name, chunks in (("xl/worksheets/sheet1.xml", sheet_chunks), ("xl/sharedStrings.xml", shared_chunks)):
            if chunks is None:
                continue
            with z.open(name, "w", force_zip64=True) as entry:
                for chunk in chunks:
                    entry.write(chunk)


def repeat(head, unit, count, tail, per_chunk=1 << 16):
    yield head.encode()
    block = (unit * per_chunk).encode()
    for _ in range(count // per_chunk):
        yield block
    yield (unit * (count % per_chunk)).encode()
    yield tail.encode()


def folder(out, name):
    path = os.path.join(out, name)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, "good.csv"), "w", encoding="utf-8") as f:
        f.write(GOOD)
    return path


def main(out):
    # The generic score header as the first eight shared strings, one data row, then 75 million more strings.
    names = GOOD.splitlines()[0].split(",")
    header = "".join(f'<c t="s"><v>{i}</v></c>' for i in range(len(names)))
    row = "".join(f'<c t="inlineStr"><is><t>{v}</t></is></c>' for v in GOOD.splitlines()[1].split(","))
    sheet = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData><row r="1">{header}</row><row r="2">{row}</row></sheetData></worksheet>'
    head = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">' + "".join(f"<si><t>{n}</t></si>" for n in names)
    workbook(os.path.join(folder(out, "sst"), "sst-bomb.xlsx"), [sheet.encode()], repeat(head, "<si><t>a</t></si>", 75_000_000, "</sst>"))
    workbook(os.path.join(folder(out, "header"), "header-bomb.xlsx"),
             repeat(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData><row r="1">', '<c t="s"><v>0</v></c>', 40_000_000, "</row></sheetData></worksheet>"),
             [f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}"><si><t>h</t></si></sst>'.encode()])
    with open(os.path.join(folder(out, "record"), "record-bomb.json"), "wb") as f:
        for chunk in repeat('{"data": [{"team_id": "T1", "lead_unit": "U1", "team_name": "', "x", 300_000_000, '"}]}'):
            f.write(chunk)
    with open(os.path.join(folder(out, "seasons"), "seasons-bomb.csv"), "w", encoding="utf-8") as f:
        f.write("season,stage,track,panel,judge,project,criterion,score\n")
        f.writelines(f"S{i},r1,T,P,J1,X1,c,1\n" for i in range(3000))
    limits(folder(out, "limits"))
    with open(os.path.join(folder(out, "columns"), "columns-bomb.csv"), "w", encoding="utf-8") as f:
        f.write("season,stage,track,panel,judge,project,criterion,score," + ",".join(f"c{i}" for i in range(8, 16384)) + "\n")
        f.writelines(f"EXT-1,r1,T,P,J{i},X1,c,1\n" for i in range(40_000))


def limits(path):
    names = GOOD.splitlines()[0].split(",")
    items = 4_194_304 - len(names)

    def shared():
        yield (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">' + "".join(f"<si><t>{n}</t></si>" for n in names)).encode()
        for start in range(0, items, 65536):
            yield "".join(f"<si><t>{i:015d}</t></si>" for i in range(start, min(items, start + 65536))).encode()
        yield b"</sst>"

    def sheet():
        header = "".join(f'<c t="s"><v>{i}</v></c>' for i in range(len(names)))
        header += "".join(f'<c t="inlineStr"><is><t>c{i}</t></is></c>' for i in range(len(names), 16384))
        yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData><row r="1">{header}</row>'.encode()
        for r in range(2, 2002):
            values = "".join(f'<c t="inlineStr"><is><t>{v}</t></is></c>' for v in f"EXT-1,r1,T,P,J{r},X1,c,1".split(","))
            refs = "".join(f'<c t="s"><v>{len(names) + (r * 16384 + i) % items}</v></c>' for i in range(16384 - len(names)))
            yield f'<row r="{r}">{values}{refs}</row>'.encode()
        yield b"</sheetData></worksheet>"

    workbook(os.path.join(path, "limits.xlsx"), sheet(), shared())
    with open(os.path.join(path, "limits.json"), "w", encoding="utf-8") as f:
        f.write('{"data": [')
        for r in range(20):
            fields = "".join(f', "f{i}": "{str(r * 16000 + i).zfill(983)}"' for i in range(3, 16000))
            f.write(("," if r else "") + f'{{"team_id": "T{r}", "team_name": "队{r}", "lead_unit": "U{r}"{fields}}}')
        f.write("]}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
