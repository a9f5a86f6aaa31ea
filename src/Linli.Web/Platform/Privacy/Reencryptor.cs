using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Privacy;

/// <summary>
/// Key rotation, second half: after a new key becomes active, rewrite every sensitive value so it
/// is sealed with that key; then the old key can be removed. Values are rewritten in batches,
/// each row through EF so the converters do the work.
/// </summary>
public sealed class Reencryptor(LinliDb db, ILogger<Reencryptor> logger)
{
    private const int BatchSize = 500;

    public async Task<int> ReencryptAllAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var sensitive = entity.GetProperties().Where(p => p.GetValueConverter() is EncryptedStringConverter).Select(p => p.Name).ToList();
            if (sensitive.Count == 0) continue;
            var method = typeof(Reencryptor).GetMethod(nameof(ReencryptAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(entity.ClrType);
            var count = await (Task<int>)method.Invoke(this, [sensitive, cancellationToken])!;
            logger.LogInformation("Re-encrypted {Count} row(s) of {Entity}.", count, entity.DisplayName());
            total += count;
        }
        return total;
    }

    private async Task<int> ReencryptAsync<T>(List<string> properties, CancellationToken cancellationToken) where T : class
    {
        var count = 0;
        for (var skip = 0; ; skip += BatchSize)
        {
            var batch = await db.Set<T>().IgnoreQueryFilters().OrderBy(e => EF.Property<object>(e, db.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties[0].Name))
                .Skip(skip).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) return count;
            foreach (var row in batch)
            {
                foreach (var property in properties) db.Entry(row).Property(property).IsModified = true;
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            count += batch.Count;
        }
    }
}
