#!/usr/bin/env python3
"""Writes the editor corpus: pack sources saved the way Excel, LibreOffice and Notepad save them.

Each folder under cases/ holds the files that replace those of base/ for one case; the doctest
tests/unit/test_editor_corpus.cpp builds every case and asserts its exact outcome. The files are
committed; run this again (python3 make_corpus.py) only to change them. Images and special files
(EXIF JPEG, FIFO, links to /dev/zero) are made by the test itself.
"""
import codecs
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

HEADER = ["id", "organisation", "service", "careers", "title", "description", "city", "region",
          "years", "start", "end", "places", "deadline", "country", "welcome", "apply_url"]

# What the editor typed (the test holds the same strings).
ROWS = [
    ["hg-1", "cpas-ath", "Hébergement", "assistant-social", "Accueil d’urgence – « Le Phare »",
     "Accompagner les résidents ; 10 € de frais, une œuvre commune.", "Ath", "Wallonie", "2|3",
     "2027-02-08", "2027-05-21", "2", "2027-01-15", "BE", "desk|pc",
     "https://example.org/hg-1"],
    ["rue-1", "cpas-charleroi", "Travail de rue", "assistant-social",
     "Travail de rue à Charleroi-Nord", "Première ligne, le soir.", "Charleroi", "Wallonie", "3",
     "2027-03-01", "2027-06-25", "1", "", "BE", "", "https://example.org/rue-1"],
    ["ilv-1", "cpas-ath", "Insertion", "assistant-social", "Œuvrer pour l’insertion",
     "Ateliers « CV » et entretiens.", "Ath", "Wallonie", "2", "2027-02-15", "2027-04-30", "1",
     "2027-01-31", "BE", "mentor", "https://example.org/ilv-1"],
]

# ISO-8859-15 has € œ Œ « » but not ’ or –.
ROWS_LATIN9 = [
    ["hg-1", "cpas-ath", "Hébergement", "assistant-social", "Accueil d'urgence « Le Phare »",
     "Accompagner les résidents ; 10 € de frais, une œuvre commune.", "Ath", "Wallonie", "2|3",
     "2027-02-08", "2027-05-21", "2", "2027-01-15", "BE", "desk|pc",
     "https://example.org/hg-1"],
    ["ilv-1", "cpas-ath", "Insertion", "assistant-social", "Œuvrer pour le cœur du quartier",
     "Ateliers « CV » et entretiens.", "Ath", "Wallonie", "2", "2027-02-15", "2027-04-30", "1",
     "2027-01-31", "BE", "mentor", "https://example.org/ilv-1"],
]


