using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Care;

/// <summary>
/// Seed 002 case 1's Wednesday clinics: a series planned at once rotating through the courtyards, each session an
/// activity, and a volunteer's readings at a session that check the resident in — attendance from the work itself.
/// </summary>
public sealed class ClinicsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task A_weekly_series_rotates_through_the_courtyards_and_a_reading_at_a_session_checks_the_resident_in()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var first = DateTime.UtcNow.AddHours(8).Date.AddDays(1).AddHours(9);
        var planned = await (await staff.PostAsJsonAsync("/api/v1/care/clinics", new { communityId = tree.CommunityA, series = "周三义诊", firstStartsAt = first,
            weeks = 3, regionIds = new[] { tree.CompoundA, tree.BuildingA }, theme = "TraditionalChinese", partner = "社区卫生服务中心", doctors = "王医生" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var ids = planned.GetProperty("ids").EnumerateArray().Select(i => i.GetInt32()).ToList();
        Assert.Equal(3, ids.Count);
        var list = (await (await staff.GetAsync($"/api/v1/care/clinics?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(["甲社区花园", "1栋", "甲社区花园"], list.OrderBy(c => c.GetProperty("startsAt").GetDateTimeOffset()).Select(c => c.GetProperty("place").GetString()));
        Assert.Equal(first.AddDays(14).ToString("yyyy-MM-dd"), list[0].GetProperty("startsAt").GetDateTimeOffset().ToString("yyyy-MM-dd"));

        var elder = await AResident("周文华").BornOn("1944-12-24").CreateAsync(staff, tree.UnitA);
        var refused = await staff.PostAsJsonAsync($"/api/v1/care/clinics/{ids[0]}/measurements",
            new { residentId = elder, reading = new { systolic = 150, diastolic = 95, measuredBy = "健康志愿者 林阿姨" } });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/care/health/{elder}/consent", new { by = "Resident" })).StatusCode);
        var bad = await (await staff.PostAsJsonAsync($"/api/v1/care/clinics/{ids[0]}/measurements",
            new { residentId = elder, reading = new { systolic = 400, diastolic = 20, measuredBy = "健康志愿者 林阿姨" } })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(bad.GetProperty("errors").TryGetProperty("systolic", out _));
        var session = await (await staff.GetAsync($"/api/v1/care/clinics/{ids[0]}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Empty(session.GetProperty("attendees").EnumerateArray());

        var flags = await (await staff.PostAsJsonAsync($"/api/v1/care/clinics/{ids[0]}/measurements",
            new { residentId = elder, reading = new { systolic = 182, diastolic = 96, pulse = 80, measuredBy = "健康志愿者 林阿姨" } })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(["BloodPressureUrgent"], flags.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        session = await (await staff.GetAsync($"/api/v1/care/clinics/{ids[0]}")).ReadJsonAsync(HttpStatusCode.OK);
        var attendee = Assert.Single(session.GetProperty("attendees").EnumerateArray());
        Assert.Equal((elder, true, true, 182), (attendee.GetProperty("residentId").GetInt32(), attendee.GetProperty("checkedIn").GetBoolean(),
            attendee.GetProperty("consented").GetBoolean(), attendee.GetProperty("readings")[0].GetProperty("systolic").GetInt32()));
        var line = (await (await staff.GetAsync($"/api/v1/care/clinics?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Single(c => c.GetProperty("id").GetInt32() == ids[0]);
        Assert.Equal((1, 1), (line.GetProperty("checkedIn").GetInt32(), line.GetProperty("measured").GetInt32()));
        var activity = await (await staff.GetAsync($"/api/v1/activities/{session.GetProperty("activityId").GetInt32()}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, "义诊"), (activity.GetProperty("checkedInCount").GetInt32(), activity.GetProperty("category").GetString()));

        var outside = await (await staff.PostAsJsonAsync("/api/v1/care/clinics", new { communityId = tree.CommunityA, series = "周三义诊", firstStartsAt = first,
            weeks = 2, regionIds = new[] { tree.CompoundB }, theme = "CheckUp" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("地点须在本社区内。", outside.GetProperty("errors").GetProperty("regionIds")[0].GetString());
        var none = await (await staff.PostAsJsonAsync("/api/v1/care/clinics", new { communityId = tree.CommunityA, series = "周三义诊", firstStartsAt = first,
            weeks = 0, theme = "CheckUp" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(none.GetProperty("errors").TryGetProperty("weeks", out _));
    }
}
