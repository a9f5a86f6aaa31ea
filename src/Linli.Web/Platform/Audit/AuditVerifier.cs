using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Audit;

/// <summary>Result of walking the chain. <see cref="FirstTamperedSequence"/> is the first entry that does not check out.</summary>
public sealed record AuditVerification(bool Valid, long CheckedEntries, long? FirstTamperedSequence, string? Problem);

/// <summary>Walks the whole chain in sequence order, in batches, and reports the first entry that breaks it.</summary>
public sealed class AuditVerifier(LinliDb db)
{
    private const int BatchSize = 2000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        long expectedSequence = 1, checkedEntries = 0, after = 0;
        var previousHash = "";
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence > after)
                .OrderBy(a => a.Sequence).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) return new AuditVerification(true, checkedEntries, null, null);
            foreach (var entry in batch)
            {
                var problem = entry.Sequence != expectedSequence ? $"entry {expectedSequence} is missing"
                    : entry.PreviousHash != previousHash ? "its link to the previous entry is broken"
                    : entry.Hash != entry.ComputeHash() ? "its content does not match its hash"
                    : null;
                if (problem is not null)
                    return new AuditVerification(false, checkedEntries, Math.Min(entry.Sequence, expectedSequence), problem);
                previousHash = entry.Hash;
                expectedSequence++;
                checkedEntries++;
            }
            after = batch[^1].Sequence;
        }
    }
}
