using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using Linli.Tests.Modules.Care;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Stations;

/// <summary>
/// A station's work beyond its own records: a volunteer training run as an activity whose check-ins give the staff's
/// attendance and the volunteers' Order 67 training records; a worker's profile linked to an account and a resident,
/// whose development page then shows the cases, the activities organized and the groups mentored that the other
/// modules keep; the supervisor's queue.
/// </summary>
public sealed class StationWorkTests(ClockFactory factory) : IClassFixture<ClockFactory>
{
    private static string ChinaDay(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<int> IdAsync(Task<HttpResponseMessage> post) => (await (await post).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    [Fact]
    public async Task A_volunteer_training_run_as_an_activity_takes_the_staff_and_the_volunteers_from_its_check_ins()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activist = await AResident("丁阿姨").CreateAsync(staff, tree.UnitA);
        var neighbour = await AResident("李居民").CreateAsync(staff, tree.UnitA);
        var volunteer = await AVolunteerAsync(staff, tree.UnitA, "王志愿");
        var volunteerResident = (await (await staff.GetAsync($"/api/v1/volunteers/{volunteer}/profile")).ReadJsonAsync(HttpStatusCode.OK))
            .GetProperty("volunteer").GetProperty("residentId").GetInt32();
        var profile = await IdAsync(staff.PostAsJsonAsync("/api/v1/stations/staff", new { communityId = tree.CommunityA, name = "丁阿姨", qualification = "None",
            residentId = activist }));
        var stranger = await AResident("外社区居民").CreateAsync(await factory.ClientForAsync(tree.StaffB, TestTree.Password), tree.UnitB);
        var refused = await (await staff.PostAsJsonAsync("/api/v1/stations/staff", new { communityId = tree.CommunityA, name = "外人", qualification = "None",
            residentId = stranger })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("请选择住在本社区的居民。", refused.GetProperty("errors").GetProperty("residentId")[0].GetString());
        var twice = await (await staff.PostAsJsonAsync("/api/v1/stations/staff", new { communityId = tree.CommunityA, name = "丁阿姨", qualification = "None",
            residentId = activist })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("这个账号或居民已关联到另一份工作者档案。", twice.GetProperty("detail").GetString());

        var startsAt = factory.Clock.GetUtcNow().AddHours(1);
        var activity = await AnActivity("志愿者入户探访培训").StartingAt(startsAt.UtcDateTime, TimeSpan.FromHours(2)).CreateAsync(staff, tree.CommunityA);
        var otherActivity = await AnActivity("乙社区活动").CreateAsync(await factory.ClientForAsync(tree.StaffB, TestTree.Password), tree.CommunityB);
        var foreignActivity = await (await staff.PostAsJsonAsync("/api/v1/stations/trainings", new { communityId = tree.CommunityA, title = "入户礼仪", hours = 2,
            on = ChinaDay(startsAt), audience = "Volunteers", activityId = otherActivity })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("请选择本社区的一项活动。", foreignActivity.GetProperty("errors").GetProperty("activityId")[0].GetString());
        var training = await IdAsync(staff.PostAsJsonAsync("/api/v1/stations/trainings", new { communityId = tree.CommunityA, title = "入户探访礼仪与安全", hours = 2,
            on = ChinaDay(startsAt), audience = "Volunteers", content = "预约、进门与离开", activityId = activity }));
        var withoutActivity = await IdAsync(staff.PostAsJsonAsync("/api/v1/stations/trainings", new { communityId = tree.CommunityA, title = "线上课", hours = 1,
            on = ChinaDay(startsAt.AddDays(-1)), audience = "Staff" }));
        Assert.Equal("这次培训没有关联活动，无法按签到登记出勤。", (await (await staff.PostAsync($"/api/v1/stations/trainings/{withoutActivity}/check-ins", null))
            .ReadJsonAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());

        factory.Clock.Advance(TimeSpan.FromHours(1.5));
        staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        foreach (var resident in new[] { activist, volunteerResident, neighbour })
            await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = resident })).ReadJsonAsync(HttpStatusCode.Created);

        var taken = await (await staff.PostAsync($"/api/v1/stations/trainings/{training}/check-ins", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 1, 1), (taken.GetProperty("staffAdded").GetInt32(), taken.GetProperty("volunteersAdded").GetInt32(), taken.GetProperty("unmatched").GetInt32()));
        Assert.Equal(["丁阿姨"], taken.GetProperty("training").GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(["王志愿"], taken.GetProperty("training").GetProperty("volunteers").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        var again = await (await staff.PostAsync($"/api/v1/stations/trainings/{training}/check-ins", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((0, 0), (again.GetProperty("staffAdded").GetInt32(), again.GetProperty("volunteersAdded").GetInt32()));

        var record = Assert.Single((await (await staff.GetAsync($"/api/v1/volunteers/{volunteer}/profile")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("trainings")
            .EnumerateArray());
        Assert.Equal(("入户探访礼仪与安全", "预约、进门与离开", 2m, "甲社区"), (record.GetProperty("name").GetString(), record.GetProperty("content").GetString(),
            record.GetProperty("hours").GetDecimal(), record.GetProperty("organizer").GetString()));
        var page = await (await staff.GetAsync($"/api/v1/stations/staff/{profile}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2m, page.GetProperty("trainingHours").GetDecimal());

        // Named by hand: a volunteer of another community is refused by position, and nothing is written.
        var outsider = await AVolunteerAsync(await factory.ClientForAsync(tree.StaffB, TestTree.Password), tree.UnitB, "乙志愿");
        var wrong = await (await staff.PostAsJsonAsync($"/api/v1/stations/trainings/{withoutActivity}/volunteers", new { volunteerIds = new[] { volunteer, outsider } }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("不是本社区的注册志愿者。", wrong.GetProperty("errors").GetProperty("volunteerIds[1]")[0].GetString());
        var named = await (await staff.PostAsJsonAsync($"/api/v1/stations/trainings/{withoutActivity}/volunteers", new { volunteerIds = new[] { volunteer } }))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["王志愿"], named.GetProperty("volunteers").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(2, (await (await staff.GetAsync($"/api/v1/volunteers/{volunteer}/profile")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("trainings").GetArrayLength());
    }

    [Fact]
    public async Task A_linked_workers_page_shows_their_cases_groups_and_activities_and_the_supervisor_sees_what_waits()
    {
        var team = await CareTeam.CreateAsync(factory);
        var community = team.Tree.CommunityA;
        // The worker organizes an activity that is then held (two hours later).
        var held = await AnActivity("长者手指操").StartingAt(factory.Clock.GetUtcNow().AddHours(1).UtcDateTime, TimeSpan.FromHours(1)).CreateAsync(team.Worker, community);
        await AnActivity("下月读书会").StartingAt(factory.Clock.GetUtcNow().AddDays(20).UtcDateTime).CreateAsync(team.Worker, community);
        factory.Clock.Advance(TimeSpan.FromHours(2));
        var staff = await factory.ClientForAsync(team.Tree.StaffA, TestTree.Password);
        var workerClient = await factory.ClientForAsync(team.WorkerName, TestTree.Password);
        var lead = await IdAsync(staff.PostAsJsonAsync("/api/v1/stations/staff", new { communityId = community, name = "李督导", qualification = "Senior",
            userId = team.Tree.StaffA }));
        var worker = await IdAsync(staff.PostAsJsonAsync("/api/v1/stations/staff", new { communityId = community, name = "周社工", qualification = "SocialWorker" }));
        var outsiderAccount = await (await staff.PutAsJsonAsync($"/api/v1/stations/staff/{worker}/links", new { userId = team.Tree.StaffB })).ReadJsonAsync(
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal("请选择本社区的社区工作者或社工账号。", outsiderAccount.GetProperty("errors").GetProperty("userId")[0].GetString());
        var linked = await (await staff.PutAsJsonAsync($"/api/v1/stations/staff/{worker}/links", new { userId = team.WorkerName })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(team.WorkerId, linked.GetProperty("work").GetProperty("userId").GetString());
        await (await staff.PostAsJsonAsync("/api/v1/stations/ladder", new { supporterId = lead, supportedId = worker, from = ChinaDay(factory.Clock.GetUtcNow().AddDays(-60)) }))
            .ReadJsonAsync(HttpStatusCode.Created);

        // Two cases the worker holds under the supervisor; one asks to close.
        var first = await ACase(await AResident("侯女士").BornOn("1950-03-01").CreateAsync(staff, team.Tree.UnitA)).CreateAsync(workerClient, team.SupervisorId);
        await ACase(await AResident("唐大爷").BornOn("1944-05-01").CreateAsync(staff, team.Tree.UnitA)).CreateAsync(workerClient, team.SupervisorId);
        await (await workerClient.PostAsJsonAsync($"/api/v1/care/cases/{first}/closing", new { reason = "目标达成", summary = "恢复社交。" })).ReadJsonAsync(HttpStatusCode.OK);

        // The worker mentors a group with a supervision note.
        var group = await IdAsync(staff.PostAsJsonAsync("/api/v1/groups", new { communityId = community, name = "楼道花友会", kind = "InterestClub", purpose = "养花交流" }));
        await (await workerClient.PostAsJsonAsync($"/api/v1/groups/{group}/supervision-notes", new { note = "骨干分工清楚，下月试着自己办一次活动。" }))
            .ReadJsonAsync(HttpStatusCode.Created);

        var page = (await (await staff.GetAsync($"/api/v1/stations/staff/{worker}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("work");
        Assert.Equal(team.WorkerName, page.GetProperty("account").GetString());
        Assert.Equal((2, 0, 0), (page.GetProperty("cases").GetProperty("holding").GetInt32(), page.GetProperty("cases").GetProperty("closed").GetInt32(),
            page.GetProperty("cases").GetProperty("supervising").GetInt32()));
        // Only the activity held counts as led; the one next month is not yet.
        var led = Assert.Single(page.GetProperty("led").EnumerateArray());
        Assert.Equal((held, "长者手指操"), (led.GetProperty("id").GetInt32(), led.GetProperty("title").GetString()));
        var mentored = Assert.Single(page.GetProperty("mentored").EnumerateArray());
        Assert.Equal(("楼道花友会", 1), (mentored.GetProperty("name").GetString(), mentored.GetProperty("notes").GetInt32()));
        var leadPage = (await (await staff.GetAsync($"/api/v1/stations/staff/{lead}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("work");
        Assert.Equal((0, 2), (leadPage.GetProperty("cases").GetProperty("holding").GetInt32(), leadPage.GetProperty("cases").GetProperty("supervising").GetInt32()));

        // The supervisor's queue: the closing to sign off, the worker never supervised (due), nothing from grants here.
        var queue = await (await staff.GetAsync($"/api/v1/stations/queue?communityId={community}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((lead, 1, 0), (queue.GetProperty("staffId").GetInt32(), queue.GetProperty("caseClosings").GetInt32(), queue.GetProperty("reports").GetArrayLength()));
        var due = Assert.Single(queue.GetProperty("supervisees").EnumerateArray());
        Assert.Equal(("周社工", true), (due.GetProperty("name").GetString(), due.GetProperty("due").GetBoolean()));
        await (await staff.PostAsJsonAsync("/api/v1/stations/supervision", new { supervisorId = lead, participantIds = new[] { worker },
            on = ChinaDay(factory.Clock.GetUtcNow()), hours = 1, kind = "Individual" })).ReadJsonAsync(HttpStatusCode.Created);
        due = Assert.Single((await (await staff.GetAsync($"/api/v1/stations/queue?communityId={community}")).ReadJsonAsync(HttpStatusCode.OK))
            .GetProperty("supervisees").EnumerateArray());
        Assert.False(due.GetProperty("due").GetBoolean());

        // Another community's staff: the queue of a community outside the scope is 404.
        var outsider = await factory.ClientForAsync(team.Tree.StaffB, TestTree.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/stations/queue?communityId={community}")).StatusCode);
    }
}
