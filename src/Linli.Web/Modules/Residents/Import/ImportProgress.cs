using System.Collections.Concurrent;

namespace Linli.Web.Modules.Residents.Import;

public enum ImportPhase
{
    Reading = 1,
    Checking = 2,
    Writing = 3,
    Done = 4,
    Rejected = 5,
}

/// <summary>Where an import stands: rows read (or written, in the writing phase) so far.</summary>
public sealed record ImportStatus(ImportPhase Phase, int Rows, int? Total);

/// <summary>
/// Progress of running imports, keyed by a token the uploading page (or API client) makes up, and
/// readable only by the user who started the import. A 100,000-row sheet takes a quarter of a minute;
/// the page polls this while its upload request is still running. Entries go after an hour.
/// </summary>
public sealed class ImportProgress(TimeProvider clock)
{
    private DateTimeOffset Now => clock.GetUtcNow();

    private readonly ConcurrentDictionary<string, (string UserId, ImportStatus Status, DateTimeOffset At)> imports = new();

    public IProgress<ImportStatus> Track(string? token, string userId)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64) return new Progress<ImportStatus>();
        foreach (var old in imports.Where(i => Now - i.Value.At > TimeSpan.FromHours(1))) imports.TryRemove(old.Key, out _);
        return new Reporter(this, token, userId);
    }

    public ImportStatus? Read(string token, string userId) =>
        imports.TryGetValue(token, out var entry) && entry.UserId == userId ? entry.Status : null;

    /// <summary>Reports synchronously (Progress&lt;T&gt; would post to the thread pool and could land after "done").</summary>
    private sealed class Reporter(ImportProgress owner, string token, string userId) : IProgress<ImportStatus>
    {
        public void Report(ImportStatus value) => owner.imports[token] = (userId, value, owner.Now);
    }
}
