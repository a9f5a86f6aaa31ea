using Linli.Web.Modules.Groups;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers;

/// <summary>Reading volunteers: a community's list, one volunteer's whole record, the volunteer's own record, recognition lists.</summary>
public sealed class VolunteerProfiles(LinliDb db, VolunteersService volunteers, SelfServiceService self, ResidentPlacement placement, ResidentDirectory residents,
    GroupDirectory groups)
{
    public async Task<IReadOnlyList<VolunteerLine>> ListAsync(int communityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var volunteers = await db.Set<Volunteer>().AsNoTracking().Where(v => v.CommunityId == communityId).Take(2000).ToListAsync(cancellationToken);
        var names = await residents.NamesAsync(volunteers.Select(v => v.ResidentId), cancellationToken);
        // A volunteer whose register entry the caller's scope does not show (a compound-level assignment) is not listed.
        var rows = volunteers.Where(v => names.ContainsKey(v.ResidentId)).Select(v => new { v.Id, v.Number, v.ResidentId, Name = names[v.ResidentId] }).ToList();
        var hours = await HoursAsync(db.Set<ServiceRecord>().Where(s => s.CommunityId == communityId), cancellationToken);
        return [.. rows.Select(x => (x, h: hours.GetValueOrDefault(x.Id)))
            .OrderByDescending(t => t.h.Hours).ThenBy(t => t.x.Number)
            .Select(t => new VolunteerLine(t.x.Id, t.x.Number, t.x.ResidentId, t.x.Name, t.h.Hours, t.h.Services, StarLevel.Of(t.h.Hours)))];
    }

    /// <summary>
    /// The volunteers of a community (or of one team's roster) ranked by hours served in [from, to]: the list a
    /// community reads out at its year-end recognition.
    /// </summary>
    public async Task<IReadOnlyList<RecognitionLine>> RecognitionAsync(int communityId, DateOnly from, DateOnly to, int? groupId, CancellationToken cancellationToken)
    {
        var records = await ServedInAsync(communityId, from, to, groupId, cancellationToken);
        var hours = await HoursAsync(records, cancellationToken);
        var volunteerIds = hours.Keys.ToList();
        var ranked = await db.Set<Volunteer>().AsNoTracking().Where(v => volunteerIds.Contains(v.Id)).ToListAsync(cancellationToken);
        var names = await residents.NamesAsync(ranked.Select(v => v.ResidentId), cancellationToken);
        var people = ranked.Where(v => names.ContainsKey(v.ResidentId)).ToDictionary(v => v.Id, v => new { v.Number, Name = names[v.ResidentId] });
        var allTime = await HoursAsync(db.Set<ServiceRecord>().Where(s => volunteerIds.Contains(s.VolunteerId)), cancellationToken);
        // Ranked among the volunteers the caller's scope shows.
        return [.. hours.Where(h => people.ContainsKey(h.Key)).OrderByDescending(h => h.Value.Hours).ThenBy(h => people[h.Key].Number)
            .Select((h, i) => new RecognitionLine(i + 1, h.Key, people[h.Key].Number, people[h.Key].Name, h.Value.Hours, h.Value.Services,
                StarLevel.Of(allTime.GetValueOrDefault(h.Key).Hours)))];
    }

    /// <summary>The service records of a community's volunteers (or one team's) dated in [from, to]: what recognition counts.</summary>
    internal async Task<IQueryable<ServiceRecord>> ServedInAsync(int communityId, DateOnly from, DateOnly to, int? groupId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        if (to < from) throw new FieldValidationException("to", "Volunteer.PeriodInvalid");
        var records = db.Set<ServiceRecord>().Where(s => s.CommunityId == communityId && s.Date >= from && s.Date <= to);
        if (groupId is not { } g) return records;
        if (!await groups.InCommunityAsync(g, communityId, cancellationToken))
            throw new FieldValidationException("groupId", "Volunteer.GroupNotHere");
        var roster = await groups.RosterAsync(g, cancellationToken);
        var ids = db.Set<Volunteer>().Where(v => roster.Contains(v.ResidentId)).Select(v => v.Id);
        return records.Where(s => ids.Contains(s.VolunteerId));
    }

    public async Task<VolunteerProfile> ProfileAsync(int volunteerId, CancellationToken cancellationToken)
    {
        var view = await volunteers.ViewAsync(volunteerId, cancellationToken);
        return await ProfileOfAsync(view, ignoreScope: false, cancellationToken);
    }

    /// <summary>The signed-in resident's own volunteer record (Arts. 12–13: volunteers may query their records); 404 for a resident who is not a volunteer.</summary>
    public async Task<VolunteerProfile> OwnAsync(string userId, CancellationToken cancellationToken)
    {
        var me = await self.OwnResidentAsync(userId, cancellationToken);
        // Found through the resident scope; the records below are keyed by the volunteer and are staff records otherwise.
        var volunteer = await db.Set<Volunteer>().AsNoTracking().FirstOrDefaultAsync(v => v.ResidentId == me.Id, cancellationToken) ?? throw new NotFoundException();
        var id = volunteer.Id;
        var services = await db.Set<ServiceRecord>().IgnoreQueryFilters().Where(s => s.VolunteerId == id).Select(s => s.Hours).ToListAsync(cancellationToken);
        var view = new VolunteerView(volunteer.Id, volunteer.Number, me.Id, me.Name, Split(volunteer.Skills), Split(volunteer.ServiceCategories),
            ChinaTime.ToOffset(volunteer.RegisteredAt), services.Sum(), services.Count, StarLevel.Of(services.Sum()));
        return await ProfileOfAsync(view, ignoreScope: true, cancellationToken);
    }

    private async Task<VolunteerProfile> ProfileOfAsync(VolunteerView view, bool ignoreScope, CancellationToken cancellationToken)
    {
        IQueryable<T> Set<T>() where T : class => ignoreScope ? db.Set<T>().IgnoreQueryFilters().AsNoTracking() : db.Set<T>().AsNoTracking();
        var id = view.Id;
        var services = await Set<ServiceRecord>().Where(s => s.VolunteerId == id).OrderByDescending(s => s.Date).ThenByDescending(s => s.Id).Take(1000).ToListAsync(cancellationToken);
        var trainings = await Set<TrainingRecord>().Where(t => t.VolunteerId == id).OrderByDescending(t => t.Date).ToListAsync(cancellationToken);
        var awards = await Set<AwardRecord>().Where(a => a.VolunteerId == id).OrderByDescending(a => a.Date).ToListAsync(cancellationToken);
        var evaluations = await Set<Evaluation>().Where(e => e.VolunteerId == id).OrderByDescending(e => e.Date).ToListAsync(cancellationToken);
        var corrections = await Set<ServiceCorrection>().Where(c => c.VolunteerId == id).OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
        var certificates = await Set<Certificate>().Where(c => c.VolunteerId == id).OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
        return new VolunteerProfile(view with { Stars = StarLevel.Of(view.TotalHours) }, StarLevel.Of(view.TotalHours), StarLevel.ToNext(view.TotalHours),
            [.. services.Select(VolunteersService.View)],
            [.. trainings.Select(TrainingView.Of)],
            [.. awards.Select(AwardView.Of)],
            [.. evaluations.Select(EvaluationView.Of)],
            [.. corrections.Select(c => VolunteerRecordsService.View(c, view.Name))],
            [.. certificates.Select(c => VolunteersService.View(c, ""))]);
    }

    /// <summary>
    /// Hours and services per volunteer, added up by the database. SQLite keeps decimals as text and cannot add them up
    /// as decimals, so they are added as doubles and rounded back to the two decimals every record has: exact for any
    /// number of records a community keeps.
    /// </summary>
    internal static async Task<Dictionary<int, (decimal Hours, int Services)>> HoursAsync(IQueryable<ServiceRecord> records, CancellationToken cancellationToken) =>
        (await records.GroupBy(s => s.VolunteerId).Select(g => new { g.Key, Hours = g.Sum(s => (double)s.Hours), Services = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(g => g.Key, g => (decimal.Round((decimal)g.Hours, 2), g.Services));

    private static string[] Split(string text) => text.Length == 0 ? [] : text.Split("、");
}
