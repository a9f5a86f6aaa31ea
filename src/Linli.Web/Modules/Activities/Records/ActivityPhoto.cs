using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Activities.Records;

/// <summary>
/// A photo of an activity. Faces are personal information: a photo is shown on the public page only when staff
/// mark it public, which the console asks them to do only for people who agreed.
/// </summary>
public sealed class ActivityPhoto : ICommunityOwned
{
    public const int MaxPerActivity = 30;

    public int Id { get; private set; }
    public int ActivityId { get; private set; }
    public int CommunityId { get; private set; }
    public Guid FileId { get; private set; }
    public string? Caption { get; private set; }
    public bool IsPublic { get; private set; }
    public string AddedBy { get; private set; } = "";
    public DateTime AddedAt { get; private set; }

    private ActivityPhoto() { }

    public ActivityPhoto(Activity activity, Guid fileId, string? caption, bool isPublic, string addedBy, DateTime now)
    {
        ActivityId = activity.Id;
        CommunityId = activity.CommunityId;
        FileId = fileId;
        AddedBy = addedBy;
        AddedAt = now;
        Describe(caption, isPublic);
    }

    public void Describe(string? caption, bool isPublic)
    {
        Caption = caption;
        IsPublic = isPublic;
    }
}
