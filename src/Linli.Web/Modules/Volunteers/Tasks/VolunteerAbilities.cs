using System.Security.Claims;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers.Tasks;

/// <summary>A volunteer's ability note (<see cref="VolunteerAbility"/>): kept and read only under <see cref="VolunteersPolicies.Abilities"/>, every read recorded.</summary>
public sealed class VolunteerAbilities(LinliDb db, AccessRecorder access, AuditLog audit, TimeProvider clock)
{
    public async Task<AbilityView> ViewAsync(int volunteerId, CancellationToken cancellationToken)
    {
        var volunteer = await FindVolunteerAsync(volunteerId, cancellationToken);
        var ability = await db.Set<VolunteerAbility>().AsNoTracking().FirstOrDefaultAsync(a => a.VolunteerId == volunteer.Id, cancellationToken);
        if (ability is null) return new AbilityView(volunteerId, [], null, null, null);
        await access.RecordAsync("privacy.sensitive-read", "Volunteer", volunteerId.ToString(), "ability", "查看身体条件与特长", cancellationToken);
        return View(ability);
    }

    /// <summary>Records the note (replacing the last); 422 naming <c>limits[n]</c> for a word that is not a <see cref="BodyDemand"/>.</summary>
    public async Task<AbilityView> RecordAsync(int volunteerId, AbilityRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var volunteer = await FindVolunteerAsync(volunteerId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var limits = Demands(request.Limits, "limits", errors);
        var note = errors.Text(request.Note, "note", VolunteerAbility.MaxNote, required: false);
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var ability = await db.Set<VolunteerAbility>().FirstOrDefaultAsync(a => a.VolunteerId == volunteer.Id, cancellationToken);
        if (ability is null) db.Add(ability = new VolunteerAbility(volunteer));
        ability.Record(limits, FieldChecks.OrNull(note), user.Identity?.Name ?? "", clock.GetUtcNow().UtcDateTime);
        await db.SaveOrConflictAsync("Volunteer.AbilityChanged", cancellationToken);
        // What was recorded stays out of the audit chain: it is the sensitive part.
        await audit.RecordAsync("volunteer.ability-recorded", "Volunteer", volunteerId.ToString(), "", cancellationToken);
        return View(ability);
    }

    /// <summary>The limits of the community's volunteers that have a note, for matching; the caller records the read.</summary>
    internal async Task<IReadOnlyDictionary<int, BodyDemand>> LimitsInAsync(int communityId, CancellationToken cancellationToken) =>
        (await db.Set<VolunteerAbility>().AsNoTracking().Where(a => a.CommunityId == communityId).ToListAsync(cancellationToken))
            .ToDictionary(a => a.VolunteerId, a => a.LimitsFlags);

    internal async Task<BodyDemand> LimitsOfAsync(int volunteerId, CancellationToken cancellationToken) =>
        (await db.Set<VolunteerAbility>().AsNoTracking().FirstOrDefaultAsync(a => a.VolunteerId == volunteerId, cancellationToken))?.LimitsFlags ?? BodyDemand.None;

    /// <summary>Reads a list of <see cref="BodyDemand"/> names (as the API and the forms send them), naming each bad one by position.</summary>
    internal static BodyDemand Demands(IReadOnlyList<string>? names, string field, Dictionary<string, FieldError> errors)
    {
        var demands = BodyDemand.None;
        for (var i = 0; i < (names?.Count ?? 0); i++)
        {
            var named = BodyDemands.All.Where(d => string.Equals(d.ToString(), names![i]?.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (named.Count == 1) demands |= named[0];
            else errors[$"{field}[{i}]"] = new("Validation.Invalid");
        }
        return demands;
    }

    private async Task<Volunteer> FindVolunteerAsync(int volunteerId, CancellationToken cancellationToken) =>
        await db.Set<Volunteer>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == volunteerId, cancellationToken) ?? throw new NotFoundException();

    private static AbilityView View(VolunteerAbility a) => new(a.VolunteerId, BodyDemands.Split(a.LimitsFlags), a.Note, a.RecordedBy, a.RecordedAt);
}
