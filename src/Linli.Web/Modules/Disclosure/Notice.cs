using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Disclosure;

/// <summary>What a notice is about, for the archive's filter.</summary>
public enum NoticeCategory
{
    Finance = 1,
    Works = 2,
    Meeting = 3,
    Election = 4,
    Other = 5,
}

/// <summary>
/// A notice (公告) for a community or a compound in it: on display from one day to another (the board's window), then
/// in the archive residents search. Published when made; never edited: a wrong notice is withdrawn with a reason,
/// and stays in the archive marked so.
/// </summary>
public sealed class Notice : ICommunityOwned
{
    public const int MaxTitle = 100;
    public const int MaxBody = 8000;
    public const int MaxReason = 200;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }

    /// <summary>The community itself or the compound the notice is for.</summary>
    public int RegionId { get; private set; }
    public NoticeCategory Category { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateOnly DisplayFrom { get; private set; }
    public DateOnly DisplayUntil { get; private set; }
    public string PublishedBy { get; private set; } = "";
    public DateTime PublishedAt { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }
    public string? WithdrawnReason { get; private set; }

    private Notice() { }

    public Notice(int communityId, int regionId, NoticeCategory category, string title, string body, DateOnly displayFrom, DateOnly displayUntil, string by, DateTime now)
    {
        CommunityId = communityId;
        RegionId = regionId;
        Category = category;
        Title = title;
        Body = body;
        DisplayFrom = displayFrom;
        DisplayUntil = displayUntil;
        PublishedBy = by;
        PublishedAt = now;
    }
}
