using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Activities.Records;

/// <summary>
/// What happened at an activity, written afterwards: the summary foundations ask for beside the attendance the
/// check-ins already counted. Published, it shows on the activity's public page.
/// </summary>
public sealed class ActivityRecord : ICommunityOwned
{
    public const int MaxSummary = 4000;

    public int ActivityId { get; private set; }
    public int CommunityId { get; private set; }
    public string Summary { get; private set; } = "";
    public string WrittenBy { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }
    /// <summary>Set while the record is on the public page; null keeps it inside the console.</summary>
    public DateTime? PublishedAt { get; private set; }

    private ActivityRecord() { }

    public ActivityRecord(Activity activity)
    {
        ActivityId = activity.Id;
        CommunityId = activity.CommunityId;
    }

    public void Write(string summary, bool publish, string writtenBy, DateTime now)
    {
        Summary = summary;
        WrittenBy = writtenBy;
        UpdatedAt = now;
        PublishedAt = publish ? PublishedAt ?? now : null;
    }
}
