namespace Linli.Web.Platform.Files;

/// <summary>
/// An uploaded file (an activity's photo, a group's charter), kept in the database so one backup holds
/// everything (docs/decisions/0006-files-in-the-database.md). Modules keep a reference and decide who may read it.
/// </summary>
public sealed class StoredFile
{
    public Guid Id { get; private set; }
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }
    /// <summary>Hex SHA-256 of the content: the same photo uploaded twice is noticed, and a copy can be checked.</summary>
    public string Sha256 { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public string UploadedBy { get; private set; } = "";
    public DateTime UploadedAt { get; private set; }

    private StoredFile() { }

    public StoredFile(string contentType, byte[] content, string uploadedBy, DateTime uploadedAt)
    {
        Id = Guid.CreateVersion7(uploadedAt);
        ContentType = contentType;
        Content = content;
        Length = content.LongLength;
        Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }
}
