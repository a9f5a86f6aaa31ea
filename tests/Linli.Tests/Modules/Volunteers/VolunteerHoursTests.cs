using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Volunteers;

/// <summary>Hours that come from the work: a volunteer helps at an activity, is checked in, and staff confirm the proposed hours once.</summary>
public sealed class VolunteerHoursTests(ClockFactory factory) : IClassFixture<ClockFactory>
{
    [Fact]
    public async Task A_checked_in_helper_is_proposed_confirmed_once_paid_points_by_the_hourly_rule_and_certified_in_a_word_file()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var helper = (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name = "王志愿", gender = "Male", birthDate = "1958-03-12" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var participant = (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name = "李参加", gender = "Female", birthDate = "1940-03-12" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var volunteer = (await (await staff.PostAsJsonAsync("/api/v1/volunteers", new { residentId = helper, skills = new[] { "量血压" }, consent = true }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (await staff.PostAsJsonAsync("/api/v1/points/rules", new { communityId = tree.CommunityA, kind = "PerVolunteerHour", points = 10 })).EnsureSuccessStatusCode();

        var startsAt = factory.Clock.GetUtcNow().AddHours(1);
        var activity = (await (await staff.PostAsJsonAsync("/api/v1/activities", new { communityId = tree.CommunityA, title = "健康义诊", place = "社区卫生站", capacity = 10,
            status = "Published", startsAt, endsAt = startsAt.AddHours(2.5) })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = helper, role = "Helper" })).ReadJsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = participant })).ReadJsonAsync(HttpStatusCode.Created);

        factory.Clock.Advance(TimeSpan.FromHours(2));
        staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        // Signed up but not yet checked in: nothing to confirm.
        Assert.Equal(0, (await (await staff.GetAsync($"/api/v1/activities/{activity}/volunteer-hours")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength());
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = helper })).ReadJsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = participant })).ReadJsonAsync(HttpStatusCode.Created);

        var proposals = await (await staff.GetAsync($"/api/v1/volunteers/hours-to-confirm?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        var proposal = Assert.Single(proposals.EnumerateArray());
        Assert.Equal(volunteer, proposal.GetProperty("volunteerId").GetInt32());
        Assert.Equal(2.5m, proposal.GetProperty("proposedHours").GetDecimal());

        // A participant is no helper: their hours are not the volunteer's to claim.
        var participantVolunteer = (await (await staff.PostAsJsonAsync("/api/v1/volunteers", new { residentId = participant, consent = true }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/volunteer-hours", new { volunteerId = participantVolunteer })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);

        var record = await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/volunteer-hours", new { volunteerId = volunteer, hours = 2 })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("健康义诊", record.GetProperty("activityName").GetString());
        Assert.Equal("社区卫生站", record.GetProperty("place").GetString());
        Assert.Equal("甲社区", record.GetProperty("organizer").GetString());
        Assert.Equal(2m, record.GetProperty("hours").GetDecimal());
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/volunteer-hours", new { volunteerId = volunteer, hours = 2 })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(0, (await (await staff.GetAsync($"/api/v1/activities/{activity}/volunteer-hours")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength());

        var balance = await (await staff.GetAsync($"/api/v1/points/accounts/{helper}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(20, balance.GetProperty("balance").GetInt32());

        var profile = await (await staff.GetAsync($"/api/v1/volunteers/{volunteer}/profile")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2m, profile.GetProperty("volunteer").GetProperty("totalHours").GetDecimal());
        Assert.Equal(98m, profile.GetProperty("hoursToNextStar").GetDecimal());
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8));
        var recognition = await (await staff.GetAsync($"/api/v1/volunteers/recognition?communityId={tree.CommunityA}&from={today.AddDays(-7):yyyy-MM-dd}&to={today:yyyy-MM-dd}"))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("王志愿", recognition[0].GetProperty("name").GetString());

        var certificate = await (await staff.PostAsJsonAsync($"/api/v1/volunteers/{volunteer}/certificates", new { @sealed = true })).ReadJsonAsync(HttpStatusCode.Created);
        var number = certificate.GetProperty("number").GetString()!;
        var file = await staff.GetAsync($"/api/v1/certificates/{number}/document");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await file.Content.ReadAsByteArrayAsync()));
        var xml = await new StreamReader(zip.GetEntry("word/document.xml")!.Open()).ReadToEndAsync();
        Assert.Contains("王志愿", xml);
        Assert.Contains("2 小时", xml);
        Assert.Contains(number, xml);
        Assert.Contains("（盖章）", xml);
        Assert.Contains(zip.Entries, e => e.FullName.EndsWith(".png", StringComparison.Ordinal));
        // The public check answers anyone; the document with the full name does not.
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/api/v1/certificates/{number}/document")).StatusCode);
    }
}
