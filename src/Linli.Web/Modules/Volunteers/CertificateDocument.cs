using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Linli.Web.Modules.Volunteers;

/// <summary>
/// The certificate as a Word document (Order 67 Art. 15: hours, content, recording unit), with its number and the QR
/// code of the public verification page. It prints on one A4 page; the seal line appears only when a seal was asked for, on each
/// issuer's line when it is issued jointly.
/// </summary>
public static class CertificateDocument
{
    public static byte[] Build(CertificateView certificate, string volunteerName, string volunteerNumber)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var period = certificate.From is { } from && certificate.To is { } to ? $"于{from:yyyy年M月d日}至{to:yyyy年M月d日}期间" : "";

            main.Document = new Document(new Body([
                Paragraph("志愿服务证明", 44, bold: true, JustificationValues.Center, spaceAfter: 600),
                Paragraph($"兹证明 {volunteerName}（志愿者编号：{volunteerNumber}）{period}在{certificate.RecordingUnit}参加志愿服务{certificate.Services}次，"
                    + $"累计服务时长 {certificate.Hours:0.##} 小时，服务内容包括：{certificate.Content}。", 28, bold: false, JustificationValues.Both, spaceAfter: 300, firstLineChars: true),
                Paragraph("特此证明。", 28, bold: false, JustificationValues.Both, spaceAfter: 900, firstLineChars: true),
                .. Issuers(certificate).Select(issuer => Paragraph(issuer + (certificate.Sealed ? "（盖章）" : ""), 28, bold: false, JustificationValues.Right, spaceAfter: 120)),
                Paragraph($"{certificate.IssuedAt:yyyy年M月d日}", 28, bold: false, JustificationValues.Right, spaceAfter: 900),
                Platform.Exports.WordParts.QrCode(main, certificate.VerifyUrl, 3.2),
                Paragraph($"证明编号：{certificate.Number}", 21, bold: false, JustificationValues.Center, spaceAfter: 60),
                Paragraph($"扫码或访问 {certificate.VerifyUrl} 查验真伪", 21, bold: false, JustificationValues.Center, spaceAfter: 0),
                new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
                    new PageMargin { Top = 1800, Bottom = 1440, Left = 1800, Right = 1800, Header = 720, Footer = 720, Gutter = 0 })]));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>The community records the service; a jointly issued certificate names the executing organization first, as the seeds' certificates do.</summary>
    private static IEnumerable<string> Issuers(CertificateView certificate) => certificate.CoIssuer is { } coIssuer
        ? [$"执行机构：{coIssuer}", $"社区：{certificate.RecordingUnit}"]
        : [$"记录单位：{certificate.RecordingUnit}"];

    private static Paragraph Paragraph(string text, int halfPoints, bool bold, JustificationValues justification, int spaceAfter, bool firstLineChars = false)
    {
        var runProperties = new RunProperties(new RunFonts { EastAsia = "SimSun", Ascii = "Times New Roman", HighAnsi = "Times New Roman" },
            new FontSize { Val = halfPoints.ToString() }, new FontSizeComplexScript { Val = halfPoints.ToString() });
        if (bold) runProperties.PrependChild(new Bold());
        var properties = new ParagraphProperties(new SpacingBetweenLines { After = spaceAfter.ToString(), Line = "440", LineRule = LineSpacingRuleValues.Auto },
            new Justification { Val = justification });
        if (firstLineChars) properties.Append(new Indentation { FirstLineChars = 200 });
        return new Paragraph(properties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
