using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Activities;

/// <summary>A participant's satisfaction with an activity they attended: 1–5 and a word, once (changeable).</summary>
public sealed class Rating : ICommunityOwned
{
    public const int MaxScore = 5;

    public int Id { get; private set; }
    public int ActivityId { get; private set; }
    public int CommunityId { get; private set; }
    public int ResidentId { get; private set; }
    public int Score { get; private set; }
    public string? Comment { get; private set; }
    public DateTime At { get; private set; }

    private Rating() { }

    public Rating(Activity activity, int residentId, int score, string? comment, DateTime at)
    {
        ActivityId = activity.Id;
        CommunityId = activity.CommunityId;
        ResidentId = residentId;
        Change(score, comment, at);
    }

    public void Change(int score, string? comment, DateTime at)
    {
        Score = score;
        Comment = comment;
        At = at;
    }
}