def cell(value, sep):
    """Quotes a cell the way Excel does: only when it holds the separator, a quote or a break."""
    if any(c in value for c in (sep, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value


def table(rows, sep=";", eol="\n", header=HEADER):
    return "".join(sep.join(cell(v, sep) for v in r) + eol for r in [header] + rows)


def write(case, name, data):
    path = os.path.join(CASES, case, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def with_row(rows, i, **changes):
    out = [list(r) for r in rows]
    for k, v in changes.items():
        out[i][HEADER.index(k)] = v
    return out


def main():
    shutil.rmtree(CASES, ignore_errors=True)
    multi = with_row(ROWS, 1, description="Première ligne, le soir.\nDeuxième ligne : « la rue ».")
    # Excel « CSV UTF-8 »: BOM, CRLF; a description on two lines inside quotes.
    write("utf8-bom-crlf", "offers.csv", codecs.BOM_UTF8 + table(multi, eol="\r\n").encode())
    # LibreOffice « Texte CSV » with « Mettre en guillemets toutes les cellules de texte »: every
    # text cell quoted, numbers and dates not; UTF-8 without BOM, LF.
    def quote_all(rows):
        def q(v):
            plain = v == "" or v.replace("-", "").replace("|", "").isdigit()
            return v if plain else '"' + v.replace('"', '""') + '"'
        return "".join(";".join(q(v) for v in r) + "\n" for r in [HEADER] + rows)
    write("libreoffice-quote-all", "offers.csv", quote_all(ROWS))
    # Excel « CSV (séparateur : point-virgule) »: Windows-1252, CRLF.
    write("excel-csv-cp1252", "offers.csv", table(ROWS, eol="\r\n").encode("cp1252"))
    # An old tool's ISO-8859-15 (Latin-9): € is 0xA4, œ 0xBD.
    write("iso-8859-15", "offers.csv", table(ROWS_LATIN9).encode("iso8859_15"))
    # Excel « Texte Unicode »: UTF-16 LE with BOM, tab-separated, CRLF.
    write("excel-unicode-utf16le", "offers.csv",
          codecs.BOM_UTF16_LE + table(multi, sep="\t", eol="\r\n").encode("utf-16-le"))
    # A converter's UTF-16 BE without BOM, tab-separated.
    write("utf16be-nobom", "offers.csv", table(ROWS, sep="\t").encode("utf-16-be"))
    # Notepad « Unicode »: a career file in UTF-16 LE with BOM, CRLF.
    career = ("title: Assistant·e de service social\r\npitch: Accompagner les personnes vers "
              "leurs droits – avec cœur.\r\ndomain: accompagnement\r\n\r\n## Où ?\r\nAu CPAS.\r\n")
    write("notepad-unicode-career", "careers/assistant-social.txt",
          codecs.BOM_UTF16_LE + career.encode("utf-16-le"))
    # UTF-8 file with line 3 pasted from a Windows-1252 one.
    lines = table(ROWS).split("\n")
    mixed = "\n".join(lines[:2]).encode() + b"\n" + lines[2].encode("cp1252") + b"\n" + \
        "\n".join(lines[3:]).encode()
    write("mixed-utf8-cp1252", "offers.csv", mixed)
    # UTF-8 read as Windows-1252 and saved as UTF-8 again: « Ã© », « â€™ ».
    write("double-encoded", "offers.csv", table(ROWS).encode().decode("cp1252").encode())
    # LibreOffice opening a Windows-1252 file as « Western Europe (ISO-8859-1) » and saving UTF-8:
    # ’ (0x92) becomes the control character U+0092.
    write("wrong-charset-controls", "offers.csv", table(ROWS).encode("cp1252").decode("latin-1").encode())
    # A ¤ in a UTF-8 file: a € lost by an earlier conversion.
    write("currency-sign", "offers.csv", table(with_row(ROWS, 0, description="Frais : 10 ¤.")))
    # Eight offers; the title on line 4 opens a quote that is never closed.
    plain = with_row(ROWS, 0, description="Accompagner les résidents, 10 € de frais.")
    eight = [with_row(plain, i % 3, id="o-%d" % (i + 1))[i % 3] for i in range(8)]
    text = table(eight).split("\n")
    text[3] = text[3].replace("Œuvrer pour l’insertion", "\"Œuvrer pour l’insertion")
    write("unclosed-quote", "offers.csv", "\n".join(text))
    # A title typed as "Travail de rue" à Charleroi-Nord: text after the closing quote.
    text = table(ROWS).split("\n")
    text[2] = text[2].replace("Travail de rue à Charleroi-Nord", "\"Travail de rue\" à Charleroi-Nord")
    write("text-after-quote", "offers.csv", "\n".join(text))
    # A quote opened in a description on line 3, closed by the next quote on line 6.
    six = [with_row(ROWS, i % 3, id="s-%d" % (i + 1))[i % 3] for i in range(6)]
    six[4] = with_row(six, 4, description="\"Accueil\" de jour")[4]
    text = table(six).split("\n")
    text[2] = text[2].replace("Première ligne, le soir.", "\"Première ligne, le soir.")
    write("quote-swallows-rows", "offers.csv", "\n".join(text))
    # Excel keeps empty columns after the data: `;;;;` at the end of every line.
    write("trailing-columns", "offers.csv", table(ROWS, eol=";;;;\r\n"))
    # ...but an unnamed column with text in it is a mistake.
    text = table(ROWS).split("\n")
    text = [t + ";" for t in text[:-1]] + [text[-1]]
    text[2] = text[2] + "oublié"
    write("unnamed-column-filled", "offers.csv", "\n".join(text))
    # Excel's `sep=;` first line; the deadline on line 4 is past.
    write("sep-line", "offers.csv",
          "sep=;\r\n" + table(with_row(ROWS[:2], 1, deadline="2026-10-01"), eol="\r\n"))
    # Office and LibreOffice lock files, macOS resource forks, editor backups in careers/.
    write("lock-files", "careers/~$assistant-social.txt", b"\x0cAlice\x00\x00\x00\xff\xfe")
    write("lock-files", "careers/.~lock.assistant-social.txt#", "Alice,PC-ACCUEIL,alice,06.12.2026 10:12,file:///C:/Users/alice/AppData/Roaming/LibreOffice/4;")
    write("lock-files", "careers/._assistant-social.txt", b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X")
    write("lock-files", "careers/assistant-social.txt~", "title: ancienne version\n")
    # A Windows Explorer copy of a career file.
    write("explorer-copy", "careers/Copie de assistant-social.txt",
          "title: Assistant·e de service social\npitch: Copie.\ndomain: accompagnement\n\nCopie.\n")
    # Ids typed with accents, capitals and spaces, and the store's list separator.
    write("bad-ids", "offers.csv", table([with_row(ROWS, 0, id="hg-hébergement-2")[0],
                                          with_row(ROWS, 1, id="Rue 1")[1],
                                          with_row(ROWS, 2, id="ilv|2")[2]]))
    # A French spreadsheet's dates: DD/MM/YYYY in start, end and deadline on every row.
    fr = [with_row(ROWS, i, start=s, end=e, deadline=d)[i] for i, (s, e, d) in enumerate([
        ("08/02/2027", "21/05/2027", "15/01/2027"), ("01/03/2027", "25/06/2027", ""),
        ("15/02/2027", "30/04/2027", "31/01/2027")])]
    write("french-dates", "offers.csv", table(fr))
    # events.csv from the same spreadsheet: the dates day first too.
    write("events-french-dates", "events.csv",
          "id;kind;title;organisation;date;start_time;end_time;city;place;url;description\r\n"
          "po-ath;open_day;Portes ouvertes du CPAS;cpas-ath;14/03/2027;10:00;16:00;Ath;"
          "Rue de Pintamont 54;;Venez « voir » les services.\r\n"
          "info-rue;info_session;Séance d’information : travail de rue;cpas-charleroi;"
          "02/04/2027;18:30;20:00;Charleroi;;;\r\n")
    # Dates no rule reads for sure: a two-digit year, year first with slashes, month first.
    write("bad-dates", "offers.csv", table([with_row(ROWS, 0, start="8/2/27")[0],
                                            with_row(ROWS, 1, start="2027/03/01")[1],
                                            with_row(ROWS, 2, end="04/30/2027")[2]]))
    # Header names with non-breaking spaces: around (stripped) and inside (refused).
    header = list(HEADER)
    header[4] = "title\u00a0"
    header[6] = "\u00a0city"
    write("nbsp-around-header", "offers.csv", table(ROWS, header=header))
    header = list(HEADER)
    header[15] = "apply\u00a0url"
    write("nbsp-inside-header", "offers.csv", table(ROWS, header=header))
    # One bad line in organisations.csv and four offers naming that organisation.
    write("organisation-failed", "organisations.csv",
          "id;kind;name;city;region;country;website\n"
          "cpas-ath;cpas;CPAS d'Ath;Ath;Wallonie;BE;https://www.example.org/cpas-ath\n"
          "cpas-charleroi;cpas;CPAS de Charleroi;Charleroi;Wallonie;BE;;en trop\n")
    four = [with_row(ROWS, 1, id="rue-%d" % (i + 1))[1] for i in range(4)]
    write("organisation-failed", "offers.csv", table([ROWS[0]] + four))
    # A career file that cannot be read (a line pasted from a Windows-1252 file), named by the
    # three offers: one error for the file, one summary for the offers.
    write("career-failed", "careers/assistant-social.txt",
          "title: Assistant·e de service social\npitch: Accompagner.\ndomain: accompagnement\n\n".encode()
          + "Où ? Au CPAS de Liège.\n".encode("cp1252"))
    # offers.csv with only its header line.
    write("header-only", "offers.csv", table([]))
    # No apply_url column: the kiosk shows no QR code.
    write("no-apply-url", "offers.csv", table([r[:15] for r in ROWS], header=HEADER[:15]))
    # Twelve offers naming the same unknown career: five errors, then one summary.
    twelve = [with_row(ROWS, 0, id="x-%d" % (i + 1), careers="educateur")[0] for i in range(12)]
    write("repeated-errors", "offers.csv", table(twelve))


if __name__ == "__main__":
    main()
