using Linli.Web.Platform.Api;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Exports;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Files;

/// <summary>Reads and writes <see cref="StoredFile"/>s. The caller checks who may; this checks what the bytes are.</summary>
public sealed class FileStore(LinliDb db, TimeProvider clock)
{
    /// <summary>A phone's photo is 2–6 MB; more than this is a video or a scan that belongs elsewhere.</summary>
    public const int MaxImageBytes = 10 * 1024 * 1024;

    /// <summary>
    /// Stores a JPEG, PNG or WebP image, told apart by its first bytes, never by the name or the type the browser
    /// claims. Added to the context: the caller's SaveChanges writes it with whatever refers to it.
    /// </summary>
    public async Task<StoredFile> AddImageAsync(Stream content, string field, string uploadedBy, CancellationToken cancellationToken)
    {
        var bytes = await ReadAsync(content, field, cancellationToken);
        return Add(ImageType(bytes) ?? throw new FieldValidationException(field, "Files.NotAnImage"), bytes, uploadedBy);
    }

    /// <summary>
    /// Stores a paper a group or a project keeps (a charter, rules, minutes): PDF, Word, Excel, or a photo of the
    /// signed page. Told apart by its bytes like <see cref="AddImageAsync"/>.
    /// </summary>
    public async Task<StoredFile> AddDocumentAsync(Stream content, string field, string uploadedBy, CancellationToken cancellationToken)
    {
        var bytes = await ReadAsync(content, field, cancellationToken);
        return Add(DocumentType(bytes) ?? ImageType(bytes) ?? throw new FieldValidationException(field, "Files.NotADocument"), bytes, uploadedBy);
    }

    private StoredFile Add(string type, byte[] bytes, string uploadedBy)
    {
        var file = new StoredFile(type, bytes, uploadedBy, clock.GetUtcNow().UtcDateTime);
        db.Set<StoredFile>().Add(file);
        return file;
    }

    private static async Task<byte[]> ReadAsync(Stream content, string field, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxImageBytes) throw new FieldValidationException(field, "Files.TooLarge", MaxImageBytes / 1024 / 1024);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public async Task<StoredFile?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<StoredFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);

    /// <summary>Removes the file at once (inside the caller's transaction, if one is open).</summary>
    public async Task RemoveAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<StoredFile>().Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken);

    /// <summary>PDF by its header; Word and Excel files are zip archives told apart by the part they carry.</summary>
    private static string? DocumentType(byte[] bytes)
    {
        if (bytes is [(byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', ..]) return "application/pdf";
        if (bytes is not [0x50, 0x4B, 0x03, 0x04, ..]) return null;
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes), System.IO.Compression.ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null) return OfficeTypes.Docx;
            if (zip.GetEntry("xl/workbook.xml") is not null) return OfficeTypes.Xlsx;
        }
        catch (InvalidDataException)
        {
        }
        return null;
    }

    private static string? ImageType(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "image/webp",
        _ => null,
    };
}
