using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Deliberation;

/// <summary>How a meeting decided: by consensus, by a show of hands (counts recorded), or not at all — referred to the owners.</summary>
public enum DecisionMethod
{
    Consensus = 1,
    Hands = 2,

    /// <summary>A Civil Code Art. 278 matter: only the owners decide it, so a draft owners' assembly is opened instead.</summary>
    ReferredToOwners = 3,
}

/// <summary>
/// What a meeting decided, with how; published on the community's public page with its action items' progress when
/// asked. A matter of Civil Code Art. 278 never passes here (<see cref="DecisionMethod.ReferredToOwners"/>).
/// </summary>
public sealed class Resolution : ICommunityOwned
{
    public const int MaxText = 1000;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int MeetingId { get; private set; }
    public string Text { get; private set; } = "";
    public DecisionMethod DecidedBy { get; private set; }
    public int? For { get; private set; }
    public int? Against { get; private set; }
    public int? Abstain { get; private set; }

    /// <summary>The owners' assembly opened in draft for an Art. 278 matter.</summary>
    public int? AssemblyId { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private Resolution() { }

    public Resolution(Meeting meeting, string text, DecisionMethod decidedBy, (int For, int Against, int Abstain)? hands, int? assemblyId, bool publish, string createdBy,
        DateTime now)
    {
        CommunityId = meeting.CommunityId;
        MeetingId = meeting.Id;
        Text = text;
        DecidedBy = decidedBy;
        (For, Against, Abstain) = hands is { } h ? (h.For, h.Against, h.Abstain) : ((int?)null, (int?)null, (int?)null);
        AssemblyId = assemblyId;
        PublishedAt = publish ? now : null;
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public void Publish(DateTime now) => PublishedAt ??= now;
}

/// <summary>planned → in progress → done → verified; blocked (with a reason) from any of the first two.</summary>
public enum ActionStatus
{
    Planned = 1,
    InProgress = 2,
    Done = 3,
    Verified = 4,
    Blocked = 5,
}

/// <summary>
/// A follow-up a resolution put on someone ("恢复10台电梯", by June): the responsible organization and person, the
/// quantity or specification, the due date, its status and percent; overdue when past due and neither done nor verified.
/// </summary>
public sealed class ActionItem : ICommunityOwned
{
    public const int MaxTitle = 200;
    public const int MaxResponsible = 100;
    public const int MaxSpec = 200;
    public const int MaxNote = 1000;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ResolutionId { get; private set; }

    /// <summary>The meeting of the resolution, kept here so a body's or a community's list reads one table.</summary>
    public int MeetingId { get; private set; }
    public string Title { get; private set; } = "";
    public string Responsible { get; private set; } = "";
    public string? Spec { get; private set; }
    public DateOnly DueOn { get; private set; }
    public ActionStatus Status { get; private set; }
    public int Percent { get; private set; }
    public string? BlockedReason { get; private set; }

    /// <summary>The needs-list entry it answers, when it answers one.</summary>
    public int? NeedId { get; private set; }

    /// <summary>What pays for it ("住宅专项维修资金", a ledger's name, a grant project).</summary>
    public string? FundedBy { get; private set; }
    public string? VerifiedBy { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private ActionItem() { }

    public ActionItem(Resolution resolution, string title, string responsible, string? spec, DateOnly dueOn, int? needId, string? fundedBy, string createdBy, DateTime now)
    {
        CommunityId = resolution.CommunityId;
        ResolutionId = resolution.Id;
        MeetingId = resolution.MeetingId;
        Title = title;
        Responsible = responsible;
        Spec = spec;
        DueOn = dueOn;
        NeedId = needId;
        FundedBy = fundedBy;
        Status = ActionStatus.Planned;
        CreatedBy = createdBy;
        CreatedAt = UpdatedAt = now;
    }

    public void Move(ActionStatus status, int percent, string? blockedReason, string by, DateTime now)
    {
        Status = status;
        Percent = percent;
        BlockedReason = status == ActionStatus.Blocked ? blockedReason : null;
        if (status == ActionStatus.Verified) VerifiedBy = by;
        UpdatedAt = now;
    }

    /// <summary>Not yet done: what goes overdue once past its due date.</summary>
    public static readonly ActionStatus[] OpenStatuses = [ActionStatus.Planned, ActionStatus.InProgress, ActionStatus.Blocked];

    public static bool IsOpen(ActionStatus status) => OpenStatuses.Contains(status);
}

/// <summary>A progress note on an action item: the status and percent it reported, what was done, a photo.</summary>
public sealed class ActionProgress : ICommunityOwned
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ActionId { get; private set; }
    public ActionStatus Status { get; private set; }
    public int Percent { get; private set; }
    public string? Note { get; private set; }
    public Guid? PhotoFileId { get; private set; }
    public string By { get; private set; } = "";
    public DateTime At { get; private set; }

    private ActionProgress() { }

    public ActionProgress(ActionItem action, string? note, string by, DateTime now)
    {
        CommunityId = action.CommunityId;
        ActionId = action.Id;
        Status = action.Status;
        Percent = action.Percent;
        Note = note;
        By = by;
        At = now;
    }

    public void Attach(Guid fileId) => PhotoFileId = fileId;
}
