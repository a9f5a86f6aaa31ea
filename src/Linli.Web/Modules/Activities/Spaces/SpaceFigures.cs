using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;

namespace Linli.Web.Modules.Activities.Spaces;

/// <summary>The spaces' figures for the dashboards: confirmed bookings of the community's rooms starting in the period.</summary>
public sealed class SpaceFigures(LinliDb db) : IFigureSource
{
    public const string Bookings = "spaceBookings";

    public IReadOnlyList<FigureDefinition> Figures { get; } =
        [new(Bookings, "Figure.SpaceBookings", "Unit.Times", Additive: true, ListPath: "/console/spaces")];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var ids = window.CommunityIds;
        var (from, to) = (window.StartUtc, window.EndUtc);
        return FigureRules.ByCommunity(ids, (Bookings, await FigureRules.CountPerCommunityAsync(
            db.Set<Booking>().Where(b => ids.Contains(b.CommunityId) && b.Status == BookingStatus.Confirmed && b.StartsAt >= from && b.StartsAt < to),
            b => b.CommunityId, cancellationToken)));
    }

    public Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(FigureWindow window, CancellationToken cancellationToken) => Task.FromResult(FigureRules.None);
}
