using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Linli.Tests.Infrastructure;

/// <summary>Reads a cell of an exported workbook as Excel does: a serial number shown through its number format.</summary>
public static class XlsxDates
{
    /// <summary>The cell's date and the format code that shows it; fails when the cell is text or a plain number.</summary>
    public static (DateTime Value, string Format) DateAt(byte[] workbook, string reference)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var part = document.WorkbookPart!;
        var cell = part.WorksheetParts.First().Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
        Assert.Null(cell.DataType);
        var format = part.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        var code = part.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value!;
        return (DateTime.FromOADate(double.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)), code);
    }
}
