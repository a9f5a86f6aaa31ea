using System.Linq.Expressions;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Activities;

/// <summary>
/// A participant's satisfaction form for an activity they attended: overall 1–5 (required), the content and the
/// organisation 1–5, whether they would come again, and a word. Once per person; answering again replaces it.
/// </summary>
public sealed class Rating : ICommunityOwned, ResidentAccess.IPersonal<Rating>
{
    public static Expression<Func<Rating, int?>> ResidentOf => r => r.ResidentId;

    public const int MaxScore = 5;

    public int Id { get; private set; }
    public int ActivityId { get; private set; }
    public int CommunityId { get; private set; }
    public int ResidentId { get; private set; }
    public int Score { get; private set; }
    public int? Content { get; private set; }
    public int? Organisation { get; private set; }
    public bool? WouldReturn { get; private set; }
    public string? Comment { get; private set; }
    public DateTime At { get; private set; }

    private Rating() { }

    public Rating(Activity activity, int residentId, RateRequest answers, DateTime at)
    {
        ActivityId = activity.Id;
        CommunityId = activity.CommunityId;
        ResidentId = residentId;
        Change(answers, at);
    }

    /// <summary>Answers already checked: Score present, every score within 1–<see cref="MaxScore"/>.</summary>
    public void Change(RateRequest answers, DateTime at)
    {
        Score = answers.Score!.Value;
        Content = answers.Content;
        Organisation = answers.Organisation;
        WouldReturn = answers.WouldReturn;
        Comment = answers.Comment;
        At = at;
    }
}
