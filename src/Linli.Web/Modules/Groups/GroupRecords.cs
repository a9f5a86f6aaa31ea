using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Groups;

public enum DocumentKind
{
    Charter = 1,
    Rules = 2,
    Other = 3,
}

/// <summary>A group's charter (章程), rules (公约, such as the waste-sorting team's exchange rules) or another paper, kept in Platform/Files.</summary>
public sealed class GroupDocument : ICommunityOwned
{
    public int Id { get; private set; }
    public int GroupId { get; private set; }
    public int CommunityId { get; private set; }
    public DocumentKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public Guid FileId { get; private set; }
    public string FileName { get; private set; } = "";
    public string UploadedBy { get; private set; } = "";
    public DateTime UploadedAt { get; private set; }

    private GroupDocument() { }

    public GroupDocument(ResidentGroup group, DocumentKind kind, string title, Guid fileId, string fileName, string uploadedBy, DateTime now)
    {
        GroupId = group.Id;
        CommunityId = group.CommunityId;
        Kind = kind;
        Title = title;
        FileId = fileId;
        FileName = fileName;
        UploadedBy = uploadedBy;
        UploadedAt = now;
    }
}

/// <summary>A training the group received (from the social-work station, a foundation, a partner).</summary>
public sealed class GroupTraining : ICommunityOwned
{
    public int Id { get; private set; }
    public int GroupId { get; private set; }
    public int CommunityId { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public string Provider { get; private set; } = "";
    public decimal Hours { get; private set; }
    public int Attendees { get; private set; }
    public string RecordedBy { get; private set; } = "";

    private GroupTraining() { }

    public GroupTraining(ResidentGroup group, string title, DateOnly date, string provider, decimal hours, int attendees, string recordedBy)
    {
        GroupId = group.Id;
        CommunityId = group.CommunityId;
        Title = title;
        Date = date;
        Provider = provider;
        Hours = hours;
        Attendees = attendees;
        RecordedBy = recordedBy;
    }
}

/// <summary>A supervisor's note (督导记录) on how the group is doing; written by staff and social workers, read by the group's leader.</summary>
public sealed class SupervisionNote : ICommunityOwned
{
    public int Id { get; private set; }
    public int GroupId { get; private set; }
    public int CommunityId { get; private set; }
    public DateOnly Date { get; private set; }
    public string Note { get; private set; } = "";
    public string Author { get; private set; } = "";

    private SupervisionNote() { }

    public SupervisionNote(ResidentGroup group, DateOnly date, string note, string author)
    {
        GroupId = group.Id;
        CommunityId = group.CommunityId;
        Date = date;
        Note = note;
        Author = author;
    }
}

/// <summary>An activity the group runs: its attendance counts for the group as well as for the community.</summary>
public sealed class GroupActivity : ICommunityOwned
{
    public int Id { get; private set; }
    public int GroupId { get; private set; }
    public int CommunityId { get; private set; }
    public int ActivityId { get; private set; }

    private GroupActivity() { }

    public GroupActivity(ResidentGroup group, int activityId)
    {
        GroupId = group.Id;
        CommunityId = group.CommunityId;
        ActivityId = activityId;
    }
}
