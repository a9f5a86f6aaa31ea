using System.Net;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using Linli.Web.Modules.Dashboards.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Linli.Tests.Infrastructure.Builders;
using static Linli.Tests.Modules.Dashboards.DashboardArrange;

namespace Linli.Tests.Modules.Dashboards;

/// <summary>
/// Whole months read from the kept facts give the figures counting the records gives, with the running month and the
/// edge days still counted; a late record shows once its month is counted again, which the scheduler does hourly
/// for the last three months and weekly for the rest.
/// </summary>
public sealed class MonthFactsTests(ClockFactory factory) : IClassFixture<ClockFactory>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task Kept_months_give_the_figures_the_records_give_and_a_late_record_shows_once_its_month_is_counted_again()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staffA = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var wang = await AResident("王秀英").CreateAsync(staffA, tree.UnitA);
        var li = await AResident("李桂兰").CreateAsync(staffA, tree.UnitA);
        var zhao = await AResident("赵大姐").CreateAsync(staffB, tree.UnitB);
        var twoMonthsAgo = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-2);
        // The 15th, 10:00 in China.
        var tea = await AnActivity("重阳茶话会").StartingAt(twoMonthsAgo.AddDays(14).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc)).CreateAsync(staffA, tree.CommunityA);
        var talk = await AnActivity("健康讲座").StartingAt(twoMonthsAgo.AddMonths(1).AddDays(14).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc)).CreateAsync(staffB, tree.CommunityB);
        var now = await AnActivity("手工课").StartingAt(DateTime.UtcNow.AddMinutes(-30)).CreateAsync(staffA, tree.CommunityA);
        await CheckInAsync(staffA, tea, wang);
        await CheckInAsync(staffB, talk, zhao);
        await CheckInAsync(staffA, now, li);

        // Whole months and the running one; the same from the 16th of the first month (its edge days counted from the records).
        var whole = $"from={twoMonthsAgo:yyyy-MM-dd}&to={Today:yyyy-MM-dd}";
        var edge = $"from={twoMonthsAgo.AddDays(15):yyyy-MM-dd}&to={Today:yyyy-MM-dd}";
        async Task<JsonElement> FiguresAsync(string period)
        {
            var street = await StreetOfficerAsync(factory, tree);
            return await (await street.GetAsync($"/api/v1/dashboards/figures?regionId={tree.Street}&{period}&figures=residents,activitiesHeld,personTimes,uniquePeople"))
                .ReadJsonAsync(HttpStatusCode.OK);
        }
        static int[] Of(JsonElement figures) =>
        [
            .. new[] { "residents", "activitiesHeld", "personTimes", "uniquePeople" }.Select(k => figures.GetProperty("figures").GetProperty(k).GetInt32()),
            .. figures.GetProperty("children").EnumerateArray().OrderBy(c => c.GetProperty("regionId").GetInt32()).Select(c => c.GetProperty("figures").GetProperty("personTimes").GetInt32()),
        ];
        var counted = (Whole: Of(await FiguresAsync(whole)), Edge: Of(await FiguresAsync(edge)));
        Assert.Equal([3, 3, 3, 3, 2, 1], counted.Whole);
        Assert.Equal([3, 2, 2, 2, 1, 1], counted.Edge);

        // Today's counts and ten years of months.
        await factory.WithServicesAsync(async services => Assert.Equal(1 + 12 * 10, await services.GetRequiredService<FactKeeper>().RunDueAsync(CancellationToken.None)));
        var facts = await factory.WithDbAsync(db => db.Set<MonthFact>().Where(f => f.CommunityId == tree.CommunityA)
            .Select(f => new { f.Month, f.Key, f.Value }).ToListAsync());
        Assert.Equal([(twoMonthsAgo, "activitiesHeld", 1m), (twoMonthsAgo, "personTimes", 1m)],
            facts.Select(f => (f.Month, f.Key, f.Value)).OrderBy(f => f.Key).ToArray());
        var fromFacts = (Whole: Of(await FiguresAsync(whole)), Edge: Of(await FiguresAsync(edge)));
        Assert.Equal(counted.Whole, fromFacts.Whole);
        Assert.Equal(counted.Edge, fromFacts.Edge);
        // A whole month's or year's unique people are kept per region too (they are not its communities' sum).
        var teaMonth = $"from={twoMonthsAgo:yyyy-MM-dd}&to={twoMonthsAgo.AddMonths(1).AddDays(-1):yyyy-MM-dd}";
        var keptMonth = Of(await FiguresAsync(teaMonth));
        Assert.Equal([3, 1, 1, 1, 1, 0], keptMonth);
        // And a compound's figures by home (the people living there) over a whole month.
        async Task<int> CompoundPersonTimesAsync() =>
            (await (await staffA.GetAsync($"/api/v1/dashboards/figures?regionId={tree.CommunityA}&{teaMonth}&figures=personTimes")).ReadJsonAsync(HttpStatusCode.OK))
            .GetProperty("children").EnumerateArray().Single(c => c.GetProperty("regionId").GetInt32() == tree.CompoundA).GetProperty("figures").GetProperty("personTimes").GetInt32();
        Assert.Equal(1, await CompoundPersonTimesAsync());
        Assert.Equal(1m, await factory.WithDbAsync(db => db.Set<RegionFact>().Where(f => f.RegionId == tree.CompoundA && f.From == twoMonthsAgo && f.Key == "personTimes")
            .Select(f => f.Value).SingleAsync()));
        var lastYear = new DateOnly(Today.Year - 1, 1, 1);
        Assert.True(await factory.WithDbAsync(db => db.Set<RegionFact>().AnyAsync(f => f.RegionId == tree.Street && f.From == lastYear && f.To == lastYear.AddYears(1).AddDays(-1)
            && f.Key == "uniquePeople")));

        // A sign-in sheet typed in late: the kept month shows it once it is counted again, within the hour for a recent month.
        await CheckInAsync(staffA, tea, li);
        var stale = Of(await FiguresAsync(whole));
        Assert.Equal(3, stale[2]);
        var staleMonth = Of(await FiguresAsync(teaMonth));
        Assert.Equal([3, 1, 1, 1, 1, 0], staleMonth);
        Assert.Equal(1, await CompoundPersonTimesAsync());
        await factory.WithServicesAsync(async services => Assert.Empty(await services.GetRequiredService<FactKeeper>().DueAsync(CancellationToken.None)));
        factory.Clock.Advance(FactKeeper.RecentEvery);
        var clockToday = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8));
        var thisMonth = new DateOnly(clockToday.Year, clockToday.Month, 1);
        IReadOnlyList<DateOnly> due = [];
        await factory.WithServicesAsync(async services => due = await services.GetRequiredService<FactKeeper>().DueAsync(CancellationToken.None));
        Assert.Equal([thisMonth.AddMonths(-1), thisMonth.AddMonths(-2), thisMonth.AddMonths(-3)], due);
        await factory.WithServicesAsync(async services => Assert.Equal(1 + 3, await services.GetRequiredService<FactKeeper>().RunDueAsync(CancellationToken.None)));
        var recounted = Of(await FiguresAsync(whole));
        Assert.Equal([3, 3, 4, 3, 3, 1], recounted);
        var recountedMonth = Of(await FiguresAsync(teaMonth));
        Assert.Equal([3, 1, 2, 2, 2, 0], recountedMonth);
        Assert.Equal(2, await CompoundPersonTimesAsync());

        // A street reads the communities' counts of today as last kept (and says when), and so does a community shown
        // with its compounds, from the same count, so the compounds and the rest add up to it; older than two hours, live.
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        await AResident("孙阿姨").CreateAsync(staff, tree.UnitA);
        var street = await (await (await StreetOfficerAsync(factory, tree)).GetAsync($"/api/v1/dashboards/figures?regionId={tree.Street}&figures=residents"))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, street.GetProperty("figures").GetProperty("residents").GetInt32());
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, street.GetProperty("todayCountedAt").GetDateTime(), TimeSpan.FromSeconds(1));
        async Task<(int Community, int Compound, JsonElement CountedAt)> CommunityResidentsAsync()
        {
            var signedIn = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
            var community = await (await signedIn.GetAsync($"/api/v1/dashboards/figures?regionId={tree.CommunityA}&figures=residents")).ReadJsonAsync(HttpStatusCode.OK);
            return (community.GetProperty("figures").GetProperty("residents").GetInt32(),
                community.GetProperty("children").EnumerateArray().Single().GetProperty("figures").GetProperty("residents").GetInt32(), community.GetProperty("todayCountedAt"));
        }
        var kept = await CommunityResidentsAsync();
        Assert.Equal((2, 2), (kept.Community, kept.Compound));
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, kept.CountedAt.GetDateTime(), TimeSpan.FromSeconds(1));
        factory.Clock.Advance(FactKeeper.TodayFreshFor);
        Assert.Equal(4, Of(await FiguresAsync(whole))[0]);
        var live = await CommunityResidentsAsync();
        Assert.Equal((3, 3, JsonValueKind.Null), (live.Community, live.Compound, live.CountedAt.ValueKind));

        // Older months are counted again weekly.
        factory.Clock.Advance(FactKeeper.OlderEvery);
        await factory.WithServicesAsync(async services => Assert.Equal(12 * 10, (await services.GetRequiredService<FactKeeper>().DueAsync(CancellationToken.None)).Count));
    }
}
