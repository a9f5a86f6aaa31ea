using Linli.Web.Modules.Activities.Spaces;
using Linli.Web.Modules.Groups;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Stations;

/// <summary>
/// Stations as records: one per community, its rooms (spaces of the community), the micro-projects it accompanies
/// (two groups of the community, an experienced one and a new one), and the page that gathers its roster, ladder and
/// incubated groups from their own records.
/// </summary>
public sealed class StationsService(LinliDb db, ResidentPlacement placement, SpacesService spaces, GroupDirectory groups, StaffService staff, LadderService ladder,
    AuditLog audit, AccessScope scope, TimeProvider clock)
{
    public async Task<int> CreateAsync(StationInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.CommunityId is null) errors["communityId"] = new("Validation.Required");
        var (name, about) = Checked(input, errors);
        await placement.EnsureCommunityAsync(input.CommunityId!.Value, cancellationToken);

        var station = new Station(input.CommunityId.Value, name, about, scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        db.Add(station);
        await db.SaveOrConflictAsync("Stations.StationExists", cancellationToken);
        await audit.RecordAsync("station.created", "Station", station.Id.ToString(), $"community={station.CommunityId}", cancellationToken);
        return station.Id;
    }

    /// <summary>Rewrites the station's description (its community stays).</summary>
    public async Task UpdateAsync(int id, StationInput input, CancellationToken cancellationToken)
    {
        var station = await db.Set<Station>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException();
        var (name, about) = Checked(input, new Dictionary<string, FieldError>());
        station.Describe(name, about, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("station.updated", "Station", id.ToString(), $"name={station.Name}", cancellationToken);
    }

    private static (string Name, StationAbout About) Checked(StationInput input, Dictionary<string, FieldError> errors)
    {
        var name = errors.Text(input.Name, "name", Station.MaxName);
        var about = new StationAbout(
            FieldChecks.OrNull(errors.Text(input.Persona, "persona", Station.MaxShort, required: false)),
            FieldChecks.OrNull(errors.Text(input.OpeningHours, "openingHours", Station.MaxShort, required: false)),
            FieldChecks.OrNull(errors.Text(input.Services, "services", Station.MaxShort, required: false)),
            FieldChecks.OrNull(errors.Text(input.OnlineService, "onlineService", Station.MaxShort, required: false)),
            FieldChecks.OrNull(errors.Text(input.Rules, "rules", Station.MaxRules, required: false)));
        if (errors.Count > 0) throw new FieldValidationException(errors);
        return (name, about);
    }

    /// <summary>A space of the station's community becomes one of its rooms (once each).</summary>
    public async Task AddRoomAsync(int id, StationRoomInput input, CancellationToken cancellationToken)
    {
        var station = await FindAsync(id, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        if (input.Purpose is not { } purpose || !Enum.IsDefined(purpose)) errors["purpose"] = new("Validation.Required");
        var communitySpaces = await spaces.ListAsync(station.CommunityId, cancellationToken);
        if (communitySpaces.All(s => s.Id != input.SpaceId)) errors["spaceId"] = new("Stations.SpaceNotFound");
        if (errors.Count > 0) throw new FieldValidationException(errors);

        db.Add(new StationRoom(station, input.SpaceId!.Value, input.Purpose!.Value));
        await db.SaveOrConflictAsync("Stations.RoomTwice", cancellationToken);
        await audit.RecordAsync("station.room", "Station", id.ToString(), $"space={input.SpaceId}", cancellationToken);
    }

    /// <summary>A micro-project carried by a lead group and, "以老带新", a new one: both of the station's community, not the same.</summary>
    public async Task<int> AddMicroProjectAsync(int id, NewMicroProject input, CancellationToken cancellationToken)
    {
        var station = await FindAsync(id, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var title = errors.Text(input.Title, "title", StationMicroProject.MaxTitle);
        var goal = errors.Text(input.Goal, "goal", StationMicroProject.MaxGoal, required: false);
        if (input.LeadGroupId is not { } lead || !await groups.InCommunityAsync(lead, station.CommunityId, cancellationToken))
            errors["leadGroupId"] = new("Stations.GroupNotFound");
        if (input.NewGroupId is { } newGroup)
        {
            if (newGroup == input.LeadGroupId) errors["newGroupId"] = new("Stations.SameGroup");
            else if (!await groups.InCommunityAsync(newGroup, station.CommunityId, cancellationToken)) errors["newGroupId"] = new("Stations.GroupNotFound");
        }
        if (input.StartsOn is null) errors["startsOn"] = new("Validation.Required");
        else if (input.EndsOn < input.StartsOn) errors["endsOn"] = new("Validation.DateRange");
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var project = new StationMicroProject(station, title, (input.LeadGroupId!.Value, input.NewGroupId), (input.StartsOn!.Value, input.EndsOn), FieldChecks.OrNull(goal),
            scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        db.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("station.micro-project", "Station", id.ToString(), $"project={project.Id}", cancellationToken);
        return project.Id;
    }

    public async Task<IReadOnlyList<StationLine>> ListAsync(int? communityId, CancellationToken cancellationToken) =>
        await db.Set<Station>().AsNoTracking().Where(s => communityId == null || s.CommunityId == communityId).OrderBy(s => s.CommunityId)
            .Select(s => new StationLine(s.Id, s.CommunityId, s.Name, s.Persona, s.OpeningHours)).Take(1000).ToListAsync(cancellationToken);

    public async Task<Station?> OfCommunityAsync(int communityId, CancellationToken cancellationToken) =>
        await db.Set<Station>().AsNoTracking().FirstOrDefaultAsync(s => s.CommunityId == communityId, cancellationToken);

    /// <summary>The station's page: its description, rooms, roster with hours, ladder, incubated groups and micro-projects.</summary>
    public async Task<StationDetail> ReadAsync(int id, CancellationToken cancellationToken)
    {
        var station = await FindAsync(id, cancellationToken);
        var rooms = await db.Set<StationRoom>().AsNoTracking().Where(r => r.StationId == id).ToListAsync(cancellationToken);
        var spaceNames = (await spaces.ListAsync(station.CommunityId, cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        var incubated = await groups.OfCommunityAsync(station.CommunityId, cancellationToken);
        var groupNames = incubated.ToDictionary(g => g.Id, g => g.Name);
        var projects = await db.Set<StationMicroProject>().AsNoTracking().Where(p => p.StationId == id).OrderByDescending(p => p.StartsOn).ToListAsync(cancellationToken);
        return new StationDetail(station.Id, station.CommunityId, station.Name, station.Persona, station.OpeningHours, station.Services, station.OnlineService, station.Rules,
            [.. rooms.Select(r => new RoomLine(r.SpaceId, spaceNames.GetValueOrDefault(r.SpaceId, ""), r.Purpose)).OrderBy(r => r.Purpose)],
            await staff.ListAsync(station.CommunityId, cancellationToken),
            await ladder.OfCommunityAsync(station.CommunityId, cancellationToken),
            incubated,
            [.. projects.Select(p => new MicroProjectLine(p.Id, p.Title, p.LeadGroupId, groupNames.GetValueOrDefault(p.LeadGroupId, ""), p.NewGroupId,
                p.NewGroupId is { } n ? groupNames.GetValueOrDefault(n) : null, p.StartsOn, p.EndsOn, p.Goal))]);
    }

    private async Task<Station> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<Station>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException();
}
