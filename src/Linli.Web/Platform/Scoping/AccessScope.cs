namespace Linli.Web.Platform.Scoping;

/// <summary>
/// Whose eyes the current unit of work sees through. Scoped per request. It starts as "nobody",
/// so code that forgets to establish a scope sees nothing rather than everything; the request
/// middleware fills it from the signed-in user, and start-up jobs call <see cref="ActAsSystem"/>.
/// Staff see the communities of their assigned regions; a resident (<see cref="IsResident"/>) sees what
/// their community shares with residents and, of personal records, only their own and their wards'.
/// </summary>
public sealed class AccessScope
{
    public bool SeesAll { get; private set; }

    /// <summary>Paths ("/1/4/") of the region nodes the user is assigned to; each grants its subtree.</summary>
    public string[] RegionPaths { get; private set; } = [];

    /// <summary>Communities whose records the caller may see: those inside the assigned subtrees, and the
    /// community above an assignment made below community level (a grid worker's compound).</summary>
    public int[] CommunityIds { get; private set; } = [];

    /// <summary>Every region node on the way down to an assignment, the assigned ones included: a district's grant program
    /// concerns the staff of each of its communities (<see cref="IRegionOwned"/>).</summary>
    public int[] AncestorRegionIds { get; private set; } = [];

    /// <summary>The social organizations the caller works for (an account of the SocialOrganization role): their own
    /// applications and projects are visible whatever community they serve (<see cref="IOrganizationRun"/>).</summary>
    public int[] OrganizationIds { get; private set; } = [];

    /// <summary>Resident mode: the portal's view, narrowed further by <see cref="ResidentIds"/> (see <see cref="ResidentAccess"/>).</summary>
    public bool IsResident { get; private set; }

    /// <summary>In resident mode: the resident's own register entry and those of the children in their care.</summary>
    public int[] ResidentIds { get; private set; } = [];

    /// <summary>The same ids as the query filters compare them, with personal records whose resident may be absent (int?).</summary>
    internal int?[] ResidentIdsForFilter { get; private set; } = [];

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
        AncestorRegionIds = [];
        OrganizationIds = [];
        IsResident = false;
        ResidentIds = [];
        ResidentIdsForFilter = [];
    }

    public void ActAs(string userId, string userName, bool seesAll, IEnumerable<string> regionPaths, IEnumerable<int>? communityIds = null)
    {
        UserId = userId;
        UserName = userName;
        SeesAll = seesAll;
        RegionPaths = [.. regionPaths];
        CommunityIds = [.. communityIds ?? []];
        AncestorRegionIds = [.. RegionPaths.SelectMany(AncestorsOf).Distinct()];
        OrganizationIds = [];
        IsResident = false;
        ResidentIds = [];
        ResidentIdsForFilter = [];
    }

    /// <summary>A social organization's account: no region, no community; its organizations' own records, and what the
    /// regions that registered them publish (their grant programs).</summary>
    public void ActAsOrganization(string userId, string userName, IEnumerable<int> organizationIds, IEnumerable<string> registeredInPaths)
    {
        ActAs(userId, userName, false, []);
        AncestorRegionIds = [.. registeredInPaths.SelectMany(AncestorsOf).Distinct()];
        OrganizationIds = [.. organizationIds.Distinct()];
    }

    private static IEnumerable<int> AncestorsOf(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse);

    /// <summary>A resident in the portal: their community (and a ward's, should it differ), their own and their wards' records.</summary>
    public void ActAsResident(string userId, string userName, IEnumerable<int> communityIds, IEnumerable<int> residentIds)
    {
        UserId = userId;
        UserName = userName;
        SeesAll = false;
        RegionPaths = [];
        CommunityIds = [.. communityIds.Distinct()];
        AncestorRegionIds = [];
        OrganizationIds = [];
        IsResident = true;
        ResidentIds = [.. residentIds.Distinct()];
        ResidentIdsForFilter = [.. ResidentIds.Select(id => (int?)id)];
    }

    /// <summary>Whether staff of this scope may act in the community. A resident's community is theirs to see, not to manage.</summary>
    public bool CoversCommunity(int communityId) => SeesAll || (!IsResident && CommunityIds.Contains(communityId));

    /// <summary>True when the node at <paramref name="path"/> lies inside the caller's scope.</summary>
    public bool Covers(string path) => SeesAll || RegionPaths.Any(path.StartsWith);
}
