using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Linli.Web.Platform.Exports;

/// <summary>
/// A long Word document: a cover without a page number, a table of contents, chapters under Word's own Heading 1 and
/// Heading 2 styles, pictures, and "第 X 页 共 Y 页" in the footer. The contents lists every heading with a PAGEREF
/// to its bookmark, so LibreOffice and Word show the pages on opening (Word refreshes fields on opening: updateFields).
/// </summary>
public sealed class WordBook
{
    private const long EmusPerCm = 360000;
    private readonly MainDocumentPart main;
    private readonly List<OpenXmlElement> elements = [];
    private readonly List<(string Text, int Level, string Bookmark)> headings = [];
    private int contentsAt = -1;
    private uint nextId = 1;

    private WordBook(MainDocumentPart main) => this.main = main;

    public static byte[] Write(Action<WordBook> write)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var book = new WordBook(document.AddMainDocumentPart());
            write(book);
            book.Finish();
        }
        return stream.ToArray();
    }

    /// <summary>The cover: a title, lines under it, then a new page.</summary>
    public void Cover(string title, params string[] lines)
    {
        elements.Add(Spacer(2400));
        elements.Add(Text(title, 52, bold: true, JustificationValues.Center, after: 600));
        foreach (var line in lines) elements.Add(Text(line, 30, bold: false, JustificationValues.Center, after: 200));
        PageBreak();
    }

    /// <summary>Where the table of contents goes ("目录"), then a new page.</summary>
    public void Contents(string title)
    {
        elements.Add(Text(title, 32, bold: true, JustificationValues.Center, after: 300));
        contentsAt = elements.Count;
        PageBreak();
    }

    public void Heading(string text, int level)
    {
        var bookmark = "_Toc" + (headings.Count + 1).ToString(CultureInfo.InvariantCulture);
        var id = (headings.Count + 1).ToString(CultureInfo.InvariantCulture);
        headings.Add((text, level, bookmark));
        elements.Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = level == 1 ? "Heading1" : "Heading2" }),
            new BookmarkStart { Name = bookmark, Id = id }, new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }), new BookmarkEnd { Id = id }));
    }

    /// <summary>Body text; each line of <paramref name="text"/> a paragraph with a two-character first-line indent.</summary>
    public void Paragraphs(string text)
    {
        foreach (var line in text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            elements.Add(new Paragraph(new ParagraphProperties(new Indentation { FirstLineChars = 200 }, new SpacingBetweenLines { After = "120", Line = "360", LineRule = LineSpacingRuleValues.Auto }),
                new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
    }

    public void Table(string[] headers, IEnumerable<string[]> rows) => elements.Add(WordParts.Table(headers, rows));

    /// <summary>A centred picture <paramref name="widthCm"/> wide (height by the image's own proportions) with its caption under it.</summary>
    public void Picture(byte[] image, string contentType, double widthCm, string caption)
    {
        var part = main.AddImagePart(contentType == "image/png" ? ImagePartType.Png : ImagePartType.Jpeg);
        using (var content = new MemoryStream(image)) part.FeedData(content);
        var (pixelsWide, pixelsHigh) = ImageSize.Of(image) ?? (4, 3);
        var cx = (long)(widthCm * EmusPerCm);
        var cy = cx * pixelsHigh / pixelsWide;
        var id = nextId++;
        var drawing = new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = "Picture " + id },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = $"photo{id}" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
        elements.Add(new Paragraph(new ParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }), new Run(drawing)));
        elements.Add(Text(caption, 20, bold: false, JustificationValues.Center, after: 240));
    }

    public void PageBreak() => elements.Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    private void Finish()
    {
        if (contentsAt >= 0) elements.InsertRange(contentsAt, ContentsEntries());
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new Text("第 ") { Space = SpaceProcessingModeValues.Preserve }), new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" 页 共 ") { Space = SpaceProcessingModeValues.Preserve }), new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " },
            new Run(new Text(" 页") { Space = SpaceProcessingModeValues.Preserve })));
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
        var body = new Body(elements);
        body.Append(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1440, Bottom = 1440, Left = 1800, Right = 1800, Header = 720, Footer = 720, Gutter = 0 },
            new TitlePage()));
        main.Document = new Document(body);
        main.Document.Save();
    }

    /// <summary>
    /// One entry per heading: its text, a dot leader and a PAGEREF to the heading's bookmark, which LibreOffice and
    /// Word lay out themselves. Not wrapped in a TOC field: LibreOffice would keep such an index's cached text.
    /// </summary>
    private IEnumerable<Paragraph> ContentsEntries() => headings.Select(h => new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = h.Level == 1 ? "TOC1" : "TOC2" }),
        new Hyperlink(
            new Run(new Text(h.Text) { Space = SpaceProcessingModeValues.Preserve }), new Run(new TabChar()),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode($" PAGEREF {h.Bookmark} \\h ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }), new Run(new Text("1")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })) { Anchor = h.Bookmark, History = true }));

    private static Styles Styles()
    {
        static Style Paragraph(string id, string name, int halfPoints, bool bold, int? outline, int indentChars = 0, bool tab = false)
        {
            var run = new StyleRunProperties(new RunFonts { EastAsia = "SimSun", Ascii = "Times New Roman", HighAnsi = "Times New Roman" },
                new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
            if (bold) run.Append(new Bold());
            var paragraph = new StyleParagraphProperties(new SpacingBetweenLines { Before = outline is null ? "0" : "240", After = "120" });
            if (outline is { } level) paragraph.Append(new KeepNext(), new OutlineLevel { Val = level });
            if (indentChars > 0) paragraph.Append(new Indentation { LeftChars = indentChars });
            if (tab) paragraph.Append(new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = 8300 }));
            return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle(), paragraph, run)
            { Type = StyleValues.Paragraph, StyleId = id };
        }
        var normal = new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(),
            new StyleRunProperties(new RunFonts { EastAsia = "SimSun", Ascii = "Times New Roman", HighAnsi = "Times New Roman" }, new FontSize { Val = "24" }))
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        return new Styles(normal,
            Paragraph("Heading1", "heading 1", 36, bold: true, outline: 0),
            Paragraph("Heading2", "heading 2", 28, bold: true, outline: 1),
            Paragraph("TOC1", "toc 1", 24, bold: false, outline: null, tab: true),
            Paragraph("TOC2", "toc 2", 24, bold: false, outline: null, indentChars: 200, tab: true));
    }

    private static Paragraph Text(string text, int halfPoints, bool bold, JustificationValues justification, int after)
    {
        var run = new RunProperties(new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
        if (bold) run.PrependChild(new Bold());
        return new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = after.ToString(CultureInfo.InvariantCulture) }, new Justification { Val = justification }),
            new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Paragraph Spacer(int before) => new(new ParagraphProperties(new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture) }));
}
