using System.Security.Claims;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities.Templates;

/// <summary>A community's activity templates, and the plans activities made from them carry.</summary>
public sealed class ActivityTemplates(LinliDb db, ResidentPlacement placement, AuditLog audit, TimeProvider clock)
{
    public const int MaxSteps = 30;
    public const int MaxMaterials = 50;
    public const int MaxRoles = 20;

    public async Task<int> CreateAsync(TemplateRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (request.CommunityId is not { } communityId) throw new FieldValidationException("communityId", "Validation.Required");
        var (lines, describe) = Checked(request);
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var template = new ActivityTemplate(communityId, user.Identity?.Name ?? "", clock.GetUtcNow().UtcDateTime);
        describe(template);
        db.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(lines.Select(l => PlanItem.Of(template, l)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync("activity-template.created", "ActivityTemplate", template.Id.ToString(), template.Name, cancellationToken);
        return template.Id;
    }

    /// <summary>Rewrites the template and its plan; activities already made from it keep theirs.</summary>
    public async Task<TemplateView> UpdateAsync(int id, TemplateRequest request, CancellationToken cancellationToken)
    {
        var template = await db.Set<ActivityTemplate>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new NotFoundException();
        var (lines, describe) = Checked(request);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        describe(template);
        await db.Set<PlanItem>().Where(i => i.TemplateId == id).ExecuteDeleteAsync(cancellationToken);
        db.AddRange(lines.Select(l => PlanItem.Of(template, l)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync("activity-template.updated", "ActivityTemplate", id.ToString(), template.Name, cancellationToken);
        return await ViewAsync(id, cancellationToken);
    }

    public async Task ArchiveAsync(int id, CancellationToken cancellationToken)
    {
        await FindAsync(id, cancellationToken);
        if (await db.Set<ActivityTemplate>().Where(t => t.Id == id && t.ArchivedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ArchivedAt, clock.GetUtcNow().UtcDateTime), cancellationToken) == 0)
            throw new ConflictException("Activity.TemplateArchived");
        await audit.RecordAsync("activity-template.archived", "ActivityTemplate", id.ToString(), "", cancellationToken);
    }

    /// <summary>The community's templates in use, the most used first.</summary>
    public async Task<IReadOnlyList<TemplateLine>> ListAsync(int communityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var lines = await db.Set<ActivityTemplate>().AsNoTracking().Where(t => t.CommunityId == communityId && t.ArchivedAt == null)
            .Select(t => new TemplateLine(t.Id, t.Name, t.Category, t.Minutes, t.Capacity,
                db.Set<PlanItem>().Count(i => i.TemplateId == t.Id && i.Kind == PlanItemKind.Step),
                db.Set<Activity>().Count(a => a.TemplateId == t.Id)))
            .Take(500).ToListAsync(cancellationToken);
        return [.. lines.OrderByDescending(l => l.Used).ThenBy(l => l.Name, StringComparer.Ordinal)];
    }

    public async Task<TemplateView> ViewAsync(int id, CancellationToken cancellationToken)
    {
        var template = await FindAsync(id, cancellationToken);
        var lines = await db.Set<PlanItem>().AsNoTracking().Where(i => i.TemplateId == id).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        var used = await db.Set<Activity>().CountAsync(a => a.TemplateId == id, cancellationToken);
        return new TemplateView(template.Id, template.CommunityId, template.Name, template.Category, template.Description, template.Minutes, template.Capacity,
            template.ArchivedAt is not null, Steps(lines.Select(i => i.Line)), Materials(lines.Select(i => i.Line)), Roles(lines.Select(i => i.Line)), used);
    }

    /// <summary>
    /// A new activity's fields from the template where the request leaves them out (title, description, category,
    /// capacity, the end from the start and the template's length); 422 on <c>templateId</c> for a template of another
    /// community or an archived one.
    /// </summary>
    internal async Task<NewActivity> FillAsync(int templateId, NewActivity input, CancellationToken cancellationToken)
    {
        var template = await db.Set<ActivityTemplate>().AsNoTracking()
            .FirstOrDefaultAsync(t => t.Id == templateId && t.CommunityId == input.CommunityId && t.ArchivedAt == null, cancellationToken)
            ?? throw new FieldValidationException("templateId", "Activity.TemplateNotFound");
        return input with
        {
            Title = string.IsNullOrWhiteSpace(input.Title) ? template.Name : input.Title,
            Description = input.Description ?? template.Description,
            Category = input.Category ?? template.Category,
            Capacity = input.Capacity ?? template.Capacity,
            EndsAt = input.EndsAt ?? input.StartsAt?.AddMinutes(template.Minutes),
        };
    }

    /// <summary>Gives each activity its own copy of the template's plan (the activities are saved, in the caller's transaction).</summary>
    internal async Task CopyPlanAsync(int templateId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var items = await db.Set<PlanItem>().AsNoTracking().Where(i => i.TemplateId == templateId).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        db.AddRange(activities.SelectMany(a => items.Select(i => PlanItem.Of(a, i.Line))));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The activity's run sheet: each step's start is the activity's start plus the steps before it.</summary>
    public async Task<ActivityPlan> PlanAsync(int activityId, CancellationToken cancellationToken)
    {
        var activity = await db.Set<Activity>().AsNoTracking().Where(a => a.Id == activityId).Select(a => new { a.StartsAt, a.TemplateId }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        var lines = (await db.Set<PlanItem>().AsNoTracking().Where(i => i.ActivityId == activityId).OrderBy(i => i.Position).ToListAsync(cancellationToken))
            .Select(i => i.Line).ToList();
        var start = ChinaTime.ToOffset(activity.StartsAt);
        var steps = new List<RunStep>();
        foreach (var step in lines.Where(l => l.Kind == PlanItemKind.Step))
        {
            steps.Add(new RunStep(step.Text, step.Number ?? 0, start));
            start = start.AddMinutes(step.Number ?? 0);
        }
        return new ActivityPlan(activityId, activity.TemplateId, steps, Materials(lines), Roles(lines));
    }

    private async Task<ActivityTemplate> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<ActivityTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new NotFoundException();

    /// <summary>Every field checked at once (422 naming each, "steps[2].minutes"); the plan's lines in order, and how to describe the template.</summary>
    private static (List<PlanLine> Lines, Action<ActivityTemplate> Describe) Checked(TemplateRequest request)
    {
        var errors = new Dictionary<string, FieldError>();
        var name = errors.Text(request.Name, "name", ActivityTemplate.MaxName);
        var category = errors.Text(request.Category, "category", 30, required: false);
        var description = errors.Text(request.Description, "description", ActivityTemplate.MaxDescription, required: false);
        if (request.Capacity is not (>= 1 and <= 100_000)) errors["capacity"] = new("Activity.CapacityInvalid");
        var lines = new List<PlanLine>();
        void Add(PlanItemKind kind, string text, int? number, string? note) => lines.Add(new(kind, lines.Count, text, number, note));
        var steps = request.Steps ?? [];
        if (steps.Count > MaxSteps) errors["steps"] = new("Activity.TooManyLines", MaxSteps);
        for (var i = 0; i < Math.Min(steps.Count, MaxSteps); i++)
        {
            var title = errors.Text(steps[i].Title, $"steps[{i}].title", PlanItem.MaxText);
            if (steps[i].Minutes is not (>= 1 and <= 600)) errors[$"steps[{i}].minutes"] = new("Validation.Range", 1, 600);
            Add(PlanItemKind.Step, title, steps[i].Minutes, null);
        }
        var materials = request.Materials ?? [];
        if (materials.Count > MaxMaterials) errors["materials"] = new("Activity.TooManyLines", MaxMaterials);
        for (var i = 0; i < Math.Min(materials.Count, MaxMaterials); i++)
        {
            var item = errors.Text(materials[i].Item, $"materials[{i}].item", PlanItem.MaxText);
            var quantity = errors.Text(materials[i].Quantity, $"materials[{i}].quantity", PlanItem.MaxNote, required: false);
            Add(PlanItemKind.Material, item, null, FieldChecks.OrNull(quantity));
        }
        var roles = request.Roles ?? [];
        if (roles.Count > MaxRoles) errors["roles"] = new("Activity.TooManyLines", MaxRoles);
        for (var i = 0; i < Math.Min(roles.Count, MaxRoles); i++)
        {
            var role = errors.Text(roles[i].Role, $"roles[{i}].role", PlanItem.MaxText);
            if (roles[i].People is not (>= 1 and <= 1000)) errors[$"roles[{i}].people"] = new("Validation.Range", 1, 1000);
            Add(PlanItemKind.Role, role, roles[i].People, null);
        }
        var minutes = request.Minutes ?? steps.Sum(s => s.Minutes ?? 0);
        if (minutes is < 1 or > ActivityTemplate.MaxMinutes) errors["minutes"] = new("Validation.Range", 1, ActivityTemplate.MaxMinutes);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        return (lines, t => t.Describe(name, FieldChecks.OrNull(category), FieldChecks.OrNull(description), minutes, request.Capacity!.Value));
    }

    private static List<AgendaStep> Steps(IEnumerable<PlanLine> lines) => [.. lines.Where(l => l.Kind == PlanItemKind.Step).Select(l => new AgendaStep(l.Text, l.Number))];

    private static List<Material> Materials(IEnumerable<PlanLine> lines) => [.. lines.Where(l => l.Kind == PlanItemKind.Material).Select(l => new Material(l.Text, l.Note))];

    private static List<PlanRole> Roles(IEnumerable<PlanLine> lines) => [.. lines.Where(l => l.Kind == PlanItemKind.Role).Select(l => new PlanRole(l.Text, l.Number))];
}
