using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Care.Cases;
using Linli.Web.Modules.Groups;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;

namespace Linli.Web.Modules.Stations;

/// <summary>
/// Who a worker's profile is (a console account, a resident) and the work the other modules keep of them: cases,
/// activities organized and helped at, groups mentored and carried — each read through that module's public service.
/// </summary>
public sealed class StaffWorkReader(StaffDirectory staff, ResidentDirectory residents, CasesService cases, GroupDirectory groups, ActivityDirectory activities)
{
    /// <summary>Workers with an account are the community's staff or social workers; the station's staff accounts.</summary>
    public static readonly string[] AccountRoles = [Roles.CommunityStaff, Roles.SocialWorker];

    public const int MaxActivities = 100;

    /// <summary>The links checked: an account working for the community, a living resident of it (422 naming the field).</summary>
    public async Task<(string? UserId, int? ResidentId)> CheckLinksAsync(int communityId, StaffLinks links, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        string? userId = null;
        if (!string.IsNullOrWhiteSpace(links.UserId))
        {
            userId = (await staff.FindAsync(communityId, links.UserId.Trim(), AccountRoles, cancellationToken))?.Id;
            if (userId is null) errors["userId"] = new("Stations.AccountNotHere");
        }
        if (links.ResidentId is { } residentId
            && (await residents.FindAsync(residentId, cancellationToken) is not { Living: true } resident || resident.CommunityId != communityId))
            errors["residentId"] = new("Stations.ResidentNotHere");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        return (userId, links.ResidentId);
    }

    public async Task<StaffWork> ReadAsync(StaffProfile profile, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var account = profile.UserId is { } userId ? await staff.FindAsync(profile.CommunityId, userId, AccountRoles, cancellationToken) : null;
        var resident = profile.ResidentId is { } residentId ? (await residents.NamesAsync([residentId], cancellationToken)).GetValueOrDefault(residentId) : null;
        var (fromUtc, toUtc) = (StartUtc(from), StartUtc(to?.AddDays(1)));
        var led = account is null ? [] : await activities.LedByAsync(account.Id, fromUtc, toUtc, MaxActivities, cancellationToken);
        var helped = profile.ResidentId is { } id ? await activities.HelpedByAsync(id, fromUtc, toUtc, MaxActivities, cancellationToken) : [];
        return new StaffWork(profile.UserId, account?.DisplayName, profile.ResidentId, resident,
            account is null ? null : await cases.LoadOfAsync(profile.CommunityId, account.Id, cancellationToken), Lines(led),
            account is null ? [] : await groups.MentoredByAsync(account.UserName, from, to, cancellationToken),
            profile.ResidentId is { } carrier ? await groups.CarriedByAsync(carrier, cancellationToken) : [], Lines(helped));
    }

    private static IReadOnlyList<WorkActivity> Lines(IReadOnlyList<ActivityFacts> activities) =>
        [.. activities.Select(a => new WorkActivity(a.Id, a.Title, DateOnly.FromDateTime(ChinaTime.FromUtc(a.StartsAt))))];

    private static DateTime? StartUtc(DateOnly? day) => day is { } d ? ChinaTime.ToUtc(d.ToDateTime(TimeOnly.MinValue)) : null;
}
