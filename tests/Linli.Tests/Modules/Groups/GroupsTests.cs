using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Groups;

/// <summary>Resident groups: staff start a group with a leader's account; the leader keeps the roster, papers and activities, and nothing else.</summary>
public sealed class GroupsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task A_group_leader_keeps_the_roster_papers_and_activities_of_their_own_group_only()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var leaderName = "leader" + Guid.NewGuid().ToString("N")[..6];
        await TestTree.CreateUserAsync(admin, leaderName, "GroupLeader", tree.CommunityA);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var zheng = await AResident("郑队长").BornOn("1960-03-12").CreateAsync(staff, tree.UnitA);
        var liu = await AResident("刘队员").BornOn("1960-03-12").CreateAsync(staff, tree.UnitA);
        var elsewhere = await AResident("乙居民").BornOn("1960-03-12").CreateAsync(await factory.ClientForAsync(tree.StaffB, TestTree.Password), tree.UnitB);

        var unknownLeader = await (await staff.PostAsJsonAsync("/api/v1/groups", new { communityId = tree.CommunityA, name = "垃圾分类志愿队", kind = "VolunteerTeam", leaderUserName = tree.StaffA }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(unknownLeader.GetProperty("errors").TryGetProperty("leaderUserName", out _));
        var team = (await (await staff.PostAsJsonAsync("/api/v1/groups", new { communityId = tree.CommunityA, name = "垃圾分类志愿队", kind = "VolunteerTeam", leaderUserName = leaderName }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var other = (await (await staff.PostAsJsonAsync("/api/v1/groups", new { communityId = tree.CommunityA, name = "宠物之家", kind = "InterestClub" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await staff.PostAsJsonAsync("/api/v1/groups", new { communityId = tree.CommunityA, name = "宠物之家", kind = "InterestClub" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);

        var leader = await factory.ClientForAsync(leaderName, TestTree.Password);
        var mine = await (await leader.GetAsync("/api/v1/groups")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal([team], mine.EnumerateArray().Select(g => g.GetProperty("id").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/api/v1/groups/{other}")).StatusCode);

        await (await leader.PostAsJsonAsync($"/api/v1/groups/{team}/members", new { residentId = zheng, role = "Leader" })).ReadJsonAsync(HttpStatusCode.Created);
        await (await leader.PostAsJsonAsync($"/api/v1/groups/{team}/members", new { residentId = liu })).ReadJsonAsync(HttpStatusCode.Created);
        await (await leader.PostAsJsonAsync($"/api/v1/groups/{team}/members", new { residentId = liu })).ReadJsonAsync(HttpStatusCode.Conflict);
        var outsider = await (await leader.PostAsJsonAsync($"/api/v1/groups/{team}/members", new { residentId = elsewhere })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(outsider.GetProperty("errors").TryGetProperty("residentId", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await leader.PostAsJsonAsync($"/api/v1/groups/{other}/members", new { residentId = liu })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await leader.PutAsJsonAsync($"/api/v1/groups/{team}/members/{liu}", new { role = "Core" })).StatusCode);

        // Stage and supervision are the community's call, not the group's.
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PutAsJsonAsync($"/api/v1/groups/{team}/stage", new { stage = "Independent" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync($"/api/v1/groups/{team}/supervision-notes", new { note = "自评" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"/api/v1/groups/{team}/stage", new { stage = "Growing" })).StatusCode);
        await (await staff.PostAsJsonAsync($"/api/v1/groups/{team}/supervision-notes", new { note = "排班稳定" })).ReadJsonAsync(HttpStatusCode.Created);

        var charter = "%PDF-1.4 垃圾分类志愿队章程"u8.ToArray();
        var notADocument = new MultipartFormDataContent { { new ByteArrayContent("MZ not a paper"u8.ToArray()), "file", "charter.pdf" }, { new StringContent("Charter"), "kind" }, { new StringContent("章程") , "title" } };
        var refused = await (await leader.PostAsync($"/api/v1/groups/{team}/documents", notADocument)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(refused.GetProperty("errors").TryGetProperty("file", out _));
        var upload = new MultipartFormDataContent { { new ByteArrayContent(charter), "file", "章程.pdf" }, { new StringContent("Charter"), "kind" }, { new StringContent("队伍章程"), "title" } };
        var document = (await (await leader.PostAsync($"/api/v1/groups/{team}/documents", upload)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var download = await leader.GetAsync($"/api/v1/groups/{team}/documents/{document}");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(charter, await download.Content.ReadAsByteArrayAsync());

        var startsAt = DateTimeOffset.UtcNow.AddDays(3);
        var activity = (await (await leader.PostAsJsonAsync($"/api/v1/groups/{team}/activities",
            new { title = "周末分类宣传", startsAt, endsAt = startsAt.AddHours(2), capacity = 20, status = "Published" })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await leader.PostAsJsonAsync($"/api/v1/groups/{team}/trainings", new { title = "分类指导员培训", date = "2026-01-10", provider = "社工站", hours = 3, attendees = 12 }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent, (await leader.DeleteAsync($"/api/v1/groups/{team}/members/{zheng}")).StatusCode);

        var detail = await (await leader.GetAsync($"/api/v1/groups/{team}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Growing", detail.GetProperty("group").GetProperty("stage").GetString());
        Assert.Equal(1, detail.GetProperty("figures").GetProperty("activeMembers").GetInt32());
        Assert.Equal(1, detail.GetProperty("figures").GetProperty("coreMembers").GetInt32());
        Assert.Equal(2, detail.GetProperty("members").GetArrayLength());
        Assert.Equal(activity, detail.GetProperty("activities")[0].GetProperty("id").GetInt32());
        Assert.Equal("排班稳定", detail.GetProperty("notes")[0].GetProperty("note").GetString());
        Assert.Equal(3m, detail.GetProperty("figures").GetProperty("trainingHours").GetDecimal());
        Assert.False(detail.GetProperty("maySupervise").GetBoolean());

        // A leader has no say over activities in general, only through the group.
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync("/api/v1/activities",
            new { communityId = tree.CommunityA, title = "自行发布", startsAt, endsAt = startsAt.AddHours(1), capacity = 5 })).StatusCode);
    }
}
