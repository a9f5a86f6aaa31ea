using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Assemblies;

public sealed record CountInput(string? Counters, string? Readers, string? Supervisors);

public sealed record PublishInput(int? DisplayDays);

public sealed record CountView(int AssemblyId, string Counters, string Readers, string Supervisors, string SignedOffBy, DateTimeOffset SignedOffAt, string ResultHash,
    DateTimeOffset? PublishedAt, DateOnly? DisplayUntil, bool PublishedLate);

/// <summary>What the compound's public page shows: the assembly, the signed result, the counting session, the display period. No names of voters.</summary>
public sealed record PublicResult(string Title, string Compound, AssemblyMethod Method, DateOnly NoticedOn, DateTimeOffset OpensAt, DateTimeOffset ClosesAt,
    ResultView Result, CountView Count);

/// <summary>
/// After the voting closes: the counting session signs off the result, then the result goes on public display —
/// within 3 days of the count (Beijing 2024, Shanghai) and for at least 15 days (Qingyuan 2022), both settings
/// (Linli:Assemblies:PublishWithinDays, Linli:Assemblies:DisplayDays). Publishing late is allowed and says so.
/// </summary>
public sealed class AssemblyPublication(LinliDb db, AssembliesService assemblies, AssemblyResults results, CompoundGovernance governance, AuditLog audit,
    AccessScope scope, TimeProvider clock, IConfiguration configuration)
{
    private int PublishWithinDays => configuration.GetValue("Linli:Assemblies:PublishWithinDays", 3);
    private int DisplayDays => Math.Max(15, configuration.GetValue("Linli:Assemblies:DisplayDays", 15));

    public async Task<CountView> SignOffAsync(int id, CountInput input, CancellationToken cancellationToken)
    {
        var assembly = await assemblies.GetAsync(id, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var counters = errors.Text(input.Counters, "counters", AssemblyCount.MaxNames);
        var readers = errors.Text(input.Readers, "readers", AssemblyCount.MaxNames);
        var supervisors = errors.Text(input.Supervisors, "supervisors", AssemblyCount.MaxNames);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (assembly.Status != AssemblyStatus.Closed) throw new ConflictException("Assembly.CountBeforeClose");

        var counted = await results.CountAsync(id, cancellationToken);
        var result = JsonSerializer.Serialize(counted, Json);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(result)));
        var count = new AssemblyCount(assembly, counters, readers, supervisors, scope.UserName ?? "", result, hash, clock.GetUtcNow().UtcDateTime);
        // The count and the founding documents it adopts stand or fall together.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(count);
        await db.SaveOrConflictAsync("Assembly.AlreadyCounted", cancellationToken);
        await governance.AdoptFromCountAsync(assembly, counted, ChinaTime.Today(clock), cancellationToken);
        await audit.RecordAsync("assembly.counted", "Assembly", id.ToString(), $"result sha256={hash}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return View(count);
    }

    public async Task<CountView> PublishAsync(int id, PublishInput input, CancellationToken cancellationToken)
    {
        await assemblies.GetAsync(id, cancellationToken);
        var days = input.DisplayDays ?? DisplayDays;
        if (days < 15) throw new FieldValidationException("displayDays", "Assembly.DisplayTooShort", 15);
        var count = await db.Set<AssemblyCount>().FirstOrDefaultAsync(c => c.AssemblyId == id, cancellationToken) ?? throw new ConflictException("Assembly.NotCounted");
        if (count.PublishedAt is not null) throw new ConflictException("Assembly.AlreadyPublished");
        count.Publish(clock.GetUtcNow().UtcDateTime, ChinaTime.Today(clock).AddDays(days));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("assembly.published", "Assembly", id.ToString(), $"until {count.DisplayUntil:yyyy-MM-dd}", cancellationToken);
        return View(count);
    }

    public async Task<CountView?> CountOfAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<AssemblyCount>().AsNoTracking().FirstOrDefaultAsync(c => c.AssemblyId == id, cancellationToken) is { } count ? View(count) : null;

    /// <summary>The notice to print: the published result, as the public page shows it (409 before publication).</summary>
    public async Task<(string Name, byte[] Content)> NoticeAsync(int id, CancellationToken cancellationToken)
    {
        await assemblies.GetAsync(id, cancellationToken);
        var notice = await PublicAsync(id, cancellationToken) ?? throw new ConflictException("Assembly.NotPublished");
        return ($"{notice.Compound}业主大会表决结果公告.docx", ResultNotice.Build(notice));
    }

    /// <summary>
    /// A published result for anyone with the link, read past the scope (listed in IgnoreQueryFiltersTests): only what
    /// the notice on the compound's board says, never a voter's name or choice.
    /// </summary>
    public async Task<PublicResult?> PublicAsync(int id, CancellationToken cancellationToken)
    {
        var count = await db.Set<AssemblyCount>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(c => c.AssemblyId == id && c.PublishedAt != null, cancellationToken);
        if (count is null) return null;
        var assembly = await db.Set<OwnersAssembly>().IgnoreQueryFilters().AsNoTracking().FirstAsync(a => a.Id == id, cancellationToken);
        var compound = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => r.Id == assembly.CompoundId).Select(r => r.Name).FirstAsync(cancellationToken);
        return new PublicResult(assembly.Title, compound, assembly.Method, assembly.NoticedOn, ChinaTime.ToOffset(assembly.OpensAt), ChinaTime.ToOffset(assembly.ClosesAt),
            ResultOf(count.ResultJson), View(count));
    }

    /// <summary>A signed result, as it was counted.</summary>
    public static ResultView ResultOf(string resultJson) => JsonSerializer.Deserialize<ResultView>(resultJson, Json)!;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private CountView View(AssemblyCount c) => new(c.AssemblyId, c.Counters, c.Readers, c.Supervisors, c.SignedOffBy, ChinaTime.ToOffset(c.SignedOffAt), c.ResultHash,
        ChinaTime.ToOffset(c.PublishedAt), c.DisplayUntil, c.PublishedAt is { } at && DateOnly.FromDateTime(ChinaTime.FromUtc(at)) > DateOnly.FromDateTime(ChinaTime.FromUtc(c.SignedOffAt)).AddDays(PublishWithinDays));
}
