namespace Linli.Web.Platform.Scoping;

/// <summary>
/// A record that belongs to a region above community level: a district's grant program, the partners it registered.
/// LinliDb shows it to whoever works inside that region — the district's officers down to each community's staff
/// (<see cref="AccessScope.AncestorRegionIds"/>) — and to those assigned above it; a resident sees none.
/// </summary>
public interface IRegionOwned
{
    int RegionId { get; }

    /// <summary>The region's path ("/1/4/"), copied in so the filter needs no join.</summary>
    string RegionPath { get; }
}

/// <summary>
/// A community record that a social organization runs (a grant project): visible to the community's staff as any
/// community record, and to the organization's own accounts (<see cref="AccessScope.OrganizationIds"/>).
/// </summary>
public interface IOrganizationRun : ICommunityOwned
{
    int OrganizationId { get; }
}

/// <summary>Whom a social organization's account acts for: its organizations and the paths of the regions that registered them.</summary>
public sealed record OrganizationScope(IReadOnlyList<int> OrganizationIds, IReadOnlyList<string> RegisteredInPaths);

/// <summary>The partners module owns the link between an account and its organization, so it answers; the platform never reads its tables.</summary>
public interface IOrganizationScopeSource
{
    Task<OrganizationScope> ForUserAsync(string userId, CancellationToken cancellationToken);
}
