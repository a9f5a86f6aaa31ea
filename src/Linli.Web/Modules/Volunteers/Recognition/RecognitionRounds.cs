using System.Security.Claims;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers.Recognition;

/// <summary>
/// Recognition rounds: set up with their criteria, ranked from the records at any time, decided once (the awardees
/// frozen and an award written to each one's Order 67 record), and certified with certificates that may carry two
/// issuers.
/// </summary>
public sealed class RecognitionRounds(LinliDb db, ResidentPlacement placement, VolunteerProfiles profiles, VolunteersService volunteers, ResidentDirectory residents, AuditLog audit, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<int> CreateAsync(RecognitionRoundRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var title = errors.Text(request.Title, "title", RecognitionRound.MaxTitle);
        if (request.CommunityId is null) errors["communityId"] = new("Validation.Required");
        if (request.From is null) errors["from"] = new("Validation.Required");
        if (request.To is null) errors["to"] = new("Validation.Required");
        if (request.Weights is not { Valid: true }) errors["weights"] = new("Volunteer.WeightsInvalid");
        if (request.Places is not (>= 1 and <= RecognitionRound.MaxPlaces)) errors["places"] = new("Validation.Range", 1, RecognitionRound.MaxPlaces);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        // Checks the community, the period and the team the way the ranking will read them.
        await profiles.ServedInAsync(request.CommunityId!.Value, request.From!.Value, request.To!.Value, request.GroupId, cancellationToken);

        var round = new RecognitionRound(request.CommunityId.Value, title, request.From.Value, request.To.Value, request.GroupId, request.Weights!, request.Places!.Value,
            user.Identity?.Name ?? "", Now);
        db.Add(round);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("recognition.created", "RecognitionRound", round.Id.ToString(), $"{round.Title} {round.From:yyyy-MM-dd}..{round.To:yyyy-MM-dd}", cancellationToken);
        return round.Id;
    }

    public async Task<IReadOnlyList<RecognitionRoundLine>> ListAsync(int communityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        return [.. (await db.Set<RecognitionRound>().AsNoTracking().Where(r => r.CommunityId == communityId).OrderByDescending(r => r.To).ThenByDescending(r => r.Id)
            .Take(200).ToListAsync(cancellationToken))
            .Select(r => new RecognitionRoundLine(r.Id, r.Title, r.From, r.To, r.Weights, r.Places, r.DecidedAt is { } at ? ChinaTime.ToOffset(at) : null))];
    }

    public async Task<RecognitionRoundView> ViewAsync(int id, CancellationToken cancellationToken)
    {
        var round = await FindAsync(id, cancellationToken);
        var (ranking, people) = await RankAsync(round, cancellationToken);
        var awards = await db.Set<RecognitionAward>().AsNoTracking().Where(a => a.RoundId == id).OrderBy(a => a.Rank).ToListAsync(cancellationToken);
        // An awardee whose service has since left the period is no longer ranked: read them too.
        foreach (var (volunteer, person) in await PeopleAsync([.. awards.Select(a => a.VolunteerId).Where(v => !people.ContainsKey(v))], cancellationToken))
            people[volunteer] = person;
        var awarded = awards.Select(a => new RoundLine(a.Rank, a.VolunteerId, people[a.VolunteerId].Number, people[a.VolunteerId].Name, a.Services, a.Hours,
            Rounded(a.Performance), a.Score, a.CertificateNumber)).ToList();
        bool? reproduced = round.DecidedAt is null ? null : awards.Select(a => (a.VolunteerId, a.Rank, a.Score))
            .SequenceEqual(ranking.Take(round.Places).Select(r => (r.VolunteerId, r.Rank, r.Score)));
        return new RecognitionRoundView(round.Id, round.CommunityId, round.Title, round.From, round.To, round.GroupId, round.Weights, round.Places,
            round.DecidedAt is { } at ? ChinaTime.ToOffset(at) : null,
            [.. ranking.Select(r => new RoundLine(r.Rank, r.VolunteerId, r.VolunteerNumber, people[r.VolunteerId].Name, r.Services, r.Hours, Rounded(r.Performance), r.Score))],
            awarded, reproduced);
    }

    /// <summary>Freezes the first <c>places</c> of the ranking as the awardees and writes the award to each one's record; once (409 after).</summary>
    public async Task<RecognitionRoundView> DecideAsync(int id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var round = await FindAsync(id, cancellationToken);
        var (ranking, _) = await RankAsync(round, cancellationToken);
        if (ranking.Count == 0) throw new ConflictException("Volunteer.NothingToRecognize");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var by = user.Identity?.Name ?? "";
        if (await db.Set<RecognitionRound>().Where(r => r.Id == id && r.DecidedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.DecidedAt, Now).SetProperty(r => r.DecidedBy, by), cancellationToken) == 0)
            throw new ConflictException("Volunteer.RoundDecided");
        var awardees = ranking.Take(round.Places).ToList();
        var ids = awardees.Select(a => a.VolunteerId).ToList();
        var people = await db.Set<Volunteer>().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        var unit = await volunteers.RecordingUnitAsync(round.CommunityId, cancellationToken);
        var today = ChinaTime.Today(clock);
        foreach (var line in awardees)
        {
            db.Add(new RecognitionAward(round, line));
            db.Add(new AwardRecord(people[line.VolunteerId], round.Title, today, unit, by));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync("recognition.decided", "RecognitionRound", id.ToString(), $"awardees={string.Join(',', ids)}", cancellationToken);
        return await ViewAsync(id, cancellationToken);
    }

    /// <summary>
    /// A certificate of the round's period for each awardee who has none from it yet — the seed's "由本项目执行机构印制、社区两委
    /// 共同盖章的志愿者证书" when a co-issuer is named. 409 before the decision or when every awardee has one.
    /// </summary>
    public async Task<RecognitionRoundView> CertifyAsync(int id, RoundCertificatesRequest request, string verifyBase, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var round = await FindAsync(id, cancellationToken);
        if (round.DecidedAt is null) throw new ConflictException("Volunteer.RoundNotDecided");
        var pending = await db.Set<RecognitionAward>().Where(a => a.RoundId == id && a.CertificateNumber == null).OrderBy(a => a.Rank).ToListAsync(cancellationToken);
        if (pending.Count == 0) throw new ConflictException("Volunteer.RoundCertified");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var award in pending)
        {
            var certificate = await volunteers.IssueCertificateAsync(award.VolunteerId, new CertificateRequest(round.From, round.To, request.Sealed, request.CoIssuer),
                verifyBase, user, cancellationToken);
            award.Certified(certificate.Number);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await ViewAsync(id, cancellationToken);
    }

    private async Task<RecognitionRound> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<RecognitionRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException();

    /// <summary>
    /// Everyone with service in the period, ranked by <see cref="RecognitionScore"/> (the same records always give the
    /// same list), with their numbers and names.
    /// </summary>
    private async Task<(IReadOnlyList<RankedVolunteer> Ranking, Dictionary<int, (string Number, string Name)> People)> RankAsync(RecognitionRound round,
        CancellationToken cancellationToken)
    {
        var records = await profiles.ServedInAsync(round.CommunityId, round.From, round.To, round.GroupId, cancellationToken);
        var served = await VolunteerProfiles.HoursAsync(records, cancellationToken);
        var ids = served.Keys.ToList();
        var people = await PeopleAsync(ids, cancellationToken);
        var ratings = (await db.Set<Evaluation>().Where(e => ids.Contains(e.VolunteerId) && e.Date >= round.From && e.Date <= round.To)
            .Select(e => new { e.VolunteerId, e.Rating }).ToListAsync(cancellationToken))
            .GroupBy(e => e.VolunteerId).ToDictionary(g => g.Key, g => g.Average(e => RecognitionScore.Points(e.Rating)));
        var ranking = RecognitionScore.Rank([.. served.Select(s => new ServedInPeriod(s.Key, people[s.Key].Number, s.Value.Services, s.Value.Hours,
            ratings.TryGetValue(s.Key, out var rating) ? rating : null))], round.Weights);
        return (ranking, people);
    }

    /// <summary>Numbers and names; a volunteer whose register entry the caller's scope does not show keeps their place with the number alone.</summary>
    private async Task<Dictionary<int, (string Number, string Name)>> PeopleAsync(IReadOnlyCollection<int> volunteerIds, CancellationToken cancellationToken)
    {
        var people = await db.Set<Volunteer>().Where(v => volunteerIds.Contains(v.Id)).Select(v => new { v.Id, v.Number, v.ResidentId }).ToListAsync(cancellationToken);
        var names = await residents.NamesAsync(people.Select(p => p.ResidentId), cancellationToken);
        return people.ToDictionary(p => p.Id, p => (p.Number, names.GetValueOrDefault(p.ResidentId) ?? ""));
    }

    private static decimal? Rounded(decimal? performance) => performance is { } p ? decimal.Round(p, 2, MidpointRounding.AwayFromZero) : null;
}
