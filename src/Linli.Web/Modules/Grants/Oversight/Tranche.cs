using Linli.Web.Modules.Grants.Projects;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Grants.Oversight;

/// <summary>
/// A disbursement tranche (分期拨付) of a project's agreement: its amount and the condition that releases it — a
/// milestone reached, or a passed (or rectified) review of a stage, or nothing for the first payment on signing.
/// Paid in order; the tranches add up to the amount awarded.
/// </summary>
public sealed class Tranche : IOrganizationRun
{
    public const int MaxNote = 200;

    public int Id { get; private set; }
    public int ProjectId { get; private set; }
    public int CommunityId { get; private set; }
    public int OrganizationId { get; private set; }
    public int Sequence { get; private set; }
    public long AmountFen { get; private set; }
    public int? MilestoneId { get; private set; }
    public ReviewStage? AfterReview { get; private set; }
    public DateOnly? PaidOn { get; private set; }
    public string? PaidBy { get; private set; }
    public string? Note { get; private set; }

    private Tranche() { }

    public Tranche(GrantProject project, int sequence, long amountFen, int? milestoneId, ReviewStage? afterReview)
    {
        ProjectId = project.Id;
        CommunityId = project.CommunityId;
        OrganizationId = project.OrganizationId;
        Sequence = sequence;
        AmountFen = amountFen;
        MilestoneId = milestoneId;
        AfterReview = afterReview;
    }

    public void Pay(DateOnly on, string by, string? note) => (PaidOn, PaidBy, Note) = (on, by, note);
}
