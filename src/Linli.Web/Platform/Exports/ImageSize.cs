using System.Buffers.Binary;

namespace Linli.Web.Platform.Exports;

/// <summary>The pixel size written in a PNG's or JPEG's header, so a document keeps a photo's proportions.</summary>
public static class ImageSize
{
    public static (int Width, int Height)? Of(ReadOnlySpan<byte> image)
    {
        // PNG: the signature (8 bytes), then the IHDR chunk: length (4), type (4), width (4), height (4).
        if (image.Length >= 24 && image[..8].SequenceEqual<byte>([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            return Positive(BinaryPrimitives.ReadInt32BigEndian(image[16..]), BinaryPrimitives.ReadInt32BigEndian(image[20..]));
        if (image.Length < 4 || image[0] != 0xFF || image[1] != 0xD8) return null;
        // JPEG: walk the segments to the first start-of-frame (C0–CF, except DHT C4, JPG C8 and DAC CC).
        for (var i = 2; i + 9 < image.Length;)
        {
            if (image[i] != 0xFF) return null;
            var marker = image[i + 1];
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
                return Positive(BinaryPrimitives.ReadUInt16BigEndian(image[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(image[(i + 5)..]));
            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(image[(i + 2)..]);
        }
        return null;
    }

    private static (int, int)? Positive(int width, int height) => width > 0 && height > 0 ? (width, height) : null;
}
