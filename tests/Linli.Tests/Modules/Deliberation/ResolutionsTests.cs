using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Deliberation;

/// <summary>
/// What a meeting decides and who follows up by when (seed 002 case 3's follow-through): resolutions with how they
/// were decided, action items that go overdue as days pass, an Art. 278 matter referred to the owners, and the
/// community's public page.
/// </summary>
public sealed class ResolutionsTests(ClockFactory factory) : IClassFixture<ClockFactory>
{
    private async Task<(TestTree Tree, HttpClient Staff, int Meeting)> MeetingAsync()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var meeting = (await (await staff.PostAsJsonAsync("/api/v1/deliberation/meetings",
            new { communityId = tree.CommunityA, kind = "JointMeeting", title = "联席会议：消防与电梯", startsAt = "2026-11-20T19:00:00", place = "社区会议室" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        return (tree, staff, meeting);
    }

    private string Today(int plusDays = 0) => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8)).AddDays(plusDays).ToString("yyyy-MM-dd");

    private static async Task<int> ResolveAsync(HttpClient staff, int meeting, object body) =>
        (await (await staff.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/resolutions", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private static async Task<List<int>> OverdueAsync(HttpClient staff, int community) =>
        [.. (await (await staff.GetAsync($"/api/v1/deliberation/actions?communityId={community}&overdue=true")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Select(a => a.GetProperty("id").GetInt32())];

    [Fact]
    public async Task An_action_item_goes_overdue_when_its_date_passes_and_leaves_the_list_once_done()
    {
        var (tree, staff, meeting) = await MeetingAsync();
        var resolution = await ResolveAsync(staff, meeting, new { text = "消防系统只在原有基础上维修", decidedBy = "Hands", @for = 23, against = 2, abstain = 1, publish = true });
        var fire = (await (await staff.PostAsJsonAsync($"/api/v1/deliberation/resolutions/{resolution}/actions", new { title = "消防系统维修", responsible = "业委会、物业", dueOn = Today(3) }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var lifts = (await (await staff.PostAsJsonAsync($"/api/v1/deliberation/resolutions/{resolution}/actions", new { title = "恢复 10 台电梯", responsible = "物业", dueOn = Today(30) }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        Assert.Empty(await OverdueAsync(staff, tree.CommunityA));

        factory.Clock.Advance(TimeSpan.FromDays(5));
        staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var overdue = (await (await staff.GetAsync($"/api/v1/deliberation/actions?communityId={tree.CommunityA}&overdue=true")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Single();
        Assert.Equal((fire, "消防系统维修", Today(-2), "Planned"),
            (overdue.GetProperty("id").GetInt32(), overdue.GetProperty("title").GetString(), overdue.GetProperty("dueOn").GetString(), overdue.GetProperty("status").GetString()));
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        Assert.Empty(await OverdueAsync(staffB, tree.CommunityA));

        var progress = await (await staff.PutAsJsonAsync($"/api/v1/deliberation/actions/{fire}", new { status = "InProgress", note = "已现场开标", percent = 40 })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((40, true), (progress.GetProperty("percent").GetInt32(), progress.GetProperty("overdue").GetBoolean()));
        Assert.Equal([fire], await OverdueAsync(staff, tree.CommunityA));
        var done = await (await staff.PutAsJsonAsync($"/api/v1/deliberation/actions/{fire}", new { status = "Done", note = "维修完成" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Done", 100, false), (done.GetProperty("status").GetString(), done.GetProperty("percent").GetInt32(), done.GetProperty("overdue").GetBoolean()));
        Assert.Empty(await OverdueAsync(staff, tree.CommunityA));

        var history = (await (await staff.GetAsync($"/api/v1/deliberation/actions/{fire}/progress")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(["维修完成", "已现场开标"], history.Select(p => p.GetProperty("note").GetString()));
        var early = await (await staff.PutAsJsonAsync($"/api/v1/deliberation/actions/{lifts}", new { status = "Verified" })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("事项完成后才能验收。", early.GetProperty("detail").GetString());
        var blocked = await (await staff.PutAsJsonAsync($"/api/v1/deliberation/actions/{lifts}", new { status = "Blocked" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("标记为受阻时请写明原因。", blocked.GetProperty("errors").GetProperty("note")[0].GetString());
    }

    [Fact]
    public async Task An_action_without_a_due_date_or_due_in_the_past_is_refused_and_nothing_is_written()
    {
        var (tree, staff, meeting) = await MeetingAsync();
        var resolution = await ResolveAsync(staff, meeting, new { text = "电梯恢复双电梯运行", decidedBy = "Consensus", publish = false });
        var none = await (await staff.PostAsJsonAsync($"/api/v1/deliberation/resolutions/{resolution}/actions", new { title = "恢复电梯", responsible = "物业" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("请填写完成时限。", none.GetProperty("errors").GetProperty("dueOn")[0].GetString());
        var past = await (await staff.PostAsJsonAsync($"/api/v1/deliberation/resolutions/{resolution}/actions", new { title = "恢复电梯", responsible = "物业", dueOn = Today(-1) }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("完成时限不能早于今天。", past.GetProperty("errors").GetProperty("dueOn")[0].GetString());
        var hands = await (await staff.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/resolutions", new { text = "举手但没有票数", decidedBy = "Hands" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["abstain", "against", "for"], hands.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());

        var resolutions = (await (await staff.GetAsync($"/api/v1/deliberation/meetings/{meeting}/resolutions")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(0, resolutions.Single().GetProperty("actions").GetArrayLength());
    }

    [Fact]
    public async Task An_article_278_matter_does_not_pass_in_a_meeting_it_opens_a_draft_owners_assembly()
    {
        var (tree, staff, meeting) = await MeetingAsync();
        var missing = await (await staff.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/resolutions",
            new { text = "使用专项维修资金维修消防系统", decidedBy = "Hands", @for = 30, against = 0, abstain = 0, ownersMatter = "UseMaintenanceFund" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("属于业主共同决定的事项，请选择由哪个小区的业主大会表决。", missing.GetProperty("errors").GetProperty("compoundId")[0].GetString());

        var referred = await (await staff.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/resolutions",
            new { text = "使用专项维修资金维修消防系统", decidedBy = "Hands", @for = 30, against = 0, abstain = 0, ownersMatter = "UseMaintenanceFund", compoundId = tree.CompoundA }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("ReferredToOwners", referred.GetProperty("decidedBy").GetString());
        Assert.Equal(JsonValueKind.Null, referred.GetProperty("for").ValueKind);
        var assembly = await (await staff.GetAsync($"/api/v1/assemblies/{referred.GetProperty("assemblyId").GetInt32()}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Draft", tree.CompoundA), (assembly.GetProperty("status").GetString(), assembly.GetProperty("compoundId").GetInt32()));
        var item = assembly.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(("使用专项维修资金维修消防系统", "UseMaintenanceFund"), (item.GetProperty("title").GetString(), item.GetProperty("matter").GetString()));
    }

    [Fact]
    public async Task The_public_page_shows_published_resolutions_of_the_community_with_their_actions_and_no_names()
    {
        var (tree, staff, meeting) = await MeetingAsync();
        var published = await ResolveAsync(staff, meeting, new { text = "业委会及时向业主公示工作进展", decidedBy = "Consensus", publish = true });
        await staff.PostAsJsonAsync($"/api/v1/deliberation/resolutions/{published}/actions", new { title = "每月公示维修进展", responsible = "业委会 张主任", dueOn = Today(20) });
        var draft = await ResolveAsync(staff, meeting, new { text = "尚未公示的决议", decidedBy = "Consensus", publish = false });
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var meetingB = (await (await staffB.PostAsJsonAsync("/api/v1/deliberation/meetings",
            new { communityId = tree.CommunityB, kind = "Council", title = "乙社区议事会", startsAt = "2026-11-21T19:00:00", place = "乙社区" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await ResolveAsync(staffB, meetingB, new { text = "乙社区的决议", decidedBy = "Consensus", publish = true });

        var anyone = factory.CreateClient();
        var page = await (await anyone.GetAsync($"/api/v1/public/communities/{tree.CommunityA}/resolutions")).ReadJsonAsync(HttpStatusCode.OK);
        var only = page.EnumerateArray().Single();
        Assert.Equal((published, "业委会及时向业主公示工作进展"), (only.GetProperty("id").GetInt32(), only.GetProperty("text").GetString()));
        var action = only.GetProperty("actions").EnumerateArray().Single();
        Assert.Equal(("每月公示维修进展", "Planned", Today(20)), (action.GetProperty("title").GetString(), action.GetProperty("status").GetString(), action.GetProperty("dueOn").GetString()));
        Assert.DoesNotContain("张主任", page.GetRawText());

        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsync($"/api/v1/deliberation/resolutions/{draft}/publish", null)).StatusCode);
        Assert.Equal(2, (await (await anyone.GetAsync($"/api/v1/public/communities/{tree.CommunityA}/resolutions")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength());
    }
}
