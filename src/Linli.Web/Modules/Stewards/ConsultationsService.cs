using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Stewards;

/// <summary>Household consultations: put a question to a place's households, take one answer per household at the door, count the shares.</summary>
public sealed class ConsultationsService(LinliDb db, ResidentPlacement placement, ResidentDirectory residents, Disclosure.NoticesService notices, AuditLog audit, AccessScope scope, TimeProvider clock)
{
    public async Task<int> CreateAsync(NewConsultation input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.CommunityId is null) errors["communityId"] = new("Validation.Required");
        var title = errors.Text(input.Title, "title", Consultation.MaxTitle);
        var details = errors.Text(input.Details, "details", Consultation.MaxDetails, required: false);
        var options = (input.Options ?? []).Select(o => o?.Trim() ?? "").ToList();
        if (options.Count is < Consultation.MinOptions or > Consultation.MaxOptions) errors["options"] = new("Validation.Range", Consultation.MinOptions, Consultation.MaxOptions);
        for (var n = 0; n < options.Count; n++)
            if (options[n].Length is 0 or > Consultation.MaxOption) errors[$"options[{n}]"] = new("Validation.StringLength", 1, Consultation.MaxOption);
            // The request filter checks top-level text only; the options are nested.
            else if (!TextRules.IsClean(options[n])) errors[$"options[{n}]"] = new(TextRules.MessageKey);
            else if (options.IndexOf(options[n]) < n) errors[$"options[{n}]"] = new("Stewards.OptionTwice");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await placement.EnsureCommunityAsync(input.CommunityId!.Value, cancellationToken);
        var regionId = input.RegionId ?? input.CommunityId.Value;
        if (!await placement.IsWithinCommunityAsync(regionId, input.CommunityId.Value, cancellationToken)) throw new FieldValidationException("regionId", "Stewards.RegionOutside");

        var consultation = new Consultation(input.CommunityId.Value, regionId, title, FieldChecks.OrNull(details), options, scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        db.Add(consultation);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("consultation.created", "Consultation", consultation.Id.ToString(), $"community={consultation.CommunityId} region={regionId} options={options.Count}",
            cancellationToken);
        return consultation.Id;
    }

    public async Task<IReadOnlyList<ConsultationView>> ListAsync(int? communityId, CancellationToken cancellationToken) =>
        [.. (await db.Set<Consultation>().AsNoTracking().Where(c => communityId == null || c.CommunityId == communityId).OrderByDescending(c => c.Id).Take(500)
            .ToListAsync(cancellationToken)).Select(View)];

    public async Task<ConsultationView> ReadAsync(int id, CancellationToken cancellationToken) => View(await FindAsync(id, cancellationToken));

