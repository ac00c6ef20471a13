using System.Text;

namespace EngageBot.Features.Members.Import;

/// <summary>
/// One record of a CSV file: its row number as a spreadsheet shows it (the first row is 1) and its fields.
/// <see cref="Unclosed"/>: a quoted field opened here never closes, so this record swallowed the rest of the file.
/// </summary>
public sealed record CsvRecord(int Row, IReadOnlyList<string> Fields, bool Unclosed = false)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// An RFC 4180 reader, as Excel writes CSV: fields split by commas, records by CRLF or LF, a field in double
/// quotes may hold commas, line breaks and doubled quotes. A quote inside an unquoted field is kept as text.
/// Rows are counted per record, so a cell with a line break does not shift the row numbers staff see in Excel.
/// </summary>
public static class CsvRecords
{
    public static IEnumerable<CsvRecord> Read(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var row = 1;
        var i = 0;
        var quoted = false;
        var any = false; // anything read in the current record
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    any = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    any = true;
                    break;
                case '\r' or '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return new CsvRecord(row++, fields);
                    fields = [];
                    any = false;
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                default:
                    field.Append(c);
                    any = true;
                    break;
            }

            i++;
        }

        // The last record, unless the file ended with a line break.
        if (any)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(row, fields, quoted);
        }
    }
}
