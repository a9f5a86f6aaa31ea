using QRCoder;

namespace Linli.Web.Platform.Qr;

/// <summary>QR codes as PNG, for posters (an activity's check-in), cards (a resident's code) and certificates.</summary>
public static class QrCode
{
    public static byte[] Png(string text, int pixelsPerModule = 8)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    /// <summary>For an &lt;img src&gt; on a page, so the code prints with it.</summary>
    public static string DataUri(string text, int pixelsPerModule = 8) => "data:image/png;base64," + Convert.ToBase64String(Png(text, pixelsPerModule));
}
