using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Grants.Applications;

/// <summary>
/// One reviewer's score of an application (0–100), or their declared conflict of interest, which keeps them from
/// scoring it. Staff records only: the applying organization never sees who scored what.
/// </summary>
public sealed class ApplicationReview : ICommunityOwned
{
    public const int MaxComment = 2000;

    public int Id { get; private set; }
    public int ApplicationId { get; private set; }
    public int ProgramId { get; private set; }
    public int CommunityId { get; private set; }
    public string ReviewerId { get; private set; } = "";
    public string ReviewerName { get; private set; } = "";
    public decimal? Score { get; private set; }
    public bool ConflictOfInterest { get; private set; }
    public string? Comment { get; private set; }
    public DateTime At { get; private set; }

    private ApplicationReview() { }

    public ApplicationReview(GrantApplication application, string reviewerId, string reviewerName, decimal? score, bool conflict, string? comment, DateTime now)
    {
        ApplicationId = application.Id;
        ProgramId = application.ProgramId;
        CommunityId = application.CommunityId;
        ReviewerId = reviewerId;
        ReviewerName = reviewerName;
        Score = score;
        ConflictOfInterest = conflict;
        Comment = comment;
        At = now;
    }
}
