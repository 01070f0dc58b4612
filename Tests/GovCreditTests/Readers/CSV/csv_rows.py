"""Reads a CSV file with Python's csv module and prints its rows as JSON, for the CSV reader's cross-check tests.

usage: python3 csv_rows.py DELIMITER FILE...

Prints one list per file, [[line, [cell, ...]], ...]: every non-empty row (the header included) with the physical line
it starts on
(line breaks are LF, CRLF and lone CR, as with newline=''). Strict: a malformed file fails (exit 1), so a bug in a
test's generator cannot pass unnoticed. The file is UTF-8, with or without a byte-order mark.
"""
import csv
import json
import sys


def rows_of(path, delimiter):
    rows = []
    with open(path, encoding='utf-8-sig', newline='') as source:
        reader = csv.reader(source, delimiter=delimiter, strict=True)
        while True:
            line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            if row:  # a blank line is [], not a record
                rows.append([line, row])
    return rows


def main():
    delimiter, paths = sys.argv[1], sys.argv[2:]
    csv.field_size_limit(sys.maxsize)
    json.dump([rows_of(path, delimiter) for path in paths], sys.stdout)  # ASCII with \u escapes: a raw U+FEFF inside the output did not survive JSONSerialization


main()
