namespace Linli.Web.Platform.Scoping;

/// <summary>
/// Whose eyes the current unit of work sees through. Scoped per request. It starts as "nobody",
/// so code that forgets to establish a scope sees nothing rather than everything; the request
/// middleware fills it from the signed-in user, and start-up jobs call <see cref="ActAsSystem"/>.
/// </summary>
public sealed class AccessScope
{
    public bool SeesAll { get; private set; }

    /// <summary>Paths ("/1/4/") of the region nodes the user is assigned to; each grants its subtree.</summary>
    public string[] RegionPaths { get; private set; } = [];

    /// <summary>Communities whose records the caller may see: those inside the assigned subtrees, and the
    /// community above an assignment made below community level (a grid worker's compound).</summary>
    public int[] CommunityIds { get; private set; } = [];

    public string? UserId { get; private set; }
    public string? UserName { get; private set; }

    public bool IsSystem => SeesAll && UserId is null;

    public void ActAsSystem()
    {
        SeesAll = true;
        UserId = null;
        UserName = "system";
        RegionPaths = [];
        CommunityIds = [];
    }

    public void ActAs(string userId, string userName, bool seesAll, IEnumerable<string> regionPaths, IEnumerable<int>? communityIds = null)
    {
        UserId = userId;
        UserName = userName;
        SeesAll = seesAll;
        RegionPaths = [.. regionPaths];
        CommunityIds = [.. communityIds ?? []];
    }

    public bool CoversCommunity(int communityId) => SeesAll || CommunityIds.Contains(communityId);

    /// <summary>True when the node at <paramref name="path"/> lies inside the caller's scope.</summary>
    public bool Covers(string path) => SeesAll || RegionPaths.Any(path.StartsWith);
}
