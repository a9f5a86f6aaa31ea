using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Modules.Grants.GrantsSetup;

namespace Linli.Tests.Modules.Grants;

/// <summary>
/// After the award: the agreement's tranches add up to the award and are paid in order, each only once its milestone
/// is reached or its stage's review passed; a mid-term review sets rectification items, and the closing review passes
/// (closing the project, which then takes no more spending) only when they are done.
/// </summary>
public sealed class GrantOversightTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task Tranches_wait_for_their_milestone_and_review_and_the_closing_review_waits_for_the_rectification()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var district = await OfficerAsync(factory, admin, tree.District);
        var project = await AwardedAsync(district, admin, tree, MonthsAgo(3));
        var view = await (await district.GetAsync($"/api/v1/grants/projects/{project}")).ReadJsonAsync(HttpStatusCode.OK);
        var milestone = view.GetProperty("milestones")[0].GetProperty("id").GetInt32();
        var line = view.GetProperty("budgetLines")[0].GetProperty("id").GetInt32();

        var wrongSum = await (await district.PutAsJsonAsync($"/api/v1/grants/projects/{project}/agreement", new { number = "WH-2019-GY-07", signedOn = Day(MonthsAgo(3)),
            tranches = new object[] { new { amount = "10000.00" }, new { amount = "6000.00", milestoneId = milestone } } })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("各期金额之和须等于资助金额 20000.00 元。", wrongSum.GetProperty("errors").GetProperty("tranches")[0].GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PutAsJsonAsync($"/api/v1/grants/projects/{project}/agreement", new { number = "X", signedOn = Day(MonthsAgo(3)),
            tranches = new object[] { new { amount = "20000.00" } } })).StatusCode);
        var agreement = await (await district.PutAsJsonAsync($"/api/v1/grants/projects/{project}/agreement", new { number = "WH-2019-GY-07", signedOn = Day(MonthsAgo(3)),
            tranches = new object[] { new { amount = "10000.00" }, new { amount = "6000.00", milestoneId = milestone }, new { amount = "4000.00", afterReview = "Midterm" } } }))
            .ReadJsonAsync(HttpStatusCode.OK);
        var tranches = agreement.GetProperty("tranches").EnumerateArray().Select(t => (t.GetProperty("id").GetInt32(), t.GetProperty("released").GetBoolean())).ToList();
        Assert.Equal([true, false, false], tranches.Select(t => t.Item2));

        Assert.Equal("须按期次顺序拨付。", (await (await district.PostAsJsonAsync($"/api/v1/grants/tranches/{tranches[1].Item1}/payment", new { }))
            .ReadJsonAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        await (await district.PostAsJsonAsync($"/api/v1/grants/tranches/{tranches[0].Item1}/payment", new { paidOn = Day(MonthsAgo(3).AddDays(5)) })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("所绑定的节点尚未完成。", (await (await district.PostAsJsonAsync($"/api/v1/grants/tranches/{tranches[1].Item1}/payment", new { }))
            .ReadJsonAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal("已有拨付，不能再改。", (await (await district.PutAsJsonAsync($"/api/v1/grants/projects/{project}/agreement", new { number = "WH-2019-GY-07",
            signedOn = Day(MonthsAgo(3)), tranches = new object[] { new { amount = "20000.00" } } })).ReadJsonAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        await (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/milestones/{milestone}/done", new { evidence = "入户问卷 120 份" })).ReadJsonAsync(HttpStatusCode.OK);
        await (await district.PostAsJsonAsync($"/api/v1/grants/tranches/{tranches[1].Item1}/payment", new { })).ReadJsonAsync(HttpStatusCode.OK);

        // The mid-term review asks for rectification: the third tranche waits until it is done.
        var noItems = await (await district.PostAsJsonAsync($"/api/v1/grants/projects/{project}/reviews", new { stage = "Midterm", heldOn = Day(MonthsAgo(1)),
            findings = "服务人次不足，台账不全。", conclusion = "Rectify" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("限期整改须列出整改事项。", noItems.GetProperty("errors").GetProperty("items")[0].GetString());
        await (await district.PostAsJsonAsync($"/api/v1/grants/projects/{project}/reviews", new { stage = "Midterm", heldOn = Day(MonthsAgo(1)),
            findings = "服务人次不足，台账不全。", conclusion = "Rectify", items = new[] { new { description = "补齐活动签到台账", dueOn = Day(ChinaToday.AddDays(10)) } } }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("所绑定阶段的评审尚未通过。", (await (await district.PostAsJsonAsync($"/api/v1/grants/tranches/{tranches[2].Item1}/payment", new { }))
            .ReadJsonAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal("还有未完成的整改事项。", (await (await district.PostAsJsonAsync($"/api/v1/grants/projects/{project}/reviews", new { stage = "Closing",
            heldOn = Day(ChinaToday), findings = "完成全部指标。", conclusion = "Pass" })).ReadJsonAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        var console = WebUtility.HtmlDecode(await (await BrowserSession.SignInAsync(factory, tree.StaffA, TestTree.Password)).GetStringAsync("/console"));
        Assert.Contains("1 项评审整改事项待完成", Regex.Match(console, "<section[^>]*data-testid=\"workbench\".*?</section>", RegexOptions.Singleline).Value);

        var reviews = await (await staff.GetAsync($"/api/v1/grants/projects/{project}/reviews")).ReadJsonAsync(HttpStatusCode.OK);
        var item = reviews[0].GetProperty("items")[0].GetProperty("id").GetInt32();
        await (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/rectifications/{item}/done", new { evidence = "台账已补齐，见附件" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/rectifications/{item}/done", new { evidence = "再交一次" })).StatusCode);
        agreement = await (await district.PostAsJsonAsync($"/api/v1/grants/tranches/{tranches[2].Item1}/payment", new { note = "中期整改完成后拨付" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(20000.00m, agreement.GetProperty("paid").GetDecimal());

        await (await district.PostAsJsonAsync($"/api/v1/grants/projects/{project}/reviews", new { stage = "Closing", heldOn = Day(ChinaToday), findings = "完成全部指标。",
            conclusion = "Pass" })).ReadJsonAsync(HttpStatusCode.Created);
        view = await (await staff.GetAsync($"/api/v1/grants/projects/{project}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Closed", view.GetProperty("status").GetString());
        var closed = await (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/expenditures", new { budgetLineId = line, amount = "100.00", on = Day(ChinaToday),
            payee = "文具店" })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("项目已结项。", closed.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await district.PostAsJsonAsync($"/api/v1/grants/projects/{project}/reviews", new { stage = "Midterm", heldOn = Day(ChinaToday),
            findings = "补评", conclusion = "Pass" })).StatusCode);
    }

    [Fact]
    public async Task A_needs_survey_made_for_the_project_shows_its_response_rate_there_and_another_communitys_project_is_refused()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var district = await OfficerAsync(factory, admin, tree.District);
        var project = await AwardedAsync(district, admin, tree, MonthsAgo(1));
        object[] questions = [new { key = "need", type = "Single", text = "最需要的服务", options = new[] { "健康讲座", "助餐" }, required = true }];

        var elsewhere = await (await staffB.PostAsJsonAsync("/api/v1/surveys", new { communityId = tree.CommunityB, title = "乙社区调查", targetCount = 10, grantProjectId = project,
            questions })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(elsewhere.GetProperty("errors").TryGetProperty("grantProjectId", out _));
        var survey = (await (await staff.PostAsJsonAsync("/api/v1/surveys", new { communityId = tree.CommunityA, title = "项目需求评估", targetCount = 4, grantProjectId = project,
            questions })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await staff.PostAsync($"/api/v1/surveys/{survey}/open", null)).ReadJsonAsync(HttpStatusCode.OK);
        foreach (var name in new[] { "王秀英", "李桂兰", "张德明" })
        {
            var resident = await Builders.AResident(name).CreateAsync(staff, tree.UnitA);
            await (await staff.PostAsJsonAsync($"/api/v1/surveys/{survey}/responses", new { channel = "Visit", residentId = resident, answers = new { need = "助餐" } }))
                .ReadJsonAsync(HttpStatusCode.Created);
        }

        // The district's officer sees the survey's counts on the project, never an answer.
        var listed = Assert.Single((await (await district.GetAsync($"/api/v1/grants/projects/{project}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("surveys").EnumerateArray());
        Assert.Equal(("项目需求评估", 3, 4, 0.75m), (listed.GetProperty("title").GetString(), listed.GetProperty("responses").GetInt32(), listed.GetProperty("targetCount").GetInt32(),
            listed.GetProperty("responseRate").GetDecimal()));
    }

    [Fact]
    public async Task Meetings_and_contests_run_in_the_project_are_listed_on_it_and_the_meetings_recruiting_activity_is_held_in_it()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var district = await OfficerAsync(factory, admin, tree.District);
        var project = await AwardedAsync(district, admin, tree, MonthsAgo(1));
        static string At(DateTime chinaTime) => chinaTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        object Meeting(int community, DateTime startsAt) => new { communityId = community, kind = "Council", title = "项目协调会", startsAt = At(startsAt), place = "社区活动室",
            grantProjectId = project };

        var late = await (await staff.PostAsJsonAsync("/api/v1/deliberation/meetings", Meeting(tree.CommunityA, ChinaToday.AddMonths(7).AddHours(19))))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("日期须在项目周期内。", late.GetProperty("errors").GetProperty("grantProjectId")[0].GetString());
        var elsewhere = await (await staffB.PostAsJsonAsync("/api/v1/deliberation/meetings", Meeting(tree.CommunityB, ChinaToday.AddDays(3).AddHours(19))))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("该社区没有这个创投项目。", elsewhere.GetProperty("errors").GetProperty("grantProjectId")[0].GetString());
        var meeting = await (await staff.PostAsJsonAsync("/api/v1/deliberation/meetings", Meeting(tree.CommunityA, ChinaToday.AddDays(3).AddHours(19))))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(project, meeting.GetProperty("grantProjectId").GetInt32());
        var recruited = await (await staff.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting.GetProperty("id").GetInt32()}/recruit", new { capacity = 30 }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var activity = await (await staff.GetAsync($"/api/v1/activities/{recruited.GetProperty("activityId").GetInt32()}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(project, activity.GetProperty("grantProjectId").GetInt32());

        var now = DateTimeOffset.UtcNow;
        var overrunning = await (await staff.PostAsJsonAsync("/api/v1/contests", new { communityId = tree.CommunityA, title = "最美阳台评选", opensAt = now, closesAt = now.AddMonths(8),
            votesPerDay = 3, grantProjectId = project })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("日期须在项目周期内。", overrunning.GetProperty("errors").GetProperty("grantProjectId")[0].GetString());
        var contest = await (await staff.PostAsJsonAsync("/api/v1/contests", new { communityId = tree.CommunityA, title = "最美阳台评选", opensAt = now, closesAt = now.AddDays(20),
            votesPerDay = 3, grantProjectId = project })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(project, contest.GetProperty("grantProjectId").GetInt32());
        foreach (var title in new[] { "3栋2单元阳台", "5栋1单元阳台" })
            await (await staff.PostAsJsonAsync($"/api/v1/contests/{contest.GetProperty("id").GetInt32()}/entries", new { title })).ReadJsonAsync(HttpStatusCode.Created);

        // The district's officer sees both on the project, as titles and counts.
        var view = await (await district.GetAsync($"/api/v1/grants/projects/{project}")).ReadJsonAsync(HttpStatusCode.OK);
        var listedMeeting = Assert.Single(view.GetProperty("meetings").EnumerateArray());
        Assert.Equal(("项目协调会", "Council", 0, "None"), (listedMeeting.GetProperty("title").GetString(), listedMeeting.GetProperty("kind").GetString(),
            listedMeeting.GetProperty("resolutions").GetInt32(), listedMeeting.GetProperty("minutes").GetString()));
        var listedContest = Assert.Single(view.GetProperty("contests").EnumerateArray());
        Assert.Equal(("最美阳台评选", 2, 0), (listedContest.GetProperty("title").GetString(), listedContest.GetProperty("entries").GetInt32(), listedContest.GetProperty("votes").GetInt32()));
    }
}
