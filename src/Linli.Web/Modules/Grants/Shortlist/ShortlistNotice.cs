using Linli.Web.Modules.Grants.Programs;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Grants.Shortlist;

/// <summary>
/// The public notice of a program's shortlist (入围名单公示): the applications proposed for an award with their
/// amounts, open to objections until a day. Anyone may read it; an application on it is awarded only after that day,
/// once every objection has been answered and none naming it was upheld.
/// </summary>
public sealed class ShortlistNotice : IRegionOwned
{
    public const int MaxNote = 1000, MinObjectionDays = 5;

    public int Id { get; private set; }
    public int ProgramId { get; private set; }
    public string Program { get; private set; } = "";
    public int RegionId { get; private set; }
    public string RegionPath { get; private set; } = "";
    public DateOnly PublishedOn { get; private set; }
    /// <summary>The last day objections are received (公示期).</summary>
    public DateOnly ObjectionsUntil { get; private set; }
    public string? Note { get; private set; }
    public string PublishedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private ShortlistNotice() { }

    public ShortlistNotice(GrantProgram program, DateOnly publishedOn, DateOnly objectionsUntil, string? note, string publishedBy, DateTime now)
    {
        ProgramId = program.Id;
        Program = program.Name;
        RegionId = program.RegionId;
        RegionPath = program.RegionPath;
        PublishedOn = publishedOn;
        ObjectionsUntil = objectionsUntil;
        Note = note;
        PublishedBy = publishedBy;
        CreatedAt = now;
    }
}

/// <summary>
/// An application on a notice with the amount proposed, as published: its title, organization, community and category
/// are copied in, so the notice reads as it was posted. An application stands on one notice only.
/// </summary>
public sealed class ShortlistEntry
{
    public int Id { get; private set; }
    public int NoticeId { get; private set; }
    public int ApplicationId { get; private set; }
    public long ProposedFen { get; private set; }
    public string Title { get; private set; } = "";
    public string Organization { get; private set; } = "";
    public string Community { get; private set; } = "";
    public string Category { get; private set; } = "";

    private ShortlistEntry() { }

    public ShortlistEntry(int noticeId, int applicationId, long proposedFen, (string Title, string Organization, string Community, string Category) published)
    {
        (NoticeId, ApplicationId, ProposedFen) = (noticeId, applicationId, proposedFen);
        (Title, Organization, Community, Category) = published;
    }
}

/// <summary>
/// An objection (异议) filed while the notice runs, by a signed-in account, about one application or the notice as a
/// whole; the program's officers answer it, upholding it (the application is not awarded) or not.
/// </summary>
public sealed class NoticeObjection : IRegionOwned
{
    public const int MaxText = 2000, MaxContact = 50;

    public int Id { get; private set; }
    public int NoticeId { get; private set; }
    public int? ApplicationId { get; private set; }
    public int RegionId { get; private set; }
    public string RegionPath { get; private set; } = "";
    public string Text { get; private set; } = "";
    /// <summary>How to reach the objector for the answer (phone or address), written by them.</summary>
    public string? Contact { get; private set; }
    public string FiledBy { get; private set; } = "";
    public DateTime FiledAt { get; private set; }
    public bool? Upheld { get; private set; }
    public string? Answer { get; private set; }
    public string? AnsweredBy { get; private set; }
    public DateTime? AnsweredAt { get; private set; }

    private NoticeObjection() { }

    public NoticeObjection(ShortlistNotice notice, int? applicationId, string text, string? contact, string filedBy, DateTime now)
    {
        NoticeId = notice.Id;
        ApplicationId = applicationId;
        RegionId = notice.RegionId;
        RegionPath = notice.RegionPath;
        Text = text;
        Contact = contact;
        FiledBy = filedBy;
        FiledAt = now;
    }

    public void Decide(bool upheld, string answer, string by, DateTime now) => (Upheld, Answer, AnsweredBy, AnsweredAt) = (upheld, answer, by, now);
}
