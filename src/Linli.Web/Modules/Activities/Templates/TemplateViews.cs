namespace Linli.Web.Modules.Activities.Templates;

public sealed record AgendaStep(string? Title, int? Minutes);

public sealed record Material(string? Item, string? Quantity);

public sealed record PlanRole(string? Role, int? People);

/// <summary>A template as written; <c>minutes</c> is its length (the steps' minutes when not given).</summary>
public sealed record TemplateRequest(int? CommunityId, string? Name, string? Category, string? Description, int? Minutes, int? Capacity,
    IReadOnlyList<AgendaStep>? Steps, IReadOnlyList<Material>? Materials, IReadOnlyList<PlanRole>? Roles);

public sealed record TemplateCreated(int Id);

public sealed record TemplateLine(int Id, string Name, string? Category, int Minutes, int Capacity, int Steps, int Used);

public sealed record TemplateView(int Id, int CommunityId, string Name, string? Category, string? Description, int Minutes, int Capacity, bool Archived,
    IReadOnlyList<AgendaStep> Steps, IReadOnlyList<Material> Materials, IReadOnlyList<PlanRole> Roles, int Used);

/// <summary>A step of an activity's run sheet, with the China time it begins (the activity's start plus the steps before it).</summary>
public sealed record RunStep(string Title, int Minutes, DateTimeOffset StartsAt);

/// <summary>An activity's own plan: the run sheet, what to prepare, who does what; <c>templateId</c> the template it came from.</summary>
public sealed record ActivityPlan(int ActivityId, int? TemplateId, IReadOnlyList<RunStep> Steps, IReadOnlyList<Material> Materials, IReadOnlyList<PlanRole> Roles);
