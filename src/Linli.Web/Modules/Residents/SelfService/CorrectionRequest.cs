using System.Linq.Expressions;
using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Residents.SelfService;

public enum CorrectionStatus
{
    Open = 1,
    Done = 2,
    Declined = 3,
}

/// <summary>
/// A resident's request to correct their record (PIPL Arts. 45–46: access and correction). The requested
/// value may be an ID number or a phone, so it is sealed; staff answer with done (and edit the record)
/// or declined (with the reason the resident then reads in the portal).
/// </summary>
public sealed class CorrectionRequest : ICommunityOwned, ResidentAccess.IPersonal<CorrectionRequest>
{
    public static Expression<Func<CorrectionRequest, int?>> ResidentOf => c => c.ResidentId;

    public const int MaxLength = 500;

    public int Id { get; private set; }
    public int ResidentId { get; private set; }
    public int CommunityId { get; private set; }
    public string Field { get; private set; } = "";
    [Sensitive] public string Requested { get; private set; } = "";
    public CorrectionStatus Status { get; private set; } = CorrectionStatus.Open;
    public string? Response { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? ResolvedAt { get; private set; }
    public string? ResolvedBy { get; private set; }

    private CorrectionRequest() { }

    public CorrectionRequest(Resident resident, string field, string requested, DateTime now)
    {
        ResidentId = resident.Id;
        CommunityId = resident.CommunityId;
        Field = field;
        Requested = requested;
        CreatedAt = now;
    }

    public void Resolve(CorrectionStatus status, string? response, string by, DateTime now)
    {
        Status = status;
        Response = response;
        ResolvedBy = by;
        ResolvedAt = now;
    }
}
