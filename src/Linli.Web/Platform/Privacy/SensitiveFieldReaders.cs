using Linli.Web.Platform.Data;

namespace Linli.Web.Platform.Privacy;

/// <summary>Reads one sensitive field of one subject through the scoped context; null when the subject is out of scope or absent.</summary>
public delegate Task<string?> SensitiveFieldReader(LinliDb db, string subjectId, CancellationToken cancellationToken);

/// <summary>
/// What can be unmasked. Each module registers its sensitive fields at start-up
/// (<c>readers.Add("Resident", "idNumber", ...)</c>); the unmask action reads through them only.
/// </summary>
public sealed class SensitiveFieldReaders
{
    private readonly Dictionary<(string Subject, string Field), SensitiveFieldReader> readers = [];

    public SensitiveFieldReaders Add(string subjectType, string field, SensitiveFieldReader reader)
    {
        readers.Add((subjectType, field), reader);
        return this;
    }

    public SensitiveFieldReader? Find(string subjectType, string field) =>
        readers.GetValueOrDefault((subjectType, field));

    public IEnumerable<string> Known => readers.Keys.Select(k => $"{k.Subject}.{k.Field}");
}