    /// <summary>
    /// A household's answer: a household living in the place, one of the options, once (the unique key decides two
    /// answers at once: the second is 409); none after the consultation closed.
    /// </summary>
    public async Task<int> AnswerAsync(int id, NewConsultationAnswer input, CancellationToken cancellationToken)
    {
        var consultation = await FindAsync(id, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        if (input.HouseholdId is not { } householdId || !await LivesInAsync(consultation, householdId, cancellationToken)) errors["householdId"] = new("Stewards.HouseholdNotHere");
        return await RecordAnswerAsync(consultation, input.HouseholdId ?? 0, input.Option, errors, cancellationToken);
    }

    /// <summary>
    /// Writes a household's answer once its place is checked (by the staff's scope, or by the steward's term): one of
    /// the options, while the consultation takes answers, once per household.
    /// </summary>
    internal async Task<int> RecordAnswerAsync(Consultation consultation, int householdId, string? optionText, Dictionary<string, FieldError> errors,
        CancellationToken cancellationToken)
    {
        var option = optionText?.Trim() ?? "";
        if (!consultation.OptionList.Contains(option)) errors["option"] = new("Stewards.NotAnOption", string.Join("、", consultation.OptionList));
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (consultation.ClosedAt is not null) throw new ConflictException("Stewards.Closed");

        var answer = new ConsultationAnswer(consultation, householdId, option, scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        db.Add(answer);
        await db.SaveOrConflictAsync("Stewards.HouseholdAnswered", cancellationToken);
        await audit.RecordAsync("consultation.answer", "Consultation", consultation.Id.ToString(), $"answer={answer.Id}", cancellationToken);
        return answer.Id;
    }

    public Task<int> OpenCountAsync(int communityId, CancellationToken cancellationToken) =>
        db.Set<Consultation>().CountAsync(c => c.CommunityId == communityId && c.ClosedAt == null, cancellationToken);

    public async Task<ConsultationResult> ResultAsync(int id, CancellationToken cancellationToken)
    {
        var consultation = await FindAsync(id, cancellationToken);
        var underPath = consultation.RegionId == consultation.CommunityId ? null
            : await db.Regions.Where(r => r.Id == consultation.RegionId).Select(r => r.Path).FirstAsync(cancellationToken);
        var households = await residents.CountHouseholdsAsync(consultation.CommunityId, underPath, cancellationToken);
        var counts = await db.Set<ConsultationAnswer>().Where(a => a.ConsultationId == id).GroupBy(a => a.Option).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var answered = counts.Values.Sum();
        var ordered = consultation.OptionList.ToDictionary(o => o, o => counts.GetValueOrDefault(o));
        return new ConsultationResult(id, consultation.Title, households, answered,
            ordered.ToDictionary(o => o.Key, o => answered == 0 ? 0m : decimal.Round(o.Value * 100m / answered, 2, MidpointRounding.AwayFromZero)), ordered,
            consultation.ClosedAt is not null, consultation.NoticeId);
    }

    /// <summary>
    /// Puts the result of a closed consultation up as a notice of its place (the notices module's, on display for the
    /// usual week), saying it is not a vote; once — the database decides two clerks publishing at once.
    /// </summary>
    public async Task<ConsultationResult> PublishAsync(int id, CancellationToken cancellationToken)
    {
        var consultation = await FindAsync(id, cancellationToken);
        if (consultation.ClosedAt is null) throw new ConflictException("Stewards.PublishAfterClose");
        if (consultation.NoticeId is not null) throw new ConflictException("Stewards.Published");
        var result = await ResultAsync(id, cancellationToken);
        var shares = string.Join("；", result.Counts.Select(c => $"{c.Key} {result.Shares[c.Key]:0.00}%（{c.Value} 户）"));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var notice = await notices.PublishForAsync(new Disclosure.NewNotice(consultation.CommunityId, $"入户征询结果：{consultation.Title}",
            $"本次征询应征询 {result.Households} 户，已答复 {result.Answered} 户。{shares}。\n比例按已答复户数计算，为征询意见，不是业主大会表决。",
            Disclosure.NoticeCategory.Other, RegionId: consultation.RegionId), cancellationToken);
        if (await db.Set<Consultation>().Where(c => c.Id == id && c.NoticeId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.NoticeId, notice), cancellationToken) == 0)
            throw new ConflictException("Stewards.Published");
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync("consultation.published", "Consultation", id.ToString(), $"notice={notice}", cancellationToken);
        return result with { NoticeId = notice };
    }

    /// <summary>Stops taking answers (the result stands as it is); once.</summary>
    public async Task<ConsultationResult> CloseAsync(int id, CancellationToken cancellationToken)
    {
        await FindAsync(id, cancellationToken);
        if (await db.Set<Consultation>().Where(c => c.Id == id && c.ClosedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ClosedAt, clock.GetUtcNow().UtcDateTime), cancellationToken) == 0)
            throw new ConflictException("Stewards.Closed");
        await audit.RecordAsync("consultation.closed", "Consultation", id.ToString(), "", cancellationToken);
        return await ResultAsync(id, cancellationToken);
    }

    private async Task<bool> LivesInAsync(Consultation consultation, int householdId, CancellationToken cancellationToken)
    {
        if (await residents.FindHouseholdAsync(householdId, cancellationToken) is not { } household || household.CommunityId != consultation.CommunityId) return false;
        if (consultation.RegionId == consultation.CommunityId) return true;
        var place = await db.Regions.Where(r => r.Id == consultation.RegionId).Select(r => r.Path).FirstAsync(cancellationToken);
        return household.UnitId is { } unit && await db.Regions.AnyAsync(u => u.Id == unit && u.Path.StartsWith(place), cancellationToken);
    }

    private async Task<Consultation> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<Consultation>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException();

    private static ConsultationView View(Consultation c) => new(c.Id, c.CommunityId, c.RegionId, c.Title, c.Details, c.OptionList, c.ClosedAt is not null);
}
