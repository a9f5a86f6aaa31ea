using System.Security.Claims;
using System.Text.Json;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Surveys;

/// <summary>
/// Collecting answers: online in the portal (anonymous or signed in), paper questionnaires typed in by staff, door-to-door
/// entries sent from a volunteer's phone. Each response is checked whole by <see cref="AnswerRules"/> and saved in one go.
/// </summary>
public sealed class ResponsesService(IAuthorizationService authorization, LinliDb db, SurveysService surveys, SelfServiceService self, ResidentDirectory residents, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// A response through the API or a console page. Staff who collect (<see cref="SurveysPolicies.MayCollect"/>) enter any
    /// channel, naming the respondent if known; a resident answers for themselves, online.
    /// </summary>
    public async Task<ResponseCreated> SubmitAsync(int surveyId, ResponseInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var survey = await db.Set<Survey>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(s => s.Id == surveyId, cancellationToken) ?? throw new NotFoundException();
        if (await authorization.AllowsAsync(user, SurveysPolicies.Collect))
        {
            // Staff reach the surveys of their own communities only.
            await surveys.FindAsync(surveyId, cancellationToken);
            if (input.Channel is not { } channel || !Enum.IsDefined(channel)) throw new FieldValidationException("channel", "Validation.Invalid");
            var respondent = await StaffRespondentAsync(survey, input, cancellationToken);
            return await SaveAsync(survey, channel, respondent, input.Answers, input.ClientKey, user.Identity?.Name, cancellationToken);
        }
        if (!user.IsInRole(Roles.Resident)) throw new ForbiddenException();
        if (input.Channel is { } given && given != ResponseChannel.Online) throw new FieldValidationException("channel", "Surveys.OnlineOnly");
        var own = await OwnRespondentAsync(survey, user, cancellationToken) ?? throw new NotFoundException();
        return await SaveAsync(survey, ResponseChannel.Online, own, input.Answers, input.ClientKey, null, cancellationToken);
    }

    /// <summary>An answer through the public link: anyone if the survey allows, else the signed-in resident of its community.</summary>
    public async Task<ResponseCreated> SubmitPublicAsync(string token, Dictionary<string, JsonElement>? answers, string? clientKey, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var survey = await PublicAsync(token, cancellationToken);
        var respondent = await OwnRespondentAsync(survey, user, cancellationToken);
        if (respondent is null && survey.Respondents == SurveyRespondents.SignedIn) throw new ForbiddenException();
        return await SaveAsync(survey, ResponseChannel.Online, respondent ?? Respondent.Anonymous, answers, clientKey, null, cancellationToken);
    }

    /// <summary>A survey by its public token, open or closed (a closed one says so); drafts are not public.</summary>
    public async Task<Survey> PublicAsync(string token, CancellationToken cancellationToken) =>
        await db.Set<Survey>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(s => s.Token == token && s.Status != SurveyStatus.Draft, cancellationToken)
        ?? throw new NotFoundException();

    public Task<List<SurveyQuestion>> PublicQuestionsAsync(int surveyId, CancellationToken cancellationToken) =>
        db.Set<SurveyQuestion>().AsNoTracking().Where(q => q.SurveyId == surveyId).OrderBy(q => q.Position).ToListAsync(cancellationToken);

    /// <summary>The open surveys of a resident's community, each with whether they (or, once per household, their home) have answered.</summary>
    public async Task<IReadOnlyList<PortalSurveyItem>> OpenForResidentAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ResidentBasics own;
        try
        {
            own = await self.OwnResidentAsync(user.UserId(), cancellationToken);
        }
        catch (NotFoundException)
        {
            return [];
        }
        var open = await db.Set<Survey>().AsNoTracking().Where(s => s.CommunityId == own.CommunityId && s.Status == SurveyStatus.Open)
            .OrderByDescending(s => s.OpenedAt).Take(50).ToListAsync(cancellationToken);
        var paths = await PathsAsync(own.UnitId, open.Select(s => s.TargetRegionId), cancellationToken);
        var surveys = open.Where(s => Counts(s, own.UnitId, paths)).ToList();
        var ids = surveys.Select(s => s.Id).ToList();
        var (person, household) = ($"r:{own.Id}", $"h:{own.HouseholdId}");
        var answered = await db.Set<SurveyResponse>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => ids.Contains(r.SurveyId) && (r.ResidentId == own.Id || r.OnceKey == person || r.OnceKey == household)).Select(r => r.SurveyId).Distinct()
            .ToListAsync(cancellationToken);
        return [.. surveys.Select(s => new PortalSurveyItem(s.Title, $"/s/{s.Token}", answered.Contains(s.Id)))];
    }

    /// <summary>How many responses of a survey the named person typed in or brought from doors, for their tally on the entry page.</summary>
    public Task<int> EnteredByAsync(int surveyId, string userName, CancellationToken cancellationToken) =>
        db.Set<SurveyResponse>().CountAsync(r => r.SurveyId == surveyId && r.EnteredBy == userName, cancellationToken);

    /// <summary>Whether the signed-in resident (or their household) has already answered a once-only survey.</summary>
    public async Task<bool> AlreadyAnsweredAsync(Survey survey, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (survey.OncePer == SurveyOncePer.None || await OwnRespondentAsync(survey, user, cancellationToken) is not { } me) return false;
        var key = survey.OncePer == SurveyOncePer.Person ? $"r:{me.ResidentId}" : $"h:{me.HouseholdId}";
        return await db.Set<SurveyResponse>().IgnoreQueryFilters().AnyAsync(r => r.SurveyId == survey.Id && r.OnceKey == key, cancellationToken);
    }

    private async Task<ResponseCreated> SaveAsync(Survey survey, ResponseChannel channel, Respondent respondent, Dictionary<string, JsonElement>? answers,
        string? clientKey, string? enteredBy, CancellationToken cancellationToken)
    {
        clientKey = string.IsNullOrWhiteSpace(clientKey) ? null : clientKey.Trim();
        if (clientKey is { Length: > SurveyResponse.MaxClientKey }) throw new FieldValidationException("clientKey", "Validation.MaxLength", SurveyResponse.MaxClientKey);
        // A phone resending what already arrived gets the first response back, whatever happened to the survey since.
        if (clientKey is not null && await ReplayAsync(survey.Id, clientKey, cancellationToken) is { } earlier) return earlier;
        if (!survey.TakesResponses) throw new ConflictException("Surveys.NotOpen");
        var questions = await PublicQuestionsAsync(survey.Id, cancellationToken);
        var rows = AnswerRules.Check(survey.Id, questions, answers);
        if (rows.Count == 0) throw new FieldValidationException("answers", "Surveys.Empty");

        var response = new SurveyResponse(survey, channel, respondent, clientKey, enteredBy, Now, rows);
        db.Set<SurveyResponse>().Add(response);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (clientKey is not null && await ReplayAsync(survey.Id, clientKey, cancellationToken) is { } raced) return raced;
            throw new ConflictException(survey.OncePer == SurveyOncePer.Household ? "Surveys.HouseholdAnswered" : "Surveys.AlreadyAnswered");
        }
        return new ResponseCreated(response.Id, Replayed: false);
    }

    private async Task<ResponseCreated?> ReplayAsync(int surveyId, string clientKey, CancellationToken cancellationToken)
    {
        var id = await db.Set<SurveyResponse>().IgnoreQueryFilters().Where(r => r.SurveyId == surveyId && r.ClientKey == clientKey).Select(r => (int?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return id is { } found ? new ResponseCreated(found, Replayed: true) : null;
    }

    private async Task<Respondent> StaffRespondentAsync(Survey survey, ResponseInput input, CancellationToken cancellationToken)
    {
        if (input.ResidentId is { } residentId)
        {
            var resident = await residents.FindAsync(residentId, cancellationToken) is { } found && found.CommunityId == survey.CommunityId ? found
                : throw new FieldValidationException("residentId", "Surveys.NotInCommunity");
            await EnsureInTargetAsync(survey, resident.UnitId, "residentId", cancellationToken);
            return await RespondentAsync(resident, cancellationToken);
        }
        if (input.HouseholdId is { } householdId)
        {
            var household = await residents.FindHouseholdAsync(householdId, cancellationToken) is { } found && found.CommunityId == survey.CommunityId ? found
                : throw new FieldValidationException("householdId", "Surveys.NotInCommunity");
            await EnsureInTargetAsync(survey, household.UnitId, "householdId", cancellationToken);
            return new Respondent(null, household.Id, await CompoundOfAsync(household.UnitId, cancellationToken), null);
        }
        if (input.CompoundId is { } compoundId)
        {
            var community = await db.Regions.AsNoTracking().Where(r => r.Id == survey.CommunityId).Select(r => r.Path).FirstAsync(cancellationToken);
            var inside = await db.Regions.AsNoTracking().AnyAsync(r => r.Id == compoundId && r.Kind == RegionKind.Compound && r.Path.StartsWith(community), cancellationToken);
            if (!inside) throw new FieldValidationException("compoundId", "Surveys.NotInCommunity");
            return new Respondent(null, null, compoundId, null);
        }
        return Respondent.Anonymous;
    }

    private async Task<Respondent?> OwnRespondentAsync(Survey survey, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true || !user.IsInRole(Roles.Resident)) return null;
        ResidentBasics own;
        try
        {
            own = await self.OwnResidentAsync(user.UserId(), cancellationToken);
        }
        catch (NotFoundException)
        {
            return null;
        }
        // A resident of another community answers an open survey as anyone would, without their name attached.
        if (own.CommunityId != survey.CommunityId) return null;
        await EnsureInTargetAsync(survey, own.UnitId, "answers", cancellationToken);
        var respondent = await RespondentAsync(own, cancellationToken);
        // A survey open to anyone is anonymous for those signed in too: only the compound and age band, for the cross-tabs.
        return survey.Respondents == SurveyRespondents.Anyone ? respondent with { ResidentId = null, HouseholdId = null } : respondent;
    }

    /// <summary>
    /// A survey for the households of one place (a compound, a courtyard: a micro-renewal's preference poll) counts
    /// only the households living there; a known respondent from elsewhere in the community is told so.
    /// </summary>
    private async Task EnsureInTargetAsync(Survey survey, int? unitId, string field, CancellationToken cancellationToken)
    {
        if (!Counts(survey, unitId, await PathsAsync(unitId, [survey.TargetRegionId], cancellationToken)))
            throw new FieldValidationException(field, "Surveys.OutsideTarget");
    }

    /// <summary>
    /// Whether a household living in the unit belongs to the survey's respondents: always, unless the survey is for
    /// one place's households; <paramref name="paths"/> holds the unit's and the places' region paths.
    /// </summary>
    private static bool Counts(Survey survey, int? unitId, IReadOnlyDictionary<int, string> paths) =>
        survey.Target != SurveyTarget.Households || survey.TargetRegionId is not { } target || target == survey.CommunityId
        || (unitId is { } unit && paths.TryGetValue(unit, out var unitPath) && paths.TryGetValue(target, out var targetPath)
            && unitPath.StartsWith(targetPath, StringComparison.Ordinal));

    /// <summary>The region paths of a unit and of surveys' target places, in one read past the region filter.</summary>
    private async Task<IReadOnlyDictionary<int, string>> PathsAsync(int? unitId, IEnumerable<int?> targets, CancellationToken cancellationToken)
    {
        var ids = targets.OfType<int>().Distinct().ToList();
        if (unitId is not { } unit || ids.Count == 0) return new Dictionary<int, string>();
        ids.Add(unit);
        return await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Path, cancellationToken);
    }

    private async Task<Respondent> RespondentAsync(ResidentBasics resident, CancellationToken cancellationToken) =>
        new(resident.Id, resident.HouseholdId, await CompoundOfAsync(resident.UnitId, cancellationToken), AgeBands.Of(resident.AgeOn(ChinaTime.Today(clock))));

    /// <summary>The compound a unit lies in: the compound among the ids on its path.</summary>
    private async Task<int?> CompoundOfAsync(int? unitId, CancellationToken cancellationToken)
    {
        if (unitId is not { } id) return null;
        var path = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => r.Id == id).Select(r => r.Path).FirstOrDefaultAsync(cancellationToken);
        if (path is null) return null;
        var ids = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        return await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => ids.Contains(r.Id) && r.Kind == RegionKind.Compound).Select(r => (int?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
