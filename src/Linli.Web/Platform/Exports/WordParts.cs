using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Linli.Web.Platform.Exports;

/// <summary>The pieces Linli's Word documents are made of: paragraphs in SimSun, bordered tables, an A4 page.</summary>
public static class WordParts
{
    public static Paragraph Para(string text, int halfPoints, bool bold, JustificationValues justification)
    {
        var run = new RunProperties(new RunFonts { EastAsia = "SimSun" }, new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
        if (bold) run.PrependChild(new Bold());
        return new Paragraph(new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "120" }, new Justification { Val = justification }),
            new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    public static Table Table(string[] headers, IEnumerable<string[]> rows)
    {
        var border = new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        table.Append(Row(headers, header: true));
        foreach (var row in rows) table.Append(Row(row, header: false));
        return table;
    }

    /// <summary>A4 portrait with 2.54 cm margins, then the document saved; the bytes of the .docx.</summary>
    public static byte[] Document(Func<MainDocumentPart, Body> write)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = write(main);
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1440, Right = 1440, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static TableRow Row(string[] cells, bool header) => new([.. cells.Select(text =>
        new TableCell(new Paragraph(new Run(header ? new RunProperties(new Bold()) : new RunProperties(), new Text(text) { Space = SpaceProcessingModeValues.Preserve }))))]);
}
