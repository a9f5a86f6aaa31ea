using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Linli.Web.Platform.Audit;

/// <summary>
/// One important act. Entries form a chain: each hash covers the entry's fields and the previous
/// entry's hash, so editing, deleting or reordering any entry breaks every hash after it.
/// Summaries never hold personal data: they name subjects by id.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; private set; }
    public long Sequence { get; private set; }
    public DateTime At { get; private set; }
    public string? ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string? SubjectType { get; private set; }
    public string? SubjectId { get; private set; }
    public string Summary { get; private set; } = "";
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    private AuditEntry() { }

    public static AuditEntry Chain(long sequence, string previousHash, DateTime at, string? actorId, string actorName,
        string action, string? subjectType, string? subjectId, string summary)
    {
        var entry = new AuditEntry
        {
            Sequence = sequence,
            PreviousHash = previousHash,
            // Both databases keep microseconds; truncating first makes the hash survive the round trip.
            At = new DateTime(at.Ticks - at.Ticks % 10, DateTimeKind.Utc),
            ActorId = actorId,
            ActorName = actorName,
            Action = action,
            SubjectType = subjectType,
            SubjectId = subjectId,
            Summary = summary,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    public string ComputeHash()
    {
        // A JSON array is an unambiguous encoding: no field can impersonate a delimiter.
        var canonical = JsonSerializer.Serialize(new object?[]
        {
            Sequence, At.ToString("O"), ActorId, ActorName, Action, SubjectType, SubjectId, Summary, PreviousHash,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
