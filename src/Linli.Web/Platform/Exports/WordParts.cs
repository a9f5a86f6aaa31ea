using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

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

    private const long EmusPerCm = 360000;

    /// <summary>A centred paragraph holding a QR code of <paramref name="url"/>, <paramref name="centimetres"/> wide, stored as a PNG part of the document.</summary>
    public static Paragraph QrCode(MainDocumentPart main, string url, double centimetres)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream(Qr.QrCode.Png(url, 6))) part.FeedData(png);
        var size = (long)(centimetres * EmusPerCm);
        var drawing = new Drawing(new DW.Inline(
            new DW.Extent { Cx = size, Cy = size },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = 1U, Name = "QR" },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = "qr.png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = size, Cy = size }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
        return new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(drawing));
    }

    private static TableRow Row(string[] cells, bool header) => new([.. cells.Select(text =>
        new TableCell(new Paragraph(new Run(header ? new RunProperties(new Bold()) : new RunProperties(), new Text(text) { Space = SpaceProcessingModeValues.Preserve }))))]);
}
