using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Linli.Web.Platform.Localization;

namespace Linli.Web.Modules.Deliberation;

/// <summary>
/// Deciding together, for the dashboards: meetings held in the period, and today's action items still open (the
/// module's <see cref="ActionItem.OpenStatuses"/>) and of those the ones past their date.
/// </summary>
public sealed class DeliberationFigures(LinliDb db, TimeProvider clock) : IFigureSource
{
    public const string Meetings = "meetingsHeld", OpenActions = "openActions", OverdueActions = "overdueActions";

    public IReadOnlyList<FigureDefinition> Figures { get; } =
    [
        new(Meetings, "Figure.MeetingsHeld", "Unit.Sessions", Additive: true, ListPath: "/console/meetings"),
        new(OpenActions, "Figure.OpenActions", "Unit.Items", Additive: true, AsOfToday: true, ListPath: "/console/meetings"),
        new(OverdueActions, "Figure.OverdueActions", "Unit.Items", Additive: true, AsOfToday: true, ListPath: "/console/meetings", LowerIsBetter: true),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var ids = window.CommunityIds;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);
        var (from, to) = (window.StartUtc, window.EndUtc);
        var open = db.Set<ActionItem>().Where(a => ids.Contains(a.CommunityId) && ActionItem.OpenStatuses.Contains(a.Status));
        return FigureRules.ByCommunity(ids,
            (Meetings, await FigureRules.CountPerCommunityAsync(db.Set<Meeting>().Where(m => ids.Contains(m.CommunityId) && m.StartsAt >= from && m.StartsAt < to && m.StartsAt <= now),
                m => m.CommunityId, cancellationToken)),
            (OpenActions, await FigureRules.CountPerCommunityAsync(open, a => a.CommunityId, cancellationToken)),
            (OverdueActions, await FigureRules.CountPerCommunityAsync(open.Where(a => a.DueOn < today), a => a.CommunityId, cancellationToken)));
    }

    public Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(FigureWindow window, CancellationToken cancellationToken) => Task.FromResult(FigureRules.None);
}
