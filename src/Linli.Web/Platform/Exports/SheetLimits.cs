using System.IO.Compression;

namespace Linli.Web.Platform.Exports;

/// <summary>A workbook refused before it could cost the server much: the key of the message to show, and its arguments.</summary>
public sealed class SheetRefusedException(string messageKey, params object[] arguments) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;
    public object[] Arguments { get; } = arguments;
}

/// <summary>
/// What an uploaded .xlsx may hold. An import sheet has a few dozen columns; anything far beyond that is a mistake
/// or an attack (a cell at ZZZZZ2, a zip that inflates a thousandfold), and is refused before it is read.
/// </summary>
public static class SheetLimits
{
    public const int MaxColumns = 200;
    public const int MaxRows = 200_000;
    public const long MaxUncompressedBytes = 512L * 1024 * 1024;
    public const int MaxSharedStrings = 2_000_000;
    public const long MaxSharedStringCharacters = 64L * 1024 * 1024;

    /// <summary>Deflate at its best packs about 1,000 to 1; real sheets stay far below 100 to 1.</summary>
    private const long MaxRatio = 200;
    private const long RatioCheckedFrom = 1024 * 1024;

    /// <summary>
    /// Checks the zip's entries before the package is opened: the sizes they declare (total and ratio), then that
    /// none inflates beyond what it declared. A bomb with honest headers is refused without inflating anything.
    /// </summary>
    public static void CheckPackage(Stream stream)
    {
        var start = stream.Position;
        using (var zip = OpenZip(stream))
        {
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxUncompressedBytes || (entry.Length > RatioCheckedFrom && entry.Length > MaxRatio * Math.Max(1, entry.CompressedLength)))
                    throw TooLarge();
            }
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using var content = entry.Open();
                long read = 0;
                for (int n; (n = content.Read(buffer)) > 0;)
                    if ((read += n) > entry.Length) throw TooLarge();
            }
        }
        stream.Position = start;
    }

    private static ZipArchive OpenZip(Stream stream)
    {
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            // A file shorter than a zip's directory record makes the seek fail before any format check.
            throw new InvalidDataException("The file is not a zip package.", e);
        }
    }

    public static SheetRefusedException TooLarge() => new("Sheet.TooLarge", MaxUncompressedBytes / 1024 / 1024);
    public static SheetRefusedException TooManyColumns() => new("Sheet.TooManyColumns", MaxColumns);
    public static SheetRefusedException TooManyRows() => new("Sheet.TooManyRows", MaxRows);
}
