using Linli.Web.Platform.Data;

namespace Linli.Web.Platform.Privacy;

/// <summary>Reads one sensitive field of one subject through the scoped context; null when the subject is out of scope or absent.</summary>
public delegate Task<string?> SensitiveFieldReader(LinliDb db, string subjectId, CancellationToken cancellationToken);

/// <summary>A field that can be unmasked. Modules register theirs: <c>services.AddSingleton(new SensitiveField("Resident", "idNumber", ...))</c>.</summary>
public sealed record SensitiveField(string SubjectType, string Field, SensitiveFieldReader Reader);

/// <summary>What can be unmasked: the fields every module registered. The unmask action reads through them only.</summary>
public sealed class SensitiveFieldReaders(IEnumerable<SensitiveField> fields)
{
    private readonly Dictionary<(string Subject, string Field), SensitiveFieldReader> readers =
        fields.ToDictionary(f => (f.SubjectType, f.Field), f => f.Reader);

    public SensitiveFieldReader? Find(string subjectType, string field) => readers.GetValueOrDefault((subjectType, field));
}
