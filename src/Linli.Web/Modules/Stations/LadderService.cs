using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Stations;

/// <summary>The ladder's links: who supports whom in a community, from when until when.</summary>
public sealed class LadderService(LinliDb db, AuditLog audit, AccessScope scope, TimeProvider clock)
{
    /// <summary>
    /// A link between two staff profiles of one community, the day it starts (not after today). One open link per
    /// pair, decided by a unique index on the open links; a pair may be linked again after the last link ended.
    /// </summary>
    public async Task<int> LinkAsync(NewLadderLink input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var ids = new[] { input.SupporterId, input.SupportedId }.OfType<int>().ToList();
        var profiles = await db.Set<StaffProfile>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        if (input.SupporterId is not { } supporterId || !profiles.TryGetValue(supporterId, out var supporter)) errors["supporterId"] = new("Stations.StaffNotFound");
        else if (input.SupportedId is not { } supportedId || !profiles.TryGetValue(supportedId, out var supported) || supported.CommunityId != supporter.CommunityId)
            errors["supportedId"] = new("Stations.StaffNotFound");
        else if (supportedId == supporterId) errors["supportedId"] = new("Stations.SupportsSelf");
        if (input.From is not { } from) errors["from"] = new("Validation.Required");
        else if (from > ChinaTime.Today(clock)) errors["from"] = new("Stations.DateInFuture");
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var link = new LadderLink(profiles[input.SupporterId!.Value].CommunityId, input.SupporterId.Value, input.SupportedId!.Value, input.From!.Value,
            scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        db.Add(link);
        await db.SaveOrConflictAsync("Stations.LinkOpen", cancellationToken);
        await audit.RecordAsync("station.ladder", "LadderLink", link.Id.ToString(), $"{link.SupporterId}->{link.SupportedId}", cancellationToken);
        return link.Id;
    }

    /// <summary>Ends an open link on a day between its start and today; an ended link stays ended (409).</summary>
    public async Task<LadderLine> EndAsync(int id, EndLadderLink input, CancellationToken cancellationToken)
    {
        var link = await db.Set<LadderLink>().FirstOrDefaultAsync(l => l.Id == id, cancellationToken) ?? throw new NotFoundException();
        if (input.On is not { } on) throw new FieldValidationException("on", "Validation.Required");
        if (on < link.From) throw new FieldValidationException("on", "Validation.DateRange");
        if (on > ChinaTime.Today(clock)) throw new FieldValidationException("on", "Stations.DateInFuture");
        if (link.To is not null) throw new ConflictException("Stations.LinkEnded");
        link.End(on);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("station.ladder-end", "LadderLink", id.ToString(), $"to={on:yyyy-MM-dd}", cancellationToken);
        return (await LinesAsync(db.Set<LadderLink>().Where(l => l.Id == id), cancellationToken)).Single();
    }

    /// <summary>The community's ladder, open links first, then by start.</summary>
    public Task<IReadOnlyList<LadderLine>> OfCommunityAsync(int communityId, CancellationToken cancellationToken) =>
        LinesAsync(db.Set<LadderLink>().Where(l => l.CommunityId == communityId), cancellationToken);

    /// <summary>The links a worker is on, either end.</summary>
    public Task<IReadOnlyList<LadderLine>> OfStaffAsync(int staffId, CancellationToken cancellationToken) =>
        LinesAsync(db.Set<LadderLink>().Where(l => l.SupporterId == staffId || l.SupportedId == staffId), cancellationToken);

    private async Task<IReadOnlyList<LadderLine>> LinesAsync(IQueryable<LadderLink> links, CancellationToken cancellationToken)
    {
        var rows = await links.AsNoTracking().OrderBy(l => l.To != null).ThenBy(l => l.From).ThenBy(l => l.Id).Take(500).ToListAsync(cancellationToken);
        var ids = rows.SelectMany(l => new[] { l.SupporterId, l.SupportedId }).Distinct().ToList();
        var people = await db.Set<StaffProfile>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        return [.. rows.Select(l => new LadderLine(l.Id, l.SupporterId, people[l.SupporterId].Name, people[l.SupporterId].Qualification,
            l.SupportedId, people[l.SupportedId].Name, people[l.SupportedId].Qualification, l.From, l.To))];
    }
}
