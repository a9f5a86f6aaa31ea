using System.Linq.Expressions;
using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Residents;

/// <summary>A recorded, non-sensitive care tag (empty-nest, party member, a community's own tag).</summary>
public sealed class ResidentTag : ICommunityOwned, ResidentAccess.IPersonal<ResidentTag>
{
    public static Expression<Func<ResidentTag, int?>> ResidentOf => t => t.ResidentId;

    public int ResidentId { get; private set; }
    public int CommunityId { get; private set; }
    public string Key { get; private set; } = "";

    private ResidentTag() { }

    public ResidentTag(Resident resident, string key)
    {
        ResidentId = resident.Id;
        CommunityId = resident.CommunityId;
        Key = key;
    }
}

/// <summary>
/// A sensitive care tag (disability, low income, chronic condition; PIPL Art. 28). What it is and its
/// details are sealed; only a keyed hash of the tag's key is readable, so lists can be filtered by it
/// by people allowed to, while a copy of the database shows nothing.
/// </summary>
public sealed class CareFlag : ICommunityOwned, ResidentAccess.IPersonal<CareFlag>
{
    public static Expression<Func<CareFlag, int?>> ResidentOf => f => f.ResidentId;

    public int Id { get; private set; }
    public int ResidentId { get; private set; }
    public int CommunityId { get; private set; }
    public string KeyLookup { get; private set; } = "";
    [Sensitive] public string Detail { get; private set; } = "";

    private CareFlag() { }

    public CareFlag(Resident resident, string keyLookup, string detail)
    {
        ResidentId = resident.Id;
        CommunityId = resident.CommunityId;
        KeyLookup = keyLookup;
        Detail = detail;
    }

    /// <summary>New details for the same tag (a disability's grade changed).</summary>
    public void Replace(string detail) => Detail = detail;
}
