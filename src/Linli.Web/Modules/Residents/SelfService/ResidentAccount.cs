using System.Linq.Expressions;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Residents.SelfService;

/// <summary>Which register entry a resident's portal account is: the person signed in sees this record as their own.</summary>
public sealed class ResidentAccount : ICommunityOwned, ResidentAccess.IPersonal<ResidentAccount>
{
    public static Expression<Func<ResidentAccount, int?>> ResidentOf => a => a.ResidentId;

    public string UserId { get; private set; } = "";
    public int ResidentId { get; private set; }
    public int CommunityId { get; private set; }

    private ResidentAccount() { }

    public ResidentAccount(string userId, Resident resident)
    {
        UserId = userId;
        ResidentId = resident.Id;
        CommunityId = resident.CommunityId;
    }
}
