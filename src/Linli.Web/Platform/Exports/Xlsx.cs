using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Linli.Web.Platform.Exports;

/// <summary>One row of a sheet as text, with its 1-based row number as Excel shows it and the columns that hold formulas.</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string> Cells, IReadOnlySet<int> FormulaColumns)
{
    public SheetRow(int number, IReadOnlyList<string> cells) : this(number, cells, new HashSet<int>()) { }

    public string this[int column] => column < Cells.Count ? Cells[column] : "";

    /// <summary>No text and no formula: a formula whose result was never saved reads as "" but is not nothing.</summary>
    public bool IsBlank => FormulaColumns.Count == 0 && Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>A sheet to write: its name (at most 31 characters), a header row and data rows.</summary>
public sealed record SheetContent(string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows);

/// <summary>Reads and writes simple .xlsx sheets (a header row and data rows) with the Open XML SDK.</summary>
public static class Xlsx
{
    /// <summary>The first worksheet's rows, every cell as text (numbers in invariant form).</summary>
    public static IReadOnlyList<SheetRow> ReadFirstSheet(Stream stream) => [.. StreamFirstSheet(stream)];

    /// <summary>
    /// The first worksheet's rows one at a time. The sheet is read as a stream of XML, a row at a time,
    /// so a sheet of 100,000 rows never sits in memory as a tree. Everything past <see cref="SheetLimits"/>
    /// is refused with a <see cref="SheetRefusedException"/> before it costs more than the limit.
    /// </summary>
    public static IEnumerable<SheetRow> StreamFirstSheet(Stream stream)
    {
        SheetLimits.CheckPackage(stream);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The file has no workbook.");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("The workbook has no sheet.");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var shared = SharedStrings(workbook.SharedStringTablePart);
        using var reader = OpenXmlReader.Create(part);
        var count = 0;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                reader.Read();
                continue;
            }
            // Loading the row moves the reader past it: no Read() after this.
            var row = (Row)reader.LoadCurrentElement()!;
            if (++count > SheetLimits.MaxRows) throw SheetLimits.TooManyRows();
            var cells = new List<string>();
            var formulas = new HashSet<int>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                if (column >= SheetLimits.MaxColumns) throw SheetLimits.TooManyColumns();
                while (cells.Count < column) cells.Add("");
                if (cell.CellFormula is not null) formulas.Add(column);
                cells.Add(TextOf(cell, shared).Trim());
            }
            yield return new SheetRow((int)(row.RowIndex?.Value ?? (uint)count), cells, formulas);
        }
    }

    /// <summary>The shared strings, read as a stream and refused past their limits (count and characters).</summary>
    private static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null) return strings;
        long characters = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement) continue;
            var text = reader.LoadCurrentElement()!.InnerText;
            if (strings.Count >= SheetLimits.MaxSharedStrings || (characters += text.Length) > SheetLimits.MaxSharedStringCharacters)
                throw SheetLimits.TooLarge();
            strings.Add(text);
        }
        return strings;
    }

    /// <summary>
    /// Writes one sheet: a header row, then the rows. Numbers stay numbers so Excel can sum them, and dates are dates
    /// (a <see cref="DateOnly"/> as 2026-12-03, a <see cref="DateTime"/> or <see cref="DateTimeOffset"/> as its clock
    /// time 2026-12-03 09:30) so Excel and WPS sort and filter them as dates; the caller gives times in China time.
    /// </summary>
    public static byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var memory = new MemoryStream();
        Write(memory, sheetName, headers, rows);
        return memory.ToArray();
    }

    /// <summary>
    /// Writes one sheet to a stream, a row at a time through the SDK's XML writer, so exporting the
    /// whole register never builds the sheet as a tree in memory.
    /// </summary>
    public static void Write(Stream output, string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows) =>
        Write(output, [new SheetContent(sheetName, headers, rows)]);

    /// <summary>A workbook of several sheets, each written as <see cref="Write(Stream, string, IReadOnlyList{string}, IEnumerable{IReadOnlyList{object}})"/>.</summary>
    public static byte[] Write(IReadOnlyList<SheetContent> sheets)
    {
        using var memory = new MemoryStream();
        Write(memory, sheets);
        return memory.ToArray();
    }

    private static void Write(Stream output, IReadOnlyList<SheetContent> sheets)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var entries = new Sheets();
        uint id = 1;
        foreach (var sheet in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(part))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                writer.WriteElement(RowOf(1, [.. sheet.Headers]));
                uint number = 2;
                foreach (var row in sheet.Rows) writer.WriteElement(RowOf(number++, row));
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            entries.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
        }
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        workbook.Workbook = new Workbook(entries);
    }

    // Style 1 shows a date, style 2 a date and time; style 0 is the default every workbook has.
    private const uint DateStyle = 1;
    private const uint DateTimeStyle = 2;

    /// <summary>The smallest stylesheet Excel accepts (one font, the two fills it reserves, one border) and the two date formats.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "yyyy-mm-dd hh:mm" }) { Count = 2 },
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true }) { Count = 3 });

    private static Cell DateCell(string reference, DateTime clock, uint style) => new()
    {
        CellReference = reference,
        StyleIndex = style,
        CellValue = new CellValue(clock.ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static Row RowOf(uint number, IReadOnlyList<object?> values)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < values.Count; i++)
        {
            var reference = $"{ColumnName(i)}{number}";
            row.Append(values[i] switch
            {
                null => new Cell { CellReference = reference },
                int or long or decimal or double => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToString(values[i], System.Globalization.CultureInfo.InvariantCulture)!),
                },
                DateOnly date => DateCell(reference, date.ToDateTime(TimeOnly.MinValue), DateStyle),
                DateTime clock => DateCell(reference, clock, DateTimeStyle),
                DateTimeOffset clock => DateCell(reference, clock.DateTime, DateTimeStyle),
                var v => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v.ToString()!)) },
            });
        }
        return row;
    }

    private static string TextOf(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(cell.CellValue?.Text, out var index) && index >= 0 && index < shared.Count ? shared[index] : "";
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        return cell.CellValue?.Text ?? "";
    }

    /// <summary>The exceptions with which the Open XML SDK says "this is not a workbook" (zip, package or XML level), and our refusals.</summary>
    public static bool IsUnreadable(Exception e) =>
        e is InvalidDataException or FileFormatException or OpenXmlPackageException or System.Xml.XmlException or SheetRefusedException;

    /// <summary>An unreadable or refused upload as the error of the form's file field.</summary>
    public static Api.FieldValidationException AsFileError(Exception e) => e is SheetRefusedException refused
        ? new("file", refused.MessageKey, refused.Arguments)
        : new("file", "Region.Import.NotXlsx");

    public static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            // Stop counting long before an absurd reference (ZZZZZZZZ1) overflows.
            if (index > SheetLimits.MaxColumns) return index;
        }
        return index - 1;
    }
}
