using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;

namespace Linli.Web.Modules.Surveys.Needs;

/// <summary>The needs list's figures for the dashboards: needs still open today (open or being answered), and needs raised in the period.</summary>
public sealed class NeedFigures(LinliDb db) : IFigureSource
{
    public const string Open = "openNeeds", Raised = "needsRaised";

    public IReadOnlyList<FigureDefinition> Figures { get; } =
    [
        new(Open, "Figure.OpenNeeds", "Unit.Items", Additive: true, AsOfToday: true, ListPath: "/console/needs"),
        new(Raised, "Figure.NeedsRaised", "Unit.Items", Additive: true, ListPath: "/console/needs"),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var ids = window.CommunityIds;
        var needs = db.Set<Need>().Where(n => ids.Contains(n.CommunityId));
        var (from, to) = (window.StartUtc, window.EndUtc);
        return FigureRules.ByCommunity(ids,
            (Open, await FigureRules.CountPerCommunityAsync(needs.Where(n => n.Status != NeedStatus.Answered), n => n.CommunityId, cancellationToken)),
            (Raised, await FigureRules.CountPerCommunityAsync(needs.Where(n => n.CreatedAt >= from && n.CreatedAt < to), n => n.CommunityId, cancellationToken)));
    }

    public Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(FigureWindow window, CancellationToken cancellationToken) => Task.FromResult(FigureRules.None);
}
