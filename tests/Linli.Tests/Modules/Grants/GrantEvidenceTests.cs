using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Linli.Tests.Infrastructure.Builders;
using static Linli.Tests.Modules.Grants.GrantsSetup;

namespace Linli.Tests.Modules.Grants;

/// <summary>
/// The indicators beyond attendance come from the modules that recorded the work: volunteers and their hours from the
/// service records at the project's activities, households from the people checked in, health records from the
/// readings taken at the project's free clinics — and the monthly report carries the volunteers and hours of its month.
/// </summary>
public sealed class GrantEvidenceTests(ClockFactory factory) : IClassFixture<ClockFactory>
{
    [Fact]
    public async Task Volunteers_hours_households_and_health_records_come_from_the_records_and_the_monthly_report_carries_them()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var district = await OfficerAsync(factory, admin, tree.District);
        var project = await AwardedAsync(district, admin, tree, MonthsAgo(2), [new { key = "Volunteers", target = 2 }, new { key = "Households", target = 4 },
            new { key = "HealthRecords", target = 1 }, new { key = "Satisfaction", target = 4.5 }, new { key = "UniquePeople", target = 5 }]);
        var program = (await (await district.GetAsync($"/api/v1/grants/projects/{project}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("programId").GetInt32();
        var beyondFive = await (await district.PostAsJsonAsync($"/api/v1/grants/programs/{program}/applications", new { organizationId = await APartner("另一家社工机构").CreateAsync(district, tree.District),
            communityId = tree.CommunityA, title = "满意度满分以上", category = "共驻共建", requested = "1000.00", indicators = new[] { new { key = "Satisfaction", target = 6 } } }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("取值应在 1 到 5 之间。", beyondFive.GetProperty("errors").GetProperty("indicators[0].target")[0].GetString());

        // Three households: the helper's and the elder's, registered without a flat, and a mother and son in flat 101.
        var helper = await WithoutFlatAsync(staff, tree.CommunityA, "林阿姨", "1962-08-01");
        var volunteer = (await (await staff.PostAsJsonAsync("/api/v1/volunteers", new { residentId = helper, skills = new[] { "量血压" }, consent = true }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var mother = await AResident("王秀英").CreateAsync(staff, tree.UnitA);
        var household = (await (await staff.GetAsync($"/api/v1/residents/{mother}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("householdId").GetInt32();
        var son = (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, householdId = household, name = "王小明", gender = "Male", birthDate = "2015-05-01" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var elder = await WithoutFlatAsync(staff, tree.CommunityA, "周文华", "1944-12-24");

        var startsAt = factory.Clock.GetUtcNow().AddHours(1);
        var activity = (await (await staff.PostAsJsonAsync("/api/v1/activities", new { communityId = tree.CommunityA, title = "亲子健康课堂", place = "社区活动室", capacity = 20,
            status = "Published", startsAt, endsAt = startsAt.AddHours(2.5), grantProjectId = project })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = helper, role = "Helper" })).ReadJsonAsync(HttpStatusCode.Created);

        // A year of weekly clinics would outlast the project: refused before any session is written.
        var tooLong = await (await staff.PostAsJsonAsync("/api/v1/care/clinics", new { communityId = tree.CommunityA, series = "健康小屋义诊", firstStartsAt = startsAt, weeks = 52,
            theme = "CheckUp", grantProjectId = project })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("日期须在项目周期内。", tooLong.GetProperty("errors").GetProperty("grantProjectId")[0].GetString());
        Assert.Equal(0, (await (await staff.GetAsync($"/api/v1/care/clinics?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength());
        var session = (await (await staff.PostAsJsonAsync("/api/v1/care/clinics", new { communityId = tree.CommunityA, series = "健康小屋义诊", firstStartsAt = startsAt, weeks = 1,
            theme = "CheckUp", partner = "社区卫生服务中心", grantProjectId = project })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("ids")[0].GetInt32();
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/care/health/{elder}/consent", new { by = "Resident" })).StatusCode);

        factory.Clock.Advance(TimeSpan.FromHours(2));
        staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        await (await staff.PostAsJsonAsync($"/api/v1/care/clinics/{session}/measurements",
            new { residentId = elder, reading = new { systolic = 132, diastolic = 84, measuredBy = "健康志愿者 林阿姨" } })).ReadJsonAsync(HttpStatusCode.Created);
        foreach (var person in new[] { helper, mother, son })
            await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = person })).ReadJsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/volunteer-hours", new { volunteerId = volunteer, hours = 2.5 })).ReadJsonAsync(HttpStatusCode.Created);
        // The mother fills in the satisfaction form on her phone.
        (await staff.PostAsJsonAsync($"/api/v1/residents/{mother}/account", new { userName = "wangxiuying", password = "Resident-pass-2026" })).EnsureSuccessStatusCode();
        var phone = await factory.ClientForAsync("wangxiuying", "Resident-pass-2026");
        await (await phone.PutAsJsonAsync($"/api/v1/activities/{activity}/rating", new { score = 5 })).ReadJsonAsync(HttpStatusCode.OK);

        var figures = await (await staff.GetAsync($"/api/v1/grants/projects/{project}/indicators")).ReadJsonAsync(HttpStatusCode.OK);
        // The course and the clinic session are held; four people came from three households; one volunteer gave 2.5 hours; one health record was measured.
        Assert.Equal((2, 4, 4, 3, 1, 2.5m, 1), (figures.GetProperty("services").GetInt32(), figures.GetProperty("personTimes").GetInt32(),
            figures.GetProperty("uniquePeople").GetInt32(), figures.GetProperty("households").GetInt32(), figures.GetProperty("volunteers").GetInt32(),
            figures.GetProperty("volunteerHours").GetDecimal(), figures.GetProperty("healthRecords").GetInt32()));
        Assert.Equal((5m, 1), (figures.GetProperty("satisfaction").GetDecimal(), figures.GetProperty("ratings").GetInt32()));
        var attainment = figures.GetProperty("targets").EnumerateArray().ToDictionary(t => t.GetProperty("key").GetString()!,
            t => (t.GetProperty("actual").ValueKind == System.Text.Json.JsonValueKind.Null ? (decimal?)null : t.GetProperty("actual").GetDecimal(), t.GetProperty("source").GetString()));
        Assert.Equal((1m, "Computed"), attainment["Volunteers"]);
        Assert.Equal((3m, "Computed"), attainment["Households"]);
        Assert.Equal((1m, "Computed"), attainment["HealthRecords"]);
        Assert.Equal((5m, "Computed"), attainment["Satisfaction"]);
        Assert.Equal((4m, "Computed"), attainment["UniquePeople"]);

        var summary = await (await staff.GetAsync($"/api/v1/grants/programs/{program}/summary")).ReadJsonAsync(HttpStatusCode.OK);
        var byKey = summary.GetProperty("attainment").EnumerateArray().ToDictionary(a => a.GetProperty("key").GetString()!,
            a => (a.GetProperty("projects").GetInt32(), a.GetProperty("reached").GetInt32()));
        Assert.Equal(new Dictionary<string, (int, int)> { ["UniquePeople"] = (1, 0), ["Volunteers"] = (1, 0), ["Households"] = (1, 0), ["HealthRecords"] = (1, 1),
            ["Satisfaction"] = (1, 1) }, byKey);
        var month = Month(startsAt.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var months = summary.GetProperty("months").EnumerateArray().Select(m => (m.GetProperty("month").GetString(), m.GetProperty("services").GetInt32(),
            m.GetProperty("personTimes").GetInt32())).ToList();
        Assert.Equal([(month, 2, 4)], months);

        // Into the next month: the report of the month is due, and carries the volunteers and hours from the records.
        var china = factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        factory.Clock.Advance(new DateTimeOffset(china.Year, china.Month, 1, 10, 0, 0, TimeSpan.FromHours(8)).AddMonths(1) - china);
        staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var report = await (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/reports", new { month, narrative = "亲子健康课堂与首次义诊。" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal((2, 4, 1, 2.5m), (report.GetProperty("services").GetInt32(), report.GetProperty("personTimes").GetInt32(), report.GetProperty("volunteers").GetInt32(),
            report.GetProperty("volunteerHours").GetDecimal()));
    }

    [Fact]
    public async Task The_dashboards_attainment_reads_the_figures_the_scheduler_keeps_and_says_since_when()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var district = await OfficerAsync(factory, admin, tree.District);
        var project = await AwardedAsync(district, admin, tree, MonthsAgo(1), [new { key = "UniquePeople", target = 2 }]);
        var program = (await (await district.GetAsync($"/api/v1/grants/projects/{project}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("programId").GetInt32();
        var startsAt = factory.Clock.GetUtcNow().AddHours(1);
        var activity = (await (await staff.PostAsJsonAsync("/api/v1/activities", new { communityId = tree.CommunityA, title = "院落茶话会", place = "1号院", capacity = 20,
            status = "Published", startsAt, endsAt = startsAt.AddHours(2), grantProjectId = project })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var first = await WithoutFlatAsync(staff, tree.CommunityA, "林阿姨", "1952-08-01");
        var second = await WithoutFlatAsync(staff, tree.CommunityA, "周文华", "1944-12-24");
        factory.Clock.Advance(TimeSpan.FromHours(1.5));
        staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        district = await OfficerAsync(factory, await factory.AdminAsync(), tree.District);
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = first })).ReadJsonAsync(HttpStatusCode.Created);
        // Promised by, reached by, and when the kept figures were computed (China time, to the second).
        async Task<(int Promised, int Reached, string? AsOf)> PeopleAsync()
        {
            var summary = await (await district.GetAsync($"/api/v1/grants/programs/{program}/summary")).ReadJsonAsync(HttpStatusCode.OK);
            var people = Assert.Single(summary.GetProperty("attainment").EnumerateArray());
            var asOf = summary.GetProperty("attainmentAsOf");
            return (people.GetProperty("projects").GetInt32(), people.GetProperty("reached").GetInt32(),
                asOf.ValueKind == System.Text.Json.JsonValueKind.Null ? null : asOf.GetDateTimeOffset().ToString("yyyy-MM-dd HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        }
        Task RefreshAsync() => factory.WithServicesAsync(s => s.GetRequiredService<Linli.Web.Modules.Grants.Projects.ProjectFiguresRefresh>().RunDueAsync(CancellationToken.None));

        // Never refreshed: read live.
        Assert.Equal((1, 0, null), await PeopleAsync());
        await RefreshAsync();
        var refreshedAt = factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((1, 0, refreshedAt), await PeopleAsync());

        // The second person counts once the scheduler has run again.
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = second })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal((1, 0, refreshedAt), await PeopleAsync());
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        district = await OfficerAsync(factory, await factory.AdminAsync(), tree.District);
        await RefreshAsync();
        var again = factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((1, 1, again), await PeopleAsync());
    }

    private static async Task<int> WithoutFlatAsync(HttpClient staff, int community, string name, string birthDate) =>
        (await (await staff.PostAsJsonAsync("/api/v1/residents", new { communityId = community, name, gender = "Female", birthDate }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
}
