using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Stations;

/// <summary>
/// Seed 001's stations as records: 丽景苑's rooms, the ladder 督导 → 社会工作师 → 助理 → 骨干 with its start and end, 惠东's
/// micro-project carried by an old and a new group, and the station's month as the street reads it.
/// </summary>
public sealed class StationRecordsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static readonly DateTime Today = DateTime.UtcNow.AddHours(8).Date;

    private static string Day(int offset) => Today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<int> IdAsync(Task<HttpResponseMessage> post) => (await (await post).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private static async Task<string> ErrorAsync(Task<HttpResponseMessage> post, string field) =>
        (await (await post).ReadJsonAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").GetProperty(field)[0].GetString()!;

    [Fact]
    public async Task A_station_has_its_rooms_its_ladder_and_a_micro_project_of_an_old_and_a_new_group()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var station = await IdAsync(staff.PostAsJsonAsync("/api/v1/stations", new
        {
            communityId = tree.CommunityA, name = "丽景苑社工站", persona = "小丽", openingHours = "周一至周六 9:00—17:30", services = "个案、小组、365在线服务",
        }));
        var second = await (await staff.PostAsJsonAsync("/api/v1/stations", new { communityId = tree.CommunityA, name = "又一个站" })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("这个社区已经有社工站了。", second.GetProperty("detail").GetString());

        var casework = await IdAsync(staff.PostAsJsonAsync("/api/v1/spaces", new { communityId = tree.CommunityA, name = "心理咨询室", capacity = 4 }));
        var elsewhere = await IdAsync(staffB.PostAsJsonAsync("/api/v1/spaces", new { communityId = tree.CommunityB, name = "乙社区活动室", capacity = 30 }));
        await (await staff.PostAsJsonAsync($"/api/v1/stations/{station}/rooms", new { spaceId = casework, purpose = "Casework" })).ReadJsonAsync(HttpStatusCode.OK);
        var twice = await (await staff.PostAsJsonAsync($"/api/v1/stations/{station}/rooms", new { spaceId = casework, purpose = "Group" })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("这个场地已经是本站的功能室了。", twice.GetProperty("detail").GetString());
        Assert.Equal("本社区没有这个场地。", await ErrorAsync(staff.PostAsJsonAsync($"/api/v1/stations/{station}/rooms", new { spaceId = elsewhere, purpose = "Group" }), "spaceId"));

        var old = await IdAsync(staff.PostAsJsonAsync("/api/v1/groups", new { communityId = tree.CommunityA, name = "党群服务促进会", kind = "SelfManagement" }));
        var young = await IdAsync(staff.PostAsJsonAsync("/api/v1/groups", new { communityId = tree.CommunityA, name = "同心为老服务社", kind = "VolunteerTeam" }));
        var theirs = await IdAsync(staffB.PostAsJsonAsync("/api/v1/groups", new { communityId = tree.CommunityB, name = "乙社区合唱团", kind = "InterestClub" }));
        object Project(int lead, int? fresh) => new { title = "楼道微治理", leadGroupId = lead, newGroupId = fresh, startsOn = Day(-30), goal = "以老带新" };
        Assert.Equal("带新的组织不能是牵头组织本身。", await ErrorAsync(staff.PostAsJsonAsync($"/api/v1/stations/{station}/micro-projects", Project(old, old)), "newGroupId"));
        Assert.Equal("本社区没有这个居民组织。", await ErrorAsync(staff.PostAsJsonAsync($"/api/v1/stations/{station}/micro-projects", Project(theirs, young)), "leadGroupId"));
        await IdAsync(staff.PostAsJsonAsync($"/api/v1/stations/{station}/micro-projects", Project(old, young)));

        async Task<int> StaffAsync(string name, string qualification) =>
            await IdAsync(staff.PostAsJsonAsync("/api/v1/stations/staff", new { communityId = tree.CommunityA, name, qualification }));
        var supervisor = await StaffAsync("王督导", "Senior");
        var worker = await StaffAsync("李社工", "SocialWorker");
        var assistant = await StaffAsync("赵助理", "Assistant");
        var activist = await StaffAsync("钱大姐", "None");
        var outsider = await IdAsync(staffB.PostAsJsonAsync("/api/v1/stations/staff", new { communityId = tree.CommunityB, name = "乙社工", qualification = "Assistant" }));
        Task<HttpResponseMessage> Link(int supporterId, int supportedId, int from = -60) =>
            staff.PostAsJsonAsync("/api/v1/stations/ladder", new { supporterId, supportedId, from = Day(from) });
        await IdAsync(Link(supervisor, worker));
        var rung = await IdAsync(Link(worker, assistant));
        await IdAsync(Link(assistant, activist));
        var again = await (await Link(worker, assistant)).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("这两人之间已有进行中的支持关系。", again.GetProperty("detail").GetString());
        Assert.Equal("不能支持自己。", await ErrorAsync(Link(worker, worker), "supportedId"));
        Assert.Equal("本社区没有这位工作人员。", await ErrorAsync(Link(worker, outsider), "supportedId"));
        Assert.Equal("日期不能晚于今天。", await ErrorAsync(Link(supervisor, activist, 1), "from"));

        var ended = await (await staff.PostAsJsonAsync($"/api/v1/stations/ladder/{rung}/end", new { on = Day(-1) })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(Day(-1), ended.GetProperty("to").GetString());
        await (await staff.PostAsJsonAsync($"/api/v1/stations/ladder/{rung}/end", new { on = Day(0) })).ReadJsonAsync(HttpStatusCode.Conflict);
        await IdAsync(Link(worker, assistant, 0));

        var page = await (await staff.GetAsync($"/api/v1/stations/{station}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("小丽", page.GetProperty("persona").GetString());
        Assert.Equal(["心理咨询室:Casework"], page.GetProperty("rooms").EnumerateArray().Select(r => $"{r.GetProperty("name").GetString()}:{r.GetProperty("purpose").GetString()}"));
        // Open links first, by their start; then those that ended.
        Assert.Equal(["王督导→李社工", "赵助理→钱大姐", "李社工→赵助理", "李社工→赵助理 (ended)"], page.GetProperty("ladder").EnumerateArray().Select(Rung));
        var project = Assert.Single(page.GetProperty("microProjects").EnumerateArray());
        Assert.Equal(("党群服务促进会", "同心为老服务社"), (project.GetProperty("leadGroup").GetString(), project.GetProperty("newGroup").GetString()));
        Assert.Equal(["党群服务促进会", "同心为老服务社"], page.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(4, page.GetProperty("staff").GetArrayLength());

        var workersPage = await (await staff.GetAsync($"/api/v1/stations/staff/{worker}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, workersPage.GetProperty("ladder").GetArrayLength());

        await (await staffB.GetAsync($"/api/v1/stations/{station}")).ReadJsonAsync(HttpStatusCode.NotFound);
        await (await staffB.PostAsJsonAsync($"/api/v1/stations/ladder/{rung}/end", new { on = Day(0) })).ReadJsonAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_street_reads_each_stations_month_from_its_trainings_and_supervision()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var station = await IdAsync(staff.PostAsJsonAsync("/api/v1/stations", new { communityId = tree.CommunityA, name = "惠东社工站", persona = "小惠" }));
        await IdAsync(staffB.PostAsJsonAsync("/api/v1/stations", new { communityId = tree.CommunityB, name = "惠西社工站" }));
        var supervisor = await IdAsync(staff.PostAsJsonAsync("/api/v1/stations/staff", new { communityId = tree.CommunityA, name = "王督导", qualification = "Senior" }));
        var worker = await IdAsync(staff.PostAsJsonAsync("/api/v1/stations/staff", new { communityId = tree.CommunityA, name = "李社工", qualification = "SocialWorker" }));
        var assistant = await IdAsync(staff.PostAsJsonAsync("/api/v1/stations/staff", new { communityId = tree.CommunityA, name = "赵助理", qualification = "Assistant" }));
        // The first of this month: a training and a session that count this month and not the last.
        var first = new DateTime(Today.Year, Today.Month, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var training = await IdAsync(staff.PostAsJsonAsync("/api/v1/stations/trainings", new { communityId = tree.CommunityA, title = "资源整合", hours = "2.5", on = first, audience = "Staff" }));
        await (await staff.PostAsJsonAsync($"/api/v1/stations/trainings/{training}/attendance", new { staffIds = new[] { worker, assistant } })).ReadJsonAsync(HttpStatusCode.OK);
        await IdAsync(staff.PostAsJsonAsync("/api/v1/stations/supervision", new { supervisorId = supervisor, participantIds = new[] { worker, assistant }, on = first, hours = 2, kind = "Group" }));

        var admin = await factory.AdminAsync();
        var month = Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var figures = await (await admin.GetAsync($"/api/v1/stations/figures?regionId={tree.Street}&month={month}")).ReadJsonAsync(HttpStatusCode.OK);
        var mine = figures.EnumerateArray().Single(f => f.GetProperty("stationId").GetInt32() == station);
        Assert.Equal((1, 5.0m, 1, 2m), (mine.GetProperty("trainings").GetInt32(), mine.GetProperty("trainingPersonHours").GetDecimal(),
            mine.GetProperty("supervisionSessions").GetInt32(), mine.GetProperty("supervisionHours").GetDecimal()));
        Assert.Equal(["惠东社工站", "惠西社工站"], figures.EnumerateArray().Select(f => f.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        var lastMonth = Today.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var before = await (await admin.GetAsync($"/api/v1/stations/figures?regionId={tree.Street}&month={lastMonth}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, before.EnumerateArray().Single(f => f.GetProperty("stationId").GetInt32() == station).GetProperty("trainings").GetInt32());

        // Community B's staff see their own station under the street, and not community A at all.
        var theirs = await (await staffB.GetAsync($"/api/v1/stations/figures?regionId={tree.Street}&month={month}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["惠西社工站"], theirs.EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        await (await staffB.GetAsync($"/api/v1/stations/figures?regionId={tree.CommunityA}&month={month}")).ReadJsonAsync(HttpStatusCode.NotFound);
        var badMonth = await (await admin.GetAsync($"/api/v1/stations/figures?regionId={tree.Street}&month=2026-13")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("请按“年-月”填写月份，如 2026-11。", badMonth.GetProperty("errors").GetProperty("month")[0].GetString());
    }

    [Fact]
    public async Task A_certified_workers_continuing_education_counts_the_trainings_of_the_registration_period()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        // Certified four years ago: the second three-year period began a year ago.
        var certified = Today.AddYears(-4);
        var worker = await IdAsync(staff.PostAsJsonAsync("/api/v1/stations/staff", new { communityId = tree.CommunityA, name = "韩社工", qualification = "SocialWorker",
            certificateNumber = "ZJ2022-0001", certifiedOn = certified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }));
        var activist = await IdAsync(staff.PostAsJsonAsync("/api/v1/stations/staff", new { communityId = tree.CommunityA, name = "丁阿姨", qualification = "None" }));
        async Task TrainAsync(string title, int hours, DateTime on)
        {
            var id = await IdAsync(staff.PostAsJsonAsync("/api/v1/stations/trainings", new { communityId = tree.CommunityA, title, hours, audience = "Staff",
                on = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }));
            await (await staff.PostAsJsonAsync($"/api/v1/stations/trainings/{id}/attendance", new { staffIds = new[] { worker, activist } })).ReadJsonAsync(HttpStatusCode.OK);
        }
        await TrainAsync("上一周期的培训", 6, Today.AddYears(-1).AddDays(-10));
        await TrainAsync("服务技能", 3, Today.AddDays(-2));
        await TrainAsync("资源整合", 2, Today.AddDays(-1));

        var page = await (await staff.GetAsync($"/api/v1/stations/staff/{worker}")).ReadJsonAsync(HttpStatusCode.OK);
        var education = page.GetProperty("continuingEducation");
        Assert.Equal((certified.AddYears(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), certified.AddYears(6).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            5m, 90m), (education.GetProperty("from").GetString(), education.GetProperty("to").GetString(), education.GetProperty("hours").GetDecimal(),
            education.GetProperty("target").GetDecimal()));
        Assert.Equal(11m, page.GetProperty("trainingHours").GetDecimal());
        var activistsPage = await (await staff.GetAsync($"/api/v1/stations/staff/{activist}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, activistsPage.GetProperty("continuingEducation").ValueKind);
    }

    private static string Rung(JsonElement link) =>
        $"{link.GetProperty("supporter").GetString()}→{link.GetProperty("supported").GetString()}" + (link.GetProperty("to").ValueKind == JsonValueKind.Null ? "" : " (ended)");
}
