using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Linli.Tests.Infrastructure;

/// <summary>Workbooks made by hand for the import tests: cells placed anywhere, formulas, and files that should never be read.</summary>
public static class SheetFiles
{
    /// <summary>The rows of a workbook's sheet by its name, each cell as text (inline strings and numbers, as Linli writes them).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(byte[] workbook, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var part = document.WorkbookPart!;
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var rows = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>();
        return [.. rows.Select(r => (IReadOnlyList<string>)[.. r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "")])];
    }

    /// <summary>A sheet of inline text cells keyed by reference ("A1"), and formulas (without a saved result) keyed the same way.</summary>
    public static byte[] Cells(IReadOnlyDictionary<string, string> texts, IReadOnlyDictionary<string, string>? formulas = null)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var part = workbook.AddNewPart<WorksheetPart>();
            var cells = texts.Select(t => (Reference: t.Key, Cell: new Cell { CellReference = t.Key, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(t.Value)) }))
                .Concat((formulas ?? new Dictionary<string, string>()).Select(f => (Reference: f.Key, Cell: new Cell { CellReference = f.Key, CellFormula = new CellFormula(f.Value) })));
            var rows = cells.GroupBy(c => uint.Parse(new string([.. c.Reference.SkipWhile(char.IsLetter)])))
                .OrderBy(g => g.Key)
                .Select(g => new Row(g.Select(c => c.Cell)) { RowIndex = g.Key });
            part.Worksheet = new Worksheet(new SheetData(rows));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "Sheet1" }));
        }
        return memory.ToArray();
    }

    /// <summary>A real workbook with one more part that inflates a thousandfold: 64 MB of zeros in a few dozen kilobytes.</summary>
    public static byte[] Bomb(byte[] workbook)
    {
        using var memory = new MemoryStream();
        memory.Write(workbook);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/media/padding.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++) entry.Write(zeros);
        }
        return memory.ToArray();
    }

    public static MultipartFormDataContent Upload(byte[] file, string name = "file.xlsx") =>
        new() { { new ByteArrayContent(file), "file", name } };
}
