using System.Text.Json;
using Linli.Web.Platform.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Linli.Web.Platform.Data;

/// <summary>
/// Refuses to save a text that breaks <see cref="TextRules"/> or a date outside <see cref="DateRange"/>, whatever path
/// it came by (API, page, import), as a field error named like the API's fields. The API's <see cref="Validated{T}"/>
/// filter catches most of it earlier; this is the net under the pages and imports.
/// </summary>
public sealed class SaneValuesInterceptor : SaveChangesInterceptor
{
    public static readonly SaneValuesInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null) return;
        var errors = new Dictionary<string, FieldError>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            foreach (var property in entry.Properties)
            {
                if (entry.State == EntityState.Modified && !property.IsModified) continue;
                var field = JsonNamingPolicy.CamelCase.ConvertName(property.Metadata.Name);
                if (property.CurrentValue is string text && !TextRules.IsClean(text)) errors.TryAdd(field, new FieldError(TextRules.MessageKey));
                else if (!DateRange.Contains(property.CurrentValue)) errors.TryAdd(field, DateRange.Error);
            }
        }
        if (errors.Count > 0) throw new FieldValidationException(errors);
    }
}
