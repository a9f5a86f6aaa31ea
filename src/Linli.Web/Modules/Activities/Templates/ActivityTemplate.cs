using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Activities.Templates;

/// <summary>
/// A way of running an activity that worked, kept to run again (seed 002: the birthday party's "意义宣讲、破冰、互动、再熟悉";
/// the courtyard gatherings' themes; "端午送粽子"): title, category, description, length, places, and its plan — agenda
/// steps, materials, roles. An activity made from it gets its own copy of the plan, so editing the template later
/// changes no activity already planned. Archived, not deleted: activities name it.
/// </summary>
public sealed class ActivityTemplate : ICommunityOwned
{
    public const int MaxName = 100;
    public const int MaxDescription = 4000;
    public const int MaxMinutes = 24 * 60;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Category { get; private set; }
    public string? Description { get; private set; }
    public int Minutes { get; private set; }
    public int Capacity { get; private set; }
    public DateTime? ArchivedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private ActivityTemplate() { }

    public ActivityTemplate(int communityId, string createdBy, DateTime now)
    {
        CommunityId = communityId;
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public void Describe(string name, string? category, string? description, int minutes, int capacity) =>
        (Name, Category, Description, Minutes, Capacity) = (name, category, description, minutes, capacity);
}

public enum PlanItemKind
{
    /// <summary>An agenda step; <c>Number</c> is its minutes.</summary>
    Step = 1,
    /// <summary>A material to prepare; <c>Note</c> is how much ("每人一份").</summary>
    Material = 2,
    /// <summary>A role to fill; <c>Number</c> is how many people.</summary>
    Role = 3,
}

/// <summary>
/// One line of a plan: a template's (<see cref="TemplateId"/>) or an activity's own copy (<see cref="ActivityId"/>),
/// never both — the database checks it.
/// </summary>
public sealed class PlanItem : ICommunityOwned
{
    public const int MaxText = 100;
    public const int MaxNote = 100;

    public int Id { get; private set; }
    public int? TemplateId { get; private set; }
    public int? ActivityId { get; private set; }
    public int CommunityId { get; private set; }
    public PlanItemKind Kind { get; private set; }
    public int Position { get; private set; }
    public string Text { get; private set; } = "";
    public int? Number { get; private set; }
    public string? Note { get; private set; }

    private PlanItem() { }

    private PlanItem(int communityId, PlanLine line) =>
        (CommunityId, Kind, Position, Text, Number, Note) = (communityId, line.Kind, line.Position, line.Text, line.Number, line.Note);

    public static PlanItem Of(ActivityTemplate template, PlanLine line) => new(template.CommunityId, line) { TemplateId = template.Id };

    public static PlanItem Of(Activity activity, PlanLine line) => new(activity.CommunityId, line) { ActivityId = activity.Id };

    public PlanLine Line => new(Kind, Position, Text, Number, Note);
}

public sealed record PlanLine(PlanItemKind Kind, int Position, string Text, int? Number, string? Note);
