using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using Linli.Web.Modules.Dashboards.Targets;
using Linli.Web.Platform.Figures;
using static Linli.Tests.Modules.Dashboards.DashboardArrange;

namespace Linli.Tests.Modules.Dashboards;

/// <summary>Targets per region and figure: set by the offices that report, in their scope; the traffic lights they give.</summary>
public sealed class TargetsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static readonly DateOnly December = new(2026, 12, 1), NewYearsEve = new(2026, 12, 31);

    [Fact]
    public async Task A_community_sets_its_own_targets_a_street_its_communities_and_bad_values_are_named()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var url = $"/api/v1/dashboards/targets?regionId={tree.CommunityA}";
        var set = await (await staff.PutAsJsonAsync(url, new { figure = "personTimes", per = "Month", value = 200 })).ReadJsonAsync(HttpStatusCode.OK);
        var target = Assert.Single(set.EnumerateArray());
        Assert.Equal(("personTimes", "Month", 200m, tree.StaffA), (target.GetProperty("figure").GetString(), target.GetProperty("per").GetString(),
            target.GetProperty("value").GetDecimal(), target.GetProperty("setBy").GetString()));

        // The street sets the year's; setting the month's again replaces it.
        var street = await StreetOfficerAsync(factory, tree);
        (await street.PutAsJsonAsync(url, new { figure = "personTimes", per = "Year", value = 2400 })).EnsureSuccessStatusCode();
        (await staff.PutAsJsonAsync(url, new { figure = "personTimes", per = "Month", value = 180 })).EnsureSuccessStatusCode();
        var listed = (await (await staff.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Select(t => $"{t.GetProperty("per").GetString()} {t.GetProperty("value").GetDecimal():0.##}").ToArray();
        Assert.Equal(["Month 180", "Year 2400"], listed);
        // No value removes it.
        (await staff.PutAsJsonAsync(url, new { figure = "personTimes", per = "Year", value = (decimal?)null })).EnsureSuccessStatusCode();
        Assert.Single((await (await staff.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());

        async Task<string> RefusedAsync(object body)
        {
            var problem = await (await staff.PutAsJsonAsync(url, body)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
            var error = problem.GetProperty("errors").EnumerateObject().Single();
            return $"{error.Name}: {error.Value[0].GetString()}";
        }
        Assert.Equal("figure: 没有名为“visitors”的指标。", await RefusedAsync(new { figure = "visitors", per = "Month", value = 1 }));
        Assert.Equal("per: 请选择每月或每年。", await RefusedAsync(new { figure = "visits", per = "Week", value = 1 }));
        Assert.Equal("per: 请选择每月或每年。", await RefusedAsync(new { figure = "visits", per = "1", value = 1 }));
        Assert.Equal("value: 目标须为 0 到 10 亿之间的数。", await RefusedAsync(new { figure = "visits", per = "Month", value = -3 }));

        // Another community's staff do not reach A; a social worker reads figures but sets no targets.
        var other = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync(url, new { figure = "visits", per = "Month", value = 5 })).StatusCode);
        var worker = $"sw{Guid.NewGuid():N}"[..12];
        await TestTree.CreateUserAsync(await factory.AdminAsync(), worker, "SocialWorker", tree.CommunityA);
        var social = await factory.ClientForAsync(worker, TestTree.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await social.PutAsJsonAsync(url, new { figure = "visits", per = "Month", value = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await social.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData(10, 100, "Green")]
    [InlineData(8, 100, "Amber")]
    [InlineData(7, 100, "Red")]
    public void A_running_month_is_held_to_the_share_of_its_target_due_by_today(int value, int target, string light)
    {
        var personTimes = new FigureDefinition("personTimes", "", "", Additive: true);
        // On the 3rd of a 31-day month, 3/31 of 100 is due: 9.68.
        var state = TargetLights.Of(personTimes, value, target, December, NewYearsEve, new DateOnly(2026, 12, 3))!;
        Assert.Equal((9.68m, light), (state.Due, state.Light.ToString()));
    }

    [Fact]
    public void A_count_of_today_a_past_month_and_a_ceiling_are_held_to_the_whole_target()
    {
        var volunteers = new FigureDefinition("volunteers", "", "", Additive: true, AsOfToday: true);
        Assert.Equal(Light.Red, TargetLights.Of(volunteers, 70, 100, December, NewYearsEve, new DateOnly(2026, 12, 3))!.Light);
        var personTimes = new FigureDefinition("personTimes", "", "", Additive: true);
        Assert.Equal((100m, Light.Amber), (TargetLights.Of(personTimes, 85, 100, December, NewYearsEve, new DateOnly(2027, 1, 5))!.Due,
            TargetLights.Of(personTimes, 85, 100, December, NewYearsEve, new DateOnly(2027, 1, 5))!.Light));
        var overdue = new FigureDefinition("overdueCare", "", "", Additive: true, LowerIsBetter: true);
        Assert.Equal([Light.Green, Light.Amber, Light.Red],
            new[] { 5m, 6m, 7m }.Select(v => TargetLights.Of(overdue, v, 5, December, NewYearsEve, new DateOnly(2026, 12, 3))!.Light).ToArray());
        Assert.Null(TargetLights.Of(overdue, null, 5, December, NewYearsEve, new DateOnly(2026, 12, 3)));
    }
}
