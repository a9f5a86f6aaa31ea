using System.Security.Claims;
using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Points.Earning;

/// <summary>
/// The community's earning rules and what they award: points per volunteer hour, per activity attended, per deed,
/// and weekly threshold rewards; plus items-for-items exchanges. Every award goes through
/// <see cref="PointsService.GrantAsync"/> under a key naming its cause, so nothing is ever awarded twice.
/// </summary>
public sealed class EarningService(IAuthorizationService authorization, LinliDb db, PointsService points, ResidentPlacement placement, ResidentDirectory residents, ActivityDirectory activities, AuditLog audit, TimeProvider clock)
{
    private const string CheckInKeyPrefix = "checkin:";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<RuleView> AddRuleAsync(NewRule input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await authorization.AllowsAsync(user, PointsPolicies.Manage)) throw new ForbiddenException();
        var errors = new Dictionary<string, FieldError>();
        if (input.CommunityId is null) errors["communityId"] = new("Validation.Required");
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors["kind"] = new("Validation.Invalid");
        var counted = input.Kind is RuleKind.PerDeed or RuleKind.WeeklyThreshold;
        var deed = input.Deed?.Trim() is { Length: > 0 } d ? d : null;
        if (counted && deed is null) errors["deed"] = new("Validation.Required");
        if (deed?.Length > EarningRule.MaxText) errors["deed"] = new("Validation.MaxLength", EarningRule.MaxText);
        var reward = input.Reward?.Trim() is { Length: > 0 } r ? r : null;
        if (reward?.Length > EarningRule.MaxText) errors["reward"] = new("Validation.MaxLength", EarningRule.MaxText);
        var minimum = input.Kind == RuleKind.WeeklyThreshold && reward is not null ? 0 : 1;
        if (input.Points is not { } p || p < minimum || p > PointsService.MaxAward) errors["points"] = new("Points.AmountInvalid", PointsService.MaxAward);
        if (input.Kind == RuleKind.WeeklyThreshold && input.Threshold is not (>= 1 and <= 100)) errors["threshold"] = new("Earning.ThresholdInvalid");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await placement.EnsureCommunityAsync(input.CommunityId!.Value, cancellationToken);

