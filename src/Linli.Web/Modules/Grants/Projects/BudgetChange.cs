using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Grants.Projects;

public enum ChangeStatus
{
    Pending = 1,
    Approved = 2,
    Refused = 3,
}

/// <summary>
/// A request to move money between two budget lines of a project (预算调整), with its reason. Only once the program's
/// officers approve it do the lines' amounts move, so spending beyond a line needs an approved change first. The
/// project's total never changes.
/// </summary>
public sealed class BudgetChange : IOrganizationRun
{
    public const int MaxText = 500;

    public int Id { get; private set; }
    public int ProjectId { get; private set; }
    public int CommunityId { get; private set; }
    public int OrganizationId { get; private set; }
    public int FromLineId { get; private set; }
    public int ToLineId { get; private set; }
    public long AmountFen { get; private set; }
    public string Reason { get; private set; } = "";
    public ChangeStatus Status { get; private set; } = ChangeStatus.Pending;
    public string RequestedBy { get; private set; } = "";
    public DateTime RequestedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? Comment { get; private set; }

    private BudgetChange() { }

    public BudgetChange(GrantProject project, int fromLineId, int toLineId, long amountFen, string reason, string by, DateTime now)
    {
        ProjectId = project.Id;
        CommunityId = project.CommunityId;
        OrganizationId = project.OrganizationId;
        (FromLineId, ToLineId, AmountFen, Reason, RequestedBy, RequestedAt) = (fromLineId, toLineId, amountFen, reason, by, now);
    }
}
