using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Care;

/// <summary>
/// 腾婆婆 and 郑婆婆: a neighbour paired with an elder living alone, whose contact takes the elder off the overdue list;
/// home services with their donors; a diabetes club whose members only care staff see and whose talk is an activity.
/// </summary>
public sealed class SupportTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task A_pairings_contact_counts_on_the_overdue_list_and_services_and_clubs_are_recorded()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var other = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var elder = await AResident("郑婆婆").BornOn("1936-02-02").CreateAsync(staff, tree.UnitA);
        async Task<bool> OverdueAsync() => (await (await staff.GetAsync($"/api/v1/residents/care/overdue?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK))
            .EnumerateArray().Any(o => o.GetProperty("residentId").GetInt32() == elder);
        Assert.True(await OverdueAsync());

        var pairing = (await (await staff.PostAsJsonAsync("/api/v1/care/pairings", new { elderId = elder, partnerKind = "Neighbour", partnerName = "腾婆婆（5楼）",
            purpose = "Accompany", cadenceDays = 1 })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var line = (await (await staff.GetAsync($"/api/v1/care/pairings?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Single();
        Assert.Equal(("郑婆婆", "腾婆婆（5楼）", false), (line.GetProperty("elder").GetString(), line.GetProperty("partnerName").GetString(), line.GetProperty("due").GetBoolean()));
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/care/pairings/{pairing}/contacts", new { note = "送了午饭，一起吃的。" })).StatusCode);
        Assert.False(await OverdueAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/care/pairings/{pairing}/contacts", new { note = "冒名" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsync($"/api/v1/care/pairings/{pairing}/end", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/v1/care/pairings/{pairing}/contacts", new { note = "结束后" })).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/v1/care/home-services",
            new { residentId = elder, kind = "Cleaning", provider = "家政公司", donor = "爱心企业", on = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd") })).StatusCode);
        var service = (await (await staff.GetAsync($"/api/v1/care/home-services?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Single();
        Assert.Equal(("Cleaning", "爱心企业", 1), (service.GetProperty("kind").GetString(), service.GetProperty("donor").GetString(), service.GetProperty("quantity").GetInt32()));
        var future = await (await staff.PostAsJsonAsync("/api/v1/care/home-services",
            new { residentId = elder, kind = "Haircut", provider = "志愿者", on = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd") })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("日期不能晚于今天。", future.GetProperty("errors").GetProperty("on")[0].GetString());

        var club = (await (await staff.PostAsJsonAsync("/api/v1/care/clubs", new { communityId = tree.CommunityA, name = "糖友俱乐部", condition = "糖尿病" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/care/clubs/{club}/members", new { residentId = elder })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/v1/care/clubs/{club}/members", new { residentId = elder })).StatusCode);
        var starts = DateTime.UtcNow.AddDays(5);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/care/clubs/{club}/sessions",
            new { title = "控糖饮食讲座", startsAt = starts, endsAt = starts.AddHours(1), place = "活动室", doctor = "刘医生" })).StatusCode);
        var detail = await (await staff.GetAsync($"/api/v1/care/clubs/{club}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("郑婆婆", "控糖饮食讲座"), (detail.GetProperty("members")[0].GetProperty("name").GetString(), detail.GetProperty("sessions")[0].GetProperty("title").GetString()));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "privacy.sensitive-list" && a.SubjectType == "Club" && a.SubjectId == club.ToString())));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/care/clubs/{club}")).StatusCode);
        var street = "street" + Guid.NewGuid().ToString("N")[..6];
        await TestTree.CreateUserAsync(await factory.AdminAsync(), street, "StreetOfficer", tree.Street);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ClientForAsync(street, TestTree.Password)).GetAsync($"/api/v1/care/clubs/{club}")).StatusCode);
    }
}