        // One rate at a time for hours and attendance: the new rule replaces the old. Deed rules of different deeds live side by side.
        var replaced = await db.Set<EarningRule>().Where(x => x.CommunityId == input.CommunityId && x.Active && x.Kind == input.Kind && x.Deed == (counted ? deed : null)
            && x.Threshold == (input.Kind == RuleKind.WeeklyThreshold ? input.Threshold : null)).ToListAsync(cancellationToken);
        replaced.ForEach(x => x.SwitchOff());
        var rule = new EarningRule(input.CommunityId.Value, input.Kind!.Value, counted ? deed : null, input.Points!.Value,
            input.Kind == RuleKind.WeeklyThreshold ? input.Threshold : null, input.Kind == RuleKind.WeeklyThreshold ? reward : null, user.Identity?.Name ?? "", Now);
        db.Set<EarningRule>().Add(rule);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("points.rule-added", "Community", rule.CommunityId.ToString(), $"rule={rule.Id} {rule.Kind} {rule.Deed} {rule.Points}", cancellationToken);
        return View(rule);
    }

    public async Task SwitchOffAsync(int ruleId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await authorization.AllowsAsync(user, PointsPolicies.Manage)) throw new ForbiddenException();
        var rule = await db.Set<EarningRule>().FirstOrDefaultAsync(x => x.Id == ruleId, cancellationToken) ?? throw new NotFoundException();
        rule.SwitchOff();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("points.rule-off", "Community", rule.CommunityId.ToString(), $"rule={rule.Id}", cancellationToken);
    }

    public async Task<IReadOnlyList<RuleView>> RulesAsync(int communityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var rules = await db.Set<EarningRule>().AsNoTracking().Where(x => x.CommunityId == communityId).OrderByDescending(x => x.Active).ThenBy(x => x.Kind).ThenBy(x => x.Id)
            .ToListAsync(cancellationToken);
        return [.. rules.Select(View)];
    }

    /// <summary>
    /// A deed for a resident: its points under each active PerDeed rule, then any weekly threshold it completes. The
    /// key (from the desk's page) makes a resent form record once.
    /// </summary>
    public async Task<DeedResult> RecordDeedAsync(DeedRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var name = errors.Text(request.Deed, "deed", EarningRule.MaxText);
        if (request.Quantity is < 1 or > 100) errors["quantity"] = new("Earning.QuantityInvalid");
        var key = PointsService.CheckedKey(request.IdempotencyKey ?? Guid.NewGuid().ToString("N"), errors);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var resident = await points.StaffResidentAsync(request.ResidentId, cancellationToken);

        var deed = await db.Set<Deed>().AsNoTracking().FirstOrDefaultAsync(x => x.CommunityId == resident.CommunityId && x.IdempotencyKey == key, cancellationToken);
        if (deed is null)
        {
            deed = new Deed(resident.CommunityId, resident.Id, name, request.Quantity ?? 1, ChinaTime.Today(clock), key, user.Identity?.Name ?? "", Now);
            db.Set<Deed>().Add(deed);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                deed = await db.Set<Deed>().AsNoTracking().FirstAsync(x => x.CommunityId == resident.CommunityId && x.IdempotencyKey == key, cancellationToken);
            }
        }
        var rules = await ActiveRulesAsync(resident.CommunityId, cancellationToken);
        var awarded = 0;
        foreach (var rule in rules.Where(x => x.Kind == RuleKind.PerDeed && x.Deed == deed.Name))
        {
            var tx = await points.GrantAsync(deed.CommunityId, deed.ResidentId, rule.Points * deed.Quantity, $"{deed.Name}×{deed.Quantity}", $"rule:{rule.Id}",
                $"deed:{deed.Id}:rule:{rule.Id}", user.Identity?.Name ?? "", cancellationToken);
            awarded += tx.Points;
        }
        var weekCount = await WeekCountAsync(deed.CommunityId, deed.ResidentId, deed.WeekOf, deed.Name, cancellationToken);
        var granted = await GrantThresholdsAsync(rules, deed.CommunityId, deed.ResidentId, deed.WeekOf, deed.Name, weekCount, cancellationToken);
        await audit.RecordAsync("points.deed", "Resident", deed.ResidentId.ToString(), $"deed={deed.Id} {deed.Name}×{deed.Quantity}", cancellationToken);
        return new DeedResult(deed.Id, deed.ResidentId, deed.Name, deed.Quantity, weekCount, awarded, await RewardViewsAsync(granted, cancellationToken));
    }

    /// <summary>
    /// The weekly rules that <paramref name="count"/> deeds of that week now meet, each granted once: the unique index on
    /// rule, resident and week decides between two desks (or a desk and the job) at once.
    /// </summary>
    private async Task<List<ThresholdReward>> GrantThresholdsAsync(IReadOnlyList<EarningRule> rules, int communityId, int residentId, DateOnly weekOf, string deedName,
        int count, CancellationToken cancellationToken)
    {
        var granted = new List<ThresholdReward>();
        foreach (var rule in rules.Where(x => x.Kind == RuleKind.WeeklyThreshold && x.Deed == deedName && count >= x.Threshold))
        {
            if (await db.Set<ThresholdReward>().AnyAsync(x => x.RuleId == rule.Id && x.ResidentId == residentId && x.WeekOf == weekOf, cancellationToken)) continue;
            var reward = new ThresholdReward(rule, residentId, weekOf, Now);
            db.Set<ThresholdReward>().Add(reward);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                continue;
            }
            if (rule.Points > 0)
                await points.GrantAsync(communityId, residentId, rule.Points, $"{deedName}：本周满{rule.Threshold}次", $"rule:{rule.Id}",
                    $"threshold:{rule.Id}:{residentId}:{weekOf:yyyyMMdd}", "system", cancellationToken);
            await audit.RecordAsync("points.threshold", "Resident", residentId.ToString(), $"rule={rule.Id} week={weekOf:yyyy-MM-dd}", cancellationToken);
            granted.Add(reward);
        }
        return granted;
    }

    /// <summary>
    /// What the periodic job does: points for check-ins under the attendance rule, and weekly thresholds for this
    /// week and last (a rule added mid-week counts the deeds already done). Safe to run twice.
    /// </summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var done = 0;
        var rules = await db.Set<EarningRule>().AsNoTracking().Where(x => x.Active).ToListAsync(cancellationToken);
        var started = Now;
        var since = started.AddDays(-14);
        foreach (var rule in rules.Where(x => x.Kind == RuleKind.PerActivityAttended && x.CreatedAt <= Now))
        {
            // Only the check-ins not yet awarded: the job runs hourly over two weeks of them.
            var checkIns = await activities.CheckInsSinceAsync(rule.CommunityId, since > rule.CreatedAt ? since : rule.CreatedAt, cancellationToken);
            var keys = checkIns.Select(c => CheckInKeyPrefix + c.CheckInId).ToList();
            var awarded = (await db.Set<PointsTransaction>().Where(t => t.CommunityId == rule.CommunityId && keys.Contains(t.IdempotencyKey))
                .Select(t => t.IdempotencyKey).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var c in checkIns.Where(c => !awarded.Contains(CheckInKeyPrefix + c.CheckInId)))
            {
                var tx = await points.GrantAsync(rule.CommunityId, c.ResidentId, rule.Points, $"参加活动：{c.ActivityTitle}", $"rule:{rule.Id}", CheckInKeyPrefix + c.CheckInId,
                    "system", cancellationToken);
                if (tx.CreatedAt >= started) done++;
            }
        }
        var thisWeek = Deed.MondayOf(ChinaTime.Today(clock));
        foreach (var group in rules.Where(x => x.Kind == RuleKind.WeeklyThreshold).GroupBy(x => x.CommunityId))
        {
            var deeds = group.Select(x => x.Deed!).Distinct().ToList();
            // Each resident's count per deed and week, summed in the same query that finds them.
            var candidates = await db.Set<Deed>().AsNoTracking()
                .Where(x => x.CommunityId == group.Key && x.WeekOf >= thisWeek.AddDays(-7) && deeds.Contains(x.Name))
                .GroupBy(x => new { x.ResidentId, x.WeekOf, x.Name }).Select(g => new { g.Key.ResidentId, g.Key.WeekOf, g.Key.Name, Count = g.Sum(x => x.Quantity) })
                .ToListAsync(cancellationToken);
            foreach (var c in candidates)
                done += (await GrantThresholdsAsync([.. group], group.Key, c.ResidentId, c.WeekOf, c.Name, c.Count, cancellationToken)).Count;
        }
        return done;
    }

    /// <summary>Points for confirmed volunteer hours under the community's hourly rule (rounded down); 0 when there is no rule.</summary>
    public async Task<int> ForVolunteerHoursAsync(int communityId, int residentId, decimal hours, int serviceRecordId, string activityName, string by,
        CancellationToken cancellationToken)
    {
        var rule = (await ActiveRulesAsync(communityId, cancellationToken)).FirstOrDefault(x => x.Kind == RuleKind.PerVolunteerHour);
        var amount = rule is null ? 0 : (int)Math.Floor(rule.Points * hours);
        if (amount <= 0) return 0;
        var tx = await points.GrantAsync(communityId, residentId, amount, $"志愿服务{hours:0.##}小时：{activityName}", $"rule:{rule!.Id}", $"service:{serviceRecordId}", by,
            cancellationToken);
        return tx.Points;
    }

    public async Task<IReadOnlyList<RewardView>> RewardsToHandOutAsync(int communityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var rewards = await db.Set<ThresholdReward>().AsNoTracking().Where(x => x.CommunityId == communityId && x.Reward != null && x.HandedOutAt == null)
            .OrderBy(x => x.Id).Take(500).ToListAsync(cancellationToken);
        return await RewardViewsAsync(rewards, cancellationToken);
    }

    /// <summary>The goods of a reward handed over; by one conditional update, so two desks hand it out once.</summary>
    public async Task HandOutAsync(int rewardId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var reward = await db.Set<ThresholdReward>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == rewardId, cancellationToken) ?? throw new NotFoundException();
        var by = user.Identity?.Name ?? "";
        var now = Now;
        var changed = await db.Set<ThresholdReward>().Where(x => x.Id == reward.Id && x.HandedOutAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.HandedOutAt, now).SetProperty(x => x.HandedOutBy, by), cancellationToken);
        if (changed == 0) throw new ConflictException("Earning.AlreadyHandedOut");
        await audit.RecordAsync("points.reward-handed-out", "Resident", reward.ResidentId.ToString(), $"reward={reward.Id}", cancellationToken);
    }

    public async Task<SwapView> SwapAsync(SwapRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var given = errors.Text(request.Given, "given", EarningRule.MaxText);
        var received = errors.Text(request.Received, "received", EarningRule.MaxText);
        if (request.CommunityId is null) errors["communityId"] = new("Validation.Required");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await placement.EnsureCommunityAsync(request.CommunityId!.Value, cancellationToken);
        string? name = null;
        if (request.ResidentId is { } residentId)
        {
            var resident = await points.StaffResidentAsync(residentId, cancellationToken);
            if (resident.CommunityId != request.CommunityId) throw new FieldValidationException("residentId", "Points.ResidentNotFound");
            name = resident.Name;
        }
        var swap = new ItemSwap(request.CommunityId.Value, request.ResidentId, given, received, user.Identity?.Name ?? "", Now);
        db.Set<ItemSwap>().Add(swap);
        await db.SaveChangesAsync(cancellationToken);
        return new SwapView(swap.Id, swap.ResidentId, name, swap.Given, swap.Received, ChinaTime.ToOffset(swap.At));
    }

    public async Task<IReadOnlyList<SwapView>> SwapsAsync(int communityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var swaps = await db.Set<ItemSwap>().AsNoTracking().Where(x => x.CommunityId == communityId).OrderByDescending(x => x.Id).Take(200).ToListAsync(cancellationToken);
        var names = await residents.NamesAsync(swaps.Where(s => s.ResidentId is not null).Select(s => s.ResidentId!.Value), cancellationToken);
        return [.. swaps.Select(s => new SwapView(s.Id, s.ResidentId, s.ResidentId is { } id ? names.GetValueOrDefault(id) : null, s.Given, s.Received,
            ChinaTime.ToOffset(s.At)))];
    }

    private async Task<int> WeekCountAsync(int communityId, int residentId, DateOnly weekOf, string deedName, CancellationToken cancellationToken) =>
        await db.Set<Deed>().Where(x => x.CommunityId == communityId && x.ResidentId == residentId && x.WeekOf == weekOf && x.Name == deedName)
            .SumAsync(x => x.Quantity, cancellationToken);

    private async Task<List<EarningRule>> ActiveRulesAsync(int communityId, CancellationToken cancellationToken) =>
        await db.Set<EarningRule>().AsNoTracking().Where(x => x.CommunityId == communityId && x.Active).ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<RewardView>> RewardViewsAsync(List<ThresholdReward> rewards, CancellationToken cancellationToken)
    {
        if (rewards.Count == 0) return [];
        var ruleIds = rewards.Select(x => x.RuleId).Distinct().ToList();
        var residentIds = rewards.Select(x => x.ResidentId).Distinct().ToList();
        var deeds = await db.Set<EarningRule>().Where(x => ruleIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Deed ?? "", cancellationToken);
        var names = await residents.NamesAsync(residentIds, cancellationToken);
        return [.. rewards.Select(x => new RewardView(x.Id, x.ResidentId, names.GetValueOrDefault(x.ResidentId, ""), deeds[x.RuleId], x.WeekOf, x.Points, x.Reward, ChinaTime.ToOffset(x.GrantedAt),
            ChinaTime.ToOffset(x.HandedOutAt)))];
    }

    private static RuleView View(EarningRule x) => new(x.Id, x.CommunityId, x.Kind, x.Deed, x.Points, x.Threshold, x.Reward, x.Active, ChinaTime.ToOffset(x.CreatedAt));
}
