using System.Net;
using System.Net.Http.Json;
using System.Text;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Deliberation;

/// <summary>Bodies with written duties (seed 002 case 3's joint meeting) and minutes from draft to the Word 会议纪要.</summary>
public sealed class MeetingsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task A_joint_meeting_body_keeps_each_members_duty_and_deliberates_only_for_a_place_in_its_community()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var body = await (await staff.PostAsJsonAsync("/api/v1/deliberation/bodies", new
        {
            communityId = tree.CommunityA, regionId = tree.CompoundA, kind = "JointMeeting", name = "甲社区花园联席会议", cadence = "每月第一个周三",
            members = new[]
            {
                new { organization = "社区居委会", duty = "组织管理，对外链接资源", person = (string?)null },
                new { organization = "环物委", duty = "协助、监督业委会开展工作", person = (string?)"王委员" },
            },
        })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(["协助、监督业委会开展工作", "组织管理，对外链接资源"], body.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("duty").GetString()).Order());

        var outside = await (await staff.PostAsJsonAsync("/api/v1/deliberation/bodies",
            new { communityId = tree.CommunityA, regionId = tree.CompoundB, kind = "Council", name = "越界议事会" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("这个地点不在该社区内。", outside.GetProperty("errors").GetProperty("regionId")[0].GetString());
        var noDuty = await (await staff.PostAsJsonAsync("/api/v1/deliberation/bodies",
            new { communityId = tree.CommunityA, kind = "Council", name = "没有职责的议事会", members = new[] { new { organization = "物业" } } })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("此项必填。", noDuty.GetProperty("errors").GetProperty("members[0].duty")[0].GetString());
        Assert.Single((await (await staff.GetAsync($"/api/v1/deliberation/bodies?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());
    }

    [Fact]
    public async Task Minutes_go_from_draft_to_approved_to_published_and_export_in_the_usual_layout()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var meeting = (await (await staff.PostAsJsonAsync("/api/v1/deliberation/meetings", new
        {
            communityId = tree.CommunityA, kind = "OwnersForum", title = "业主大讲堂", startsAt = "2026-11-18T19:00:00", place = "业主活动室", host = "友邻社工 周老师",
            agenda = "应急使用住宅专项维修资金",
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var resolution = (await (await staff.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/resolutions",
            new { text = "消防系统只在原有基础上维修", decidedBy = "Hands", @for = 23, against = 2, abstain = 1, publish = true })).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(60);
        await staff.PostAsJsonAsync($"/api/v1/deliberation/resolutions/{resolution}/actions", new { title = "消防系统维修", responsible = "锦华苑业委会", dueOn = due.ToString("yyyy-MM-dd") });

        var early = await (await staff.PostAsync($"/api/v1/deliberation/meetings/{meeting}/minutes/approve", null)).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("请先填写纪要草稿再审定。", early.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/minutes",
            new { attendance = "社区居委会、环物委、业委会；业主 40 余人", discussion = "先收集问题，后集中回应：7 条建议、11 条问题。" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsync($"/api/v1/deliberation/meetings/{meeting}/minutes/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsync($"/api/v1/deliberation/meetings/{meeting}/minutes/approve", null)).StatusCode);
        var locked = await (await staff.PutAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/minutes", new { discussion = "改写" })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("纪要已审定，不能再修改。", locked.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsync($"/api/v1/deliberation/meetings/{meeting}/minutes/publish", null)).StatusCode);
        var minutes = (await (await staff.GetAsync($"/api/v1/deliberation/meetings/{meeting}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("minutes");
        Assert.Equal(("Published", tree.StaffA), (minutes.GetProperty("status").GetString(), minutes.GetProperty("approvedBy").GetString()));

        var docx = await staff.GetAsync($"/api/v1/deliberation/meetings/{meeting}/minutes.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var text = Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(await docx.Content.ReadAsByteArrayAsync(), "minutes.docx", "txt:Text (encoded):UTF8"));
        foreach (var expected in new[] { "甲社区业主大讲堂会议纪要", "2026年11月18日 19:00", "友邻社工 周老师", "业主 40 余人", "7 条建议、11 条问题",
            "消防系统只在原有基础上维修（举手表决：同意 23，反对 2，弃权 1）", "锦华苑业委会", due.ToString("yyyy年M月d日"), $"主持人审定：{tree.StaffA}" })
            Assert.Contains(expected, text);
        Assert.DoesNotContain("草稿", text);
    }

    [Fact]
    public async Task Recruiting_residents_opens_one_activity_at_the_meetings_time_for_sign_up_and_check_in()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var startsAt = DateTime.SpecifyKind(DateTime.UtcNow.AddHours(8).Date.AddDays(10).AddHours(19), DateTimeKind.Unspecified);
        var meeting = (await (await staff.PostAsJsonAsync("/api/v1/deliberation/meetings", new
        {
            communityId = tree.CommunityA, kind = "Council", title = "停车议事会", startsAt = startsAt.ToString("yyyy-MM-ddTHH:mm:ss"), place = "文明大客厅",
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var recruited = await (await staff.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/recruit", new { capacity = 30 })).ReadJsonAsync(HttpStatusCode.Created);
        var activity = await (await staff.GetAsync($"/api/v1/activities/{recruited.GetProperty("activityId").GetInt32()}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("停车议事会", "文明大客厅", 30, "Published"),
            (activity.GetProperty("title").GetString(), activity.GetProperty("place").GetString(), activity.GetProperty("capacity").GetInt32(), activity.GetProperty("status").GetString()));
        Assert.Equal(new DateTimeOffset(startsAt, TimeSpan.FromHours(8)), activity.GetProperty("startsAt").GetDateTimeOffset());
        var again = await (await staff.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/recruit", new { })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("这次会议已经发布了报名活动。", again.GetProperty("detail").GetString());
        Assert.Equal(recruited.GetProperty("activityId").GetInt32(),
            (await (await staff.GetAsync($"/api/v1/deliberation/meetings/{meeting}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("activityId").GetInt32());
    }
}
