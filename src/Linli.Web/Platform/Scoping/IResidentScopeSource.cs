namespace Linli.Web.Platform.Scoping;

/// <summary>A resident's scope: the communities of the people they act for, and those people (themselves and their wards).</summary>
public sealed record ResidentScope(IReadOnlyList<int> CommunityIds, IReadOnlyList<int> ResidentIds);

/// <summary>
/// Where the platform learns whom a resident's account stands for. The residents module owns the link between an
/// account and its register entry, so it answers; the platform never reads that module's tables.
/// </summary>
public interface IResidentScopeSource
{
    Task<ResidentScope> ForUserAsync(string userId, CancellationToken cancellationToken);
}
