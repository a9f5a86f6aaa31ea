namespace Linli.Web.Platform.Audit;

/// <summary>
/// How the audit log names one kind of record: a module registers one for each record type it audits, so the log
/// shows "居民 王秀兰" instead of "Resident #12" without the platform reading the module's tables.
/// </summary>
/// <param name="SubjectType">The subject type as recorded ("Resident").</param>
/// <param name="SummaryKeys">The summary keys that hold ids of the same kind ("guardian" in <c>guardian=12</c>).</param>
/// <param name="NamesAsync">The names of the ids the reader's scope shows; an id left out keeps its number.</param>
public sealed record AuditNames(string SubjectType, string[] SummaryKeys,
    Func<IServiceProvider, IReadOnlyList<string>, CancellationToken, Task<IReadOnlyDictionary<string, string>>> NamesAsync)
{
    /// <summary>For records with integer ids, the common case.</summary>
    public static AuditNames ByNumber(string subjectType, string[] summaryKeys,
        Func<IServiceProvider, IReadOnlyList<int>, CancellationToken, Task<Dictionary<int, string>>> names) =>
        new(subjectType, summaryKeys, async (services, ids, cancellationToken) =>
        {
            var numbers = ids.Select(id => int.TryParse(id, out var n) ? n : (int?)null).OfType<int>().Distinct().ToList();
            if (numbers.Count == 0) return new Dictionary<string, string>();
            return (await names(services, numbers, cancellationToken)).ToDictionary(p => p.Key.ToString(), p => p.Value);
        });
}
