using QRCoder;

namespace Linli.BrowserTests;

/// <summary>
/// What Chromium's fake camera shows (--use-file-for-fake-video-capture): a Y4M video of a book label, a QR code of
/// one copy's barcode on white, as a phone held over the label would see it.
/// </summary>
public static class FakeCamera
{
    public const string Label = "QT-0008";
    private const int Width = 640, Height = 480, Module = 10, Frames = 10;

    public static string Write(string directory)
    {
        using var generator = new QRCodeGenerator();
        using var code = generator.CreateQrCode(Label, QRCodeGenerator.ECCLevel.M);
        var modules = code.ModuleMatrix;
        var size = modules.Count * Module;
        var (left, top) = ((Width - size) / 2, (Height - size) / 2);
        var luma = new byte[Width * Height];
        Array.Fill(luma, (byte)235);
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
                if (modules[y / Module][x / Module]) luma[(top + y) * Width + left + x] = 16;
        var chroma = new byte[Width / 2 * (Height / 2)];
        Array.Fill(chroma, (byte)128);

        var path = Path.Combine(directory, "book-label.y4m");
        using var file = File.Create(path);
        file.Write(System.Text.Encoding.ASCII.GetBytes($"YUV4MPEG2 W{Width} H{Height} F10:1 Ip A1:1 C420jpeg\n"));
        for (var frame = 0; frame < Frames; frame++)
        {
            file.Write("FRAME\n"u8);
            file.Write(luma);
            file.Write(chroma);
            file.Write(chroma);
        }
        return path;
    }
}
